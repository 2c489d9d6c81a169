/**
 * The same segments on every real engine give the members computed by hand (cases.ts).
 * Server engines skip visibly when unreachable (mandatory with CI=true).
 */
import { beforeAll, describe, expect, test } from "vitest";
import { compileMembership, compileSegmentQuery, getDialect, runMembership } from "../../compiler/sql/index.ts";
import type { IRCond } from "../../compiler/ir.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { AS_OF, CASES, casesProject, loadData, REGEX_CASES } from "./cases.ts";
import { and, attr, cmp, lit, or } from "./fixtures.ts";

const fixtures = await testEngines();
const ir = casesProject(CASES);
const regexIr = casesProject(REGEX_CASES);

// 3,000-term junctions: stated flat, SQLite refuses them (expression trees deeper than 1,000).
const ages = Array.from({ length: 3000 }, (_, i) => 1000 + i);
const age = attr("age", "number");
const LONG_JUNCTIONS: [string, IRCond, string[]][] = [
  ["long_or", or(...ages.map((a) => cmp("==", age, lit(a))), cmp("==", age, lit(35))), ["u1"]],
  ["long_and", and(...ages.map((a) => cmp("!=", age, lit(a)))), ["u1", "u3", "u4", "u5"]],
];
const longIr = casesProject(LONG_JUNCTIONS);

describeEngines("membership matches hand-computed members", fixtures, (get) => {
  beforeAll(async () => {
    await loadData(get());
  });

  test("every segment in one membership query", async () => {
    const engine = get();
    const result = await runMembership(engine, ir, { asOf: AS_OF });
    const q = compileMembership(ir, getDialect(engine.name), { asOf: AS_OF, resolveTable: (t) => engine.resolveTable(t) });
    for (const [name, , expected] of CASES) {
      expect(result.segments[name]?.members, `segment ${name}\n${q.sql}`).toEqual(expected);
    }
  });

  test.each(CASES.map((c) => [c[0], c[2]] as const))("select of %s alone", async (name, expected) => {
    const engine = get();
    const q = compileSegmentQuery(ir, name, getDialect(engine.name), { asOf: AS_OF, resolveTable: (t) => engine.resolveTable(t) });
    let rows: Record<string, unknown>[];
    try {
      rows = await engine.query(q.sql, q.parameters);
    } catch (e) {
      throw new Error(`${(e as Error).message}\n${q.sql}`);
    }
    expect(rows.map((r) => r.id), q.sql).toEqual(expected);
  });

  test("regular expressions (portable subset)", async (ctx) => {
    const engine = get();
    if (engine.name === "sqlite") {
      const ok = await engine.query("SELECT 'a' REGEXP 'a' AS x").then(
        () => true,
        () => false,
      );
      if (!ok) ctx.skip("SQLite engine registers no regexp() function");
    }
    const result = await runMembership(engine, regexIr, { asOf: AS_OF });
    for (const [name, , expected] of REGEX_CASES) {
      expect(result.segments[name]?.members, name).toEqual(expected);
    }
  });

  test("junctions of 3,000 terms", async () => {
    const result = await runMembership(get(), longIr, { asOf: AS_OF });
    for (const [name, , expected] of LONG_JUNCTIONS) expect(result.segments[name]?.members, name).toEqual(expected);
  });

  test("asOf defaults to the engine's current time when the parameter is null", async () => {
    const engine = get();
    const q = compileMembership(ir, getDialect(engine.name), {
      segments: ["recent_login"],
      resolveTable: (t) => engine.resolveTable(t),
    });
    expect(q.parameters[0]).toBeNull();
    const rows = await engine.query(q.sql, q.parameters);
    // Today is long after the fixture's events: nobody logged in during the last 7 days.
    expect(rows.filter((r) => r.recent_login === true || r.recent_login === 1)).toEqual([]);
    expect(rows).toHaveLength(5);
  });
});

describe("engines", () => {
  test("fixtures list every engine", () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(["duckdb", "mysql", "postgres", "sqlite"]);
  });
});
