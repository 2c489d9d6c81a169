/**
 * Text that is not JSON in a properties column, where the segments read properties of that
 * event: PostgreSQL, DuckDB, MariaDB and the JavaScript backend stop on it mid-query (with
 * the engine's own message), while SQLite reads JSON5 (`{amount: 20}`, Python's
 * `{'amount': 20}`) that they refuse. `seg run` finds such a row in the sample it reads
 * before the query and stops with one message that names it, on every engine.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { openEngine } from "../../compiler/engines/index.ts";
import { sampleProperties } from "../../compiler/js/index.ts";
import { runCli, tempProject } from "../helpers/cli.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";

const SOURCE = `entity user { table "pj_users"  key id: string }
events of user {
  table "pj_events"
  user column "user_id"
  time column "ts"
  name column "event"
  properties column "props"
  event purchase { amount: number }
  event note { text: string }
}
segment big = did purchase where amount > 10
segment buyers = did purchase
segment noted = did note where text == "x"
`;
const { ir } = checkProject([{ path: "p.seg", text: SOURCE }]);

const rows = (props: string): [string, string, string][] => [
  ["a", "purchase", '{"amount": 20}'],
  ["b", "purchase", props],
  ["c", "note", "not json either"],
];

describe("seg run on SQLite", () => {
  async function project(props: string): Promise<string> {
    const dir = tempProject({ "p.seg": SOURCE });
    const engine = await openEngine(path.join(dir, "p.db"));
    await engine.exec(`CREATE TABLE pj_users (id TEXT); CREATE TABLE pj_events (user_id TEXT, ts TEXT, event TEXT, props TEXT)`);
    await engine.exec(`INSERT INTO pj_users VALUES ('a'), ('b'), ('c')`);
    for (const [user, event, p] of rows(props)) await engine.query(`INSERT INTO pj_events VALUES (?, '2024-01-01', ?, ?)`, [user, event, p]);
    await engine.close();
    return dir;
  }

  test.each([
    ["JSON5, which SQLite alone would read", "{amount: 15}"],
    ["Python's repr of a dict", "{'amount': 15}"],
    ["plain text", "n/a"],
  ])("%s: one message naming the row, on the SQL and the JS engine", async (_, props) => {
    const dir = await project(props);
    for (const engine of ["sql", "js"]) {
      const run = await runCli(["run", ".", "--db", "p.db", "--as-of", "2024-06-01", "--segment", "big", "--engine", engine], dir);
      expect([run.code, run.stdout]).toEqual([2, ""]);
      expect(run.stderr).toBe(
        `seg: table "pj_events": the properties of a purchase event of user "b" are not JSON: ${JSON.stringify(props)}; the segments read purchase.amount from them (a properties value is JSON text, or NULL)\n`,
      );
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("rows of events whose properties the segments run do not read are left alone, by both engines", async () => {
    const dir = await project("{amount: 15}");
    for (const engine of ["sql", "js"]) {
      const run = await runCli(["run", ".", "--db", "p.db", "--as-of", "2024-06-01", "--segment", "buyers", "--format", "csv", "--engine", engine], dir);
      expect([run.code, run.stderr, run.stdout], engine).toEqual([0, "", "segment,size\nbuyers,2\n"]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describeEngines("sampleProperties: unreadable properties", await testEngines(), (get) => {
  test("finds the row on every engine, for the segments that read its properties only", async () => {
    const engine = get();
    const t = (name: string) => engine.quoteTable(engine.resolveTable([name]));
    await engine.exec(`CREATE TABLE ${t("pj_events")} (user_id VARCHAR(10), ts VARCHAR(30), event VARCHAR(10), props TEXT)`);
    for (const [user, event, p] of rows("n/a")) {
      await engine.exec(`INSERT INTO ${t("pj_events")} VALUES ('${user}', '2024-01-01', '${event}', '${p.replace(/'/g, "''")}')`);
    }
    expect((await sampleProperties(engine, ir, ["big"])).unreadable).toEqual({
      table: "pj_events",
      event: "purchase",
      entity: "user",
      key: "b",
      text: "n/a",
      property: "amount",
    });
    expect((await sampleProperties(engine, ir, ["noted"])).unreadable).toMatchObject({ event: "note", key: "c", property: "text" });
    expect((await sampleProperties(engine, ir, ["buyers"])).unreadable).toBeUndefined();
  });
});
