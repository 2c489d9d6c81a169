/**
 * Position markers inside source text, so tests never count columns by hand.
 *
 * - `<|>` marks a cursor (at most one).
 * - `«text»` marks a range (any number; not nested), returned in source order.
 * - `«name:text»` marks a named range as well (name = letters, digits, `_`).
 *
 * `mark(src)` strips the markers and returns the clean text with zero-based, LSP-shaped
 * positions (end exclusive), matching the ranges the parser and checker report.
 */
export interface Pos {
  line: number;
  character: number;
}
export interface Rng {
  start: Pos;
  end: Pos;
}

export interface Marked {
  text: string;
  cursor?: Pos;
  ranges: Rng[];
  named: Record<string, Rng>;
}

export function mark(src: string): Marked {
  let text = "";
  let line = 0;
  let character = 0;
  let cursor: Pos | undefined;
  const ranges: Rng[] = [];
  const named: Record<string, Rng> = {};
  let open: { start: Pos; name?: string } | undefined;
  for (let i = 0; i < src.length; i++) {
    if (src.startsWith("<|>", i)) {
      if (cursor) throw new Error("mark(): more than one cursor `<|>`");
      cursor = { line, character };
      i += 2;
      continue;
    }
    const c = src[i]!;
    if (c === "«") {
      if (open) throw new Error("mark(): nested `«`");
      const m = /^([A-Za-z_][A-Za-z0-9_]*):/.exec(src.slice(i + 1));
      open = { start: { line, character } };
      if (m) {
        open.name = m[1]!;
        i += m[0].length;
      }
      continue;
    }
    if (c === "»") {
      if (!open) throw new Error("mark(): `»` without `«`");
      const r = { start: open.start, end: { line, character } };
      ranges.push(r);
      if (open.name) named[open.name] = r;
      open = undefined;
      continue;
    }
    text += c;
    if (c === "\n") {
      line++;
      character = 0;
    } else character++;
  }
  if (open) throw new Error("mark(): unclosed `«`");
  const out: Marked = { text, ranges, named };
  if (cursor) out.cursor = cursor;
  return out;
}
