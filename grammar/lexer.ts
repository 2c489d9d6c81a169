/**
 * The lexer: one Chevrotain `Lexer` instance for the process.
 *
 * Keywords are tokens with `longer_alt: Identifier`, so `index` or `did_signup` stay
 * identifiers. For speed the lexer itself only matches `Identifier`; `tokenize` then
 * gives every identifier whose whole text is a keyword spelling that keyword's type (the
 * same result as trying each keyword pattern with its `longer_alt`, without ~70 regex
 * attempts per word). Most keywords are *soft*: they carry the `Identifier` category, so every
 * place that expects a name also accepts `name`, `time`, `key`, `count`, `day`... Only
 * the HARD keywords below can never be names.
 *
 * Comments (`//`, `/* *\/`, `///`) are kept in the `comments` group: the parser never
 * sees them, the formatter and the doc-comment attachment do.
 */
import { createToken, Lexer, type ILexingResult, type TokenType } from "chevrotain";

/** Category of every token: lets the parser skip arbitrary tokens (nesting guard, junk). */
export const AnyTok = createToken({ name: "AnyTok", pattern: Lexer.NA });

export const Identifier = createToken({
  name: "Identifier",
  pattern: /[A-Za-z_][A-Za-z0-9_]*/,
  categories: [AnyTok],
});

/** Units of durations (`30 days`), a category over the unit keywords. */
export const Unit = createToken({ name: "Unit", pattern: Lexer.NA });
/** Aggregate function names (`count(`, `sum(`...), a category. */
export const AggFn = createToken({ name: "AggFn", pattern: Lexer.NA });
/** Comparison operators, a category. */
export const CompareOp = createToken({ name: "CompareOp", pattern: Lexer.NA });

/** Words that can never be names. */
export const HARD_KEYWORDS = [
  "and",
  "or",
  "not",
  "did",
  "then",
  "in",
  "where",
  "true",
  "false",
] as const;

const keywordTokens: TokenType[] = [];
/** Token name → keyword text, for messages and completion. */
const keywordText = new Map<string, string>();
/** Every spelling of a keyword (`day`, `days`) → its token type. */
const keywordBySpelling = new Map<string, TokenType>();

function kw(
  word: string,
  opts: { pattern?: RegExp; categories?: TokenType[]; name?: string; plural?: boolean } = {},
): TokenType {
  const hard = (HARD_KEYWORDS as readonly string[]).includes(word);
  const name = opts.name ?? "Kw_" + word;
  const t = createToken({
    name,
    pattern: opts.pattern ?? new RegExp(word),
    longer_alt: Identifier,
    categories: [AnyTok, ...(hard ? [] : [Identifier]), ...(opts.categories ?? [])],
  });
  keywordTokens.push(t);
  keywordText.set(name, word);
  keywordBySpelling.set(word, t);
  if (opts.plural) keywordBySpelling.set(word + "s", t);
  return t;
}

// Hard keywords
export const And = kw("and");
export const Or = kw("or");
export const Not = kw("not");
export const Did = kw("did");
export const Then = kw("then");
export const In = kw("in");
export const Where = kw("where");
export const True = kw("true");
export const False = kw("false");

// Declarations
export const Entity = kw("entity");
export const Events = kw("events");
export const Event = kw("event");
export const Of = kw("of");
export const Table = kw("table");
export const Key = kw("key");
export const Column = kw("column");
export const Via = kw("via");
export const Named = kw("named");
export const Const = kw("const");
export const Param = kw("param");
export const Trait = kw("trait");
export const Segment = kw("segment");
export const Owner = kw("owner");
export const Tags = kw("tags");
export const Deprecated = kw("deprecated");
export const Test = kw("test");
export const As = kw("as");
export const Expect = kw("expect");

// Types
export const StringType = kw("string");
export const NumberType = kw("number");
export const BooleanType = kw("boolean");
export const Timestamp = kw("timestamp");
export const Enum = kw("enum");
export const List = kw("list");
export const UnixSeconds = kw("unix_seconds");
export const UnixMillis = kw("unix_millis");
export const IsoText = kw("iso_text");
export const NativeStorage = kw("native");

// Conditions
export const Between = kw("between");
export const Before = kw("before");
export const After = kw("after");
export const Last = kw("last", { categories: [AggFn] });
export const First = kw("first", { categories: [AggFn] });
export const Is = kw("is");
export const Set = kw("set");
export const Contains = kw("contains");
export const Starts = kw("starts");
export const Ends = kw("ends");
export const With = kw("with");
export const Matches = kw("matches");
export const Has = kw("has");
export const Any = kw("any");
export const All = kw("all");
export const Ignoring = kw("ignoring");
export const Case = kw("case");
export const Now = kw("now");
export const Ago = kw("ago");
export const Within = kw("within");
export const At = kw("at");
export const Least = kw("least");
export const Most = kw("most");
export const Exactly = kw("exactly");
export const On = kw("on");
export const Times = kw("times");
export const Time = kw("time");
export const DaysSince = kw("days_since");

// Aggregates
export const Count = kw("count", { categories: [AggFn] });
export const Sum = kw("sum", { categories: [AggFn] });
export const Avg = kw("avg", { categories: [AggFn] });
export const Min = kw("min", { categories: [AggFn] });
export const Max = kw("max", { categories: [AggFn] });
export const Distinct = kw("distinct", { categories: [AggFn] });
export const ActiveDays = kw("active_days", { categories: [AggFn] });

// Units (singular and plural spelled by one token each)
export const Second = kw("second", { pattern: /seconds?/, categories: [Unit], plural: true });
export const Minute = kw("minute", { pattern: /minutes?/, categories: [Unit], plural: true });
export const Hour = kw("hour", { pattern: /hours?/, categories: [Unit], plural: true });
export const Day = kw("day", { pattern: /days?/, categories: [Unit], plural: true });
export const Week = kw("week", { pattern: /weeks?/, categories: [Unit], plural: true });
export const Month = kw("month", { pattern: /months?/, categories: [Unit], plural: true });
export const Year = kw("year", { pattern: /years?/, categories: [Unit], plural: true });

// Comments (kept, in a group)
export const DocComment = createToken({
  name: "DocComment",
  pattern: /\/\/\/[^\n\r]*/,
  group: "comments",
});
export const LineComment = createToken({
  name: "LineComment",
  pattern: /\/\/[^\n\r]*/,
  group: "comments",
});
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[\s\S]*?\*\//,
  group: "comments",
  line_breaks: true,
});
/**
 * SQL's and shells' line comments (`-- note`, `# note`): reported (SEG0005, with the fix
 * to `//`) and otherwise skipped, so the rest of the line is not read as conditions.
 * `--` only before a space: `age - -3` stays arithmetic.
 */
export const ForeignLineComment = createToken({
  name: "ForeignLineComment",
  pattern: /--[ \t][^\n\r]*|#[^\n\r]*/,
  group: "foreignComments",
});
/** `/*` without its `*\/`: reported (SEG0006), swallows the rest of the file. */
export const UnterminatedBlockComment = createToken({
  name: "UnterminatedBlockComment",
  pattern: /\/\*[\s\S]*/,
  group: "comments",
  line_breaks: true,
});

// Literals
export const StringLit = createToken({
  name: "StringLit",
  // Unrolled (a run of plain characters, then escapes each followed by a run): one
  // alternation per character overflowed V8's regex stack on a string of a few million.
  pattern: /"[^"\\\n\r]*(?:\\[^\n\r][^"\\\n\r]*)*"/,
  categories: [AnyTok],
});
/** A string that reaches the end of the line: reported (SEG0003), parsed as a string. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"[^"\\\n\r]*(?:\\[^\n\r][^"\\\n\r]*)*\\?/,
  categories: [StringLit, AnyTok],
});
/**
 * SQL's `'free'`: reported (SEG0005, with the fix to `"free"`) and parsed as the string it
 * means, so the checker does not also report `free` as an unknown name.
 */
export const SingleQuotedString = createToken({
  name: "SingleQuotedString",
  pattern: /'[^'"\\\n\r]*'/,
  categories: [StringLit, AnyTok],
});
export const TimeLit = createToken({
  name: "TimeLit",
  pattern: /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?/,
  categories: [AnyTok],
});
const WHOLE_TIME_LITERAL = new RegExp(`^(?:${TimeLit.PATTERN instanceof RegExp ? TimeLit.PATTERN.source : ""})$`);
/** Whether `text` is a time literal as the lexer reads one (`2024-01-01`, `2024-01-01T12:00Z`). */
export function isTimeLiteral(text: string): boolean {
  return WHOLE_TIME_LITERAL.test(text);
}
export const NumberLit = createToken({
  name: "NumberLit",
  pattern: /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/,
  categories: [AnyTok],
});

// Punctuation
function punct(name: string, pattern: RegExp, categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern, categories: [AnyTok, ...categories] });
}
export const EqEq = punct("EqEq", /==/, [CompareOp]);
export const NotEq = punct("NotEq", /!=/, [CompareOp]);
export const LtEq = punct("LtEq", /<=/, [CompareOp]);
export const GtEq = punct("GtEq", />=/, [CompareOp]);
export const Lt = punct("Lt", /</, [CompareOp]);
export const Gt = punct("Gt", />/, [CompareOp]);
export const Assign = punct("Assign", /=/);
/** Other languages' operators: reported (SEG0005, with the fix) and parsed as the language's. */
export const AmpAmp = punct("AmpAmp", /&&/, [And]);
export const PipePipe = punct("PipePipe", /\|\|/, [Or]);
export const SqlNotEq = punct("SqlNotEq", /<>/, [NotEq, CompareOp]);
export const Plus = punct("Plus", /\+/);
export const Minus = punct("Minus", /-/);
export const Star = punct("Star", /\*/);
export const Slash = punct("Slash", /\//);
export const LParen = punct("LParen", /\(/);
export const RParen = punct("RParen", /\)/);
export const LBrace = punct("LBrace", /\{/);
export const RBrace = punct("RBrace", /\}/);
export const LBracket = punct("LBracket", /\[/);
export const RBracket = punct("RBracket", /\]/);
export const Comma = punct("Comma", /,/);
export const Colon = punct("Colon", /:/);
export const Dot = punct("Dot", /\./);

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v\u00a0\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

// Longer keywords first, so that `timestamp` is not lexed as `time` + identifier.
const sortedKeywords = [...keywordTokens].sort(
  (a, b) => (keywordText.get(b.name)!.length - keywordText.get(a.name)!.length),
);

export const allTokens: TokenType[] = [
  WhiteSpace,
  DocComment,
  LineComment,
  BlockComment,
  UnterminatedBlockComment,
  ForeignLineComment,
  StringLit,
  UnterminatedString,
  SingleQuotedString,
  TimeLit,
  NumberLit,
  EqEq,
  NotEq,
  SqlNotEq,
  AmpAmp,
  PipePipe,
  LtEq,
  GtEq,
  Lt,
  Gt,
  Assign,
  Plus,
  Minus,
  Star,
  Slash,
  LParen,
  RParen,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  Comma,
  Colon,
  Dot,
  ...sortedKeywords,
  Identifier,
  // categories (no pattern) must be known to the lexer too
  AnyTok,
  Unit,
  AggFn,
  CompareOp,
];

/** What the lexer matches: every token but the keywords (see `tokenize`). */
const lexerTokens = allTokens.filter((t) => !keywordTokens.includes(t));

/**
 * Offsets only: positions (line, UTF-16 column) are computed from offsets by `LineMap`
 * when a range is needed. Keywords come out as `Identifier` and tokens without
 * `endOffset` (which the parser's node locations need): use `tokenize`.
 */
export const segLexer = new Lexer(lexerTokens, {
  ensureOptimizations: true,
  positionTracking: "onlyOffset",
});

/** Lexes `text`: `segLexer`, then end offsets and keywords. */
export function tokenize(text: string): ILexingResult {
  const r = segLexer.tokenize(text);
  const ts = r.tokens;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    t.endOffset = t.startOffset + t.image.length - 1;
    if (t.tokenType !== Identifier) continue;
    const k = keywordBySpelling.get(t.image);
    if (k !== undefined) {
      t.tokenType = k;
      t.tokenTypeIdx = k.tokenTypeIdx!;
    }
  }
  return r;
}

/** Whether the lexer reads `word` as a keyword (plural units such as `days` included). */
export function isKeywordSpelling(word: string): boolean {
  return keywordBySpelling.has(word);
}

/** `WHERE` → `where`: a word not in lower case whose lower case is a keyword, else undefined. */
export function keywordInOtherCase(word: string): string | undefined {
  const lower = word.toLowerCase();
  return word !== lower && isKeywordSpelling(lower) ? lower : undefined;
}

/** Every keyword, for completion (hard and soft). */
export const KEYWORDS: readonly string[] = [...keywordText.values()].sort();

/** The keyword spelled by a token type name (`Kw_day` → `day`), if it is one. */
export function keywordOf(tokenTypeName: string): string | undefined {
  return keywordText.get(tokenTypeName);
}

/** Unit token name → AST unit. */
export const UNIT_OF: Record<string, "second" | "minute" | "hour" | "day" | "week" | "month" | "year"> = {
  Kw_second: "second",
  Kw_minute: "minute",
  Kw_hour: "hour",
  Kw_day: "day",
  Kw_week: "week",
  Kw_month: "month",
  Kw_year: "year",
};
