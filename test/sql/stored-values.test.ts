/**
 * SQLite keeps whatever a row holds, whatever the column's type: a table loaded from CSV
 * holds numbers and booleans as text, and SQLite compares any text as greater than any
 * number, so `age > 30` held for an age of '5'. Both backends read such columns as their
 * declared type (Dialect.storedValue; the JS loader's engineValue): the SQL backend and
 * the JS backend over the same table give the members computed by hand.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { compareMemberKeys, openEngine, type Engine, type MemberKey } from "../../compiler/engines/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import { runCli, tempProject } from "../helpers/cli.ts";

const AS_OF = "2024-03-10T12:00:00.000Z";

const SOURCE = `
entity user {
  table "users"
  key id: string
  age: number
  vip: boolean
  zip: string
  plan: enum("free", "pro")
}
events of user {
  table "purchases"
  user column "user_id"
  time column "at"
  event purchase {
    table "purchases"
    amount: number
    gift: boolean
  }
}
segment old of user = age > 30
segment young of user = age <= 30
segment no_age of user = age is not set
segment vip of user = vip
segment not_vip of user = not vip
segment boston of user = zip == "2139"
segment pro of user = plan == "pro"
segment big_spender of user = sum(purchase.amount) > 10
segment gave_gift of user = did purchase where gift
`;

const checked = checkProject([{ path: "/t/t.seg", text: SOURCE }]);
const errors = checked.diagnostics.filter((d) => d.severity === "error");
if (errors.length > 0) throw new Error(errors.map((d) => d.message).join("\n"));
const ir = checked.ir;

/** Members by hand; each row's comment says what its values are read as. */
const EXPECTED: Record<string, string[]> = {
  old: ["u1", "u4"],
  young: ["u2", "u3"],
  no_age: ["u5", "u6"],
  vip: ["u1", "u3", "u4"],
  not_vip: ["u2", "u5", "u6"],
  boston: ["u1", "u5"],
  pro: ["u2"],
  big_spender: ["u1", "u2"],
  gave_gift: ["u1", "u3"],
};

/** Columns without a type: SQLite stores each value as it is given. */
async function load(engine: Engine, users: unknown[][]): Promise<void> {
  await engine.exec(`CREATE TABLE users (id, age, vip, zip, plan); CREATE TABLE purchases (user_id, at, amount, gift)`);
  const insert = async (table: string, rows: unknown[][]) => {
    for (const row of rows) await engine.query(`INSERT INTO ${table} VALUES (${row.map(() => "?").join(", ")})`, row);
  };
  await insert("users", users);
  await insert("purchases", [
    ["u1", "2024-01-01T00:00:00Z", "12", "true"],
    ["u2", "2024-01-01T00:00:00Z", " 6 ", "0"],
    ["u2", "2024-01-02T00:00:00Z", 5, 0],
    ["u3", "2024-01-01T00:00:00Z", "9.5", 1],
    ["u4", "2024-01-01T00:00:00Z", 3, "FALSE"],
  ]);
}

const USERS: unknown[][] = [
  // the number 41 as text; 'true'; a string attribute holding the number 2139
  ["u1", "41", "true", 2139, "free"],
  // ' 5 ' with blanks; 'F'; an enum attribute as text
  ["u2", " 5 ", "F", "02139", "pro"],
  // a real; 1
  ["u3", 12.5, 1, "x", "free"],
  // '1e2' is 100; 'T'
  ["u4", "1e2", "T", null, null],
  ["u5", null, 0, "2139", "free"],
  // text that is no number: missing to SQL (the JS loader stops on it, see below)
  ["u6", "", "", null, "free"],
];

const sorted = (keys: MemberKey[]): MemberKey[] => [...keys].sort(compareMemberKeys);

describe("SQLite columns holding values of another type than declared", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openEngine("sqlite::memory:");
    await load(engine, USERS);
  });
  afterAll(async () => {
    await engine.close();
  });

  test("the SQL backend reads them as their declared type", async () => {
    const run = await runMembership(engine, ir, { asOf: AS_OF });
    for (const [name, members] of Object.entries(EXPECTED)) expect(sorted(run.segments[name]!.members!), name).toEqual(members);
  });

  test("the JS backend over the loaded records agrees, text that is no number included (read by the same SQL)", async () => {
    const js = compileJs(ir, { entity: "user" });
    await engine.exec(`DELETE FROM users WHERE id = 'u6'`);
    const members: Record<string, MemberKey[]> = Object.fromEntries(Object.keys(EXPECTED).map((n) => [n, []]));
    for await (const record of loadEntitiesFromEngine(engine, ir, "user")) {
      const flags = js.evaluate(record, { asOf: AS_OF });
      for (const name of Object.keys(EXPECTED)) if (flags[name]) members[name]!.push(record.key as MemberKey);
    }
    for (const [name, expected] of Object.entries(EXPECTED)) {
      expect(sorted(members[name]!), name).toEqual(expected.filter((k) => k !== "u6"));
    }

    await engine.query(`INSERT INTO users VALUES ('u7', '0x10', 1, NULL, NULL)`);
    const noAge: MemberKey[] = [];
    for await (const record of loadEntitiesFromEngine(engine, ir, "user")) if (js.evaluate(record, { asOf: AS_OF }).no_age) noAge.push(record.key as MemberKey);
    expect(noAge).toContain("u7");
    const run = await runMembership(engine, ir, { asOf: AS_OF });
    expect(run.segments.no_age!.members).toContain("u7");
  });
});

describe("SQLite ISO-8601 time columns holding numbers", () => {
  // 2460000 is a Julian day (2023-02-24) to SQLite's julianday(), 1704067200 unix seconds
  // (2024-01-01): neither is a time in a column declared as ISO-8601 text.
  const PURCHASES: unknown[][] = [
    ["u1", 2460000, 50, 0],
    ["u2", 1704067200, 50, 0],
    ["u3", "2024-01-01T00:00:00Z", 50, 0],
  ];
  let engine: Engine;
  beforeAll(async () => {
    engine = await openEngine("sqlite::memory:");
    await engine.exec(`CREATE TABLE users (id, age, vip, zip, plan); CREATE TABLE purchases (user_id, at, amount, gift)`);
    for (const id of ["u1", "u2", "u3"]) await engine.query(`INSERT INTO users (id) VALUES (?)`, [id]);
    for (const row of PURCHASES) await engine.query(`INSERT INTO purchases VALUES (?, ?, ?, ?)`, row);
  });
  afterAll(async () => {
    await engine.close();
  });

  test("are no time to the SQL backend, and stop the JS loader with the storage to declare", async () => {
    const run = await runMembership(engine, ir, { asOf: AS_OF });
    expect(run.segments.big_spender!.members).toEqual(["u3"]);
    const loadAll = async () => {
      for await (const record of loadEntitiesFromEngine(engine, ir, "user")) void record;
    };
    await expect(loadAll()).rejects.toThrow(
      'time column "at" of table "purchases" (a purchase event of the user "u1"): not a timestamp: 2460000 is a number where the schema declares ISO-8601 times; for unix times, declare their storage: `timestamp(unix_seconds)`',
    );
  });
});

describe("SQLite ISO-8601 time columns holding text that julianday() reads as no date", () => {
  // '2460000' and '1e3' are Julian days to julianday(), '12:00' a time of 2000-01-01: none is
  // a date, so each purchase is no time (big_spender sums the purchases of the last year)
  test("is no time, to the SQL backend and the JS loader alike", async () => {
    const engine = await openEngine("sqlite::memory:");
    try {
      await engine.exec(`CREATE TABLE users (id, age, vip, zip, plan); CREATE TABLE purchases (user_id, at, amount, gift)`);
      const rows: unknown[][] = [
        ["u1", "2460000", 500, 0],
        ["u2", "1e3", 500, 0],
        ["u3", "12:00", 500, 0],
        ["u4", "2024-01-01 12:00", 500, 0],
      ];
      for (const [id] of rows) await engine.query(`INSERT INTO users (id) VALUES (?)`, [id]);
      for (const row of rows) await engine.query(`INSERT INTO purchases VALUES (?, ?, ?, ?)`, row);
      const run = await runMembership(engine, ir, { asOf: AS_OF });
      expect(run.segments.big_spender!.members).toEqual(["u4"]);
      const js = compileJs(ir, { entity: "user" });
      const members: string[] = [];
      for await (const record of loadEntitiesFromEngine(engine, ir, "user")) if (js.members(record, { asOf: AS_OF }).includes("big_spender")) members.push(String(record.key));
      expect(members).toEqual(["u4"]);
      // a real whose text (`1.5e-05`) has a `-` fifth is no date either (the JS loader stops
      // on any number in such a column, so this one is the SQL backend's alone)
      await engine.query(`INSERT INTO users (id) VALUES ('u5')`);
      await engine.query(`INSERT INTO purchases VALUES ('u5', ?, 500, 0)`, [1.5e-5]);
      expect((await runMembership(engine, ir, { asOf: AS_OF })).segments.big_spender!.members).toEqual(["u4"]);
    } finally {
      await engine.close();
    }
  });
});

describe("seg run on SQLite", () => {
  const schema = `
entity user {
  table "users"
  key id: string
  age: number
  vip: boolean
  seen: timestamp(unix_seconds)
}
events of user {
  table "events"
  user column "user_id"
  time column "at"
  event login
}
segment adults of user = age >= 18
segment seen_2024 of user = seen >= 2024-01-01
segment seen_before_2000 of user = seen < 2000-01-01
segment logged_in of user = did login
segment vips of user = vip
`;
  async function project(users: unknown[][], events: unknown[][]): Promise<string> {
    const dir = tempProject({ "p.seg": schema });
    const engine = await openEngine(path.join(dir, "p.db"));
    await engine.exec(`CREATE TABLE users (id, age, vip, seen); CREATE TABLE events (user_id, at, event)`);
    for (const row of users) await engine.query(`INSERT INTO users VALUES (?, ?, ?, ?)`, row);
    for (const row of events) await engine.query(`INSERT INTO events VALUES (?, ?, 'login')`, row);
    await engine.close();
    return dir;
  }

  test("warns about values of another type than declared, naming the column and a fix", async () => {
    const dir = await project(
      [
        ["u1", "41", "yes", "1704067200"],
        ["u2", "abc", 1, "soon"],
        ["u3", 30, 0, 1704067200],
      ],
      [
        ["u1", 1704067200],
        ["u2", "2024-01-02T00:00:00Z"],
      ],
    );
    const run = await runCli(["run", ".", "--db", "p.db", "--as-of", AS_OF, "--format", "json", "--members"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      'seg: warning: column "age" of table "users" holds values that are not numbers (1 of the 3 rows sampled, e.g. "abc"); seg reads them as missing.',
      'seg: warning: column "vip" of table "users" holds values that are not booleans (1, 0, true, false, t, f) (1 of the 3 rows sampled, e.g. "yes"); seg reads them as missing.',
      'seg: warning: column "seen" of table "users" holds values that are not unix seconds (1 of the 3 rows sampled, e.g. "soon"); seg reads them as missing.',
      'seg: warning: column "at" of table "events" holds values that are not ISO-8601 times (1 of the 2 "login" rows sampled, e.g. 1704067200); seg reads them as missing; for unix times, declare their storage: `timestamp(unix_seconds)`, or for an events table\'s time `time column "at" (unix_seconds)`.',
    ]);
    // "soon" is no time, not the first second of 1970
    const segments = (JSON.parse(run.stdout) as { segments: Record<string, { members: string[] }> }).segments;
    expect(segments.adults!.members).toEqual(["u1", "u3"]);
    expect(segments.seen_2024!.members).toEqual(["u1", "u3"]);
    expect(segments.seen_before_2000!.members).toEqual([]);
    expect(segments.logged_in!.members).toEqual(["u2"]);
    expect(segments.vips!.members).toEqual(["u2"]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("a date written as the number YYYYMMDD (CDNOW) is named as such, not sent to unix_seconds", async () => {
    const dir = await project([["u1", 30, 1, null]], [["u1", 19970101], ["u1", "2024-01-02T00:00:00Z"]]);
    const run = await runCli(["run", ".", "--db", "p.db", "--as-of", AS_OF], dir);
    expect(run.stderr).toContain(
      "e.g. 19970101); seg reads them as missing; 19970101 looks like a date written as the number YYYYMMDD, which no storage reads (as unix seconds it would be a time in 1970): store ISO-8601 text",
    );
    expect(run.stderr).not.toContain("unix_seconds)`");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // A real-data probe: Taobao's unix seconds in a column declared native on SQLite gave every
  // window 0 members and exit 0, where PostgreSQL and DuckDB stop on the column's type.
  test("a time column of which no sampled value is a time stops the run with the fix", async () => {
    const dir = await project([["u1", 30, 1, null]], [["u1", 1704067200], ["u1", 1704153600]]);
    for (const backend of ["sql", "js"]) {
      const run = await runCli(["run", ".", "--db", "p.db", "--as-of", AS_OF, "--engine", backend], dir);
      expect([run.code, run.stdout, run.stderr]).toEqual([
        2,
        "",
        'seg: column "at" of table "events" holds no ISO-8601 times (2 of the 2 "login" rows sampled, e.g. 1704067200): every one would be missing; for unix times, declare their storage: `timestamp(unix_seconds)`, or for an events table\'s time `time column "at" (unix_seconds)`\n',
      ]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("says nothing when the values are of their declared types", async () => {
    const dir = await project([["u1", 41, "true", 1704067200]], [["u1", "2024-01-02T00:00:00Z"]]);
    const run = await runCli(["run", ".", "--db", "p.db", "--as-of", AS_OF], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // Found on the Online Retail data: credit notes ("C536379") in the invoice column that
  // purchases declare a number were reported as purchase invoices seg could not read.
  test("a column of a wide table is checked only in the rows of the events that declare its type", async () => {
    const dir = tempProject({
      "p.seg": `entity customer { table "customers"  key id: number }
events of customer {
  table "events"
  customer column "customer_id"
  time column "time"
  name column "name"
  event purchase { invoice: number column "invoice_no" }
  event cancellation { invoice: string column "invoice_no" }
  event refund named "Refund" { invoice: number column "invoice_no" }
}
segment big_invoice = did purchase where invoice > 500000
segment cancelled = did cancellation where invoice starts with "C"
segment refunded = did refund where invoice > 1
`,
    });
    const engine = await openEngine(path.join(dir, "p.db"));
    await engine.exec(`CREATE TABLE customers (id); CREATE TABLE events (customer_id, time, name, invoice_no)`);
    await engine.exec(`INSERT INTO customers VALUES (1), (2), (3)`);
    const at = "2011-01-02 10:00:00";
    for (const row of [[1, "purchase", "536365"], [2, "cancellation", "C536379"], [3, "Refund", 7]]) {
      await engine.query(`INSERT INTO events VALUES (?, '${at}', ?, ?)`, row);
    }
    await engine.close();
    const args = ["run", ".", "--db", "p.db", "--as-of", AS_OF, "--format", "csv"];
    const clean = await runCli(args, dir);
    expect([clean.code, clean.stderr]).toEqual([0, ""]);
    expect(clean.stdout).toBe("segment,size\nbig_invoice,1\ncancelled,1\nrefunded,1\n");

    // Now a purchase and a refund that hold text: both are counted among those events' rows.
    const more = await openEngine(path.join(dir, "p.db"));
    await more.query(`INSERT INTO events VALUES (3, '${at}', 'purchase', 'P1'), (3, '${at}', 'Refund', 'R1'), (2, '${at}', 'cancellation', 'C2')`);
    await more.close();
    const warned = await runCli(args, dir);
    expect(warned.stderr).toBe(
      'seg: warning: column "invoice_no" of table "events" holds values that are not numbers (2 of the 4 "purchase", "Refund" rows sampled, e.g. "P1"); seg reads them as missing.\n',
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("SQLite keys stored as another type than the key's", () => {
  const source = `
entity user {
  table "users"
  key id: number
  account: account via account_id
}
entity account {
  table "accounts"
  key id: string
  industry: string
}
events of user {
  table "events"
  user column "user_id"
  time column "at"
  name column "name"
  event login
}
segment logged_in of user = did login
segment fintech of user = account.industry == "fintech"
`;
  const { ir: keysIr } = checkProject([{ path: "k.seg", text: source }]);

  test("match as the key's type: 7, '8' and 9.0 name the accounts '7', '8' and '9'; '3.0' names user 3", async () => {
    const engine = await openEngine("sqlite::memory:");
    try {
      // account_id has no type, so SQLite keeps each value as given and compares 7 with '7' as unequal
      await engine.exec(`CREATE TABLE users (id INTEGER, account_id); CREATE TABLE accounts (id TEXT, industry TEXT);
        CREATE TABLE events (user_id TEXT, at TEXT, name TEXT)`);
      await engine.exec(`INSERT INTO users VALUES (1, 7), (2, '8'), (3, 9.0);
        INSERT INTO accounts VALUES ('7', 'fintech'), ('8', 'fintech'), ('9', 'fintech');
        INSERT INTO events VALUES ('1', '2024-01-01', 'login'), (2, '2024-01-01', 'login'), ('3.0', '2024-01-01', 'login')`);
      const expected = { logged_in: [1, 2, 3], fintech: [1, 2, 3] };
      const run = await runMembership(engine, keysIr, { asOf: AS_OF });
      expect({ logged_in: run.segments.logged_in!.members, fintech: run.segments.fintech!.members }).toEqual(expected);
      const js = compileJs(keysIr, { entity: "user" });
      const members: Record<string, MemberKey[]> = { logged_in: [], fintech: [] };
      for await (const record of loadEntitiesFromEngine(engine, keysIr, "user")) {
        for (const name of js.members(record, { asOf: AS_OF })) members[name]!.push(record.key as MemberKey);
      }
      expect(members).toEqual(expected);
    } finally {
      await engine.close();
    }
  });

  test("a number key held as text (a CSV import makes every column TEXT) reads as the number", async () => {
    const engine = await openEngine("sqlite::memory:");
    try {
      await engine.exec(`CREATE TABLE users (id TEXT, account_id TEXT); CREATE TABLE accounts (id TEXT, industry TEXT);
        CREATE TABLE events (user_id TEXT, at TEXT, name TEXT)`);
      await engine.exec(`INSERT INTO users VALUES ('17850', '7'), ('9', '7'), ('12.50', '7');
        INSERT INTO accounts VALUES ('7', 'fintech');
        INSERT INTO events VALUES ('17850.0', '2024-01-01', 'login'), (' 9 ', '2024-01-01', 'login'), ('12.5', '2024-01-01', 'login')`);
      const { ir } = checkProject([{ path: "k.seg", text: `${source}\nsegment big_id of user = id > 9000\n` }]);
      // ' 9 ' is a JSON number with blanks around it, as in every other number column
      const expected = { logged_in: [9, 12.5, 17850], big_id: [17850] };
      const run = await runMembership(engine, ir, { asOf: AS_OF });
      expect({ logged_in: run.segments.logged_in!.members, big_id: run.segments.big_id!.members }).toEqual(expected);
      const js = compileJs(ir, { entity: "user" });
      const members: Record<string, MemberKey[]> = { logged_in: [], big_id: [] };
      for await (const record of loadEntitiesFromEngine(engine, ir, "user")) {
        for (const name of js.members(record, { asOf: AS_OF })) if (name in members) members[name]!.push(record.key as MemberKey);
      }
      expect(members).toEqual(expected);
    } finally {
      await engine.close();
    }
  });
});

describe("SQLite event name columns declared COLLATE NOCASE", () => {
  test("still compare event names exactly: `Login` is no `login` event", async () => {
    const { ir: eventsIr } = checkProject([
      {
        path: "e.seg",
        text: `entity user { table "users"  key id: string }
events of user { table "events"  user column "user_id"  time column "at"  name column "name"  event login }
segment logged_in of user = did login`,
      },
    ]);
    const engine = await openEngine("sqlite::memory:");
    try {
      await engine.exec(`CREATE TABLE users (id TEXT); CREATE TABLE events (user_id TEXT, at TEXT, name TEXT COLLATE NOCASE);
        INSERT INTO users VALUES ('u1'), ('u2');
        INSERT INTO events VALUES ('u1', '2024-01-01', 'Login'), ('u2', '2024-01-01', 'login')`);
      const run = await runMembership(engine, eventsIr, { asOf: AS_OF });
      expect(run.segments.logged_in!.members).toEqual(["u2"]);
    } finally {
      await engine.close();
    }
  });
});

describe("SQLite key columns declared COLLATE NOCASE", () => {
  test("keep keys that differ in case apart: two entities, each with its own events", async () => {
    const { ir: keysIr } = checkProject([
      {
        path: "n.seg",
        text: `entity user { table "users"  key id: string }
events of user { table "events"  user column "user_id"  time column "at"  name column "name"  event login }
segment logged_in of user = did login
segment logged_in_twice of user = count(login) >= 2`,
      },
    ]);
    const engine = await openEngine("sqlite::memory:");
    try {
      await engine.exec(`CREATE TABLE users (id TEXT COLLATE NOCASE); CREATE TABLE events (user_id TEXT COLLATE NOCASE, at TEXT, name TEXT);
        INSERT INTO users VALUES ('u1'), ('U1');
        INSERT INTO events VALUES ('u1', '2024-01-01', 'login'), ('U1', '2024-01-02', 'login'), ('u1', '2024-01-03', 'login')`);
      const run = await runMembership(engine, keysIr, { asOf: AS_OF });
      expect(sorted(run.segments.logged_in!.members!)).toEqual(["U1", "u1"]);
      expect(run.segments.logged_in_twice!.members).toEqual(["u1"]);
    } finally {
      await engine.close();
    }
  });
});
