/**
 * The JS backend agrees with the SQL backend: the example library (segments/*.seg, through
 * the checker) over generated data, on every engine (servers skip visibly when unreachable,
 * outside CI). The JS side reads the
 * same tables through loadEntitiesFromEngine, so this also covers the loader.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateData, loadData } from "../../compiler/datagen/index.ts";
import type { Engine } from "../../compiler/engines/index.ts";
import { checkProject } from "../../compiler/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import { testEngines } from "../helpers/engines.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const ASOF = "2024-03-10T00:00:00.000Z";
const USERS = 300;

const files = readdirSync(join(ROOT, "segments"))
  .filter((f) => f.endsWith(".seg"))
  .sort()
  .map((f) => ({ path: `segments/${f}`, text: readFileSync(join(ROOT, "segments", f), "utf8") }));
const { ir, diagnostics } = checkProject(files);

const fixtures = await testEngines();

describe.each(fixtures)("JS = SQL on $name", (fx) => {
  let engine: Engine | undefined;
  beforeAll(async () => {
    if (!fx.available) return;
    engine = await fx.open();
    await loadData(engine, ir, generateData(ir, { users: USERS, seed: 11, asOf: new Date(ASOF) }));
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
  });

  test.skipIf(!fx.available)(`every segment of the example library has the same members${fx.reason ? ` (skipped: ${fx.reason})` : ""}`, async () => {
    if (!engine) throw new Error("engine not open");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const sql = await runMembership(engine, ir, { asOf: ASOF });
    const entities = [...new Set(ir.segments.map((s) => s.entity))];
    const js: Record<string, string[]> = {};
    for (const entity of entities) {
      const c = compileJs(ir, { entity });
      for (const n of c.segmentNames) js[n] = [];
      for await (const r of loadEntitiesFromEngine(engine, ir, entity)) {
        for (const m of c.members(r, { asOf: ASOF })) js[m]!.push(String(r.key));
      }
    }
    const sqlMembers = Object.fromEntries(
      ir.segments.map((s) => [s.name, (sql.segments[s.name]?.members ?? []).map(String).sort()]),
    );
    for (const n of Object.keys(js)) js[n]!.sort();
    expect(js).toEqual(sqlMembers);
    // the comparison means something: most segments are neither empty nor everyone
    const informative = ir.segments.filter((s) => js[s.name]!.length > 0 && js[s.name]!.length < USERS);
    expect(informative.length).toBeGreaterThan(ir.segments.length * 0.7);
  }, 120_000);
});
