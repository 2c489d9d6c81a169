/**
 * Strings kept in the engine's own types rather than text: a key in a `uuid` column (the
 * usual PostgreSQL primary key, MariaDB's UUID, DuckDB's UUID), an attribute in an enum or
 * in a `char(n)` (which PostgreSQL pads with spaces that its comparisons ignore).
 * They are strings to seg: compared by their text, exactly and case-sensitively, and the
 * event table's user column joins them. (COLLATE takes text only, and MariaDB casts a
 * UUID to its 16 bytes, so these failed or compared the wrong bytes.) Text columns refer
 * to uuid keys too, and the other way round: the accounts' ids and a ticket table's user
 * column are text (PostgreSQL stopped every query: no `uuid = text`, no UNION of the two).
 */
import { beforeAll, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import type { Engine } from "../../compiler/engines/index.ts";
import { findDuplicateKeys } from "../../compiler/sql/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { readingTests } from "./members.ts";

const AS_OF = "2024-06-01T00:00:00.000Z";
const uuid = (n: number): string => `6f1c0a2e-1111-4c1e-9a5b-00000000000${n}`;

const { ir, diagnostics } = checkProject([
  {
    path: "/nt/nt.seg",
    text: `
entity user {
  table "nt_users"
  key id: string
  plan: string
  code: string
  account: account via account_id
}
entity account {
  table "nt_accounts"
  key id: string
}
events of user {
  table "nt_events"
  user column "user_id"
  time column "happened_at"
  name column "name"
  event login
}
events of user {
  user column "user_ref"
  time column "opened_at"
  event ticket { table "nt_tickets" }
}
segment pro of user = plan == "pro"
segment pro_capitalised of user = plan == "Pro"
segment plan_starts_pr of user = plan starts with "pr"
segment picked of user = id in ["${uuid(2)}", "${uuid(9)}"]
segment active of user = did login
segment at_first_account of user = account.id == "${uuid(7)}"
segment with_account of user = account.id is set
segment code_pro of user = code == "pro"
segment code_ends_o of user = code ends with "o"
segment ticketed of user = did ticket
segment login_then_ticket of user = did login then ticket within 3 days
`,
  },
]);
expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);

/** u4 is on two rows: a key that names no record, in no segment. */
const EXPECTED: Record<string, string[]> = {
  pro: [uuid(1)],
  pro_capitalised: [],
  plan_starts_pr: [uuid(1)],
  picked: [uuid(2)],
  active: [uuid(1), uuid(3)],
  at_first_account: [uuid(1)],
  with_account: [uuid(1), uuid(2)],
  code_pro: [uuid(1)],
  code_ends_o: [uuid(1)],
  ticketed: [uuid(1), uuid(2)],
  login_then_ticket: [uuid(1)],
};

/** The engine's own uuid and enum types (MySQL 8 has no UUID type: CHAR(36) there). */
async function createTables(engine: Engine): Promise<void> {
  const users = engine.quoteTable(engine.resolveTable(["nt_users"]));
  const events = engine.quoteTable(engine.resolveTable(["nt_events"]));
  const accounts = engine.quoteTable(engine.resolveTable(["nt_accounts"]));
  const tickets = engine.quoteTable(engine.resolveTable(["nt_tickets"]));
  switch (engine.name) {
    case "postgres": {
      const planType = engine.quoteTable(engine.resolveTable(["nt_plan"]));
      await engine.exec(`CREATE TYPE ${planType} AS ENUM ('free', 'pro')`);
      await engine.exec(`CREATE TABLE ${users} (id uuid, plan ${planType}, code char(10), account_id uuid)`);
      await engine.exec(`CREATE TABLE ${accounts} (id text)`);
      await engine.exec(`CREATE TABLE ${events} (user_id uuid, happened_at timestamptz, name text)`);
      await engine.exec(`CREATE TABLE ${tickets} (user_ref text, opened_at timestamptz)`);
      return;
    }
    case "duckdb":
      await engine.exec(`CREATE TYPE nt_plan AS ENUM ('free', 'pro')`);
      await engine.exec(`CREATE TABLE ${users} (id UUID, plan nt_plan, code CHAR(10), account_id UUID)`);
      await engine.exec(`CREATE TABLE ${accounts} (id VARCHAR)`);
      await engine.exec(`CREATE TABLE ${events} (user_id UUID, happened_at TIMESTAMP, name VARCHAR)`);
      await engine.exec(`CREATE TABLE ${tickets} (user_ref VARCHAR, opened_at TIMESTAMP)`);
      return;
    case "mysql": {
      const [version] = await engine.query("SELECT VERSION() AS v");
      const uuidType = String(version!.v).includes("MariaDB") ? "UUID" : "CHAR(36)";
      await engine.exec(`CREATE TABLE ${users} (id ${uuidType}, plan ENUM('free', 'pro'), code CHAR(10), account_id ${uuidType})`);
      await engine.exec(`CREATE TABLE ${accounts} (id VARCHAR(40))`);
      await engine.exec(`CREATE TABLE ${events} (user_id ${uuidType}, happened_at DATETIME(3), name VARCHAR(40))`);
      await engine.exec(`CREATE TABLE ${tickets} (user_ref VARCHAR(40), opened_at DATETIME(3))`);
      return;
    }
    case "sqlite":
      throw new Error("SQLite has no such types");
  }
}

describeEngines("keys in uuid columns, strings in enum columns", await testEngines(["postgres", "duckdb", "mysql"]), (get) => {
  beforeAll(async () => {
    const engine = get();
    await createTables(engine);
    await engine.insertRows(["nt_users"], ["id", "plan", "code", "account_id"], [
      [uuid(1), "pro", "pro", uuid(7)],
      [uuid(2), "free", "pr", uuid(8)],
      [uuid(3), null, null, null],
      [uuid(4), "pro", "pro", uuid(7)],
      [uuid(4), "pro", "pro", uuid(7)],
    ]);
    await engine.insertRows(["nt_accounts"], ["id"], [[uuid(7)], [uuid(8)]]);
    await engine.insertRows(["nt_events"], ["user_id", "happened_at", "name"], [
      [uuid(1), new Date("2024-05-01T00:00:00.000Z"), "login"],
      [uuid(3), new Date("2024-05-02T00:00:00.000Z"), "login"],
    ]);
    await engine.insertRows(["nt_tickets"], ["user_ref", "opened_at"], [
      [uuid(1), new Date("2024-05-02T00:00:00.000Z")],
      [uuid(2), new Date("2024-05-02T00:00:00.000Z")],
    ]);
  });

  readingTests(get, ir, "user", EXPECTED, AS_OF, (key) => key);

  test("the key held by two rows is found, and named by its text", async () => {
    const found = await findDuplicateKeys(get(), ir, ["user"]);
    expect(found.map((f) => [f.table, f.keys, f.example])).toEqual([["nt_users", 1, uuid(4)]]);
  });
});
