/**
 * One entity's events in one table by two key columns (a marketplace's trades: the user as
 * buyer and as seller), one `events of user` block each (docs/language.md "Schema"). A row
 * is an event of each user it names: `any` counts it once per key column, so a trade with
 * oneself is two events, as `count(purchase) + count(sale)` says. Two blocks by the same
 * key column are refused (SEG1036): they counted every row twice.
 */
import { beforeAll, expect } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { membershipTests, readingTests } from "./members.ts";

const AS_OF = "2024-06-01T00:00:00.000Z";

const PROJECT = `
entity user {
  table "er_users"
  key id: string
}
events of user {
  table "er_trades"
  user column "buyer_id"
  time column "at"
  name column "name"
  event purchase
}
events of user {
  table "er_trades"
  user column "seller_id"
  time column "at"
  name column "name"
  event sale named "purchase"
}
segment bought_twice = count(purchase) >= 2
segment sold = did sale
segment two_events = count(any) == 2
segment three_events = count(any) == 3
segment inactive = not did any
segment last_in_may = last(any).time < 2024-05-25
`;

// u1 buys from u2 and from u3 (two purchases); u3 trades with itself (a purchase and a sale
// in one row) and sold to u1 (three events); u2 sold once and has an undeclared "refund"
// as buyer (two events); u4 has none.
const EXPECTED: Record<string, string[]> = {
  bought_twice: ["u1"],
  sold: ["u2", "u3"],
  two_events: ["u1", "u2"],
  three_events: ["u3"],
  inactive: ["u4"],
  last_in_may: ["u2"],
};

const { ir, diagnostics } = checkProject([{ path: "roles.seg", text: PROJECT }]);
expect(diagnostics).toEqual([]);

describeEngines("one entity's events by two key columns of one table", await testEngines(), (get) => {
  beforeAll(async () => {
    const engine = get();
    const t = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
    const at = engine.quoteTable(["at"]);
    const time = engine.name === "sqlite" ? "TEXT" : engine.name === "mysql" ? "DATETIME(3)" : "TIMESTAMP";
    await engine.exec(`CREATE TABLE ${t("er_users")} (id VARCHAR(10))`);
    await engine.exec(`CREATE TABLE ${t("er_trades")} (buyer_id VARCHAR(10), seller_id VARCHAR(10), ${at} ${time}, name VARCHAR(20))`);
    await engine.exec(`INSERT INTO ${t("er_users")} VALUES ('u1'), ('u2'), ('u3'), ('u4')`);
    await engine.exec(
      `INSERT INTO ${t("er_trades")} VALUES ('u1', 'u2', '2024-05-20 10:00:00', 'purchase'), ('u1', 'u3', '2024-05-30 10:00:00', 'purchase'), ` +
        `('u3', 'u3', '2024-05-30 11:00:00', 'purchase'), ('u2', NULL, '2024-05-21 10:00:00', 'refund')`,
    );
  });

  readingTests(get, ir, "user", EXPECTED, AS_OF, (key) => key);
  membershipTests(get, ir, EXPECTED, AS_OF);
});
