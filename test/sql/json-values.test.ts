/**
 * JSON properties hold whatever the tracking code sent: `"amount": "12"`, `"amount":
 * "n/a"`, `"is_trial": 1`, a time with a UTC offset. Every backend reads them by one rule
 * (compiler/json-values.ts, docs/data.md): a value of the declared type, or one that
 * converts by the rule, is read; anything else is missing — never an error, never 0.
 * Each case below is one user with one event whose properties are the case's JSON text,
 * and says what each property must be read as; the members follow from those values.
 * SQL on every engine and the JS backend over the same tables must give exactly them.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { openEngine, type Engine } from "../../compiler/engines/index.ts";
import { runCli, tempProject } from "../helpers/cli.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { readingTests } from "./members.ts";

const AS_OF = "2024-07-01T00:00:00.000Z";

const SOURCE = `
entity user {
  table "jv_users"
  key id: string
}
events of user {
  table "jv_events"
  user column "user_id"
  time column "at"
  name column "name"
  properties column "props"
  event e { n: number, s: string, b: boolean, t: timestamp, u: timestamp(unix_seconds), l: list<string>, ln: list<number> }
}
segment n_set of user = did e where n is set
segment n_gt_5 of user = did e where n > 5
segment n_not_gt_5 of user = did e where not (n > 5)
segment last_n_12 of user = last(e.n) == 12
segment s_set of user = did e where s is set
segment s_12 of user = did e where s == "12"
segment s_true of user = did e where s == "true"
segment last_s_12 of user = last(e.s) == "12"
segment b_true of user = did e where b
segment b_false of user = did e where b == false
segment b_set of user = did e where b is set
segment t_set of user = did e where t is set
segment t_after of user = did e where (t after 2024-04-30T22:30:00Z)
segment t_after_earlier of user = did e where (t after 2024-04-30T21:30:00Z)
segment t_before_ms of user = did e where (t before 2024-05-01T00:00:00.400Z)
segment u_set of user = did e where u is set
segment u_after of user = did e where (u after 2024-04-30T22:30:00Z)
segment l_set of user = did e where l is set
segment l_x of user = did e where l has "x"
segment l_1 of user = did e where l has "1"
segment ln_set of user = did e where ln is set
segment ln_1 of user = did e where ln has 1
`;

const checked = checkProject([{ path: "/jv/jv.seg", text: SOURCE }]);
const errors = checked.diagnostics.filter((d) => d.severity === "error");
if (errors.length > 0) throw new Error(errors.map((d) => d.message).join("\n"));
const ir = checked.ir;

/** What a case's properties must be read as; an absent property is missing. */
interface Read {
  n?: number;
  s?: string;
  b?: boolean;
  /** ISO instants */
  t?: string;
  u?: string;
  l?: string[];
  ln?: number[];
}

const CASES: [props: string, read: Read][] = [
  // numbers: a number, or a string holding a JSON number
  ['{"n": 12}', { n: 12 }],
  ['{"n": "12"}', { n: 12 }],
  ['{"n": " 12 "}', { n: 12 }],
  ['{"n": "1.2e1"}', { n: 12 }],
  ['{"n": 12.0}', { n: 12 }],
  ['{"n": -3}', { n: -3 }],
  ['{"n": "abc"}', {}],
  ['{"n": ""}', {}],
  ['{"n": "12abc"}', {}],
  ['{"n": "0x10"}', {}],
  ['{"n": ".5"}', {}],
  ['{"n": "+12"}', {}],
  ['{"n": "Infinity"}', {}],
  ['{"n": "NaN"}', {}],
  ['{"n": 1e400}', {}],
  ['{"n": "1e400"}', {}],
  ['{"n": true}', {}],
  ['{"n": [12]}', {}],
  ['{"n": {"a": 12}}', {}],
  ['{"n": null}', {}],
  // strings: a string; a whole number (below 2^53) as its digits; true / false as text
  ['{"s": "12"}', { s: "12" }],
  ['{"s": 12}', { s: "12" }],
  ['{"s": 12.0}', { s: "12" }],
  ['{"s": 1.2e1}', { s: "12" }],
  ['{"s": -0}', { s: "0" }],
  ['{"s": 12.5}', {}],
  ['{"s": 1e21}', {}],
  ['{"s": 9007199254740993}', {}],
  ['{"s": true}', { s: "true" }],
  ['{"s": "true"}', { s: "true" }],
  ['{"s": false}', { s: "false" }],
  ['{"s": ""}', { s: "" }],
  ['{"s": "a\\"b\\u00e9"}', { s: 'a"bé' }],
  ['{"s": [1]}', {}],
  ['{"s": {"a": 1}}', {}],
  // booleans: true / false; numbers (0 is false); 1 0 t f true false in any case
  ['{"b": true}', { b: true }],
  ['{"b": false}', { b: false }],
  ['{"b": 1}', { b: true }],
  ['{"b": 0}', { b: false }],
  ['{"b": 2.5}', { b: true }],
  ['{"b": "true"}', { b: true }],
  ['{"b": "TRUE"}', { b: true }],
  ['{"b": "t"}', { b: true }],
  ['{"b": "1"}', { b: true }],
  ['{"b": "0"}', { b: false }],
  ['{"b": "False"}', { b: false }],
  ['{"b": "yes"}', {}],
  ['{"b": ""}', {}],
  ['{"b": " true"}', {}],
  ['{"b": [true]}', {}],
  // times: ISO-8601 text, UTC unless it says otherwise, cut to milliseconds
  ['{"t": "2024-05-01"}', { t: "2024-05-01T00:00:00.000Z" }],
  ['{"t": "2024-05-01T00:00:00Z"}', { t: "2024-05-01T00:00:00.000Z" }],
  ['{"t": "2024-05-01 00:00"}', { t: "2024-05-01T00:00:00.000Z" }],
  ['{"t": "2024-05-01T00:00:00+02:00"}', { t: "2024-04-30T22:00:00.000Z" }],
  ['{"t": "2024-05-01T00:00:00+0200"}', { t: "2024-04-30T22:00:00.000Z" }],
  ['{"t": "2024-05-01T00:00:00+02"}', { t: "2024-04-30T22:00:00.000Z" }],
  ['{"t": "2024-05-01T00:00-01:30"}', { t: "2024-05-01T01:30:00.000Z" }],
  ['{"t": "2024-05-01T00:00:00.5Z"}', { t: "2024-05-01T00:00:00.500Z" }],
  ['{"t": "2024-05-01T00:00:00.3999Z"}', { t: "2024-05-01T00:00:00.399Z" }],
  ['{"t": "2024-05-01T01:00:00.3999+01:00"}', { t: "2024-05-01T00:00:00.399Z" }],
  ['{"t": "2024-02-29"}', { t: "2024-02-29T00:00:00.000Z" }],
  ['{"t": "2024-02-30"}', {}],
  ['{"t": "2023-02-29"}', {}],
  ['{"t": "2024-04-31"}', {}],
  ['{"t": "2024-05-01T24:00:00"}', {}],
  ['{"t": "2024-05-01T00:00:60"}', {}],
  ['{"t": "2024-05-01Z"}', {}],
  ['{"t": " 2024-05-01"}', {}],
  // MariaDB's PCRE `$` matches before a final newline too
  ['{"t": "2024-05-01T00:00:00Z\\n"}', {}],
  ['{"t": "2024-05-01\\n"}', {}],
  ['{"t": "20240501"}', {}],
  ['{"t": "garbage"}', {}],
  ['{"t": 1714521600}', {}],
  ['{"t": true}', {}],
  // unix times: numbers by the number rule
  ['{"u": 1714521600}', { u: "2024-05-01T00:00:00.000Z" }],
  ['{"u": "1714521600"}', { u: "2024-05-01T00:00:00.000Z" }],
  ['{"u": "soon"}', {}],
  // beyond the instants every engine stores (1000-01-01 to 9999-12-31): missing
  ['{"u": 253402300800}', {}],
  ['{"u": -30610224001}', {}],
  ['{"u": 1704067200000000}', {}],
  ['{"u": "2024-05-01"}', {}],
  // lists: an array, its elements of the list's type
  ['{"l": ["x"]}', { l: ["x"] }],
  ['{"l": ["x", 1]}', { l: ["x"] }],
  ['{"l": [1]}', { l: [] }],
  ['{"l": [null, "x"]}', { l: ["x"] }],
  ['{"l": [["x"]]}', { l: [] }],
  ['{"l": []}', { l: [] }],
  ['{"l": "x"}', {}],
  ['{"l": "[\\"x\\"]"}', {}],
  ['{"l": {"x": 1}}', {}],
  ['{"ln": [1]}', { ln: [1] }],
  ['{"ln": [1.0, 2]}', { ln: [1, 2] }],
  ['{"ln": ["1"]}', { ln: [] }],
  ['{"ln": 1}', {}],
  // properties that are no object
  ["[]", {}],
  ['"x"', {}],
  ["12", {}],
  ["null", {}],
  ["{}", {}],
];

const time = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Date.parse(iso));

/** Each segment's condition on what the case's event is read as. */
const HOLDS: Record<string, (r: Read) => boolean> = {
  n_set: (r) => r.n !== undefined,
  n_gt_5: (r) => r.n !== undefined && r.n > 5,
  n_not_gt_5: (r) => !(r.n !== undefined && r.n > 5),
  last_n_12: (r) => r.n === 12,
  s_set: (r) => r.s !== undefined,
  s_12: (r) => r.s === "12",
  s_true: (r) => r.s === "true",
  last_s_12: (r) => r.s === "12",
  b_true: (r) => r.b === true,
  b_false: (r) => r.b === false,
  b_set: (r) => r.b !== undefined,
  t_set: (r) => r.t !== undefined,
  t_after: (r) => r.t !== undefined && time(r.t)! > time("2024-04-30T22:30:00Z")!,
  t_after_earlier: (r) => r.t !== undefined && time(r.t)! > time("2024-04-30T21:30:00Z")!,
  t_before_ms: (r) => r.t !== undefined && time(r.t)! < time("2024-05-01T00:00:00.400Z")!,
  u_set: (r) => r.u !== undefined,
  u_after: (r) => r.u !== undefined && time(r.u)! > time("2024-04-30T22:30:00Z")!,
  l_set: (r) => r.l !== undefined,
  l_x: (r) => r.l?.includes("x") ?? false,
  l_1: (r) => r.l?.includes("1") ?? false,
  ln_set: (r) => r.ln !== undefined,
  ln_1: (r) => r.ln?.includes(1) ?? false,
};

const userOf = (i: number): string => `c${String(i).padStart(3, "0")}`;

const EXPECTED: Record<string, string[]> = Object.fromEntries(
  Object.entries(HOLDS).map(([segment, holds]) => [segment, CASES.flatMap(([, read], i) => (holds(read) ? [userOf(i)] : []))]),
);

/** The engine's JSON type for the properties column: what teams use there. */
const PROPS_TYPE = { sqlite: "TEXT", duckdb: "JSON", postgres: "jsonb", mysql: "JSON" } as const;
const TIME_TYPE = { sqlite: "TEXT", duckdb: "TIMESTAMP", postgres: "timestamptz", mysql: "DATETIME(3)" } as const;

async function load(engine: Engine): Promise<void> {
  const table = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
  const text = (s: string): string => `'${s.replace(/'/g, "''").replace(/\\/g, engine.name === "mysql" ? "\\\\" : "\\")}'`;
  await engine.exec(`CREATE TABLE ${table("jv_users")} (id VARCHAR(20))`);
  await engine.exec(
    `CREATE TABLE ${table("jv_events")} (user_id VARCHAR(20), ${engine.quoteTable(["at"])} ${TIME_TYPE[engine.name]}, name VARCHAR(20), props ${PROPS_TYPE[engine.name]})`,
  );
  await engine.exec(`INSERT INTO ${table("jv_users")} VALUES ${CASES.map((_, i) => `('${userOf(i)}')`).join(", ")}`);
  const events = CASES.map(([props], i) => `('${userOf(i)}', '2024-06-01 00:00:00', 'e', ${text(props)})`);
  await engine.exec(`INSERT INTO ${table("jv_events")} VALUES ${events.join(", ")}`);
}

describeEngines("JSON property values of another kind than declared", await testEngines(), (get) => {
  beforeAll(async () => load(get()));

  readingTests(get, ir, "user", EXPECTED, AS_OF, (key) => CASES[Number(key.slice(1))]![0]);
});

describe("seg run", () => {
  const schema = `
entity user {
  table "users"
  key id: string
}
events of user {
  table "events"
  user column "user_id"
  time column "at"
  name column "event"
  properties column "props"
  event purchase { amount: number, paid_at: timestamp }
  event login { remember: boolean }
}
segment big of user = did purchase where amount > 5
segment remembered of user = did login where remember
segment paid of user = did purchase where paid_at is set
`;

  test("warns about property values every backend reads as missing, by event and property", async () => {
    const dir = tempProject({ "p.seg": schema });
    const engine = await openEngine(path.join(dir, "p.db"));
    await engine.exec(`CREATE TABLE users (id TEXT); CREATE TABLE events (user_id TEXT, at TEXT, event TEXT, props TEXT)`);
    await engine.exec(`INSERT INTO users VALUES ('u1'), ('u2')`);
    await engine.exec(`INSERT INTO events VALUES
      ('u1', '2024-03-01', 'purchase', '{"amount": "n/a", "paid_at": 1709251200}'),
      ('u2', '2024-03-01', 'purchase', '{"amount": "12", "paid_at": "2024-03-01T10:00:00+01:00"}'),
      ('u2', '2024-03-02', 'purchase', '{"amount": null}'),
      ('u1', '2024-03-01', 'login', '{"remember": "yes"}'),
      ('u2', '2024-03-01', 'login', '{"remember": 1}')`);
    await engine.close();
    for (const backend of ["sql", "js"]) {
      const run = await runCli(["run", ".", "--db", "p.db", "--as-of", AS_OF, "--format", "json", "--members", "--engine", backend], dir);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr.split("\n").filter(Boolean)).toEqual([
        'seg: warning: property "amount" of event "purchase" holds values that are not numbers (1 of the 3 purchase events sampled from table "events", e.g. "n/a"); seg reads them as missing.',
        'seg: warning: property "paid_at" of event "purchase" holds values that are not ISO-8601 times (1 of the 3 purchase events sampled from table "events", e.g. 1709251200); seg reads them as missing; for unix times, declare the property `paid_at: timestamp(unix_seconds)` (or unix_millis).',
        'seg: warning: property "remember" of event "login" holds values that are not booleans (true, false, 1, 0, "t", "f") (1 of the 2 login events sampled from table "events", e.g. "yes"); seg reads them as missing.',
      ]);
      const segments = (JSON.parse(run.stdout) as { segments: Record<string, { members: string[] }> }).segments;
      expect(segments).toEqual({ big: { entity: "user", size: 1, members: ["u2"] }, remembered: { entity: "user", size: 1, members: ["u2"] }, paid: { entity: "user", size: 1, members: ["u2"] } });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
