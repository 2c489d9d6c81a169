/**
 * Rows of a shared (wide) event table whose name is not one of its events: they count for
 * `any` and for nothing else. A row named like an event that has its own table (`order`)
 * is not that event, also when another segment of the project reads `any` (the membership
 * query then read every row of the wide table, and took such a row's raw name as an event's
 * name: `count(order)` counted it, the segment's own query and the JS backend did not).
 */
import { beforeAll, expect } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { membershipTests, readingTests } from "./members.ts";

const AS_OF = "2024-06-01T00:00:00.000Z";

const schema = (signup: string): string => `
entity user {
  table "en_users"
  key id: string
}
events of user {
  table "en_events"
  user column "user_id"
  time column "at"
  name column "name"
  event login
  event order { table "en_orders" }
  event ${signup}
}
`;

const SEGMENTS = `
segment one_order = count(order) == 1
segment two_orders = count(order) == 2
segment logged_in = did login
segment signed_up = did signup
segment active = count(any) >= 3
segment ordered_after_login = did login then order within 1 day
`;

// u1: a login and, an hour later, a wide-table row named "order" (its one order, in the
// orders table, came the day before);
// u2: a wide-table row named "signup" and one with a NULL name;
// u3: a row named "SignUp", and one order.
// Every event stored under its own name (each row's name is read as it is), or one under
// another (`signup` stored as "SignUp": names are mapped, others read as no event's).
const VARIANTS = [
  { schema: schema("signup"), signedUp: ["u2"] },
  { schema: schema('signup named "SignUp"'), signedUp: ["u3"] },
];

for (const variant of VARIANTS) {
  const expected: Record<string, string[]> = {
    one_order: ["u1", "u3"],
    two_orders: [],
    logged_in: ["u1"],
    signed_up: variant.signedUp,
    active: ["u1"],
    ordered_after_login: [],
  };
  const { ir, diagnostics } = checkProject([{ path: "names.seg", text: variant.schema + SEGMENTS }]);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  // The same project without `any`: each event read by name alone.
  const withoutAny = checkProject([{ path: "names.seg", text: variant.schema + SEGMENTS.replace(/^segment active .*$/m, "") }]).ir;
  const title = variant.signedUp[0] === "u2" ? "events stored under their own names" : "an event stored under another name";
  describeEngines(`rows of a wide event table named like no event of it (${title})`, await testEngines(), (get) => {
    beforeAll(async () => {
      const engine = get();
      const t = (name: string): string => engine.quoteTable(engine.resolveTable([name]));
      const at = engine.quoteTable(["at"]);
      const time = engine.name === "sqlite" ? "TEXT" : engine.name === "mysql" ? "DATETIME(3)" : "TIMESTAMP";
      await engine.exec(`CREATE TABLE ${t("en_users")} (id VARCHAR(10))`);
      await engine.exec(`CREATE TABLE ${t("en_events")} (user_id VARCHAR(10), ${at} ${time}, name VARCHAR(20))`);
      await engine.exec(`CREATE TABLE ${t("en_orders")} (user_id VARCHAR(10), ${at} ${time})`);
      await engine.exec(`INSERT INTO ${t("en_users")} VALUES ('u1'), ('u2'), ('u3')`);
      await engine.exec(
        `INSERT INTO ${t("en_events")} VALUES ('u1', '2024-05-30 10:00:00', 'login'), ('u1', '2024-05-30 11:00:00', 'order'), ` +
          `('u2', '2024-05-30 10:00:00', 'signup'), ('u2', '2024-05-30 11:00:00', NULL), ('u3', '2024-05-20 10:00:00', 'SignUp')`,
      );
      await engine.exec(`INSERT INTO ${t("en_orders")} VALUES ('u1', '2024-05-29 00:00:00'), ('u3', '2024-05-21 00:00:00')`);
    });

    readingTests(get, ir, "user", expected, AS_OF, (key) => key);
    membershipTests(get, ir, expected, AS_OF);
    membershipTests(get, withoutAny, Object.fromEntries(Object.entries(expected).filter(([name]) => name !== "active")), AS_OF);
  });
}
