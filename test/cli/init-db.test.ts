/**
 * `seg init --db`: the schema it writes from a database checks, is formatted, and runs; a
 * segment on it has the members the same segment has in the project whose data filled the
 * database (segments/ on generated data, the examples on their real data sets), on SQLite,
 * DuckDB, PostgreSQL and MariaDB. Hostile names, an empty database and an empty table.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkProject, loadProject, type IRProject } from "../../compiler/index.ts";
import { openEngine, type Engine, type EngineName } from "../../compiler/engines/index.ts";
import { generateData, loadData } from "../../compiler/datagen/index.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import { defaultDataPath as cdnowData, loadCdnow, readCdnow } from "../../examples/cdnow/cdnow.ts";
import { defaultDataPath as retailData, loadOnlineRetail, readOnlineRetail } from "../../examples/online-retail/online-retail.ts";
import { defaultDataPath as taobaoData, loadTaobao, readTaobao } from "../../examples/taobao/taobao.ts";
import { readCatalog } from "../../cli/introspect/catalog.ts";
import { inferSchema } from "../../cli/introspect/infer.ts";
import { REPO_ROOT, runCli, tempProject } from "../helpers/cli.ts";
import { MYSQL_URL, PG_URL, testEngines, withEngine } from "../helpers/engines.ts";

const engines = await testEngines();

/** A database of one engine to fill: a file for SQLite and DuckDB, a fresh namespace on a server. */
interface Database {
  engine: Engine;
  target: string;
  /** `--schema` arguments naming where `tables` are (none on SQLite and DuckDB: their defaults read every schema). */
  schemaArgs(tables: string[][]): string[];
  /** Before the CLI opens it: SQLite and DuckDB files are closed (DuckDB locks its file). */
  release(): Promise<void>;
  close(): Promise<void>;
}

async function openDatabase(name: EngineName, dir: string): Promise<Database> {
  if (name === "sqlite" || name === "duckdb") {
    const file = path.join(dir, name === "sqlite" ? "data.db" : "data.duckdb");
    const target = name === "sqlite" ? file : `duckdb:${file}`;
    const engine = await openEngine(target);
    let open = true;
    const close = async (): Promise<void> => {
      if (open) await engine.close();
      open = false;
    };
    return { engine, target, schemaArgs: () => [], release: close, close };
  }
  const engine = await withEngine(name);
  return {
    engine,
    target: name === "postgres" ? PG_URL : MYSQL_URL,
    schemaArgs: (tables) => [...new Set(tables.map((t) => engine.resolveTable(t)[0]!))].flatMap((s) => ["--schema", s]),
    release: async () => undefined,
    close: () => engine.close(),
  };
}

async function checkedIr(files: { path: string; text: string }[]): Promise<IRProject> {
  const checked = checkProject(files);
  expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return checked.ir;
}

/** The schema of `dir` plus `segments`, checked. */
async function projectWith(dir: string, segments: string): Promise<IRProject> {
  const { files } = await loadProject([path.join(REPO_ROOT, dir, "schema.seg")]);
  return checkedIr([...files, { path: "compared.seg", text: segments }]);
}

const sortedKeys = (keys: unknown[]): string[] => keys.map(String).sort();

/**
 * Fills a database of `engine` with `load`, runs `original`'s segments on it, then `seg init
 * --db` on it, adds `introspected` (the same segments in the names seg init gives) and runs
 * them with `seg run`: the members must be the same, and not all empty.
 */
async function roundTrip(
  name: EngineName,
  options: { original: IRProject; introspected: string; load: (engine: Engine) => Promise<unknown>; asOf: string },
): Promise<{ schema: string; members: Record<string, string[]> }> {
  const cwd = tempProject({});
  const db = await openDatabase(name, cwd);
  try {
    await options.load(db.engine);
    const expected = await runMembership(db.engine, options.original, { asOf: options.asOf });
    await db.release();
    const tables = [...options.original.entities.map((e) => e.table), ...options.original.eventSources.map((s) => s.table)];
    const init = await runCli(["init", "intro", "--db", db.target, ...db.schemaArgs(tables)], cwd);
    expect([init.code, init.stderr]).toEqual([0, ""]);
    expect(init.stdout).toContain("created intro/ with schema.seg, segments.seg");
    expect(await runCli(["check", "intro"], cwd)).toMatchObject({ code: 0, stdout: "2 files checked, no problems\n" });
    expect((await runCli(["fmt", "--check", "intro"], cwd)).code).toBe(0);
    expect((await runCli(["run", "intro", "--db", db.target, "--as-of", options.asOf], cwd)).code).toBe(0);

    fs.writeFileSync(path.join(cwd, "intro", "compared.seg"), options.introspected);
    const run = await runCli(["run", "intro", "--db", db.target, "--as-of", options.asOf, "--members", "--format", "json"], cwd);
    expect(run.code, run.stderr).toBe(0);
    const got = JSON.parse(run.stdout) as { segments: Record<string, { members: unknown[] }> };
    const members: Record<string, string[]> = {};
    for (const s of options.original.segments) {
      members[s.name] = sortedKeys(got.segments[s.name]!.members);
      expect(members[s.name], s.name).toEqual(sortedKeys(expected.segments[s.name]!.members ?? []));
    }
    expect(Object.values(members).some((m) => m.length > 0)).toBe(true);
    return { schema: fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8"), members };
  } finally {
    await db.close();
  }
}

const GENERATED_AS_OF = "2025-06-01T00:00:00.000Z";
/** Segments of segments/schema.seg that read attributes, a relation, events and JSON properties. */
const ON_GENERATED = `
segment cmp_logins = did login on at least 3 days in last 30 days
segment cmp_spend = sum(purchase.amount in last 90 days) > 50
segment cmp_firmographic = country == "DE" or account.employees >= 1000
segment cmp_pricing = did page_viewed where path starts with "/pricing" in last 30 days
segment cmp_tags = tags has "beta" and signed_up_at before 60 days ago
`;

describe.each(engines)("seg init --db on $name", (fx) => {
  test.skipIf(!fx.available)("a database seg generate wrote for segments/: the schema it had, and the same members", { timeout: 120_000 }, async () => {
    const original = await projectWith("segments", ON_GENERATED);
    const { schema } = await roundTrip(fx.name, {
      original,
      introspected: ON_GENERATED,
      asOf: GENERATED_AS_OF,
      load: (engine) => loadData(engine, original, generateData(original, { users: 300, seed: 7, asOf: new Date(GENERATED_AS_OF) })),
    });
    expect(schema).toContain("account: account via account_id");
    expect(schema).toContain('properties column "props"');
    expect(schema).toMatch(/event purchase \{ amount: number, currency: string, order_id: string \}/);
    expect(schema).toContain("tags: list<string>");
  });

  test.skipIf(!fx.available || !fs.existsSync(taobaoData))("Taobao: unix-second times, behaviours pv/cart/fav/buy, shoppers found by their keys", { timeout: 60_000 }, async () => {
    const compared = (buy: string, view: string): string =>
      `segment cmp_buyers = did ${buy} on at least 2 days\nsegment cmp_browsers = count(${view} in last 3 days) >= 20\n`;
    const { schema } = await roundTrip(fx.name, {
      original: await projectWith("examples/taobao", compared("purchase", "page_view")),
      introspected: compared("buy", "pv"),
      asOf: "2017-12-03T16:00:00.000Z",
      load: (engine) => loadTaobao(engine, readTaobao(taobaoData)),
    });
    expect(schema).toMatch(/time column "ts" \(unix_seconds\)/);
    expect(schema).toContain('name column "behavior"');
    expect(schema).toMatch(/\/\/ seg init: "user_id" read as keys of shopper/);
  });

  test.skipIf(!fx.available || !fs.existsSync(cdnowData))("CDNOW: a purchases table without a name column is one event", { timeout: 120_000 }, async () => {
    const compared = "segment cmp_big = sum(purchase.amount) > 100 and count(purchase in last 365 days) >= 2\n";
    const { schema } = await roundTrip(fx.name, {
      original: await projectWith("examples/cdnow", compared),
      introspected: compared,
      asOf: "1998-07-01T00:00:00.000Z",
      load: (engine) => loadCdnow(engine, readCdnow(cdnowData)),
    });
    expect(schema).toMatch(/event purchase \{\s+table "(?:[^".]+\.)?purchases"\s+cds: number\s+amount: number\s+\}/);
  });
});

// 406,829 rows: on the embedded engines only, as test/examples/ loads it (35–40 s more per server).
describe.each(engines.filter((fx) => fx.name === "sqlite" || fx.name === "duckdb"))("seg init --db on $name, Online Retail", (fx) => {
  test.skipIf(!fx.available || !fs.existsSync(retailData))("Online Retail: JSON properties per event, and a column property", { timeout: 180_000 }, async () => {
    const compared = (invoice: string): string =>
      `segment cmp_cancellers = count(cancellation) >= 2 and sum(purchase.amount in last 90 days) > 500\nsegment cmp_invoices = distinct(purchase.${invoice}) >= 20\n`;
    const { schema } = await roundTrip(fx.name, {
      original: await projectWith("examples/online-retail", compared("invoice")),
      introspected: compared("invoice_no"),
      asOf: "2011-12-10T00:00:00.000Z",
      load: (engine) => loadOnlineRetail(engine, readOnlineRetail(retailData)),
    });
    expect(schema).toContain('invoice_no: string column "invoice_no"');
    expect(schema).toContain("countries: list<string>");
  });
});

/**
 * Tables and columns with blanks, quotes, accents, keywords and leading digits; events
 * whose stored names are no seg names (one a keyword, two that fold to one name); a table
 * with a dot in its name (left out); a table with no rows (types from its declaration).
 */
async function createHostileTables(engine: Engine): Promise<void> {
  const name = (n: string): string => engine.quoteTable(engine.resolveTable([n]));
  const q = (n: string): string => engine.quoteTable([n]);
  const [text, time] = engine.name === "mysql" ? ["VARCHAR(100)", "DATETIME(3)"] : ["TEXT", engine.name === "sqlite" ? "TEXT" : "TIMESTAMP"];
  await engine.exec(
    `CREATE TABLE ${name("Customer List")} (${q("Customer ID")} ${text} PRIMARY KEY, ${q("select")} ${text}, ${q('say "hi"')} ${text}, ${q("Événement")} ${text}, ${q("123abc")} DOUBLE PRECISION, ${q("in")} ${text})`,
  );
  await engine.exec(`INSERT INTO ${name("Customer List")} VALUES ('c1', 'a', 'b', 'c', 1, 'x'), ('c2', 'a', 'b', 'c', 2, 'y')`);
  await engine.exec(`CREATE TABLE ${name("Activity Log")} (${q("Customer ID")} ${text}, ${q("When")} ${time}, ${q("Event Type")} ${text}, ${q("order")} DOUBLE PRECISION)`);
  await engine.exec(
    `INSERT INTO ${name("Activity Log")} VALUES ('c1', '2024-01-01 10:00:00', 'Page View', 1), ('c1', '2024-01-02 10:00:00', 'sign-up', 2), ` +
      `('c2', '2024-01-03 10:00:00', 'count', 3), ('c2', '2024-01-03 11:00:00', 'in', 4), ('c2', '2024-01-03 12:00:00', 'page_view', 5), ('c2', '2024-01-03 12:30:00', '2fa', 6)`,
  );
  await engine.exec(`CREATE TABLE ${name("empty_accounts")} (id ${text} PRIMARY KEY, name ${text}, employees INTEGER)`);
  await engine.exec(`CREATE TABLE ${name("has.dot")} (id ${text})`);
}

describe.each(engines)("seg init --db with hostile names on $name", (fx) => {
  test.skipIf(!fx.available)("every name is a seg name, every stored name is kept, and the project runs", { timeout: 60_000 }, async () => {
    const cwd = tempProject({});
    const db = await openDatabase(fx.name, cwd);
    try {
      await createHostileTables(db.engine);
      await db.release();
      const init = await runCli(["init", "intro", "--db", db.target, ...db.schemaArgs([["Customer List"]])], cwd);
      expect(init.code, init.stderr).toBe(0);
      const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
      const table = (n: string): string => (fx.name === "sqlite" || fx.name === "duckdb" ? n : `${db.engine.resolveTable([n]).join(".")}`);
      expect(schema).toContain(`// seg init: table ${JSON.stringify(table("has.dot"))} left out: its name holds a \`.\``);
      for (const line of [
        `table ${JSON.stringify(table("Customer List"))}`,
        'key customer_id: string column "Customer ID"',
        "select: string",
        'say_hi: string column "say \\"hi\\""',
        'evenement: string column "Événement"',
        'column_123abc: number column "123abc"',
        'in_column: string column "in"',
        'customer_list column "Customer ID"',
        'name column "Event Type"',
        "event page_view {",
        'event page_view_2 named "Page View"',
        'event count_event named "count"',
        'event in_event named "in"',
        'event sign_up named "sign-up"',
        'event event_2fa named "2fa"',
        'order: number column "order"',
        "entity empty_account {",
        "employees: number",
      ]) {
        expect(schema).toContain(line);
      }
      expect(schema).toMatch(/\/\/\/ Read from table "[^"]*empty_accounts" \(0 rows; no rows: types from the declared column types\)/);
      expect(await runCli(["check", "intro"], cwd)).toMatchObject({ code: 0 });
      fs.writeFileSync(path.join(cwd, "intro", "compared.seg"), "segment viewers = did page_view_2 or did count_event where order > 2\n");
      const run = await runCli(["run", "intro", "--db", db.target, "--as-of", "2024-02-01T00:00:00Z", "--segment", "viewers", "--members", "--format", "json"], cwd);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).segments.viewers.members).toEqual(["c1", "c2"]);
    } finally {
      await db.close();
    }
  });

  test.skipIf(!fx.available)("an empty database (or schema): a one-line error, exit 2, nothing written", async () => {
    const cwd = tempProject({});
    const db = await openDatabase(fx.name, cwd);
    try {
      // A table elsewhere makes the file a database (and the server's namespace is made).
      await db.engine.createTable(["elsewhere", "t"], [{ name: "id", type: "string" }]);
      await db.release();
      const schema = fx.name === "sqlite" || fx.name === "duckdb" ? "main" : db.engine.resolveTable(["t"])[0]!;
      const init = await runCli(["init", "intro", "--db", db.target, "--schema", schema], cwd);
      expect([init.code, init.stdout]).toEqual([2, ""]);
      expect(init.stderr).toMatch(new RegExp(`^seg: .*: no tables in schema ${schema}; .*nothing written\\n$`));
      expect(fs.existsSync(path.join(cwd, "intro"))).toBe(false);
    } finally {
      await db.close();
    }
  });
});

/** A temporary working directory holding the SQLite database `file` made by `sql`. */
async function withSqliteFile(file: string, sql: string): Promise<string> {
  const cwd = tempProject({});
  const engine = await openEngine(path.join(cwd, file));
  await engine.exec(sql);
  await engine.close();
  return cwd;
}

describe("seg init --db: events tables", () => {
  test("a keyed events table with an `event` column, JSON property types, three tables of one entity, one of them empty", { timeout: 30_000 }, async () => {
    const cwd = await withSqliteFile(
      "data.db",
      `CREATE TABLE users (id TEXT PRIMARY KEY, plan TEXT); INSERT INTO users VALUES ('u1', 'pro'), ('u2', 'free');
       CREATE TABLE events (id INTEGER PRIMARY KEY, user_id TEXT, occurred_at TEXT, event TEXT, properties TEXT);
       INSERT INTO events VALUES (1, 'u1', '2024-01-01 10:00:00', 'login', '{"device": "ios", "at": "2024-01-01T10:00:00Z", "n": 1, "ok": true}'),
         (2, 'u2', '2024-01-02 10:00:00', 'purchase', '{"amount": 3, "Bad Key": 1, "mixed": 1}'),
         (3, 'u2', '2024-01-03 11:00:00', 'purchase', '{"amount": 4.5, "mixed": "x"}');
       CREATE TABLE purchases (user_id TEXT, purchased_at TEXT, amount REAL); INSERT INTO purchases VALUES ('u1', '2024-01-01 10:00:00', 3);
       CREATE TABLE clicks (user_id TEXT, clicked_at TIMESTAMP, action TEXT);`,
    );
    const init = await runCli(["init", "intro", "--db", "data.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
    expect(schema).toContain('event login {\n    at: timestamp\n    device: string\n    n: number\n    ok: boolean\n    id: number column "id"\n  }');
    expect(schema).toContain('// seg init: JSON property "Bad Key" left out: a JSON property is read under its own name, and this one is no seg name');
    expect(schema).toContain('// seg init: JSON property "mixed" left out: its values are of several types, or objects');
    expect(schema).toContain('event purchase { amount: number, id: number column "id" }');
    expect(schema).toContain('events of user {\n  table "purchases"');
    expect(schema).toContain("event purchase_2 {");
    expect(schema).toMatch(/events of user \{\n {2}table "clicks"\n {2}user column "user_id"\n {2}time column "clicked_at"\n {2}name column "action"\n {2}\/\/ seg init: no rows, so no event names to read: declare each `event <name>` that "action" will hold\n\}/);
    fs.writeFileSync(path.join(cwd, "intro", "compared.seg"), "segment buyers = did purchase where amount > 4 or did purchase_2\nsegment on_ios = did login where (device == \"ios\" and at before 2024-01-02)\n");
    const run = await runCli(["run", "intro", "--db", "data.db", "--as-of", "2024-02-01T00:00:00Z", "--members", "--format", "json"], cwd);
    expect(run.code, run.stderr).toBe(0);
    const segments = JSON.parse(run.stdout).segments;
    expect([segments.buyers.members, segments.on_ios.members]).toEqual([["u1", "u2"], ["u1"]]);
  });
});

describe("seg init --db: the starter segments", () => {
  test("of two entities with events, each segment says which one it is about (SEG1009), and is written", async () => {
    const cwd = await withSqliteFile(
      "data.db",
      `CREATE TABLE users (id TEXT PRIMARY KEY); INSERT INTO users VALUES ('u1');
       CREATE TABLE teams (id TEXT PRIMARY KEY); INSERT INTO teams VALUES ('t1');
       CREATE TABLE logins (user_id TEXT, ts TEXT); INSERT INTO logins VALUES ('u1', '2024-01-01 10:00:00');
       CREATE TABLE invoices (team_id TEXT, ts TEXT); INSERT INTO invoices VALUES ('t1', '2024-01-01 10:00:00'), ('t1', '2024-01-02 10:00:00');`,
    );
    const init = await runCli(["init", "intro", "--db", "data.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("created intro/ with schema.seg, segments.seg");
    const segments = fs.readFileSync(path.join(cwd, "intro", "segments.seg"), "utf8");
    expect(segments).toContain("segment active_last_30_days of team { where did invoice in last 30 days }");
    expect(await runCli(["check", "intro"], cwd)).toMatchObject({ code: 0 });
  });
});

describe("seg init --db: columns a schema cannot name", () => {
  test("an empty column name and one ending with a blank are left out with the reason, and the project is written", async () => {
    const cwd = await withSqliteFile(
      "data.db",
      `CREATE TABLE users (id TEXT PRIMARY KEY, "" TEXT, "plan " TEXT, country TEXT); INSERT INTO users VALUES ('u1', 'a', 'pro', 'FR');`,
    );
    const init = await runCli(["init", "intro", "--db", "data.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
    expect(schema).toContain('// seg init: column "" left out: its name is empty');
    expect(schema).toContain('// seg init: column "plan " left out: its name ends with a blank, which MySQL refuses');
    expect(schema).toContain("  key id: string\n  country: string\n}");
  });
});

describe("seg init --db on SQLite: a view over a dropped table", () => {
  test("is left out with the engine's reason; the other tables are read", async () => {
    const cwd = await withSqliteFile(
      "data.db",
      "CREATE TABLE users (id TEXT PRIMARY KEY); CREATE TABLE gone (x INT); CREATE VIEW broken AS SELECT x FROM gone; DROP TABLE gone;",
    );
    const init = await runCli(["init", "intro", "--db", "data.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("  broken → left out: cannot read it: no such table: main.gone");
    expect(fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8")).toContain("entity user {");
  });
});

describe("seg init --db: the summary", () => {
  test("shows a control character of a table's name as its picture, one line per table", async () => {
    const cwd = await withSqliteFile("data.db", `CREATE TABLE users (id TEXT PRIMARY KEY); CREATE TABLE "odd\nname" (x TEXT);`);
    const init = await runCli(["init", "intro", "--db", "data.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("  odd\u240aname → left out: no key");
  });

  test("counts one event named by a column as one", async () => {
    const cwd = await withSqliteFile(
      "data.db",
      `CREATE TABLE users (id TEXT PRIMARY KEY); INSERT INTO users VALUES ('u1');
       CREATE TABLE events (user_id TEXT, ts TEXT, event TEXT); INSERT INTO events VALUES ('u1', '2024-01-01 10:00:00', 'login');`,
    );
    const init = await runCli(["init", "intro", "--db", "data.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('  events → events of user: 1 event named by "event"\n');
  });
});

describe("seg init --db: an `event` column of NULLs only", () => {
  test("is still the name column (with a note to declare the events), not a property of one event per row", async () => {
    const cwd = await withSqliteFile(
      "data.db",
      `CREATE TABLE users (id TEXT PRIMARY KEY); INSERT INTO users VALUES ('u1');
       CREATE TABLE events (user_id TEXT, occurred_at TEXT, event TEXT, properties TEXT); INSERT INTO events VALUES ('u1', '2024-01-01 10:00:00', NULL, '{"a": 1}');`,
    );
    const init = await runCli(["init", "intro", "--db", "data.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
    expect(schema).toContain(
      '  name column "event"\n  properties column "properties"\n  // seg init: no names in its rows (all NULL), so no event names to read: declare each `event <name>` that "event" will hold\n}',
    );
  });
});

describe("seg init --db on a SQLite database imported from CSV (every value text)", () => {
  test("numbers and unix times kept as text are numbers and unix times, compared as numbers", async () => {
    const cwd = await withSqliteFile(
      "csv.db",
      `CREATE TABLE shoppers (id TEXT); INSERT INTO shoppers VALUES ('1'), ('2'), ('10');
       CREATE TABLE behaviors (user_id TEXT, item_id TEXT, behavior TEXT, ts TEXT);
       INSERT INTO behaviors VALUES ('1', '5', 'pv', '1511544070'), ('1', '50', 'buy', '1511544170'), ('10', '7', 'pv', '1511644070'), ('2', '12', 'pv', '1511644070');`,
    );
    const init = await runCli(["init", "intro", "--db", "csv.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
    for (const line of ["key id: number", 'time column "ts" (unix_seconds)', 'event pv { item_id: number column "item_id" }']) expect(schema).toContain(line);
    // As text, "5" < "10" is false and "12" < "10" too: numbers give 1 and 10.
    fs.writeFileSync(path.join(cwd, "intro", "compared.seg"), "segment cheap = did pv where item_id < 10 in last 30 days\n");
    const run = await runCli(["run", "intro", "--db", "csv.db", "--as-of", "2017-12-01T00:00:00Z", "--segment", "cheap", "--members", "--format", "json"], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).segments.cheap.members).toEqual([1, 10]);
  });
});

describe("seg init --db: people stay entities", () => {
  test("users with a sign-up time and an account are an entity related to accounts, not events of accounts", async () => {
    const cwd = await withSqliteFile(
      "data.db",
      `CREATE TABLE accounts (id TEXT PRIMARY KEY, industry TEXT); INSERT INTO accounts VALUES ('a1', 'retail');
       CREATE TABLE users (id TEXT PRIMARY KEY, account_id TEXT REFERENCES accounts (id), signed_up_at TEXT); INSERT INTO users VALUES ('u1', 'a1', '2024-01-01 10:00:00');`,
    );
    const init = await runCli(["init", "intro", "--db", "data.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
    expect(schema).toContain('entity user {\n  table "users"\n  key id: string\n  signed_up_at: timestamp\n  account: account via account_id\n}');
    expect(schema).not.toContain("events of");
  });
});

describe("seg init --db on a database seg demo wrote", () => {
  test("seg demo's own marker table is not the user's: neither listed nor left out", async () => {
    const cwd = await withSqliteFile(
      "data.db",
      `CREATE TABLE seg_demo (created_at TEXT);
       CREATE TABLE users (id TEXT PRIMARY KEY, country TEXT); INSERT INTO users VALUES ('u1', 'FR');`,
    );
    const init = await runCli(["init", "intro", "--db", "data.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("read 1 table of data.db");
    expect(init.stdout + fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8")).not.toContain("seg_demo");
  });
});

describe("seg init --db: refusals", () => {
  test("events whose entity has no table: no project, the reason and a view to create, exit 1", async () => {
    const cwd = await withSqliteFile("data.db", "CREATE TABLE events (user_id TEXT, occurred_at TEXT, event TEXT); INSERT INTO events VALUES ('u1', '2024-01-01 10:00:00', 'login')");
    const init = await runCli(["init", "intro", "--db", "data.db"], cwd);
    expect(init.code).toBe(1);
    expect(init.stderr).toBe(
      'seg: data.db: no table has a key (a primary key, or an `id` column unique in the sample), and a project needs an entity; nothing written (events: its "user_id" names no entity: no table has those keys, and an entity needs a table of its own. Create one, e.g. CREATE VIEW users AS SELECT DISTINCT "user_id" AS id FROM "main"."events", and run seg init again)\n',
    );
    expect(fs.existsSync(path.join(cwd, "intro"))).toBe(false);
  });

  test("--table reads only the tables named; an unknown one is refused", async () => {
    const cwd = await withSqliteFile("data.db", "CREATE TABLE users (id TEXT PRIMARY KEY, plan TEXT); CREATE TABLE accounts (id TEXT PRIMARY KEY)");
    const init = await runCli(["init", "intro", "--db", "data.db", "--table", "users"], cwd);
    expect(init.code, init.stderr).toBe(0);
    const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
    expect(schema).toContain("entity user {");
    expect(schema).not.toContain("account");
    expect(init.stdout).toContain("note: no events found: segments.seg not written");
    expect(init.stdout).toMatch(/\nnext:\n  npx --no-install seg check intro\n  write segments in intro\/ .*\n$/);
    expect(fs.readdirSync(path.join(cwd, "intro"))).toEqual(["schema.seg"]);
    const unknown = await runCli(["init", "other", "--db", "data.db", "--table", "users", "--table", "orders"], cwd);
    expect([unknown.code, unknown.stderr]).toEqual([2, "seg: data.db: no table orders in schema main; nothing written\n"]);
  });

  test("a folder with .seg files is refused before the database is opened; --schema needs --db; a missing file or server", async () => {
    const cwd = tempProject({ "segments/mine.seg": "segment mine = true\n" });
    const refused = await runCli(["init", "--db", "postgres://nobody@127.0.0.1:1/none"], cwd);
    expect([refused.code, refused.stderr]).toEqual([2, "seg: segments already holds .seg files (segments/mine.seg): seg init starts a new project and writes over nothing\n"]);
    expect(await runCli(["init", "x", "--schema", "public"], cwd)).toMatchObject({ code: 2, stderr: "seg: --schema needs --db: it chooses what seg init reads from a database\n" });
    expect(await runCli(["init", "x", "--db", "missing.db"], cwd)).toMatchObject({ code: 2, stderr: "seg: no database at missing.db: seg init --db reads a database that exists\n" });
    const server = await runCli(["init", "x", "--db", "postgres://nobody:secret@127.0.0.1:1/none"], cwd);
    expect(server.code).toBe(2);
    expect(server.stderr).toMatch(/^seg: cannot connect to PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: .*\n$/);
    expect(fs.existsSync(path.join(cwd, "x"))).toBe(false);
  });

  test("SQLite: a --schema that names no attached database is refused as on the other engines, without SQL", async () => {
    const cwd = await withSqliteFile("data.db", "CREATE TABLE users (id TEXT PRIMARY KEY)");
    const init = await runCli(["init", "intro", "--db", "data.db", "--schema", "analytics"], cwd);
    expect([init.code, init.stderr]).toEqual([2, "seg: data.db: no tables in schema analytics; schemas with tables: main (choose with --schema); nothing written\n"]);
  });

  test("the next steps are quoted for the shell", async () => {
    const cwd = await withSqliteFile(
      "my data.db",
      "CREATE TABLE users (id TEXT PRIMARY KEY); CREATE TABLE events (user_id TEXT REFERENCES users (id), occurred_at TEXT, event TEXT); INSERT INTO users VALUES ('u1'); INSERT INTO events VALUES ('u1', '2024-01-01 10:00:00', 'login')",
    );
    const init = await runCli(["init", "my proj", "--db", "my data.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("  npx --no-install seg check 'my proj'\n  npx --no-install seg run 'my proj' --db 'my data.db'\n");
  });
});

describe.each(engines)("seg init --db on keys and foreign keys on $name", (fx) => {
  test.skipIf(!fx.available)("a table with a key, a time and a foreign key to an entity is one event per row", { timeout: 60_000 }, async () => {
    const cwd = tempProject({});
    const db = await openDatabase(fx.name, cwd);
    try {
      const { engine } = db;
      const name = (n: string): string => engine.quoteTable(engine.resolveTable([n]));
      const [text, time] = engine.name === "mysql" ? ["VARCHAR(100)", "DATETIME(3)"] : ["TEXT", engine.name === "sqlite" ? "TEXT" : "TIMESTAMP"];
      await engine.exec(`CREATE TABLE ${name("customers")} (id INTEGER PRIMARY KEY, full_name ${text}, born DATE)`);
      await engine.exec(`INSERT INTO ${name("customers")} VALUES (1, 'Ann', '1980-05-01'), (2, 'Bob', '1995-01-01'), (3, 'Cy', NULL)`);
      await engine.exec(`CREATE TABLE ${name("orders")} (id INTEGER PRIMARY KEY, buyer INTEGER REFERENCES ${name("customers")} (id), placed ${time}, total DOUBLE PRECISION)`);
      await engine.exec(`INSERT INTO ${name("orders")} VALUES (10, 1, '2024-03-01 10:00:00', 20), (11, 1, '2024-03-02 10:00:00', 30), (12, 2, '2023-01-01 10:00:00', 5)`);
      // A session_id that names no table does not keep orders from being events.
      await engine.exec(`CREATE TABLE ${name("page_views")} (customer_id INTEGER, session_id ${text}, viewed ${time})`);
      await engine.exec(`INSERT INTO ${name("page_views")} VALUES (1, 's1', '2024-03-05 10:00:00'), (1, 's1', '2024-03-05 10:01:00'), (3, 's2', '2023-03-05 10:00:00')`);
      await db.release();
      const init = await runCli(["init", "intro", "--db", db.target, ...db.schemaArgs([["customers"]])], cwd);
      expect(init.code, init.stderr).toBe(0);
      const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
      for (const line of ["entity customer {", "born: timestamp", "events of customer {", 'customer column "buyer"', 'time column "placed"', "event order {", "total: number", "event page_view {"]) {
        expect(schema).toContain(line);
      }
      expect(schema).toContain("// seg init: read as events, not as an entity");
      fs.writeFileSync(path.join(cwd, "intro", "compared.seg"), "segment buyers = count(order in last 30 days) >= 2 and born before 1990-01-01\n");
      const run = await runCli(["run", "intro", "--db", db.target, "--as-of", "2024-03-10T00:00:00Z", "--members", "--format", "json"], cwd);
      expect(run.code, run.stderr).toBe(0);
      const segments = JSON.parse(run.stdout).segments;
      expect(segments.buyers.members.map(Number)).toEqual([1]);
      expect(segments.active_last_30_days.members.map(Number)).toEqual([1]);
    } finally {
      await db.close();
    }
  });
});

describe("seg init --db on PostgreSQL: a partitioned table", () => {
  const pg = engines.find((e) => e.name === "postgres")!;
  test.skipIf(!pg.available)("is one events table: its partitions are not tables of their own", { timeout: 60_000 }, async () => {
    const engine = await withEngine("postgres");
    const [ns] = engine.resolveTable(["users"]);
    try {
      await engine.exec(
        `CREATE TABLE "${ns}".users (id text PRIMARY KEY); INSERT INTO "${ns}".users VALUES ('u1');` +
          `CREATE TABLE "${ns}".events (user_id text, occurred_at timestamptz, event text) PARTITION BY RANGE (occurred_at);` +
          `CREATE TABLE "${ns}".events_2024 PARTITION OF "${ns}".events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');` +
          `CREATE TABLE "${ns}".events_2025 PARTITION OF "${ns}".events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');` +
          `INSERT INTO "${ns}".events VALUES ('u1', '2024-05-01', 'login'), ('u1', '2025-05-01', 'purchase');`,
      );
      const cwd = tempProject({});
      const init = await runCli(["init", "intro", "--db", PG_URL, "--schema", ns!], cwd);
      expect(init.code, init.stderr).toBe(0);
      expect(init.stdout).toContain(`seg init: read 2 tables of ${PG_URL}:\n  ${ns}.users → entity user (key id, 0 attributes, 0 relations)\n  ${ns}.events → events of user: 2 events named by "event"\n`);
    } finally {
      await engine.close();
    }
  });
});

describe("seg init --db on PostgreSQL: uuid keys", () => {
  const pg = engines.find((e) => e.name === "postgres")!;
  test.skipIf(!pg.available)("a uuid primary key is a string key, and a uuid column naming it the events' entity", { timeout: 60_000 }, async () => {
    const engine = await withEngine("postgres");
    const [ns] = engine.resolveTable(["users"]);
    try {
      await engine.exec(
        `CREATE TABLE "${ns}".users (id uuid PRIMARY KEY, plan text); INSERT INTO "${ns}".users VALUES ('6f1c0a2e-0000-4000-8000-000000000001', 'pro');` +
          `CREATE TABLE "${ns}".events (user_id uuid, occurred_at timestamptz, event text); INSERT INTO "${ns}".events VALUES ('6f1c0a2e-0000-4000-8000-000000000001', '2024-05-01', 'login');`,
      );
      const cwd = tempProject({});
      const init = await runCli(["init", "intro", "--db", PG_URL, "--schema", ns!], cwd);
      expect(init.code, init.stderr).toBe(0);
      expect(fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8")).toContain("key id: string");
      fs.writeFileSync(path.join(cwd, "intro", "compared.seg"), "segment logged_in = did login\n");
      for (const engineName of ["sql", "js"]) {
        const run = await runCli(["run", "intro", "--db", PG_URL, "--as-of", "2024-06-01T00:00:00Z", "--segment", "logged_in", "--members", "--format", "json", "--engine", engineName], cwd);
        expect(run.code, run.stderr).toBe(0);
        expect(JSON.parse(run.stdout).segments.logged_in.members).toEqual(["6f1c0a2e-0000-4000-8000-000000000001"]);
      }
    } finally {
      await engine.close();
    }
  });
});

describe("seg init --db on PostgreSQL: enum types", () => {
  const pg = engines.find((e) => e.name === "postgres")!;
  test.skipIf(!pg.available)("a column of an enum type is a string, as a MariaDB ENUM is", { timeout: 60_000 }, async () => {
    const engine = await withEngine("postgres");
    const [ns] = engine.resolveTable(["users"]);
    try {
      await engine.exec(`CREATE TYPE "${ns}".plan AS ENUM ('free', 'pro'); CREATE TABLE "${ns}".users (id text PRIMARY KEY, plan "${ns}".plan); INSERT INTO "${ns}".users VALUES ('u1', 'pro'), ('u2', 'free');`);
      const cwd = tempProject({});
      const init = await runCli(["init", "intro", "--db", PG_URL, "--schema", ns!], cwd);
      expect(init.code, init.stderr).toBe(0);
      expect(fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8")).toContain("  key id: string\n  plan: string\n");
      fs.writeFileSync(path.join(cwd, "intro", "compared.seg"), 'segment paying = plan == "pro"\n');
      for (const engineName of ["sql", "js"]) {
        const run = await runCli(["run", "intro", "--db", PG_URL, "--segment", "paying", "--members", "--format", "json", "--engine", engineName], cwd);
        expect(run.code, run.stderr).toBe(0);
        expect(JSON.parse(run.stdout).segments.paying.members).toEqual(["u1"]);
      }
    } finally {
      await engine.close();
    }
  });
});

describe("seg init --db on MariaDB: event names that differ in case", () => {
  const my = engines.find((e) => e.name === "mysql")!;
  // The tests' databases compare exactly (utf8mb4_bin); a user's default collation does not.
  test.skipIf(!my.available)("are events of their own, with their own rows and properties, as seg reads names exactly", { timeout: 60_000 }, async () => {
    const engine = await withEngine("mysql");
    const [db] = engine.resolveTable(["users"]);
    try {
      await engine.exec(
        `CREATE TABLE \`${db}\`.users (id VARCHAR(10) PRIMARY KEY); INSERT INTO \`${db}\`.users VALUES ('u1'), ('u2');` +
          `CREATE TABLE \`${db}\`.events (user_id VARCHAR(10), ts DATETIME(3), event VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci, properties JSON);` +
          `INSERT INTO \`${db}\`.events VALUES ('u1', '2024-01-01', 'Buy', '{"n": 1}'), ('u1', '2024-01-02', 'Buy', '{"n": 2}'), ('u2', '2024-01-03', 'buy', '{"s": "x"}');`,
      );
      const cwd = tempProject({});
      const init = await runCli(["init", "intro", "--db", MYSQL_URL, "--schema", db!], cwd);
      expect(init.code, init.stderr).toBe(0);
      const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
      expect(schema).toContain("/// 2 of 3 rows.\n  event Buy { n: number }");
      expect(schema).toContain('/// 1 of 3 rows.\n  event buy_2 named "buy" { s: string }');
    } finally {
      await engine.close();
    }
  });
});

describe("seg init --db: array columns", () => {
  const [duck, pg] = ["duckdb", "postgres"].map((name) => engines.find((e) => e.name === name)!);
  test.skipIf(!duck.available)("DuckDB: a list of numbers or strings is a list, not its element's type", { timeout: 60_000 }, async () => {
    const cwd = tempProject({});
    const engine = await openEngine(`duckdb:${path.join(cwd, "data.duckdb")}`);
    await engine.exec("CREATE TABLE users (id VARCHAR PRIMARY KEY, nums INTEGER[], tags VARCHAR[], stamps TIMESTAMP[]); INSERT INTO users VALUES ('u1', [1, 2], ['x'], NULL)");
    await engine.close();
    const init = await runCli(["init", "intro", "--db", "duckdb:data.duckdb"], cwd);
    expect(init.code, init.stderr).toBe(0);
    const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
    expect(schema).toContain("  nums: list<number>\n  tags: list<string>\n");
    expect(schema).toContain('// seg init: column "stamps" left out: its type timestamp[] is a list of neither strings nor numbers');
    fs.writeFileSync(path.join(cwd, "intro", "compared.seg"), "segment twos = nums has 2\n");
    for (const engineName of ["sql", "js"]) {
      const run = await runCli(["run", "intro", "--db", "duckdb:data.duckdb", "--segment", "twos", "--members", "--format", "json", "--engine", engineName], cwd);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).segments.twos.members).toEqual(["u1"]);
    }
  });

  test.skipIf(!pg.available)("PostgreSQL: an array, which seg reads as a list only from JSON, is left out with the view to write", { timeout: 60_000 }, async () => {
    const engine = await withEngine("postgres");
    const [ns] = engine.resolveTable(["users"]);
    try {
      await engine.exec(`CREATE TABLE "${ns}".users (id text PRIMARY KEY, tags text[]); INSERT INTO "${ns}".users VALUES ('u1', '{x}');`);
      const cwd = tempProject({});
      const init = await runCli(["init", "intro", "--db", PG_URL, "--schema", ns!], cwd);
      expect(init.code, init.stderr).toBe(0);
      expect(fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8")).toContain(
        '// seg init: column "tags" left out: it is a PostgreSQL array (text[]), and seg reads a list there from JSON: read it through a view with to_jsonb("tags")',
      );
      fs.writeFileSync(path.join(cwd, "intro", "compared.seg"), "segment everyone = true\n");
      const run = await runCli(["run", "intro", "--db", PG_URL, "--engine", "js", "--format", "json"], cwd);
      expect(run.code, run.stderr).toBe(0);
    } finally {
      await engine.close();
    }
  });
});

describe("seg init --db on PostgreSQL: what the login may not read", () => {
  const pg = engines.find((e) => e.name === "postgres")!;
  test.skipIf(!pg.available)("a table it sees but may not read is left out, with the reason; columns without a grant are not seen", { timeout: 60_000 }, async () => {
    const engine = await withEngine("postgres");
    const admin = await openEngine(PG_URL);
    // Roles are cluster-wide: a name of this run's own.
    const role = `seg_init_grants_${randomBytes(4).toString("hex")}`;
    const [ns] = engine.resolveTable(["users"]);
    try {
      await engine.exec(
        `CREATE TABLE "${ns}".users (id text PRIMARY KEY, plan text, email text); INSERT INTO "${ns}".users VALUES ('u1', 'pro', 'a@x');` +
          `CREATE TABLE "${ns}".payroll (id text PRIMARY KEY, salary double precision);`,
      );
      await admin.exec(
        `CREATE ROLE ${role} LOGIN; GRANT USAGE ON SCHEMA "${ns}" TO ${role}; GRANT SELECT (id, plan) ON "${ns}".users TO ${role}; GRANT INSERT ON "${ns}".payroll TO ${role}`,
      );
      const url = new URL(PG_URL);
      url.username = role;
      const cwd = tempProject({});
      const init = await runCli(["init", "intro", "--db", url.toString(), "--schema", ns!], cwd);
      expect(init.code, init.stderr).toBe(0);
      expect(init.stdout).toMatch(new RegExp(`  ${ns}\\.payroll → left out: cannot read it: permission denied for table payroll \\(42501\\)\\n`));
      const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
      expect(schema).toMatch(/entity user \{\n {2}table "[^"]+\.users"\n(?: {2}\/\/ seg init: .*\n)? {2}key id: string\n {2}plan: string\n\}/);
      expect(await runCli(["check", "intro"], cwd)).toMatchObject({ code: 0 });
    } finally {
      await admin.exec(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
      await admin.close();
      await engine.close();
    }
  });
});

describe("seg init --db reads a bounded part of a large table", () => {
  test("event names from the first 100,000 rows only, and every statement on a table has a LIMIT", { timeout: 60_000 }, async () => {
    const cwd = tempProject({});
    const file = path.join(cwd, "big.db");
    const engine = await openEngine(file);
    await engine.exec("CREATE TABLE users (id TEXT PRIMARY KEY); INSERT INTO users VALUES ('u0'), ('u1'), ('u2')");
    await engine.exec("CREATE TABLE events (user_id TEXT, occurred_at TEXT, event TEXT)");
    const rows = Array.from({ length: 150_000 }, (_, i) => [`u${i % 3}`, new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(), i < 120_000 ? "login" : "late"]);
    await engine.insertRows(["events"], ["user_id", "occurred_at", "event"], rows);
    const statements: string[] = [];
    const recording = new Proxy(engine, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if ((prop === "query" || prop === "queryColumns") && typeof value === "function") {
          return (sql: string, params?: unknown[]) => {
            statements.push(sql);
            return (value as (sql: string, params?: unknown[]) => Promise<unknown>).call(target, sql, params);
          };
        }
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const model = await inferSchema(recording, await readCatalog(recording, []));
    await engine.close();
    expect(model.events[0]!.events.map((e) => e.name)).toEqual(["login"]);
    expect(model.guesses).toContain("events: events named in the first 100,000 rows; an event seen only after them is not declared");
    const reads = statements.filter((sql) => sql.includes('"main"."events"'));
    expect(reads.length).toBeGreaterThanOrEqual(3);
    for (const sql of reads) expect(sql).toMatch(/ LIMIT \d+/);

    const init = await runCli(["init", "intro", "--db", "big.db"], cwd);
    expect(init.code, init.stderr).toBe(0);
    const schema = fs.readFileSync(path.join(cwd, "intro", "schema.seg"), "utf8");
    expect(schema).toContain('/// Events (1, named by column "event") read from table "events" (150,000 rows; types from the first 1,000 rows).');
    expect(schema).toContain("/// 100,000 of the first 100,000 rows.\n  event login\n");
  });
});
