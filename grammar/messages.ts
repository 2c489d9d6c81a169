/**
 * Syntax error messages in words a product analyst understands. Chevrotain calls this
 * provider while parsing; grammar/index.ts turns the exceptions into diagnostics.
 */
import { didYouMean } from "./spelling.ts";
import { EOF, tokenMatcher, type IParserErrorMessageProvider, type IToken, type TokenType } from "chevrotain";
import * as T from "./lexer.ts";

const PUNCT: Record<string, string> = {
  EqEq: "`==`",
  NotEq: "`!=`",
  LtEq: "`<=`",
  GtEq: "`>=`",
  Lt: "`<`",
  Gt: "`>`",
  Assign: "`=`",
  Plus: "`+`",
  Minus: "`-`",
  Star: "`*`",
  Slash: "`/`",
  LParen: "`(`",
  RParen: "`)`",
  LBrace: "`{`",
  RBrace: "`}`",
  LBracket: "`[`",
  RBracket: "`]`",
  Comma: "`,`",
  Colon: "`:`",
  Dot: "`.`",
};

/** What a token type is called in a message ("a name", "`}`", "a string in double quotes"). */
export function describeExpected(t: TokenType): string {
  if (t === T.Identifier) return "a name";
  if (t === T.StringLit) return "a string in double quotes";
  if (t === T.NumberLit) return "a number";
  if (t === T.TimeLit) return "a date such as 2024-03-01";
  if (t === T.Unit) return "a unit such as `days`";
  if (t === T.CompareOp) return "a comparison such as `==`";
  if (t === T.AggFn) return "an aggregate such as `count`";
  if (t === EOF) return "the end of the file";
  const kw = T.keywordOf(t.name);
  if (kw) return "`" + kw + "`";
  return PUNCT[t.name] ?? t.name;
}

/** How the offending token is named in a message. */
export function describeActual(tok: IToken | undefined): string {
  if (!tok || tok.tokenType === EOF) return "the end of the file";
  if (tok.tokenType === T.StringLit || tok.tokenType === T.UnterminatedString) return "the string " + clip(tok.image);
  return "`" + clip(tok.image) + "`";
}

function clip(s: string): string {
  return s.length > 30 ? s.slice(0, 27) + "..." : s;
}

const CONDITION_RULES = new Set([
  "expr",
  "orExpr",
  "andExpr",
  "notExpr",
  "predicate",
  "additive",
  "multiplicative",
  "unary",
  "postfix",
  "primary",
]);

function afterWhat(prev: IToken | undefined): string | undefined {
  if (!prev || prev.tokenType === EOF || !prev.image) return undefined;
  return prev.image;
}

/** "expected a condition after `and`" / "expected a value after `==`" ... */
function expectedValue(prev: IToken | undefined, actual: IToken): string {
  const p = prev?.tokenType;
  const found = ", found " + describeActual(actual);
  if (p === T.And || p === T.Or || p === T.Not || p === T.Where)
    return `expected a condition after \`${prev!.image}\`${found}`;
  if (p === T.Then) return `expected an event name after \`then\`${found}`;
  // SQL's `<>`
  if (prev?.image === "<" && actual.image === ">") return `expected a value after \`<\`${found}: "not equal" is written \`!=\``;
  if (p === T.Assign && actual.tokenType === T.Where) return `expected a condition after \`=\`${found}: ${strayWhereHint(actual, prev)}`;
  if (prev && (prev.tokenType.CATEGORIES?.includes(T.CompareOp) || [T.Plus, T.Minus, T.Star, T.Slash, T.Assign, T.Colon, T.Comma, T.LParen, T.LBracket].includes(prev.tokenType)))
    return `expected a value after \`${prev.image}\`${found}`;
  const a = afterWhat(prev);
  return `expected a value or a condition${a ? ` after \`${a}\`` : ""}${found}`;
}

const RULE_EXPECTATIONS: Record<string, string> = {
  type: "a type (`string`, `number`, `boolean`, `timestamp`, `enum(...)` or `list<...>`)",
  entityMember: "an attribute (`name: type`), a `key`, a relation or `table \"...\"`",
  eventsMember: "`event <name>`, `table \"...\"` or `<name> column \"...\"`",
  eventMember: "a property (`name: type`), `table \"...\"` or `<name> column \"...\"`",
  segmentItem: "`where`, `owner`, `tags` or `deprecated`",
  segmentDecl: "`=` or `{` after the segment name",
  testItem: "`as of <time>`, a record (`user alice { ... }`) or `expect <name> in <segment>`",
  testRecord: "a field (`name: value`) or an event (`login at 1 day ago`)",
  declaration: "a declaration (`entity`, `events`, `segment`, `trait`, `const`, `param` or `test`)",
  storage: "`unix_seconds`, `unix_millis`, `iso_text` or `native`",
  frequency: "a frequency (`at least 3 times`, `on at least 2 days`)",
  bound: "`at least`, `at most` or `exactly`",
  window: "a window (`in last 30 days`, `before <time>`, `after <time>`)",
  suffix: "a comparison",
  didExpr: "an event name after `did`",
  didStep: "an event name",
  aggregate: "an event name",
};

/** Words people write for a missing value (`is null`, `is missing`), and what seg calls it. */
/** Tokens that start a literal value. */
export const VALUE_STARTS: readonly TokenType[] = [T.StringLit, T.NumberLit, T.TimeLit, T.True, T.False, T.LBracket];

const MISSING_WORDS = new Set(["missing", "null", "none", "nil", "undefined", "empty"]);

/** The units of durations (also singular; months and years are refused by the checker). */
export const UNITS = ["seconds", "minutes", "hours", "days", "weeks"];

/** `30d`, `12h`, `2wk`: units as other tools abbreviate them. */
const UNIT_ABBREVIATIONS = /^(d|h|m|s|w|y|ms|mo|min|mins|sec|secs|hr|hrs|wk|wks|yr|yrs)$/i;

export const ARITHMETIC: readonly TokenType[] = [T.Plus, T.Minus, T.Star, T.Slash];

const CONDITION_STARTS: readonly TokenType[] = [T.Identifier, T.Not, T.Did, T.LParen, T.AggFn, T.StringLit, T.NumberLit];

/** Why a condition cannot go on at `tok`, for a mistake common enough to name. */
function continuationHint(tok: IToken): string | undefined {
  const t = tok.tokenType;
  if (t === T.Assign) return "to compare, write `==`";
  if (t === T.In)
    return "a window follows its event or aggregate: `did login in last 30 days`, `count(login in last 7 days) >= 3`, `between 30 days and 14 days ago`";
  if (t === T.Within) return "`within` bounds the steps of a sequence (`did signup then purchase within 7 days`); a window is `in last 30 days`";
  if (t === T.Then)
    return "`then` follows a step of a sequence (`did add_to_cart then purchase within 1 day`); a sequence takes no frequency, and its window goes after its last step";
  if (t === T.Ignoring)
    return "`ignoring case` follows only a string test: `==`, `!=`, `in`, `contains`, `starts with`, `ends with` or `matches` (a list's `has` compares exactly)";
  if (t === T.Not)
    return "`not` goes before a condition (`not did login`), or after a value before `in`, `contains`, `starts with`, `ends with` or `matches` (`email not contains \"x\"`)";
  if (t === T.Identifier && /^i?like$/i.test(tok.image)) return "compare strings with `starts with`, `ends with`, `contains` or `matches` (with `ignoring case` for ILIKE)";
  if (t === T.Identifier && UNIT_ABBREVIATIONS.test(tok.image)) return "a duration has its unit in words: `30 days`, `12 hours`, `2 weeks`";
  // The plural first: `7 dayz` is nearer `days` than `day` only by the tie.
  const unit = t === T.Identifier && tok.image.length >= 3 ? (didYouMean(tok.image, UNITS) ?? didYouMean(tok.image, UNITS.map((u) => u.slice(0, -1)))) : undefined;
  if (unit !== undefined) return `did you mean \`${unit}\`? (a duration's unit is ${UNITS.map((u) => `\`${u}\``).join(", ")})`;
  return undefined;
}

/** SQL's current-time functions (`NOW()`, `CURRENT_TIMESTAMP`): the language's `now`. */
export function isSqlNow(tok: IToken | undefined): boolean {
  return tok !== undefined && (tok.tokenType === T.Now || tok.tokenType === T.Identifier) && isSqlNowName(tok.image);
}

/** `CURRENT_TIMESTAMP`, `getdate`…: a name SQL dialects give the current time. */
export function isSqlNowName(name: string): boolean {
  return /^(now|current_timestamp|current_date|getdate|sysdate|systimestamp|localtimestamp)$/i.test(name);
}

/** SQL's `INTERVAL '7 days'` (read as a name `interval`, then a value). */
export function isSqlInterval(tok: IToken | undefined): boolean {
  return tok?.tokenType === T.Identifier && tok.image.toLowerCase() === "interval";
}

/** SQL's typed literals, `DATE '2024-01-01'` (read as a name, then a value). */
export function isSqlTimeType(tok: IToken | undefined): boolean {
  return tok?.tokenType === T.Identifier && /^(date|timestamp|timestamptz|datetime)$/i.test(tok.image);
}

/** `in next 7 days` (read as `in next`, a list named `next`, then `7`): the language has no future windows. */
function futureWindowHint(tok: IToken, previous: IToken | undefined, beforePrevious: IToken | undefined): string | undefined {
  if (tok.tokenType !== T.NumberLit || beforePrevious?.tokenType !== T.In) return undefined;
  if (previous?.tokenType !== T.Identifier || previous.image.toLowerCase() !== "next") return undefined;
  return "there is no `in next …` window: windows look back from now; for a time ahead, write `t after now and t before now + 7 days`";
}

/** The body of `segment name { … }` stopped at `actual`, where a clause or `}` was expected. */
export const SEGMENT_BODY_EXPECTED = "expected `where`, `owner`, `tags`, `deprecated` or `}`, found ";

export function segmentBodyMessage(actual: IToken, previous?: IToken): string {
  const base = SEGMENT_BODY_EXPECTED + describeActual(actual);
  const hint =
    continuationHint(actual) ??
    sqlHabitHint(actual, previous) ??
    (CONDITION_STARTS.some((t) => actual.tokenType === t || actual.tokenType.CATEGORIES?.includes(t))
      ? "a segment's condition goes after `where`, and several conditions are joined with `and` or `or`"
      : undefined);
  return hint ? `${base}: ${hint}` : base;
}

export const messageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    const found = ", found " + describeActual(actual);
    if (ruleName === "segmentDecl" && expected === T.RBrace) return segmentBodyMessage(actual, previous);
    if (ruleName === "aggregate" && expected === T.RParen && ARITHMETIC.includes(actual.tokenType)) {
      return (
        `expected \`)\`${previous?.image ? ` after \`${previous.image}\`` : ""}${found}: an aggregate takes one property (\`sum(purchase.amount)\`), not an expression; ` +
        "to add up a product such as quantity × price, keep it in a column of the events table (or a view) and declare it as a property"
      );
    }
    if (ruleName === "eventDecl" && expected === T.StringLit && previous?.tokenType === T.Named && actual.tokenType === T.LBracket) {
      return `expected a string in double quotes after \`named\`${found}: an event has one stored name; for several (\`"login"\`, \`"Login"\`), declare an event for each and join them with \`or\``;
    }
    if (expected === T.Set && MISSING_WORDS.has(actual.image.toLowerCase())) {
      const negated = previous?.tokenType === T.Not;
      return `expected \`set\` after \`${negated ? "not" : "is"}\`${found}: a missing value is tested with \`is ${negated ? "" : "not "}set\``;
    }
    // `plan is "free"`
    if (expected === T.Set && VALUE_STARTS.some((t) => tokenMatcher(actual, t))) {
      const negated = previous?.tokenType === T.Not;
      return `expected \`set\` after \`${negated ? "not" : "is"}\`${found}: \`is\` tests only whether a value is set; compare with \`${negated ? "!=" : "=="}\``;
    }
    if (ruleName === "type" || (ruleName === "typedMember" && expected === T.Identifier && previous?.tokenType === T.Colon))
      return `expected ${RULE_EXPECTATIONS.type}${found}`;
    if (expected === T.Identifier) {
      const what =
        ruleName === "didStep" || ruleName === "aggregate" ? "an event name" : ruleName === "predicate" ? "a segment name" : "a name";
      const a = afterWhat(previous);
      // SQL's `count(*)`
      const every = ruleName === "aggregate" && actual.tokenType === T.Star ? ": `any` stands for every event (`count(any)`)" : "";
      return `expected ${what}${a ? ` after \`${a}\`` : ""}${found}${every}`;
    }
    const a = afterWhat(previous);
    if (expected === EOF) return unexpectedAtTopLevel(actual);
    return `expected ${describeExpected(expected)}${a ? ` after \`${a}\`` : ""}${found}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return unexpectedAtTopLevel(firstRedundant);
  },
  buildNoViableAltMessage: expectedInRule,
  buildEarlyExitMessage: expectedInRule,
};

/** A token after a complete declaration, where the next one (or the end) was expected. */
export function unexpectedAtTopLevel(tok: IToken, previous?: IToken, beforePrevious?: IToken): string {
  const hint =
    continuationHint(tok) ??
    sqlHabitHint(tok, previous) ??
    strayWhereHint(tok, previous) ??
    futureWindowHint(tok, previous, beforePrevious);
  return `unexpected ${describeActual(tok)}: ${hint ?? `expected ${RULE_EXPECTATIONS.declaration}`}`;
}

/** `NOW()`, `INTERVAL '7 days'`, `DATE '…'`, `lower(x)`: what the language writes instead, at the token after the name. */
function sqlHabitHint(tok: IToken, previous: IToken | undefined): string | undefined {
  if (tok.tokenType === T.LParen && isSqlNow(previous)) return "the current time is `now`, without parentheses";
  if (isSqlInterval(previous)) return "a duration is written without `interval`: `now - 7 days`, `signed_up_at + 2 weeks`";
  if (isSqlTimeType(previous) && tok.tokenType !== T.LParen) return `a time is written without quotes or \`${previous!.image}\`: \`2024-01-01\`, \`2024-01-01T12:00:00Z\``;
  if (previous && tok.tokenType === T.LParen && previous.tokenType === T.Identifier) return unknownFunction(previous.image);
  return undefined;
}

/**
 * Whether the checker reports the name `previous` (with its fix), so a syntax error at the
 * next token `tok` adds nothing: `NOT opted_in` (SEG1001 on `NOT`, fix `not`). Not for the
 * SQL names the visitor leaves out of the checker's lookup (`TIMESTAMP "x"`: the syntax
 * error is the only one), nor before `(` (the function hints).
 */
export function checkerReportsName(previous: IToken | undefined, tok: IToken): boolean {
  return (
    previous?.tokenType === T.Identifier &&
    T.keywordInOtherCase(previous.image) !== undefined &&
    tok.tokenType !== T.LParen &&
    !isSqlInterval(previous) &&
    !isSqlTimeType(previous) &&
    !isSqlNow(previous)
  );
}

/** An event's filter written after its window (`did purchase in last 30 days where …`): where it goes. */
export const FILTER_BEFORE_WINDOW = "an event's filter goes right after the event, before its window (`did purchase where amount > 100 in last 30 days`)";

/**
 * A `where` where no condition can start: `segment s = where …` (the `=` form takes the
 * condition itself), or an event's filter written after its window (`did purchase in last
 * 30 days where amount > 100`).
 */
function strayWhereHint(tok: IToken, previous: IToken | undefined): string | undefined {
  if (tok.tokenType !== T.Where) return undefined;
  if (previous?.tokenType === T.Assign) return "`segment s = <condition>` takes the condition without `where` (the block form is `segment s { where <condition> }`)";
  // after a window's end (`… 30 days`, `… ago`, a date): the filter of the event before it
  const afterWindow = previous !== undefined && (tokenMatcher(previous, T.Unit) || previous.tokenType === T.Ago || previous.tokenType === T.TimeLit);
  return afterWindow ? FILTER_BEFORE_WINDOW : undefined;
}

/** The language's functions, as `unknownFunction` names them. */
export const FUNCTIONS: readonly string[] = ["count", "sum", "avg", "min", "max", "distinct", "first", "last", "active_days", "days_since"];

const IGNORING_CASE = "compare strings `ignoring case` (`email == \"a@b.com\" ignoring case`)";
const MISSING_FAILS = "a missing value makes every comparison false; test it with `is set` or `is not set` (`age is not set or age < 18`)";
/** SQL functions whose purpose the language serves another way. */
const FUNCTION_HINTS: Record<string, string> = {
  lower: IGNORING_CASE,
  upper: IGNORING_CASE,
  lcase: IGNORING_CASE,
  ucase: IGNORING_CASE,
  coalesce: MISSING_FAILS,
  ifnull: MISSING_FAILS,
  nvl: MISSING_FAILS,
  isnull: MISSING_FAILS,
  date: "a time is written without quotes or a function: `signed_up_at > 2024-01-01`",
  timestamp: "a time is written without quotes or a function: `signed_up_at > 2024-01-01T12:00:00Z`",
  date_sub: "subtract a duration: `now - 7 days`",
  dateadd: "add a duration: `signed_up_at + 7 days`",
  date_add: "add a duration: `signed_up_at + 7 days`",
  datediff: "count days with `days_since(t)`, or test a window: `t in last 30 days`",
};

/** `COUNT(`, `NOT (`: a keyword in another case before `(`, in lower case (not SQL's `DATE(`). */
export function lowerCaseFunction(name: string): string | undefined {
  return FUNCTION_HINTS[name.toLowerCase()] === undefined ? T.keywordInOtherCase(name) : undefined;
}

/** `percentile(ltv)`: a name called as a function that the language does not have. */
function unknownFunction(name: string): string {
  const hint = FUNCTION_HINTS[name.toLowerCase()];
  if (hint !== undefined) return `\`${name}\` is no function of the language: ${hint}`;
  const lower = lowerCaseFunction(name);
  if (lower !== undefined) return `\`${name}\` is written in lower case: \`${lower}\``;
  const later = ["percentile", "ntile", "cohort", "month", "week", "quarter", "year", "hash"].includes(name.toLowerCase());
  return (
    `\`${name}\` is no function of the language (the functions are ${FUNCTIONS.slice(0, -1).join(", ")} and ${FUNCTIONS.at(-1)})` +
    (later ? "; percentiles, ntiles and calendar cohorts are not in the language yet (docs/language.md, \"Not in the language yet\")" : "")
  );
}

/** No alternative of `ruleName` (or none of its required repetitions) starts at `actual[0]`. */
function expectedInRule({ actual, previous, ruleName }: { actual: IToken[]; previous: IToken; ruleName: string }): string {
  const tok = actual[0];
  if (CONDITION_RULES.has(ruleName)) return expectedValue(previous, tok);
  const exp = RULE_EXPECTATIONS[ruleName];
  if (ruleName === "suffix" && previous?.tokenType === T.In && tok?.tokenType === T.LParen)
    return `expected a list after \`in\`, found \`(\`: a list is written in square brackets, \`in ["a", "b"]\``;
  if (exp) return `expected ${exp}, found ${describeActual(tok)}`;
  return `unexpected ${describeActual(tok)}`;
}
