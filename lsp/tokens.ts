/** Token classification helpers shared by completion, signature help and semantic tokens. */
import type { Position } from "../grammar/ast.ts";
import type { Token } from "./frontend.ts";
import { cmpPos } from "./positions.ts";

export const DECL_KEYWORDS = ["entity", "events", "const", "param", "trait", "segment", "test"];
export const AGG_FNS = ["count", "sum", "avg", "min", "max", "distinct", "active_days", "first", "last"];
export const UNIT_TYPES = new Set(["Kw_second", "Kw_minute", "Kw_hour", "Kw_day", "Kw_week", "Kw_month", "Kw_year"]);

export function isWord(t: Token | undefined): boolean {
  return !!t && (t.type === "Identifier" || t.type.startsWith("Kw_"));
}
export function isIdent(t: Token | undefined): boolean {
  return !!t && t.type === "Identifier";
}
/** A keyword token spelled `word` (any of `words`). Units match their singular: `day`. */
export function isKw(t: Token | undefined, ...words: string[]): boolean {
  return !!t && t.type.startsWith("Kw_") && words.includes(t.type.slice(3));
}
export function isPunct(t: Token | undefined, ...images: string[]): boolean {
  return !!t && !isWord(t) && images.includes(t.image);
}
export function isString(t: Token | undefined): boolean {
  return !!t && (t.type === "StringLit" || t.type === "UnterminatedString" || t.type === "SingleQuotedString");
}
export function isNumber(t: Token | undefined): boolean {
  return !!t && t.type === "NumberLit";
}
export function isTime(t: Token | undefined): boolean {
  return !!t && t.type === "TimeLit";
}
export function isUnit(t: Token | undefined): boolean {
  return !!t && UNIT_TYPES.has(t.type);
}
export function isAggFn(t: Token | undefined): boolean {
  return isKw(t, ...AGG_FNS);
}
export const COMPARE = ["==", "!=", "<", "<=", ">", ">="];
export function isCompare(t: Token | undefined): boolean {
  return isPunct(t, ...COMPARE);
}

/** Index of the last token starting strictly before `pos` (binary search), or -1. */
export function lastTokenBefore(tokens: readonly Token[], pos: Position): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cmpPos(tokens[mid]!.range.start, pos) < 0) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Index of the `(`/`[` matching the closer at `close`, or -1. */
export function matchingOpen(tokens: readonly Token[], close: number): number {
  const closer = tokens[close]?.image;
  const opener = closer === ")" ? "(" : closer === "]" ? "[" : "{";
  let depth = 0;
  for (let j = close; j >= 0; j--) {
    const t = tokens[j]!;
    if (isPunct(t, closer ?? ")")) depth++;
    else if (isPunct(t, opener)) {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

/** Tokens that end a value: after them an operator or keyword follows, not an operand. */
export function endsValue(t: Token | undefined): boolean {
  if (!t) return false;
  if (isIdent(t) || isString(t) || isNumber(t) || isTime(t) || isUnit(t)) return true;
  if (isPunct(t, ")", "]")) return true;
  return isKw(t, "true", "false", "now", "ago", "set", "times", "time", "case", "any");
}
