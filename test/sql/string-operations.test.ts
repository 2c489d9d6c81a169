/**
 * `contains`, `starts with`, `ends with`, `matches` and list `has` on columns and values as
 * engines hold them beyond seg's own tables, where the engine's defaults would change the
 * answer: a DuckDB column declared COLLATE NOCASE, a PostgreSQL column with a
 * nondeterministic (case-insensitive ICU) collation, and JSON lists whose elements are
 * written with escapes (`"\u00e9"`, as Python's json.dumps writes them; MariaDB compares
 * JSON as text). Members by hand; the JS backend over the loaded records agrees.
 */
import { describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { compareMemberKeys, openEngine, type Engine, type MemberKey } from "../../compiler/engines/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import { runSegTests } from "../../compiler/testing/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";

const AS_OF = "2024-03-10T12:00:00.000Z";

const checked = checkProject([
  {
    path: "/s/s.seg",
    text: `
entity user {
  table "str_users"
  key id: string
  name: string
  tags: list<string>
}
events of user {
  table "str_events"
  user column "user_id"
  time column "happened_at"
  name column "event"
  properties column "props"
  event pick { labels: list<string> }
}
segment has_b = name contains "b"
segment starts_a = name starts with "a"
segment ends_c = name ends with "c"
segment matches_a = name matches "^a"
segment tagged_e = tags has "é"
segment tagged_slash = tags has any ["x", "a/b"]
segment picked_e = did pick where labels has "é"
`,
  },
]);
const errors = checked.diagnostics.filter((d) => d.severity === "error");
if (errors.length > 0) throw new Error(errors.map((d) => d.message).join("\n"));
const ir = checked.ir;

// u1 `abc`, u2 `ABC`, u3 `ÀBC`: only u1's name has a lower-case b, starts with a, ends with c
const EXPECTED: Record<string, string[]> = {
  has_b: ["u1"],
  starts_a: ["u1"],
  ends_c: ["u1"],
  matches_a: ["u1"],
  // u1's list holds `"\u00e9"` and `"a\/b"`, u2's the same characters unescaped, u3 `"E"`
  tagged_e: ["u1", "u2"],
  tagged_slash: ["u1", "u2"],
  picked_e: ["u1", "u2"],
};

const sorted = (keys: MemberKey[]): MemberKey[] => [...keys].sort(compareMemberKeys);

/** Rows, with the name column's declaration (`NAME_TYPE`) as each engine allows it. */
async function load(engine: Engine, nameType: string, listType: string, timeType: string): Promise<void> {
  const table = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
  await engine.exec(`CREATE TABLE ${table("str_users")} (id VARCHAR(10), name ${nameType}, tags ${listType})`);
  await engine.exec(`CREATE TABLE ${table("str_events")} (user_id VARCHAR(10), happened_at ${timeType}, event VARCHAR(10), props ${listType})`);
  const escaped = String.raw`["\u00e9", "a\/b"]`;
  // parameters, not literals: MariaDB's string literals would read the backslashes
  await engine.insertRows(["str_users"], ["id", "name", "tags"], [
    ["u1", "abc", escaped],
    ["u2", "ABC", `["é", "a/b"]`],
    ["u3", "ÀBC", `["E"]`],
  ]);
  await engine.insertRows(["str_events"], ["user_id", "happened_at", "event", "props"], [
    ["u1", "2024-03-01 00:00:00", "pick", `{"labels": ${escaped}}`],
    ["u2", "2024-03-01 00:00:00", "pick", `{"labels": ["é"]}`],
    ["u3", "2024-03-01 00:00:00", "pick", `{"labels": ["e"]}`],
  ]);
}

async function expectMembers(engine: Engine): Promise<void> {
  const run = await runMembership(engine, ir, { asOf: AS_OF });
  for (const [name, members] of Object.entries(EXPECTED)) expect(sorted(run.segments[name]!.members!), `${name} (SQL)`).toEqual(members);
  const js = compileJs(ir, { entity: "user" });
  const members: Record<string, MemberKey[]> = Object.fromEntries(Object.keys(EXPECTED).map((n) => [n, []]));
  for await (const record of loadEntitiesFromEngine(engine, ir, "user")) {
    for (const name of js.members(record, { asOf: AS_OF })) members[name]!.push(record.key as MemberKey);
  }
  for (const [name, expected] of Object.entries(EXPECTED)) expect(sorted(members[name]!), `${name} (JS)`).toEqual(expected);
}

describe("DuckDB, a name column declared COLLATE NOCASE", () => {
  test("string operations compare exactly", async () => {
    const engine = await openEngine("duckdb::memory:");
    try {
      await load(engine, "VARCHAR COLLATE NOCASE", "VARCHAR", "TIMESTAMP");
      await expectMembers(engine);
    } finally {
      await engine.close();
    }
  });
});

describeEngines("PostgreSQL, a name column with a nondeterministic collation", await testEngines(["postgres"]), (get) => {
  test("string operations run and compare exactly", async () => {
    const engine = get();
    const collation = engine.quoteTable(engine.resolveTable(["str_ci"]));
    await engine.exec(`CREATE COLLATION ${collation} (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`);
    await load(engine, `text COLLATE ${collation}`, "jsonb", "timestamptz");
    await expectMembers(engine);
  });
});

describeEngines("MariaDB / MySQL, list elements written with JSON escapes", await testEngines(["mysql"]), (get) => {
  test("`has` finds them", async () => {
    const engine = get();
    await load(engine, "VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", "JSON", "DATETIME(3)");
    await expectMembers(engine);
  });
});

// first/last of a string is the engine's code-point-ordered form of it (MariaDB: a
// binary string), which every string operation must still read as text.
const extremes = checkProject([
  {
    path: "/s/extremes.seg",
    text: `
entity user {
  table "users"
  key id: string
}
events of user {
  table "events"
  user column "user_id"
  time column "occurred_at"
  name column "event"
  properties column "props"
  event view { page: string }
}
segment last_matches = last(view.page) matches "^ho"
segment first_matches_ci = first(view.page) matches "^HO" ignoring case
segment last_starts = last(view.page) starts with "Ho" ignoring case
segment last_in = last(view.page) in ["home", "cart"]
segment last_ends = last(view.page) ends with "op"
test "string operations on the first and last value" {
  as of 2024-06-01
  user a {
    id: "a"
    view { page: "cart" } at 3 days ago
    view { page: "home" } at 2 days ago
  }
  user b {
    id: "b"
    view { page: "home" } at 3 days ago
    view { page: "shop" } at 2 days ago
  }
  expect a in last_matches
  expect b not in last_matches
  expect a not in first_matches_ci
  expect b in first_matches_ci
  expect a in last_starts
  expect b not in last_in
  expect b in last_ends
}
`,
  },
]);

describeEngines("string operations on first/last values", await testEngines(), (_get, fx) => {
  test("run and agree with JavaScript", async () => {
    expect(extremes.diagnostics).toEqual([]);
    const report = await runSegTests(extremes.ir, { engines: [{ name: "js" }, { name: fx.name, open: fx.open }] });
    expect(report.engineFailures).toEqual([]);
    expect(report.results.filter((r) => r.status !== "passed")).toEqual([]);
    expect(report.disagreements).toEqual([]);
  });
});
