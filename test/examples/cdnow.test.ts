/**
 * examples/cdnow on the real CDNOW data set: the loader's row counts, the segments on SQLite,
 * DuckDB and the JavaScript backend (identical members), and a few sizes recomputed here
 * straight from the parsed file. Skips visibly when ../shared/data holds no CDNOW file.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkProject, loadProject, type IRProject } from "../../compiler/index.ts";
import { openEngine, type Engine } from "../../compiler/engines/index.ts";
import { runMembership, type RunResult } from "../../compiler/sql/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { dayToIso, defaultDataPath, loadCdnow, readCdnow, type Purchase } from "../../examples/cdnow/cdnow.ts";

const asOf = "1998-07-01T00:00:00.000Z";
const hasData = existsSync(defaultDataPath);
const title = hasData
  ? "examples/cdnow on the CDNOW data"
  : `examples/cdnow on the CDNOW data (skipped: no data file at ${path.relative(process.cwd(), defaultDataPath)})`;

describe.skipIf(!hasData)(title, () => {
  let ir: IRProject;
  let purchases: Purchase[];
  const engines: Engine[] = [];
  const counts: { customers: number; purchases: number }[] = [];
  const results: Record<string, RunResult> = {};
  let jsMembers: Record<string, number[]> = {};

  beforeAll(async () => {
    const { files } = await loadProject(["examples/cdnow"]);
    const checked = checkProject(files);
    expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    ir = checked.ir;
    purchases = readCdnow(defaultDataPath);
    for (const target of [":memory:", "duckdb::memory:"]) {
      const engine = await openEngine(target);
      engines.push(engine);
      counts.push(await loadCdnow(engine, purchases));
      results[engine.name] = await runMembership(engine, ir, { asOf });
    }
    const compiled = compileJs(ir, { entity: "customer" });
    jsMembers = Object.fromEntries(compiled.segmentNames.map((n) => [n, [] as number[]]));
    for await (const record of loadEntitiesFromEngine(engines[0]!, ir, "customer")) {
      for (const name of compiled.members(record, { asOf })) jsMembers[name]!.push(record.key as number);
    }
  }, 60_000);

  afterAll(async () => {
    for (const e of engines) await e.close();
  });

  test("the loader writes every purchase and every customer (README figures)", () => {
    expect(purchases.length).toBe(69_659);
    for (const c of counts) expect(c).toEqual({ customers: 23_570, purchases: 69_659 });
  });

  test("SQLite, DuckDB and JavaScript agree on every segment", () => {
    const names = ir.segments.map((s) => s.name);
    expect(names.length).toBeGreaterThanOrEqual(8);
    const sorted = (xs: readonly (string | number | bigint)[] | undefined) => [...(xs ?? [])].map(Number).sort((a, b) => a - b);
    for (const name of names) {
      const sqlite = sorted(results["sqlite"]!.segments[name]!.members);
      expect(sorted(results["duckdb"]!.segments[name]!.members), `${name}: duckdb vs sqlite`).toEqual(sqlite);
      expect(sorted(jsMembers[name]), `${name}: js vs sqlite`).toEqual(sqlite);
    }
    // the segments are not trivial on this data
    for (const name of names) {
      const size = results["sqlite"]!.segments[name]!.size;
      expect(size, name).toBeGreaterThan(0);
      expect(size, name).toBeLessThan(23_570);
    }
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
    const size = (name: string) => results["sqlite"]!.segments[name]!.size;
    expect(size("one_time_buyers")).toBe([...days.values()].filter((d) => d.size === 1).length);
    expect(size("repeat_buyers")).toBe([...days.values()].filter((d) => d.size >= 2).length);
    expect(size("big_spenders")).toBe([...total.values()].filter((v) => v >= 100).length);
    expect(size("recent_buyers")).toBe(recent.size);
    expect(size("bulk_buyers")).toBe(bulk.size);
  });
});
