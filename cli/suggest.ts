/** "did you mean" for names typed on the command line, with the checker's own matcher. */
import { didYouMean } from "../compiler/index.ts";

export function unknownName(kind: string, name: string, candidates: readonly string[]): string {
  const suggestion = didYouMean(name, candidates);
  return suggestion
    ? `unknown ${kind} \`${name}\`; did you mean \`${suggestion}\`?`
    : `unknown ${kind} \`${name}\`; known: ${candidates.join(", ") || "(none)"}`;
}
