/** Fixes for syntax errors whose message names the one replacement. */
import type { IToken } from "chevrotain";
import type { Fix } from "./diagnostic.ts";
import type { LineMap } from "./visitor.ts";
import * as T from "./lexer.ts";
import { didYouMean } from "./spelling.ts";
import { UNITS } from "./messages.ts";

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
  // In a condition only: `table = "u"` wants `table "u"`, a test record's `age = 3` a `:`.
  if (at.tokenType === T.Assign) return ruleStack.some((r) => DECLARATIONS_WITHOUT_CONDITIONS.has(r)) ? undefined : change(at, at, "==");
  const sameLine = previous !== undefined && lines.position(previous.startOffset).line === lines.position(at.startOffset).line;
  if (at.tokenType === T.Identifier && previous?.tokenType === T.NumberLit && sameLine) {
    const unit = UNIT_FOR_ABBREVIATION[at.image.toLowerCase()] ?? didYouMean(at.image, UNITS);
    if (unit === undefined) return undefined;
    const adjacent = previous.startOffset + previous.image.length === at.startOffset;
    return adjacent ? change(previous, at, `${previous.image} ${unit}`) : change(at, at, unit);
  }
  if (/^(null|none|nil|missing|undefined|empty)$/i.test(at.image)) {
    if (previous?.tokenType === T.Is) return change(at, at, "not set");
    if (previous?.tokenType === T.Not && tokens[index - 2]?.tokenType === T.Is) return change(previous, at, "set");
  }
  return undefined;
}
