/**
 * Query plans MariaDB must not choose for seg's SQL: the plans themselves, since a wrong
 * one is slow rather than wrong, and timings have no place in the suite (test/CONTEXT.md).
 */
import { expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { compileMembership, getDialect, withAsOf } from "../../compiler/sql/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";

describeEngines("MariaDB plans", await testEngines(["mysql"]), (get) => {
  test("the first/last values of many customers are computed once, not once per customer (no lateral derived table)", async () => {
    const engine = get();
    const { ir, diagnostics } = checkProject([
      {
        path: "/s/s.seg",
        text: `
entity customer {
  table "plan_customers"
  key id: number
}
events of customer {
  table "plan_purchases"
  customer column "customer_id"
  time column "time"
  event purchase { table "plan_purchases"  amount: number }
}
segment big_first_purchase = first(purchase.amount) >= 30
`,
      },
    ]);
    expect(diagnostics).toEqual([]);
    await engine.createTable(["plan_customers"], [{ name: "id", type: "integer" }]);
    await engine.createTable(["plan_purchases"], [
      { name: "customer_id", type: "integer" },
      { name: "time", type: "timestamp" },
      { name: "amount", type: "number" },
    ]);
    const ids = Array.from({ length: 3000 }, (_, i) => i + 1);
    await engine.insertRows(["plan_customers"], ["id"], ids.map((id) => [id]));
    await engine.insertRows(
      ["plan_purchases"],
      ["customer_id", "time", "amount"],
      ids.flatMap((id) => [1, 2, 3].map((day) => [id, `2024-01-0${day}T00:00:00.000Z`, (id * day) % 50])),
    );
    await engine.createIndex(["plan_purchases"], ["customer_id"]);
    await engine.analyze(["plan_customers"]);
    await engine.analyze(["plan_purchases"]);
    const { sql, parameters } = withAsOf(compileMembership(ir, getDialect("mysql")), "2024-02-01T00:00:00.000Z");
    const plan = await engine.query(`EXPLAIN ${sql}`, parameters);
    expect(plan.map((row) => row["select_type"])).not.toContain("LATERAL DERIVED");
  });
});
