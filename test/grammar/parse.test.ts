import { describe, expect, test } from "vitest";
import { parse, tokenAt, KEYWORDS, HARD_KEYWORDS, LineMap, MAX_OPERATORS } from "../../grammar/index.ts";
import type * as A from "../../grammar/ast.ts";
import type { Diagnostic } from "../../grammar/diagnostic.ts";
import { mark } from "../helpers/markers.ts";
import { corpusFiles } from "./util.ts";

function ok(text: string): A.SegFile {
  const r = parse(text, "t.seg");
  expect(r.diagnostics, JSON.stringify(r.diagnostics, null, 1)).toEqual([]);
  return r.file;
}
function where(text: string): A.Expr {
  const d = ok(text).declarations[0] as A.SegmentDecl;
  expect(d.kind).toBe("segment");
  return d.where!;
}
/** The condition of `segment s = <cond>`. */
const cond = (c: string): A.Expr => where(`segment s = ${c}`);

describe("corpus", () => {
  for (const f of corpusFiles()) {
    test(`${f.name} parses without diagnostics`, () => {
      const r = parse(f.text, f.name);
      expect(r.diagnostics).toEqual([]);
      expect(r.file.declarations.length).toBeGreaterThan(0);
    });
  }

  test("the LANGUAGE.md segment examples give the expected declarations", () => {
    const f = corpusFiles().find((c) => c.name.endsWith("language-segments.seg"))!;
    const file = ok(f.text);
    expect(file.declarations.map((d) => `${d.kind}:${d.kind === "test" ? d.name.value : d.kind === "events" ? d.entity.text : d.name.text}`)).toEqual([
      "const:core_features",
      "segment:power_users",
      "segment:churned",
      "segment:at_risk",
      "trait:ltv",
      "segment:high_ltv",
      "segment:detractors",
      "segment:cart_abandoners",
      "segment:trial_converted",
    ]);
  });
});

describe("schema", () => {
  test("times kept as ISO-8601 text: `timestamp(iso_text)` and `time column \"…\" (iso_text)`; iso_text stays a name elsewhere", () => {
    const file = ok(`entity user {
  table "users"
  key id: string
  signed: timestamp(iso_text)
  iso_text: string
}
events of user {
  table "ev"
  user column "user_id"
  time column "ts" (iso_text)
  event login { at: timestamp(iso_text) }
}`);
    const e = file.declarations[0] as A.EntityDecl;
    expect((e.members[1] as A.AttributeDecl).type).toMatchObject({ kind: "timestamp", storage: "iso_text" });
    expect(e.members[2]).toMatchObject({ kind: "attribute", name: { text: "iso_text" } });
    const ev = file.declarations[1] as A.EventsDecl;
    expect(ev.timeStorage).toMatchObject({ storage: "iso_text" });
    expect(ev.events[0]!.properties[0]!.type).toMatchObject({ kind: "timestamp", storage: "iso_text" });
  });

  test("entity members: table, key, attribute with column, relation, types", () => {
    const e = ok(`entity user {
  table "analytics.users"
  key id: string column "uid"
  plan: enum("free", "pro")
  seen: timestamp(unix_millis)
  tags: list<list<number>>
  account: account via account_id
}`).declarations[0] as A.EntityDecl;
    expect(e.table?.value).toBe("analytics.users");
    expect(e.members.map((m) => m.kind)).toEqual(["key", "attribute", "attribute", "attribute", "relation"]);
    const key = e.members[0] as A.KeyDecl;
    expect(key.column?.value).toBe("uid");
    expect((e.members[1] as A.AttributeDecl).type).toMatchObject({ kind: "enum", values: [{ value: "free" }, { value: "pro" }] });
    expect((e.members[2] as A.AttributeDecl).type).toMatchObject({ kind: "timestamp", storage: "unix_millis" });
    expect((e.members[3] as A.AttributeDecl).type).toMatchObject({ kind: "list", element: { kind: "list", element: { kind: "number" } } });
    expect(e.members[4]).toMatchObject({ kind: "relation", target: { text: "account" }, foreignKey: { text: "account_id" } });
  });

  test("events block: columns, storage, named events, per-event tables", () => {
    const ev = ok(`events of user {
  table "ev"
  user column "user_id"
  time column "ts" (unix_seconds)
  name column "event"
  properties column "props"
  event login named "Login"
  event purchase { table "shop.purchases"  user column "uid"  time column "at"  amount: number column "amt", sku: string }
}`).declarations[0] as A.EventsDecl;
    expect(ev).toMatchObject({
      entity: { text: "user" },
      table: { value: "ev" },
      entityColumn: { value: "user_id" },
      timeColumn: { value: "ts" },
      timeStorage: { storage: "unix_seconds" },
      nameColumn: { value: "event" },
      propertiesColumn: { value: "props" },
    });
    expect(ev.events[0]).toMatchObject({ name: { text: "login" }, storedName: { value: "Login" }, properties: [] });
    expect(ev.events[1]!.timeStorage).toBeUndefined();
    expect(ev.events[1]).toMatchObject({
      table: { value: "shop.purchases" },
      entityColumn: { value: "uid" },
      timeColumn: { value: "at" },
      properties: [{ name: { text: "amount" }, column: { value: "amt" } }, { name: { text: "sku" } }],
    });
  });

  test("an unknown column setting in an events block is reported on its name", () => {
    const m = mark(`events of user {\n  «usr» column "x"\n}`);
    const r = parse(m.text, "t.seg");
    expect(r.diagnostics.map((d) => [d.code, d.range])).toEqual([["SEG0010", m.ranges[0]]]);
  });
});

describe("declarations", () => {
  test("const, param, trait (with entity), segment short and block forms", () => {
    const f = ok(`const a = 1
param b = 30 days
trait t of account = count(login)
segment s of user = in x
segment b { owner "o" tags ["x", "y",] deprecated "old" where true }
segment c { deprecated }`);
    expect(f.declarations.map((d) => d.kind)).toEqual(["const", "param", "trait", "segment", "segment", "segment"]);
    expect((f.declarations[2] as A.TraitDecl).entity?.text).toBe("account");
    const s = f.declarations[3] as A.SegmentDecl;
    expect(s).toMatchObject({ short: true, entity: { text: "user" }, where: { kind: "segmentRef" } });
    const b = f.declarations[4] as A.SegmentDecl;
    expect(b).toMatchObject({ short: false, owner: { value: "o" }, deprecated: { reason: { value: "old" } }, where: { kind: "bool", value: true } });
    expect(b.tags?.items.length).toBe(2);
    const c = f.declarations[5] as A.SegmentDecl;
    expect(c.deprecated).toBeDefined();
    expect(c.deprecated?.reason).toBeUndefined();
    expect(c.where).toBeUndefined();
  });

  test("test blocks: as of, records with fields and events, expectations", () => {
    const t = ok(`test "t" {
  as of 2024-06-01T00:00:00Z
  account acme { industry: "fintech" }
  user alice {
    plan: "enterprise"
    account: acme
    login at 1 day ago
    purchase { amount: 120, currency: "USD" } at 2024-05-01
  }
  expect alice in power_users
  expect bob not in churned
}`).declarations[0] as A.TestDecl;
    expect(t.name.value).toBe("t");
    expect(t.asOf).toMatchObject({ kind: "time", text: "2024-06-01T00:00:00Z" });
    expect(t.records.map((r) => [r.entity.text, r.alias.text])).toEqual([["account", "acme"], ["user", "alice"]]);
    const alice = t.records[1];
    expect(alice.fields.map((f) => f.name.text)).toEqual(["plan", "account"]);
    expect(alice.events[0]).toMatchObject({ event: { text: "login" }, time: { kind: "ago" } });
    expect(alice.events[1].properties.map((p) => p.name.text)).toEqual(["amount", "currency"]);
    expect(t.expectations.map((x) => [x.alias.text, x.member, x.segment.text])).toEqual([
      ["alice", true, "power_users"],
      ["bob", false, "churned"],
    ]);
  });
});

describe("conditions", () => {
  test("precedence: or < and < not < comparison < + < *", () => {
    const e = cond("not a > 1 + 2 * 3 and b or c");
    expect(e).toMatchObject({
      kind: "logical",
      op: "or",
      left: {
        kind: "logical",
        op: "and",
        left: {
          kind: "not",
          operand: {
            kind: "compare",
            op: ">",
            right: { kind: "binary", op: "+", right: { kind: "binary", op: "*" } },
          },
        },
      },
      right: { kind: "ref", name: { text: "c" } },
    });
  });

  test.each([
    ["x == 1", "compare"],
    ["x between 1 and 5", "between"],
    ["x in [1, 2]", "inList"],
    ["x not in [1, 2]", "inList"],
    ["x in some_const", "inList"],
    ["x is set", "isSet"],
    ["x is not set", "isSet"],
    ["x contains \"a\"", "stringPred"],
    ["x starts with \"a\" ignoring case", "stringPred"],
    ["x not ends with \"a\"", "stringPred"],
    ["x matches \"^a\"", "regex"],
    ["x has \"a\"", "has"],
    ["x has any [\"a\"]", "has"],
    ["x has all some_const", "has"],
    ["x in last 30 days", "timeWindow"],
    ["x before 2024-01-01", "timeWindow"],
    ["x after 3 days ago", "timeWindow"],
    ["x between 30 days and 7 days ago", "timeWindow"],
    // a time before the `and`: a range of times, though it ends in `ago`
    ["x between 2024-06-01 and 1 hour ago", "between"],
    ["x between now - 30 days and 1 hour ago", "between"],
    ["in other", "segmentRef"],
    ["not in other", "not"],
    ["did x", "did"],
    ["count(x) > 1", "compare"],
    ["days_since(x) > 1", "compare"],
    ["(x)", "paren"],
    ["-x < now", "compare"],
    ["account.employees >= 1000", "compare"],
  ])("%s → %s", (src, kind) => {
    expect(cond(src).kind).toBe(kind);
  });

  test("suffix details: negation, ignoring case, list forms, has modes", () => {
    expect(cond(`x not in ["a"] ignoring case`)).toMatchObject({ negated: true, ignoreCase: true, list: { kind: "list" } });
    expect(cond(`x in c`)).toMatchObject({ negated: false, list: { kind: "ref", name: { text: "c" } } });
    expect(cond(`x not starts with "a" ignoring case`)).toMatchObject({ op: "startsWith", negated: true, ignoreCase: true });
    expect(cond(`x has any ["a"]`)).toMatchObject({ mode: "any" });
    expect(cond(`x has all ["a"]`)).toMatchObject({ mode: "all" });
    expect(cond(`x has "a"`)).toMatchObject({ mode: "one" });
    expect(cond(`x is not set`)).toMatchObject({ negated: true });
    expect(cond(`x == "A" ignoring case`)).toMatchObject({ ignoreCase: true });
  });

  test("literals: numbers, durations in every unit, times, strings with escapes, booleans, now", () => {
    expect(cond(`x == 1.5e3`)).toMatchObject({ right: { kind: "number", value: 1500, text: "1.5e3" } });
    const units = ["second", "minute", "hour", "day", "week", "month", "year"];
    for (const u of units) {
      expect(cond(`x < 1 ${u}`)).toMatchObject({ right: { kind: "duration", unit: u, amount: { value: 1 } } });
      expect(cond(`x < 2 ${u}s`)).toMatchObject({ right: { kind: "duration", unit: u, amount: { value: 2 } } });
    }
    for (const t of ["2024-03-01", "2024-03-01T12:00", "2024-03-01T12:00:00Z", "2024-03-01T12:00:00.250+02:00"])
      expect(cond(`x < ${t}`)).toMatchObject({ right: { kind: "time", text: t } });
    expect(cond(`x == "a\\"b\\\\c\\n\\t\\r\\u{1F600}"`)).toMatchObject({ right: { kind: "string", value: 'a"b\\c\n\t\r😀' } });
    expect(cond(`x == true or x == false`)).toMatchObject({ left: { right: { value: true } }, right: { right: { value: false } } });
    expect(cond(`x < now - 3 days`)).toMatchObject({ right: { kind: "binary", left: { kind: "now" }, right: { kind: "duration" } } });
  });
});

describe("behaviour", () => {
  test("did with filter, frequency and window", () => {
    expect(cond("did login on at least 4 days in last 7 days")).toMatchObject({
      kind: "did",
      negated: false,
      first: { event: { text: "login" } },
      frequencies: [{ unit: "days", bound: "atLeast", count: { value: 4 } }],
      windows: [{ kind: "last", duration: { kind: "duration", unit: "day" } }],
    });
    expect(cond("did login exactly 2 times").kind).toBe("did");
    expect(cond("did login at most 1 time")).toMatchObject({ frequencies: [{ unit: "times", bound: "atMost" }] });
    expect(cond("did not login")).toMatchObject({ kind: "did", negated: true });
    expect(cond("not did login")).toMatchObject({ kind: "not", operand: { kind: "did", negated: false } });
    expect(cond("did any in last 1 day")).toMatchObject({ first: { event: null } });
    expect(cond("did login between 30 days and 7 days ago")).toMatchObject({
      windows: [{ kind: "betweenAgo", from: { kind: "duration", amount: { value: 30 } }, to: { kind: "duration", amount: { value: 7 } } }],
    });
  });

  test("inside an event filter a trailing window belongs to the event", () => {
    const e = cond("did feature_used where feature in core_features in last 30 days");
    expect(e).toMatchObject({
      kind: "did",
      first: { where: { kind: "inList", list: { kind: "ref", name: { text: "core_features" } } } },
      windows: [{ kind: "last" }],
    });
    expect(cond("did purchase where amount between 5 and 10 before 2024-01-01")).toMatchObject({
      first: { where: { kind: "between" } },
      windows: [{ kind: "before" }],
    });
    expect(cond("did purchase where amount > 1 between 60 days and 30 days ago")).toMatchObject({
      first: { where: { kind: "compare" } },
      windows: [{ kind: "betweenAgo" }],
    });
    // a time before the `and`: a range of times in the filter, not the event's window
    expect(cond("did purchase where paid between 2024-06-01 and 1 hour ago in last 7 days")).toMatchObject({
      first: { where: { kind: "between" } },
      windows: [{ kind: "last" }],
    });
    expect(cond("did purchase where paid between (now - 3 days) and 1 hour ago in last 7 days")).toMatchObject({
      first: { where: { kind: "between" } },
      windows: [{ kind: "last" }],
    });
    // parentheses delimit the filter: a window inside them is a comparison again
    expect(cond("did purchase where (created in last 3 days) in last 7 days")).toMatchObject({
      first: { where: { kind: "paren", inner: { kind: "timeWindow" } } },
      windows: [{ kind: "last" }],
    });
  });

  test("the event filter of did is one predicate; `and` ends it", () => {
    expect(cond(`did purchase where amount > 5 and plan == "pro"`)).toMatchObject({
      kind: "logical",
      op: "and",
      left: { kind: "did", first: { where: { kind: "compare" } } },
      right: { kind: "compare", left: { name: { text: "plan" } } },
    });
  });

  test("sequences: then, then not, within, chains, window", () => {
    expect(cond("did a then not b within 1 hour in last 7 days")).toMatchObject({
      first: { event: { text: "a" } },
      then: [{ negated: true, step: { event: { text: "b" } }, within: { kind: "duration", unit: "hour" } }],
      windows: [{ kind: "last" }],
    });
    const chain = cond("did a where x > 1 then b within 1 day then not c where y > 2 within 2 days") as A.DidExpr;
    expect(chain.then.map((t) => [t.step.event?.text, t.negated, t.step.where?.kind])).toEqual([
      ["b", false, undefined],
      ["c", true, "compare"],
    ]);
  });

  test("aggregates: event and property forms, filters with and/or, windows, .time", () => {
    expect(cond(`sum(purchase.amount where currency == "USD" and amount > 0 in last 90 days) > 1`)).toMatchObject({
      left: {
        kind: "aggregate",
        fn: "sum",
        step: { event: { text: "purchase" }, where: { kind: "logical", op: "and" } },
        property: { text: "amount" },
        windows: [{ kind: "last" }],
      },
    });
    expect(cond(`first(purchase where amount > 0).time >= 2024-01-01`)).toMatchObject({
      left: { kind: "member", object: { kind: "aggregate", fn: "first" }, member: { text: "time" } },
    });
    for (const fn of ["count", "sum", "avg", "min", "max", "distinct", "active_days", "first", "last"])
      expect(cond(`${fn}(e) > 1`)).toMatchObject({ left: { kind: "aggregate", fn } });
    expect(cond(`count(any in last 1 hour) > 1`)).toMatchObject({ left: { step: { event: null } } });
  });
});

describe("soft keywords", () => {
  test("keywords stay usable as attribute, property, event and declaration names", () => {
    const f = ok(`entity user {
  key key: string
  name: string
  time: timestamp
  table: string
  type: string
  owner: string
  tags: list<string>
  first: string
  last: string
  count: number
  day: string
  set: boolean
  any: string
}
events of user {
  event count { day: string, first: number }
  event last
}
segment owner { where name == "x" and time > 3 days ago and count > 1 and day in ["mon"] and first == last }
segment tags = table == "a" or type == "b" or set == true`);
    const e = f.declarations[0] as A.EntityDecl;
    expect(e.members.map((m) => m.name.text)).toEqual([
      "key", "name", "time", "table", "type", "owner", "tags", "first", "last", "count", "day", "set", "any",
    ]);
    expect((f.declarations[1] as A.EventsDecl).events.map((x) => x.name.text)).toEqual(["count", "last"]);
    expect((f.declarations[2] as A.SegmentDecl).name.text).toBe("owner");
    const w = (f.declarations[2] as A.SegmentDecl).where!;
    expect(w.kind).toBe("logical");
  });

  test("`count(` is an aggregate, `count` alone is a name; `last` after `in` is a window", () => {
    expect(cond("count > 1")).toMatchObject({ left: { kind: "ref", name: { text: "count" } } });
    expect(cond("x in last 3 days")).toMatchObject({ kind: "timeWindow" });
    expect(cond("x in last_values")).toMatchObject({ kind: "inList" });
  });

  test("hard keywords are few and documented", () => {
    expect([...HARD_KEYWORDS].sort()).toEqual(["and", "did", "false", "in", "not", "or", "then", "true", "where"]);
    expect(KEYWORDS).toContain("segment");
    expect(KEYWORDS).toContain("days_since");
    const r = parse(`entity e { and: string }`, "t.seg");
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });
});

describe("ranges", () => {
  test("declaration, name and expression ranges", () => {
    const m = mark(`segment «n:big» = «a:account.employees» >= «lit:1000»`);
    const s = parse(m.text, "t.seg").file.declarations[0] as A.SegmentDecl;
    expect(s.range).toEqual({ start: { line: 0, character: 0 }, end: m.named.lit.end });
    expect(s.name.range).toEqual(m.named.n);
    const c = s.where as A.CompareExpr;
    expect(c.left.range).toEqual(m.named.a);
    expect(c.right.range).toEqual(m.named.lit);
  });

  test("ranges over several lines; member names; did parts", () => {
    const m = mark(`entity user {
  «kw:key» «k:id»: «t:string»
}
segment s {
  where «d:did» «ev:login» «f:on at least 4 days» «w:in last 7 days»
}`);
    const f = parse(m.text, "t.seg").file;
    const key = (f.declarations[0] as A.EntityDecl).members[0];
    expect(key.range).toEqual({ start: m.named.kw.start, end: m.named.t.end });
    expect(key.name.range).toEqual(m.named.k);
    const d = (f.declarations[1] as A.SegmentDecl).where as A.DidExpr;
    expect(d.range).toEqual({ start: m.named.d.start, end: m.named.w.end });
    expect(d.first.event?.range).toEqual(m.named.ev);
    expect(d.frequencies[0].range).toEqual(m.named.f);
    expect(d.windows[0].range).toEqual(m.named.w);
  });

  test("aggregate function and unit ranges", () => {
    const m = mark(`segment s = «fn:sum»(purchase.«p:amount» in last 3 «u:days») > 1`);
    const a = ((parse(m.text, "t.seg").file.declarations[0] as A.SegmentDecl).where as A.CompareExpr).left as A.AggregateExpr;
    expect(a.fnRange).toEqual(m.named.fn);
    expect(a.property?.range).toEqual(m.named.p);
    const w = a.windows[0] as { kind: "last"; duration: A.DurationLit };
    expect(w.duration.unitRange).toEqual(m.named.u);
  });

  test("ranges are in UTF-16 code units after non-ASCII text and CRLF line ends", () => {
    const m = mark(`// é😀\nsegment «n:s» = x == "😀" and «y:y»`);
    const s = parse(m.text, "t.seg").file.declarations[0] as A.SegmentDecl;
    expect(s.name.range).toEqual(m.named.n);
    expect((s.where as A.LogicalExpr).right.range).toEqual(m.named.y);
  });
});

// A character past a line's end ran on into the next lines (`ab\ncd` line 0 character 4 was
// the `d`); the LSP specification reads it as the line's end.
describe("LineMap.offset", () => {
  test("a character past the end of a line is that line's end, before its line break", () => {
    for (const [text, ends] of [
      ["ab\ncd\nef", [2, 5, 8]],
      ["ab\r\ncd\r\nef\r\n", [2, 6, 10, 12]],
      ["ab\rcd\n\r\nef", [2, 5, 6, 10]],
    ] as const) {
      const lines = new LineMap(text);
      ends.forEach((end, line) => {
        expect(lines.offset({ line, character: 99 }), `${JSON.stringify(text)} line ${line}`).toBe(end);
        expect(lines.offset({ line, character: end - lines.starts[line]! }), `${JSON.stringify(text)} line ${line} at its end`).toBe(end);
      });
      expect(lines.offset({ line: 1, character: 1 })).toBe(lines.starts[1]! + 1);
      expect(lines.offset({ line: 1, character: -3 })).toBe(lines.starts[1]);
      expect(lines.offset({ line: 99, character: 0 })).toBe(text.length);
    }
  });
});

describe("doc comments", () => {
  test("attach to the following declaration, member, event and property; trailing `///` to its line", () => {
    const f = ok(`/// Users.
/// Second line.
entity user {
  /// The key.
  key id: string
  email: string /// Trailing doc.
  // not a doc comment
  age: number
}

// plain comment
segment plain = x

/// Events.
events of user {
  /// Logged in.
  event login
  event buy {
    /// Amount in USD.
    amount: number
  }
}

/// Detached: blank line follows.

segment s = x`);
    const e = f.declarations[0] as A.EntityDecl;
    expect(e.doc).toBe("Users.\nSecond line.");
    expect(e.members.map((m) => m.doc)).toEqual(["The key.", "Trailing doc.", undefined]);
    expect((f.declarations[1] as A.SegmentDecl).doc).toBeUndefined();
    const ev = f.declarations[2] as A.EventsDecl;
    expect(ev.doc).toBe("Events.");
    expect(ev.events[0].doc).toBe("Logged in.");
    expect(ev.events[1].doc).toBeUndefined();
    expect(ev.events[1].properties[0].doc).toBe("Amount in USD.");
    expect((f.declarations[3] as A.SegmentDecl).doc).toBeUndefined();
  });

  test("comments are returned with kinds and ranges", () => {
    const m = mark(`«a:/// doc»\nsegment s = x «c:/* block\n two lines */» «b:// line»`);
    const r = parse(m.text, "t.seg");
    expect(r.comments.map((c) => [c.kind, c.range])).toEqual([
      ["doc", m.named.a],
      ["block", m.named.c],
      ["line", m.named.b],
    ]);
  });
});

describe("syntax errors", () => {
  test("three independent errors give three diagnostics at the right places", () => {
    const m = mark(`segment a { where x == «}»
segment b { where «and» y }
segment c = z «>»
segment d = ok
`);
    const r = parse(m.text, "t.seg");
    expect(r.diagnostics.map((d) => d.range)).toEqual(m.ranges);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "expected a value after `==`, found `}`",
      "expected a condition after `where`, found `and`",
      "expected a value after `>`, found `segment`",
    ]);
    for (const d of r.diagnostics) {
      expect(d.code).toMatch(/^SEG000\d$/);
      expect(d.severity).toBe("error");
      expect(d.file).toBe("t.seg");
    }
    // recovery keeps the declarations
    expect(r.file.declarations.map((d) => (d.kind === "segment" ? d.name.text : d.kind))).toEqual(["a", "b", "c", "d"]);
  });

  test("errors inside blocks recover at the next member", () => {
    const m = mark(`entity user {
  key id: string
  age «number»
  email: string
}
segment s { where «)» }
`);
    const r = parse(m.text, "t.seg");
    expect(r.diagnostics.map((d) => d.range)).toEqual(m.ranges);
    const e = r.file.declarations[0] as A.EntityDecl;
    expect(e.members.map((x) => x.name.text)).toContain("email");
  });

  test("a missing `}` at the end of the file is reported on the last token", () => {
    const m = mark(`segment s {\n  where x == «1»`);
    const r = parse(m.text, "t.seg");
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: "SEG0002", range: m.ranges[0] });
    expect(r.diagnostics[0].message).toContain("`}`");
  });

  test("junk between declarations is reported once", () => {
    const m = mark(`«oops» this is not seg\nsegment s = x`);
    const r = parse(m.text, "t.seg");
    expect(r.diagnostics.map((d) => [d.code, d.range])).toEqual([["SEG0001", m.ranges[0]]]);
    expect(r.diagnostics[0].message).toContain("expected a declaration");
    expect(r.file.declarations).toHaveLength(1);
  });

  test("lexical errors: unterminated string, invalid character, unterminated comment, bad escape", () => {
    const m = mark(`segment a = x == «"open»
segment b = x «#» y
segment c = x == "a«\\q»b"
«/*» never closed`);
    const r = parse(m.text, "t.seg");
    const codes = r.diagnostics.map((d) => [d.code, d.range]);
    expect(codes).toContainEqual(["SEG0003", m.ranges[0]]);
    expect(codes).toContainEqual(["SEG0005", m.ranges[1]]);
    expect(codes).toContainEqual(["SEG0007", m.ranges[2]]);
    expect(codes).toContainEqual(["SEG0006", m.ranges[3]]);
    expect(r.diagnostics.find((d) => d.code === "SEG0005")!.message).toContain("`//`");
  });

  test("a \\u escape of a surrogate or beyond U+10FFFF is an error at the escape (SQL would store U+FFFD)", () => {
    const m = mark(`segment a = x == "«\\u{D800}»x" or x == "«\\u{110000}»" or x == "\\u{1F600}" or x == "\\u{D83D}\\u{DE00}"`);
    const r = parse(m.text, "t.seg");
    expect(r.diagnostics.map((d) => [d.code, d.range, d.message])).toEqual([
      ["SEG0007", m.ranges[0], "`\\u{D800}` is a UTF-16 surrogate, not a character"],
      ["SEG0007", m.ranges[1], "`\\u{110000}` is beyond U+10FFFF, the last code point"],
    ]);
    // a pair written as two escapes is the one character
    const pair = parse(`segment a = x == "\\u{D83D}\\u{DE00}"`, "t.seg").file.declarations[0] as A.SegmentDecl;
    expect(JSON.stringify(pair.where)).toContain(JSON.stringify("\u{1F600}").slice(1, -1));
  });

  test("a regex escape in a string gets the doubled backslash as its fix", () => {
    const source = 'segment s of user = email matches "^\\w+\\.com"';
    const errors = parse(source, "t.seg").diagnostics;
    expect(errors.map((d) => [d.code, d.fix?.title])).toEqual([
      ["SEG0007", "Change to `\\\\w`"],
      ["SEG0007", "Change to `\\\\.`"],
    ]);
    expect(errors[0]!.message).toContain("a regex writes it with two backslashes");
    const fixed = applyFixes(source, errors);
    expect(fixed).toBe('segment s of user = email matches "^\\\\w+\\\\.com"');
    expect(parse(fixed, "t.seg").diagnostics).toEqual([]);
    // Not a regex escape: no guess.
    expect(parse('segment s of user = name == "a\\q"', "t.seg").diagnostics[0]!.fix).toBeUndefined();
  });

  test("an unexpected character is named whole, and an invisible one by its code point", () => {
    const messages = (text: string) => parse(text, "t.seg").diagnostics.filter((d) => d.code === "SEG0005").map((d) => d.message);
    expect(messages("segment a = \u{1F600} > 1")).toEqual(["unexpected character `\u{1F600}`"]);
    expect(messages("segment a = age\u0000 > 1")).toEqual(["unexpected character U+0000"]);
    expect(messages("segment a = age\u200b > 1")).toEqual(["unexpected character U+200B"]);
  });

  test("a type error in a member says what a type is", () => {
    const r = parse(`entity e { a: integer }`, "t.seg");
    expect(r.diagnostics[0].message).toContain("expected a type");
  });

  test("a between window without `ago` is reported", () => {
    const m = mark(`segment s = did x between 3 days and «1 day»`);
    const r = parse(m.text, "t.seg");
    expect(r.diagnostics.map((d) => [d.code, d.range])).toEqual([["SEG0008", m.ranges[0]]]);
  });

  test("an event window between two times is one error whose fix writes after … before …", () => {
    const cases: [string, string][] = [
      [`segment s = did x «between 2011-10-01 and 2011-12-01»`, "after 2011-10-01 before 2011-12-01"],
      [`segment s = count(x «between 2011-10-01T08:00:00Z and 7 days ago») > 1`, "after 2011-10-01T08:00:00Z before 7 days ago"],
      [`segment s = did x «between now - 30 days and (now)»`, "after now - 30 days before (now)"],
    ];
    for (const [source, written] of cases) {
      const m = mark(source);
      const r = parse(m.text, "t.seg");
      expect(r.diagnostics.map((d) => [d.code, d.range, d.fix?.edits])).toEqual([["SEG0008", m.ranges[0], [{ range: m.ranges[0], newText: written }]]]);
      expect(r.diagnostics[0]!.message).toContain(`reads \`${written}\` (both bounds excluded)`);
      expect(parse(m.text.replace(m.text.slice(source.indexOf("«"), source.indexOf("»") - 1), written), "t.seg").diagnostics).toEqual([]);
    }
  });

  test("duplicate segment items are reported", () => {
    const m = mark(`segment s {\n  owner "a"\n  «owner "b"»\n  where x\n}`);
    const r = parse(m.text, "t.seg");
    expect(r.diagnostics.map((d) => [d.code, d.range])).toEqual([["SEG0009", m.ranges[0]]]);
  });
});

describe("syntax errors name common mistakes", () => {
  /** The one syntax error of `source`, at its «marked» range. */
  const only = (source: string) => {
    const m = mark(source);
    const r = parse(m.text, "t.seg");
    expect(r.diagnostics.map((d) => d.range)).toEqual(m.ranges);
    return r.diagnostics[0]!;
  };

  test.each([
    ['segment s { «plan» == "pro" }', "found `plan`: a segment's condition goes after `where`"],
    ['segment s { where plan «=» "pro" }', "found `=`: to compare, write `==`"],
    ["segment s { where did login «in» the last 30 days }", "unexpected `in the`: a window is written `in last 7 days`, without `the`"],
    ["segment s { where count(login) >= 3 «in» last 7 days }", "`count(login in last 7 days) >= 3`"],
    ["segment s { where did login «within» 30 days }", "found `within`: `within` bounds the steps of a sequence"],
    ["segment s { where did login at least 2 times «then» purchase within 1 day }", "found `then`: `then` follows a step of a sequence (`did add_to_cart then purchase within 1 day`); a sequence takes no frequency"],
    ['segment s { where plan «like» "pr%" }', "compare strings with `starts with`, `ends with`, `contains` or `matches`"],
    ['segment s of user = plan «=» "pro"', "unexpected `=`: to compare, write `==`"],
    ['segment s of user = tags has "beta" «ignoring» case', "unexpected `ignoring`: `ignoring case` follows only a string test"],
    ['segment s { where tags has "beta" «ignoring» case }', "found `ignoring`: `ignoring case` follows only a string test"],
    ["segment s { where plan is «missing» }", "found `missing`: a missing value is tested with `is not set`"],
    ["segment s { where plan is not «null» }", "found `null`: a missing value is tested with `is set`"],
    ['segment s { where plan in «(»"a", "b") }', 'a list is written in square brackets, `in ["a", "b"]`'],
    ["segment s of user = foo«(»age) > 3", "unexpected `(`: `foo` is no function of the language (the functions are count, sum,"],
    ["segment s of user = percentile«(»ltv) > 90", "percentiles, ntiles and calendar cohorts are not in the language yet"],
    ["segment s of user = trial_ends_on in next «7» days", "unexpected `7`: there is no `in next …` window: windows look back from now; for a time ahead, write `t after now and t before now + 7 days`"],
  ])("%s", (source, message) => {
    expect(only(source).message).toContain(message);
  });

  test("an expression in an aggregate: one error says an aggregate takes one property, and what to do for a product", () => {
    const r = parse("segment s { where sum(line.quantity * (line.price + 1)) >= 5000 and did login }\nsegment t { where did login }", "t.seg");
    expect(r.diagnostics.map((d) => [d.message, d.range.start])).toEqual([
      [
        "expected `)` after `quantity`, found `*`: an aggregate takes one property (`sum(purchase.amount)`), not an expression; to add up a product such as quantity × price, keep it in a column of the events table (or a view) and declare it as a property",
        { line: 0, character: 36 },
      ],
    ]);
    // The rest of the expression up to its `)` is skipped: the condition goes on after it.
    expect(r.file.declarations.map((d) => d.kind)).toEqual(["segment", "segment"]);
    expect(JSON.stringify(r.file.declarations[0])).toContain('"login"');
    // Unclosed, the skip stops at the next declaration, which still parses.
    const unclosed = parse("trait x = sum(line.quantity * 2\nsegment t { where did login }", "t.seg");
    expect(unclosed.diagnostics).toHaveLength(1);
    expect(unclosed.file.declarations.map((d) => d.kind)).toEqual(["trait", "segment"]);
  });

  test("an event named by a list of names is one error saying an event has one stored name, and the block goes on", () => {
    for (const list of ['["login", "Login"]', '["login", "Login", "LOGIN"]']) {
      const r = parse(`events of user {\n  table "e"\n  event login named ${list} { x: string }\n  event logout\n}\nsegment s of user = did logout\n`, "t.seg");
      expect([list, r.diagnostics.map((d) => [d.message, d.range.start])]).toEqual([
        list,
        [[expect.stringContaining("an event has one stored name; for several (`\"login\"`, `\"Login\"`), declare an event for each and join them with `or`"), { line: 2, character: 20 }]],
      ]);
      expect(r.file.declarations.map((d) => d.kind)).toEqual(["events", "segment"]);
    }
  });

  test("a test record named by a number is one error where the key goes, and the next test parses", () => {
    const r = parse(`test "one" {\n  as of 2025-06-01\n  user 1 {\n    plan: "pro"\n    login at 1 day ago\n  }\n  expect 1 in paid\n}\n\ntest "two" {\n  as of 2025-06-01\n  user bob { plan: "pro" }\n  expect bob in paid\n}\n`, "t.seg");
    expect(r.diagnostics.map((d) => [d.code, d.message, d.range.start])).toEqual([
      ["SEG0001", "a test record is named by a word, not a number: name it (`user r1 { … }`), give its key as a field under the key's name (`id: 1`), and write `expect r1 in …`", { line: 2, character: 7 }],
    ]);
    expect(r.file.declarations.map((d) => d.kind)).toEqual(["test", "test"]);
  });

  test("a unit written as a letter is named (beside the checker's duration error)", () => {
    const r = parse("segment s { where did login in last 30d }", "t.seg");
    expect(r.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining("found `d`: a duration has its unit in words: `30 days`")]);
    // The same at the end of a one-line segment, where the rest is read as the next declaration.
    const last = parse("segment s of user = did login in last 30d", "t.seg");
    expect(last.diagnostics.map((d) => d.message)).toEqual(["unexpected `d`: a duration has its unit in words: `30 days`, `12 hours`, `2 weeks`"]);
  });

  test("mistakes whose message names the replacement carry it as a fix, and the fixed text parses", () => {
    const cases: [string, string][] = [
      [`segment s = country = "US"`, `segment s = country == "US"`],
      [`segment s = did login in last 30d`, `segment s = did login in last 30 days`],
      [`segment s = did login in last 7 dayz`, `segment s = did login in last 7 days`],
      [`segment s = age is null`, `segment s = age is not set`],
      [`segment s = age is not null`, `segment s = age is set`],
      [`segment s = age > 1 && age < 5`, `segment s = age > 1 and age < 5`],
      [`segment s = age < 1 || age > 5`, `segment s = age < 1 or age > 5`],
      [`segment s = age > 3&&age < 5`, `segment s = age > 3 and age < 5`],
    ];
    for (const [source, fixed] of cases) {
      const [first] = parse(source, "t.seg").diagnostics;
      const edits = first?.fix?.edits ?? [];
      expect(edits, source).toHaveLength(1);
      const { range, newText } = edits[0]!;
      expect(source.slice(0, range.start.character) + newText + source.slice(range.end.character)).toBe(fixed);
      expect(parse(fixed, "t.seg").diagnostics, fixed).toEqual([]);
    }
  });

  test("no fix where the replacement would not fit: `=` outside a condition, a unit on another line", () => {
    for (const source of [`entity user { table = "u" key id: string }`, `segment s = age > 1\ntest "t" {\n  as of 2024-01-01\n  user u1 { age = 3 }\n}`, `segment s { where age > 30\n  mins > 3 }`]) {
      const diagnostics = parse(source, "t.seg").diagnostics;
      expect(diagnostics.length, source).toBeGreaterThan(0);
      expect(diagnostics.map((d) => d.fix?.title), source).toEqual(diagnostics.map(() => undefined));
    }
  });

  test("a misspelt unit gets a did-you-mean, plural first", () => {
    const r = parse("segment s of user = did login in last 7 dayz", "t.seg");
    expect(r.diagnostics.map((d) => d.message)).toEqual(["unexpected `dayz`: did you mean `days`? (a duration's unit is `seconds`, `minutes`, `hours`, `days`, `weeks`)"]);
    const block = parse("segment s { where did login in last 1 hoyr }", "t.seg");
    expect(block.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining("found `hoyr`: did you mean `hours`?")]);
  });

  test("a condition without `where` gets the fix that inserts it, and the fixed text parses", () => {
    const source = 'segment s {\n  owner "growth"\n  plan == "pro"\n}';
    const d = only(source.replace("plan ==", "«plan» =="));
    expect(d.fix?.title).toBe("Insert `where`");
    const [edit] = d.fix!.edits;
    const offset = source.indexOf("plan ==");
    expect(edit!.range.start).toEqual(edit!.range.end);
    expect(edit!.range.start).toEqual({ line: 2, character: 2 });
    const fixed = source.slice(0, offset) + edit!.newText + source.slice(offset);
    expect(parse(fixed, "t.seg").diagnostics).toEqual([]);
  });

  test("no `where` fix once the body has a `where`, nor for tokens that start no condition", () => {
    expect(only('segment s { where plan == "a" «plan» == "b" }').fix).toBeUndefined();
    expect(only('segment s { where plan «=» "a" }').fix?.title).toBe("Change to `==`");
  });
});

describe("nesting", () => {
  test("10,000 nested parentheses give a clear diagnostic, not a stack overflow", () => {
    const n = 10_000;
    const text = `segment s = ${"(".repeat(n)}x${")".repeat(n)}\nsegment t = y`;
    const r = parse(text, "t.seg");
    const deep = r.diagnostics.filter((d) => d.code === "SEG0004");
    expect(deep).toHaveLength(1);
    expect(deep[0].message).toContain("nesting too deep");
    expect(r.file.declarations.map((d) => (d as A.SegmentDecl).name.text)).toEqual(["s", "t"]);
  });

  test.each([
    ["brackets", (n: number) => `const c = ${"[".repeat(n)}1${"]".repeat(n)}`],
    ["unbalanced parentheses", (n: number) => `segment s = ${"(".repeat(n)}`],
    ["days_since calls", (n: number) => `segment s = ${"days_since(".repeat(n)}x${")".repeat(n)} > 1`],
    ["in-list chains", (n: number) => `segment s = ${"x in [".repeat(n)}1${"]".repeat(n)}`],
  ])("deep %s are reported too", (_name, make) => {
    const r = parse(make(10_000), "t.seg");
    expect(r.diagnostics.some((d) => d.code === "SEG0004")).toBe(true);
  });

  const chain = (n: number, op: string): string => Array.from({ length: n + 1 }, (_, i) => `x${i} > 1`).join(` ${op} `);

  test("up to MAX_OPERATORS operators in one declaration, whatever the mix, are fine", () => {
    expect(parse(`segment s = ${chain(MAX_OPERATORS, "and")}`, "t.seg").diagnostics).toEqual([]);
    const mixed = `segment s = ${chain(400, "or")} and ${"not ".repeat(300)}(${chain(98, "and")}) and x == ${"1 + ".repeat(199)}1`;
    expect(parse(mixed, "t.seg").diagnostics).toEqual([]);
    // The count starts again with each declaration.
    const two = `segment s = ${chain(MAX_OPERATORS, "or")}\nsegment t = ${chain(MAX_OPERATORS, "or")}`;
    expect(parse(two, "t.seg").diagnostics).toEqual([]);
  });

  // Chains parse without recursion, but the checker and the backends walk the nested
  // nodes they become: 50,000 `and`s or 3,000 `not`s overflowed the stack in the checker.
  test.each([
    ["an `and` chain", `segment s = ${chain(50_000, "and")}`],
    ["`not`s", `segment s = ${"not ".repeat(5000)}x`],
    ["arithmetic", `segment s = x > ${"1 + ".repeat(MAX_OPERATORS + 1)}1`],
    ["unary minus", `segment s = x > ${"-".repeat(MAX_OPERATORS + 1)}1`],
    ["operators spread over parentheses", `segment s = ${Array.from({ length: 11 }, () => `(${chain(99, "or")})`).join(" and ")}`],
  ])("past MAX_OPERATORS, %s is one SEG0011, not a stack overflow", (_name, text) => {
    const r = parse(`${text}\nsegment t = y`, "t.seg");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["SEG0011"]);
    expect(r.diagnostics[0]!.message).toMatch(/^expression too long: more than 1000 operators/);
    expect(r.file.declarations.map((d) => (d as A.SegmentDecl).name.text)).toEqual(["s", "t"]);
  });

  test("moderate nesting is fine", () => {
    expect(parse(`segment s = ${"(".repeat(30)}x${")".repeat(30)}`, "t.seg").diagnostics).toEqual([]);
  });
});

describe("tokens", () => {
  test("tokenAt finds the token under or just before the cursor", () => {
    const m = mark(`segment s = acc<|>`);
    const r = parse(m.text, "t.seg");
    expect(tokenAt(r.tokens, m.cursor!)).toMatchObject({ type: "Identifier", image: "acc" });
    const m2 = mark(`segment s = x <|>   == 1`);
    expect(tokenAt(parse(m2.text, "t.seg").tokens, m2.cursor!)).toBeUndefined();
    const m3 = mark(`segment s = x == 1 and did lo<|>gin`);
    expect(tokenAt(parse(m3.text, "t.seg").tokens, m3.cursor!)).toMatchObject({ image: "login" });
  });

  test("token types name keywords, and soft keywords are marked as keywords", () => {
    const r = parse(`segment s = count > 3 days`, "t.seg");
    expect(r.tokens.map((t) => [t.type, t.keyword])).toEqual([
      ["Kw_segment", true],
      ["Identifier", false],
      ["Assign", false],
      ["Kw_count", true],
      ["Gt", false],
      ["NumberLit", false],
      ["Kw_day", true],
    ]);
  });
});

describe("line ends", () => {
  test("CRLF and CR line ends give the same positions as LF", () => {
    const lf = parse(`// c\nsegment s = x\n  and y`, "t.seg");
    for (const eol of ["\r\n", "\r"]) {
      const other = parse(`// c${eol}segment s = x${eol}  and y`, "t.seg");
      expect(other.file.declarations).toEqual(lf.file.declarations);
      expect(other.tokens.map((t) => t.range)).toEqual(lf.tokens.map((t) => t.range));
    }
  });
});

describe("docs/language.md", () => {
  test("every seg example in the grammar's sections parses without diagnostics", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const md = readFileSync(join(import.meta.dirname, "..", "..", "docs", "language.md"), "utf8");
    const sections = md.split(/^(?=## )/m).filter((s) => /^## (Files and comments|Syntax|Formatting)\b/.test(s));
    expect(sections).toHaveLength(3);
    const blocks = sections.flatMap((s) => [...s.matchAll(/```seg\n([\s\S]*?)```/g)].map((m) => m[1].replace(/^ {2}/gm, "")));
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const b of blocks) expect(parse(b, "doc.seg").diagnostics, b).toEqual([]);
  });
});

/** Applies each diagnostic's fix (single-line edits, applied right to left). */
function applyFixes(source: string, diagnostics: readonly Diagnostic[]): string {
  const edits = diagnostics.flatMap((d) => d.fix?.edits ?? []).sort((a, b) => b.range.start.character - a.range.start.character);
  let text = source;
  for (const e of edits) text = text.slice(0, e.range.start.character) + e.newText + text.slice(e.range.end.character);
  return text;
}

test("a string of millions of characters lexes (the pattern has no alternation per character)", () => {
  const r = parse(`segment a = x == "${"y".repeat(10_000_000)}\\"${"z".repeat(1_000)}"`, "t.seg");
  expect(r.diagnostics).toEqual([]);
});

describe("merge conflict markers", () => {
  const conflicted = (eol: string) =>
    ["segment a = age > 1", "<<<<<<< HEAD", "segment b = age > 3", "||||||| base", "segment b = age > 2", "=======", "segment b = age > 4", ">>>>>>> feature/x", ""].join(eol);

  test.each([["LF", "\n"], ["CRLF", "\r\n"]])("each marker line is one SEG0012 (%s), in place of the syntax errors on it", (_name, eol) => {
    const r = parse(conflicted(eol), "t.seg");
    expect(r.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([
      ["SEG0012", 1, 0, 12],
      ["SEG0012", 3, 0, 12],
      ["SEG0012", 5, 0, 7],
      ["SEG0012", 7, 0, 17],
    ]);
    expect(r.diagnostics[0]!.message).toMatch(/^a merge conflict marker: the file still holds both sides of a git conflict/);
  });

  test("a comment ruled with ======= is no conflict, nor markers quoted in a block comment", () => {
    expect(parse("/*\n=======\n Section\n=======\n*/\nsegment a = age > 1\n", "t.seg").diagnostics).toEqual([]);
    expect(parse("/* how to resolve:\n<<<<<<< ours\n=======\n>>>>>>> theirs\n*/\nsegment a = age > 1\n", "t.seg").diagnostics).toEqual([]);
  });

  test("the syntax errors that the two sides make elsewhere are left out: the conflict comes first", () => {
    const text = "<<<<<<< HEAD\nsegment a = plan == \"pro\" and\n=======\nsegment a = plan == \"free\"\n>>>>>>> x\n";
    expect(parse(text, "t.seg").diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ["SEG0012", 0],
      ["SEG0012", 2],
      ["SEG0012", 4],
    ]);
  });
});

test("SQL's upper-case keywords are named as such, with the lower-case fix", () => {
  for (const [text, word, keyword] of [
    ['segment a { WHERE plan == "pro" }', "WHERE", "where"],
    ['segment b = plan == "pro" AND age > 3', "AND", "and"],
    ["segment d = age > 3 Or age < 1", "Or", "or"],
  ] as const) {
    const d = parse(text, "t.seg").diagnostics.find((x) => x.message.includes("keywords are lower case"));
    expect(d?.message, text).toMatch(new RegExp(`found \`${word}\`|unexpected \`${word}\``));
    expect(d?.message.endsWith(`; keywords are lower case: write \`${keyword}\``), text).toBe(true);
    expect(d?.fix?.edits, text).toEqual([{ range: expect.anything(), newText: keyword }]);
  }
});

test("a stray where: after a window (the filter goes before it), after `=`", () => {
  const messages = (text: string) => parse(text, "t.seg").diagnostics.map((d) => d.message);
  const filterFirst = "an event's filter goes right after the event, before its window";
  expect(messages("segment a { where did purchase in last 30 days where amount > 100 }")[0]).toContain(filterFirst);
  expect(messages("segment b = did purchase in last 30 days where amount > 100")[0]).toContain(filterFirst);
  expect(messages("segment c = where age > 3")[0]).toBe(
    "expected a condition after `=`, found `where`: `segment s = <condition>` takes the condition without `where` (the block form is `segment s { where <condition> }`)",
  );
  // two conditions, each its own where: joined with and
  expect(messages("segment d { where age > 3 where age < 9 }")[0]).toBe("a segment has one `where`; join the conditions with `and`");
});

test("SQL habits: single quotes, `<>`, `in the last`", () => {
  const one = (text: string) => parse(text, "t.seg").diagnostics;
  const quoted = one("segment a = plan != 'free'");
  // one error for the pair of quotes, with the fix to double ones
  expect(quoted.map((d) => [d.code, d.message])).toEqual([["SEG0005", 'unexpected character `\'`: strings use double quotes: "free"']]);
  expect(quoted[0]!.fix?.edits).toEqual([{ range: { start: { line: 0, character: 20 }, end: { line: 0, character: 26 } }, newText: '"free"' }]);
  // a quote left open stays one character's error
  expect(one("segment a = plan != 'free").map((d) => d.message)).toContain('unexpected character `\'`: strings use double quotes: "like this"');
  expect(one("segment b = age <> 3").map((d) => d.message)).toEqual(["unexpected `<>`: write `!=`"]);
  // with a space between, still named
  expect(one("segment b = age < > 3")[0]!.message).toBe('expected a value after `<`, found `>`: "not equal" is written `!=`');
  const the = one("segment c = did login in the last 7 days");
  expect(the.map((d) => d.message)).toEqual(["unexpected `in the`: a window is written `in last 7 days`, without `the`"]);
  expect(the[0]!.fix?.edits).toEqual([{ range: { start: { line: 0, character: 25 }, end: { line: 0, character: 29 } }, newText: "" }]);
});

test("a stray where with no window before it gets no filter hint", () => {
  const m = parse("segment s = age > 3 where x", "t.seg").diagnostics[0]!.message;
  expect(m).not.toContain("filter");
});
