import { describe, expect, test } from "vitest";
import type { IRCond, IRExpr } from "../../compiler/ir.ts";
import { compileJs } from "../../compiler/js/index.ts";
import { checkProject } from "../../compiler/index.ts";
import {
  and,
  attr,
  bool,
  check,
  cmp,
  DAY,
  not,
  num,
  numList,
  or,
  project,
  segment,
  str,
  strList,
  tsLit,
  user,
  value,
  ASOF,
  ASOF_MS,
  asOfRef,
} from "./ir.ts";

const age = attr("age", "number");
const segSel = (name: string): IRCond => ({ k: "segment", name });
const name = attr("name", "string");

describe("comparisons and missing values (two-valued logic)", () => {
  test.each([
    ["==", 30, true],
    ["!=", 30, false],
    ["<", 31, true],
    ["<=", 30, true],
    [">", 30, false],
    [">=", 30, true],
  ] as const)("age %s %d with age 30", (op, n, want) => {
    expect(check(cmp(op, age, num(n)), user({ age: 30 }))).toBe(want);
  });

  test.each(["==", "!=", "<", "<=", ">", ">="] as const)("age %s 30 is false when age is missing, and not(...) is true", (op) => {
    for (const a of [{}, { age: null }, { age: undefined }, { age: NaN }]) {
      expect(check(cmp(op, age, num(30)), user(a))).toBe(false);
      expect(check(not(cmp(op, age, num(30))), user(a))).toBe(true);
    }
  });

  test("a missing literal makes every comparison false", () => {
    expect(check(cmp("==", age, num(null)), user({ age: 1 }))).toBe(false);
    expect(check(cmp("!=", age, num(null)), user({ age: 1 }))).toBe(false);
    expect(check(cmp("!=", age, num(null)), user({}))).toBe(false);
  });

  test("comparing two attributes: false if either is missing", () => {
    const c = cmp("<", age, attr("score", "number"));
    expect(check(c, user({ age: 1, score: 2 }))).toBe(true);
    expect(check(c, user({ age: 1 }))).toBe(false);
    expect(check(c, user({ score: 2 }))).toBe(false);
  });

  test("and / or / not / const, empty and = true, empty or = false", () => {
    const t: IRCond = { k: "const", value: true };
    const f: IRCond = { k: "const", value: false };
    expect(check(and(t, f), user())).toBe(false);
    expect(check(or(t, f), user())).toBe(true);
    expect(check(and(), user())).toBe(true);
    expect(check(or(), user())).toBe(false);
    expect(check(not(f), user())).toBe(true);
  });

  test("not (age > 30) contains users without an age", () => {
    const c = compileJs(
      project({ segments: [segment("old", cmp(">", age, num(30))), segment("not_old", not({ k: "segment", name: "old" }), ["old"])] }),
    );
    expect(c.members(user({ age: 40 }), { asOf: ASOF })).toEqual(["old"]);
    expect(c.members(user({}), { asOf: ASOF })).toEqual(["not_old"]);
    expect(c.members(user({ age: 20 }), { asOf: ASOF })).toEqual(["not_old"]);
  });

  test("booleans: truthy, == true/false", () => {
    const o = attr("opted_in", "boolean");
    expect(check({ k: "truthy", value: o }, user({ opted_in: true }))).toBe(true);
    expect(check({ k: "truthy", value: o }, user({ opted_in: false }))).toBe(false);
    expect(check({ k: "truthy", value: o }, user({}))).toBe(false);
    expect(check(cmp("==", o, bool(false)), user({ opted_in: false }))).toBe(true);
    expect(check(cmp("==", o, bool(false)), user({}))).toBe(false);
  });

  test("isSet: present values, empty lists count as set", () => {
    const set = (e: Record<string, unknown>, a: string, t: "string" | "list" | "number") =>
      check({ k: "isSet", value: attr(a, t) }, user(e));
    expect(set({ name: "" }, "name", "string")).toBe(true);
    expect(set({}, "name", "string")).toBe(false);
    expect(set({ tags: [] }, "tags", "list")).toBe(true);
    expect(set({ tags: null }, "tags", "list")).toBe(false);
    expect(set({ age: 0 }, "age", "number")).toBe(true);
    expect(set({ age: NaN }, "age", "number")).toBe(false);
  });

  test("the key and related attributes", () => {
    expect(check(cmp("==", { k: "key", via: [], type: "string" }, str("u1")), user())).toBe(true);
    expect(check(cmp("==", { k: "key", via: [], type: "string" }, str("u2")), user())).toBe(false);
    const emp = attr("employees", "number", ["account"]);
    expect(check(cmp(">=", emp, num(1000)), user({}, [], { related: { account: { employees: 1000 } } }))).toBe(true);
    expect(check(cmp(">=", emp, num(1000)), user({}, [], { related: { account: null } }))).toBe(false);
    expect(check(not(cmp(">=", emp, num(1000))), user({}, [], {}))).toBe(true);
  });

  test("a related entity's key: the related record's own key, missing without a record", () => {
    const acc: IRExpr = { k: "key", via: ["account"], type: "string" };
    const withAccount = (account: unknown) => user({}, [], { related: { account: account as never } });
    expect(check(cmp("==", acc, str("acme")), withAccount({ id: "acme", employees: 5 }))).toBe(true);
    expect(check(cmp("==", acc, str("acme")), withAccount({ id: "other" }))).toBe(false);
    // no related record (NULL or dangling foreign key), or one without its key: missing
    for (const r of [null, undefined, {}, { id: null }]) {
      expect(check(cmp("==", acc, str("acme")), withAccount(r))).toBe(false);
      expect(check(cmp("!=", acc, str("acme")), withAccount(r))).toBe(false);
      expect(check({ k: "isSet", value: acc }, withAccount(r))).toBe(false);
    }
    expect(check({ k: "isSet", value: acc }, withAccount({ id: "" }))).toBe(true);
    // the own key and the related key are different values
    const both = cmp("==", acc, { k: "key", via: [], type: "string" });
    expect(check(both, { key: "u1", related: { account: { id: "u1" } } })).toBe(true);
    expect(check(both, { key: "u1", related: { account: { id: "acme" } } })).toBe(false);
  });
});

describe("strings", () => {
  // U+1F600 (astral, a surrogate pair in UTF-16) vs U+FF5E (BMP): by code point the emoji
  // is larger; by UTF-16 code unit (JS `<`) it would be smaller (0xD83D < 0xFF5E).
  const EMOJI = "\u{1F600}";
  const FULLWIDTH_TILDE = "\uFF5E";
  const PRIVATE_USE = "\uE000";

  test("ordering is by code point, not UTF-16 code unit", () => {
    expect(EMOJI < FULLWIDTH_TILDE).toBe(true); // the trap this guards against
    expect(check(cmp(">", name, str(FULLWIDTH_TILDE)), user({ name: EMOJI }))).toBe(true);
    expect(check(cmp("<", name, str(FULLWIDTH_TILDE)), user({ name: EMOJI }))).toBe(false);
    expect(check(cmp(">", name, str(PRIVATE_USE)), user({ name: EMOJI }))).toBe(true);
    expect(check(cmp("<=", name, str(`a${PRIVATE_USE}`)), user({ name: `a${EMOJI}` }))).toBe(false);
    expect(check(cmp(">=", name, str(`a${EMOJI}`)), user({ name: `a${EMOJI}` }))).toBe(true);
  });

  test("ordering of plain strings: case-sensitive, prefix is smaller", () => {
    expect(check(cmp("<", name, str("b")), user({ name: "B" }))).toBe(true); // 'B' (66) < 'b' (98)
    expect(check(cmp("<", name, str("abc")), user({ name: "ab" }))).toBe(true);
    expect(check(cmp("<", name, str("ab")), user({ name: "ab" }))).toBe(false);
    expect(check(cmp("<", name, str("b")), user({ name: "\u00e9" }))).toBe(false); // é (233) > b
  });

  test("ci lowers ASCII letters only", () => {
    expect(check(cmp("==", name, str("alice"), true), user({ name: "ALICE" }))).toBe(true);
    expect(check(cmp("==", name, str("ALICE"), true), user({ name: "alice" }))).toBe(true);
    // É (U+00C9) and é (U+00E9) are not ASCII: they stay different under ci
    expect(check(cmp("==", name, str("\u00e9"), true), user({ name: "\u00c9" }))).toBe(false);
    // Kelvin sign K (U+212A) is not an ASCII K
    expect(check(cmp("==", name, str("k"), true), user({ name: "\u212a" }))).toBe(false);
    expect(check(cmp("<", name, str("b"), true), user({ name: "A" }))).toBe(true);
    // without ci: 'a' (97) > 'B' (66); with ci: 'a' < 'b'
    expect(check(cmp("<", name, str("B")), user({ name: "a" }))).toBe(false);
    expect(check(cmp("<", name, str("B"), true), user({ name: "a" }))).toBe(true);
  });

  test("contains / startsWith / endsWith, with ci, missing is false", () => {
    const s = (op: "contains" | "startsWith" | "endsWith", pattern: string, n: unknown, ci = false): boolean =>
      check({ k: "str", op, value: name, pattern: str(pattern), ...(ci ? { ci } : {}) }, user({ name: n }));
    expect(s("contains", "li", "Alice")).toBe(true);
    expect(s("contains", "LI", "Alice")).toBe(false);
    expect(s("contains", "LI", "Alice", true)).toBe(true);
    expect(s("startsWith", "al", "Alice")).toBe(false);
    expect(s("startsWith", "al", "Alice", true)).toBe(true);
    expect(s("endsWith", "CE", "Alice", true)).toBe(true);
    expect(s("endsWith", "\u00c9", "caf\u00e9", true)).toBe(false);
    expect(s("contains", "", "x")).toBe(true);
    expect(s("contains", "a", undefined)).toBe(false);
    expect(check(not({ k: "str", op: "contains", value: name, pattern: str("a") }), user({}))).toBe(true);
  });

  test("in list, with ci and missing values", () => {
    const c = (n: unknown, ci = false) =>
      check({ k: "inList", value: name, list: strList("US", "CA"), ...(ci ? { ci } : {}) }, user({ name: n }));
    expect(c("US")).toBe(true);
    expect(c("us")).toBe(false);
    expect(c("us", true)).toBe(true);
    expect(c("MX")).toBe(false);
    expect(c(null)).toBe(false);
    expect(check(not({ k: "inList", value: name, list: strList("US") }), user({}))).toBe(true);
    expect(check({ k: "inList", value: age, list: numList(1, 2, 3) }, user({ age: 2 }))).toBe(true);
    expect(check({ k: "inList", value: age, list: numList(1, 2, 3) }, user({ age: 4 }))).toBe(false);
  });
});

describe("regular expressions", () => {
  const m = (pattern: string, n: unknown, ci = false) =>
    check({ k: "regex", value: name, pattern, ...(ci ? { ci } : {}) }, user({ name: n }));

  test("unanchored search unless anchored", () => {
    expect(m("b+", "abbbc")).toBe(true);
    expect(m("^b", "abc")).toBe(false);
    expect(m("c$", "abc")).toBe(true);
    expect(m("^a.c$", "abc")).toBe(true);
    expect(m("x", null)).toBe(false);
  });

  test("`.` matches any code point but \\n (as the SQL backend); ^ and $ only at the ends", () => {
    expect(m("a.b", "a\nb")).toBe(false);
    expect(m("a.b", "a\rb")).toBe(true);
    expect(m("a.b", "a\u2028b")).toBe(true);
    expect(m("a[^x]b", "a\nb")).toBe(true);
    expect(m("^a.b$", "a\u{1F600}b")).toBe(true);
    expect(m("^b", "a\nb")).toBe(false);
    expect(m("a$", "a\nb")).toBe(false);
  });

  test("classes, escapes, repetition, groups, alternation", () => {
    expect(m("^[a-c]{2,3}$", "cab")).toBe(true);
    expect(m("^[a-c]{2,3}$", "cabd")).toBe(false);
    expect(m("^[^0-9]+$", "abc")).toBe(true);
    expect(m("^\\d+$", "123")).toBe(true);
    expect(m("^\\d+$", "\u0663")).toBe(false); // Arabic-Indic digit: \d is ASCII only
    expect(m("^\\w+$", "a_1")).toBe(true);
    expect(m("^\\w+$", "\u00e9")).toBe(false);
    expect(m("^a\\sb$", "a\tb")).toBe(true);
    expect(m("^a\\sb$", "a\u00a0b")).toBe(false); // \s is ASCII white space only
    expect(m("^(ab|cd)+$", "abcdab")).toBe(true);
    expect(m("^a\\.b$", "a.b")).toBe(true);
    expect(m("^a\\.b$", "axb")).toBe(false);
    expect(m("^\\@\\#\\-$", "@#-")).toBe(true); // escaped punctuation that `u` mode rejects
    expect(m("^[\\-\\]]+$", "-]")).toBe(true);
    expect(m("^[]a]+$", "]a")).toBe(true); // a ] first in a class is literal
  });

  test("ci: ASCII letters match both cases, nothing else folds", () => {
    expect(m("^abc$", "ABC")).toBe(false);
    expect(m("^abc$", "ABC", true)).toBe(true);
    expect(m("^ABC$", "abc", true)).toBe(true);
    expect(m("^[A-C]+$", "abc", true)).toBe(true);
    expect(m("^[a-c]+$", "ABC", true)).toBe(true);
    expect(m("^[^a]$", "A", true)).toBe(false);
    expect(m("^\u00e9$", "\u00c9", true)).toBe(false);
    expect(m("^k$", "\u212a", true)).toBe(false); // no Unicode case folding (Kelvin sign)
    expect(m("^\\w$", "\u017f", true)).toBe(false); // nor long s
    expect(m("^[X-c]+$", "yb_", true)).toBe(true); // range X..c plus its lowered letters x..z
  });
});

describe("lists", () => {
  const tags = attr("tags", "list");
  test("has any / has all; missing list is false; empty value list", () => {
    const has = (mode: "any" | "all", values: string[], t: unknown) =>
      check({ k: "has", list: tags, mode, values: strList(...values) }, user({ tags: t }));
    expect(has("any", ["a", "z"], ["a", "b"])).toBe(true);
    expect(has("any", ["y", "z"], ["a", "b"])).toBe(false);
    expect(has("all", ["a", "b"], ["b", "a", "c"])).toBe(true);
    expect(has("all", ["a", "z"], ["a", "b"])).toBe(false);
    expect(has("any", ["a"], null)).toBe(false);
    expect(has("all", ["a"], undefined)).toBe(false);
    expect(has("any", [], ["a"])).toBe(false);
    expect(has("all", [], ["a"])).toBe(true);
    expect(has("any", ["A"], ["a"])).toBe(false);
  });
});

describe("arithmetic and time values", () => {
  const arith = (op: "+" | "-" | "*" | "/", l: number | null, r: number | null) =>
    value({ k: "arith", op, left: num(l), right: num(r) }, "number", user());

  test("IEEE doubles; missing operand or division by zero gives missing", () => {
    expect(arith("+", 0.1, 0.2)).toBe(0.30000000000000004);
    expect(arith("-", 1, 3)).toBe(-2);
    expect(arith("*", 2.5, 4)).toBe(10);
    expect(arith("/", 7, 2)).toBe(3.5);
    expect(arith("/", 1, 0)).toBe(null);
    expect(arith("/", 0, 0)).toBe(null);
    expect(arith("+", null, 1)).toBe(null);
    expect(arith("*", 1e308, 10)).toBe(null); // overflow never leaks Infinity
    expect(value({ k: "neg", value: num(5) }, "number", user())).toBe(-5);
    expect(value({ k: "neg", value: num(null) }, "number", user())).toBe(null);
  });

  test("division by zero in a condition: comparison false, its not true", () => {
    const ratio = { k: "arith", op: "/", left: age, right: attr("score", "number") } as const;
    expect(check(cmp(">", ratio, num(1)), user({ age: 10, score: 0 }))).toBe(false);
    expect(check(not(cmp(">", ratio, num(1))), user({ age: 10, score: 0 }))).toBe(true);
    expect(check(cmp(">", ratio, num(1)), user({ age: 10, score: 5 }))).toBe(true);
  });

  test("days_since is floor((asOf - t) / 1 day)", () => {
    const ds = (t: unknown) => value({ k: "daysSince", value: attr("signed_up_at", "timestamp") }, "number", user({ signed_up_at: t }));
    expect(ds(ASOF_MS - DAY)).toBe(1);
    expect(ds(ASOF_MS - DAY + 1)).toBe(0);
    expect(ds(ASOF_MS - 2 * DAY - 1)).toBe(2);
    expect(ds(ASOF_MS + 1)).toBe(-1); // in the future: floor(-1 ms / day) = -1
    expect(ds(null)).toBe(null);
  });

  test("timestamps compare as instants whatever their input form; in last D on an attribute", () => {
    const s = attr("signed_up_at", "timestamp");
    const recent = and(cmp(">", s, { k: "time", ref: asOfRef(-30 * DAY) }), cmp("<=", s, { k: "time", ref: asOfRef(0) }));
    expect(check(recent, user({ signed_up_at: new Date(ASOF_MS - 30 * DAY) }))).toBe(false);
    expect(check(recent, user({ signed_up_at: ASOF_MS - 30 * DAY + 1 }))).toBe(true);
    expect(check(recent, user({ signed_up_at: "2024-03-10T12:00:00Z" }))).toBe(true);
    expect(check(recent, user({ signed_up_at: "2024-03-10T14:00:00+02:00" }))).toBe(true);
    expect(check(recent, user({ signed_up_at: "2024-03-10T12:00:00.001Z" }))).toBe(false);
    expect(check(cmp("==", s, tsLit("2024-03-01T00:00:00.000Z")), user({ signed_up_at: "2024-03-01" }))).toBe(true);
    expect(check(cmp("==", s, tsLit("2024-03-01T00:00:00.000Z")), user({ signed_up_at: "2024-03-01 00:00:00" }))).toBe(true);
    const shifted = { k: "timeShift", value: attr("signed_up_at", "timestamp"), ms: DAY } as const;
    expect(value(shifted, "timestamp", user({ signed_up_at: "2024-03-01T00:00:00Z" }))).toBe("2024-03-02T00:00:00.000Z");
    expect(value(shifted, "timestamp", user({}))).toBe(null);
  });

  test("a condition used as a value is true/false, never missing", () => {
    expect(value({ k: "cond", cond: cmp(">", age, num(1)) }, "boolean", user({}))).toBe(false);
    expect(value({ k: "cond", cond: cmp(">", age, num(1)) }, "boolean", user({ age: 2 }))).toBe(true);
  });
});

describe("less common shapes", () => {
  test("a trait that asks for a segment (and the segments it needs)", () => {
    // Once the traits function computed no segment: compiling any project with such a trait failed.
    const c = compileJs(
      project({
        segments: [segment("adult", cmp(">=", age, num(18))), segment("adult_named", and(segSel("adult"), { k: "isSet", value: name }), ["adult"])],
        traits: [{ name: "grown", entity: "user", value: { k: "cond", cond: segSel("adult_named") }, type: "boolean" }],
      }),
    );
    expect(c.traits(user({ age: 30, name: "a" }), { asOf: ASOF })).toEqual({ grown: true });
    expect(c.traits(user({ age: 30 }), { asOf: ASOF })).toEqual({ grown: false });
    expect(c.traits(user({ age: 3, name: "a" }), { asOf: ASOF })).toEqual({ grown: false });
  });

  test("in a list attribute (not a literal), with ci", () => {
    const inTags = (n: unknown, tags: unknown, ci = false) =>
      check({ k: "inList", value: name, list: attr("tags", "list"), ...(ci ? { ci } : {}) }, user({ name: n, tags }));
    expect(inTags("vip", ["beta", "vip"])).toBe(true);
    expect(inTags("VIP", ["beta", "vip"])).toBe(false);
    expect(inTags("VIP", ["beta", "vip"], true)).toBe(true);
    expect(inTags("vip", null)).toBe(false);
    expect(inTags(null, ["vip"])).toBe(false);
  });

  test("string tests against another attribute, ci on both sides", () => {
    const c: IRCond = { k: "str", op: "startsWith", value: name, pattern: attr("plan", "string"), ci: true };
    expect(check(c, user({ name: "PROfile", plan: "pro" }))).toBe(true);
    expect(check(c, user({ name: "profile", plan: "PRO" }))).toBe(true);
    expect(check(c, user({ name: "profile" }))).toBe(false);
  });

  test("a multi-hop relation path is a dotted key of `related`", () => {
    const c = cmp("==", attr("industry", "string", ["account", "parent"]), str("fintech"));
    expect(check(c, user({}, [], { related: { "account.parent": { industry: "fintech" } } }))).toBe(true);
    expect(check(c, user({}, [], { related: { account: { industry: "fintech" } } }))).toBe(false);
  });

  test("a numeric key; comparisons of two time values", () => {
    const ir = project({ segments: [segment("s", cmp(">", { k: "key", via: [], type: "number" }, num(10)))] });
    ir.entities[0]!.key.type = "number";
    const keyAbove10 = compileJs(ir).predicate("s");
    expect(keyAbove10({ key: 11 }, { asOf: ASOF })).toBe(true);
    expect(keyAbove10({}, { asOf: ASOF })).toBe(false);
    // NaN and ±Infinity are missing, as any number; text is no number key
    expect(keyAbove10({ key: Infinity }, { asOf: ASOF })).toBe(false);
    expect(() => keyAbove10({ key: "500" }, { asOf: ASOF })).toThrow('key must be a number or a bigint (the key is declared a number), got the string "500"');
    const s = attr("signed_up_at", "timestamp");
    const c = cmp("<", s, { k: "timeShift", value: { k: "time", ref: { k: "instant", iso: "2024-03-01T00:00:00.000Z" } }, ms: DAY });
    expect(check(c, user({ signed_up_at: "2024-03-01T23:59:59.999Z" }))).toBe(true);
    expect(check(c, user({ signed_up_at: "2024-03-02T00:00:00Z" }))).toBe(false);
  });

  test("a trait that is a list, a string, a boolean", () => {
    expect(value(attr("tags", "list"), "list", user({ tags: ["a"] }))).toEqual(["a"]);
    expect(value(name, "string", user({ name: "x" }))).toBe("x");
    expect(value(attr("opted_in", "boolean"), "boolean", user({}))).toBe(null);
  });
});

describe("names that every JavaScript object inherits", () => {
  test("an attribute or property named like Object.prototype members is missing when absent", () => {
    const ir = project({
      segments: [
        segment("c", { k: "isSet", value: attr("constructor", "string") }),
        segment("t", { k: "isSet", value: attr("toString", "string", ["account"]) }),
      ],
    });
    ir.entities[0]!.attributes.push({ name: "constructor", column: "c", type: { kind: "string" } });
    ir.entities[1]!.attributes.push({ name: "toString", column: "t", type: { kind: "string" } });
    const c = compileJs(ir);
    expect(c.members({ attributes: {}, related: { account: {} } })).toEqual([]);
    expect(c.members({ attributes: { constructor: "x" }, related: { account: { toString: "y" } } })).toEqual(["c", "t"]);
  });
});

test("a related entity's condition trait is false, never missing, for a record without the related one (docs/language.md, Relations)", () => {
  const { ir, diagnostics } = checkProject([
    {
      path: "/p/a.seg",
      text: `entity user { table "users" key id: string account: account via account_id }
entity account { table "accounts" key id: string employees: number }
trait large of account = employees >= 1000
segment large_false of user = account.large == false
segment large_set of user = account.large is set
segment employees_set of user = account.employees is set
segment small_with_account of user = account.id is set and not account.large`,
    },
  ]);
  expect(diagnostics).toEqual([]);
  const api = compileJs(ir, { entity: "user" });
  expect(api.members({ key: "u3" }, { asOf: 0 })).toEqual(["large_false", "large_set"]);
  expect(api.members({ key: "u2", related: { account: { id: "a", employees: 5 } } }, { asOf: 0 })).toEqual([
    "large_false",
    "large_set",
    "employees_set",
    "small_with_account",
  ]);
});
