/**
 * The differential suite must catch a broken backend: here one engine gets a deliberately
 * wrong IR (in memory, nothing on disk changes) and the harness, with the suite's own
 * generator and seed, must report a disagreement within the CI budget of datasets.
 *
 * JavaScript and SQLite only: both in-process, so this test needs no server, and any
 * engine pair shows the harness at work.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import type { IRCmpOp, IRTimeRef, IRWindow } from "../../compiler/ir.ts";
import { mapProject, mapWindows } from "../helpers/differential/generate.ts";
import { openHarness, type Harness } from "../helpers/differential/harness.ts";
import { runDifferential } from "../helpers/differential/property.ts";

/**
 * The suite's CI budget (differential.test.ts). Detection is what is tested here, so the
 * failing case is reported as found, without shrinking (about a thousand more evaluations).
 */
const BUDGET = { runs: 40, seed: 20250611, segmentsPerRun: 30, shrink: false };

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness(["js", "sqlite"]);
});
afterAll(async () => {
  await harness?.close();
});

/** `in last D` made inclusive at its lower bound: `t > asOf - D` becomes `t > asOf - D - 1 ms`. */
function inclusiveLowerBound(w: IRWindow): IRWindow {
  const shift = (r: IRTimeRef): IRTimeRef => (r.k === "asOf" ? { k: "asOf", offsetMs: r.offsetMs - 1 } : r);
  return w.after && w.until ? { ...w, after: shift(w.after) } : w;
}

test("a window boundary off by one millisecond on one engine is caught", async () => {
  const result = await runDifferential(harness, { ...BUDGET, transforms: { sqlite: (ir) => mapWindows(ir, inclusiveLowerBound) } });
  expect(result.failed, "the mutated engine was not caught").toBe(true);
  expect(result.report).toMatch(/member on \[(js|sqlite)\], not on \[(js|sqlite)\]/);
  // the report shows the segment and the window that differs
  expect(result.report).toContain("SEGMENT ");
  expect(result.report).toMatch(/t > asOf - \d+(h|d)/);
  console.info(`mutation (window bound) caught after ${result.runs} evaluations:\n${result.report.split("\n").slice(0, 12).join("\n")}`);
}, 300_000);

test("a flipped comparison (< as <=) on one engine is caught", async () => {
  const flip: Partial<Record<IRCmpOp, IRCmpOp>> = { "<": "<=" };
  const result = await runDifferential(harness, {
    ...BUDGET,
    transforms: { js: (ir) => mapProject(ir, (c) => (c.k === "cmp" && flip[c.op] ? { ...c, op: flip[c.op]! } : c)) },
  });
  expect(result.failed, "the mutated engine was not caught").toBe(true);
  expect(result.report).toMatch(/member on \[(js|sqlite)\], not on \[(js|sqlite)\]/);
}, 300_000);

test("the unmutated engines agree on the same budget (the mutation, not the harness, causes the reports)", async () => {
  const result = await runDifferential(harness, { ...BUDGET, runs: 10 });
  expect(result.report).toBe("");
  expect(result.cases).toBeGreaterThan(0);
}, 300_000);
