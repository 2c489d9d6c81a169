/**
 * Regex rewriting so every engine reads the portable subset (compiler/check/regex.ts) the
 * same way. Engines disagree on `\w` / `\d` / `\s` (PostgreSQL and MySQL's ICU include
 * non-ASCII letters and digits, RE2 and JavaScript do not) and on `.` (PostgreSQL's matches
 * a newline): the pattern is rewritten with explicit ASCII classes and `.` as "anything but
 * a newline", which every engine reads alike. The JavaScript backend must use the same
 * definitions.
 */
import { asciiLower } from "../ir-utils.ts";

const CLASS_BODY: Record<string, string> = {
  d: "0-9",
  w: "A-Za-z0-9_",
  s: " \t\n\r\f\v",
};

/**
 * Rewrites `\d \w \s` and `.` into explicit classes, and `$` (outside classes) into the
 * engine's end of text (Dialect.regexEndOfText); other characters are kept.
 */
export function portableRegex(pattern: string, endOfText = "$"): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\" && i + 1 < pattern.length) {
      const e = pattern[i + 1]!;
      i++;
      const body = CLASS_BODY[e];
      if (body !== undefined) out += inClass ? body : `[${body}]`;
      else out += "\\" + e;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      out += ch;
      // A `]` right after `[` or `[^` is a literal member; escaped, because JavaScript (the
      // regexp function of SQLite) reads `[]` as an empty class.
      if (pattern[i + 1] === "^") {
        out += "^";
        i++;
      }
      if (pattern[i + 1] === "]") {
        out += "\\]";
        i++;
      }
      continue;
    }
    out += ch === "." ? "[^\n]" : ch === "$" ? endOfText : ch;
  }
  return out;
}

/**
 * Makes a pattern match an ASCII-lower-cased value ASCII-case-insensitively (apply after
 * portableRegex), with the JavaScript backend's rule (compiler/js/regex.ts): outside
 * classes ASCII letters are lowered (escapes like `\D` stay); inside a class every member
 * stays as written and the lower case of each upper-case ASCII letter it covers is added
 * (`[Z-a]` → `[Z-az]`, `[A-c]` → `[A-ca-z]`), since lowering a range's ends would change
 * or invalidate it. A literal `-` in a class is escaped so the additions cannot form a range.
 */
export function lowerRegexPattern(p: string): string {
  const cs = Array.from(p); // by code point
  let out = "";
  let i = 0;
  const lowerOf = (cp: number) => String.fromCharCode(cp + 32);
  while (i < cs.length) {
    const ch = cs[i]!;
    if (ch === "\\" && i + 1 < cs.length) {
      out += ch + cs[i + 1];
      i += 2;
      continue;
    }
    if (ch !== "[") {
      out += asciiLower(ch);
      i++;
      continue;
    }
    let j = i + 1;
    let body = "[";
    if (cs[j] === "^") {
      body += "^";
      j++;
    }
    let extra = "";
    /** One class member (a character or an escape); `cp` for single characters. */
    const atom = (): { src: string; cp?: number } => {
      const c = cs[j]!;
      if (c === "\\" && j + 1 < cs.length) {
        const e = cs[j + 1]!;
        j += 2;
        return /^[A-Za-z0-9]$/.test(e) ? { src: c + e } : { src: c + e, cp: e.codePointAt(0)! };
      }
      j++;
      return { src: c === "-" ? "\\-" : c, cp: c.codePointAt(0)! };
    };
    let first = true;
    while (j < cs.length && (cs[j] !== "]" || first)) {
      first = false;
      const lo = atom();
      if (lo.cp !== undefined && cs[j] === "-" && j + 1 < cs.length && cs[j + 1] !== "]") {
        j++;
        const hi = atom();
        body += `${lo.src === "\\-" ? "-" : lo.src}-${hi.src === "\\-" ? "-" : hi.src}`;
        if (hi.cp !== undefined) {
          const a = Math.max(lo.cp, 65);
          const b = Math.min(hi.cp, 90);
          if (a <= b) extra += a === b ? lowerOf(a) : `${lowerOf(a)}-${lowerOf(b)}`;
        }
      } else {
        body += lo.src;
        if (lo.cp !== undefined && lo.cp >= 65 && lo.cp <= 90) extra += lowerOf(lo.cp);
      }
    }
    out += body + extra;
    if (j < cs.length) out += "]";
    i = j + 1;
  }
  return out;
}
