/**
 * BigQuery (GoogleSQL). No Kysely package: a positional-`?` query compiler with backtick
 * identifiers (backslash escapes). Time values are TIMESTAMPs; strings compare by code
 * point; regexes are RE2 (`REGEXP_CONTAINS`).
 */
import { sql } from "kysely";
import {
  ASCII_LOWER,
  ASCII_UPPER,
  booleanFromWords,
  DialectLimitError,
  isoTextParts,
  raw,
  renderNumber,
  type Dialect,
  type JsonValueType,
  type Sql,
  unixTimeInRange,
} from "../dialect.ts";
import { compileOnlyKysely, PositionalQueryCompiler } from "./kysely.ts";
import { quotedJsonPath } from "./sqlite.ts";
import { EXACT_INTEGER_LIMIT, ISO_TIME_PATTERN, JSON_NUMBER_PATTERN } from "../../json-values.ts";

/** Backslash escapes for `\`, the quote character and control characters. */
function backslashEscape(value: string, quote: string): string {
  let out = "";
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\" || ch === quote) out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out;
}

const bqString = (value: string): string => `'${backslashEscape(value, "'")}'`;

/**
 * A quoted identifier's inside. A backtick is refused: BigQuery's table and column names
 * cannot hold one, and sql-formatter cannot read the escaped form (an internal error).
 */
function bqIdentifier(name: string): string {
  if (name.includes("`")) {
    throw new DialectLimitError(`BigQuery names cannot contain a backtick (\`): ${JSON.stringify(name)}; rename the table or column, or map it with a view`);
  }
  return backslashEscape(name, "`");
}

/**
 * Dialect.jsonProperty (properties as JSON text): the value's JSON (JSON_QUERY) tells its
 * kind by its first character, JSON_VALUE gives its text.
 */
function jsonProperty(json: Sql, key: string, type: JsonValueType): Sql {
  const path = raw(bqString(quotedJsonPath(key)));
  const value = sql`JSON_QUERY(${json}, ${path})`;
  const text = sql`JSON_VALUE(${json}, ${path})`;
  const number = sql`SAFE_CAST(${text} AS FLOAT64)`;
  const isNumber = sql`REGEXP_CONTAINS(${value}, '^[-0-9]')`;
  const isString = sql`STARTS_WITH(${value}, '"')`;
  switch (type) {
    case "text":
      return text;
    case "number":
      return sql`(CASE WHEN REGEXP_CONTAINS(${text}, ${raw(bqString(JSON_NUMBER_PATTERN))}) AND NOT IS_INF(${number}) THEN ${number} END)`;
    case "string":
      return sql`(CASE WHEN ${isString} OR ${value} IN ('true', 'false') THEN ${text} WHEN ${isNumber} AND ${number} = TRUNC(${number}) AND ABS(${number}) < ${raw(String(EXACT_INTEGER_LIMIT))} THEN CAST(CAST(${number} AS INT64) AS STRING) END)`;
    case "boolean":
      return sql`(CASE WHEN ${value} IN ('true', 'false') THEN ${text} = 'true' WHEN ${isNumber} THEN ${number} <> 0 WHEN ${isString} THEN ${booleanFromWords(sql`LOWER(${text})`, "TRUE", "FALSE")} END)`;
    case "list":
      return sql`(CASE WHEN STARTS_WITH(${value}, '[') THEN ${value} END)`;
  }
}

/** Dialect.isoTextTime: the zone (after the time's digits) subtracted in minutes from the rest, read as UTC. */
function isoTextTime(text: Sql): Sql {
  const { local, offsetMinutes } = isoTextParts(text, sql`LTRIM(SUBSTR(${text}, 17), '0123456789:.')`, "INT64");
  return sql`(CASE WHEN REGEXP_CONTAINS(${text}, ${raw(bqString(ISO_TIME_PATTERN))}) THEN TIMESTAMP_SUB(TIMESTAMP(REPLACE(${local}, 'T', ' ')), INTERVAL ${offsetMinutes} MINUTE) END)`;
}

export const bigqueryDialect: Dialect = {
  name: "bigquery",
  title: "BigQuery",
  formatterLanguage: "bigquery",
  placeholders: "?",
  replaceView: "or replace",
  viewsReadOtherSchemas: true,
  // The backend's own CTE and column names (`seg_…`) are written bare: they are safe, and
  // BigQuery tooling (node-sql-parser among them) rejects backtick-quoted CTE names.
  kysely: compileOnlyKysely(
    () => new PositionalQueryCompiler("`", bqIdentifier, (id) => /^seg_[a-z0-9_]+$/.test(id)),
  ),

  quoteIdentifier: (name) => "`" + bqIdentifier(name) + "`",
  stringLiteral: bqString,
  numberLiteral: renderNumber,
  booleanLiteral: (b) => (b ? "TRUE" : "FALSE"),

  isoToTime: (iso) => sql`CAST(${iso} AS TIMESTAMP)`,
  now: () => sql`CURRENT_TIMESTAMP()`,
  timeColumn(column, storage) {
    switch (storage) {
      case "native":
        return column;
      case "unix_seconds":
        return unixTimeInRange(column, storage, (v) => sql`TIMESTAMP_MICROS(CAST(${v} * 1000000 AS INT64))`);
      case "unix_millis":
        return unixTimeInRange(column, storage, (v) => sql`TIMESTAMP_MILLIS(CAST(${v} AS INT64))`);
      case "iso_text":
        return isoTextTime(sql`CAST(${column} AS STRING)`);
    }
  },
  addMs(t, ms) {
    // Whole seconds read better (and more tools know SECOND than MILLISECOND).
    const n = Math.abs(ms);
    const amount = raw(n % 1000 === 0 ? `${n / 1000} SECOND` : `${n} MILLISECOND`);
    return ms >= 0 ? sql`TIMESTAMP_ADD(${t}, INTERVAL ${amount})` : sql`TIMESTAMP_SUB(${t}, INTERVAL ${amount})`;
  },
  utcDay: (t) => sql`DATE(${t})`,
  utcWeek: (t) => sql`DATE_TRUNC(DATE(${t}), ISOWEEK)`,
  daysBetween: (from, to) => sql`FLOOR(TIMESTAMP_DIFF(${to}, ${from}, MICROSECOND) / 86400000000)`,
  epochMs: (t) => sql`(UNIX_MICROS(${t}) / 1000)`,

  jsonProperty,
  isoTextTime,
  listValue: (list) => sql`(CASE WHEN STARTS_WITH(JSON_QUERY(${list}, '$'), '[') THEN ${list} END)`,
  // Elements of the list's type only (JSON_VALUE_ARRAY would read the number 1 as "1").
  listContains: (list, value, element) =>
    element === "string"
      ? sql`EXISTS (SELECT 1 FROM UNNEST(JSON_QUERY_ARRAY(${list})) AS seg_elem WHERE STARTS_WITH(seg_elem, '"') AND JSON_VALUE(seg_elem) = ${value})`
      : sql`EXISTS (SELECT 1 FROM UNNEST(JSON_QUERY_ARRAY(${list})) AS seg_elem WHERE REGEXP_CONTAINS(seg_elem, '^[-0-9]') AND SAFE_CAST(JSON_VALUE(seg_elem) AS FLOAT64) = ${value})`,

  binaryString: (v) => v,
  asciiLower: (v) => sql`TRANSLATE(${v}, ${raw(`'${ASCII_UPPER}'`)}, ${raw(`'${ASCII_LOWER}'`)})`,
  contains: (a, b) => sql`(STRPOS(${a}, ${b}) > 0)`,
  startsWith: (a, b) => sql`STARTS_WITH(${a}, ${b})`,
  endsWith: (a, b) => sql`ENDS_WITH(${a}, ${b})`,
  regexMatch: (v, p) => sql`REGEXP_CONTAINS(${v}, ${p})`,

  toDouble: (v) => sql`CAST(${v} AS FLOAT64)`,
  roundSignificant: (v) => sql`CAST(FORMAT('%.15g', ${v}) AS FLOAT64)`,
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
