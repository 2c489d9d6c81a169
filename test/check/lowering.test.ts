/** Each piece of sugar lowers to the IR core that compiler/ir.ts defines. */
import { describe, expect, test } from "vitest";
import type { IRCond, IRExpr, IRProject } from "../../compiler/index.ts";
import { check, checkMarked, errors } from "./fixture.ts";

const DAY = 86_400_000;
const asOf = (offsetMs: number) => ({ k: "time", ref: { k: "asOf", offsetMs } }) as const;
const attr = (name: string, type: string, via: string[] = []) => ({ k: "attr", via, name, type }) as IRExpr;
const num = (value: number) => ({ k: "lit", type: "number", value }) as IRExpr;
const str = (value: string) => ({ k: "lit", type: "string", value }) as IRExpr;
const agg = (id: string, type = "number") => ({ k: "agg", id, type }) as IRExpr;

function lower(src: string): IRProject {
  const r = check(src);
  expect(errors(r)).toEqual([]);
  return r.ir;
}
function cond(src: string, name = "s"): IRCond {
  const ir = lower(src);
  const s = ir.segments.find((x) => x.name === name);
  expect(s).toBeDefined();
  return s!.condition;
}

describe("lowering", () => {
  test("did E = count >= 1 over all history", () => {
    const ir = lower(`segment s = did login`);
    expect(ir.segments[0]!.condition).toEqual({ k: "cmp", op: ">=", left: agg("a1"), right: num(1) });
    expect(ir.aggregates).toEqual([
      { id: "a1", kind: "events", entity: "user", fn: "count", select: { event: "login", window: {} }, type: "number" },
    ]);
  });

  test("not did / did not = not(...)", () => {
    const a = cond(`segment s = not did login in last 7 days`);
    const b = cond(`segment s = did not login in last 7 days`);
    expect(a).toEqual(b);
    expect(a).toEqual({ k: "not", arg: { k: "cmp", op: ">=", left: agg("a1"), right: num(1) } });
  });

  test("frequencies: at least / at most / exactly times, on at least N days", () => {
    const ir = lower(
      `segment a = did login at least 3 times\nsegment b = did login at most 2 times\nsegment c = did login exactly 1 time\nsegment d = did login on at least 4 days in last 7 days`,
    );
    const c = Object.fromEntries(ir.segments.map((s) => [s.name, s.condition]));
    expect(c.a).toEqual({ k: "cmp", op: ">=", left: agg("a1"), right: num(3) });
    expect(c.b).toEqual({ k: "cmp", op: "<=", left: agg("a1"), right: num(2) });
    expect(c.c).toEqual({ k: "cmp", op: "==", left: agg("a1"), right: num(1) });
    expect(c.d).toEqual({ k: "cmp", op: ">=", left: agg("a2"), right: num(4) });
    expect(ir.aggregates[1]).toMatchObject({ fn: "activeDays", select: { event: "login", window: { after: { k: "asOf", offsetMs: -7 * DAY }, until: { k: "asOf", offsetMs: 0 } } } });
  });

  test("windows: in last, between … ago, before, after", () => {
    const ir = lower(
      `segment a = did login between 30 days and 14 days ago\nsegment b = did login before 30 days ago\nsegment c = did login after 2024-03-01\nsegment d = did login after 2023-01-01 before 2024-01-01`,
    );
    expect(ir.aggregates.map((a) => (a.kind === "events" ? a.select.window : null))).toEqual([
      { after: { k: "asOf", offsetMs: -30 * DAY }, until: { k: "asOf", offsetMs: -14 * DAY } },
      { before: { k: "asOf", offsetMs: -30 * DAY } },
      { after: { k: "instant", iso: "2024-03-01T00:00:00.000Z" } },
      { after: { k: "instant", iso: "2023-01-01T00:00:00.000Z" }, before: { k: "instant", iso: "2024-01-01T00:00:00.000Z" } },
    ]);
  });

  test("event filter and a property aggregate with a filter and window", () => {
    const ir = lower(`segment s = sum(purchase.amount where currency == "USD" in last 90 days) >= 1000`);
    expect(ir.aggregates[0]).toEqual({
      id: "a1",
      kind: "events",
      entity: "user",
      fn: "sum",
      select: {
        event: "purchase",
        window: { after: { k: "asOf", offsetMs: -90 * DAY }, until: { k: "asOf", offsetMs: 0 } },
        filter: { k: "cmp", op: "==", left: { k: "prop", name: "currency", type: "string" }, right: str("USD") },
      },
      value: { k: "prop", name: "amount", type: "number" },
      type: "number",
    });
  });

  test("first(E).time, last(e.p), distinct, active_days, min/max/avg, days_since", () => {
    const ir = lower(
      `segment s = first(purchase where amount > 0).time >= 2024-01-01 and last(purchase.currency) == "USD" and distinct(purchase.sku) > 2 and active_days(login) > 1 and avg(purchase.amount) > 1 and days_since(last(login).time) < 7`,
    );
    expect(ir.aggregates.map((a) => (a.kind === "events" ? [a.fn, a.type] : null))).toEqual([
      ["firstTime", "timestamp"],
      ["lastValue", "string"],
      ["distinct", "number"],
      ["activeDays", "number"],
      ["avg", "number"],
      ["lastTime", "timestamp"],
    ]);
    const args = (ir.segments[0]!.condition as { args: IRCond[] }).args;
    expect(args[0]).toEqual({ k: "cmp", op: ">=", left: agg("a1", "timestamp"), right: { k: "time", ref: { k: "instant", iso: "2024-01-01T00:00:00.000Z" } } });
    expect(args[5]).toEqual({ k: "cmp", op: "<", left: { k: "daysSince", value: agg("a6", "timestamp") }, right: num(7) });
  });

  test("sequences: then, then not, chains; the window applies to the first step", () => {
    const ir = lower(
      `segment a = did add_to_cart then not purchase within 1 hour in last 7 days\nsegment b = did login then add_to_cart within 1 day then purchase within 2 hours`,
    );
    expect(ir.segments[0]!.condition).toEqual({ k: "truthy", value: agg("a1", "boolean") });
    expect(ir.aggregates[0]).toEqual({
      id: "a1",
      kind: "sequence",
      entity: "user",
      steps: [
        { select: { event: "add_to_cart", window: { after: { k: "asOf", offsetMs: -7 * DAY }, until: { k: "asOf", offsetMs: 0 } } } },
        { select: { event: "purchase", window: {} }, withinMs: 3_600_000, negated: true },
      ],
      type: "boolean",
    });
    expect(ir.aggregates[1]).toMatchObject({
      kind: "sequence",
      steps: [{ select: { event: "login" } }, { withinMs: DAY }, { withinMs: 7_200_000 }],
    });
  });

  test("between on numbers → two inclusive comparisons", () => {
    expect(cond(`segment s = age between 30 and 50`)).toEqual({
      k: "and",
      args: [
        { k: "cmp", op: ">=", left: attr("age", "number"), right: num(30) },
        { k: "cmp", op: "<=", left: attr("age", "number"), right: num(50) },
      ],
    });
  });

  test("between a time and `… ago` is an inclusive range of times; between two durations … ago the window", () => {
    const t = attr("signed_up_at", "timestamp");
    const instant = { k: "time", ref: { k: "instant", iso: "2024-06-01T00:00:00.000Z" } } as const;
    const range = (low: IRExpr) => ({
      k: "and",
      args: [
        { k: "cmp", op: ">=", left: t, right: low },
        { k: "cmp", op: "<=", left: t, right: asOf(-3_600_000) },
      ],
    });
    expect(cond(`segment s = signed_up_at between 2024-06-01 and 1 hour ago`)).toEqual(range(instant));
    expect(cond(`segment s = signed_up_at between now - 30 days and 1 hour ago`)).toEqual(range(asOf(-30 * DAY)));
    expect(cond(`segment s = signed_up_at between (30 days ago) and 1 hour ago`)).toEqual(range(asOf(-30 * DAY)));
    // the window: after 30 days ago (exclusive), up to 1 hour ago
    expect(cond(`segment s = signed_up_at between 30 days and 1 hour ago`)).toEqual({
      k: "and",
      args: [
        { k: "cmp", op: ">", left: t, right: asOf(-30 * DAY) },
        { k: "cmp", op: "<=", left: t, right: asOf(-3_600_000) },
      ],
    });
  });

  test("timestamp attribute windows: in last, before, after", () => {
    const t = attr("signed_up_at", "timestamp");
    expect(cond(`segment s = signed_up_at in last 30 days`)).toEqual({
      k: "and",
      args: [
        { k: "cmp", op: ">", left: t, right: asOf(-30 * DAY) },
        { k: "cmp", op: "<=", left: t, right: asOf(0) },
      ],
    });
    expect(cond(`segment s = signed_up_at before 2024-03-01T12:00:00+02:00`)).toEqual({
      k: "cmp",
      op: "<",
      left: t,
      right: { k: "time", ref: { k: "instant", iso: "2024-03-01T10:00:00.000Z" } },
    });
    expect(cond(`segment s = signed_up_at after now - 2 weeks`)).toEqual({ k: "cmp", op: ">", left: t, right: asOf(-14 * DAY) });
  });

  test("time arithmetic on attributes → timeShift; constant time arithmetic is folded", () => {
    expect(cond(`segment s = signed_up_at + 1 day < now`)).toEqual({
      k: "cmp",
      op: "<",
      left: { k: "timeShift", value: attr("signed_up_at", "timestamp"), ms: DAY },
      right: asOf(0),
    });
    // A shift of a shift is one shift by the sum (whose size SEG2016 then limits).
    expect(cond(`segment s = signed_up_at + 10 days - 3 days < now`)).toMatchObject({
      left: { k: "timeShift", value: attr("signed_up_at", "timestamp"), ms: 7 * DAY },
    });
    expect(cond(`segment s = signed_up_at > 2024-03-01 + 12 hours`)).toMatchObject({
      right: { k: "time", ref: { k: "instant", iso: "2024-03-01T12:00:00.000Z" } },
    });
  });

  test("not in, in const, ignoring case, has x, has any/all, is set, strings, regex", () => {
    const c = cond(
      `const na = ["US", "CA"]\nsegment s = country not in ["DE"] and country in na ignoring case and tags has "beta" and tags has all ["a", "b"] and age is not set and email ends with "@x.com" ignoring case and email matches "^a.*z$"`,
    ) as { args: IRCond[] };
    expect(c.args).toEqual([
      { k: "not", arg: { k: "inList", value: attr("country", "string"), list: { k: "list", element: "string", values: ["DE"] } } },
      { k: "inList", value: attr("country", "string"), list: { k: "list", element: "string", values: ["US", "CA"] }, ci: true },
      { k: "has", list: attr("tags", "list"), mode: "any", values: { k: "list", element: "string", values: ["beta"] } },
      { k: "has", list: attr("tags", "list"), mode: "all", values: { k: "list", element: "string", values: ["a", "b"] } },
      { k: "not", arg: { k: "isSet", value: attr("age", "number") } },
      { k: "str", op: "endsWith", value: attr("email", "string"), pattern: str("@x.com"), ci: true },
      { k: "regex", value: attr("email", "string"), pattern: "^a.*z$" },
    ]);
  });

  test("negated string predicates are complements (docs/language.md, missing values)", () => {
    const email = attr("email", "string");
    const c = cond(
      `segment s = email not contains "x" and email not starts with "a" and email not ends with "z" and email not matches "^b"`,
    ) as { args: IRCond[] };
    expect(c.args).toEqual([
      { k: "not", arg: { k: "str", op: "contains", value: email, pattern: str("x") } },
      { k: "not", arg: { k: "str", op: "startsWith", value: email, pattern: str("a") } },
      { k: "not", arg: { k: "str", op: "endsWith", value: email, pattern: str("z") } },
      { k: "not", arg: { k: "regex", value: email, pattern: "^b" } },
    ]);
  });

  test("a trait of the related entity reads its attributes through the relation", () => {
    const src =
      `trait large of account = employees >= 1000 and industry is set\n` +
      `trait seats of account = employees * 2\n` +
      `segment s = account.large and account.seats > 10`;
    const employees = attr("employees", "number", ["account"]);
    expect(cond(src)).toEqual({
      k: "and",
      args: [
        { k: "cmp", op: ">=", left: employees, right: num(1000) },
        { k: "isSet", value: attr("industry", "string", ["account"]) },
        { k: "cmp", op: ">", left: { k: "arith", op: "*", left: employees, right: num(2) }, right: num(10) },
      ],
    });
    // Traits of the evaluated entity are not reachable as members of a relation.
    expect(errors(check(`trait seats = age * 2\nsegment s = account.seats > 1`))[0]!.message).toBe("account has no attribute or trait `seats`");
  });

  test("relations: account.employees → attr via", () => {
    expect(cond(`segment s = account.employees >= 1000`)).toEqual({
      k: "cmp",
      op: ">=",
      left: attr("employees", "number", ["account"]),
      right: num(1000),
    });
  });

  test("keys: the own key and a related entity's key are `key` nodes, never `attr`", () => {
    expect(cond(`segment s = id == "u1"`)).toEqual({ k: "cmp", op: "==", left: { k: "key", via: [], type: "string" }, right: str("u1") });
    expect(cond(`segment s = account.id == "acme"`)).toEqual({
      k: "cmp",
      op: "==",
      left: { k: "key", via: ["account"], type: "string" },
      right: str("acme"),
    });
    // both keys in one condition: the related one keeps its path, the own one has none
    expect(cond(`segment s = account.id != id`)).toEqual({
      k: "cmp",
      op: "!=",
      left: { k: "key", via: ["account"], type: "string" },
      right: { k: "key", via: [], type: "string" },
    });
  });

  test("keys: through two relations, with the key's own type and a name other than id", () => {
    const schema = `entity user { table "users"\n key id: number\n account: account via account_id }
entity account { table "accounts"\n key code: string\n parent: org via org_id }
entity org { table "orgs"\n key org_no: number column "no"\n seats: number }`;
    const r = check(`segment s of user = account.parent.org_no > 10 and account.code is set and account.parent.seats > 1`, { schema });
    expect(errors(r)).toEqual([]);
    expect(r.ir.segments[0]!.condition).toEqual({
      k: "and",
      args: [
        { k: "cmp", op: ">", left: { k: "key", via: ["account", "parent"], type: "number" }, right: num(10) },
        { k: "isSet", value: { k: "key", via: ["account"], type: "string" } },
        { k: "cmp", op: ">", left: attr("seats", "number", ["account", "parent"]), right: num(1) },
      ],
    });
  });

  test("keys: a contradiction on a related key names it by its path", () => {
    const r = check(`segment s = account.id == "a" and account.id == "b"`);
    expect(r.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining("condition on the key of account:"));
  });

  test("consts and params are inlined; params can be overridden", () => {
    const src = `const threshold = 1000\nparam lookback = 30 days\nsegment s = sum(purchase.amount) >= threshold and did login in last lookback`;
    const ir = lower(src);
    expect((ir.segments[0]!.condition as { args: IRCond[] }).args[0]).toEqual({ k: "cmp", op: ">=", left: agg("a1"), right: num(1000) });
    expect(ir.aggregates[1]).toMatchObject({ select: { window: { after: { k: "asOf", offsetMs: -30 * DAY } } } });
    const o = checkMarked(src, { params: { lookback: "7 days" } }).r;
    expect(errors(o)).toEqual([]);
    expect(o.ir.aggregates[1]).toMatchObject({ select: { window: { after: { k: "asOf", offsetMs: -7 * DAY } } } });
    const bad = checkMarked(src, { params: { lookback: '"x"' } }).r;
    expect(errors(bad).map((d) => d.code)).toContain("SEG2001");
  });

  test("traits are inlined where used and listed in ir.traits", () => {
    const ir = lower(`trait ltv = sum(purchase.amount)\nsegment s = ltv >= 1000`);
    expect(ir.traits).toEqual([{ name: "ltv", entity: "user", value: agg("a1"), type: "number" }]);
    expect(ir.segments[0]!.condition).toEqual({ k: "cmp", op: ">=", left: agg("a1"), right: num(1000) });
    expect(ir.aggregates).toHaveLength(1);
  });

  test("aggregates are deduplicated structurally, ids in first-use order", () => {
    const ir = lower(`segment a = count(login) > 1 and did purchase\nsegment b = did login and count(purchase) > 2`);
    expect(ir.aggregates.map((a) => [a.id, a.kind === "events" ? a.select.event : null])).toEqual([
      ["a1", "login"],
      ["a2", "purchase"],
    ]);
  });

  test("segments are topologically sorted, with dependsOn", () => {
    const ir = lower(`segment a = in b and in c\nsegment b = in c\nsegment c = age > 1`);
    expect(ir.segments.map((s) => [s.name, s.dependsOn])).toEqual([
      ["c", []],
      ["b", ["c"]],
      ["a", ["b", "c"]],
    ]);
  });

  test("dependsOn also lists the segments a segment tests through its traits", () => {
    // Once left out: the SQL of `grown_up` read a column of `adult` it never computed.
    const ir = lower(`segment grown_up = grown and in b\ntrait grown = in adult\nsegment adult = age >= 18\nsegment b = age > 1`);
    expect(ir.segments.map((s) => [s.name, s.dependsOn])).toEqual([
      ["b", []],
      ["adult", []],
      ["grown_up", ["b", "adult"]],
    ]);
  });

  test("segment metadata: short form, doc, owner, tags, deprecated", () => {
    const ir = lower(`/// Docs.\nsegment s {\n  owner "growth"\n  tags ["a", "b"]\n  deprecated "old"\n  where age > 1\n}\nsegment t = age > 2`);
    expect(ir.segments[0]).toMatchObject({ name: "s", doc: "Docs.", owner: "growth", tags: ["a", "b"], deprecated: "old" });
    expect(ir.segments[1]).toMatchObject({ name: "t", tags: [], condition: { k: "cmp", op: ">" } });
  });

  test("segments with errors are left out, the rest still lowers", () => {
    const r = check(`segment bad = contry == "x"\nsegment good = age > 1\nsegment uses_bad = in bad`);
    expect(r.ir.segments.map((s) => s.name)).toEqual(["good"]);
  });

  test("schema defaults: key column, <entity>_id, time, event name column, properties column, per-event tables", () => {
    const r = check(
      `entity user { key id: string\n age: number column "user_age" }\nevents of user {\n  table "ev"\n  event login named "Login"\n  event purchase { table "shop.purchases"\n time column "ts"\n amount: number column "amt" }\n}\nsegment s = did login`,
      { schema: "" },
    );
    expect(errors(r)).toEqual([]);
    expect(r.ir.entities[0]).toMatchObject({ name: "user", table: ["user"], key: { name: "id", column: "id", type: "string" }, attributes: [{ name: "age", column: "user_age", type: { kind: "number" } }] });
    expect(r.ir.eventSources).toEqual([
      { id: "user_events", entity: "user", table: ["ev"], entityColumn: "user_id", timeColumn: "time", timeStorage: "native", nameColumn: "event", propertiesColumn: "properties" },
      { id: "purchase", entity: "user", table: ["shop", "purchases"], entityColumn: "user_id", timeColumn: "ts", timeStorage: "native" },
    ]);
    expect(r.ir.events).toEqual([
      { name: "login", entity: "user", source: "user_events", nameValue: "Login", properties: [] },
      { name: "purchase", entity: "user", source: "purchase", properties: [{ name: "amount", type: { kind: "number" }, storage: { kind: "column", column: "amt" } }] },
    ]);
  });

  test("test blocks → IRTest with keys, relations, events at resolved times", () => {
    const r = check(
      `segment buyers = did purchase in last 7 days\ntest "buyers" {\n  as of 2024-06-01T00:00:00Z\n  account acme { industry: "fintech" }\n  user alice {\n    id: "u1"\n    plan: "pro"\n    account: acme\n    purchase { amount: 120 } at 1 day ago\n    login at 2024-05-01\n  }\n  expect alice in buyers\n  expect alice not in buyers\n}`,
    );
    expect(errors(r)).toEqual([]);
    expect(r.ir.tests).toEqual([
      {
        name: "buyers",
        asOf: "2024-06-01T00:00:00.000Z",
        records: [
          { entity: "account", alias: "acme", key: "acme", attributes: { industry: "fintech" }, relations: {} },
          { entity: "user", alias: "alice", key: "u1", attributes: { plan: "pro" }, relations: { account: "acme" } },
        ],
        events: [
          { entity: "user", key: "u1", event: "purchase", time: "2024-05-31T00:00:00.000Z", properties: { amount: 120 } },
          { entity: "user", key: "u1", event: "login", time: "2024-05-01T00:00:00.000Z", properties: {} },
        ],
        expectations: [
          { alias: "alice", key: "u1", segment: "buyers", member: true, line: 11 },
          { alias: "alice", key: "u1", segment: "buyers", member: false, line: 12 },
        ],
        file: "main.seg",
        line: 1,
      },
    ]);
  });
});
