/**
 * The differential suite: random schemas, data and well-typed IR segments, evaluated on
 * the JavaScript backend and on the SQL backend over SQLite, DuckDB, PostgreSQL and
 * MariaDB; every (segment, record) must get the same answer everywhere, and no engine may
 * fail. Fixed seed in CI; `npm run fuzz` (FUZZ_RUNS, FUZZ_SEED, FUZZ_SEGMENTS) runs longer.
 * See docs/testing-strategy.md.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openHarness, type Harness } from "../helpers/differential/harness.ts";
import { runDifferential } from "../helpers/differential/property.ts";

/** `npm run fuzz` sets FUZZ_LONG: more datasets and a fresh seed each time (printed, to replay). */
const LONG = Boolean(process.env.FUZZ_LONG);
const RUNS = Number(process.env.FUZZ_RUNS ?? (LONG ? 500 : 40));
const SEED = Number(process.env.FUZZ_SEED ?? (LONG ? Date.now() % 2_147_483_647 : 20250611));
const SEGMENTS = Number(process.env.FUZZ_SEGMENTS ?? 30);
/** What CI must cover: datasets × segments. */
const MIN_CASES = 1000;

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
}, 60_000);
afterAll(async () => {
  await harness?.close();
});

test(
  `every engine agrees on ${RUNS} random datasets × ${SEGMENTS} random segments (seed ${SEED})`,
  async () => {
    // Visible in the output when a server engine is left out (never in CI: opening fails there).
    for (const s of harness.skipped) console.warn(`differential: ${s}`);
    const result = await runDifferential(harness, {
      runs: RUNS,
      seed: SEED,
      segmentsPerRun: SEGMENTS,
      ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
    });
    console.info(
      `differential: ${result.cases} cases (${RUNS} datasets × ≤${SEGMENTS} segments), ${result.pairs} memberships compared on ${harness.engines.join(", ")}`,
    );
    if (result.failed) {
      // the whole report (with the REPRO line) also goes to a file: terminals truncate
      const file = join(tmpdir(), `seg-differential-${SEED}.txt`);
      writeFileSync(file, result.report);
      expect.fail(`${result.report}\n\n(full report: ${file})`);
    }
    expect(harness.engines.length).toBeGreaterThanOrEqual(3);
    if (RUNS * SEGMENTS >= MIN_CASES) expect(result.cases).toBeGreaterThanOrEqual(MIN_CASES);
  },
  Number(process.env.FUZZ_TIMEOUT_MS ?? (LONG ? 3_600_000 : 600_000)),
);
