/**
 * 64-bit integer keys beyond ±2^53 (snowflake ids, hashed ids) come back exact on every
 * engine, as bigints, through the SQL runner and through the JS backend's loader: rounding
 * them would silently name another member. `seg run` prints them exactly (JSON: as strings).
 */
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { compareMemberKeys, openEngine } from "../../compiler/engines/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import { runCli, tempProject } from "../helpers/cli.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";

const fixtures = await testEngines();
const SOURCE = `
entity thing {
  table "big_things"
  key id: number
  size: number
  twin: number
  nums: list<number>
  parent: thing via twin
}
segment sized = size > 0
segment positive = id > 0
segment exactly_2_53 = id == 9007199254740992
segment above_2_53 = id > 9007199254740992
segment listed = id in [9007199254740992, 1]
segment not_2_53 = id != 9007199254740992
segment same_as_twin = id == twin
segment same_as_parent = id == parent.id
segment parent_is_2_53 = parent.id == 9007199254740992
segment parent_above_2_53 = parent.id > 9007199254740992
segment parent_listed = parent.id in [9007199254740992, 1]
segment next_above_2_53 = id + 1 > 9007199254740992
segment scaled = id * 10000 > 0
segment negated = -id < -9007199254740992
segment parent_scaled = parent.id * 10000 > 0
segment list_has_2_53 = nums has 9007199254740992
`;
const TEXT_KEY_SOURCE = `
entity thing {
  table "big_things"
  key id: string
}
segment one = id == "9007199254740993"
`;
const { ir, diagnostics } = checkProject([{ path: "things.seg", text: SOURCE }]);
// 2^53 + 1 rounds to 2^53 as a double; the extremes of a signed 64-bit integer.
const KEYS = [9_007_199_254_740_993n, 1, -9_223_372_036_854_775_808n, 9_223_372_036_854_775_807n, 9_007_199_254_740_992n];
const EXPECTED = [-9_223_372_036_854_775_808n, 1, 9_007_199_254_740_992n, 9_007_199_254_740_993n, 9_223_372_036_854_775_807n];
// Compared with a literal, a key is exact: 2^53 + 1 is neither 2^53 nor below it.
const EXACT: Record<string, unknown[]> = {
  exactly_2_53: [9_007_199_254_740_992n],
  above_2_53: [9_007_199_254_740_993n, 9_223_372_036_854_775_807n],
  listed: [1, 9_007_199_254_740_992n],
  not_2_53: EXPECTED.filter((k) => k !== 9_007_199_254_740_992n),
  // against another value (an attribute, a double) the key is a double too, on every engine
  same_as_twin: EXPECTED,
  // a related record's key too (each thing is its own parent: twin = id)
  same_as_parent: EXPECTED,
  // a related key is exact against a literal, as the record's own key is
  parent_is_2_53: [9_007_199_254_740_992n],
  parent_above_2_53: [9_007_199_254_740_993n, 9_223_372_036_854_775_807n],
  parent_listed: [1, 9_007_199_254_740_992n],
  // in arithmetic a key is a double (2^53 + 1 is 2^53, and 2^53 + 1 rounds back to 2^53),
  // and a product beyond 64 bits is no overflow
  next_above_2_53: [9_223_372_036_854_775_807n],
  scaled: EXPECTED.slice(1),
  negated: [9_223_372_036_854_775_807n],
  parent_scaled: EXPECTED.slice(1),
  // the elements of a number list are doubles: each list holds its thing's key, and
  // 2^53 + 1 in a list is 2^53
  list_has_2_53: [9_007_199_254_740_992n, 9_007_199_254_740_993n],
};

test("the project checks", () => expect(diagnostics).toEqual([]));

describeEngines("64-bit keys", fixtures, (get) => {
  test("SQL and JS members are the exact keys", async () => {
    const engine = get();
    await engine.createTable(["big_things"], [
      { name: "id", type: "integer" },
      { name: "size", type: "number" },
      { name: "twin", type: "integer" },
      { name: "nums", type: "json" },
    ]);
    await engine.insertRows(["big_things"], ["id", "size", "twin", "nums"], KEYS.map((k) => [k, 1, k, `[${k}]`]));
    const sql = await runMembership(engine, ir, { asOf: "2024-03-01T00:00:00Z" });
    expect([...sql.segments.sized!.members!].sort(compareMemberKeys)).toEqual(EXPECTED);
    expect([...sql.segments.positive!.members!].sort(compareMemberKeys)).toEqual(EXPECTED.slice(1));
    for (const [name, members] of Object.entries(EXACT)) {
      expect([name, [...sql.segments[name]!.members!].sort(compareMemberKeys)]).toEqual([name, members]);
    }

    const segments = compileJs(ir, { entity: "thing" });
    const js: Record<string, unknown[]> = {};
    for await (const record of loadEntitiesFromEngine(engine, ir, "thing")) {
      const membership = segments.evaluate(record, { asOf: "2024-03-01T00:00:00Z" });
      for (const [name, member] of Object.entries(membership)) if (member) (js[name] ??= []).push(record.key);
    }
    expect(js.sized).toEqual(EXPECTED);
    expect(js.positive).toEqual(EXPECTED.slice(1));
    for (const [name, members] of Object.entries(EXACT)) expect([name, js[name]]).toEqual([name, members]);

    // The checker's advice for a literal beyond ±2^53 (SEG2016): the same column as a string key.
    const asText = checkProject([{ path: "things.seg", text: TEXT_KEY_SOURCE }]);
    expect(asText.diagnostics).toEqual([]);
    const textRun = await runMembership(engine, asText.ir, { asOf: "2024-03-01T00:00:00Z" });
    expect(textRun.segments.one!.members!.map(String)).toEqual(["9007199254740993"]);
    const textJs: unknown[] = [];
    const textSegments = compileJs(asText.ir, { entity: "thing" });
    for await (const record of loadEntitiesFromEngine(engine, asText.ir, "thing")) {
      if (textSegments.evaluate(record, { asOf: "2024-03-01T00:00:00Z" }).one) textJs.push(record.key);
    }
    expect(textJs.map(String)).toEqual(["9007199254740993"]);
  });
});

describe("seg run prints 64-bit keys exactly", () => {
  test("table, csv and json (strings beyond ±2^53), with both backends", async () => {
    const dir = tempProject({ "things.seg": SOURCE });
    const engine = await openEngine(path.join(dir, "things.db"));
    await engine.createTable(["big_things"], [
      { name: "id", type: "integer" },
      { name: "size", type: "number" },
      { name: "twin", type: "integer" },
      { name: "nums", type: "json" },
    ]);
    await engine.insertRows(["big_things"], ["id", "size", "twin", "nums"], KEYS.map((k) => [k, 1, k, `[${k}]`]));
    await engine.close();
    for (const backend of ["sql", "js"]) {
      const args = ["run", ".", "--db", "things.db", "--members", "--as-of", "2024-03-01", "--engine", backend];
      const json = await runCli([...args, "--format", "json"], dir);
      expect(json.stderr).toBe("");
      expect(JSON.parse(json.stdout).segments.sized.members).toEqual(EXPECTED.map((k) => (typeof k === "bigint" ? k.toString() : k)));
      const csv = await runCli([...args, "--format", "csv"], dir);
      const rows = [
        ...EXPECTED.map((k) => `sized,${k}`),
        ...EXPECTED.slice(1).map((k) => `positive,${k}`),
        ...Object.entries(EXACT).flatMap(([name, members]) => members.map((k) => `${name},${k}`)),
      ];
      expect(csv.stdout).toBe(`segment,key\n${rows.join("\n")}\n`);
    }
  });
});
