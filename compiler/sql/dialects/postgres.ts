/**
 * PostgreSQL (12+). Time values are timestamptz; a native column may be timestamptz or a
 * timestamp holding UTC (the session time zone must then be UTC). Strings compare with
 * `COLLATE "C"` (code point order for UTF-8 databases).
 */
import { PostgresAdapter, PostgresQueryCompiler, sql } from "kysely";
import {
  ASCII_LOWER,
  ASCII_UPPER,
  raw,
  renderNumber,
  standardString,
  wrapDoubling,
  type Dialect,
  type Sql,
} from "../dialect.ts";
import { compileOnlyKysely } from "./kysely.ts";

function interval(ms: number): string {
  return `INTERVAL '${Math.abs(ms)} milliseconds'`;
}

function pgString(value: string): string {
  if (value.includes("\u0000")) throw new Error("PostgreSQL text cannot contain the NUL character (U+0000)");
  return standardString(value);
}

/** The UTC calendar day of a time value (also the days a dayBitmask bit counts back). */
function utcDay(t: Sql): Sql {
  return sql`CAST(timezone('UTC', ${t}) AS DATE)`;
}

export const postgresDialect: Dialect = {
  name: "postgres",
  title: "PostgreSQL",
  formatterLanguage: "postgresql",
  placeholders: "$n",
  kysely: compileOnlyKysely(() => new PostgresQueryCompiler(), () => new PostgresAdapter()),

  quoteIdentifier: (name) => wrapDoubling(name, '"'),
  stringLiteral: pgString,
  numberLiteral: renderNumber,
  booleanLiteral: (b) => (b ? "TRUE" : "FALSE"),

  isoToTime: (iso) => sql`CAST(${iso} AS TIMESTAMPTZ)`,
  now: () => sql`CURRENT_TIMESTAMP`,
  timeColumn(column, storage) {
    switch (storage) {
      case "native":
        return column;
      case "unix_seconds":
        return sql`to_timestamp(${column})`;
      case "unix_millis":
        return sql`to_timestamp(${column} / 1000.0)`;
    }
  },
  addMs: (t, ms) => (ms >= 0 ? sql`(${t} + ${raw(interval(ms))})` : sql`(${t} - ${raw(interval(ms))})`),
  utcDay,
  utcWeek: (t) => sql`CAST(date_trunc('week', timezone('UTC', ${t})) AS DATE)`,
  daysBetween: (from, to) =>
    sql`CAST(floor((EXTRACT(EPOCH FROM ${to}) - EXTRACT(EPOCH FROM ${from})) / 86400) AS DOUBLE PRECISION)`,

  jsonProperty(json, key, type) {
    const k = raw(pgString(key));
    switch (type) {
      case "string":
        return sql`(CAST(${json} AS JSONB) ->> ${k})`;
      case "number":
        return sql`CAST(CAST(${json} AS JSONB) ->> ${k} AS DOUBLE PRECISION)`;
      case "boolean":
        return sql`CAST(CAST(${json} AS JSONB) ->> ${k} AS BOOLEAN)`;
      case "list":
        // JSON null is the missing value, like an absent key (`->` alone yields JSONB 'null')
        return sql`NULLIF(CAST(${json} AS JSONB) -> ${k}, CAST('null' AS JSONB))`;
    }
  },
  listContains: (list, value, element) =>
    element === "string"
      ? sql`(CAST(${list} AS JSONB) @> jsonb_build_array(CAST(${value} AS TEXT)))`
      : sql`(CAST(${list} AS JSONB) @> jsonb_build_array(CAST(${value} AS DOUBLE PRECISION)))`,

  binaryString: (v) => sql`(${v} COLLATE "C")`,
  asciiLower: (v) => sql`translate(${v}, ${raw(`'${ASCII_UPPER}'`)}, ${raw(`'${ASCII_LOWER}'`)})`,
  contains: (a, b) => sql`(strpos(${a}, ${b}) > 0)`,
  startsWith: (a, b) => sql`starts_with(${a}, ${b})`,
  endsWith: (a, b) => sql`(right(${a}, length(${b})) = ${b})`,
  regexMatch: (v, p) => sql`(${v} ~ ${p})`,

  toDouble: (v) => sql`CAST(${v} AS DOUBLE PRECISION)`,
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
  dayBitmask: {
    dayBit: (t, asOf) => sql`(CAST(1 AS BIGINT) << (${utcDay(asOf)} - ${utcDay(t)}))`,
    // The set bits of the 64-bit pattern (bit_count needs PostgreSQL 14; this works from 12).
    popCount: (bits) => sql`length(replace(CAST(CAST(${bits} AS BIT(64)) AS TEXT), '0', ''))`,
  },
};
