/**
 * One `Dialect` per SQL engine: data plus a few emitters. The compiler (compile.ts) builds
 * every query through these emitters and never asks which dialect it is compiling for.
 *
 * Emitters take and return Kysely `RawBuilder`s (SQL fragments that may carry bound
 * parameters), so a fragment is compiled by the dialect's Kysely query compiler: identifiers
 * are quoted and parameters numbered by Kysely.
 *
 * Time values: every emitter that handles time produces the dialect's *comparable time
 * value*: the engine's timestamp type (PostgreSQL timestamptz, DuckDB/MySQL/Snowflake a
 * naive UTC timestamp, BigQuery TIMESTAMP) or, on SQLite (no timestamp type), an integer
 * number of milliseconds since the epoch. Comparisons and `addMs` work on that value.
 */
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { IRTimestampStorage } from "../ir.ts";
import { BOOLEAN_TEXT, MAX_INSTANT_MS, MIN_INSTANT_MS } from "../json-values.ts";
import { ROUNDED_SUM_MAX, ROUNDED_SUM_MIN } from "../numbers.ts";

/** A SQL fragment (may hold bound parameters). */
export type Sql = RawBuilder<unknown>;

export type DialectName = "sqlite" | "postgres" | "duckdb" | "mysql" | "bigquery" | "snowflake";

/**
 * How jsonProperty reads a value: by the rule for a declared type, or `text`, the value's
 * text whatever its kind (a string unquoted), for a parser such as isoTextTime that
 * accepts no text a non-string could print.
 */
export type JsonValueType = "string" | "number" | "boolean" | "list" | "text";

/**
 * A value of the project that a dialect cannot write (PostgreSQL text cannot hold NUL): the
 * project is valid, and compiles for the other dialects.
 */
export class DialectLimitError extends Error {
  override name = "DialectLimitError";
}

/** Languages of sql-formatter used to pretty-print a dialect's output. */
export type FormatterLanguage = "sqlite" | "postgresql" | "duckdb" | "mysql" | "bigquery" | "snowflake";

/** The database schema type of the compile-only Kysely instances (tables are dynamic). */
export type DynamicDatabase = Record<string, Record<string, unknown>>;

export interface Dialect {
  readonly name: DialectName;
  /** Human name, for docs and messages. */
  readonly title: string;
  /** sql-formatter language for pretty-printing. */
  readonly formatterLanguage: FormatterLanguage;
  /** Whether bound parameters are `?` or `$1`. */
  readonly placeholders: "?" | "$n";
  /**
   * How a view file replaces the view an earlier deploy made: `CREATE OR REPLACE VIEW`;
   * with `COPY GRANTS` (Snowflake, which otherwise drops the privileges granted on the old
   * view); or (SQLite, which has no such statement) `DROP VIEW IF EXISTS` first.
   */
  readonly replaceView: "or replace" | "or replace, copy grants" | "drop first";
  /**
   * Whether a view may read a table of another schema (`analytics.users`): not on SQLite,
   * where a view of the main database cannot read an attached one.
   */
  readonly viewsReadOtherSchemas: boolean;
  /** A Kysely instance with a DummyDriver: compiles, never connects. */
  readonly kysely: Kysely<DynamicDatabase>;

  // Literals (DDL/views, schema constants such as event names and JSON keys).
  quoteIdentifier(name: string): string;
  stringLiteral(value: string): string;
  numberLiteral(value: number): string;
  booleanLiteral(value: boolean): string;

  // Time.
  /**
   * A time literal, UTC `Z` text (the checker normalises them) → time value. The as_of
   * parameter, any offset or none, is read by isoTextTime.
   */
  isoToTime(iso: Sql): Sql;
  /**
   * A time value whose evaluation stops the query with a message naming `text`: where an
   * as_of text is given that is no ISO-8601 time. Absent where a query cannot raise an error
   * (SQLite, MySQL/MariaDB; BigQuery and Snowflake, which may evaluate an error out of order):
   * such text reads as now there.
   */
  notATime?(text: Sql): Sql;
  /** The engine's current instant as a time value (UTC). */
  now(): Sql;
  /** A time column in the given storage → time value. */
  timeColumn(column: Sql, storage: IRTimestampStorage): Sql;
  /** time value + `ms` milliseconds (negative: minus). */
  addMs(time: Sql, ms: number): Sql;
  /** The UTC calendar day of a time value (any type with equality; used for DISTINCT). */
  utcDay(time: Sql): Sql;
  /** The UTC week (weeks start Monday) of a time value. */
  utcWeek(time: Sql): Sql;
  /** floor((to - from) / 86 400 000 ms), a number, exact to the engine's precision (µs). */
  daysBetween(from: Sql, to: Sql): Sql;
  /**
   * A time value → epoch milliseconds as a double, digits below the millisecond kept. The
   * JS loader reads native time columns through it (compiler/js/load.ts), so that both
   * backends see the same instants, exactly as the engine reads them.
   */
  epochMs(time: Sql): Sql;

  // JSON and lists: read by the rule of compiler/json-values.ts, as the JS loader reads them.
  /**
   * Reads `key` of a JSON object column as `type` (jsonPropertyValue): a value of another
   * kind that the rule does not convert (`"abc"` for a number, `12.5` for a string, an
   * array for a boolean), JSON null and absent keys → NULL. Never an error, never 0. A
   * `list` is the JSON array itself, as listValue.
   */
  jsonProperty(json: Sql, key: string, type: JsonValueType): Sql;
  /**
   * Text of ISO_TIME_PATTERN → a time value (UTC unless the text has a zone, fraction cut
   * to milliseconds); any other text → NULL, also dates that do not exist (`2024-02-30`).
   */
  isoTextTime(text: Sql): Sql;
  /** A list column: the JSON array (or native list) it holds, NULL when it holds no array. */
  listValue(list: Sql): Sql;
  /**
   * The list (a listValue) has an element of type `element` equal to `value` (`["1"]` has
   * no number 1); NULL/false when list is NULL.
   */
  listContains(list: Sql, value: Sql, element: "string" | "number"): Sql;

  // Strings.
  /** Wraps a string so that comparisons, IN, MIN/MAX and DISTINCT go by code point. */
  binaryString(value: Sql): Sql;
  /**
   * `a = b` for two string key columns in a relation join, where plain `=` is not exact.
   * MariaDB's PAD SPACE collations say `'a1 ' = 'a1'`: there the plain equality stays
   * first (the engine can still use an index for it) and a byte-wise one follows.
   */
  exactKeyEquals?(a: Sql, b: Sql): Sql;
  /**
   * A stored string (an event table's name column) for `=` and `IN` that compare it
   * exactly, where the column's collation would not: MariaDB and MySQL tables default to
   * case-insensitive, PAD SPACE collations, by which `Login` and `login ` are `login`, and
   * a SQLite column may be declared COLLATE NOCASE. Engines whose plain `=` is always
   * exact leave it out (a wrapper can cost them an index).
   */
  exactText?(value: Sql): Sql;
  /** Maps ASCII A-Z to a-z, leaves every other character as it is. */
  asciiLower(value: Sql): Sql;
  contains(haystack: Sql, needle: Sql): Sql;
  startsWith(value: Sql, prefix: Sql): Sql;
  endsWith(value: Sql, suffix: Sql): Sql;
  /** Unanchored regular-expression search, case-sensitive, code-point based. */
  regexMatch(value: Sql, pattern: Sql): Sql;
  /**
   * How the engine's regex says "the very end of the text", which is what the portable
   * subset's `$` means. Absent: `$`. PCRE and ICU (MariaDB, MySQL) also match `$` before
   * a final newline, so `"a$"` would match `"a\n"` there.
   */
  regexEndOfText?: string;

  // Numbers and booleans.
  /** A number as an IEEE double (avoids integer division). */
  toDouble(value: Sql): Sql;
  /**
   * A double rounded to 15 significant digits (the value of a sum or an average inside
   * compiler/numbers.ts's range: `roundedSum`). Rounding the exact binary value is best;
   * an engine that can only round its shortest decimal form (MariaDB) differs just beside
   * a midpoint.
   */
  roundSignificant(value: Sql): Sql;
  /**
   * A number column's value as a double (default `toDouble`). PostgreSQL guards it: a
   * `numeric` beyond the doubles would stop the query in the cast; it is missing instead.
   */
  numberColumn?(value: Sql): Sql;
  /** A (possibly NULL) condition as a stored two-valued boolean column. */
  booleanColumn(cond: Sql): Sql;
  /**
   * Optional: a column's value (an attribute, an event property with its own column) read
   * as its declared type,
   * for engines that do not hold a column's values to one type (SQLite: a table loaded
   * from CSV holds numbers as text, and text compares greater than every number). As the
   * JavaScript loader reads values: text of a JSON number is that number, `1 0 t f true
   * false` (any case) are booleans, numbers are text for a string; any other value is
   * missing (the JS loader stops on it instead).
   */
  storedValue?(value: Sql, type: "string" | "number" | "boolean"): Sql;
  /**
   * Optional: a stored string column read as a value (an attribute, a property column, the
   * key as a value) as the engine's text type, where a string may be kept in a type that
   * string functions and COLLATE do not take: PostgreSQL's and DuckDB's uuid and enum
   * types. Key columns matched with each other keep their own type.
   */
  stringValue?(value: Sql): Sql;
  /**
   * A NULL of a value type, for UNION ALL branches that lack a column (a property of another
   * event table). Only for engines that type a bare NULL by itself: PostgreSQL resolves
   * `NULL UNION ALL NULL` to text, which then cannot be matched with a double. Default: NULL.
   */
  typedNull?(type: "string" | "number" | "boolean" | "timestamp" | "list"): Sql;

  /**
   * Whether `WITH x AS MATERIALIZED (…)` is accepted. Used for the CTE several sequence
   * steps read, so that it is computed once (an engine that inlines it would scan the event
   * table once per reference).
   */
  readonly materializedCte: boolean;
  /**
   * Whether seg_params (as_of and the window bounds) is written `AS NOT MATERIALIZED`, so
   * the engine inlines it where it is read and filters event scans on it directly (and
   * plans them with the bounds' values) instead of joining each row to a materialised
   * one-row table. Only where the engine's current time is fixed for the whole statement
   * (as_of may be "now") and the syntax exists. PostgreSQL: the plain aggregates at 100k
   * went from 19–23 s to 13–14 s.
   */
  readonly inlineParams: boolean;
  /**
   * Whether aggregates accept `FILTER (WHERE …)` (SQL:2003). Used for the conditional
   * aggregates: the engine skips non-matching rows instead of feeding NULLs from a CASE.
   */
  readonly aggregateFilter: boolean;
  /**
   * Whether the plain event aggregates get one GROUP BY branch per event name (each over
   * only that event's rows, computing all of that event's aggregates) instead of one shared
   * pass evaluating every conditional aggregate on every row. Worth it where a scan filtered
   * on the event column is cheap (columnar: DuckDB); where each branch is another full
   * scan of the table (SQLite, PostgreSQL without an index on the event column) one pass is
   * faster.
   */
  readonly aggregateBranchPerEvent: boolean;
  /**
   * Whether a boolean column may hold numbers, read as 0 false and any other true
   * (MariaDB's BOOLEAN is TINYINT; DuckDB compares numbers with TRUE, SQLite stores no
   * booleans): read as `x <> 0` (`columnValue`; SQLite by storedValue), since `x = TRUE`
   * is `x = 1` there and missed 2 and -1; and a number column may hold booleans, read as 1
   * and 0. Where false, `seg run` stops on such a column before the query (PostgreSQL
   * compares no integer with a boolean).
   */
  readonly booleanColumnsHoldNumbers: boolean;
  /**
   * Whether a list column may be the engine's own array type (DuckDB's `VARCHAR[]`), not
   * only JSON; where false, `seg run` stops on such a column before the query.
   */
  readonly nativeListColumns: boolean;
  /**
   * Whether a string attribute's column may hold numbers or times, compared by their text
   * (MariaDB, SQLite); where false, `seg run` stops on such a column before the query
   * (PostgreSQL and DuckDB collate only text).
   */
  readonly stringColumnsHoldNumbers: boolean;
  /**
   * First/last values (where there is no Dialect.extremeValue) as one ROW_NUMBER() pass per
   * value over that value's own events, keeping each entity's first row, instead of the
   * extreme times per entity (a GROUP BY) joined back to the events and grouped again.
   * Faster where window functions are (SQLite, PostgreSQL); MariaDB's were 10x slower than
   * its GROUP BY on the same rows.
   */
  readonly rankedValueByRowNumber: boolean;
  /**
   * `first(e.p)` / `last(e.p)` as one aggregate, where the engine has one: `value` at the
   * row with the earliest (`first`) / latest (`last`) `time` among the rows where `when`
   * holds (all rows when undefined); among rows at that time the smallest (`first`) /
   * largest (`last`) value, a missing value losing every tie; NULL without rows. Where
   * undefined, the compiler finds the extreme times first and joins the events back to
   * them (the first/last-value events are read twice).
   */
  extremeValue?(fn: "first" | "last", value: Sql, time: Sql, when: Sql | undefined): Sql;
  /**
   * A fixed-size digest of a string entity key, for engines that handle long string keys
   * badly inside a query. Where defined, the tables the query derives from events
   * (aggregates, first/last values, sequence steps and members) are keyed by the digest of
   * the event's entity column, and the entity table is matched to them by the digest of its
   * key. It must be collision-free in practice (a cryptographic hash): two keys with one
   * digest would be one entity. MariaDB keeps a TEXT column of a derived table on disk and
   * cannot index it: it joined two of them by nested loops, quadratic in the number of
   * entities, and sorted the sequence steps' rows by row id from disk.
   */
  keyDigest?(key: Sql): Sql;
  /**
   * Optional: evaluate sequences by time buckets (hash aggregates and joins) instead of
   * window functions over each entity's sorted instants. `floor(time in ms / widthMs)` as an
   * exact integer, also before 1970 (widthMs > 0).
   */
  sequenceTimeBucket?(time: Sql, widthMs: number): Sql;
  /**
   * Optional: active days as a bitmask instead of COUNT(DISTINCT day), for windows that start
   * at most ACTIVE_DAY_BITS − 1 days before as_of (events are never later than as_of, so an
   * event's day is 0–62 days before as_of's). The aggregate is BIT_OR(dayBit(t, as_of)) over
   * the matching rows, counted with popCount. BIT_OR is an ordinary aggregate: PostgreSQL can
   * then hash and aggregate the shared pass in parallel, which it cannot with COUNT(DISTINCT).
   */
  dayBitmask?: {
    /**
     * `1 << (UTC day of asOf − UTC day of time)` as a 64-bit integer. It may be evaluated for
     * rows outside the window too (which the aggregate then drops), so it must not fail for
     * any day ≥ 0.
     */
    dayBit(time: Sql, asOf: Sql): Sql;
    /** The number of set bits of a BIT_OR result (NULL for no rows may stay NULL). */
    popCount(bits: Sql): Sql;
  };
}

/** Days before as_of's day that Dialect.dayBitmask can count: bits 0–62 of a signed 64-bit integer. */
export const ACTIVE_DAY_BITS = 63;

// ---------------------------------------------------------------------------------------
// Shared helpers for the dialect files

/** Renders a finite JS number as a SQL numeric literal (negative in parentheses). */
export function renderNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot render the number ${value} in SQL`);
  const text = Object.is(value, -0) ? "0" : String(value);
  return value < 0 ? `(${text})` : text;
}

/** Doubles `quote` inside `text` and wraps it. */
export function wrapDoubling(text: string, quote: string): string {
  return quote + text.split(quote).join(quote + quote) + quote;
}

/** `'…'` with `'` doubled (standard SQL). */
export function standardString(value: string): string {
  return wrapDoubling(value, "'");
}

/**
 * `quote(value)`, with each NUL, CR and LF spliced in by the engine's character function
 * (`('a' || chr(13) || 'b')`): no line break inside a literal, so converting the line
 * endings of a file of SQL (git's autocrlf on a dbt model, an editor) cannot change a
 * value, and some parsers end a literal at NUL.
 */
export function splicedString(value: string, quote: (part: string) => string, chr: string): string {
  if (!/[\u0000\r\n]/.test(value)) return quote(value);
  const parts = value.split(/([\u0000\r\n])/).filter((part) => part !== "");
  return "(" + parts.map((part) => (/^[\u0000\r\n]$/.test(part) ? `${chr}(${part.charCodeAt(0)})` : quote(part))).join(" || ") + ")";
}

/** The raw SQL text of a literal. */
export function raw(text: string): Sql {
  return sql.raw(text);
}

/** ASCII A-Z / a-z as strings, for translate()-style lower-casing. */
export const ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz";

/** A view's statement(s), replacing the view a deploy before made (Dialect.replaceView). */
export function createView(d: Pick<Dialect, "quoteIdentifier" | "replaceView">, name: string[], select: string): string {
  const quoted = name.map((p) => d.quoteIdentifier(p)).join(".");
  switch (d.replaceView) {
    case "or replace":
      return `CREATE OR REPLACE VIEW ${quoted} AS\n${select}`;
    case "or replace, copy grants":
      return `CREATE OR REPLACE VIEW ${quoted} COPY GRANTS AS\n${select}`;
    case "drop first":
      return `DROP VIEW IF EXISTS ${quoted};\nCREATE VIEW ${quoted} AS\n${select}`;
  }
}

/**
 * `CASE lowered WHEN '1' THEN yes … WHEN 'false' THEN no [ELSE otherwise] END`: a boolean
 * from text by the words of BOOLEAN_TEXT (compiler/json-values.ts), which the JS loader
 * reads by; `lowered` is the text already lower-cased, `yes` / `no` the dialect's literals.
 */
export function booleanFromWords(lowered: Sql, yes: string, no: string, otherwise?: Sql): Sql {
  const whens = [...BOOLEAN_TEXT].map(([word, value]) => `WHEN '${word}' THEN ${value ? yes : no}`).join(" ");
  return otherwise === undefined ? sql`CASE ${lowered} ${raw(whens)} END` : sql`CASE ${lowered} ${raw(whens)} ELSE ${otherwise} END`;
}

/**
 * A unix time (`value`, seconds or milliseconds) converted by `time` when it is an instant
 * every engine stores, else NULL (json-values' unixTimeMs): beyond them PostgreSQL, DuckDB
 * and MariaDB stop the query or read NULL, and SQLite reads another year.
 */
export function unixTimeInRange(value: Sql, storage: "unix_seconds" | "unix_millis", time: (value: Sql) => Sql): Sql {
  const scale = storage === "unix_seconds" ? 1000 : 1;
  return sql`(CASE WHEN ${value} >= ${raw(String(MIN_INSTANT_MS / scale))} AND ${value} <= ${raw(String(MAX_INSTANT_MS / scale))} THEN ${time(value)} END)`;
}

/**
 * The scale (digits after the point) that keeps 15 significant digits of `v`, for
 * dialects that round by ROUND(v, scale). The exponent is FLOOR(LOG10(|v|)), corrected by
 * one where the logarithm rounds across an integer (999999999.9999987 gives exactly 9).
 */
export function significantScale(v: Sql, log10: (x: Sql) => Sql, pow: "POW" | "POWER"): Sql {
  const a = sql`ABS(${v})`;
  const e = sql`FLOOR(${log10(a)})`;
  const p = raw(pow);
  return sql`(14 - ${e} + (CASE WHEN ${a} < ${p}(10, ${e}) THEN 1 WHEN ${a} >= ${p}(10, ${e} + 1) THEN -1 ELSE 0 END))`;
}

/**
 * The value of a sum or an average as every backend gives it (compiler/numbers.ts): rounded
 * to 15 significant digits inside the range, else as added.
 */
export function roundedSum(d: Pick<Dialect, "roundSignificant">, value: Sql): Sql {
  return sql`(CASE WHEN ABS(${value}) >= ${raw(String(ROUNDED_SUM_MIN))} AND ABS(${value}) < ${raw(String(ROUNDED_SUM_MAX))} THEN ${d.roundSignificant(value)} ELSE ${value} END)`;
}

/**
 * The two parts of Dialect.isoTextTime's input, text already checked against
 * ISO_TIME_PATTERN, given its `zone`: what follows the time (`Z`, `+HH:MM`, `+HHMM`, `+HH`,
 * `-…`, or ''), which each dialect finds its own way. `local` is the rest with the
 * fraction cut to milliseconds (23 characters), `offsetMinutes` the zone east of UTC.
 * Functions every dialect has (substr, length, replace, NULLIF, COALESCE); `intType` is
 * the dialect's name for an integer cast.
 */
export function isoTextParts(text: Sql, zone: Sql, intType: string): { local: Sql; offsetMinutes: Sql } {
  const int = (v: Sql): Sql => sql`COALESCE(CAST(NULLIF(${v}, '') AS ${raw(intType)}), 0)`;
  const minutes = sql`(${int(sql`substr(${zone}, 2, 2)`)} * 60 + ${int(sql`substr(replace(${zone}, ':', ''), 4, 2)`)})`;
  return {
    local: sql`substr(substr(${text}, 1, length(${text}) - length(${zone})), 1, 23)`,
    offsetMinutes: sql`(CASE WHEN ${zone} IN ('', 'Z') THEN 0 WHEN substr(${zone}, 1, 1) = '-' THEN -${minutes} ELSE ${minutes} END)`,
  };
}

export const MS_PER_DAY = 86_400_000;
