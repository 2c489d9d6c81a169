import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { compileJs, SegInputError, type EntityInput } from "../../compiler/js/index.ts";
import { attr, cmp, DAY, eventsAgg, inLast, num, project, prop, sel, segment, str, user, ASOF, ASOF_MS } from "./ir.ts";

const ir = project({
  aggregates: [
    eventsAgg("logins", "count", sel("login", inLast(100 * 365 * DAY))),
    eventsAgg("spent", "sum", sel("purchase"), prop("amount", "number")),
  ],
  segments: [
    segment("active", cmp(">=", { k: "agg", id: "logins", type: "number" }, num(1))),
    segment("spender", cmp(">", { k: "agg", id: "spent", type: "number" }, num(0))),
    segment("pro", cmp("==", attr("plan", "string"), str("pro"))),
    segment("recent_signup", cmp(">", attr("signed_up_at", "timestamp"), { k: "time", ref: { k: "asOf", offsetMs: -DAY } })),
  ],
});
const c = compileJs(ir);
const evalIt = (r: unknown, asOf: unknown = ASOF) =>
  c.evaluate(r as EntityInput, { asOf: asOf as string });

function errorOf(f: () => unknown): SegInputError {
  try {
    f();
  } catch (e) {
    if (e instanceof SegInputError) return e;
    throw new Error(`expected a SegInputError, got ${String(e)}`);
  }
  throw new Error("expected a SegInputError, nothing was thrown");
}

describe("bad input is a SegInputError naming the culprit", () => {
  test("an event without a time names its index and name", () => {
    const e = errorOf(() => evalIt(user({}, [{ name: "login", time: ASOF }, { name: "purchase" } as never])));
    expect(e.message).toContain("event #1");
    expect(e.message).toContain('"purchase"');
    expect(e.message).toContain("no time");
  });

  test("an unparseable time", () => {
    // Also the forms no backend reads from a table (json-values' ISO rule): a lower-case `z`,
    // a blank before the zone, a zone after a date alone, year 0000.
    const notTableTimes = ["2024-03-01T12:00:00z", "2024-03-01T12:00:00 +02:00", "2024-03-01Z", "0000-03-01T12:00:00Z"];
    for (const t of ["yesterday", "2024-13-01", "2024-02-30T00:00:00Z", "2024-03-01T25:00:00Z", "", ...notTableTimes, new Date(NaN), NaN, Infinity, true, {}]) {
      const e = errorOf(() => evalIt(user({}, [{ name: "login", time: t as string }])));
      expect(e.message).toMatch(/^user "u1": event #0 \("login"\): time must be a Date, an ISO-8601 string or epoch milliseconds, got /);
    }
  });

  test("events must be an array of objects with a string name", () => {
    expect(errorOf(() => evalIt({ attributes: {}, events: {} })).message).toContain("events must be an array");
    expect(errorOf(() => evalIt({ attributes: {}, events: "x" })).message).toContain("events must be an array");
    expect(errorOf(() => evalIt({ attributes: {}, events: [null] })).message).toContain("event #0 must be an object");
    expect(errorOf(() => evalIt({ attributes: {}, events: [{ time: ASOF }] })).message).toContain("event #0 has no name");
  });

  test("wrong property and attribute types", () => {
    const p = errorOf(() => evalIt(user({}, [{ name: "purchase", time: ASOF, properties: { amount: "12" } }])));
    expect(p.message).toBe('user "u1": event #0 ("purchase"): property "amount" must be a number, got the string "12"');
    expect(errorOf(() => evalIt(user({ plan: 3 }))).message).toBe('user "u1": attribute "plan" must be a string, got number 3');
    expect(errorOf(() => evalIt(user({ signed_up_at: "soon" }))).message).toContain('attribute "signed_up_at" must be a Date');
    expect(errorOf(() => evalIt(user({}, [{ name: "purchase", time: ASOF, properties: [] as never }]))).message).toContain(
      "properties must be an object",
    );
  });

  test("a related key of the wrong type is named as a key", () => {
    const k = compileJs(project({ segments: [segment("acme", cmp("==", { k: "key", via: ["account"], type: "string" }, str("acme")))] }));
    const e = errorOf(() => k.evaluate(user({}, [], { related: { account: { id: 7 } } }), { asOf: ASOF }));
    expect(e.message).toBe('user "u1": key "account.id" must be a string, got number 7');
  });

  test("the record itself, and asOf", () => {
    expect(errorOf(() => evalIt(null)).message).toContain("the record must be an object");
    expect(errorOf(() => evalIt({ attributes: 5 })).message).toContain("attributes must be an object");
    expect(errorOf(() => evalIt(user(), "not a date")).message).toContain("asOf must be");
  });

  test("options that are no options object, instead of evaluating at now", () => {
    const recent = user({ signed_up_at: ASOF_MS - 1000 });
    expect(errorOf(() => c.members(recent, ASOF as never)).message).toBe('options must be an object such as { asOf: "2024-03-10" }, got the string "' + ASOF + '"');
    expect(errorOf(() => c.members(recent, new Date(ASOF) as never)).message).toBe('options must be an object such as { asOf: "2024-03-10" }, got a Date');
    expect(errorOf(() => c.members(recent, { asof: ASOF } as never)).message).toBe('options has no "asof": the only option is asOf');
    // an option left undefined (spread from elsewhere) is no option
    expect(c.members(recent, { asOf: ASOF, signal: undefined } as never)).toContain("recent_signup");
    // epoch milliseconds beyond the Date range, through the fast path of a number too
    expect(errorOf(() => c.members(recent, { asOf: 1e16 })).message).toMatch(/^asOf must be epoch milliseconds within JavaScript's Date range/);
    expect(c.members(recent, { asOf: ASOF })).toContain("recent_signup");
    // asOf: null (a NULL column) is no instant; a Map or URLSearchParams is no options object
    expect(errorOf(() => c.members(recent, { asOf: null } as never)).message).toBe(
      "asOf must be a Date, an ISO-8601 string or epoch milliseconds (leave asOf out to evaluate at now), got null",
    );
    expect(errorOf(() => c.members(recent, new Map([["asOf", ASOF]]) as never)).message).toBe('options must be an object such as { asOf: "2024-03-10" }, got a Map');
    expect(errorOf(() => c.members(recent, new URLSearchParams(`asOf=${ASOF}`) as never)).message).toContain("got a URLSearchParams");
    // a forgotten await, a URL: no options object either
    expect(errorOf(() => c.members(recent, Promise.resolve({ asOf: ASOF }) as never)).message).toContain("got a Promise");
    expect(errorOf(() => c.members(recent, new URL(`http://x/?asOf=${ASOF}`) as never)).message).toContain("got a URL");
    // an object of a class that has asOf is fine
    class Options {
      asOf = ASOF;
    }
    expect(c.members(recent, new Options())).toContain("recent_signup");
    // options without asOf (now) may be any object: another realm's, an instance, a null-prototype one
    class NoAsOf {}
    for (const options of [runInNewContext("({})"), new NoAsOf(), Object.create(null), Object.freeze({})]) {
      expect(c.members(recent, options as never)).not.toContain("recent_signup");
    }
  });

  test("a time beyond JavaScript's Date range, which traits() could not show", () => {
    const t = compileJs(project({ traits: [{ name: "signed", entity: "user", type: "timestamp", value: attr("signed_up_at", "timestamp") }] }));
    for (const f of [() => t.traits(user({ signed_up_at: 9e15 }), { asOf: ASOF }), () => evalIt(user({ signed_up_at: -1e300 }))]) {
      expect(errorOf(f).message).toMatch(/^user "u1": attribute "signed_up_at" must be epoch milliseconds within JavaScript's Date range \(±8\.64e15\), got number /);
    }
    expect(errorOf(() => evalIt(user({}, [{ name: "login", time: -1e20 }]))).message).toMatch(/^user "u1": event #0 \("login"\): time must be epoch milliseconds within/);
  });

  test("a key of the type its entity does not declare", () => {
    const k = compileJs(project({ segments: [segment("after_a", cmp(">", { k: "key", via: [], type: "string" }, str("a")))] }));
    expect(errorOf(() => k.evaluate({ key: 1 }, { asOf: ASOF })).message).toBe("user 1: key must be a string (the key is declared a string), got number 1");
  });

  test("a misspelt field of the record, instead of reading no attributes, events, key or related", () => {
    const keyed = compileJs(project({ segments: [segment("is_u1", cmp("==", { k: "key", via: [], type: "string" }, str("u1")))] }));
    const cases: [unknown, string][] = [
      [{ attribute: { plan: "pro" } }, 'the record has no "attributes" but has "attribute": did you mean "attributes"?'],
      [{ attrs: { plan: "pro" } }, 'the record has no "attributes" but has "attrs": did you mean "attributes"?'],
      [{ Attributes: { plan: "pro" } }, 'the record has no "attributes" but has "Attributes": did you mean "attributes"?'],
      [{ attributes: {}, event: [{ name: "login", time: ASOF }] }, 'the record has no "events" but has "event": did you mean "events"?'],
    ];
    for (const [record, message] of cases) expect(errorOf(() => evalIt(record)).message, JSON.stringify(record)).toBe(message);
    expect(errorOf(() => keyed.evaluate({ id: "u1" } as EntityInput, { asOf: ASOF })).message).toBe('the record has no "key" but has "id": did you mean "key"?');
    const related = compileJs(project({ segments: [segment("big", cmp(">", { k: "attr", via: ["account"], name: "employees", type: "number" }, num(10)))] }));
    expect(errorOf(() => related.evaluate({ relations: { account: { employees: 50 } } } as EntityInput, { asOf: ASOF })).message).toBe(
      'the record has no "related" but has "relations": did you mean "related"?',
    );
    expect(related.evaluate({ related: { account: { employees: 50 } } }, { asOf: ASOF })).toEqual({ big: true });
    expect(errorOf(() => related.evaluate({ relation: { account: { employees: 50 } } } as EntityInput, { asOf: ASOF })).message).toBe(
      'the record has no "related" but has "relation": did you mean "related"?',
    );
    // other fields of an application's own record stay allowed, present or not
    expect(evalIt({ name: "Ann", email: "a@example.com", attributes: { plan: "pro" } })).toMatchObject({ pro: true });
    expect(evalIt({ name: "Ann", eventCount: 3 })).toMatchObject({ pro: false, active: false });
    expect(keyed.evaluate({ key: "u1", id: 7 } as EntityInput, { asOf: ASOF })).toEqual({ is_u1: true });
    // a short field one letter from "key" is an application's own, not a misspelt key
    expect(keyed.evaluate({ hey: "u1" } as EntityInput, { asOf: ASOF })).toEqual({ is_u1: false });
  });

  test("an error inside a record names it by its key, in every entry point; the stack says the same", () => {
    const bad = (key: unknown) => ({ key, attributes: { plan: 3 } }) as EntityInput;
    const calls = [
      (r: EntityInput) => c.evaluate(r, { asOf: ASOF }),
      (r: EntityInput) => c.members(r, { asOf: ASOF }),
      (r: EntityInput) => c.predicate("pro")(r, { asOf: ASOF }),
    ];
    for (const call of calls) {
      const e = errorOf(() => call(bad("u 42")));
      expect(e.message).toBe('user "u 42": attribute "plan" must be a string, got number 3');
      expect(e.stack).toContain(`SegInputError: ${e.message}`);
      // "$&" in a key is text, not a replacement pattern, in the stack as in the message
      const dollar = errorOf(() => call(bad("a$&b")));
      expect(dollar.stack).toContain(`SegInputError: user "a$&b": attribute "plan"`);
      expect(errorOf(() => call(bad(42n))).message).toBe('user 42: attribute "plan" must be a string, got number 3');
      expect(errorOf(() => call(bad(undefined))).message).toBe('attribute "plan" must be a string, got number 3');
    }
    const t = compileJs(project({ traits: [{ name: "p", entity: "user", type: "string", value: attr("plan", "string") }] }));
    expect(errorOf(() => t.traits(bad("u9"), { asOf: ASOF })).message).toBe('user "u9": attribute "plan" must be a string, got number 3');
  });

  test("a single predicate validates only the input it reads", () => {
    const bad = user({}, [{ name: "login" } as never]);
    expect(() => c.predicate("active")(bad, { asOf: ASOF })).toThrow(SegInputError);
    // `pro` reads no events, so it does not look at them
    expect(c.predicate("pro")(bad, { asOf: ASOF })).toBe(false);
  });
});

describe("accepted input forms", () => {
  test("times as Date, ISO (Z, offset, no zone = UTC, date only, space separator) or epoch ms", () => {
    const r = (time: unknown) => evalIt(user({}, [{ name: "login", time: time as string }]))["active"];
    for (const t of [
      new Date(ASOF_MS - 1000),
      "2024-03-10T11:00:00Z",
      "2024-03-10T13:00:00+02:00",
      "2024-03-10T13:00:00+0200",
      "2024-03-10T11:00:00",
      "2024-03-10 11:00:00.123",
      "2024-03-10",
      ASOF_MS - 5,
    ]) {
      expect(r(t)).toBe(true);
    }
    // a zone-less string is UTC, not local time: 12:00:01 is after asOf
    expect(r("2024-03-10T12:00:01")).toBe(false);
    expect(r("2024-03-10T14:00:01+02:00")).toBe(false);
  });

  test("asOf as Date, ISO string or epoch ms gives the same answers", () => {
    const rec = user({ signed_up_at: ASOF_MS - DAY + 1 }, [{ name: "login", time: ASOF_MS }]);
    const want = { active: true, spender: false, pro: false, recent_signup: true };
    expect(c.evaluate(rec, { asOf: ASOF })).toEqual(want);
    expect(c.evaluate(rec, { asOf: new Date(ASOF_MS) })).toEqual(want);
    expect(c.evaluate(rec, { asOf: ASOF_MS })).toEqual(want);
    expect(c.evaluate(rec, { asOf: ASOF_MS - 1 })).toEqual({ ...want, active: false });
  });

  test("default asOf is now: a far-future event is ignored, a past one counts", () => {
    expect(c.predicate("active")(user({}, [{ name: "login", time: "2999-01-01T00:00:00Z" }]))).toBe(false);
    expect(c.predicate("active")(user({}, [{ name: "login", time: "2001-01-01T00:00:00Z" }]))).toBe(true);
  });

  test("a Date made in another realm (a vm context)", async () => {
    const { runInNewContext } = await import("node:vm");
    const foreign = runInNewContext(`new Date(${ASOF_MS - 1000})`) as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(c.members(user({ signed_up_at: foreign }), { asOf: ASOF })).toContain("recent_signup");
  });

  test("absent attributes, events and related", () => {
    expect(c.members({})).toEqual([]);
    expect(c.members({ attributes: null, related: null })).toEqual([]);
    expect(c.members({ attributes: { plan: "pro" } }, { asOf: ASOF })).toEqual(["pro"]);
  });

  test("unknown attributes and undeclared events are ignored", () => {
    expect(evalIt(user({ plan: "pro", whatever: {} }, [{ name: "not_declared", time: ASOF, properties: { amount: "x" } }]))).toEqual({
      active: false,
      spender: false,
      pro: true,
      recent_signup: false,
    });
  });

  test("predicate() of an unknown segment is a RangeError listing the known ones", () => {
    expect(() => c.predicate("nope")).toThrow(/unknown segment "nope" of entity user; known: active, spender, pro, recent_signup/);
  });
});

test("ISO times of every year read alike (years below 100 too, which Date.UTC would shift to 19xx)", () => {
  for (const year of ["0050", "0099", "0100", "1999", "2000", "2024"]) {
    // as_of as a Date (from Date.parse, exact for every year), the times as text
    const asOf = `${year}-03-02T00:00:00Z`;
    const member = (signedUp: string) => evalIt(user({ signed_up_at: signedUp }), new Date(Date.parse(asOf))).recent_signup;
    expect([year, member(`${year}-03-01T12:00:00+01:00`), member(`${year}-03-01 00:00:01`), member(`${year}-02-28T23:59:59.999Z`)]).toEqual([year, true, true, false]);
    expect(Date.parse(asOf)).toBe(new Date(asOf).getTime());
  }
});
