/**
 * Numbers are IEEE doubles (LANGUAGE.md) on every engine, whatever the column's type: an
 * INTEGER column does not overflow in `*` on PostgreSQL and DuckDB, and a BIGINT or a JSON
 * integer beyond ±2^53 compares and counts as its double, as in JavaScript. (Keys are
 * exact: test/sql/bigint-keys.test.ts.)
 */
import { expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { compareMemberKeys } from "../../compiler/engines/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";

const fixtures = await testEngines();
const AS_OF = "2024-06-01T00:00:00.000Z";
const SOURCE = `
entity user {
  table "nv_users"
  key id: string
  seats: number
  price_cents: number
  big: number
}
events of user {
  table "nv_events"
  user column "user_id"
  time column "happened_at"
  name column "name"
  properties column "props"
  event purchase { amount: number }
}
segment revenue_over_a_billion = seats * price_cents > 1000000000
segment doubled_positive = price_cents + price_cents > 0
segment negated_negative = -seats < 0
segment big_is_2_53 = big == 9007199254740992
segment big_above_2_53 = big > 9007199254740992
segment two_amounts = distinct(purchase.amount) == 2
`;
const { ir, diagnostics } = checkProject([{ path: "nv.seg", text: SOURCE }]);
const EXPECTED: Record<string, string[]> = {
  revenue_over_a_billion: ["u1"],
  doubled_positive: ["u1", "u2", "u3"],
  negated_negative: ["u1", "u2"],
  big_is_2_53: ["u1"],
  big_above_2_53: [],
  two_amounts: ["u2"],
};

test("the project checks", () => expect(diagnostics).toEqual([]));

describeEngines("numbers are doubles", fixtures, (get) => {
  test("integer columns, BIGINT beyond ±2^53 and JSON integers: SQL and JS agree with doubles", async () => {
    const engine = get();
    const users = engine.quoteTable(engine.resolveTable(["nv_users"]));
    const events = engine.quoteTable(engine.resolveTable(["nv_events"]));
    const timeType = engine.name === "postgres" ? "timestamptz" : engine.name === "mysql" ? "DATETIME(3)" : "TIMESTAMP";
    const jsonType = engine.name === "postgres" ? "jsonb" : engine.name === "duckdb" ? "JSON" : "TEXT";
    await engine.exec(`CREATE TABLE ${users} (id VARCHAR(10), seats INTEGER, price_cents INTEGER, big BIGINT)`);
    await engine.exec(`CREATE TABLE ${events} (user_id VARCHAR(10), happened_at ${timeType}, name VARCHAR(20), props ${jsonType})`);
    await engine.exec(
      `INSERT INTO ${users} VALUES ('u1', 50000, 50000, 9007199254740993), ('u2', 1, 30000000, 1), ('u3', -2147483648, 2000000000, NULL)`,
    );
    const at = engine.name === "sqlite" ? "'2024-05-01T00:00:00.000Z'" : "'2024-05-01 00:00:00'";
    const purchases = [
      ["u1", '{"amount": 9007199254740993}'],
      ["u1", '{"amount": 9007199254740992}'],
      ["u2", '{"amount": 1}'],
      ["u2", '{"amount": 2}'],
    ];
    await engine.exec(`INSERT INTO ${events} VALUES ${purchases.map(([u, p]) => `('${u}', ${at}, 'purchase', '${p}')`).join(", ")}`);

    const sql = await runMembership(engine, ir, { asOf: AS_OF });
    const js: Record<string, string[]> = Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, []]));
    const segments = compileJs(ir, { entity: "user" });
    for await (const record of loadEntitiesFromEngine(engine, ir, "user")) {
      for (const [name, member] of Object.entries(segments.evaluate(record, { asOf: AS_OF }))) if (member) js[name]!.push(String(record.key));
    }
    for (const [name, members] of Object.entries(EXPECTED)) {
      expect([name, [...sql.segments[name]!.members!].sort(compareMemberKeys)]).toEqual([name, members]);
      expect([name, js[name]]).toEqual([name, members]);
    }
  });
});

describeEngines("a PostgreSQL numeric beyond the doubles", fixtures.filter((f) => f.name === "postgres"), (get) => {
  test("is missing (as in JavaScript), not a stop of the whole query", async () => {
    const engine = get();
    const huge = checkProject([{ path: "h.seg", text: `entity thing {\n  table "nv_huge"\n  key id: number\n  amount: number\n}\nsegment positive = amount > 0\nsegment unknown = amount is not set\n` }]);
    expect(huge.diagnostics).toEqual([]);
    const table = engine.quoteTable(engine.resolveTable(["nv_huge"]));
    await engine.exec(`CREATE TABLE ${table} (id bigint, amount numeric); INSERT INTO ${table} VALUES (1, 1e400), (2, 5), (3, 1e-400)`);
    const run = await runMembership(engine, huge.ir, { asOf: AS_OF });
    expect(run.segments.positive!.members).toEqual([2]);
    expect(run.segments.unknown!.members).toEqual([1]);
    // a double column's smallest values stay themselves (5e-324 is no 0)
    await engine.exec(`ALTER TABLE ${table} ALTER COLUMN amount TYPE double precision USING CASE id WHEN 1 THEN 5e-324 WHEN 3 THEN 0 ELSE amount END`);
    const doubles = await runMembership(engine, huge.ir, { asOf: AS_OF });
    expect(doubles.segments.positive!.members).toEqual([1, 2]);
  });
});
