/**
 * examples/cdnow on the real CDNOW data set: the loader's row counts, the segments on SQLite,
 * DuckDB and the JavaScript backend (identical members), and a few sizes recomputed here
 * straight from the parsed file. Skips visibly when the data directory (examples/data-dir.ts) holds no CDNOW file.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dayToIso, defaultDataPath, loadCdnow, readCdnow, type Purchase } from "../../examples/cdnow/cdnow.ts";
import { expectAgreement, runExample, type ExampleRun } from "../helpers/examples.ts";

const asOf = "1998-07-01T00:00:00.000Z";
const hasData = existsSync(defaultDataPath);
const title = hasData
  ? "examples/cdnow on the CDNOW data"
  : `examples/cdnow on the CDNOW data (skipped: no data file at ${path.relative(process.cwd(), defaultDataPath)})`;

describe.skipIf(!hasData)(title, () => {
  let purchases: Purchase[];
  let run: ExampleRun<{ customers: number; purchases: number }>;

  beforeAll(async () => {
    purchases = readCdnow(defaultDataPath);
    run = await runExample("examples/cdnow", "customer", asOf, (engine) => loadCdnow(engine, purchases));
  }, 60_000);

  afterAll(async () => {
    await run?.close();
  });

  test("the loader writes every purchase and every customer (README figures)", () => {
    expect(purchases.length).toBe(69_659);
    for (const c of run.counts) expect(c).toEqual({ customers: 23_570, purchases: 69_659 });
  });

  test("SQLite, DuckDB and JavaScript agree on every segment", () => {
    expect(run.ir.segments.length).toBeGreaterThanOrEqual(8);
    expectAgreement(run, 23_570);
  });

  test("sizes recomputed directly from the file", () => {
    const days = new Map<number, Set<string>>();
    const total = new Map<number, number>();
    const recent = new Set<number>();
    const bulk = new Set<number>();
    const cutoff = Date.parse(asOf) - 90 * 86_400_000; // in last 90 days: cutoff < t <= asOf
    for (const p of purchases) {
      if (!days.has(p.customerId)) days.set(p.customerId, new Set());
      days.get(p.customerId)!.add(p.day);
      total.set(p.customerId, (total.get(p.customerId) ?? 0) + p.amount);
      const t = Date.parse(dayToIso(p.day));
      if (t > cutoff && t <= Date.parse(asOf)) recent.add(p.customerId);
      if (p.cds >= 10) bulk.add(p.customerId);
    }
    const size = (name: string) => run.members.sqlite[name]!.length;
    expect(size("one_time_buyers")).toBe([...days.values()].filter((d) => d.size === 1).length);
    expect(size("repeat_buyers")).toBe([...days.values()].filter((d) => d.size >= 2).length);
    expect(size("big_spenders")).toBe([...total.values()].filter((v) => v >= 100).length);
    expect(size("recent_buyers")).toBe(recent.size);
    expect(size("bulk_buyers")).toBe(bulk.size);
  });
});
