/**
 * The two checks of a hand-computed SQL corpus on one engine (inside `describeEngines`):
 * every segment in the membership query, and each segment's own SELECT, give the expected
 * members (sorted by key). Failures print the SQL.
 */
import { expect, test } from "vitest";
import type { Engine } from "../../compiler/engines/index.ts";
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
