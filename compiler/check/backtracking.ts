/**
 * Regexes that backtracking engines run in super-linear time on some texts: JavaScript's
 * RegExp (the JS predicates, and SQLite's `regexp` function in compiler/engines/sqlite.ts)
 * and MariaDB's PCRE, which gives up at its match limit and answers "no match" (a wrong
 * member list). PostgreSQL, DuckDB and BigQuery run such patterns in linear time.
 *
 * The pattern is read as the JS backend compiles it (compiler/js/regex.ts) and analysed by
 * scslre (the analysis behind eslint-plugin-regexp's no-super-linear-backtracking), which
 * proves exponential backtracking with an attack text. scslre does not see a repeated
 * alternation whose alternatives can start alike (`(a|aa)+`), which is read here too.
 */
import { RegExpParser, visitRegExpAST, type AST } from "@eslint-community/regexpp";
import { getFirstConsumedChar } from "regexp-ast-analysis";
import { analyse } from "scslre";
import { translateRegex } from "../js/regex.ts";

export interface BacktrackingRisk {
  /** Proven exponential (an error): a text of a few dozen characters takes minutes. */
  exponential: boolean;
  /** What makes it slow, for the message. */
  reason: string;
}

const parser = new RegExpParser({ ecmaVersion: 2024 });

/** The analysis time grows steeply with nesting (0.2 s at 20 groups, 20 s at 50). */
const MAX_ANALYSED_DEPTH = 10;

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

/** The risk of `pattern` (a portable regex, already checked) on backtracking engines, if any. */
export function backtrackingRisk(pattern: string, ci: boolean): BacktrackingRisk | undefined {
  const source = translateRegex(pattern, ci);
  let parsed: { pattern: AST.Pattern; flags: AST.Flags };
  try {
    parsed = { pattern: parser.parsePattern(source, 0, source.length, { unicode: true }), flags: parser.parseFlags("u") };
  } catch {
    return undefined; // the checker's own syntax check reports invalid patterns
  }
  if (groupDepth(parsed.pattern) > MAX_ANALYSED_DEPTH)
    return { exponential: false, reason: `groups nested more than ${MAX_ANALYSED_DEPTH} deep are not analysed for backtracking, which could be exponential` };
  // `Move` reports are the unanchored search retrying at every position: every engine's
  // quadratic worst case, not a property of the pattern
  const reports = analyse(parsed, { maxReports: 4 }).reports.filter((r) => r.type !== "Move");
  const attack = (pick: string): string => `a text that repeats ${JSON.stringify(pick)} many times and then does not match`;
  const exponential = reports.find((r) => r.exponential);
  if (exponential) return { exponential: true, reason: `a repetition inside a repetition can match the same text in exponentially many ways (${attack(exponential.character.pick)})` };
  if (repeatsOverlappingAlternatives(parsed))
    return { exponential: false, reason: "a repeated group has alternatives that can start with the same character, so a text can be matched in exponentially many ways" };
  const polynomial = reports[0];
  if (polynomial) return { exponential: false, reason: `two repetitions can match the same characters, so the time grows with a power of the text's length (${attack(polynomial.character.pick)})` };
  return undefined;
}

/** Whether a group repeated more than once has alternatives that can start alike. */
function repeatsOverlappingAlternatives(parsed: { pattern: AST.Pattern; flags: AST.Flags }): boolean {
  let found = false;
  visitRegExpAST(parsed.pattern, {
    onQuantifierEnter(q) {
      if (found || q.max <= 1) return;
      const group = q.element;
      if ((group.type !== "Group" && group.type !== "CapturingGroup") || group.alternatives.length < 2) return;
      const firsts = group.alternatives.map((a) => getFirstConsumedChar(a, "ltr", parsed.flags).char);
      found = firsts.some((a, i) => firsts.some((b, j) => j > i && !a.isDisjointWith(b)));
    },
  });
  return found;
}
