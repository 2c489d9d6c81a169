/**
 * PostgreSQL's `infinity` / `-infinity` in native time columns (a subscription valid
 * "until infinity"): the SQL compares them as after (before) every time, and the JS loader
 * reads them as JavaScript's last (first) instant, so both backends give the same members.
 * (The loader stopped on them before: `seg run --engine js` disagreed by failing.) DuckDB's
 * infinite timestamps are not read alike yet: its driver refuses them as JS values and its
 * `days_since` differs (docs/data.md).
 */
import { beforeAll, expect } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { readingTests } from "./members.ts";

const AS_OF = "2024-06-01T00:00:00.000Z";
const { ir, diagnostics } = checkProject([
  {
    path: "inf.seg",
    text: `
entity user {
  table "inf_users"
  key id: string
  valid_to: timestamp
}
events of user {
  table "inf_events"
  user column "user_id"
  time column "at"
  name column "name"
  event renewal
}
segment still_valid = valid_to after now
segment expired = valid_to before now
segment has_end = valid_to is set
segment ends_in_future = days_since(valid_to) < 0
segment ended_long_ago = days_since(valid_to) > 10
segment renewed = did renewal
segment renewed_lately = did renewal in last 30 days
`,
  },
]);
expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);

// u1 until infinity (renewed at -infinity), u2 since -infinity (renewed at infinity: after as_of), u3 a real time
const EXPECTED: Record<string, string[]> = {
  still_valid: ["u1"],
  expired: ["u2", "u3"],
  has_end: ["u1", "u2", "u3"],
  ends_in_future: ["u1"],
  ended_long_ago: ["u2", "u3"],
  renewed: ["u1", "u3"],
  renewed_lately: ["u3"],
};

describeEngines("infinite times", await testEngines(["postgres"]), (get) => {
  beforeAll(async () => {
    const engine = get();
    const t = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
    await engine.exec(`CREATE TABLE ${t("inf_users")} (id VARCHAR(10), valid_to timestamptz)`);
    await engine.exec(`CREATE TABLE ${t("inf_events")} (user_id VARCHAR(10), ${engine.quoteTable(["at"])} timestamptz, name VARCHAR(20))`);
    await engine.exec(`INSERT INTO ${t("inf_users")} VALUES ('u1', 'infinity'), ('u2', '-infinity'), ('u3', '2024-05-01 00:00:00')`);
    await engine.exec(`INSERT INTO ${t("inf_events")} VALUES ('u1', '-infinity', 'renewal'), ('u2', 'infinity', 'renewal'), ('u3', '2024-05-20 00:00:00', 'renewal')`);
  });

  readingTests(get, ir, "user", EXPECTED, AS_OF, (key) => key);
});
