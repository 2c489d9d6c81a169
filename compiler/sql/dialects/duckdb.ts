/**
 * DuckDB (1.x, through kysely-duckdb's query compiler). Time values are naive TIMESTAMPs
 * holding UTC; strings compare by code point by default; regexes are RE2.
 */
import { DuckDbDialect } from "kysely-duckdb";
import type { Dialect as KyselyDialect, QueryCompiler } from "kysely";
import { sql } from "kysely";
import {
  ASCII_LOWER,
  ASCII_UPPER,
  booleanFromWords,
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
import { quotedJsonPath } from "./sqlite.ts";
import { EXACT_INTEGER_LIMIT, ISO_TIME_PATTERN, JSON_NUMBER_PATTERN } from "../../json-values.ts";

// kysely-duckdb's Dialect type does not line up under NodeNext (TOOLCHAIN.md): cast.
// Its query compiler never touches the database, so a config without one is enough.
const duck = new DuckDbDialect({} as ConstructorParameters<typeof DuckDbDialect>[0]) as unknown as KyselyDialect;

/** `'…'` with `'` doubled; a NUL (which ends a literal in DuckDB's parser), CR and LF are spliced in with chr(). */
function duckString(value: string): string {
  return splicedString(value, standardString, "chr");
}

function interval(ms: number): string {
  return `INTERVAL '${Math.abs(ms)} milliseconds'`;
}

/** The UTC calendar day of a (naive UTC) time value (also the days a dayBitmask bit counts back). */
function utcDay(t: Sql): Sql {
  return sql`CAST(${t} AS DATE)`;
}

/** json_type of a JSON number. */
const NUMBER_KINDS = "('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')";

/**
 * Dialect.jsonProperty. Most values are what `->>` gives, and `->>` is what costs least: a
 * number is text that is a JSON number (the text `->>` gives a JSON number is one), a
 * boolean one of the words. json_type, which costs another lookup per row, is asked only
 * where the text does not tell: a string property whose text could be a number, array or
 * object (the JSON string "12.5" is a string, the number 12.5 none), a number for a boolean.
 */
function jsonProperty(json: Sql, key: string, type: JsonValueType): Sql {
  const path = raw(standardString(quotedJsonPath(key)));
  const text = sql`(CAST(${json} AS JSON) ->> ${path})`;
  const kind = sql`json_type(CAST(${json} AS JSON), ${path})`;
  const number = sql`TRY_CAST(${text} AS DOUBLE)`;
  switch (type) {
    case "text":
      return text;
    case "number":
      return sql`(CASE WHEN regexp_full_match(${text}, ${raw(standardString(JSON_NUMBER_PATTERN))}) AND isfinite(${number}) THEN ${number} END)`;
    case "string": {
      const wholeNumber = sql`${number} = trunc(${number}) AND abs(${number}) < ${raw(String(EXACT_INTEGER_LIMIT))}`;
      const byKind = sql`CASE WHEN ${kind} = 'VARCHAR' THEN ${text} WHEN ${kind} IN ${raw(NUMBER_KINDS)} AND ${wholeNumber} THEN CAST(CAST(${number} AS BIGINT) AS VARCHAR) END`;
      return sql`(CASE WHEN regexp_matches(${text}, '^[-0-9[{]') THEN ${byKind} ELSE ${text} END)`;
    }
    case "boolean":
      return sql`(${booleanFromWords(sql`lower(${text})`, "TRUE", "FALSE", sql`CASE WHEN ${kind} IN ${raw(NUMBER_KINDS)} THEN ${number} <> 0 END`)})`;
    case "list":
      return sql`(CASE WHEN ${kind} = 'ARRAY' THEN CAST(${json} AS JSON) -> ${path} END)`;
  }
}

/**
 * Dialect.isoTextTime: the shape checked by ISO_TIME_PATTERN; the zone is what follows the
 * digits of the time; the rest is read as a UTC timestamp, its fraction cut to milliseconds.
 * (A cast to TIMESTAMP would drop the zone, and TIMESTAMPTZ read a time without one in the
 * session's zone.)
 */
function isoTextTime(text: Sql): Sql {
  const { local, offsetMinutes } = isoTextParts(text, sql`ltrim(substr(${text}, 17), '0123456789:.')`, "INTEGER");
  return sql`(CASE WHEN regexp_full_match(${text}, ${raw(standardString(ISO_TIME_PATTERN))}) THEN CAST(${local} AS TIMESTAMP) - to_minutes(${offsetMinutes}) END)`;
}

export const duckdbDialect: Dialect = {
  name: "duckdb",
  title: "DuckDB",
  formatterLanguage: "duckdb",
  placeholders: "?",
  replaceView: "or replace",
  viewsReadOtherSchemas: true,
  kysely: compileOnlyKysely(
    (): QueryCompiler => duck.createQueryCompiler(),
    () => duck.createAdapter(),
  ),

  quoteIdentifier: (name) => wrapDoubling(name, '"'),
  stringLiteral: duckString,
  numberLiteral: renderNumber,
  booleanLiteral: (b) => (b ? "TRUE" : "FALSE"),

  isoToTime: (iso) => sql`CAST(${iso} AS TIMESTAMP)`,
  // The cast of a text that no engine reads as a time: its error names the as_of given.
  notATime: (text) => sql`CAST('seg: as_of is no ISO-8601 time: ' || ${text} AS TIMESTAMP)`,
  now: () => sql`timezone('UTC', current_timestamp)`,
  timeColumn(column, storage) {
    switch (storage) {
      case "native":
        // Time values are TIMESTAMP (µs). A TIMESTAMP_NS column would make DuckDB compare
        // in nanoseconds and stop on any bound after 2262-04-11; a TIMESTAMP is left as it is.
        return sql`CAST(${column} AS TIMESTAMP)`;
      case "unix_seconds":
        return unixTimeInRange(column, storage, (v) => sql`make_timestamp(CAST(CAST(${v} AS DECIMAL(38, 6)) * 1000000 AS BIGINT))`);
      case "unix_millis":
        return unixTimeInRange(column, storage, (v) => sql`make_timestamp(CAST(CAST(${v} AS DECIMAL(38, 3)) * 1000 AS BIGINT))`);
      case "iso_text":
        return isoTextTime(sql`CAST(${column} AS VARCHAR)`);
    }
  },
  addMs: (t, ms) => (ms >= 0 ? sql`(${t} + ${raw(interval(ms))})` : sql`(${t} - ${raw(interval(ms))})`),
  utcDay,
  utcWeek: (t) => sql`CAST(date_trunc('week', ${t}) AS DATE)`,
  // epoch_ms would cut the microseconds: 0.4 ms short of a whole day would count as one.
  daysBetween: (from, to) => sql`floor((epoch_us(${to}) - epoch_us(${from})) / 86400000000)`,
  epochMs: (t) => sql`(epoch_us(${t}) / 1000.0)`,

  jsonProperty,
  isoTextTime,
  listValue: (list) => sql`(CASE WHEN json_type(TRY_CAST(${list} AS JSON)) = 'ARRAY' THEN TRY_CAST(${list} AS JSON) END)`,
  // Only the elements of the list's type: `["1"]` has no number 1, `[1]` no string "1".
  listContains: (list, value, element) =>
    element === "string"
      ? sql`list_contains(list_transform(list_filter(CAST(${list} AS JSON[]), lambda x: json_type(x) = 'VARCHAR'), lambda x: x ->> '$'), ${value})`
      : sql`list_contains(list_transform(list_filter(CAST(${list} AS JSON[]), lambda x: json_type(x) IN ${raw(NUMBER_KINDS)}), lambda x: CAST(x AS DOUBLE)), ${value})`,

  // A column may be declared COLLATE NOCASE, which comparisons would follow; `c` is byte-wise.
  binaryString: (v) => sql`(${v} COLLATE c)`,
  // A key may be kept in a UUID column, which takes no collation; a cast of VARCHAR is no-op.
  exactText: (v) => sql`(CAST(${v} AS VARCHAR) COLLATE c)`,
  stringValue: (v) => sql`CAST(${v} AS VARCHAR)`,
  asciiLower: (v) => sql`translate(${v}, ${raw(`'${ASCII_UPPER}'`)}, ${raw(`'${ASCII_LOWER}'`)})`,
  // A column's collation (NOCASE, NOACCENT) would reach into contains and starts_with.
  contains: (a, b) => sql`contains((${a} COLLATE c), ${b})`,
  startsWith: (a, b) => sql`starts_with((${a} COLLATE c), ${b})`,
  endsWith: (a, b) => sql`ends_with(${a}, ${b})`,
  regexMatch: (v, p) => sql`regexp_matches(${v}, ${p})`,

  toDouble: (v) => sql`CAST(${v} AS DOUBLE)`,
  roundSignificant: (v) => sql`CAST(printf('%.15g', ${v}) AS DOUBLE)`,
  booleanColumn: (c) => sql`COALESCE(${c}, FALSE)`,
  materializedCte: true,
  inlineParams: false,
  aggregateFilter: true,
  rankedValueByRowNumber: false,
  aggregateBranchPerEvent: true,
  booleanColumnsHoldNumbers: true,
  nativeListColumns: true,
  stringColumnsHoldNumbers: false,
  // arg_max_null / arg_min_null keep a NULL value (arg_max skips it); the struct orders by
  // time, then a present value before a missing one, then the value.
  extremeValue: (fn, value, time, when) => {
    const order =
      fn === "last"
        ? sql`{'t': ${time}, 'present': ${value} IS NOT NULL, 'v': ${value}}`
        : sql`{'t': ${time}, 'missing': ${value} IS NULL, 'v': ${value}}`;
    const call = sql`${raw(fn === "last" ? "arg_max_null" : "arg_min_null")}(${value}, ${order})`;
    return when === undefined ? call : sql`${call} FILTER (WHERE ${when})`;
  },
  // Floor division of exact microseconds: `%` and `//` truncate towards zero, so the
  // remainder is made non-negative first (times before 1970).
  sequenceTimeBucket: (t, widthMs) => {
    const us = sql`epoch_us(${t})`;
    const width = raw(String(widthMs * 1000));
    return sql`((${us} - (((${us} % ${width}) + ${width}) % ${width})) // ${width})`;
  },
  dayBitmask: {
    // DuckDB computes an aggregate's input for every row, also those its FILTER drops, and a
    // shift past bit 62 is an error: days beyond the window are clamped (their bits are unused).
    dayBit: (t, asOf) => sql`(CAST(1 AS BIGINT) << least(${utcDay(asOf)} - ${utcDay(t)}, 62))`,
    popCount: (bits) => sql`bit_count(${bits})`,
  },
};
