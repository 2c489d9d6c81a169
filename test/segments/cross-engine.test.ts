/**
 * The example library on generated data: every segment gives the same members on every
 * engine (SQL backend) and in JavaScript. Failures print the segment and a few keys that
 * differ.
 */
import { describe, expect, test } from "vitest";
import { generateData, loadData } from "../../compiler/datagen/index.ts";
import { normalizeValue, type Engine } from "../../compiler/engines/index.ts";
import { checkProject, loadProject } from "../../compiler/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { compileMembership, withAsOf } from "../../compiler/sql/compile.ts";
import { getDialect } from "../../compiler/sql/registry.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";

const { files } = await loadProject(["segments"]);
const { ir } = checkProject(files);
const asOf = new Date("2025-06-01T12:00:00.000Z");
const data = generateData(ir, { users: 300, seed: 20250601, asOf });
const segmentNames = ir.segments.filter((s) => s.entity === "user").map((s) => s.name);

/** Members per segment, keys sorted. */
type Members = Record<string, string[]>;

async function sqlMembers(engine: Engine): Promise<Members> {
  const q = withAsOf(compileMembership(ir, getDialect(engine.name), { entity: "user", resolveTable: (t) => engine.resolveTable(t) }), asOf.toISOString());
  const rows = await engine.query(q.sql, q.parameters);
  const out: Members = Object.fromEntries(segmentNames.map((n) => [n, [] as string[]]));
  for (const r of rows) {
    for (const n of segmentNames) if (normalizeValue(r[n], "boolean") === true) out[n]!.push(String(r.id));
  }
  for (const n of segmentNames) out[n]!.sort();
  return out;
}

async function jsMembers(engine: Engine): Promise<Members> {
  const compiled = compileJs(ir, { entity: "user" });
  const out: Members = Object.fromEntries(segmentNames.map((n) => [n, [] as string[]]));
  for await (const record of loadEntitiesFromEngine(engine, ir, "user")) {
    for (const n of compiled.members(record, { asOf })) out[n]!.push(String(record.key));
  }
  for (const n of segmentNames) out[n]!.sort();
  return out;
}

function diff(a: Members, b: Members): string[] {
  const problems: string[] = [];
  for (const n of segmentNames) {
    const sa = new Set(a[n]);
    const sb = new Set(b[n]);
    const onlyA = [...sa].filter((k) => !sb.has(k));
    const onlyB = [...sb].filter((k) => !sa.has(k));
    if (onlyA.length || onlyB.length) {
      problems.push(`${n}: only in first ${onlyA.slice(0, 5).join(",")} (${onlyA.length}); only in second ${onlyB.slice(0, 5).join(",")} (${onlyB.length})`);
    }
  }
  return problems;
}

let reference: Members | undefined;

const fixtures = await testEngines();
describe("example library", () => {
  test("JavaScript reference membership (from SQLite-loaded data)", async () => {
    const e = await fixtures[0]!.open();
    try {
      await loadData(e, ir, data);
      reference = await jsMembers(e);
    } finally {
      await e.close();
    }
    // The data makes most segments non-trivial: members and non-members.
    const trivial = segmentNames.filter((n) => reference![n]!.length === 0 || reference![n]!.length === 300);
    expect(trivial.length, `empty or full: ${trivial.join(", ")}`).toBeLessThanOrEqual(Math.floor(segmentNames.length / 4));
  });
});

describeEngines("example library, same members as JavaScript", fixtures, (get) => {
  test("every segment", async () => {
    const e = get();
    await loadData(e, ir, data);
    const members = await sqlMembers(e);
    if (!reference) throw new Error("JavaScript reference missing");
    expect(diff(reference, members)).toEqual([]);
  });
});
