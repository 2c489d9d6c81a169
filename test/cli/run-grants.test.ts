/**
 * `seg run`'s checks before the query look at what the selected segments' SQL reads only: a
 * login without a grant on a column or table no selected segment reads, or a column of
 * another type that none reads, does not stop the run (PostgreSQL column-level grants). A
 * column declared in another case than the table's quoted name is named with its fix.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { openEngine } from "../../compiler/engines/index.ts";
import { runCli, tempProject } from "../helpers/cli.ts";
import { PG_URL, testEngines } from "../helpers/engines.ts";

const [pg] = await testEngines(["postgres"]);

describe("seg run on PostgreSQL: columns the checks before the query cannot read", () => {
  test.skipIf(!pg!.available)("a segment that reads only granted columns runs; one that reads more is told which", async () => {
    const engine = await pg!.open();
    const admin = await openEngine(PG_URL);
    // Roles are cluster-wide: a name of this run's own.
    const role = `fixops_grants_${randomBytes(4).toString("hex")}`;
    const [ns] = engine.resolveTable(["users"]);
    try {
      await engine.exec(
        `CREATE TABLE "${ns}".users (id text, plan text, email text, age text, account_id text);` +
          `INSERT INTO "${ns}".users VALUES ('u1', 'enterprise', 'a@x', 'old', 'a1'), ('u2', 'free', NULL, '3', NULL);` +
          `CREATE TABLE "${ns}".accounts (id text, employees double precision);`,
      );
      await admin.exec(
        `CREATE ROLE ${role} LOGIN; GRANT USAGE ON SCHEMA "${ns}" TO ${role}; GRANT SELECT (id, plan) ON "${ns}".users TO ${role}`,
      );
      // email: no grant; age: text declared a number; accounts: no grant at all.
      const dir = tempProject({
        "p.seg": `entity user {\n  table "${ns}.users"\n  key id: string\n  plan: string\n  email: string\n  age: number\n  account: account via account_id\n}\n` +
          `entity account {\n  table "${ns}.accounts"\n  key id: string\n  employees: number\n}\n` +
          `segment enterprise of user = plan == "enterprise"\nsegment reachable of user = email is set\n`,
      });
      const url = new URL(PG_URL);
      url.username = role;
      const run = await runCli(["run", ".", "--db", url.toString(), "--segment", "enterprise", "--format", "json"], dir);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).segments).toEqual({ enterprise: { entity: "user", size: 1 } });

      const all = await runCli(["run", ".", "--db", url.toString()], dir);
      expect(all.code).toBe(2);
      expect(all.stderr).toMatch(/^seg: .*: column "email" of table ".*\.users" cannot be read \(permission denied/);
      expect(all.stderr).not.toMatch(/age|accounts/);
    } finally {
      await admin.exec(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
      await admin.close();
      await engine.close();
    }
  });

  test.skipIf(!pg!.available)("a column declared in another case than the table's quoted name is named with the fix", async () => {
    const engine = await pg!.open();
    const [ns] = engine.resolveTable(["Users"]);
    try {
      await engine.exec(`CREATE TABLE "${ns}"."Users" (id text, "Email" text, "Plan" text); INSERT INTO "${ns}"."Users" VALUES ('u1', 'a@x', 'pro')`);
      const dir = tempProject({
        "p.seg": `entity user {\n  table "${ns}.Users"\n  key id: string\n  email: string\n  plan: string column "Plan"\n}\nsegment reachable = email is set and plan == "pro"\n`,
      });
      const run = await runCli(["run", ".", "--db", PG_URL], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^seg: .*: column "email" of table ".*\.Users" cannot be read \(column "email" does not exist \(42703\)\): the table's names differ in case: write `column "Email"` for "email" in the schema\n$/,
      );
    } finally {
      await engine.close();
    }
  });
});
