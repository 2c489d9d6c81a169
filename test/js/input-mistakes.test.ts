/**
 * Input an app gets wrong in ways that used to read as missing values — a silently wrong
 * answer: a record passed with its database names (an event's stored name, an attribute's
 * or a property's column name), properties under another key or beside `name` and `time`,
 * attributes beside `key`. Each is a SegInputError naming the field; the right form, and
 * fields that are no such mistake, still read as before. Expected values by hand.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { openEngine } from "../../compiler/engines/index.ts";
import { compileJs, loadEntitiesFromEngine, SegInputError, type EntityInput } from "../../compiler/js/index.ts";
import { runMembership } from "../../compiler/sql/index.ts";

const SOURCE = `
entity user {
  table "users"
  key id: string
  plan: string
  ltv: number column "ltv_usd"
  a: number column "b"
  b: number column "a"
  account: account via account_id
}
entity account {
  table "accounts"
  key id: string
  employees: number column "headcount"
  ext: string column "id"
}
events of user {
  table "events"
  user column "user_id"
  time column "at"
  name column "event"
  properties column "props"
  event login named "Login"
  event purchase { amount: number, order: string column "order_id", name: string }
  event visit named "login"
}
segment logged_in = did login
segment visited = did visit
segment buyer = sum(purchase.amount) > 10
segment ordered = did purchase where order == "o1"
segment named_x = did purchase where name == "x"
segment rich = ltv >= 1000
segment pro = plan == "pro"
segment swapped = a == 1 and b == 2
segment big = account.employees >= 100
segment ext = account.ext == "acme"
segment busy = count(any) >= 2
`;
const { ir, diagnostics } = checkProject([{ path: "m.seg", text: SOURCE }]);
const c = compileJs(ir);
const asOf = "2024-03-10T00:00:00Z";
const T = "2024-03-09T00:00:00Z";

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof SegInputError) return e.message;
    throw new Error(`expected a SegInputError, got ${String(e)}`);
  }
  throw new Error("expected a SegInputError, nothing was thrown");
}
const members = (r: unknown): string[] => c.members(r as EntityInput, { asOf });

test("the project checks", () => {
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
});

describe("an event under the name its table stores", () => {
  test("is an error naming the declared name, in every entry point that reads events", () => {
    const rec = { key: "u1", events: [{ name: "Login", time: T }] };
    const msg = 'user "u1": event #0 ("Login"): "Login" is the value the table stores for the event "login": pass events by their declared name, name: "login"';
    expect(errorOf(() => members(rec))).toBe(msg);
    expect(errorOf(() => c.predicate("logged_in")(rec, { asOf }))).toBe(msg);
    // a predicate of other events reads every event's name too
    expect(errorOf(() => c.predicate("buyer")(rec, { asOf }))).toBe(msg);
    // and so do `any` aggregates alone
    expect(errorOf(() => c.predicate("busy")(rec, { asOf }))).toBe(msg);
    // a predicate that reads no events does not look at them
    expect(c.predicate("pro")(rec as EntityInput, { asOf })).toBe(false);
  });

  test("is an error later than asOf too, with or without `any` aggregates", () => {
    const late = { events: [{ name: "Login", time: "2024-03-11T00:00:00Z" }] };
    const msg = 'event #0 ("Login"): "Login" is the value the table stores for the event "login": pass events by their declared name, name: "login"';
    expect(errorOf(() => c.predicate("busy")(late as EntityInput, { asOf }))).toBe(msg);
    expect(errorOf(() => c.predicate("logged_in")(late as EntityInput, { asOf }))).toBe(msg);
    expect(errorOf(() => members(late))).toBe(msg);
  });

  test("the declared name counts; a stored name that is another event's declared name is that event", () => {
    // `visit` is stored as "login", which is the declared name of the event `login`: "login" means login
    expect(members({ events: [{ name: "login", time: T }] })).toEqual(["logged_in"]);
    expect(members({ events: [{ name: "visit", time: T }, { name: "login", time: T }] })).toEqual(["logged_in", "visited", "busy"]);
  });

  test("undeclared names are still ignored, and still counted by `any`", () => {
    expect(members({ events: [{ name: "Logout", time: T }, { name: "page", time: T }] })).toEqual(["busy"]);
  });
});

describe("an attribute or a property under its column name", () => {
  test("an attribute absent under its name but present under its column", () => {
    expect(errorOf(() => members({ key: "u1", attributes: { ltv_usd: 5000 } }))).toBe(
      'user "u1": attribute "ltv" is absent, but there is "ltv_usd", its column name: pass it as "ltv"',
    );
    expect(members({ attributes: { ltv: 5000, ltv_usd: 1 } })).toEqual(["rich"]);
    // missing under both, or null under the column, is missing
    expect(members({ attributes: { ltv_usd: null } })).toEqual([]);
  });

  test("a column that is another attribute's name is that attribute", () => {
    expect(members({ attributes: { a: 1, b: 2 } })).toEqual(["swapped"]);
    expect(members({ attributes: { b: 2 } })).toEqual([]);
  });

  test("a related record's attribute under its column; its key, which another attribute's column names, is the key", () => {
    expect(errorOf(() => members({ related: { account: { headcount: 500 } } }))).toBe(
      'attribute "account.employees" is absent, but there is "headcount", its column name: pass it as "employees"',
    );
    expect(members({ related: { account: { id: "acme", employees: 500 } } })).toEqual(["big"]);
  });

  test("a property absent under its name but present under its column", () => {
    expect(errorOf(() => members({ events: [{ name: "purchase", time: T, properties: { order_id: "o1" } }] }))).toBe(
      'event #0 ("purchase"): property "order" is absent, but there is "order_id", its column name: pass it as "order"',
    );
    expect(members({ events: [{ name: "purchase", time: T, properties: { order: "o1" } }] })).toEqual(["ordered"]);
  });
});

describe("properties, attributes and related records outside their object", () => {
  test("properties under a near name", () => {
    for (const k of ["props", "Properties", "attributes", "data", "payload"]) {
      expect(errorOf(() => members({ events: [{ name: "purchase", time: T, [k]: { amount: 20 } }] }))).toBe(
        `event #0 ("purchase"): the event has no "properties" but has ${JSON.stringify(k)}: did you mean "properties"?`,
      );
    }
  });

  test("properties beside name and time", () => {
    expect(errorOf(() => members({ key: "u1", events: [{ name: "purchase", time: T, amount: 20 }] }))).toBe(
      'user "u1": event #0 ("purchase"): the event has no "properties" but has "amount", the name of a property the segments read: if it is that property, write it inside properties: { ... }; if the event has no properties, pass properties: {}',
    );
    // a property called `name` is not the event's own name
    expect(members({ events: [{ name: "purchase", time: T }] })).toEqual([]);
    expect(members({ events: [{ name: "purchase", time: T, properties: { name: "x" } }] })).toEqual(["named_x"]);
    // fields of its own beside them, with properties present or absent, are no mistake
    expect(members({ events: [{ name: "purchase", time: T, id: 7, source: "web", properties: { amount: 20 } }] })).toEqual(["buyer"]);
    expect(members({ events: [{ name: "purchase", time: T, id: 7, context: { app: "ios" } }] })).toEqual([]);
    // an event without properties that says so
    expect(members({ events: [{ name: "purchase", time: T, amount: 20, properties: {} }] })).toEqual([]);
  });

  test("attributes beside key", () => {
    expect(errorOf(() => members({ key: "u1", plan: "pro", events: [] }))).toBe(
      'user "u1": the record has no "attributes" but has "plan", an attribute: write it inside attributes: { ... }',
    );
    expect(members({ key: "u1", source: "crm", attributes: { plan: "pro" } })).toEqual(["pro"]);
  });

  test("a related record beside key", () => {
    expect(errorOf(() => members({ key: "u1", account: { employees: 500 } }))).toBe(
      'user "u1": the record has no "related" but has "account", a relation: write it inside related: { ... }',
    );
    expect(members({ key: "u1", account: "acme", related: { account: { employees: 500 } } })).toEqual(["big"]);
    // a field of the app's own that shares the relation's name: no record, so no mistake
    expect(members({ key: "u1", account: "acme" })).toEqual([]);
  });
});

test("the rows of a table read back with their declared names: an undeclared row holding a stored name keeps out of the way", async () => {
  // Two wide tables: `login` is "Login" in the first; a "Login" row of the second is no login
  // (SQL reads logins from the first table alone), and reaches the predicates as "?Login".
  const two = checkProject([
    {
      path: "t.seg",
      text: `
entity user { table "users" key id: string }
events of user { table "events" user column "user_id" time column "at" name column "event" event login named "Login" }
events of user { table "other" user column "user_id" time column "at" name column "kind" event click }
segment logged_in = did login
segment busy = count(any) >= 2
`,
    },
  ]);
  expect(two.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const engine = await openEngine("sqlite::memory:");
  try {
    await engine.createTable(["users"], [{ name: "id", type: "string" }]);
    await engine.insertRows(["users"], ["id"], [["u1"], ["u2"]]);
    for (const [table, nameColumn] of [["events", "event"], ["other", "kind"]] as const) {
      await engine.createTable([table], [
        { name: "user_id", type: "string" },
        { name: "at", type: "timestamp" },
        { name: nameColumn, type: "string" },
      ]);
    }
    await engine.insertRows(["events"], ["user_id", "at", "event"], [["u1", "2024-03-09T00:00:00.000Z", "Login"]]);
    await engine.insertRows(["other"], ["user_id", "at", "kind"], [["u2", "2024-03-09T00:00:00.000Z", "Login"], ["u2", "2024-03-09T00:00:00.000Z", "click"]]);
    const api = compileJs(two.ir);
    const js: Record<string, string[]> = {};
    for await (const rec of loadEntitiesFromEngine(engine, two.ir, "user")) js[String(rec.key)] = api.members(rec, { asOf });
    expect(js).toEqual({ u1: ["logged_in"], u2: ["busy"] });
    const sql = await runMembership(engine, two.ir, { asOf });
    expect(Object.fromEntries(Object.entries(sql.segments).map(([s, r]) => [s, [...(r.members ?? [])].map(String)]))).toEqual({ logged_in: ["u1"], busy: ["u2"] });
  } finally {
    await engine.close();
  }
});

test("property: a record from untyped JSON is answered or refused with a SegInputError, never another error", () => {
  const json: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof(
      { depthSize: "small" },
      fc.constantFrom(null, undefined, true, 0, -1.5, NaN, "", "pro", "2024-03-09", "Login", "purchase", 1e300),
      fc.array(tie("v"), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom("name", "time", "properties", "amount", "order", "order_id", "props", "plan", "ltv", "ltv_usd", "x"), tie("v"), { maxKeys: 4 }),
    ),
  })).v;
  const event = fc.record(
    { name: fc.oneof(fc.constantFrom("login", "Login", "purchase", "visit", "other"), json), time: fc.oneof(fc.constant(T), json), properties: json },
    { requiredKeys: [] },
  );
  const record = fc.record(
    { key: fc.oneof(fc.constant("u1"), json), attributes: json, related: json, events: fc.oneof(fc.array(event, { maxLength: 4 }), json), plan: json, props: json },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(record, (r) => {
      for (const f of [() => c.evaluate(r as EntityInput, { asOf }), () => c.traits(r as EntityInput, { asOf })]) {
        try {
          f();
        } catch (e) {
          if (!(e instanceof SegInputError)) throw e;
        }
      }
    }),
    { numRuns: Number(process.env.RUNS ?? 3000) },
  );
});
