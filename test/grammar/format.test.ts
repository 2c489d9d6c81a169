import { describe, expect, test } from "vitest";
import { format } from "../../grammar/format.ts";
import { parse } from "../../grammar/index.ts";
import { corpusFiles, stripRanges } from "./util.ts";

/** The AST without ranges and without the `doc` text's position: what formatting must keep. */
const astOf = (text: string): unknown => stripRanges(parse(text, "f.seg").file);
const commentsOf = (text: string): string[] => parse(text, "f.seg").comments.map((c) => c.text.trim());

describe("formatter over the corpus", () => {
  for (const f of corpusFiles()) {
    test(`${f.name}: idempotent, same AST, same comments`, () => {
      const once = format(f.text, f.name);
      expect(once.diagnostics).toEqual([]);
      // parses as it is: recovery from a syntax error could give the same AST
      expect(parse(once.text, f.name).diagnostics).toEqual([]);
      expect(format(once.text, f.name).text).toBe(once.text);
      expect(astOf(once.text)).toEqual(astOf(f.text));
      expect(commentsOf(once.text)).toEqual(commentsOf(f.text));
    });
  }
});

describe("line endings", () => {
  // A lone \r inside a block comment passed for no line break and stayed in the LF output.
  test("CRLF and CR input give the LF output of the LF input, block comments over lines included", () => {
    const sources = [
      `/* top\n   level */\nsegment a = plan == "pro"\n`,
      `segment a {\n  /* inside\n     a body */\n  where plan == "pro"\n}\n`,
      `segment a = plan == "pro" /* trailing\n over lines */\n`,
      `entity user {\n  key id: string\n  /* a\n b */\n  plan: string\n}\n`,
    ];
    for (const src of sources) {
      for (const eol of ["\r\n", "\r"]) {
        const out = format(src.replaceAll("\n", eol)).text;
        expect(out, JSON.stringify(eol) + src).toBe(format(src).text);
        expect(format(out).text).toBe(out);
      }
    }
  });
});

describe("layout", () => {
  // `seg fmt` once joined test-record fields with commas the parser refused.
  test("test records: fields on one line with commas, which parse", () => {
    const src = `test "t" {\n  as of 2024-06-01\n  user a { plan: "pro"  age: 30 }\n  expect a in s\n}\n`;
    const out = format(src).text;
    expect(out).toContain(`  user a { plan: "pro", age: 30 }\n`);
    expect(parse(out, "f.seg").diagnostics).toEqual([]);
    expect(astOf(out)).toEqual(astOf(src));
  });

  // Without it, an event's own time column would take its block's storage.
  test("a time column's `(native)` is kept", () => {
    const src = `events of user {\n  table "e"\n  time column "ts" (iso_text)\n  event a { table "a" time column "created" (native) }\n}\n`;
    const out = format(src).text;
    expect(out).toContain(`time column "created" (native)`);
    expect(astOf(out)).toEqual(astOf(src));
  });

  test("a sequence too long for one line: a line per `then` step, two columns in", () => {
    const src =
      `segment a { where plan == "x" and did add_to_cart where (sku == "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" and sku != "b") ` +
      `then login within 1 day then not purchase within 1 hour in last 7 days }\n`;
    expect(format(src).text).toBe(`segment a {
  where plan == "x"
    and did add_to_cart where (sku == "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" and sku != "b")
      then login within 1 day
      then not purchase within 1 hour in last 7 days
}
`);
    expect(format(`segment b = did login then purchase within 1 day\n`).text).toBe(`segment b = did login then purchase within 1 day\n`);
  });

  test("a `did` too long for one line: its frequency and window on the next", () => {
    const src = `segment s { where did subscription_cancelled where reason contains "price" ignoring case at least 2 times in last 90 days }\n`;
    expect(format(src).text).toBe(`segment s {
  where did subscription_cancelled where reason contains "price" ignoring case
    at least 2 times in last 90 days
}
`);
    expect(astOf(format(src).text)).toEqual(astOf(src));
  });

  test("a const list too long for one line: one item per line", () => {
    const items = Array.from({ length: 12 }, (_, i) => `"country_${i}"`);
    const out = format(`const c = [${items.join(", ")}]\nconst d = ["a", "b"]\n`).text;
    expect(out).toBe(`const c = [\n${items.map((x, i) => `  ${x}${i < 11 ? "," : ""}`).join("\n")}\n]\n\nconst d = ["a", "b"]\n`);
    expect(format(out).text).toBe(out);
  });

  test("2-space indentation, one blank line between declarations, normalized spacing", () => {
    const src = `entity   user{key id:string
      age :number}
segment a=x>1


segment b{where   y==2}`;
    expect(format(src).text).toBe(`entity user {
  key id: string
  age: number
}

segment a = x > 1

segment b { where y == 2 }
`);
  });

  test("more than two top-level conjuncts go one per line, indented under `where`", () => {
    const src = `segment s { owner "g" where a == 1 and b == 2 and c == 3 }`;
    expect(format(src).text).toBe(`segment s {
  owner "g"
  where a == 1
    and b == 2
    and c == 3
}
`);
  });

  test("two short conjuncts stay on one line; a long condition breaks", () => {
    expect(format(`segment s { where a == 1 and b == 2 }`).text).toBe(`segment s { where a == 1 and b == 2 }\n`);
    const long = `segment s { where some_long_attribute_name == "some long value" or other_attribute_name == "another value" }`;
    expect(format(long).text).toBe(`segment s {
  where some_long_attribute_name == "some long value"
    or other_attribute_name == "another value"
}
`);
  });

  test("canonical spelling: units, frequencies, strings; parentheses kept", () => {
    const src = `segment s = did login on 1 days in last 1 days and x < 2 hour and did y at least 1 times and (a or b) and n == "\\u{41}\\u{9}"`;
    expect(format(src).text).toBe(`segment s = did login on at least 1 day in last 1 day
  and x < 2 hours
  and did y at least 1 time
  and (a or b)
  and n == "A\\t"
`);
  });

  test("comments stay in place: leading, trailing, doc, between conditions, in blocks", () => {
    const src = `// header

/// Doc for s.
segment s { // on the brace line
  owner "g" // trailing
  // before where
  where a == 1 // first
    // own line
    and b == 2
    and c == 3
  // at the end
}
entity e {
  name: string /// trailing doc
}
`;
    const out = format(src).text;
    expect(out).toBe(`// header

/// Doc for s.
segment s { // on the brace line
  owner "g" // trailing
  // before where
  where a == 1 // first
    // own line
    and b == 2
    and c == 3
  // at the end
}

entity e {
  name: string /// trailing doc
}
`);
    expect(format(out).text).toBe(out);
    expect(astOf(out)).toEqual(astOf(src));
  });

  test("a comment inside an expression keeps the declaration verbatim", () => {
    const src = `segment s = x == /* why */ 1\nsegment   t = y\n`;
    expect(format(src).text).toBe(`segment s = x == /* why */ 1\n\nsegment t = y\n`);
  });

  test("a file with syntax errors is returned unchanged with its diagnostics", () => {
    const src = `segment s = x ==\nsegment   t = y`;
    const r = format(src);
    expect(r.text).toBe(src);
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });

  test("the did filter and its window keep their meaning", () => {
    for (const src of [
      `segment s = did f where x in c in last 30 days`,
      `segment s = did f where x between 1 and 5 before 2024-01-01`,
      `segment s = did f where x > 1 between 60 days and 30 days ago`,
      `segment s = did f where (t in last 3 days) in last 7 days`,
      `segment s = sum(p.a where c == "USD" and a > 0 in last 90 days) > 1`,
      `segment s = did a then not b within 1 hour in last 7 days on at least 2 days`,
      `segment s = - -x > 1 and not not y`,
    ]) {
      const out = format(src).text;
      expect(astOf(out), out).toEqual(astOf(src));
      expect(format(out).text).toBe(out);
    }
  });
});
