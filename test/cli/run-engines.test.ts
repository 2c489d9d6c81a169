/**
 * The promise of `seg run --engine js`: every segment of segments/ has the same members
 * through the JavaScript backend as through the compiled SQL, from the command line, on
 * generated data in SQLite and in PostgreSQL. PostgreSQL gets a throwaway database (the
 * CLI writes the schema's real names, `analytics.users`, so a schema prefix can't isolate
 * it); the database is dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openEngine } from "../../compiler/engines/index.ts";
import { REPO_ROOT, runCli, tempProject } from "../helpers/cli.ts";
import { PG_URL, testEngines } from "../helpers/engines.ts";

const SEGMENTS = path.join(REPO_ROOT, "segments");
const AS_OF = "2024-06-01T00:00:00Z";

interface Membership {
  asOf: string;
  segments: Record<string, { entity: string; size: number; members: string[] }>;
}

async function compareEngines(db: string, cwd: string): Promise<void> {
  const generate = await runCli(["generate", SEGMENTS, "--db", db, "--users", "300", "--seed", "7", "--as-of", AS_OF], cwd);
  expect(generate.stderr).toBe("");
  expect(generate.code).toBe(0);
  const args = ["run", SEGMENTS, "--db", db, "--as-of", AS_OF, "--members", "--format", "json"];
  const sql = await runCli(args, cwd);
  const js = await runCli([...args, "--engine", "js"], cwd);
  expect(sql.stderr).toBe("");
  expect(js.stderr).toBe("");
  const fromSql = JSON.parse(sql.stdout) as Membership;
  const fromJs = JSON.parse(js.stdout) as Membership;
  expect(Object.keys(fromSql.segments).length).toBeGreaterThan(30);
  // Not a vacuous comparison: most segments have members and none holds everybody.
  const sizes = Object.values(fromSql.segments).map((s) => s.size);
  expect(sizes.filter((size) => size > 0).length).toBeGreaterThan(sizes.length / 2);
  for (const [name, result] of Object.entries(fromSql.segments)) {
    expect(fromJs.segments[name], `segment ${name}: js vs sql on ${db}`).toEqual(result);
  }
  expect(js.stdout).toBe(sql.stdout);
}

describe("seg run --engine js agrees with seg run on every segment of segments/", () => {
  test("SQLite", async () => {
    await compareEngines("data.db", tempProject({}));
  });

  const fixtures = testEngines(["postgres"]);
  describe("PostgreSQL", async () => {
    const [postgres] = await fixtures;
    const database = `seg_cli_${randomBytes(5).toString("hex")}`;
    const label = postgres!.available ? "PostgreSQL" : `PostgreSQL (skipped: ${postgres!.reason})`;
    let created = false;

    beforeAll(async () => {
      if (!postgres!.available) return;
      const admin = await openEngine(PG_URL);
      try {
        await admin.exec(`CREATE DATABASE "${database}"`);
        created = true;
      } finally {
        await admin.close();
      }
    });
    afterAll(async () => {
      if (!created) return;
      const admin = await openEngine(PG_URL);
      try {
        await admin.exec(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await admin.close();
      }
    });

    test.skipIf(!postgres!.available)(label, async () => {
      const url = new URL(PG_URL);
      url.pathname = `/${database}`;
      await compareEngines(url.toString(), tempProject({}));
    });
  });
});

test("a related entity's key (`account.id`) reads the same through JS and SQL", async () => {
  const dir = tempProject({
    "schema.seg": `entity user {\n  table "users"\n  key id: string\n  account: account via account_id\n}\n\nentity account {\n  table "accounts"\n  key id: string\n  industry: string\n}\n`,
    "s.seg": `segment first_account of user = account.id == "account_1"\n`,
  });
  expect((await runCli(["generate", ".", "--db", "d.db", "--users", "200", "--as-of", AS_OF], dir)).code).toBe(0);
  const args = ["run", ".", "--db", "d.db", "--as-of", AS_OF, "--members", "--format", "json"];
  const sql = await runCli(args, dir);
  const js = await runCli([...args, "--engine", "js"], dir);
  expect(JSON.parse(sql.stdout).segments.first_account.size).toBeGreaterThan(0);
  expect(js.stdout).toBe(sql.stdout);
});

test("columns named `__proto__` (key, attribute, event's user) read the same through JS and SQL", async () => {
  const dir = tempProject({
    "schema.seg": `entity user {
  table "users"
  key id: string column "__proto__"
  plan: string column "__proto__plan"
}
events of user {
  table "events"
  user column "__proto__"
  time column "at"
  name column "event"
  event login {}
}
segment pro = plan == "pro"
segment active = count(login) >= 1
`,
  });
  const db = new Database(path.join(dir, "d.db"));
  db.exec(`CREATE TABLE users ("__proto__" TEXT, "__proto__plan" TEXT);
    INSERT INTO users VALUES ('u1', 'pro'), ('u2', 'free'), ('u3', 'pro');
    CREATE TABLE events ("__proto__" TEXT, at TEXT, event TEXT);
    INSERT INTO events VALUES ('u2', '2024-05-01 00:00:00.000', 'login')`);
  db.close();
  const args = ["run", ".", "--db", "d.db", "--as-of", AS_OF, "--members", "--format", "json"];
  const sql = await runCli(args, dir);
  const js = await runCli([...args, "--engine", "js"], dir);
  expect(sql.stderr).toBe("");
  expect(JSON.parse(sql.stdout).segments).toEqual({ pro: { entity: "user", size: 2, members: ["u1", "u3"] }, active: { entity: "user", size: 1, members: ["u2"] } });
  expect(js.stdout).toBe(sql.stdout);
});
