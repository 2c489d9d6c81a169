/** Position and range helpers (zero-based, LSP-shaped, `end` exclusive). */
import type { Position, Range } from "../grammar/ast.ts";

export function cmpPos(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

/** `p` lies in `r`, both ends included (a cursor right after a name still "touches" it). */
export function touches(r: Range, p: Position): boolean {
  return cmpPos(r.start, p) <= 0 && cmpPos(p, r.end) <= 0;
}

/** `p` lies strictly inside `r` (start included, end excluded). */
export function inside(r: Range, p: Position): boolean {
  return cmpPos(r.start, p) <= 0 && cmpPos(p, r.end) < 0;
}

export function sameRange(a: Range, b: Range): boolean {
  return cmpPos(a.start, b.start) === 0 && cmpPos(a.end, b.end) === 0;
}

export function rangeContains(outer: Range, inner: Range): boolean {
  return cmpPos(outer.start, inner.start) <= 0 && cmpPos(inner.end, outer.end) <= 0;
}
