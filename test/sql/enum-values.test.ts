/**
 * `seg run` warns about enum columns holding values the enum does not declare: they are
 * read as they are, so no condition naming an enum value meets them (`'Enterprise '` is
 * not `"enterprise"`), on every engine, whatever its collation.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { openEngine } from "../../compiler/engines/index.ts";
import { findMistypedValues, runMembership } from "../../compiler/sql/index.ts";
import { runCli, tempProject } from "../helpers/cli.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";

const fixtures = await testEngines();
const SOURCE = `
entity account {
  table "enum_accounts"
  key id: string
  plan: enum("free", "pro", "enterprise")
}
segment enterprise = plan == "enterprise"
`;
const { ir, diagnostics } = checkProject([{ path: "p.seg", text: SOURCE }]);
const ROWS = [
  ["a1", "enterprise"],
  ["a2", "Enterprise "],
  ["a3", "ENTERPRISE"],
  ["a4", null],
  ["a5", "pro"],
];

test("the project checks", () => expect(diagnostics).toEqual([]));

describeEngines("enum values outside the enum", fixtures, (get) => {
  test("are counted, and no condition meets them", async () => {
    const engine = get();
    await engine.createTable(["enum_accounts"], [
      { name: "id", type: "string" },
      { name: "plan", type: "string" },
    ]);
    await engine.insertRows(["enum_accounts"], ["id", "plan"], ROWS);
    const found = await findMistypedValues(engine, ir, ["account"]);
    expect(found.map(({ table, column, count, sampled }) => ({ table, column, count, sampled }))).toEqual([
      { table: "enum_accounts", column: "plan", count: 2, sampled: 5 },
    ]);
    expect(["ENTERPRISE", "Enterprise "]).toContain(found[0]!.example);
    const run = await runMembership(engine, ir, { asOf: "2024-03-01T00:00:00Z" });
    expect(run.segments.enterprise!.members).toEqual(["a1"]);
  });
});

test("seg run prints the warning", async () => {
  const dir = tempProject({ "p.seg": SOURCE });
  const engine = await openEngine(path.join(dir, "p.db"));
  await engine.createTable(["enum_accounts"], [
    { name: "id", type: "string" },
    { name: "plan", type: "string" },
  ]);
  await engine.insertRows(["enum_accounts"], ["id", "plan"], ROWS);
  await engine.close();
  const run = await runCli(["run", ".", "--db", "p.db", "--as-of", "2024-03-01"], dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe(
    "seg: warning: column \"plan\" of table \"enum_accounts\" holds values its enum does not declare (2 of the 5 rows sampled, e.g. \"ENTERPRISE\"); they are compared as they are, so `==` and `in` with the enum's values do not match them (`ignoring case` does where only the case differs): add them to the enum or clean the column.\n",
  );
  fs.rmSync(dir, { recursive: true, force: true });
});
