/**
 * The same segments on every real engine give the members computed by hand (cases.ts).
 * Server engines skip visibly when unreachable (mandatory with CI=true).
 */
import { beforeAll, describe, expect, test } from "vitest";
import { compileMembership, compileSegmentQuery, getDialect, runMembership } from "../../compiler/sql/index.ts";
import type { IRAggregate, IRCond, IRExpr } from "../../compiler/ir.ts";
import { IRMeasurer, MAX_DEPTH, MAX_DIVISOR_NESTING, measureProblem } from "../../compiler/check/limits.ts";
import { MAX_COLUMNS_PER_QUERY, membershipBatches } from "../../compiler/sql/run.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { AS_OF, CASES, casesProject, loadData, REGEX_CASES } from "./cases.ts";
import { and, attr, cmp, gt0, HOUR, inLast, lit, not, or, project, segment } from "./fixtures.ts";

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

// The deepest expressions the checker accepts (compiler/check/limits.ts), each meaning
// `age > 30` (u1 and u3): SQLite and DuckDB refuse trees deeper than 1,000 levels, and
// each IR level may become several in SQL (a division guards its divisor).
const over30 = cmp(">", age, lit(30));
const measurer = new IRMeasurer();
function deepest(start: IRCond, wrap: (c: IRCond) => IRCond): IRCond {
  let c = start;
  while (measurer.declaration(wrap(c), true, []).depth <= MAX_DEPTH) c = wrap(c);
  return c;
}
const plusZero = (c: IRCond): IRCond => {
  const cmpNode = c as Extract<IRCond, { k: "cmp" }>;
  return { ...cmpNode, left: { k: "arith", op: "+", left: cmpNode.left, right: lit(0) } };
};
let divided: IRExpr = age;
for (let i = 0; i < MAX_DIVISOR_NESTING; i++) divided = { k: "arith", op: "/", left: lit(1), right: divided };
const DEEPEST: [string, IRCond][] = [
  ["deep_sum", deepest(over30, plusZero)],
  ["deep_negation", deepest(over30, (c) => {
    const cmpNode = c as Extract<IRCond, { k: "cmp" }>;
    return { ...cmpNode, left: { k: "neg", value: { k: "neg", value: cmpNode.left } } };
  })],
  ["deep_not", deepest(over30, (c) => not(not(c)))],
  ["deep_condition_value", deepest(over30, (c) => cmp("==", { k: "cond", cond: c }, lit(true)))],
  ["deep_and_or", deepest(over30, (c) => (measurer.declaration(c, true, []).depth % 2 ? and(c, cmp(">", age, lit(-1000))) : or(c, cmp("<", age, lit(-1000)))))],
  ["deep_divisors", deepest(cmp(">", divided, lit(30)), plusZero)],
];
const deepIr = casesProject(DEEPEST.map(([name, cond]) => [name, cond, ["u1", "u3"]]));

// 1,700 segments, each with its own aggregate: wider than PostgreSQL's 1,664 columns and
// SQLite's 2,000 in one query. Logins before as_of: u1 at as_of, u2 24 h and u3 168 h earlier.
const WIDE = 1700;
const wideAggregates: IRAggregate[] = Array.from({ length: WIDE }, (_, i) => ({
  id: `logins_${i + 1}h`,
  kind: "events",
  entity: "user",
  fn: "count",
  select: { event: "login", window: inLast((i + 1) * HOUR) },
  type: "number",
}));
const wideIr = project(
  wideAggregates,
  wideAggregates.map((a) => segment(`login_in_${a.id}`, gt0(a.id))),
);
const wideMembers = (hours: number): string[] => (hours <= 24 ? ["u1"] : hours <= 168 ? ["u1", "u2"] : ["u1", "u2", "u3"]);

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

  test("the deepest expressions the checker accepts", async () => {
    for (const [name, cond] of DEEPEST) {
      const m = measurer.declaration(cond, true, []);
      expect([m.depth, m.divisors, measureProblem(m)], name).toEqual([MAX_DEPTH, name === "deep_divisors" ? MAX_DIVISOR_NESTING : 0, undefined]);
    }
    const result = await runMembership(get(), deepIr, { asOf: AS_OF });
    for (const [name] of DEEPEST) expect(result.segments[name]?.members, name).toEqual(["u1", "u3"]);
  });

  test(`${WIDE} segments: several queries, since one would exceed the engine's columns`, async () => {
    const result = await runMembership(get(), wideIr, { asOf: AS_OF });
    for (let h = 1; h <= WIDE; h++) expect(result.segments[`login_in_logins_${h}h`]?.members, `${h} h`).toEqual(wideMembers(h));
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

describe("membershipBatches", () => {
  test("a project of ordinary size is one query", () => {
    expect(membershipBatches(ir, ir.segments.map((s) => s.name))).toEqual([ir.segments.map((s) => s.name)]);
  });

  test("a wide project is cut in IR order, each part within the column budget", () => {
    const names = wideIr.segments.map((s) => s.name);
    const batches = membershipBatches(wideIr, names);
    expect(batches.flat()).toEqual(names);
    // Each segment needs two columns (its flag and its aggregate).
    const per = MAX_COLUMNS_PER_QUERY / 2;
    expect(batches.map((b) => b.length)).toEqual([...Array<number>(Math.floor(WIDE / per)).fill(per), WIDE % per]);
  });

  test("a segment's columns include those of the segments it reads", () => {
    const deps = project(wideAggregates, [
      segment("all_of_them", and(...wideAggregates.map((a) => gt0(a.id)))),
      segment("reads_all", { k: "segment", name: "all_of_them" }, ["all_of_them"]),
      segment("small", gt0("logins_1h")),
    ]);
    expect(membershipBatches(deps, ["reads_all", "small"])).toEqual([["reads_all"], ["small"]]);
  });
});

describe("engines", () => {
  test("fixtures list every engine", () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(["duckdb", "mysql", "postgres", "sqlite"]);
  });
});
