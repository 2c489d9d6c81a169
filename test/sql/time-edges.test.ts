/**
 * Times shifted past the last instant engines store (9999-12-31, the "no end date" of many
 * warehouses): `ends_at + 7 days` and a sequence's deadline are later than every stored
 * time on every backend. MariaDB/MySQL's TIMESTAMPADD gave NULL there, and the member was
 * lost (`seg test` on MariaDB disagreed; found by the semantics probe).
 */
import { beforeAll, expect } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { membershipTests, readingTests } from "./members.ts";

const AS_OF = "9999-12-31T23:00:00.000Z";
const { ir, diagnostics } = checkProject([
  {
    path: "edges.seg",
    text: `
entity user {
  table "te_users"
  key id: string
  ends_at: timestamp
}
events of user {
  table "te_events"
  user column "user_id"
  time column "at"
  name column "name"
  event add_to_cart
  event purchase
}
segment in_grace = ends_at + 7 days > now
segment ended = ends_at - 7 days < now
segment converted = did add_to_cart then purchase within 1 day
segment abandoned = did add_to_cart then not purchase within 2 hours
`,
  },
]);
expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);

// u1 ends at the sentinel and bought 30 minutes after its cart; u2 ended long ago, has a
// cart without a purchase (its deadline passes 9999-12-31) and no end: u3.
const EXPECTED: Record<string, string[]> = {
  in_grace: ["u1"],
  ended: ["u1", "u2"],
  converted: ["u1"],
  abandoned: [],
};

describeEngines("times shifted past 9999-12-31", await testEngines(), (get) => {
  beforeAll(async () => {
    const engine = get();
    const t = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
    const at = engine.quoteTable(["at"]);
    const time = engine.name === "sqlite" ? "TEXT" : engine.name === "mysql" ? "DATETIME(3)" : engine.name === "postgres" ? "TIMESTAMPTZ" : "TIMESTAMP";
    await engine.exec(`CREATE TABLE ${t("te_users")} (id VARCHAR(10), ends_at ${time})`);
    await engine.exec(`CREATE TABLE ${t("te_events")} (user_id VARCHAR(10), ${at} ${time}, name VARCHAR(20))`);
    await engine.exec(`INSERT INTO ${t("te_users")} VALUES ('u1', '9999-12-31 00:00:00'), ('u2', '2024-01-01 00:00:00'), ('u3', NULL)`);
    await engine.exec(
      `INSERT INTO ${t("te_events")} VALUES ('u1', '9999-12-31 22:00:00', 'add_to_cart'), ('u1', '9999-12-31 22:30:00', 'purchase'), ` +
        `('u2', '9999-12-31 22:00:00', 'add_to_cart')`,
    );
  });

  readingTests(get, ir, "user", EXPECTED, AS_OF, (key) => key);
});

// MariaDB's zero and partial dates, for which TIMESTAMPADD is NULL too: they stay missing
// when shifted (the clamp above is for times the shift takes out of the range only), and a
// time near the start of the range shifted before it is the first instant.
const zeroDates = checkProject([
  {
    path: "zero.seg",
    text: `
entity user {
  table "tz_users"
  key id: string
  ends_at: timestamp
}
segment in_grace = ends_at + 7 days > now
segment started_early = ends_at - 7 days < 1000-01-01
segment shifted_back_missing = not (ends_at - 7 days is set)
`,
  },
]);
expect(zeroDates.diagnostics.filter((d) => d.severity === "error")).toEqual([]);

describeEngines("MariaDB zero and partial dates shifted", await testEngines(["mysql"]), (get) => {
  beforeAll(async () => {
    const engine = get();
    const t = engine.quoteTable(engine.resolveTable(["tz_users"]));
    await engine.exec(`SET SESSION sql_mode = ''`);
    await engine.exec(`CREATE TABLE ${t} (id VARCHAR(10), ends_at DATETIME(3))`);
    await engine.exec(`INSERT INTO ${t} VALUES ('zero', '0000-00-00 00:00:00'), ('partial', '2024-02-00 00:00:00'), ('early', '0001-01-03 00:00:00'), ('normal', '2024-01-01 00:00:00')`);
  });

  membershipTests(get, zeroDates.ir, { in_grace: [], started_early: ["early"], shifted_back_missing: ["partial", "zero"] }, "2024-06-01T00:00:00.000Z");
});
