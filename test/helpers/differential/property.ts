/**
 * The differential property: random cases (caseArb) through the harness, with fast-check
 * shrinking; a failure throws one readable report (the shrunk case, what each engine said,
 * the SQL). Shared by the suite, `npm run fuzz` and the mutation test.
 */
import fc from "fast-check";
import { caseArb, type DiffCase } from "./generate.ts";
import type { CaseOutcome, Harness, IrTransforms } from "./harness.ts";

export interface DiffRunOptions {
  runs: number;
  seed: number;
  /** Segments per generated dataset. */
  segmentsPerRun: number;
  transforms?: IrTransforms;
  /** Replays one case: the `path` printed in a failure report (with the same seed). */
  path?: string;
  /**
   * Shrink a failing case to a small one before reporting (default true). Off where only
   * detection matters: shrinking can take a thousand more evaluations.
   */
  shrink?: boolean;
}

export interface DiffRunResult {
  /** Datasets evaluated (including shrinking re-runs). */
  runs: number;
  /** (dataset, segment) pairs evaluated on every engine before the first failure / the end. */
  cases: number;
  /** (segment, record) membership answers compared. */
  pairs: number;
  failed: boolean;
  /** The report of the failing case (shrunk unless `shrink: false`). */
  report: string;
  counterexample?: DiffCase;
  seed: number;
}

export async function runDifferential(harness: Harness, options: DiffRunOptions): Promise<DiffRunResult> {
  let runs = 0;
  let cases = 0;
  let pairs = 0;
  let failing = false;
  const property = fc.asyncProperty(caseArb({ segments: options.segmentsPerRun }), async (c) => {
    const o: CaseOutcome = await harness.run(c, options.transforms);
    runs++;
    if (!failing) {
      // count only the search phase; shrinking re-evaluates smaller variants of one case
      cases += o.segments;
      pairs += o.pairs;
    }
    if (o.errors.length > 0 || o.disagreements.length > 0) {
      failing = true;
      return false;
    }
    return true;
  });
  const details = await fc.check(property, {
    numRuns: options.runs,
    seed: options.seed,
    ...(options.path ? { path: options.path } : {}),
    endOnFailure: options.shrink === false,
  });
  if (!details.failed || !details.counterexample) return { runs, cases, pairs, failed: false, report: "", seed: options.seed };
  const counterexample = details.counterexample[0];
  const again = await harness.run(counterexample, options.transforms);
  const header =
    `Differential disagreement (fast-check seed ${options.seed}, path ${details.counterexamplePath ?? "?"}, ` +
    `${details.numShrinks} shrinks; engines: ${harness.engines.join(", ")})`;
  return {
    runs,
    cases,
    pairs,
    failed: true,
    report: `${header}\n${again.report || "(the shrunk case no longer fails when re-run: flaky engine?)"}`,
    counterexample,
    seed: options.seed,
  };
}
