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
  raw,
  renderNumber,
  wrapDoubling,
  type Dialect,
} from "../dialect.ts";
import { compileOnlyKysely, PositionalQueryCompiler } from "./kysely.ts";

/** `'…'` with `'` doubled and `\` escaped (Snowflake reads backslash escapes in strings). */
function sfString(value: string): string {
  return wrapDoubling(value.replace(/\\/g, "\\\\").replace(/\u0000/g, "\\0"), "'");
}

export const snowflakeDialect: Dialect = {
  name: "snowflake",
  title: "Snowflake",
  formatterLanguage: "snowflake",
  placeholders: "?",
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
        return sql`TO_TIMESTAMP_NTZ(CAST(${column} * 1000 AS BIGINT), 3)`;
      case "unix_millis":
        return sql`TO_TIMESTAMP_NTZ(CAST(${column} AS BIGINT), 3)`;
    }
  },
  addMs: (t, ms) => sql`DATEADD(MILLISECOND, ${raw(renderNumber(ms))}, ${t})`,
  utcDay: (t) => sql`CAST(${t} AS DATE)`,
  utcWeek: (t) => sql`CAST(DATE_TRUNC('WEEK', ${t}) AS DATE)`,
  daysBetween: (from, to) => sql`FLOOR(DATEDIFF(MILLISECOND, ${from}, ${to}) / 86400000)`,

  jsonProperty(json, key, type) {
    const v = sql`GET(${json}, ${raw(sfString(key))})`;
    switch (type) {
      case "string":
        return sql`CAST(${v} AS VARCHAR)`;
      case "number":
        return sql`CAST(${v} AS DOUBLE)`;
      case "boolean":
        return sql`CAST(${v} AS BOOLEAN)`;
      case "list":
        return v;
    }
  },
  listContains: (list, value) => sql`ARRAY_CONTAINS(TO_VARIANT(${value}), ${list})`,

  binaryString: (v) => v,
  asciiLower: (v) => sql`TRANSLATE(${v}, ${raw(`'${ASCII_UPPER}'`)}, ${raw(`'${ASCII_LOWER}'`)})`,
  contains: (a, b) => sql`CONTAINS(${a}, ${b})`,
  startsWith: (a, b) => sql`STARTSWITH(${a}, ${b})`,
  endsWith: (a, b) => sql`ENDSWITH(${a}, ${b})`,
  regexMatch: (v, p) => sql`(REGEXP_INSTR(${v}, ${p}) > 0)`,

  toDouble: (v) => sql`CAST(${v} AS DOUBLE)`,
  booleanColumn: (c) => sql`COALESCE(${c}, FALSE)`,
  materializedCte: false,
  inlineParams: false,
  aggregateFilter: false,
  rankedValueByRowNumber: false,
  aggregateBranchPerEvent: false,
};
