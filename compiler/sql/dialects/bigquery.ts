/**
 * BigQuery (GoogleSQL). No Kysely package: a positional-`?` query compiler with backtick
 * identifiers (backslash escapes). Time values are TIMESTAMPs; strings compare by code
 * point; regexes are RE2 (`REGEXP_CONTAINS`).
 */
import { sql } from "kysely";
import {
  ASCII_LOWER,
  ASCII_UPPER,
  raw,
  renderNumber,
  type Dialect,
} from "../dialect.ts";
import { compileOnlyKysely, PositionalQueryCompiler } from "./kysely.ts";
import { quotedJsonPath } from "./sqlite.ts";

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

export const bigqueryDialect: Dialect = {
  name: "bigquery",
  title: "BigQuery",
  formatterLanguage: "bigquery",
  placeholders: "?",
  // The backend's own CTE and column names (`seg_…`) are written bare: they are safe, and
  // BigQuery tooling (node-sql-parser among them) rejects backtick-quoted CTE names.
  kysely: compileOnlyKysely(
    () => new PositionalQueryCompiler("`", (id) => backslashEscape(id, "`"), (id) => /^seg_[a-z0-9_]+$/.test(id)),
  ),

  quoteIdentifier: (name) => "`" + backslashEscape(name, "`") + "`",
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
        return sql`TIMESTAMP_MICROS(CAST(${column} * 1000000 AS INT64))`;
      case "unix_millis":
        return sql`TIMESTAMP_MILLIS(CAST(${column} AS INT64))`;
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
  daysBetween: (from, to) => sql`FLOOR(TIMESTAMP_DIFF(${to}, ${from}, MILLISECOND) / 86400000)`,

  jsonProperty(json, key, type) {
    const path = raw(bqString(quotedJsonPath(key)));
    switch (type) {
      case "string":
        return sql`JSON_VALUE(${json}, ${path})`;
      case "number":
        return sql`CAST(JSON_VALUE(${json}, ${path}) AS FLOAT64)`;
      case "boolean":
        return sql`CAST(JSON_VALUE(${json}, ${path}) AS BOOL)`;
      case "list":
        return sql`JSON_QUERY(${json}, ${path})`;
    }
  },
  listContains: (list, value, element) =>
    element === "string"
      ? sql`(${value} IN UNNEST(JSON_VALUE_ARRAY(${list})))`
      : sql`EXISTS (SELECT 1 FROM UNNEST(JSON_VALUE_ARRAY(${list})) AS seg_elem WHERE CAST(seg_elem AS FLOAT64) = ${value})`,

  binaryString: (v) => v,
  asciiLower: (v) => sql`TRANSLATE(${v}, ${raw(`'${ASCII_UPPER}'`)}, ${raw(`'${ASCII_LOWER}'`)})`,
  contains: (a, b) => sql`(STRPOS(${a}, ${b}) > 0)`,
  startsWith: (a, b) => sql`STARTS_WITH(${a}, ${b})`,
  endsWith: (a, b) => sql`ENDS_WITH(${a}, ${b})`,
  regexMatch: (v, p) => sql`REGEXP_CONTAINS(${v}, ${p})`,

  toDouble: (v) => sql`CAST(${v} AS FLOAT64)`,
  booleanColumn: (c) => sql`COALESCE(${c}, FALSE)`,
  materializedCte: false,
  inlineParams: false,
  aggregateFilter: false,
  rankedValueByRowNumber: false,
  aggregateBranchPerEvent: false,
};
