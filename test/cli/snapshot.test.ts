/**
 * `seg run` and `seg diff` read the database at one instant (Engine.snapshot): rows another
 * session writes meanwhile are not seen, and a failed read inside does not end the snapshot.
 * The write comes deterministically between two reads: from a hook in the test, or from the
 * CLI's stderr (a warning of the second version's checks) through a synchronous child process.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { openEngine } from "../../compiler/engines/index.ts";
import { main } from "../../cli/main.ts";
import type { CliIo } from "../../cli/io.ts";
import { REPO_ROOT, tempProject } from "../helpers/cli.ts";
import { PG_URL, testEngines } from "../helpers/engines.ts";

const fixtures = await testEngines();

describe("Engine.snapshot: one state of the database for every read inside", () => {
  for (const fx of fixtures.filter((f) => f.name === "postgres" || f.name === "mysql")) {
    test.skipIf(!fx.available)(`${fx.name}: another session's insert is not seen, and a failed read does not end the snapshot`, async () => {
      const engine = await fx.open();
      const other = await fx.open();
      try {
        const table = engine.quoteTable(engine.resolveTable(["snap"]));
        await engine.exec(`CREATE TABLE ${table} (id INTEGER)`);
        await engine.exec(`INSERT INTO ${table} VALUES (1)`);
        const count = async (): Promise<number> => Number((await engine.query(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n);
        const seen = await engine.snapshot(async () => {
          const first = await count();
          await other.exec(`INSERT INTO ${table} VALUES (2)`);
          await expect(engine.query(`SELECT no_such_column FROM ${table}`)).rejects.toThrow(/no_such_column/);
          return [first, await count()];
        });
        expect(seen).toEqual([1, 1]);
        expect(await count()).toBe(2);
      } finally {
        await other.close();
        await engine.close();
      }
    });
  }
});

describe("seg diff on PostgreSQL", () => {
  const pg = fixtures.find((f) => f.name === "postgres")!;
  test.skipIf(!pg.available)("a row written between the two versions' evaluations changes no member", async () => {
    const engine = await pg.open();
    try {
      const [ns] = engine.resolveTable(["users"]);
      await engine.exec(
        `CREATE TABLE "${ns}".users (id text); INSERT INTO "${ns}".users VALUES ('u1'), ('u2');` +
          // a key on two rows: a warning of the checks of the version that reads accounts
          `CREATE TABLE "${ns}".accounts (id text); INSERT INTO "${ns}".accounts VALUES ('a1'), ('a1');`,
      );
      const users = `entity user {\n  table "${ns}.users"\n  key id: string\n}\nsegment everyone of user = id is set\n`;
      const accounts = `entity account {\n  table "${ns}.accounts"\n  key id: string\n}\nsegment all_accounts of account = id is set\n`;
      const base = tempProject({ "p.seg": users });
      const dir = tempProject({ "p.seg": users + accounts });
      let stdout = "";
      let stderr = "";
      const io: CliIo = {
        stdout: (t) => void (stdout += t),
        stderr: (t) => {
          stderr += t;
          // After the base version's query, before the project's: another session adds a user.
          if (t.includes("on more than one row")) {
            const insert = `import pg from "pg"; const c = new pg.Client(${JSON.stringify(PG_URL)}); await c.connect(); await c.query(\`INSERT INTO "${ns}".users VALUES ('u3')\`); await c.end();`;
            const child = spawnSync(process.execPath, ["--input-type=module", "-e", insert], { cwd: REPO_ROOT, encoding: "utf8" });
            expect(child.status, child.stderr).toBe(0);
          }
        },
        cwd: dir,
        isTty: false,
        stderrIsTty: false,
        env: {},
      };
      const code = await main(["diff", ".", "--base-dir", base, "--db", PG_URL, "--format", "json"], io);
      expect(stderr).toContain("on more than one row");
      expect(code).toBe(0);
      const everyone = (JSON.parse(stdout) as { segments: Record<string, unknown> }).segments["everyone"];
      expect(everyone).toMatchObject({ change: "unchanged", before: 2, after: 2 });
      // The row was written: a later run sees it.
      expect(await engine.query(`SELECT COUNT(*) AS n FROM "${ns}".users`)).toEqual([{ n: 3 }]);
    } finally {
      await engine.close();
    }
  });
});
