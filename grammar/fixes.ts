/** Fixes for syntax errors whose message names the one replacement. */
import { tokenMatcher, type IToken } from "chevrotain";
import type { Fix } from "./diagnostic.ts";
import type { LineMap } from "./visitor.ts";
import * as T from "./lexer.ts";
import { didYouMean } from "./spelling.ts";
import { isSqlInterval, isSqlNow, isSqlTimeType, lowerCaseFunction, UNITS, VALUE_STARTS } from "./messages.ts";

/** Rules whose `=` is no comparison written with one `=`. */
const DECLARATIONS_WITHOUT_CONDITIONS = new Set(["entityDecl", "eventsDecl", "testDecl"]);

/** Units as other tools abbreviate them, and seg's words for them (calendar ones have none). */
const UNIT_FOR_ABBREVIATION: Record<string, string> = {
  s: "seconds", sec: "seconds", secs: "seconds",
  m: "minutes", min: "minutes", mins: "minutes",
  h: "hours", hr: "hours", hrs: "hours",
  d: "days",
  w: "weeks", wk: "weeks", wks: "weeks",
};

/**
 * The fix for a syntax error at `at` where the message names the one replacement: `=` in a
 * condition (`==`), `30d` (`30 days`), a misspelt unit (`7 dayz`), `is null` (`is not set`).
 */
export function tokenFix(at: IToken, tokens: IToken[], lines: LineMap, ruleStack: readonly string[] = []): Fix | undefined {
  const change = (from: IToken, to: IToken, newText: string): Fix => ({
    title: `Change to \`${newText}\``,
    edits: [{ range: lines.range(from.startOffset, to.startOffset + to.image.length), newText }],
  });
  const index = tokens.indexOf(at);
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  // SQL habits: `NOW()`, `INTERVAL '7 days'`, `count(*)`
  if (at.tokenType === T.LParen && isSqlNow(previous) && next?.tokenType === T.RParen) return change(previous!, next, "now");
  if (isSqlInterval(previous)) {
    if (at.tokenType === T.NumberLit) return { title: "Remove `interval`", edits: [{ range: lines.range(previous!.startOffset, at.startOffset), newText: "" }] };
    const duration = tokenMatcher(at, T.StringLit) ? /^\s*(\d+(?:\.\d+)?)\s*([a-z]+?)s?\s*$/i.exec(at.image.slice(1, -1)) : null;
    const unit = duration ? UNITS.find((u) => u === `${duration[2]!.toLowerCase()}s`) : undefined;
    if (duration && unit) return change(previous!, at, `${duration[1]} ${duration[1] === "1" ? unit.slice(0, -1) : unit}`);
  }
  const lowerKeyword = at.tokenType === T.LParen && previous?.tokenType === T.Identifier ? lowerCaseFunction(previous.image) : undefined;
  if (lowerKeyword !== undefined) return change(previous!, previous!, lowerKeyword);
  if (isSqlTimeType(previous) && at.tokenType === T.SingleQuotedString && T.isTimeLiteral(at.image.slice(1, -1))) return change(previous!, at, at.image.slice(1, -1));
  if (at.tokenType === T.Star && previous?.tokenType === T.LParen && ruleStack.at(-1) === "aggregate") return change(at, at, "any");
  // In a condition only: `table = "u"` wants `table "u"`, a test record's `age = 3` a `:`.
  if (at.tokenType === T.Assign) return ruleStack.some((r) => DECLARATIONS_WITHOUT_CONDITIONS.has(r)) ? undefined : change(at, at, "==");
  const sameLine = previous !== undefined && lines.position(previous.startOffset).line === lines.position(at.startOffset).line;
  if (at.tokenType === T.Identifier && previous?.tokenType === T.NumberLit && sameLine) {
    const unit = UNIT_FOR_ABBREVIATION[at.image.toLowerCase()] ?? didYouMean(at.image, UNITS);
    if (unit === undefined) return undefined;
    const adjacent = previous.startOffset + previous.image.length === at.startOffset;
    return adjacent ? change(previous, at, `${previous.image} ${unit}`) : change(at, at, unit);
  }
  // `plan is "free"`, `plan is not "free"`
  if (VALUE_STARTS.some((t) => tokenMatcher(at, t))) {
    if (previous?.tokenType === T.Is) return change(previous, previous, "==");
    const is = tokens[index - 2];
    if (previous?.tokenType === T.Not && is?.tokenType === T.Is) return change(is, previous, "!=");
  }
  // `country in ("US", "CA")`: SQL's parentheses, the language's brackets
  if (at.tokenType === T.LParen && previous?.tokenType === T.In) {
    const close = matchingParen(tokens, index);
    if (close !== undefined)
      return {
        title: "Change to `[…]`",
        edits: [
          { range: lines.range(at.startOffset, at.startOffset + 1), newText: "[" },
          { range: lines.range(close.startOffset, close.startOffset + 1), newText: "]" },
        ],
      };
  }
  if (at.tokenType === T.Identifier && /^i?like$/i.test(at.image) && tokenMatcher(next, T.StringLit)) {
    const test = likeAsStringTest(next!.image.slice(1, -1), at.image.toLowerCase() === "ilike");
    if (test !== undefined) return change(at, next!, test);
  }
  // `email not like "%x%"`: the string tests take their own `not`
  const pattern = tokens[index + 2];
  if (at.tokenType === T.Not && next !== undefined && /^i?like$/i.test(next.image) && tokenMatcher(pattern, T.StringLit)) {
    const test = likeAsStringTest(pattern!.image.slice(1, -1), next.image.toLowerCase() === "ilike");
    if (test !== undefined) return change(at, pattern!, test.startsWith("== ") ? `!= ${test.slice(3)}` : `not ${test}`);
  }
  if (/^(null|none|nil|missing|undefined|empty)$/i.test(at.image)) {
    if (previous?.tokenType === T.Is) return change(at, at, "not set");
    if (previous?.tokenType === T.Not && tokens[index - 2]?.tokenType === T.Is) return change(previous, at, "set");
  }
  return undefined;
}

/** The `)` closing the `(` at `open`, on the same nesting level, if there is one. */
function matchingParen(tokens: readonly IToken[], open: number): IToken | undefined {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!.tokenType;
    if (t === T.LParen) depth++;
    else if (t === T.RParen && --depth === 0) return tokens[i];
  }
  return undefined;
}

/**
 * SQL's `LIKE` pattern as the language's string test: `"%x%"` → `contains "x"`, `"x%"` →
 * `starts with "x"`, `"%x"` → `ends with "x"`, other patterns → `matches`, anchored only
 * where the pattern has no `%` at that end (`"a_b%"` → `matches "^a.b"`, `"%a%b%"` →
 * `matches "a.*b"`). The pattern is the string's source text (escapes kept); undefined when
 * it holds a backslash (LIKE's escapes are the engine's). `ilike` adds `ignoring case`.
 */
export function likeAsStringTest(pattern: string, ilike: boolean): string | undefined {
  if (pattern.includes("\\")) return undefined;
  const ignoring = ilike ? " ignoring case" : "";
  const merged = pattern.replace(/%+/g, "%");
  const starts = merged.startsWith("%");
  const ends = merged.length > 1 && merged.endsWith("%");
  const inner = merged.slice(starts ? 1 : 0, ends ? -1 : undefined);
  if (!/[%_]/.test(inner)) {
    const test = starts && ends ? "contains" : starts ? "ends with" : ends ? "starts with" : "==";
    return `${test} "${inner}"${ignoring}`;
  }
  const regex = [...inner].map((c) => (c === "%" ? ".*" : c === "_" ? "." : /[.*+?^${}()|[\]]/.test(c) ? `\\\\${c}` : c)).join("");
  return `matches "${starts ? "" : "^"}${regex}${ends ? "" : "$"}"${ignoring}`;
}
