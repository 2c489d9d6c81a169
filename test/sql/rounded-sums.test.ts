/**
 * Sums and averages are rounded to 15 significant digits between 1e-15 and 1e15
 * (compiler/numbers.ts, docs/language.md): engines add in different orders and SQLite
 * compensates its sums, so 32.12 + 33.33 + 34.55 was 100 on SQLite and 99.99999999999999
 * in JavaScript, PostgreSQL and DuckDB, and `sum(purchase.amount) >= 100` split the
 * members. Every backend gives the same members now, SQL and the JS predicates alike.
 */
import { beforeAll, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { readingTests } from "./members.ts";

const fixtures = await testEngines();
const AS_OF = "2024-06-01T00:00:00.000Z";
const SOURCE = `
entity user {
  table "rs_users"
  key id: string
}
events of user {
  table "rs_events"
  user column "user_id"
  time column "happened_at"
  name column "name"
  properties column "props"
  event purchase { amount: number }
}
segment spent_100 = sum(purchase.amount) >= 100
segment refunded_100 = sum(purchase.amount) <= -100
segment sums_to_three_tenths = sum(purchase.amount) == 0.3
segment averages_a_tenth = avg(purchase.amount) == 0.1
segment unrounded_beyond_1e35 = sum(purchase.amount) == 12345678901234567000000000000000000000
segment spent_under_100 = sum(purchase.amount) < 100
segment exact_big_integer = sum(purchase.amount) == 1234567890123456
segment a_billion = sum(purchase.amount) >= 1000000000
`;
const { ir, diagnostics } = checkProject([{ path: "rs.seg", text: SOURCE }]);
const PURCHASES: [string, number][] = [
  ["u1", 32.12],
  ["u1", 33.33],
  ["u1", 34.55],
  ["u2", -32.12],
  ["u2", -33.33],
  ["u2", -34.55],
  ["u3", 0.1],
  ["u3", 0.2],
  ["u4", 0.1],
  ["u4", 0.2],
  ["u4", 0],
  ["u5", 12345678901234567000000000000000000000],
  // an integer sum from 1e15 on stays exact (15 digits would make it 1234567890123460)
  ["u6", 1234567890123456],
  // just below 1e9: 999999999.999999 to 15 digits, where FLOOR(LOG10(x)) is 9 (MariaDB)
  ["u7", 999999999.9999987],
];
const EXPECTED: Record<string, string[]> = {
  spent_100: ["u1", "u5", "u6", "u7"],
  refunded_100: ["u2"],
  sums_to_three_tenths: ["u3", "u4"],
  averages_a_tenth: ["u4"],
  // 1.2345678901234567e37 to 15 digits would be 1.23456789012346e37: not rounded (beyond 1e15)
  unrounded_beyond_1e35: ["u5"],
  spent_under_100: ["u2", "u3", "u4"],
  exact_big_integer: ["u6"],
  a_billion: ["u5", "u6"],
};

test("the project checks", () => expect(diagnostics).toEqual([]));

describeEngines("sums and averages to 15 significant digits", fixtures, (get) => {
  beforeAll(async () => {
    const engine = get();
    const users = engine.quoteTable(engine.resolveTable(["rs_users"]));
    const events = engine.quoteTable(engine.resolveTable(["rs_events"]));
    const timeType = engine.name === "postgres" ? "timestamptz" : engine.name === "mysql" ? "DATETIME(3)" : "TIMESTAMP";
    const jsonType = engine.name === "postgres" ? "jsonb" : engine.name === "duckdb" ? "JSON" : "TEXT";
    await engine.exec(`CREATE TABLE ${users} (id VARCHAR(10))`);
    await engine.exec(`CREATE TABLE ${events} (user_id VARCHAR(10), happened_at ${timeType}, name VARCHAR(20), props ${jsonType})`);
    await engine.exec(`INSERT INTO ${users} VALUES ('u1'), ('u2'), ('u3'), ('u4'), ('u5'), ('u6'), ('u7')`);
    // a different order of the same amounts per user changes no result
    const at = (i: number): string => `'2024-05-0${1 + ((PURCHASES.length - i) % 9)}${engine.name === "sqlite" ? "T" : " "}00:00:00'`;
    await engine.exec(
      `INSERT INTO ${events} VALUES ${PURCHASES.map(([u, amount], i) => `('${u}', ${at(i)}, 'purchase', '{"amount": ${amount}}')`).join(", ")}`,
    );
  });

  // SQL and JS (over the loaded records) give the same members, whatever order each adds in
  readingTests(get, ir, "user", EXPECTED, AS_OF, (key) => key);
});
