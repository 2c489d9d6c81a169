/**
 * Portable regex subset (compiler/ir.ts, IRCond "regex") → a JavaScript RegExp source
 * compiled with the flag `u` (code points, strict syntax). The rules every backend must share (docs/javascript.md):
 *
 * - the search is unanchored unless the pattern uses `^` / `$`, which match only at the
 *   start / end of the whole string (no multi-line mode);
 * - `.` matches any one code point except `\n` (the SQL backend's `[^\n]`, compiler/sql/regex.ts);
 * - `\d` is `[0-9]`, `\w` is `[A-Za-z0-9_]`, `\s` is ASCII white space `[ \t\n\v\f\r]`;
 * - `\` + punctuation is that character literally;
 * - in a class, a `]` right after `[` or `[^` is a literal `]`;
 * - case-insensitive (`ci`): the text is lowered ASCII-only (A-Z → a-z) and every ASCII
 *   letter of the pattern (literals, class members, range ends) matches both cases; other
 *   characters match only themselves.
 */

/** Characters that stay escaped in a `u`-mode RegExp (outside and inside classes). */
const SYNTAX = new Set("^$\\.*+?()[]{}|/".split(""));
const ASCII_SPACE = "\\t\\n\\v\\f\\r ";

export class RegexTranslateError extends Error {
  override name = "RegexTranslateError";
}

function isUpper(cp: number): boolean {
  return cp >= 65 && cp <= 90;
}

function escClassChar(ch: string): string {
  return SYNTAX.has(ch) || ch === "-" ? `\\${ch}` : ch;
}

function escChar(ch: string): string {
  return SYNTAX.has(ch) ? `\\${ch}` : ch;
}

interface ClassItem {
  /** The JS source of this item inside a class. */
  src: string;
  /** The single code point it stands for (absent for \d \w \s sets). */
  cp?: number;
}

/** Returns the source of a RegExp equivalent to `pattern` under the portable rules. */
export function translateRegex(pattern: string, ci: boolean): string {
  const chars = Array.from(pattern); // by code point
  let out = "";
  let i = 0;
  const n = chars.length;
  /** One member of a class at `i` (a character or an escape); advances `i`. */
  const classAtom = (): ClassItem => {
    const d = chars[i]!;
    if (d !== "\\") {
      i++;
      return { src: escClassChar(d), cp: d.codePointAt(0)! };
    }
    const e = chars[i + 1];
    if (e === undefined) throw new RegexTranslateError("the pattern ends with a lone `\\`");
    i += 2;
    if (e === "d" || e === "w" || e === "D" || e === "W") return { src: `\\${e}` };
    if (e === "s") return { src: ASCII_SPACE };
    if (/^[A-Za-z0-9]$/.test(e)) throw new RegexTranslateError(`\`\\${e}\` is not in the portable regex subset`);
    return { src: escClassChar(e), cp: e.codePointAt(0)! };
  };
  while (i < n) {
    const c = chars[i]!;
    if (c === "\\") {
      const e = chars[i + 1];
      if (e === undefined) throw new RegexTranslateError("the pattern ends with a lone `\\`");
      i += 2;
      if (e === "d" || e === "w") out += `\\${e}`;
      else if (e === "s") out += `[${ASCII_SPACE}]`;
      else if (e === "D" || e === "W") out += `\\${e}`;
      else if (e === "S") out += `[^${ASCII_SPACE}]`;
      else if (/^[A-Za-z0-9]$/.test(e)) throw new RegexTranslateError(`\`\\${e}\` is not in the portable regex subset`);
      else out += escChar(e);
      continue;
    }
    if (c === "[") {
      i++;
      let neg = false;
      if (chars[i] === "^") {
        neg = true;
        i++;
      }
      const items: ClassItem[] = [];
      let first = true;
      while (i < n && (chars[i] !== "]" || first)) {
        first = false;
        const lo = classAtom();
        if (lo.cp !== undefined && chars[i] === "-" && chars[i + 1] !== undefined && chars[i + 1] !== "]") {
          i++;
          const hi = classAtom();
          if (hi.cp === undefined) throw new RegexTranslateError("a class escape cannot end a range");
          items.push({ src: `${lo.src}-${hi.src}` });
          if (ci) {
            const a = Math.max(lo.cp, 65);
            const b = Math.min(hi.cp, 90);
            if (a <= b) items.push({ src: `${String.fromCharCode(a + 32)}-${String.fromCharCode(b + 32)}` });
          }
        } else items.push(lo);
      }
      if (i >= n) throw new RegexTranslateError("unclosed character class `[`");
      i++; // the closing ]
      let body = "";
      for (const it of items) {
        body += it.src;
        if (ci && it.cp !== undefined && isUpper(it.cp)) body += String.fromCharCode(it.cp + 32);
      }
      out += `[${neg ? "^" : ""}${body}]`;
      continue;
    }
    i++;
    if (c === ".") out += "[^\\n]";
    else if (ci && c.length === 1 && isUpper(c.charCodeAt(0))) out += String.fromCharCode(c.charCodeAt(0) + 32);
    else out += c;
  }
  return out;
}

/** Flags the translated source is compiled with. */
export const REGEX_FLAGS = "u";

/** Translates and compiles; throws RegexTranslateError for a pattern outside the subset. */
export function compilePortableRegex(pattern: string, ci: boolean): RegExp {
  const src = translateRegex(pattern, ci);
  try {
    return new RegExp(src, REGEX_FLAGS);
  } catch (e) {
    throw new RegexTranslateError(`invalid regular expression ${JSON.stringify(pattern)}: ${(e as Error).message}`);
  }
}
