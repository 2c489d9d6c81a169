/**
 * Regexes that backtracking engines run in super-linear time on some texts: JavaScript's
 * RegExp (the JS predicates, and SQLite's `regexp` function in compiler/engines/sqlite.ts)
 * and MariaDB's PCRE, which gives up at its match limit and answers "no match" (a wrong
 * member list). PostgreSQL, DuckDB and BigQuery run such patterns in linear time.
 *
 * The pattern is read as the JS backend compiles it (compiler/js/regex.ts) and analysed by
 * scslre (the analysis behind eslint-plugin-regexp's no-super-linear-backtracking), which
 * proves exponential backtracking with an attack text. scslre does not see a repeated
 * alternation where one alternative begins another (`(a|aa)+`), which is read here too.
 * Polynomial cases are not reported: they include the usual e-mail check.
 */
import { RegExpParser, visitRegExpAST, type AST } from "@eslint-community/regexpp";
import { analyse } from "scslre";
import { translateRegex } from "../js/regex.ts";

export interface BacktrackingRisk {
  /** Proven exponential (an error): a text of a few dozen characters takes minutes. */
  exponential: boolean;
  /** What makes it slow, for the message. */
  reason: string;
}

const parser = new RegExpParser({ ecmaVersion: 2024 });

/** The analysis time grows steeply with nesting (0.2 s at 20 groups, 20 s at 50) and length (`.*x` 150 times: 1 s). */
const MAX_ANALYSED_DEPTH = 10;
const MAX_ANALYSED_LENGTH = 256;

function groupDepth(pattern: AST.Pattern): number {
  let depth = 0;
  let deepest = 0;
  visitRegExpAST(pattern, {
    onGroupEnter: () => void (deepest = Math.max(deepest, ++depth)),
    onGroupLeave: () => void depth--,
    onCapturingGroupEnter: () => void (deepest = Math.max(deepest, ++depth)),
    onCapturingGroupLeave: () => void depth--,
  });
  return deepest;
}

/**
 * Results by pattern: the language server checks the project on every edit, and one
 * analysis takes up to 0.1 s. Bounded; the oldest entry goes first.
 */
const analysed = new Map<string, BacktrackingRisk | undefined>();
const MAX_ANALYSED = 2000;

/** The risk of `pattern` (a portable regex, already checked) on backtracking engines, if any. */
export function backtrackingRisk(pattern: string, ci: boolean): BacktrackingRisk | undefined {
  const key = `${ci ? "i" : "s"}${pattern}`;
  if (analysed.has(key)) return analysed.get(key);
  const risk = assess(pattern, ci);
  if (analysed.size >= MAX_ANALYSED) analysed.delete(analysed.keys().next().value!);
  analysed.set(key, risk);
  return risk;
}

function assess(pattern: string, ci: boolean): BacktrackingRisk | undefined {
  const source = translateRegex(pattern, ci);
  let parsed: { pattern: AST.Pattern; flags: AST.Flags };
  try {
    parsed = { pattern: parser.parsePattern(source, 0, source.length, { unicode: true }), flags: parser.parseFlags("u") };
  } catch {
    return undefined; // the checker's own syntax check reports invalid patterns
  }
  if (source.length > MAX_ANALYSED_LENGTH || groupDepth(parsed.pattern) > MAX_ANALYSED_DEPTH)
    return { exponential: false, reason: `a pattern longer than ${MAX_ANALYSED_LENGTH} characters or with groups nested more than ${MAX_ANALYSED_DEPTH} deep is not analysed for backtracking, which could be exponential` };
  // Only exponential proofs: the polynomial ones (`^[^@]+@[^@]+\.[^@]+$`, the usual e-mail
  // check, is quadratic) would flag ordinary patterns, and the unanchored search's own
  // retrying (`Move`) is every engine's quadratic worst case.
  const exponential = analyse(withLongRepetitionsUnbounded(source, parsed), { maxReports: 4 }).reports.find((r) => r.exponential);
  if (exponential)
    return {
      exponential: true,
      reason: `a repetition inside a repetition can match the same text in exponentially many ways (a text that repeats ${JSON.stringify(exponential.character.pick)} many times and then does not match)`,
    };
  if (repeatsPrefixAlternatives(parsed))
    return { exponential: false, reason: "a repeated group has an alternative that begins with another one (`(a|aa)+`), so a text can be matched in exponentially many ways" };
  return undefined;
}

/** A bounded repetition allowing this many or more: backtracks as an unbounded one on texts of ordinary length. */
const LONG_REPETITION = 10;

/**
 * The pattern with every `{m,n}` of n >= LONG_REPETITION read as `{m,}`, for scslre, which
 * proves exponential backtracking for unbounded repetitions only: `^((a{0,100}){0,100})b$`
 * took JavaScript seconds on 25 characters, as `(a*)*` does, and went unreported.
 */
function withLongRepetitionsUnbounded(source: string, parsed: { pattern: AST.Pattern; flags: AST.Flags }): { pattern: AST.Pattern; flags: AST.Flags } {
  const cuts: { start: number; end: number; text: string }[] = [];
  visitRegExpAST(parsed.pattern, {
    onQuantifierEnter(q) {
      if (q.max === Infinity || q.max < LONG_REPETITION || q.max === q.min) return;
      cuts.push({ start: q.element.end, end: q.end, text: `{${q.min},}` });
    },
  });
  if (cuts.length === 0) return parsed;
  let rewritten = source;
  for (const cut of cuts.sort((a, b) => b.start - a.start)) rewritten = rewritten.slice(0, cut.start) + cut.text + rewritten.slice(cut.end);
  return { pattern: parser.parsePattern(rewritten, 0, rewritten.length, { unicode: true }), flags: parsed.flags };
}

/**
 * Whether a group repeated more than once has two alternatives of plain characters, one
 * the beginning of the other (`(a|aa)+`, `(ab|abab)*`): scslre does not see these, and
 * every split of a run between them is a path to backtrack. Alternatives that differ
 * early (`(ab|ac)*`, `(com|org)+`) match one way only.
 */
function repeatsPrefixAlternatives(parsed: { pattern: AST.Pattern; flags: AST.Flags }): boolean {
  let found = false;
  visitRegExpAST(parsed.pattern, {
    onQuantifierEnter(q) {
      if (found || q.max <= 1) return;
      const group = q.element;
      if ((group.type !== "Group" && group.type !== "CapturingGroup") || group.alternatives.length < 2) return;
      const plain = group.alternatives.flatMap((a) => (a.elements.every((e) => e.type === "Character") ? [a.raw] : []));
      found = plain.some((a, i) => plain.some((b, j) => i !== j && b.startsWith(a)));
    },
  });
  return found;
}
