/**
 * MariaDB / MySQL tables as they usually are: created with the server's default collation
 * (utf8mb4_general_ci here), which is case-insensitive and PAD SPACE, so `Login = login`
 * and `'login ' = 'login'`. The other tests' tables are utf8mb4_bin. Every comparison seg
 * makes must stay exact on such tables: event names, string attributes and properties,
 * `in` lists, related keys, distinct values. The SQL backend and the JS backend over the
 * loaded records give the members computed by hand. DuckDB columns can be declared
 * COLLATE NOCASE: the same holds there (SQLite's: stored-values.test.ts).
 */
import { beforeAll, describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { compareMemberKeys, openEngine, type MemberKey } from "../../compiler/engines/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";

const AS_OF = "2024-03-10T12:00:00.000Z";

const SOURCE = `
entity user {
  table "coll_users"
  key id: string
  plan: string
  account: account via account_id
}
entity account {
  table "coll_accounts"
  key id: string
  industry: string
}
events of user {
  table "coll_events"
  user column "user_id"
  time column "at"
  name column "name"
  properties column "props"
  event login
  event view { page: string }
}
segment logged_in of user = did login
segment logged_in_twice of user = count(login) >= 2
segment pro of user = plan == "pro"
segment paying of user = plan in ["pro", "team"]
segment fintech of user = account.industry == "fintech"
segment two_pages of user = distinct(view.page) >= 2
segment saw_home of user = did view where page == "home"
`;

const checked = checkProject([{ path: "/c/c.seg", text: SOURCE }]);
const errors = checked.diagnostics.filter((d) => d.severity === "error");
if (errors.length > 0) throw new Error(errors.map((d) => d.message).join("\n"));
const ir = checked.ir;

/** Members by hand: values that differ in case or trailing spaces are different values. */
const EXPECTED: Record<string, string[]> = {
  // u1 has `Login`, u2 `login `: neither is a login event
  logged_in: ["u3", "u4"],
  // u3's second login is `LOGIN`
  logged_in_twice: ["u4"],
  pro: ["u3"],
  paying: ["u3", "u4"],
  // u2's account is `A1` (industry `Fintech`), u3's is `a1 ` (industry `fintech `)
  fintech: ["u1", "u4"],
  // `home` and `Home` are two pages
  two_pages: ["u1", "u3"],
  saw_home: ["u1", "u3"],
};

const sorted = (keys: MemberKey[]): MemberKey[] => [...keys].sort(compareMemberKeys);

const fixtures = await testEngines(["mysql"]);

describeEngines("MariaDB tables with a case-insensitive, PAD SPACE collation", fixtures, (get) => {
  beforeAll(async () => {
    const engine = get();
    const table = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
    const collation = "CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci";
    await engine.exec(`CREATE TABLE ${table("coll_users")} (id VARCHAR(20), plan VARCHAR(20), account_id VARCHAR(20)) ${collation}`);
    await engine.exec(`CREATE TABLE ${table("coll_accounts")} (id VARCHAR(20), industry VARCHAR(20)) ${collation}`);
    await engine.exec(`CREATE TABLE ${table("coll_events")} (user_id VARCHAR(20), at DATETIME(3), name VARCHAR(20), props TEXT) ${collation}`);
    await engine.exec(`INSERT INTO ${table("coll_users")} VALUES ('u1', 'Pro', 'a1'), ('u2', 'pro ', 'A1'), ('u3', 'pro', 'a1 '), ('u4', 'team', 'a1')`);
    await engine.exec(`INSERT INTO ${table("coll_accounts")} VALUES ('a1', 'fintech'), ('A1', 'Fintech'), ('a1 ', 'fintech ')`);
    await engine.exec(`INSERT INTO ${table("coll_events")} VALUES
      ('u1', '2024-03-01', 'Login', '{}'), ('u2', '2024-03-01', 'login ', '{}'),
      ('u3', '2024-03-01', 'login', '{}'), ('u3', '2024-03-02', 'LOGIN', '{}'),
      ('u4', '2024-03-01', 'login', '{}'), ('u4', '2024-03-02', 'login', '{}'),
      ('u1', '2024-03-01', 'view', '{"page": "home"}'), ('u1', '2024-03-02', 'view', '{"page": "Home"}'),
      ('u2', '2024-03-01', 'view', '{"page": "home "}'),
      ('u3', '2024-03-01', 'view', '{"page": "home"}'), ('u3', '2024-03-02', 'view', '{"page": "about"}')`);
  });

  test("the SQL backend compares exactly", async () => {
    const run = await runMembership(get(), ir, { asOf: AS_OF });
    for (const [name, members] of Object.entries(EXPECTED)) expect(sorted(run.segments[name]!.members!), name).toEqual(members);
  });

  test("the JS backend over the loaded records agrees", async () => {
    const js = compileJs(ir, { entity: "user" });
    const members: Record<string, MemberKey[]> = Object.fromEntries(Object.keys(EXPECTED).map((n) => [n, []]));
    for await (const record of loadEntitiesFromEngine(get(), ir, "user")) {
      for (const name of js.members(record, { asOf: AS_OF })) members[name]!.push(record.key as MemberKey);
    }
    for (const [name, expected] of Object.entries(EXPECTED)) expect(sorted(members[name]!), name).toEqual(expected);
  });
});

describe("DuckDB columns declared COLLATE NOCASE", () => {
  test("compare event names, string values and keys exactly", async () => {
    const engine = await openEngine("duckdb::memory:");
    try {
      await engine.exec(`CREATE TABLE coll_users (id VARCHAR COLLATE NOCASE, plan VARCHAR COLLATE NOCASE, account_id VARCHAR COLLATE NOCASE);
        CREATE TABLE coll_accounts (id VARCHAR COLLATE NOCASE, industry VARCHAR COLLATE NOCASE);
        CREATE TABLE coll_events (user_id VARCHAR COLLATE NOCASE, "at" TIMESTAMP, name VARCHAR COLLATE NOCASE, props VARCHAR)`);
      await engine.exec(`INSERT INTO coll_users VALUES ('u1', 'pro', 'a1'), ('U1', 'Pro', 'A1');
        INSERT INTO coll_accounts VALUES ('a1', 'fintech'), ('A1', 'Fintech');
        INSERT INTO coll_events VALUES ('u1', '2024-03-01', 'login', '{}'), ('U1', '2024-03-01', 'Login', '{}'), ('u1', '2024-03-02', 'LOGIN', '{}'),
          ('u1', '2024-03-01', 'view', '{"page": "home"}'), ('u1', '2024-03-02', 'view', '{"page": "Home"}')`);
      const run = await runMembership(engine, ir, { asOf: AS_OF });
      const members = Object.fromEntries(Object.entries(run.segments).map(([name, r]) => [name, sorted(r.members!)]));
      expect(members).toEqual({
        logged_in: ["u1"],
        logged_in_twice: [],
        pro: ["u1"],
        paying: ["u1"],
        fintech: ["u1"],
        two_pages: ["u1"],
        saw_home: ["u1"],
      });
    } finally {
      await engine.close();
    }
  });
});
