/**
 * The portable regular-expression subset (compiler/ir.ts, IRCond "regex"): literals, `.`,
 * classes `[...]` / `[^...]` with ranges, `^`, `$`, `* + ?`, `{m}` `{m,}` `{m,n}`, groups
 * `(...)`, alternation `|`, `\d \w \s` and escaped punctuation. Everything else (lazy
 * quantifiers, look-around, back-references, named groups, `\b`, flags) is rejected because
 * some engine interprets it differently or not at all.
 */

export interface RegexProblem {
  /** Offset in the pattern (decoded string). */
  offset: number;
  message: string;
}

const PUNCT = new Set("\\^$.|?*+()[]{}/-\"'#&~!@%=:;,<>`".split(""));

/** PostgreSQL's largest repetition count (`{256}` is "invalid repetition count(s)"). */
const MAX_REPETITION = 255;
/** RE2's (DuckDB's) largest product of nested repetition counts (`({0,100}){0,100}` is "invalid repetition size"). */
const MAX_NESTED_REPETITION = 1000;

export function checkPortableRegex(p: string): RegexProblem | undefined {
  let i = 0;
  let depth = 0;
  let canQuantify = false;
  // For RE2's limit: per open group, the largest product of counts inside it; the product
  // inside the atom a quantifier would repeat (1, or the group just closed).
  const nestedCounts: number[] = [1];
  let atomCounts = 1;
  // Nothing precedes the current position in its alternative (start, `(`, `|`, `^` before).
  let alternativeStart = true;
  const n = p.length;
  while (i < n) {
    const c = p[i]!;
    const atStart = alternativeStart;
    alternativeStart = c === "(" || c === "|" || c === "^";
    if (c === "\\") {
      const e = p[i + 1];
      if (e === undefined) return { offset: i, message: "the pattern ends with a lone `\\`" };
      if (e === "d" || e === "w" || e === "s" || PUNCT.has(e)) {
        i += 2;
        canQuantify = true;
        atomCounts = 1;
        continue;
      }
      return {
        offset: i,
        message: `\`\\${e}\` is not in the portable regex subset (only \\d \\w \\s and escaped punctuation)`,
      };
    }
    if (c === "[") {
      let j = i + 1;
      if (p[j] === "^") j++;
      if (p[j] === "]") j++; // a literal ] first
      while (j < n && p[j] !== "]") {
        if (p[j] === "\\") {
          const e = p[j + 1];
          if (e === undefined) return { offset: j, message: "the pattern ends with a lone `\\`" };
          if (!(e === "d" || e === "w" || e === "s" || PUNCT.has(e)))
            return { offset: j, message: `\`\\${e}\` is not in the portable regex subset` };
          j += 2;
          continue;
        }
        if (p[j] === "[" && (p[j + 1] === ":" || p[j + 1] === "=" || p[j + 1] === "."))
          return { offset: j, message: "POSIX character classes like `[:alpha:]` are not portable" };
        j++;
      }
      if (j >= n) return { offset: i, message: "unclosed character class `[`" };
      i = j + 1;
      canQuantify = true;
      atomCounts = 1;
      continue;
    }
    if (c === "(") {
      if (p[i + 1] === "?")
        return { offset: i, message: "`(?...)` groups (look-around, named, non-capturing) are not portable" };
      depth++;
      nestedCounts.push(1);
      i++;
      canQuantify = false;
      continue;
    }
    if (c === ")") {
      if (depth === 0) return { offset: i, message: "unmatched `)`" };
      depth--;
      atomCounts = nestedCounts.pop()!;
      const enclosing = nestedCounts.length - 1;
      nestedCounts[enclosing] = Math.max(nestedCounts[enclosing]!, atomCounts);
      i++;
      canQuantify = true;
      continue;
    }
    if (c === "*" || c === "+" || c === "?" || c === "{") {
      if (!canQuantify) return { offset: i, message: `\`${c}\` has nothing to repeat` };
      if (c === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
        if (!m) return { offset: i, message: "a `{` must be a repetition `{m}`, `{m,}` or `{m,n}` (escape it as `\\{`)" };
        if (m[3] && Number(m[3]) < Number(m[1])) return { offset: i, message: "repetition `{m,n}` needs m <= n" };
        const count = Math.max(Number(m[1]), Number(m[3] || 0));
        if (count > MAX_REPETITION) {
          return { offset: i, message: `PostgreSQL refuses a repetition count above ${MAX_REPETITION}: nest two, as \`(x{128}){2}\` for \`x{256}\`` };
        }
        const nested = count * atomCounts;
        if (nested > MAX_NESTED_REPETITION) {
          return { offset: i, message: `nested repetitions allow ${nested} repeats, and DuckDB (RE2) refuses more than ${MAX_NESTED_REPETITION}: use \`+\` or \`*\` where any number will do` };
        }
        const enclosing = nestedCounts.length - 1;
        nestedCounts[enclosing] = Math.max(nestedCounts[enclosing]!, nested);
        i += m[0].length;
      } else i++;
      const next = p[i];
      if (next === "?" || next === "+")
        return { offset: i, message: "lazy and possessive quantifiers are not portable" };
      if (next === "*" || next === "{") return { offset: i, message: "a quantifier cannot follow another" };
      canQuantify = false;
      continue;
    }
    if (c === "|") {
      i++;
      canQuantify = false;
      continue;
    }
    // An anchor inside an alternative never matches (and DuckDB's optimizer drops it: `$a`
    // matched "abc"): it is almost always a literal `$` or `^` meant, as in "costs $5".
    if (c === "^" && !atStart) {
      return { offset: i, message: "`^` matches only at the start of the text, and something precedes it here: escape a literal `^` as `\\^`" };
    }
    if (c === "$" && !atAlternativeEnd(p, i)) {
      return { offset: i, message: "`$` matches only at the end of the text, and something follows it here: escape a literal `$` as `\\$`" };
    }
    if (c === "^" || c === "$") {
      i++;
      canQuantify = false;
      continue;
    }
    if (c === "]" || c === "}") {
      return { offset: i, message: `escape a literal \`${c}\` as \`\\${c}\`` };
    }
    i++;
    canQuantify = true;
    atomCounts = 1;
  }
  if (depth > 0) return { offset: p.lastIndexOf("("), message: "unclosed group `(`" };
  try {
    new RegExp(p);
  } catch (e) {
    return { offset: 0, message: `invalid regular expression: ${(e as Error).message}` };
  }
  return undefined;
}

/** Whether nothing follows offset `i` in its alternative (end, before `)`, `|` or `$`). */
function atAlternativeEnd(p: string, i: number): boolean {
  const after = p[i + 1];
  return after === undefined || after === ")" || after === "|" || after === "$";
}
