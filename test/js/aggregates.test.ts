import { describe, expect, test } from "vitest";
import type { IRAggregate, IRValueType } from "../../compiler/ir.ts";
import type { EventInput } from "../../compiler/js/index.ts";
import {
  agg,
  asOfRef,
  at,
  check,
  cmp,
  DAY,
  eventsAgg,
  HOUR,
  inLast,
  instant,
  not,
  num,
  prop,
  sel,
  str,
  user,
  value,
  ASOF_MS,
} from "./ir.ts";

/** The value of one aggregate `g` over `events`. */
function aggValue(a: IRAggregate, events: EventInput[], type: IRValueType = a.type): unknown {
  return value(agg(a.id, type), type, user({}, events), [a]);
}

const login = (t: number | string | Date): EventInput => ({ name: "login", time: t });
const purchase = (t: number | string, amount?: unknown, currency?: unknown): EventInput => ({
  name: "purchase",
  time: t,
  properties: { amount, currency },
});
const amount = prop("amount", "number");

describe("windows", () => {
  const countIn = (w: Parameters<typeof sel>[1], events: EventInput[]) =>
    aggValue(eventsAgg("g", "count", sel("login", w)), events);

  test("in last 7 days: asOf - 7d excluded, asOf included, after asOf ignored", () => {
    const w = inLast(7 * DAY);
    expect(countIn(w, [login(at(-7 * DAY))])).toBe(0);
    expect(countIn(w, [login(at(-7 * DAY + 1))])).toBe(1);
    expect(countIn(w, [login(at(0))])).toBe(1);
    expect(countIn(w, [login(at(1))])).toBe(0);
    expect(countIn(w, [login(at(-DAY)), login(at(-2 * DAY)), login(at(-8 * DAY)), login(at(DAY))])).toBe(2);
  });

  test("between 14 and 7 days ago: (asOf - 14d, asOf - 7d]", () => {
    const w = { after: asOfRef(-14 * DAY), until: asOfRef(-7 * DAY) };
    expect(countIn(w, [login(at(-14 * DAY))])).toBe(0);
    expect(countIn(w, [login(at(-14 * DAY + 1))])).toBe(1);
    expect(countIn(w, [login(at(-7 * DAY))])).toBe(1);
    expect(countIn(w, [login(at(-7 * DAY + 1))])).toBe(0);
  });

  test("before T is exclusive, after T is exclusive, both still cut at asOf", () => {
    const before = { before: asOfRef(-30 * DAY) };
    expect(countIn(before, [login(at(-30 * DAY))])).toBe(0);
    expect(countIn(before, [login(at(-30 * DAY - 1))])).toBe(1);
    const after = { after: instant("2024-03-01T00:00:00.000Z") };
    expect(countIn(after, [login("2024-03-01T00:00:00Z")])).toBe(0);
    expect(countIn(after, [login("2024-03-01T00:00:00.001Z")])).toBe(1);
    expect(countIn(after, [login(at(1))])).toBe(0); // later than asOf
  });

  test("no window: all history up to asOf", () => {
    expect(countIn({}, [login(0), login("1970-01-01T00:00:00Z"), login(at(0)), login(at(1))])).toBe(3);
  });

  test("sub-millisecond digits are kept, not rounded onto a boundary", () => {
    const w = inLast(7 * DAY);
    expect(countIn(w, [login("2024-03-03T12:00:00.0005Z")])).toBe(1); // just after asOf - 7d
    expect(countIn(w, [login("2024-03-10T12:00:00.0005Z")])).toBe(0); // just after asOf
  });
});

describe("aggregate functions", () => {
  const evs = [purchase(at(-3 * DAY), 10), purchase(at(-2 * DAY), 5.5), purchase(at(-DAY)), purchase(at(-HOUR), 30)];

  test("count and sum (0 when none), present values only", () => {
    expect(aggValue(eventsAgg("g", "count", sel("purchase")), evs)).toBe(4);
    expect(aggValue(eventsAgg("g", "sum", sel("purchase"), amount), evs)).toBe(45.5);
    expect(aggValue(eventsAgg("g", "count", sel("purchase")), [])).toBe(0);
    expect(aggValue(eventsAgg("g", "sum", sel("purchase"), amount), [])).toBe(0);
    expect(aggValue(eventsAgg("g", "sum", sel("purchase"), amount), [purchase(at(-1))])).toBe(0);
  });

  test("avg, min, max over present values; missing when none", () => {
    expect(aggValue(eventsAgg("g", "avg", sel("purchase"), amount), evs)).toBeCloseTo(45.5 / 3, 12);
    expect(aggValue(eventsAgg("g", "avg", sel("purchase"), amount), [purchase(at(-1), 3), purchase(at(-2), 4)])).toBe(3.5);
    expect(aggValue(eventsAgg("g", "min", sel("purchase"), amount), evs)).toBe(5.5);
    expect(aggValue(eventsAgg("g", "max", sel("purchase"), amount), evs)).toBe(30);
    for (const fn of ["avg", "min", "max"] as const) {
      expect(aggValue(eventsAgg("g", fn, sel("purchase"), amount), [])).toBe(null);
      expect(aggValue(eventsAgg("g", fn, sel("purchase"), amount), [purchase(at(-1))])).toBe(null);
    }
  });

  test("min/max of strings by code point", () => {
    const cur = prop("currency", "string");
    const e = [purchase(at(-3), 1, "\uFF5E"), purchase(at(-2), 1, "\u{1F600}"), purchase(at(-1), 1, "EUR")];
    expect(aggValue(eventsAgg("g", "max", sel("purchase"), cur, "string"), e)).toBe("\u{1F600}");
    expect(aggValue(eventsAgg("g", "min", sel("purchase"), cur, "string"), e)).toBe("EUR");
  });

  test("distinct counts present values", () => {
    const cur = prop("currency", "string");
    const e = [purchase(at(-4), 1, "USD"), purchase(at(-3), 1, "EUR"), purchase(at(-2), 1, "USD"), purchase(at(-1), 1), purchase(at(-5), 1, "usd")];
    expect(aggValue(eventsAgg("g", "distinct", sel("purchase"), cur), e)).toBe(3);
    expect(aggValue(eventsAgg("g", "distinct", sel("purchase"), cur), [])).toBe(0);
  });

  test("active days are distinct UTC calendar days", () => {
    const g = eventsAgg("g", "activeDays", sel("login"));
    const e = [
      login("2024-03-09T00:00:00Z"),
      login("2024-03-09T23:59:59.999Z"),
      login("2024-03-10T00:00:00Z"),
      login("2024-03-08T23:30:00-01:00"), // = 2024-03-09T00:30Z
      login("2024-03-07T23:59:59.999Z"),
    ];
    expect(aggValue(g, e)).toBe(3);
    expect(aggValue(g, [])).toBe(0);
  });

  test("first/last time; missing when none", () => {
    const e = [login(at(-DAY)), login(at(-3 * DAY)), login(at(-2 * DAY)), login(at(DAY))];
    expect(aggValue(eventsAgg("g", "firstTime", sel("login")), e)).toBe(new Date(at(-3 * DAY)).toISOString());
    expect(aggValue(eventsAgg("g", "lastTime", sel("login")), e)).toBe(new Date(at(-DAY)).toISOString());
    expect(aggValue(eventsAgg("g", "firstTime", sel("login")), [])).toBe(null);
    expect(aggValue(eventsAgg("g", "lastTime", sel("login")), [login(at(1))])).toBe(null);
  });

  test("first/last value: the earliest / latest event, in any input order", () => {
    const e = [purchase(at(-2), 2), purchase(at(-3), 3), purchase(at(-1), 1), purchase(at(5), 99)];
    expect(aggValue(eventsAgg("g", "firstValue", sel("purchase"), amount), e)).toBe(3);
    expect(aggValue(eventsAgg("g", "lastValue", sel("purchase"), amount), e)).toBe(1);
    expect(aggValue(eventsAgg("g", "lastValue", sel("purchase"), amount), [])).toBe(null);
  });

  test("first/last value ties: smallest among the earliest, largest among the latest, missing loses", () => {
    const first = eventsAgg("g", "firstValue", sel("purchase"), amount);
    const last = eventsAgg("g", "lastValue", sel("purchase"), amount);
    const tie = [purchase(at(-5), 7), purchase(at(-5), 4), purchase(at(-5)), purchase(at(-5), 9)];
    expect(aggValue(first, tie)).toBe(4);
    expect(aggValue(last, tie)).toBe(9);
    const tie2 = [purchase(at(-5)), purchase(at(-5), 4)];
    expect(aggValue(first, tie2)).toBe(4);
    expect(aggValue(last, tie2)).toBe(4);
    // the latest event has no value and no tie: the value is missing (no fallback to older events)
    expect(aggValue(last, [purchase(at(-5), 4), purchase(at(-1))])).toBe(null);
    expect(aggValue(first, [purchase(at(-5)), purchase(at(-1), 4)])).toBe(null);
  });

  test("string ties compare by code point", () => {
    const cur = prop("currency", "string");
    const tie = [purchase(at(-5), 1, "\uFF5E"), purchase(at(-5), 1, "\u{1F600}")];
    expect(aggValue(eventsAgg("g", "lastValue", sel("purchase"), cur, "string"), tie)).toBe("\u{1F600}");
    expect(aggValue(eventsAgg("g", "firstValue", sel("purchase"), cur, "string"), tie)).toBe("\uFF5E");
  });

  test("a sum and an average are rounded to 15 significant digits between 1e-15 and 1e15 (compiler/numbers.ts)", () => {
    const e = [purchase(at(-3), 0.1), purchase(at(-2), 0.2), purchase(at(-1), 0.3)];
    expect(0.1 + 0.2 + 0.3).toBe(0.6000000000000001);
    expect(aggValue(eventsAgg("g", "sum", sel("purchase"), amount), e)).toBe(0.6);
    expect(aggValue(eventsAgg("g", "avg", sel("purchase"), amount), e)).toBe(0.2);
    const tiny = [purchase(at(-2), 1e-16), purchase(at(-1), 2e-16)];
    expect(aggValue(eventsAgg("g", "sum", sel("purchase"), amount), tiny)).toBe(1e-16 + 2e-16);
    const huge = [purchase(at(-1), 1.2345678901234567e37)];
    expect(aggValue(eventsAgg("g", "sum", sel("purchase"), amount), huge)).toBe(1.2345678901234567e37);
  });
});

describe("selectors", () => {
  test("filters over properties; missing property fails the filter", () => {
    const usd = cmp("==", prop("currency", "string"), str("USD"));
    const g = eventsAgg("g", "sum", sel("purchase", {}, usd), amount);
    const e = [purchase(at(-3), 10, "USD"), purchase(at(-2), 20, "EUR"), purchase(at(-1), 40)];
    expect(aggValue(g, e)).toBe(10);
    const notUsd = eventsAgg("g", "sum", sel("purchase", {}, not(usd)), amount);
    expect(aggValue(notUsd, e)).toBe(60);
  });

  test("`any` event (event: null) counts every event, declared or not", () => {
    const g = eventsAgg("g", "count", sel(null, inLast(DAY)));
    const e = [login(at(-1)), purchase(at(-2), 1), { name: "something_else", time: at(-3) }, login(at(-2 * DAY))];
    expect(aggValue(g, e)).toBe(3);
  });

  test("the same event feeds several aggregates in one pass", () => {
    const a: IRAggregate[] = [
      eventsAgg("c7", "count", sel("login", inLast(7 * DAY))),
      eventsAgg("c1", "count", sel("login", inLast(DAY))),
      eventsAgg("days", "activeDays", sel("login", inLast(7 * DAY))),
    ];
    const cond = cmp(">=", agg("days"), num(2));
    const e = [login(at(-1)), login(at(-2)), login(at(-3 * DAY))];
    expect(check(cond, user({}, e), undefined, a)).toBe(true);
    expect(value(agg("c7"), "number", user({}, e), a)).toBe(3);
    expect(value(agg("c1"), "number", user({}, e), a)).toBe(2);
  });

  test("a property of type timestamp in a filter", () => {
    const f = cmp("<", prop("at", "timestamp"), { k: "time", ref: asOfRef(-DAY) });
    const g = eventsAgg("g", "count", sel("purchase", {}, f));
    const e: EventInput[] = [
      { name: "purchase", time: at(-1), properties: { at: "2024-03-01T00:00:00Z" } },
      { name: "purchase", time: at(-1), properties: { at: ASOF_MS } },
      { name: "purchase", time: at(-1), properties: {} },
    ];
    expect(aggValue(g, e)).toBe(1);
  });
});
