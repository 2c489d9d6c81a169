/**
 * Snowflake. No Kysely package: a positional-`?` query compiler with double-quoted
 * identifiers (quoted identifiers are case-sensitive: tables must be named exactly as in
 * the schema). Time values are TIMESTAMP_NTZ holding UTC; JSON columns are VARIANT; the
 * default collation compares by code point; `REGEXP_INSTR` searches (REGEXP_LIKE anchors).
 * Weeks assume the default WEEK_START (0: Monday).
 */
import { sql } from "kysely";
import {
  ASCII_LOWER,
  ASCII_UPPER,
  booleanFromWords,
  isoTextParts,
  raw,
  renderNumber,
  significantScale,
  wrapDoubling,
  type Dialect,
  type JsonValueType,
  type Sql,
  unixTimeInRange,
} from "../dialect.ts";
import { compileOnlyKysely, PositionalQueryCompiler } from "./kysely.ts";
import { EXACT_INTEGER_LIMIT, ISO_TIME_PATTERN, JSON_NUMBER_PATTERN } from "../../json-values.ts";

/** `'…'` with `'` doubled and `\` escaped (Snowflake reads backslash escapes in strings). */
function sfString(value: string): string {
  // Escapes, not line breaks, inside the literal (see splicedString).
  return wrapDoubling(value.replace(/\\/g, "\\\\").replace(/\u0000/g, "\\0").replace(/\r/g, "\\r").replace(/\n/g, "\\n"), "'");
}

const NUMBER_KINDS = "('INTEGER', 'DECIMAL', 'DOUBLE')";

/** Dialect.jsonProperty (properties as VARIANT): TYPEOF tells the kinds apart. */
function jsonProperty(json: Sql, key: string, type: JsonValueType): Sql {
  const value = sql`GET(${json}, ${raw(sfString(key))})`;
  const kind = sql`TYPEOF(${value})`;
  const text = sql`CAST(${value} AS VARCHAR)`;
  const number = sql`CAST(${value} AS DOUBLE)`;
  switch (type) {
    case "text":
      return text;
    case "number":
      return sql`(CASE WHEN ${kind} IN ${raw(NUMBER_KINDS)} THEN ${number} WHEN ${kind} = 'VARCHAR' AND REGEXP_LIKE(${text}, ${raw(sfString(JSON_NUMBER_PATTERN))}) THEN TRY_CAST(${text} AS DOUBLE) END)`;
    case "string":
      return sql`(CASE WHEN ${kind} IN ('VARCHAR', 'BOOLEAN') THEN ${text} WHEN ${kind} IN ${raw(NUMBER_KINDS)} AND ${number} = TRUNC(${number}) AND ABS(${number}) < ${raw(String(EXACT_INTEGER_LIMIT))} THEN CAST(CAST(${number} AS BIGINT) AS VARCHAR) END)`;
    case "boolean":
      return sql`(CASE WHEN ${kind} = 'BOOLEAN' THEN CAST(${value} AS BOOLEAN) WHEN ${kind} IN ${raw(NUMBER_KINDS)} THEN ${number} <> 0 WHEN ${kind} = 'VARCHAR' THEN ${booleanFromWords(sql`LOWER(${text})`, "TRUE", "FALSE")} END)`;
    case "list":
      return sql`(CASE WHEN ${kind} = 'ARRAY' THEN ${value} END)`;
  }
}

/** Dialect.isoTextTime: the zone (after the time's digits) subtracted in minutes from the rest, read as UTC. */
function isoTextTime(text: Sql): Sql {
  const { local, offsetMinutes } = isoTextParts(text, sql`LTRIM(SUBSTR(${text}, 17), '0123456789:.')`, "INTEGER");
  return sql`(CASE WHEN REGEXP_LIKE(${text}, ${raw(sfString(ISO_TIME_PATTERN))}) THEN DATEADD(MINUTE, -${offsetMinutes}, TO_TIMESTAMP_NTZ(REPLACE(${local}, 'T', ' '))) END)`;
}

export const snowflakeDialect: Dialect = {
  name: "snowflake",
  title: "Snowflake",
  formatterLanguage: "snowflake",
  placeholders: "?",
  replaceView: "or replace, copy grants",
  viewsReadOtherSchemas: true,
  kysely: compileOnlyKysely(() => new PositionalQueryCompiler('"', (id) => id.replace(/"/g, '""'))),

  quoteIdentifier: (name) => wrapDoubling(name, '"'),
  stringLiteral: sfString,
  numberLiteral: renderNumber,
  booleanLiteral: (b) => (b ? "TRUE" : "FALSE"),

  isoToTime: (iso) => sql`CAST(${iso} AS TIMESTAMP_NTZ)`,
  now: () => sql`SYSDATE()`,
  timeColumn(column, storage) {
    switch (storage) {
      case "native":
        return column;
      case "unix_seconds":
        return unixTimeInRange(column, storage, (v) => sql`TO_TIMESTAMP_NTZ(CAST(${v} * 1000 AS BIGINT), 3)`);
      case "unix_millis":
        return unixTimeInRange(column, storage, (v) => sql`TO_TIMESTAMP_NTZ(CAST(${v} AS BIGINT), 3)`);
      case "iso_text":
        return isoTextTime(sql`CAST(${column} AS VARCHAR)`);
    }
  },
  addMs: (t, ms) => sql`DATEADD(MILLISECOND, ${raw(renderNumber(ms))}, ${t})`,
  utcDay: (t) => sql`CAST(${t} AS DATE)`,
  utcWeek: (t) => sql`CAST(DATE_TRUNC('WEEK', ${t}) AS DATE)`,
  daysBetween: (from, to) => sql`FLOOR(DATEDIFF(MICROSECOND, ${from}, ${to}) / 86400000000)`,
  epochMs: (t) => sql`(DATE_PART(EPOCH_MICROSECOND, ${t}) / 1000)`,

  jsonProperty,
  isoTextTime,
  listValue: (list) => sql`(CASE WHEN IS_ARRAY(${list}) THEN ${list} END)`,
  listContains: (list, value) => sql`ARRAY_CONTAINS(TO_VARIANT(${value}), ${list})`,

  binaryString: (v) => v,
  asciiLower: (v) => sql`TRANSLATE(${v}, ${raw(`'${ASCII_UPPER}'`)}, ${raw(`'${ASCII_LOWER}'`)})`,
  contains: (a, b) => sql`CONTAINS(${a}, ${b})`,
  startsWith: (a, b) => sql`STARTSWITH(${a}, ${b})`,
  endsWith: (a, b) => sql`ENDSWITH(${a}, ${b})`,
  regexMatch: (v, p) => sql`(REGEXP_INSTR(${v}, ${p}) > 0)`,

  toDouble: (v) => sql`CAST(${v} AS DOUBLE)`,
  roundSignificant: (v) => sql`ROUND(${v}, ${significantScale(v, (x) => sql`LOG(10, ${x})`, "POWER")})`,
  booleanColumn: (c) => sql`COALESCE(${c}, FALSE)`,
  materializedCte: false,
  inlineParams: false,
  aggregateFilter: false,
  rankedValueByRowNumber: false,
  aggregateBranchPerEvent: false,
  booleanColumnsHoldNumbers: false,
  nativeListColumns: false,
  stringColumnsHoldNumbers: false,
};
