/**
 * Regex rewriting so every engine reads the portable subset (compiler/check/regex.ts) the
 * same way. Engines disagree on `\w` / `\d` / `\s` (PostgreSQL and MySQL's ICU include
 * non-ASCII letters and digits, RE2 and JavaScript do not) and on `.` (PostgreSQL's matches
 * a newline): the pattern is rewritten with explicit ASCII classes and `.` as "anything but
 * a newline", which every engine reads alike. The JavaScript backend must use the same
 * definitions.
 */

const CLASS_BODY: Record<string, string> = {
  d: "0-9",
  w: "A-Za-z0-9_",
  s: " \t\n\r\f\v",
};

/** Rewrites `\d \w \s` and `.` into explicit classes; other characters are kept. */
export function portableRegex(pattern: string): string {
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
      // A `]` right after `[` or `[^` is a literal member.
      if (pattern[i + 1] === "^") {
        out += "^";
        i++;
      }
      if (pattern[i + 1] === "]") {
        out += "]";
        i++;
      }
      continue;
    }
    out += ch === "." ? "[^\n]" : ch;
  }
  return out;
}

/** Maps ASCII A-Z to a-z. */
export function asciiLowerJs(s: string): string {
  return s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

/**
 * Lower-cases the ASCII letters of a pattern outside escapes (`\D` stays), so matching an
 * ASCII-lower-cased value is ASCII-case-insensitive matching. Apply after portableRegex.
 */
export function lowerRegexPattern(p: string): string {
  let out = "";
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === "\\" && i + 1 < p.length) {
      out += ch + p[i + 1];
      i++;
    } else out += asciiLowerJs(ch);
  }
  return out;
}
