/**
 * Columns whose type in the database differs from the declared one. Times kept as text in
 * a text column (`VARCHAR` in a warehouse loaded from JSON or CSV), declared
 * `timestamp(iso_text)` / `time column "…" (iso_text)`: every backend reads them by the
 * rule of JSON time properties (compiler/json-values.ts isoTextTime), ISO-8601 on a date
 * that exists with an optional zone; anything else is missing. Declared as the engine's
 * own timestamps instead, `seg run` stops before the query with the declaration to write
 * (PostgreSQL and DuckDB would stop on a type error, MariaDB read the text its own way).
 * Likewise for numbers and booleans kept as text, which no declaration reads there.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { openEngine, type Engine } from "../../compiler/engines/index.ts";
import { findColumnTypeMismatches, runMembership } from "../../compiler/sql/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { runCli, tempProject } from "../helpers/cli.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { readingTests } from "./members.ts";

const AS_OF = "2024-06-01T00:00:00.000Z";

const schema = (storage: string, attribute: string): string => `
entity user {
  table "it_users"
  key id: string
  signed: ${attribute}
}
events of user {
  table "it_events"
  user column "user_id"
  time column "at"${storage}
  name column "name"
  event login
}
segment signed_set of user = signed is set
segment signed_after of user = signed after 2024-04-30T22:30:00Z
segment logged_in of user = did login
segment logged_in_after of user = did login after 2024-04-30T22:30:00Z
`;

function irOf(source: string): ReturnType<typeof checkProject>["ir"] {
  const checked = checkProject([{ path: "/it/it.seg", text: source }]);
  const errors = checked.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((d) => d.message).join("\n"));
  return checked.ir;
}

const ir = irOf(schema(" (iso_text)", "timestamp(iso_text)"));
const nativeIr = irOf(schema("", "timestamp"));

/** Text in both time columns of one user, and the instant it must be read as (none: missing). */
const CASES: [text: string | null, read: string | undefined][] = [
  ["2024-05-01T00:00:00Z", "2024-05-01T00:00:00.000Z"],
  ["2024-05-01 00:00:00", "2024-05-01T00:00:00.000Z"],
  ["2024-05-01T00:00", "2024-05-01T00:00:00.000Z"],
  ["2024-05-01", "2024-05-01T00:00:00.000Z"],
  ["2024-05-01T00:00:00.999Z", "2024-05-01T00:00:00.999Z"],
  ["2024-05-01T00:00:00.1239", "2024-05-01T00:00:00.123Z"],
  ["2024-05-01T00:00:00+02:00", "2024-04-30T22:00:00.000Z"],
  ["2024-05-01T00:00:00+0100", "2024-04-30T23:00:00.000Z"],
  ["2024-04-30T23:00:00-01", "2024-05-01T00:00:00.000Z"],
  ["2024-02-29T12:00:00Z", "2024-02-29T12:00:00.000Z"],
  ["2023-02-29", undefined],
  ["2024-02-30", undefined],
  ["2024-13-01", undefined],
  ["2024-05-01T24:00:00", undefined],
  ["garbage", undefined],
  ["1714521600", undefined],
  ["", undefined],
  [" 2024-05-01", undefined],
  ["2024/05/01", undefined],
  [null, undefined],
];

const userOf = (i: number): string => `c${String(i).padStart(2, "0")}`;
const after = Date.parse("2024-04-30T22:30:00Z");

const HOLDS: Record<string, (read: string | undefined) => boolean> = {
  signed_set: (r) => r !== undefined,
  signed_after: (r) => r !== undefined && Date.parse(r) > after,
  logged_in: (r) => r !== undefined,
  logged_in_after: (r) => r !== undefined && Date.parse(r) > after,
};

const EXPECTED: Record<string, string[]> = Object.fromEntries(
  Object.entries(HOLDS).map(([segment, holds]) => [segment, CASES.flatMap(([, read], i) => (holds(read) ? [userOf(i)] : []))]),
);

async function load(engine: Engine): Promise<void> {
  const table = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
  const text = (s: string | null): string => (s === null ? "NULL" : `'${s}'`);
  await engine.exec(`CREATE TABLE ${table("it_users")} (id VARCHAR(20), signed VARCHAR(40))`);
  await engine.exec(`CREATE TABLE ${table("it_events")} (user_id VARCHAR(20), ${engine.quoteTable(["at"])} VARCHAR(40), name VARCHAR(20))`);
  await engine.exec(`INSERT INTO ${table("it_users")} VALUES ${CASES.map(([t], i) => `('${userOf(i)}', ${text(t)})`).join(", ")}`);
  await engine.exec(`INSERT INTO ${table("it_events")} VALUES ${CASES.map(([t], i) => `('${userOf(i)}', ${text(t)}, 'login')`).join(", ")}`);
}

describeEngines("times in text columns declared iso_text", await testEngines(), (get) => {
  beforeAll(async () => load(get()));

  readingTests(get, ir, "user", EXPECTED, AS_OF, (key) => JSON.stringify(CASES[Number(key.slice(1))]![0]));

  test("the columns fit the declared storage; declared as native timestamps they do not, but on SQLite", async () => {
    expect(await findColumnTypeMismatches(get(), ir, ["user"])).toEqual([]);
    const found = await findColumnTypeMismatches(get(), nativeIr, ["user"]);
    if (get().name === "sqlite") {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((m) => [m.table, m.column, m.holds, m.suggested, m.declaration])).toEqual([
      ["it_users", "signed", "text", "iso_text", { kind: "attribute", name: "signed" }],
      ["it_events", "at", "text", "iso_text", { kind: "time column" }],
    ]);
  });
});

/**
 * Unix times in number columns: an instant from 1000-01-01 to 9999-12-31 (the instants every
 * engine stores) is read to the microsecond; beyond it the value is missing everywhere
 * (PostgreSQL, DuckDB and MariaDB stopped the query or read NULL, SQLite another year).
 */
const UNIX_CASES: [seconds: number, read: string | undefined][] = [
  [1714521600, "2024-05-01T00:00:00.000Z"],
  [1714521600.0014, "2024-05-01T00:00:00.001Z"],
  [-30610224000, "1000-01-01T00:00:00.000Z"],
  [-30610224000.001, undefined],
  [253402300799.999, "9999-12-31T23:59:59.999Z"],
  [253402300800, undefined],
  // microseconds declared as seconds
  [1704067200000000, undefined],
  [-1e11, undefined],
  [1e300, undefined],
];
const unixIr = irOf(`
entity user {
  table "ut_users"
  key id: string
  signed: timestamp(unix_seconds)
  signed_ms: timestamp(unix_millis)
}
events of user {
  table "ut_events"
  user column "user_id"
  time column "at" (unix_seconds)
  name column "name"
  event login
}
segment signed_set of user = signed is set
segment signed_ms_set of user = signed_ms is set
segment logged_in of user = did login
segment late of user = signed > 2024-05-01T00:00:00.001Z
segment late_ms of user = signed_ms > 2024-05-01T00:00:00.001Z
`);
const unixUser = (i: number): string => `u${String(i).padStart(2, "0")}`;
// 1714521600.0014 s is 1714521600001.4 ms: after the ms literal, on every engine and in JS
const lateRead = (r: string | undefined, seconds: number): boolean => r !== undefined && seconds * 1000 > Date.parse("2024-05-01T00:00:00.001Z");
const UNIX_EXPECTED: Record<string, string[]> = {
  signed_set: UNIX_CASES.flatMap(([, r], i) => (r !== undefined ? [unixUser(i)] : [])),
  signed_ms_set: UNIX_CASES.flatMap(([, r], i) => (r !== undefined ? [unixUser(i)] : [])),
  // events after as_of are ignored: the login in 9999 too
  logged_in: UNIX_CASES.flatMap(([, r], i) => (r !== undefined && Date.parse(r) <= Date.parse(AS_OF) ? [unixUser(i)] : [])),
  late: UNIX_CASES.flatMap(([s, r], i) => (lateRead(r, s) ? [unixUser(i)] : [])),
  late_ms: UNIX_CASES.flatMap(([s, r], i) => (lateRead(r, s) ? [unixUser(i)] : [])),
};

describeEngines("unix times in number columns, within and beyond the instants every engine stores", await testEngines(), (get) => {
  beforeAll(async () => {
    const engine = get();
    const table = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
    const double = engine.name === "postgres" ? "DOUBLE PRECISION" : "DOUBLE";
    await engine.exec(`CREATE TABLE ${table("ut_users")} (id VARCHAR(20), signed ${double}, signed_ms ${double})`);
    await engine.exec(`CREATE TABLE ${table("ut_events")} (user_id VARCHAR(20), ${engine.quoteTable(["at"])} ${double}, name VARCHAR(20))`);
    const ms = (seconds: number): string => String(seconds * 1000);
    await engine.exec(`INSERT INTO ${table("ut_users")} VALUES ${UNIX_CASES.map(([s], i) => `('${unixUser(i)}', ${s}, ${ms(s)})`).join(", ")}`);
    await engine.exec(`INSERT INTO ${table("ut_events")} VALUES ${UNIX_CASES.map(([s], i) => `('${unixUser(i)}', ${s}, 'login')`).join(", ")}`);
  });

  readingTests(get, unixIr, "user", UNIX_EXPECTED, AS_OF, (key) => String(UNIX_CASES[Number(key.slice(1))]![0]));
});

describeEngines("number, boolean, string, key and list columns of another type than declared", await testEngines(), (get) => {
  const typedIr = irOf(`
entity user {
  table "ct_users"
  key id: string
  age: number
  vip: boolean
  score: number
  flag: boolean
  zip: string
}
segment old of user = age > 30 and vip and score > 1 and flag and zip == "2139"
`);

  test("text is a mismatch on the typed engines, numbers for a boolean on PostgreSQL, numbers for a string on PostgreSQL and DuckDB, none on SQLite", async () => {
    const engine = get();
    await engine.exec(`CREATE TABLE ${engine.quoteTable(engine.resolveTable(["ct_users"]))} (id VARCHAR(20), age VARCHAR(20), vip VARCHAR(20), score DOUBLE PRECISION, flag INTEGER, zip INTEGER)`);
    const found = await findColumnTypeMismatches(engine, typedIr, ["user"]);
    const expected = { sqlite: [], duckdb: ["age", "vip", "zip"], mysql: ["age", "vip"], postgres: ["age", "vip", "flag", "zip"] }[engine.name];
    expect(found.map((m) => m.column)).toEqual(expected);
    expect(found.map((m) => m.holds)).toEqual(expected.map((c) => (c === "flag" || c === "zip" ? "numbers" : "text")));
  });

  test("key columns: a number key's columns hold numbers; a string key's text or integers (compared as text)", async () => {
    const engine = get();
    const keysIr = irOf(`
entity user {
  table "ct_keyed"
  key id: number
  account: account via account_id
}
entity account {
  table "ct_accounts"
  key id: string
}
events of user {
  table "ct_events"
  user column "user_id"
  time column "at"
  event login
}
segment linked of user = account.id is set and did login
`);
    const t = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
    const time = { sqlite: "TEXT", duckdb: "TIMESTAMP", mysql: "DATETIME(3)", postgres: "timestamptz" }[engine.name];
    await engine.exec(`CREATE TABLE ${t("ct_keyed")} (id INTEGER, account_id INTEGER)`);
    await engine.exec(`CREATE TABLE ${t("ct_accounts")} (id VARCHAR(20))`);
    await engine.exec(`CREATE TABLE ${t("ct_events")} (user_id VARCHAR(20), ${engine.quoteTable(["at"])} ${time})`);
    const found = await findColumnTypeMismatches(engine, keysIr, ["user"]);
    expect(found.map((m) => [m.table, m.column, m.holds, m.declaration])).toEqual(
      engine.name === "sqlite"
        ? []
        : [["ct_events", "user_id", "text", { kind: "entity column", entity: "user", key: "id" }]],
    );
  });

  test("uuids are text, booleans no numbers, JSON no string, and none of them a time", async () => {
    const engine = get();
    const typesIr = irOf(`
entity user {
  table "ct_engine_types"
  key id: number
  flag: number
  doc: string
  seen: timestamp
  plan: number
}
segment any_of of user = flag > 0 or doc == "x" or seen is set or plan > 1
`);
    if (engine.name === "sqlite") return;
    const types = {
      duckdb: "id UUID, flag BOOLEAN, doc JSON, seen BOOLEAN, plan ENUM('free', 'pro')",
      // MariaDB's BOOLEAN is TINYINT and its JSON text: they hold numbers and text there
      mysql: "id UUID, flag TINYINT, doc LONGTEXT, seen TINYINT, plan ENUM('free', 'pro')",
      postgres: `id uuid, flag boolean, doc jsonb, seen boolean, plan ${engine.quoteTable(engine.resolveTable(["ct_plan"]))}`,
    }[engine.name];
    if (engine.name === "postgres") await engine.exec(`CREATE TYPE ${engine.quoteTable(engine.resolveTable(["ct_plan"]))} AS ENUM ('free', 'pro')`);
    await engine.exec(`CREATE TABLE ${engine.quoteTable(engine.resolveTable(["ct_engine_types"]))} (${types})`);
    const found = await findColumnTypeMismatches(engine, typesIr, ["user"]);
    const key = { kind: "key", entity: "user", key: "id" };
    expect(found.map((m) => [m.column, m.holds, m.suggested, m.declaration])).toEqual(
      {
        // DuckDB reads a BOOLEAN as the number 1 or 0, as the JS loader does
        duckdb: [
          ["id", "text", undefined, key],
          ["doc", "JSON", undefined, { kind: "attribute", name: "doc" }],
          ["seen", "booleans", undefined, { kind: "attribute", name: "seen" }],
          ["plan", "text", undefined, { kind: "attribute", name: "plan" }],
        ],
        mysql: [
          ["id", "text", undefined, key],
          ["seen", "numbers", "unix_seconds", { kind: "attribute", name: "seen" }],
          ["plan", "text", undefined, { kind: "attribute", name: "plan" }],
        ],
        postgres: [
          ["id", "text", undefined, key],
          ["flag", "booleans", undefined, { kind: "attribute", name: "flag" }],
          ["doc", "JSON", undefined, { kind: "attribute", name: "doc" }],
          ["seen", "booleans", undefined, { kind: "attribute", name: "seen" }],
          ["plan", "text", undefined, { kind: "attribute", name: "plan" }],
        ],
      }[engine.name],
    );
  });

  test("a list column is JSON, or DuckDB's own list type; PostgreSQL's text[] is a mismatch", async () => {
    const engine = get();
    const listIr = irOf(`entity user {\n  table "ct_lists"\n  key id: string\n  tags: list<string>\n  json_tags: list<string>\n}\nsegment beta of user = tags has "beta" or json_tags has "beta"\n`);
    const nativeList = { sqlite: "TEXT", duckdb: "VARCHAR[]", mysql: "JSON", postgres: "text[]" }[engine.name];
    const jsonList = { sqlite: "TEXT", duckdb: "JSON", mysql: "JSON", postgres: "jsonb" }[engine.name];
    await engine.exec(`CREATE TABLE ${engine.quoteTable(engine.resolveTable(["ct_lists"]))} (id VARCHAR(20), tags ${nativeList}, json_tags ${jsonList})`);
    const found = await findColumnTypeMismatches(engine, listIr, ["user"]);
    expect(found.map((m) => [m.column, m.holds, m.actualType])).toEqual(engine.name === "postgres" ? [["tags", "arrays", "text[]"]] : []);
  });
});

describe("seg run on DuckDB", () => {
  async function project(storage: string, attribute: string, timeType: string): Promise<string> {
    const dir = tempProject({ "p.seg": schema(storage, attribute) });
    const engine = await openEngine(`duckdb:${path.join(dir, "p.duckdb")}`);
    await engine.exec(`CREATE TABLE it_users (id VARCHAR, signed ${timeType}); CREATE TABLE it_events (user_id VARCHAR, "at" ${timeType}, name VARCHAR)`);
    const value = timeType === "BIGINT" ? "1714521600" : "'2024-05-01 10:00:00'";
    await engine.exec(`INSERT INTO it_users VALUES ('u1', ${value}); INSERT INTO it_events VALUES ('u1', ${value}, 'login')`);
    if (timeType === "VARCHAR") await engine.exec(`INSERT INTO it_users VALUES ('u2', '2024-02-30'); INSERT INTO it_events VALUES ('u2', 'soon', 'login')`);
    await engine.close();
    return dir;
  }

  test("stops before the query when a text column is declared as native timestamps, with the declaration to write", async () => {
    const dir = await project("", "timestamp", "VARCHAR");
    for (const backend of ["sql", "js"]) {
      const run = await runCli(["run", ".", "--db", "duckdb:p.duckdb", "--as-of", AS_OF, "--engine", backend], dir);
      expect(run.code).toBe(2);
      expect(run.stderr.split("\n").filter(Boolean)).toEqual([
        'seg: column "signed" of table "it_users" holds text (type VARCHAR), but the schema declares the engine\'s timestamps; declare `signed: timestamp(iso_text)` for ISO-8601 text',
        'seg: column "at" of table "it_events" holds text (type VARCHAR), but the schema declares the engine\'s timestamps; declare `time column "at" (iso_text)` for ISO-8601 text',
      ]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("suggests unix times for a number column and no storage for a timestamp column", async () => {
    const numbers = await project("", "timestamp", "BIGINT");
    let run = await runCli(["run", ".", "--db", "duckdb:p.duckdb", "--as-of", AS_OF], numbers);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'seg: column "at" of table "it_events" holds numbers (type BIGINT), but the schema declares the engine\'s timestamps; declare `time column "at" (unix_seconds)` (or unix_millis)',
    );
    const timestamps = await project(" (iso_text)", "timestamp(unix_seconds)", "TIMESTAMP");
    run = await runCli(["run", ".", "--db", "duckdb:p.duckdb", "--as-of", AS_OF], timestamps);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      'seg: column "signed" of table "it_users" holds timestamps (type TIMESTAMP), but the schema declares unix seconds; declare `signed: timestamp`',
      'seg: column "at" of table "it_events" holds timestamps (type TIMESTAMP), but the schema declares ISO-8601 times; declare `time column "at" (native)`',
    ]);
    for (const dir of [numbers, timestamps]) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("stops on numbers kept as text, which DuckDB cannot compare with numbers", async () => {
    const dir = tempProject({ "p.seg": `entity user {\n  table "users"\n  key id: string\n  age: number\n}\nsegment old of user = age > 30\n` });
    const engine = await openEngine(`duckdb:${path.join(dir, "p.duckdb")}`);
    await engine.exec(`CREATE TABLE users (id VARCHAR, age VARCHAR); INSERT INTO users VALUES ('u1', '41')`);
    await engine.close();
    const run = await runCli(["run", ".", "--db", "duckdb:p.duckdb", "--as-of", AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'seg: column "age" of table "users" holds text (type VARCHAR), but the schema declares numbers; convert the column to a number type, or read the table through a view that casts it\n',
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("stops on an event table whose user column holds text for a number key", async () => {
    const dir = tempProject({
      "p.seg": `entity user {\n  table "users"\n  key id: number\n}\nevents of user {\n  table "events"\n  user column "user_id"\n  time column "at"\n  event login\n}\nsegment active of user = did login\n`,
    });
    const engine = await openEngine(`duckdb:${path.join(dir, "p.duckdb")}`);
    await engine.exec(`CREATE TABLE users (id BIGINT); CREATE TABLE events (user_id VARCHAR, "at" TIMESTAMP, event VARCHAR)`);
    await engine.close();
    const run = await runCli(["run", ".", "--db", "duckdb:p.duckdb", "--as-of", AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'seg: column "user_id" of table "events" holds text (type VARCHAR), but it refers to user, whose key is declared `key id: number`; the key column and every column that refers to it must hold numbers: declare the key\'s type to match, convert the columns, or read the tables through views that cast them\n',
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("tells unix times kept as text to move to a number column", async () => {
    const dir = await project(" (unix_seconds)", "timestamp(iso_text)", "VARCHAR");
    const run = await runCli(["run", ".", "--db", "duckdb:p.duckdb", "--as-of", AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'seg: column "at" of table "it_events" holds text (type VARCHAR), but the schema declares unix seconds; declare `time column "at" (iso_text)` for ISO-8601 text (unix times must be in a number column)\n',
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("reads text declared iso_text, and warns about the values it reads as missing", async () => {
    const dir = await project(" (iso_text)", "timestamp(iso_text)", "VARCHAR");
    for (const backend of ["sql", "js"]) {
      const run = await runCli(["run", ".", "--db", "duckdb:p.duckdb", "--as-of", AS_OF, "--engine", backend, "--format", "json", "--members"], dir);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr.split("\n").filter(Boolean)).toEqual([
        'seg: warning: column "signed" of table "it_users" holds values that are not ISO-8601 times (1 of the 2 rows sampled, e.g. "2024-02-30"); seg reads them as missing.',
        'seg: warning: column "at" of table "it_events" holds values that are not ISO-8601 times (1 of the 2 "login" rows sampled, e.g. "soon"); seg reads them as missing.',
      ]);
      const segments = (JSON.parse(run.stdout) as { segments: Record<string, { members: string[] }> }).segments;
      expect(segments["signed_set"]!.members).toEqual(["u1"]);
      expect(segments["logged_in"]!.members).toEqual(["u1"]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("docs/data.md, times kept as text", () => {
  const doc = fs.readFileSync(path.resolve(import.meta.dirname, "../../docs/data.md"), "utf8");
  const section = doc.slice(doc.indexOf("## Times kept as text"), doc.indexOf("## JSON properties"));
  const example = /```seg\n([\s\S]*?)```/.exec(section)![1]!;
  const documentedError = /```text\n([\s\S]*?)\n```/.exec(section)![1]!;

  async function run(source: string): Promise<{ code: number; stderr: string; stdout: string }> {
    const dir = tempProject({ "p.seg": source });
    const engine = await openEngine(`duckdb:${path.join(dir, "p.duckdb")}`);
    await engine.exec(`CREATE TABLE users (id VARCHAR, signed_up_at VARCHAR); CREATE TABLE events (user_id VARCHAR, occurred_at VARCHAR, event VARCHAR)`);
    await engine.exec(`INSERT INTO users VALUES ('u1', '2024-05-01T12:00:00+02:00'); INSERT INTO events VALUES ('u1', '2024-05-20 10:00:00', 'login')`);
    await engine.close();
    const result = await runCli(["run", ".", "--db", "duckdb:p.duckdb", "--as-of", AS_OF, "--format", "csv", "--members"], dir);
    fs.rmSync(dir, { recursive: true, force: true });
    return result;
  }

  test("the example reads VARCHAR times on DuckDB", async () => {
    const result = await run(`${example}segment active of user = did login in last 30 days\n`);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("segment,key\nactive,u1\n");
  });

  test("without (iso_text), seg run stops with the documented error", async () => {
    const result = await run(`${example.replace(' (iso_text)', "")}segment active of user = did login in last 30 days\n`);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${documentedError}\n`);
  });
});

describe("DuckDB native time columns of every precision", () => {
  const precisionsIr = irOf(`
entity user {
  table "tp_users"
  key id: string
  ns: timestamp
  ms: timestamp
  tz: timestamp
  day: timestamp
}
segment ns_before_2300 of user = ns before 2300-01-01
segment ns_recent of user = ns after 2024-04-30T22:30:00Z
segment ms_before_2300 of user = ms before 2300-01-01
segment tz_recent of user = tz after 2024-04-30T22:30:00Z
segment day_recent of user = day after 2024-04-30T22:30:00Z
segment far_future of user = ns before now + 100000 days
`);

  test("TIMESTAMP_NS, TIMESTAMP_MS, TIMESTAMPTZ and DATE compare with any time, in SQL and JS alike", async () => {
    const engine = await openEngine("duckdb::memory:");
    try {
      await engine.exec(`CREATE TABLE tp_users (id VARCHAR, ns TIMESTAMP_NS, ms TIMESTAMP_MS, tz TIMESTAMPTZ, day DATE)`);
      await engine.exec(`INSERT INTO tp_users VALUES
        ('a', '2024-05-01 00:00:00.123456789', '2024-05-01 00:00:00.123', '2024-05-01 00:00:00+00', '2024-05-01'),
        ('b', '2024-04-01 00:00:00', '2024-04-01 00:00:00', '2024-04-30 22:00:00+00', '2024-04-30'),
        ('c', NULL, NULL, NULL, NULL)`);
      const sql = await runMembership(engine, precisionsIr, { asOf: AS_OF });
      const members = Object.fromEntries(Object.entries(sql.segments).map(([name, r]) => [name, r.members!.map(String).sort()]));
      expect(members).toEqual({
        ns_before_2300: ["a", "b"],
        ns_recent: ["a"],
        ms_before_2300: ["a", "b"],
        tz_recent: ["a"],
        day_recent: ["a"],
        far_future: ["a", "b"],
      });
      const js = compileJs(precisionsIr, { entity: "user" });
      const jsMembers: Record<string, string[]> = Object.fromEntries(Object.keys(members).map((n) => [n, []]));
      for await (const record of loadEntitiesFromEngine(engine, precisionsIr, "user")) {
        for (const name of js.members(record, { asOf: AS_OF })) jsMembers[name]!.push(String(record.key));
      }
      expect(jsMembers).toEqual(members);
    } finally {
      await engine.close();
    }
  });
});

describeEngines("an event's own time column in the engine's timestamps beside a block of ISO text", await testEngines(), (get) => {
  const mixedIr = irOf(`
entity user {
  table "mx_users"
  key id: string
}
events of user {
  table "mx_events"
  user column "user_id"
  time column "ts" (iso_text)
  name column "name"
  event login
  event native_login { table "mx_native" time column "created" (native) }
}
segment text_login of user = did login in last 7 days
segment native_logged_in of user = did native_login in last 7 days
`);
  const TIME = { sqlite: "TEXT", duckdb: "TIMESTAMP", postgres: "timestamptz", mysql: "DATETIME(3)" } as const;

  beforeAll(async () => {
    const engine = get();
    const table = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
    await engine.exec(`CREATE TABLE ${table("mx_users")} (id VARCHAR(20))`);
    await engine.exec(`CREATE TABLE ${table("mx_events")} (user_id VARCHAR(20), ts VARCHAR(40), name VARCHAR(20))`);
    await engine.exec(`CREATE TABLE ${table("mx_native")} (user_id VARCHAR(20), created ${TIME[engine.name]})`);
    await engine.exec(`INSERT INTO ${table("mx_users")} VALUES ('u1'), ('u2'), ('u3')`);
    await engine.exec(`INSERT INTO ${table("mx_events")} VALUES ('u1', '2024-05-30T00:00:00Z', 'login'), ('u3', '2024-01-01T00:00:00Z', 'login')`);
    await engine.exec(`INSERT INTO ${table("mx_native")} VALUES ('u2', '2024-05-30 00:00:00'), ('u3', '2024-01-01 00:00:00')`);
  });

  test("the declared storages check against the columns' types", async () => {
    expect(await findColumnTypeMismatches(get(), mixedIr, ["user"])).toEqual([]);
  });

  readingTests(get, mixedIr, "user", { text_login: ["u1"], native_logged_in: ["u2"] }, AS_OF, (key) => key);
});

describeEngines("unix times in integer and decimal columns", await testEngines(), (get) => {
  const numericIr = irOf(`
entity user {
  table "un_users"
  key id: string
  secs: timestamp(unix_seconds)
  millis: timestamp(unix_millis)
}
segment secs_after of user = secs after 2024-04-30T22:30:00Z
segment millis_after of user = millis after 2024-05-01T00:00:00.000Z
`);

  // DuckDB multiplied in the column's type: INTEGER seconds × 10^6 and DECIMAL(18,3)
  // milliseconds × 1000 overflowed and stopped the query.
  beforeAll(async () => {
    const engine = get();
    const table = engine.quoteTable(engine.resolveTable(["un_users"]));
    await engine.exec(`CREATE TABLE ${table} (id VARCHAR(20), secs INTEGER, millis DECIMAL(18,3))`);
    await engine.exec(`INSERT INTO ${table} VALUES ('u1', 1714521600, 1714521600000.400), ('u2', 1700000000, 1700000000000)`);
  });

  readingTests(get, numericIr, "user", { secs_after: ["u1"], millis_after: ["u1"] }, AS_OF, (key) => key);
});

describe("seg run stops on a unix column none of whose values is an instant every engine stores", () => {
  test("microseconds declared as unix seconds, a NULL beside them, on DuckDB and SQLite", async () => {
    const dir = tempProject({
      "p.seg": `entity user {\n  table "users"\n  key id: string\n  seen: timestamp(unix_seconds)\n}\nsegment recent = seen in last 30 days\n`,
    });
    for (const target of ["duckdb:p.duckdb", "p.db"]) {
      const engine = await openEngine(target.startsWith("duckdb:") ? `duckdb:${path.join(dir, "p.duckdb")}` : path.join(dir, "p.db"));
      await engine.exec(`CREATE TABLE users (id VARCHAR, seen DOUBLE)`);
      await engine.exec(`INSERT INTO users VALUES ('a', 1709000000000000), ('b', 1709100000000000), ('c', NULL)`);
      await engine.close();
      const run = await runCli(["run", ".", "--db", target, "--as-of", "2024-03-01"], dir);
      expect([target, run.code, run.stderr]).toEqual([
        target,
        2,
        'seg: column "seen" of table "users" holds no unix seconds (2 of the 3 rows sampled, e.g. 1709000000000000): every one would be missing; a unix time is read from 1000-01-01 to 9999-12-31 UTC (milliseconds declared as seconds? declare `(unix_millis)`; microseconds need converting)\n',
      ]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describeEngines("unix milliseconds far in the future stay exact to the millisecond", await testEngines(), (get) => {
  const farIr = irOf(`
entity user {
  table "uf_users"
  key id: string
  t: timestamp(unix_millis)
}
segment after_3ms of user = t after 5000-01-01T00:00:00.003Z
`);
  // DuckDB through DOUBLE shifted 5000-01-01T00:00:00.003Z by microseconds (2^53 < t × 1000).
  beforeAll(async () => {
    const engine = get();
    const table = engine.quoteTable(engine.resolveTable(["uf_users"]));
    await engine.exec(`CREATE TABLE ${table} (id VARCHAR(20), t BIGINT)`);
    await engine.exec(`INSERT INTO ${table} VALUES ('a', 95617584000001), ('b', 95617584000003), ('c', 95617584000005), ('d', 95617584000007)`);
  });

  readingTests(get, farIr, "user", { after_3ms: ["c", "d"] }, AS_OF, (key) => key);
});

test("rows of events the project does not declare are not sampled for the time column", async () => {
  const dir = tempProject({
    "p.seg": `entity user {\n  table "users"\n  key id: string\n}\nevents of user {\n  table "events"\n  user column "user_id"\n  time column "at" (unix_seconds)\n  name column "name"\n  event login\n}\nsegment logins = did login in last 3000 days\n`,
  });
  const engine = await openEngine(path.join(dir, "p.db"));
  await engine.exec(`CREATE TABLE users (id TEXT); INSERT INTO users VALUES ('a'); CREATE TABLE events (user_id TEXT, at INTEGER, name TEXT)`);
  await engine.exec(`INSERT INTO events VALUES ('z', 1709000000000000, 'debug'), ('z', 1709000000000000, 'debug'), ('a', 1709000000, 'login')`);
  await engine.close();
  const run = await runCli(["run", ".", "--db", "p.db", "--as-of", "2024-03-01", "--format", "csv"], dir);
  expect([run.code, run.stderr, run.stdout]).toEqual([0, "", "segment,size\nlogins,1\n"]);
  fs.rmSync(dir, { recursive: true, force: true });
});
