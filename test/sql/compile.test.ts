/**
 * Every IR construct compiles in every dialect of the registry, without a database:
 * deterministic, asOf is parameter 0, values are parameters (select) or literals (views),
 * and BigQuery / Snowflake output parses with node-sql-parser.
 */
import { sql } from "kysely";
import NSP from "node-sql-parser";
import { describe, expect, test } from "vitest";
import {
  compileMembership,
  compileMembershipText,
  compileSegment,
  compileSegmentQuery,
  DialectLimitError,
  dialects,
  getDialect,
  withAsOf,
} from "../../compiler/sql/index.ts";
import { checkProject } from "../../compiler/index.ts";
import type { IRAggregate } from "../../compiler/ir.ts";
import { portableRegex } from "../../compiler/sql/regex.ts";
import { AS_OF, CASES, casesProject, HOSTILE, REGEX_CASES } from "./cases.ts";
import { exampleIR } from "../helpers/example-ir.ts";

const { Parser } = NSP;
const ALL = [...CASES, ...REGEX_CASES];
const ir = casesProject(ALL);
const parsers: Record<string, string> = { bigquery: "bigquery", snowflake: "snowflake" };

describe.each(Object.values(dialects).map((d) => [d.name, d] as const))("%s", (name, dialect) => {
  test.each(ALL.map((c) => [c[0]]))("segment %s: deterministic select with asOf first", (segment) => {
    const a = compileSegmentQuery(ir, segment, dialect, { asOf: AS_OF });
    const b = compileSegmentQuery(structuredClone(ir), segment, dialect, { asOf: AS_OF });
    expect(a).toEqual(b);
    expect(a.parameters[0]).toBe(AS_OF);
    const placeholders = dialect.placeholders === "?" ? a.sql.match(/\?/g) : a.sql.match(/\$\d+/g);
    expect(placeholders?.length, a.sql).toBeGreaterThanOrEqual(a.parameters.length);
  });

  test("views and dbt models have no placeholders and inline escaped values", () => {
    const view = compileSegment(ir, "hostile_equal", dialect, { emit: "view" });
    // a deploy replaces the view the deploy before made
    const name = dialect.quoteIdentifier("hostile_equal");
    const creates = {
      "or replace": `CREATE OR REPLACE VIEW ${name} AS`,
      "or replace, copy grants": `CREATE OR REPLACE VIEW ${name} COPY GRANTS AS`,
      "drop first": `DROP VIEW IF EXISTS ${name};\nCREATE VIEW ${name} AS`,
    }[dialect.replaceView];
    expect(view.startsWith(`-- segment hostile_equal\n${creates}\n`), view).toBe(true);
    // Snowflake drops the grants of a replaced view unless told to copy them
    if (dialect.name === "snowflake") expect(view).toContain("COPY GRANTS AS");
    expect(view.includes(dialect.stringLiteral(HOSTILE)), view).toBe(true);
    const dbt = compileSegment(ir, "recent_login", dialect, { emit: "dbt" });
    // no config(): dbt_project.yml chooses the materialization (a model's own would win)
    expect(dbt.startsWith("-- segment recent_login\n")).toBe(true);
    expect(dbt).not.toContain("config(");
    expect(dbt).toContain("{% if var('as_of', none) %}");
    for (const text of [view, dbt]) expect(text).not.toMatch(/\$\d|\?/);
  });

  test("text outputs keep as_of as the one placeholder", () => {
    const text = compileMembershipText(ir, dialect);
    const count = dialect.placeholders === "?" ? text.split("?").length - 1 : (text.match(/\$1\b/g) ?? []).length;
    expect(count).toBe(2); // the header comment and the seg_params CTE
    expect(text).not.toMatch(/\$2/);
  });

  test("membership: shared aggregation passes, one column per segment", () => {
    const q = compileMembership(ir, dialect, { asOf: AS_OF });
    // The plain aggregates: one shared pass, or (Dialect.aggregateBranchPerEvent) one pass
    // per event name computing all of that event's aggregates — never one per aggregate.
    // First/last values are plain aggregates too where the dialect has one aggregate for them.
    const ranked = (a: IRAggregate): boolean => a.kind === "events" && (a.fn === "firstValue" || a.fn === "lastValue");
    const plainEvents = new Set(
      ir.aggregates.flatMap((a) => (a.kind === "events" && (!ranked(a) || dialect.extremeValue) ? [a.select.event] : [])),
    );
    const passes = dialect.aggregateBranchPerEvent ? plainEvents.size : 1;
    expect(plainEvents.size).toBeGreaterThan(1);
    expect(q.sql.match(/seg_aggregates(_\d+)?["`]? AS \(/g)).toHaveLength(passes);
    // Grouped passes: the plain aggregates, the first/last values (without
    // Dialect.extremeValue or Dialect.rankedValueByRowNumber: their times, then their values,
    // over their own events only) and one per sequence (its events' instants).
    expect(ir.aggregates.some(ranked)).toBe(true);
    const byRowNumber = !dialect.extremeValue && dialect.rankedValueByRowNumber;
    const rankedPasses = dialect.extremeValue || byRowNumber ? 0 : 2;
    const sequences = ir.aggregates.filter((a) => a.kind === "sequence").length;
    expect(sequences).toBeGreaterThan(0);
    // A sequence by time buckets (Dialect.sequenceTimeBucket) groups once per step after the
    // first (the buckets of the step before, or of the negated step's events).
    const sequenceGroups = ir.aggregates
      .filter((a) => a.kind === "sequence")
      .reduce((n, a) => n + (dialect.sequenceTimeBucket ? a.steps.length - 1 : 1), 0);
    expect(q.sql.match(/GROUP BY/g)).toHaveLength(passes + rankedPasses + sequenceGroups);
    expect(q.sql.match(/seg_ranked_aggregates["`]? AS \(/g) ?? []).toHaveLength(rankedPasses / 2);
    // By row number: one ROW_NUMBER() pass per first/last value, each over its own events.
    const rankedValues = ir.aggregates.filter(ranked).length;
    expect(q.sql.match(/seg_ranked_\d+["`]? AS \(/g) ?? []).toHaveLength(byRowNumber ? rankedValues : 0);
    expect(q.sql.match(/ROW_NUMBER\(\)/g) ?? []).toHaveLength(byRowNumber ? rankedValues : 0);
    // Each events CTE of the plain aggregates is read once (engines inline it).
    expect(q.sql.match(/seg_events(_\d+)?["`]? AS ["`]?ev/g)).toHaveLength(passes);
    for (const [segment] of ALL) expect(q.sql).toContain(`seg_${segment}`);
    expect(withAsOf(q, null).parameters[0]).toBeNull();
    expect(withAsOf(q, "2024-01-01").parameters[0]).toBe("2024-01-01T00:00:00.000Z");
  });

  test("tables derived from events are keyed by a digest of string keys where the dialect digests keys", () => {
    // compared without whitespace: the text is formatted
    const flat = (t: string): string => t.replace(/\s+/g, "");
    const text = flat(compileMembership(ir, dialect, { asOf: AS_OF }).sql);
    const id = dialect.quoteIdentifier;
    const count = (part: string): number => text.split(flat(part)).length - 1;
    const scans = count(`${id("events")} AS ${id("e")}`);
    // BigQuery: CTE names bare. Sequence buckets join each other, not the entity table.
    const joins = text.match(/LEFTJOIN[`"]?seg_(?!sequence_\d+_buckets)/g)?.length ?? 0;
    const lookups = count(`IN (SELECT ${id("sq")}`);
    expect(scans).toBeGreaterThan(1);
    expect(joins).toBeGreaterThan(0);
    expect(lookups).toBeGreaterThan(0);
    // digested, or else compared exactly (Dialect.exactText)
    const digest = (table: string, column: string): string => {
      const ref = sql.raw(`${id(table)}.${id(column)}`);
      const key = dialect.keyDigest ? dialect.keyDigest(ref) : dialect.exactText ? dialect.exactText(ref) : ref;
      return key.compile(dialect.kysely).sql;
    };
    // every event scan keys its rows by the (digested) entity column …
    expect(count(`${digest("e", "user_id")} AS ${id("entity_key")}`)).toBe(scans);
    // … and every join and lookup from the entity table matches the (digested) key
    expect(count(`= ${digest("ent", "id")}`)).toBe(joins);
    expect(count(`${digest("ent", "id")} IN (SELECT`)).toBe(lookups);
    // numbers are compact and indexable everywhere: never digested
    expect(compileMembership(numericKeys, dialect).sql).not.toMatch(/SHA|MD5/);
  });

  test("active days: a bitmask for windows of at most 62 days where the dialect has one, else COUNT(DISTINCT)", () => {
    const flat = (segment: string): string => compileSegmentQuery(ir, segment, dialect, { asOf: AS_OF }).sql.replace(/\s+/g, " ");
    const bitmask = /BIT_OR\(/i;
    const distinctDays = /COUNT\( ?DISTINCT/i;
    // 7 and 62 days: bits 0–62
    for (const segment of ["active_3_days", "active_3_days_in_62"]) {
      const text = flat(segment);
      expect(bitmask.test(text), text).toBe(dialect.dayBitmask !== undefined);
      expect(distinctDays.test(text), text).toBe(dialect.dayBitmask === undefined);
    }
    // 63 days would need bit 63
    const longer = flat("active_3_days_in_63");
    expect(bitmask.test(longer), longer).toBe(false);
    expect(distinctDays.test(longer), longer).toBe(true);
  });

  test("literal escaping", () => {
    for (const s of ["it's", 'a"b', "back\\slash", "--;", "😀", "x".repeat(5000)]) {
      const lit = dialect.stringLiteral(s);
      expect(lit.length).toBeGreaterThan(s.length);
    }
    // No line break inside a literal: converting a SQL file's line endings (git's autocrlf on
    // a dbt model, an editor) would change the value.
    for (const s of ["a\r\nb", "\n", "x\ry"]) expect(dialect.stringLiteral(s), JSON.stringify(s)).not.toMatch(/[\r\n]/);
    expect(dialect.numberLiteral(-1.5)).toBe("(-1.5)");
    expect(() => dialect.numberLiteral(Number.NaN)).toThrow();
    // BigQuery names hold no backtick: refused as a limit of the dialect, not written.
    expect(dialect.quoteIdentifier(name === "bigquery" ? 'we"ird\\name' : 'we"ird`name')).toMatch(/we.*ird.*name/);
    if (name === "bigquery") expect(() => dialect.quoteIdentifier("a`b")).toThrow(DialectLimitError);
  });

  test.runIf(name in parsers)("output parses with node-sql-parser", () => {
    const parser = new Parser();
    const failures: string[] = [];
    for (const [segment] of ALL) {
      const text = compileSegment(ir, segment, dialect, { emit: "select" }).replace(/^--.*\n/gm, "").replace("?", "NULL");
      try {
        parser.astify(parserCanRead(text, name), { database: parsers[name] });
      } catch (e) {
        failures.push(`${segment}: ${(e as Error).message.slice(0, 200)}\n${text}`);
      }
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
});

/**
 * node-sql-parser 5.4's Snowflake grammar lacks the sliding frame `ROWS BETWEEN UNBOUNDED
 * PRECEDING AND n PRECEDING`, which Snowflake documents (window frame syntax, "sliding
 * frames") and the sequences use. Only that frame is swapped for one the parser knows, so
 * everything else is still checked.
 */
const numericKeys = checkProject([
  {
    path: "/numeric/keys.seg",
    text: `
entity shop {
  table "shops"
  key id: number
}
events of shop {
  table "shop_events"
  user column "shop_id"
  time column "at"
  name column "kind"
  event order { amount: number }
  event refund
}
segment busy of shop = count(order in last 7 days) >= 3
segment refunded_after_order of shop = did order then refund within 2 days
`,
  },
]).ir;

function parserCanRead(text: string, dialect: string): string {
  if (dialect !== "snowflake") return text;
  return text.replace(/ROWS\s+BETWEEN\s+UNBOUNDED\s+PRECEDING\s+AND\s+1\s+PRECEDING/g, "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW");
}

test("getDialect lists the known names in its error", () => {
  expect(getDialect("mariadb").name).toBe("mysql");
  expect(() => getDialect("oracle")).toThrow(/sqlite, postgres, duckdb, mysql, bigquery, snowflake/);
});

test("portable regex: ASCII classes, dot excludes newline", () => {
  expect(portableRegex("\\d+\\.[\\w-]")).toBe("[0-9]+\\.[A-Za-z0-9_-]");
  expect(portableRegex("a.b")).toBe("a[^\n]b");
  expect(portableRegex("[.]")).toBe("[.]");
});

test("portable regex: `$` is the engine's end of text; `[$]` and `\\$` stay literal", () => {
  expect(portableRegex("a$|[$]\\$", "\\z")).toBe("a\\z|[$]\\$");
  expect(portableRegex("a$")).toBe("a$");
  expect(getDialect("mysql").regexEndOfText).toBe("\\z");
});

describe("dbt models reading their tables through source()", () => {
  const example = exampleIR();
  const SOURCE = /\{\{ source\('([^']*)', '([^']*)'\) \}\}/g;
  test.each(Object.values(dialects).map((d) => [d.name, d] as const))("%s: every schema.table read is a source(), and nothing else changes", (_name, dialect) => {
    for (const segment of example.segments.map((s) => s.name)) {
      const plain = compileSegment(example, segment, dialect, { emit: "dbt" });
      const sourced = compileSegment(example, segment, dialect, { emit: "dbt", dbtSources: true });
      expect(sourced).toMatch(SOURCE);
      // the same model once each source() is the table's quoted name again
      const quoted = (schema: string, table: string): string => sql`${sql.id(schema, table)}`.compile(dialect.kysely).sql;
      expect(sourced.replace(SOURCE, (_m, schema: string, table: string) => quoted(schema, table))).toBe(plain);
    }
  });

  test("placeholders never meet the project's own text (a string or a name spelt like one)", () => {
    const text = `entity user {\n  table "analytics.users"\n  key id: string\n  name: string\n  seg_dbt_source_1_: string\n}\nsegment a = name == "from seg_dbt_source_1_ seg_dbt_as_of x" or seg_dbt_source_1_ == "y"\n`;
    const { ir: odd, diagnostics } = checkProject([{ path: "p.seg", text }]);
    expect(diagnostics).toEqual([]);
    for (const dialect of Object.values(dialects)) {
      const model = compileSegment(odd, "a", dialect, { emit: "dbt", dbtSources: true });
      expect(model).toContain(dialect.stringLiteral("from seg_dbt_source_1_ seg_dbt_as_of x"));
      expect(model).toContain("seg_dbt_source_1_");
      expect(model.match(/\{\{ source\(/g)).toHaveLength(1);
      expect(model).toContain("{% if var('as_of', none) %}");
    }
  });

  test("names are Jinja string literals: quotes and backslashes escaped", () => {
    const odd = exampleIR();
    odd.eventSources[0]!.table = ["it's", "ev\\ents"];
    const text = compileSegment(odd, "churned", getDialect("postgres"), { emit: "dbt", dbtSources: true });
    expect(text).toContain("{{ source('it\\'s', 'ev\\\\ents') }}");
    expect(text).toContain("{{ source('analytics', 'users') }}");
  });
});

test("a segment's SQL does not depend on the rest of the project (internal names are numbered per segment)", () => {
  const schema = `entity user { table "users" key id: string  plan: string }
events of user { table "events" event login event purchase { amount: number } event signup }`;
  const segments = `segment loyal = did login on at least 3 days in last 30 days and sum(purchase.amount) > 10
segment funnel = did signup then purchase within 7 days and in loyal`;
  const other = `segment first = count(purchase) > 2 and did signup then login within 1 day and max(purchase.amount) > 1`;
  const alone = checkProject([
    { path: "/p/schema.seg", text: schema },
    { path: "/p/z.seg", text: segments },
  ]).ir;
  // another segment, with aggregates and a sequence of its own, in a file read first
  const crowded = checkProject([
    { path: "/p/schema.seg", text: schema },
    { path: "/p/a.seg", text: other },
    { path: "/p/z.seg", text: segments },
  ]).ir;
  expect(crowded.aggregates.length).toBeGreaterThan(alone.aggregates.length);
  for (const dialect of Object.values(dialects)) {
    for (const emit of ["select", "view", "dbt"] as const) {
      expect(compileSegment(crowded, "funnel", dialect, { emit }), `${dialect.name} ${emit}`).toBe(compileSegment(alone, "funnel", dialect, { emit }));
    }
    expect(compileSegmentQuery(crowded, "loyal", dialect, { asOf: AS_OF })).toEqual(compileSegmentQuery(alone, "loyal", dialect, { asOf: AS_OF }));
  }
});
