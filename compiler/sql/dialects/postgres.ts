/**
 * PostgreSQL (12+). Time values are timestamptz; a native column may be timestamptz or a
 * timestamp holding UTC (the session time zone must then be UTC). Strings compare with
 * `COLLATE "C"` (code point order for UTF-8 databases).
 */
import { PostgresAdapter, PostgresQueryCompiler, sql } from "kysely";
import {
  ASCII_LOWER,
  ASCII_UPPER,
  booleanFromWords,
  DialectLimitError,
  isoTextParts,
  raw,
  renderNumber,
  standardString,
  wrapDoubling,
  type Dialect,
  type JsonValueType,
  type Sql,
  unixTimeInRange,
  splicedString,
} from "../dialect.ts";
import { compileOnlyKysely } from "./kysely.ts";
import { EXACT_INTEGER_LIMIT, ISO_TIME_PATTERN, JSON_NUMBER_PATTERN } from "../../json-values.ts";

function interval(ms: number): string {
  return `INTERVAL '${Math.abs(ms)} milliseconds'`;
}

function pgString(value: string): string {
  if (value.includes("\u0000")) throw new DialectLimitError("PostgreSQL text cannot contain the NUL character (U+0000)");
  return splicedString(value, standardString, "chr");
}

/** The UTC calendar day of a time value (also the days a dayBitmask bit counts back). */
function utcDay(t: Sql): Sql {
  return sql`CAST(timezone('UTC', ${t}) AS DATE)`;
}

/**
 * A numeric (jsonb number or text of one) as a double: the cast stops on values beyond the
 * doubles (`1e400` is valid JSON), which are missing, and below the smallest one, which
 * are 0 as in JavaScript. The usual value takes the first branch: one abs, one cast.
 */
const double = (numeric: Sql, value: Sql): Sql =>
  sql`(CASE WHEN abs(${numeric}) BETWEEN 2.4703282292062328e-324 AND 1.7976931348623157e308 THEN CAST(${value} AS DOUBLE PRECISION) WHEN abs(${numeric}) < 2.4703282292062328e-324 THEN 0 END)`;

/**
 * Dialect.numberColumn: a column of any number type as a double. Compared with the bounds,
 * not through abs(), which overflows on the smallest int4 / int8; beyond the doubles (a
 * `numeric`, or ±Infinity and NaN of a double column) missing, as in JavaScript. Below the
 * smallest double a `numeric` is 0 (the cast would fail); the test is in numeric, since the
 * bound as a double rounds up to 5e-324, a double's own value (the cast only for tiny
 * values: a numeric cast of every double costs 7x).
 */
const numberColumn = (v: Sql): Sql =>
  sql`(CASE WHEN ${v} BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308 THEN CASE WHEN ${v} <> 0 AND ${v} > -1e-300 AND ${v} < 1e-300 AND CAST(${v} AS NUMERIC) BETWEEN -2.4703282292062328e-324 AND 2.4703282292062328e-324 THEN 0 ELSE CAST(${v} AS DOUBLE PRECISION) END END)`;

/** Dialect.jsonProperty: jsonb_typeof tells the kinds apart; a jsonb number is a numeric. */
function jsonProperty(json: Sql, key: string, type: JsonValueType): Sql {
  const k = raw(pgString(key));
  const value = sql`(CAST(${json} AS JSONB) -> ${k})`;
  const text = sql`(CAST(${json} AS JSONB) ->> ${k})`;
  const number = sql`CAST(${value} AS NUMERIC)`;
  switch (type) {
    case "text":
      return text;
    case "number":
      return sql`(CASE jsonb_typeof(${value}) WHEN 'number' THEN ${double(number, value)} WHEN 'string' THEN CASE WHEN ${text} ~ ${raw(pgString(JSON_NUMBER_PATTERN))} THEN ${double(sql`CAST(${text} AS NUMERIC)`, text)} END END)`;
    case "string":
      return sql`(CASE jsonb_typeof(${value}) WHEN 'string' THEN ${text} WHEN 'boolean' THEN ${text} WHEN 'number' THEN CASE WHEN ${number} = trunc(${number}) AND abs(${number}) < ${raw(String(EXACT_INTEGER_LIMIT))} THEN CAST(CAST(${number} AS BIGINT) AS TEXT) END END)`;
    case "boolean":
      return sql`(CASE jsonb_typeof(${value}) WHEN 'boolean' THEN CAST(${text} AS BOOLEAN) WHEN 'number' THEN ${number} <> 0 WHEN 'string' THEN ${booleanFromWords(sql`lower(${text})`, "TRUE", "FALSE")} END)`;
    case "list":
      return sql`(CASE WHEN jsonb_typeof(${value}) = 'array' THEN ${value} END)`;
  }
}

/**
 * Dialect.isoTextTime: the shape checked by ISO_TIME_PATTERN; the zone is what follows the
 * digits of the time; the rest is read as a UTC timestamp, its fraction cut to milliseconds.
 */
function isoTextTime(text: Sql): Sql {
  const { local, offsetMinutes } = isoTextParts(text, sql`ltrim(substr(${text}, 17), '0123456789:.')`, "INTEGER");
  return sql`(CASE WHEN ${text} ~ ${raw(pgString(ISO_TIME_PATTERN))} THEN (CAST(${local} AS TIMESTAMP) AT TIME ZONE 'UTC') - ${offsetMinutes} * INTERVAL '1 minute' END)`;
}

export const postgresDialect: Dialect = {
  name: "postgres",
  title: "PostgreSQL",
  formatterLanguage: "postgresql",
  placeholders: "$n",
  replaceView: "or replace",
  viewsReadOtherSchemas: true,
  kysely: compileOnlyKysely(() => new PostgresQueryCompiler(), () => new PostgresAdapter()),

  quoteIdentifier: (name) => wrapDoubling(name, '"'),
  stringLiteral: pgString,
  numberLiteral: renderNumber,
  booleanLiteral: (b) => (b ? "TRUE" : "FALSE"),

  isoToTime: (iso) => sql`CAST(${iso} AS TIMESTAMPTZ)`,
  // The cast of a text that no engine reads as a time: its error names the as_of given.
  notATime: (text) => sql`CAST('seg: as_of is no ISO-8601 time: ' || ${text} AS TIMESTAMPTZ)`,
  now: () => sql`CURRENT_TIMESTAMP`,
  timeColumn(column, storage) {
    switch (storage) {
      case "native":
        return column;
      case "unix_seconds":
        return unixTimeInRange(column, storage, (v) => sql`to_timestamp(${v})`);
      case "unix_millis":
        // Whole seconds, then the milliseconds: to_timestamp(v / 1000.0) computes in a double, a
        // microsecond off past the year 4253.
        return unixTimeInRange(column, storage, (v) => sql`(to_timestamp(floor(${v} / 1000.0)) + (${v} - floor(${v} / 1000.0) * 1000) * INTERVAL '1 millisecond')`);
      case "iso_text":
        return isoTextTime(sql`CAST(${column} AS TEXT)`);
    }
  },
  addMs: (t, ms) => (ms >= 0 ? sql`(${t} + ${raw(interval(ms))})` : sql`(${t} - ${raw(interval(ms))})`),
  utcDay,
  utcWeek: (t) => sql`CAST(date_trunc('week', timezone('UTC', ${t})) AS DATE)`,
  daysBetween: (from, to) =>
    sql`CAST(floor((EXTRACT(EPOCH FROM ${to}) - EXTRACT(EPOCH FROM ${from})) / 86400) AS DOUBLE PRECISION)`,
  epochMs: (t) => sql`CAST(EXTRACT(EPOCH FROM ${t}) * 1000 AS DOUBLE PRECISION)`,

  jsonProperty,
  isoTextTime,
  listValue: (list) => sql`(CASE WHEN jsonb_typeof(CAST(${list} AS JSONB)) = 'array' THEN CAST(${list} AS JSONB) END)`,
  // jsonb containment is by kind: `["1"]` contains no string "1". Numbers are compared as
  // doubles, element by element: containment compares jsonb's exact numerics, where
  // 9007199254740993 is no 9007199254740992 (JSON's numbers are doubles to JavaScript too).
  listContains: (list, value, element) =>
    element === "string"
      ? sql`(CAST(${list} AS JSONB) @> jsonb_build_array(CAST(${value} AS TEXT)))`
      : sql`EXISTS (SELECT 1 FROM jsonb_array_elements(CAST(${list} AS JSONB)) AS seg_element(v) WHERE jsonb_typeof(seg_element.v) = 'number' AND ${double(sql`CAST(seg_element.v AS NUMERIC)`, sql`seg_element.v`)} = ${value})`,

  binaryString: (v) => sql`(${v} COLLATE "C")`,
  stringValue: (v) => sql`CAST(${v} AS TEXT)`,
  // Keys and event names as text: a uuid key column beside the text columns that refer to
  // it stopped every query (no `uuid = text`, no UNION of the two). On text the cast is a no-op.
  exactText: (v) => sql`CAST(${v} AS TEXT)`,
  asciiLower: (v) => sql`translate(${v}, ${raw(`'${ASCII_UPPER}'`)}, ${raw(`'${ASCII_LOWER}'`)})`,
  // COLLATE "C": a column with a nondeterministic collation (ICU, case-insensitive) would
  // refuse substring searches and regexes, and compare the suffix case-insensitively.
  contains: (a, b) => sql`(strpos((${a} COLLATE "C"), ${b}) > 0)`,
  startsWith: (a, b) => sql`starts_with((${a} COLLATE "C"), ${b})`,
  endsWith: (a, b) => sql`(right((${a} COLLATE "C"), length(${b})) = ${b})`,
  regexMatch: (v, p) => sql`((${v} COLLATE "C") ~ ${p})`,

  toDouble: (v) => sql`CAST(${v} AS DOUBLE PRECISION)`,
  // float8 → numeric keeps 15 significant digits (DBL_DIG), rounded from the exact value
  roundSignificant: (v) => sql`CAST(CAST(${v} AS NUMERIC) AS DOUBLE PRECISION)`,
  numberColumn,
  booleanColumn: (c) => sql`COALESCE(${c}, FALSE)`,
  typedNull: (type) => {
    const t = { string: "TEXT", number: "DOUBLE PRECISION", boolean: "BOOLEAN", timestamp: "TIMESTAMPTZ", list: "JSONB" }[type];
    return sql`CAST(NULL AS ${sql.raw(t)})`;
  },
  materializedCte: true,
  inlineParams: true,
  aggregateFilter: true,
  rankedValueByRowNumber: true,
  aggregateBranchPerEvent: false,
  booleanColumnsHoldNumbers: false,
  nativeListColumns: false,
  stringColumnsHoldNumbers: false,
  dayBitmask: {
    dayBit: (t, asOf) => sql`(CAST(1 AS BIGINT) << (${utcDay(asOf)} - ${utcDay(t)}))`,
    // The set bits of the 64-bit pattern (bit_count needs PostgreSQL 14; this works from 12).
    popCount: (bits) => sql`length(replace(CAST(CAST(${bits} AS BIT(64)) AS TEXT), '0', ''))`,
  },
};
