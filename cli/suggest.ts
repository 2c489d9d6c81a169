/** "did you mean" for names typed on the command line, with the checker's own matcher. */
import { didYouMean } from "../compiler/index.ts";

export interface HintOptions {
  /** List at most this many candidates, then "… and N more". */
  limit?: number;
  /** Wrap listed candidates in backticks (names with spaces or commas). */
  quote?: boolean;
}

/** "did you mean `x`?" when a candidate is close to `name`, else "known: a, b, c". */
export function nameHint(name: string, candidates: readonly string[], options: HintOptions = {}): string {
  const suggestion = didYouMean(name, candidates);
  if (suggestion) return `did you mean \`${suggestion}\`?`;
  if (candidates.length === 0) return "known: (none)";
  const limit = options.limit ?? candidates.length;
  const shown = candidates.slice(0, limit).map((c) => (options.quote ? `\`${c}\`` : c));
  const more = candidates.length > limit ? ` … and ${candidates.length - limit} more` : "";
  return `known: ${shown.join(", ")}${more}`;
}

/** "unknown segment `x`; …", listing at most ten candidates (a project may have hundreds). */
export function unknownName(kind: string, name: string, candidates: readonly string[]): string {
  return `unknown ${kind} \`${name}\`; ${nameHint(name, candidates, { limit: 10 })}`;
}
