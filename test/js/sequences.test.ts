import { describe, expect, test } from "vitest";
import type { IRAggregate, IRSequenceStep } from "../../compiler/ir.ts";
import type { EventInput } from "../../compiler/js/index.ts";
import { agg, at, check, cmp, DAY, HOUR, inLast, not, prop, sel, str, user } from "./ir.ts";

function seq(steps: IRSequenceStep[]): IRAggregate {
  return { id: "q", kind: "sequence", entity: "user", steps, type: "boolean" };
}
const holds = (a: IRAggregate, events: EventInput[]) => check({ k: "truthy", value: agg("q", "boolean") }, user({}, events), undefined, [a]);
const ev = (name: string, t: number, properties?: Record<string, unknown>): EventInput => ({ name, time: t, ...(properties ? { properties } : {}) });

describe("A then B within D", () => {
  const a = seq([{ select: sel("add_to_cart") }, { select: sel("checkout"), withinMs: HOUR }]);

  test("t1 < t2 <= t1 + D", () => {
    const t1 = at(-5 * HOUR);
    expect(holds(a, [ev("add_to_cart", t1), ev("checkout", t1 + HOUR)])).toBe(true);
    expect(holds(a, [ev("add_to_cart", t1), ev("checkout", t1 + HOUR + 1)])).toBe(false);
    expect(holds(a, [ev("add_to_cart", t1), ev("checkout", t1)])).toBe(false); // same instant is not "then"
    expect(holds(a, [ev("checkout", t1), ev("add_to_cart", t1 + 1)])).toBe(false); // wrong order
    expect(holds(a, [ev("add_to_cart", t1)])).toBe(false);
    expect(holds(a, [])).toBe(false);
  });

  test("any pair counts, not just the first A or the first B", () => {
    const t = at(-10 * HOUR);
    expect(holds(a, [ev("add_to_cart", t), ev("checkout", t + 3 * HOUR), ev("add_to_cart", t + 2.5 * HOUR)])).toBe(true);
    expect(holds(a, [ev("checkout", t + 3 * HOUR), ev("add_to_cart", t + 2.5 * HOUR), ev("add_to_cart", t)])).toBe(true);
  });

  test("later steps are cut at asOf", () => {
    expect(holds(a, [ev("add_to_cart", at(-1)), ev("checkout", at(1))])).toBe(false);
    expect(holds(a, [ev("add_to_cart", at(-1)), ev("checkout", at(0))])).toBe(true);
  });

  test("the window applies to the first step only", () => {
    const w = seq([{ select: sel("add_to_cart", inLast(DAY)) }, { select: sel("checkout"), withinMs: 2 * DAY }]);
    expect(holds(w, [ev("add_to_cart", at(-DAY)), ev("checkout", at(-1))])).toBe(false); // A at the excluded edge
    expect(holds(w, [ev("add_to_cart", at(-DAY + 1)), ev("checkout", at(-1))])).toBe(true);
    expect(holds(w, [ev("add_to_cart", at(-2 * DAY)), ev("checkout", at(-1))])).toBe(false);
  });

  test("step filters", () => {
    const f = seq([
      { select: sel("add_to_cart", {}, cmp("==", prop("sku", "string"), str("X"))) },
      { select: sel("checkout"), withinMs: HOUR },
    ]);
    const t = at(-5 * HOUR);
    expect(holds(f, [ev("add_to_cart", t, { sku: "Y" }), ev("checkout", t + 1)])).toBe(false);
    expect(holds(f, [ev("add_to_cart", t, { sku: "X" }), ev("checkout", t + 1)])).toBe(true);
  });

  test("A then A: two distinct events", () => {
    const aa = seq([{ select: sel("login") }, { select: sel("login"), withinMs: HOUR }]);
    expect(holds(aa, [ev("login", at(-HOUR))])).toBe(false);
    expect(holds(aa, [ev("login", at(-HOUR)), ev("login", at(-HOUR))])).toBe(false);
    expect(holds(aa, [ev("login", at(-HOUR)), ev("login", at(-1))])).toBe(true);
  });
});

describe("chains of three steps", () => {
  const c = seq([
    { select: sel("login") },
    { select: sel("add_to_cart"), withinMs: HOUR },
    { select: sel("checkout"), withinMs: HOUR },
  ]);
  test("each gap measured from the previous step's chosen event", () => {
    const t = at(-10 * HOUR);
    expect(holds(c, [ev("login", t), ev("add_to_cart", t + HOUR), ev("checkout", t + 2 * HOUR)])).toBe(true);
    expect(holds(c, [ev("login", t), ev("add_to_cart", t + HOUR), ev("checkout", t + 2 * HOUR + 1)])).toBe(false);
    // checkout 1.5h after the login is reachable only through the later add_to_cart
    expect(
      holds(c, [ev("login", t), ev("add_to_cart", t + 10), ev("add_to_cart", t + HOUR), ev("checkout", t + 1.5 * HOUR)]),
    ).toBe(true);
    // the add_to_cart that fits the login (t+10) is over an hour before the checkout, and the
    // one close to the checkout (t+1h+1ms) is more than an hour after the login
    expect(
      holds(c, [ev("login", t), ev("add_to_cart", t + 10), ev("add_to_cart", t + HOUR + 1), ev("checkout", t + 1.5 * HOUR)]),
    ).toBe(false);
  });
});

describe("A then not B within D (abandonment)", () => {
  const a = seq([
    { select: sel("add_to_cart", inLast(7 * DAY)) },
    { select: sel("checkout"), withinMs: HOUR, negated: true },
  ]);

  test("the deadline must have passed: t1 + D <= asOf", () => {
    expect(holds(a, [ev("add_to_cart", at(-HOUR))])).toBe(true); // deadline exactly asOf
    expect(holds(a, [ev("add_to_cart", at(-HOUR + 1))])).toBe(false); // still open
  });

  test("no B in (t1, t1 + D]", () => {
    const t1 = at(-5 * HOUR);
    expect(holds(a, [ev("add_to_cart", t1), ev("checkout", t1 + HOUR)])).toBe(false); // B on the deadline prevents
    expect(holds(a, [ev("add_to_cart", t1), ev("checkout", t1 + HOUR + 1)])).toBe(true); // too late to save it
    expect(holds(a, [ev("add_to_cart", t1), ev("checkout", t1)])).toBe(true); // same instant is not after
    expect(holds(a, [ev("add_to_cart", t1), ev("checkout", t1 - 1)])).toBe(true);
  });

  test("some abandoned A is enough", () => {
    const t1 = at(-5 * HOUR);
    expect(holds(a, [ev("add_to_cart", t1), ev("checkout", t1 + 10), ev("add_to_cart", t1 + 2 * HOUR)])).toBe(true);
    expect(
      holds(a, [ev("add_to_cart", t1), ev("checkout", t1 + 10), ev("add_to_cart", t1 + 20), ev("checkout", t1 + 30)]),
    ).toBe(false);
  });

  test("the window on the first step; not(...) complement", () => {
    expect(holds(a, [ev("add_to_cart", at(-7 * DAY))])).toBe(false);
    expect(holds(a, [ev("add_to_cart", at(-7 * DAY + 1))])).toBe(true);
    expect(check(not({ k: "truthy", value: agg("q", "boolean") }), user({}, []), undefined, [a])).toBe(true);
  });

  test("three steps ending in a negation", () => {
    const c = seq([
      { select: sel("login") },
      { select: sel("add_to_cart"), withinMs: HOUR },
      { select: sel("checkout"), withinMs: HOUR, negated: true },
    ]);
    const t = at(-10 * HOUR);
    expect(holds(c, [ev("login", t), ev("add_to_cart", t + 10)])).toBe(true);
    expect(holds(c, [ev("login", t), ev("add_to_cart", t + 10), ev("checkout", t + 20)])).toBe(false);
    expect(holds(c, [ev("login", t), ev("add_to_cart", t + 2 * HOUR)])).toBe(false); // no add_to_cart within the hour
    expect(holds(c, [ev("login", at(-HOUR)), ev("add_to_cart", at(-10))])).toBe(false); // its deadline is after asOf
  });
});
