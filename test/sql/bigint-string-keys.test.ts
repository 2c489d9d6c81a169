/**
 * A 64-bit integer id declared a `string` key (what SEG2016 advises for a literal beyond
 * ±2^53, which a number does not hold): the key columns are integers in the database and
 * compared as text on every engine (Dialect.exactText, keyDigest), the event table's user
 * column may be text, and `id == "9007199254740993"` names the record exactly. `seg run`
 * refused such a key column before ("holds numbers, but it is the key … declared string").
 */
import { beforeAll, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { findColumnTypeMismatches, runMembership } from "../../compiler/sql/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { readingTests } from "./members.ts";

const AS_OF = "2024-06-01T00:00:00.000Z";
const { ir, diagnostics } = checkProject([
  {
    path: "bsk.seg",
    text: `
entity user {
  table "bsk_users"
  key id: string
  org: org via org_id
}
entity org {
  table "bsk_orgs"
  key id: string
  name: string
}
events of user {
  table "bsk_events"
  user column "user_id"
  time column "happened_at"
  name column "name"
  event login
}
segment the_big_one of user = id == "9007199254740993"
segment at_acme of user = org.name == "acme"
segment org_named of user = org.id == "9007199254740995"
segment logged_in of user = did login
`,
  },
]);
expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);

const EXPECTED: Record<string, string[]> = {
  the_big_one: ["9007199254740993"],
  at_acme: ["9007199254740993"],
  org_named: ["9007199254740993"],
  logged_in: ["9007199254740992", "9007199254740993"],
};

describeEngines("64-bit integer ids declared string keys", await testEngines(), (get) => {
  beforeAll(async () => {
    const engine = get();
    const t = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
    const time = { sqlite: "TEXT", duckdb: "TIMESTAMP", mysql: "DATETIME(3)", postgres: "timestamptz" }[engine.name];
    await engine.exec(`CREATE TABLE ${t("bsk_users")} (id BIGINT, org_id BIGINT)`);
    await engine.exec(`CREATE TABLE ${t("bsk_orgs")} (id BIGINT, name VARCHAR(20))`);
    await engine.exec(`CREATE TABLE ${t("bsk_events")} (user_id VARCHAR(30), happened_at ${time}, name VARCHAR(20))`);
    await engine.exec(`INSERT INTO ${t("bsk_users")} VALUES (9007199254740992, 9007199254740994), (9007199254740993, 9007199254740995)`);
    await engine.exec(`INSERT INTO ${t("bsk_orgs")} VALUES (9007199254740994, 'other'), (9007199254740995, 'acme')`);
    const at = engine.name === "sqlite" ? "'2024-05-01T00:00:00Z'" : "'2024-05-01 00:00:00'";
    await engine.exec(`INSERT INTO ${t("bsk_events")} VALUES ('9007199254740992', ${at}, 'login'), ('9007199254740993', ${at}, 'login')`);
  });

  test("seg run's type check accepts the integer key columns", async () => {
    expect(await findColumnTypeMismatches(get(), ir, ["user"])).toEqual([]);
  });

  test("members of a string key are strings, as the JS backend names them", async () => {
    const run = await runMembership(get(), ir, { asOf: AS_OF });
    expect(run.segments.logged_in!.members).toEqual(["9007199254740992", "9007199254740993"]);
  });

  readingTests(get, ir, "user", EXPECTED, AS_OF, (key) => key);
});
