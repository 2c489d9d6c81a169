/**
 * The checks of a hand-computed SQL corpus on one engine (inside `describeEngines`):
 * every segment in the membership query, and each segment's own SELECT, give the expected
 * members (sorted by key). Failures print the SQL.
 */
import { expect, test } from "vitest";
import type { Engine, MemberKey } from "../../compiler/engines/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import type { IRProject } from "../../compiler/ir.ts";
import { compileMembership, compileSegmentQuery, getDialect, runMembership } from "../../compiler/sql/index.ts";

export function membershipTests(get: () => Engine, ir: IRProject, expected: Record<string, string[]>, asOf: string): void {
  test("membership query", async () => {
    const engine = get();
    const run = await runMembership(engine, ir, { asOf });
    const q = compileMembership(ir, getDialect(engine.name), { asOf, resolveTable: (t) => engine.resolveTable(t) });
    for (const [name, members] of Object.entries(expected)) {
      expect(run.segments[name]?.members, `${name}\n${q.sql}`).toEqual(members);
    }
  });

  test("one query per segment", async () => {
    const engine = get();
    for (const [name, members] of Object.entries(expected)) {
      const q = compileSegmentQuery(ir, name, getDialect(engine.name), { asOf, resolveTable: (t) => engine.resolveTable(t) });
      const rows = await engine.query(q.sql, q.parameters);
      expect(rows.map((r) => r.id), `${name}\n${q.sql}`).toEqual(members);
    }
  });
}

/**
 * The two checks of a table of hand-computed cases (one entity per case) on one engine:
 * the SQL backend's membership and the JS backend over the records the loader reads give
 * exactly `expected`. A failure names the first segment that differs and each case in it
 * that differs (`describeCase` of its key).
 */
export function readingTests(
  get: () => Engine,
  ir: IRProject,
  entity: string,
  expected: Record<string, string[]>,
  asOf: string,
  describeCase: (key: string) => string,
): void {
  const firstDifference = (actual: Record<string, MemberKey[]>): string => {
    for (const [segment, members] of Object.entries(expected)) {
      const got = new Set(actual[segment]!.map(String));
      const want = new Set(members);
      const wrong = [...new Set([...got, ...want])].filter((k) => got.has(k) !== want.has(k)).sort();
      if (wrong.length > 0) {
        return `${segment}: ${wrong.map((k) => `${k} ${describeCase(k)} (${got.has(k) ? "member" : "not a member"})`).join("; ")}`;
      }
    }
    return "";
  };

  test("the SQL backend reads them by the rule", async () => {
    const run = await runMembership(get(), ir, { asOf });
    expect(firstDifference(Object.fromEntries(Object.entries(run.segments).map(([name, r]) => [name, r.members!])))).toBe("");
  });

  test("the JS backend over the loaded records reads them alike", async () => {
    const js = compileJs(ir, { entity });
    const actual: Record<string, MemberKey[]> = Object.fromEntries(Object.keys(expected).map((n) => [n, []]));
    for await (const record of loadEntitiesFromEngine(get(), ir, entity)) {
      for (const name of js.members(record, { asOf })) actual[name]!.push(record.key as MemberKey);
    }
    expect(firstDifference(actual)).toBe("");
  });
}
