/**
 * The execution corpus: small handcrafted data and, per segment, the members computed by
 * hand from the semantics in compiler/ir.ts. asOf = 2024-03-10T12:00:00.000Z ("A").
 */
import type { IRAggregate, IRCond } from "../../compiler/ir.ts";
import type { Engine } from "../../compiler/engines/index.ts";
import { agg, and, attr, cmp, DAY, gt0, HOUR, inLast, lit, not, or, project, prop, segment } from "./fixtures.ts";

export const AS_OF = "2024-03-10T12:00:00.000Z";

export const HOSTILE = "dave'\"\\--;😀 /* x */";

type Row = unknown[];
export const USERS_COLUMNS = ["id", "email", "country", "age", "plan", "signed_up_at", "opted_in", "tags", "ltv_usd", "account_id"];
export const USERS: Row[] = [
  ["u1", "alice@x.com", "US", 35, "enterprise", "2024-03-01T00:00:00.000Z", true, ["beta", "vip"], 1500, "a1"],
  ["u2", "BOB@x.com", "CA", null, "pro", "2023-01-01T00:00:00.000Z", false, [], 0, "a2"],
  ["u3", "carol", "us", 50, "free", null, null, null, null, null],
  ["u4", HOSTILE, "DE", 30, "trial", "2024-02-01T00:00:00.000Z", false, ["beta"], 100, "a2"],
  ["u5", "Émile\n", "FR", 29, "free", "2024-02-20T00:00:00.000Z", null, ["x"], 10, null],
];
export const ACCOUNTS: Row[] = [
  ["a1", "fintech", 5000],
  ["a2", "retail", 10],
];
export const EVENTS: Row[] = [
  ["u1", "2024-03-03T12:00:00.000Z", "login", {}],
  ["u1", "2024-03-03T12:00:00.001Z", "login", {}],
  ["u1", "2024-03-09T23:59:59.999Z", "login", {}],
  ["u1", "2024-03-10T00:00:00.000Z", "login", {}],
  ["u1", "2024-03-10T12:00:00.000Z", "login", {}],
  ["u1", "2024-03-10T12:00:00.001Z", "login", {}],
  ["u1", "2024-03-10T09:00:00.000Z", "add_to_cart", { sku: "s1", price: 10 }],
  ["u1", "2024-03-10T10:00:00.000Z", "purchase", { order_id: "o1", amount: 100 }],
  ["u1", "2024-02-29T12:00:00.000Z", "purchase", { order_id: "o0", amount: 50 }],
  ["u1", "2024-03-05T00:00:00.000Z", "nps_response", { score: 2 }],
  ["u1", "2024-03-06T00:00:00.000Z", "nps_response", { score: 9 }],
  ["u1", "2024-03-06T00:00:00.000Z", "nps_response", { score: 3 }],
  ["u1", "2024-03-08T00:00:00.000Z", "feature_used", { feature: "reports" }],
  ["u2", "2024-03-09T12:00:00.000Z", "login", {}],
  ["u2", "2024-03-10T07:00:00.000Z", "add_to_cart", { sku: "s2", price: 5 }],
  ["u2", "2024-03-10T08:00:00.001Z", "purchase", { order_id: "o2", amount: 25.5 }],
  ["u2", "2024-03-07T00:00:00.000Z", "nps_response", { score: null }],
  ["u2", "2024-03-07T00:00:00.000Z", "nps_response", { score: 5 }],
  ["u2", "2024-03-08T00:00:00.000Z", "feature_used", { feature: "Reports" }],
  ["u3", "2024-03-03T12:00:00.000Z", "login", {}],
  // 62 days back to the millisecond: the oldest day an active-days bitmask counts (bit 62);
  // the day before only counts in a 63-day window (COUNT(DISTINCT) there); the day after
  // (bit 61) must stay a day of its own.
  ["u3", "2024-01-09T06:00:00.000Z", "login", {}],
  ["u3", "2024-01-08T12:00:00.001Z", "login", {}],
  ["u3", "2024-01-07T13:00:00.000Z", "login", {}],
  ["u3", "2024-03-10T11:30:00.000Z", "add_to_cart", { sku: "s3", price: 1 }],
  ["u3", "2024-03-08T00:00:00.000Z", "nps_response", {}],
  // u3's latest answer has no score: last(score) is missing, not the earlier 3
  ["u3", "2024-03-01T00:00:00.000Z", "nps_response", { score: 3 }],
  ["u4", "2024-03-10T10:00:00.000Z", "add_to_cart", { sku: "s4", price: 7 }],
  ["u5", "2024-03-10T12:00:00.001Z", "login", {}],
  // Not u1's: keys compare exactly (MariaDB's PAD SPACE collations would say "u1 " = "u1").
  ["u1 ", "2024-03-10T11:00:00.000Z", "purchase", { order_id: "o9", amount: 1000 }],
  ["u1 ", "2024-03-10T11:00:00.000Z", "login", {}],
];

const ev = (id: string, fn: Extract<IRAggregate, { kind: "events" }>["fn"], event: string, window = {}, extra: Partial<Extract<IRAggregate, { kind: "events" }>> = {}): IRAggregate => ({
  id,
  kind: "events",
  entity: "user",
  fn,
  select: { event, window },
  type: "number",
  ...extra,
});

export const AGGREGATES: IRAggregate[] = [
  ev("login_7d", "count", "login", inLast(7 * DAY)),
  ev("login_all", "count", "login"),
  ev("days_7d", "activeDays", "login", inLast(7 * DAY)),
  ev("spend", "sum", "purchase", {}, { value: prop("amount", "number") }),
  ev("avg_spend", "avg", "purchase", {}, { value: prop("amount", "number") }),
  ev("last_nps", "lastValue", "nps_response", {}, { value: prop("score", "number") }),
  ev("first_nps", "firstValue", "nps_response", {}, { value: prop("score", "number") }),
  {
    id: "reports",
    kind: "events",
    entity: "user",
    fn: "count",
    select: { event: "feature_used", window: {}, filter: { k: "inList", value: prop("feature", "string"), list: { k: "list", element: "string", values: ["reports"] } } },
    type: "number",
  },
  {
    id: "reports_ci",
    kind: "events",
    entity: "user",
    fn: "count",
    select: { event: "feature_used", window: {}, filter: { k: "inList", value: prop("feature", "string"), list: { k: "list", element: "string", values: ["REPORTS"] }, ci: true } },
    type: "number",
  },
  {
    id: "abandon",
    kind: "sequence",
    entity: "user",
    steps: [
      { select: { event: "add_to_cart", window: inLast(7 * DAY) } },
      { select: { event: "purchase", window: {} }, withinMs: HOUR, negated: true },
    ],
    type: "boolean",
  },
  {
    id: "converted",
    kind: "sequence",
    entity: "user",
    steps: [
      { select: { event: "add_to_cart", window: {} } },
      { select: { event: "purchase", window: {} }, withinMs: HOUR },
    ],
    type: "boolean",
  },
  ev("days_62d", "activeDays", "login", inLast(62 * DAY)),
  ev("days_63d", "activeDays", "login", inLast(63 * DAY)),
];

const s = (k: "contains" | "startsWith" | "endsWith", pattern: string, ci?: boolean): IRCond => ({
  k: "str",
  op: k,
  value: attr("email", "string"),
  pattern: lit(pattern),
  ...(ci ? { ci } : {}),
});
const inList = (values: string[], ci?: boolean): IRCond => ({
  k: "inList",
  value: attr("country", "string"),
  list: { k: "list", element: "string", values },
  ...(ci ? { ci } : {}),
});
const has = (mode: "any" | "all", values: string[]): IRCond => ({
  k: "has",
  list: attr("tags", "list"),
  mode,
  values: { k: "list", element: "string", values },
});
const email = attr("email", "string");
const ltv = attr("lifetime_value", "number");
const age = attr("age", "number");
const signed = attr("signed_up_at", "timestamp");

/** [segment, condition, expected members, depends on] */
export const CASES: [string, IRCond, string[], string[]?][] = [
  ["us_exact", cmp("==", attr("country", "string"), lit("US")), ["u1"]],
  ["us_ci", cmp("==", attr("country", "string"), lit("us"), true), ["u1", "u3"]],
  ["not_old", not(cmp(">", age, lit(30))), ["u2", "u4", "u5"]],
  ["age_set", { k: "isSet", value: age }, ["u1", "u3", "u4", "u5"]],
  ["recent_login", gt0("login_7d"), ["u1", "u2"]],
  ["login_4_times", cmp("==", agg("login_7d", "number"), lit(4)), ["u1"]],
  ["active_3_days", cmp(">=", agg("days_7d", "number"), lit(3)), ["u1"]],
  ["never_logged_in", not(gt0("login_all")), ["u4", "u5"]],
  ["big_spender", cmp(">=", agg("spend", "number"), lit(150)), ["u1"]],
  ["zero_spend", cmp("==", agg("spend", "number"), lit(0)), ["u3", "u4", "u5"]],
  ["no_avg", not(cmp(">", agg("avg_spend", "number"), lit(0))), ["u3", "u4", "u5"]],
  ["detractor", cmp("<=", agg("last_nps", "number"), lit(6)), ["u2"]],
  ["first_nps_low", cmp("<=", agg("first_nps", "number"), lit(2)), ["u1"]],
  ["reports", gt0("reports"), ["u1"]],
  ["reports_ci", gt0("reports_ci"), ["u1", "u2"]],
  ["cart_abandoner", { k: "truthy", value: agg("abandon", "boolean") }, ["u2", "u4"]],
  ["cart_converted", { k: "truthy", value: agg("converted", "boolean") }, ["u1"]],
  ["vip", has("any", ["vip"]), ["u1"]],
  ["beta_and_vip", has("all", ["beta", "vip"]), ["u1"]],
  ["not_vip", not(has("any", ["vip"])), ["u2", "u3", "u4", "u5"]],
  ["big_account", cmp(">=", attr("employees", "number", ["account"]), lit(1000)), ["u1"]],
  ["composed", and({ k: "segment", name: "us_exact" }, not({ k: "segment", name: "detractor" })), ["u1"], ["us_exact", "detractor"]],
  ["north_america", inList(["US", "CA"]), ["u1", "u2"]],
  ["not_north_america", not(inList(["US", "CA"])), ["u3", "u4", "u5"]],
  ["us_in_ci", inList(["us"], true), ["u1", "u3"]],
  ["email_contains", s("contains", "@x"), ["u1", "u2"]],
  ["email_starts_ci", s("startsWith", "bob", true), ["u2"]],
  ["email_ends_ci", s("endsWith", ".COM", true), ["u1", "u2"]],
  ["email_ends_cs", s("endsWith", ".COM"), []],
  ["before_b", cmp("<", email, lit("b")), ["u1", "u2"]],
  ["ci_ascii_only", cmp("==", email, lit("émile\n"), true), []],
  ["hostile_equal", cmp("==", email, lit(HOSTILE)), ["u4"]],
  ["signed_recent", cmp(">", signed, { k: "time", ref: { k: "asOf", offsetMs: -30 * DAY } }), ["u1", "u5"]],
  ["not_signed_recent", not(cmp(">", signed, { k: "time", ref: { k: "asOf", offsetMs: -30 * DAY } })), ["u2", "u3", "u4"]],
  ["signed_before_2024", cmp("<", signed, lit("2024-01-01T00:00:00.000Z", "timestamp")), ["u2"]],
  ["days_since_9", cmp("==", { k: "daysSince", value: signed }, lit(9)), ["u1"]],
  ["float_division", cmp(">", { k: "arith", op: "/", left: ltv, right: age }, lit(3.3)), ["u1", "u4"]],
  [
    "division_by_zero",
    not({ k: "isSet", value: { k: "arith", op: "/", left: ltv, right: { k: "arith", op: "-", left: age, right: lit(30) } } }),
    ["u2", "u3", "u4"],
  ],
  ["opted_in", { k: "truthy", value: attr("opted_in", "boolean") }, ["u1"]],
  ["not_opted_in", not({ k: "truthy", value: attr("opted_in", "boolean") }), ["u2", "u3", "u4", "u5"]],
  ["or_const", or({ k: "const", value: false }, cmp("==", attr("plan", "string"), lit("pro"))), ["u2"]],
  ["active_3_days_in_62", cmp("==", agg("days_62d", "number"), lit(3)), ["u1", "u3"]],
  ["active_3_days_in_63", cmp("==", agg("days_63d", "number"), lit(3)), ["u1"]],
  ["active_4_days_in_63", cmp("==", agg("days_63d", "number"), lit(4)), ["u3"]],
];

/** Needs a regex function (SQLite: an application-defined `regexp`). */
export const REGEX_CASES: [string, IRCond, string[]][] = [
  ["email_regex", { k: "regex", value: email, pattern: "^[a-z]+@" }, ["u1"]],
  ["email_regex_ci", { k: "regex", value: email, pattern: "^[a-z]+@", ci: true }, ["u1", "u2"]],
  ["email_regex_class", { k: "regex", value: email, pattern: "\\d|^\\w{5}$" }, ["u3"]],
  // `$` is the very end: PCRE and ICU (MariaDB, MySQL) would also match before "Émile\n"'s newline.
  ["email_end_anchor", { k: "regex", value: email, pattern: "e$" }, []],
  ["email_newline_at_end", { k: "regex", value: email, pattern: "e\\s$" }, ["u5"]],
];

export function casesProject(cases: [string, IRCond, string[], string[]?][]) {
  return project(AGGREGATES, cases.map(([name, cond, , deps]) => segment(name, cond, deps ?? [])));
}

/** Creates and fills the tables of the fixture schema. */
export async function loadData(engine: Engine): Promise<void> {
  await engine.createTable(["analytics", "users"], [
    { name: "id", type: "string" },
    { name: "email", type: "string" },
    { name: "country", type: "string" },
    { name: "age", type: "integer" },
    { name: "plan", type: "string" },
    { name: "signed_up_at", type: "timestamp" },
    { name: "opted_in", type: "boolean" },
    { name: "tags", type: "json" },
    { name: "ltv_usd", type: "integer" },
    { name: "account_id", type: "string" },
  ]);
  await engine.insertRows(["analytics", "users"], USERS_COLUMNS, USERS);
  await engine.createTable(["crm", "accounts"], [
    { name: "id", type: "string" },
    { name: "industry", type: "string" },
    { name: "employees", type: "integer" },
  ]);
  await engine.insertRows(["crm", "accounts"], ["id", "industry", "employees"], ACCOUNTS);
  await engine.createTable(["analytics", "events"], [
    { name: "user_id", type: "string" },
    { name: "occurred_at", type: "timestamp" },
    { name: "event", type: "string" },
    { name: "props", type: "json" },
  ]);
  await engine.insertRows(["analytics", "events"], ["user_id", "occurred_at", "event", "props"], EVENTS);
}
