/**
 * SQLite (3.38+; better-sqlite3 bundles a recent one). No timestamp type: time values are
 * integer milliseconds since the epoch, parsed from ISO-8601 text with julianday() (which
 * accepts `T` or space, optional fraction and `Z`). No regex built in: `REGEXP` calls the
 * application-defined `regexp(pattern, value)` function the engine must register.
 */
import { sql } from "kysely";
import { SqliteQueryCompiler } from "kysely";
import {
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
import { EXACT_INTEGER_LIMIT, ISO_TIME_PATTERN } from "../../json-values.ts";

/** ISO text → integer epoch milliseconds (NULL for unparseable text). */
const isoToMs = (x: Sql): Sql => sql`CAST(ROUND((julianday(${x}) - 2440587.5) * 86400000) AS INTEGER)`;

function sqliteString(value: string): string {
  // NUL cannot appear inside a quoted literal: spliced in with char(0), CR and LF likewise.
  return splicedString(value, standardString, "char");
}

/** A JSON path `$."key"` (backslash-escaped inside the quotes). */
export function quotedJsonPath(key: string): string {
  return `$."${key.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A number, NULL when it is no finite double (JSON allows `1e400`, which SQLite reads as Inf). */
const finite = (v: Sql): Sql => sql`(CASE WHEN abs(${v}) <= 1.7976931348623157e308 THEN ${v} END)`;

/**
 * Dialect.storedValue: SQLite keeps whatever a row holds, whatever the column's type. A
 * number as a string as JavaScript writes it (for the whole numbers that are exact). A
 * number from text only when the whole text is a JSON number (json_valid is strict
 * RFC 8259; JSON allows blanks around it), since CAST reads `12abc` as 12 and `abc` as 0.
 */
const booleanFromText = (v: Sql): Sql => booleanFromWords(sql`lower(${v})`, "1", "0");

function storedValue(v: Sql, type: "string" | "number" | "boolean"): Sql {
  switch (type) {
    case "string":
      // A whole real (2139.0, as JS numbers are stored) as JavaScript writes it: 2139.
      return sql`(CASE WHEN typeof(${v}) = 'real' AND ${v} = CAST(${v} AS INTEGER) AND abs(${v}) < 9007199254740992 THEN CAST(CAST(${v} AS INTEGER) AS TEXT) ELSE CAST(${v} AS TEXT) END)`;
    case "number":
      return sql`(CASE WHEN typeof(${v}) IN ('integer', 'real') THEN ${v} WHEN typeof(${v}) = 'text' AND json_valid(${v}) THEN CASE WHEN json_type(${v}) IN ('integer', 'real') THEN ${finite(sql`json_extract(${v}, '$')`)} END END)`;
    case "boolean":
      return sql`(CASE WHEN typeof(${v}) IN ('integer', 'real') THEN ${v} <> 0 WHEN typeof(${v}) = 'text' THEN ${booleanFromText(v)} END)`;
  }
}

/** Dialect.jsonProperty: json_type tells the kinds apart (json_extract reads `true` as 1). */
function jsonProperty(json: Sql, key: string, type: JsonValueType): Sql {
  const path = raw(sqliteString(quotedJsonPath(key)));
  const v = sql`json_extract(${json}, ${path})`;
  const kind = sql`json_type(${json}, ${path})`;
  switch (type) {
    case "text":
      return v;
    case "number":
      return sql`(CASE ${kind} WHEN 'integer' THEN CAST(${v} AS REAL) WHEN 'real' THEN ${finite(v)} WHEN 'text' THEN ${storedValue(v, "number")} END)`;
    case "string":
      return sql`(CASE ${kind} WHEN 'text' THEN ${v} WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'integer' THEN CASE WHEN abs(${v}) < ${raw(String(EXACT_INTEGER_LIMIT))} THEN CAST(${v} AS TEXT) END WHEN 'real' THEN CASE WHEN ${v} = CAST(${v} AS INTEGER) AND abs(${v}) < ${raw(String(EXACT_INTEGER_LIMIT))} THEN CAST(CAST(${v} AS INTEGER) AS TEXT) END END)`;
    case "boolean":
      return sql`(CASE ${kind} WHEN 'true' THEN 1 WHEN 'false' THEN 0 WHEN 'integer' THEN ${v} <> 0 WHEN 'real' THEN ${v} <> 0 WHEN 'text' THEN ${booleanFromText(v)} END)`;
    case "list":
      return sql`(CASE ${kind} WHEN 'array' THEN ${v} END)`;
  }
}

/**
 * Dialect.isoTextTime. The shape is checked by ISO_TIME_PATTERN (through `regexp`); the
 * zone is what follows the digits of the time (`ltrim` of digits, `:` and `.` after
 * `HH:MM`), julianday() reads the rest, its fraction cut to milliseconds.
 */
function isoTextTime(text: Sql): Sql {
  const { local, offsetMinutes } = isoTextParts(text, sql`ltrim(substr(${text}, 17), '0123456789:.')`, "INTEGER");
  return sql`(CASE WHEN typeof(${text}) = 'text' AND ${text} REGEXP ${raw(sqliteString(ISO_TIME_PATTERN))} THEN ${isoToMs(local)} - ${offsetMinutes} * 60000 END)`;
}

export const sqliteDialect: Dialect = {
  name: "sqlite",
  title: "SQLite",
  formatterLanguage: "sqlite",
  placeholders: "?",
  replaceView: "drop first",
  viewsReadOtherSchemas: false,
  kysely: compileOnlyKysely(() => new SqliteQueryCompiler()),

  quoteIdentifier: (name) => wrapDoubling(name, '"'),
  stringLiteral: sqliteString,
  numberLiteral: renderNumber,
  booleanLiteral: (b) => (b ? "TRUE" : "FALSE"),

  isoToTime: isoToMs,
  now: () => isoToMs(raw("'now'")),
  timeColumn(column, storage) {
    switch (storage) {
      case "native":
        // Text of a date only (`YYYY-`): julianday() reads a number, or text holding one
        // ('2455896.5', '1e3'), as a Julian day, and a bare '12:00' as a time of 2000-01-01.
        // `>= '0'` rules out numbers (SQLite sorts every number before any text, so a real
        // such as 1.0e-05 goes too), and the fifth character, the date's `-`, the rest (a
        // blob never equals text): about as fast as the typeof() test, which let such text through.
        return isoToMs(sql`(CASE WHEN ${column} >= '0' AND substr(${column}, 5, 1) = '-' THEN ${column} END)`);
      // Numbers as storedValue reads them: `abc` * 1000 would be 0, the first of 1970.
      case "unix_seconds":
        return unixTimeInRange(storedValue(column, "number"), storage, (v) => sql`(${v} * 1000)`);
      case "unix_millis":
        return unixTimeInRange(storedValue(column, "number"), storage, (v) => v);
      case "iso_text":
        return isoTextTime(column);
    }
  },
  addMs: (t, ms) => (ms >= 0 ? sql`(${t} + ${raw(String(ms))})` : sql`(${t} - ${raw(String(-ms))})`),
  utcDay: (t) => sql`date(${t} / 1000.0, 'unixepoch')`,
  utcWeek: (t) => sql`date(${t} / 1000.0, 'unixepoch', '-6 days', 'weekday 1')`,
  daysBetween: (from, to) => sql`floor((${to} - ${from}) / 86400000.0)`,
  epochMs: (t) => t,

  jsonProperty,
  isoTextTime,
  listValue: (list) => sql`(CASE WHEN json_valid(${list}) AND json_type(${list}) = 'array' THEN ${list} END)`,
  listContains: (list, value, element) =>
    element === "string"
      ? sql`EXISTS (SELECT 1 FROM json_each(${list}) WHERE json_each.type = 'text' AND json_each.value = ${value})`
      : // As doubles: SQLite keeps a JSON integer exact, where 9007199254740993 is no 9007199254740992.
        sql`EXISTS (SELECT 1 FROM json_each(${list}) WHERE json_each.type IN ('integer', 'real') AND CAST(json_each.value AS REAL) = ${value})`,

  binaryString: (v) => v,
  // A column may be declared COLLATE NOCASE (or RTRIM), which `=` and IN would follow.
  exactText: (v) => sql`(${v} COLLATE BINARY)`,
  asciiLower: (v) => sql`lower(${v})`,
  contains: (a, b) => sql`(instr(${a}, ${b}) > 0)`,
  startsWith: (a, b) => sql`(substr(${a}, 1, length(${b})) = ${b})`,
  endsWith: (a, b) => sql`(length(${b}) <= length(${a}) AND substr(${a}, length(${a}) - length(${b}) + 1) = ${b})`,
  regexMatch: (v, p) => sql`(${v} REGEXP ${p})`,

  toDouble: (v) => sql`CAST(${v} AS REAL)`,
  roundSignificant: (v) => sql`CAST(printf('%.15g', ${v}) AS REAL)`,
  booleanColumn: (c) => sql`COALESCE(${c}, FALSE)`,
  storedValue,
  materializedCte: true,
  inlineParams: false,
  aggregateFilter: true,
  rankedValueByRowNumber: true,
  aggregateBranchPerEvent: false,
  booleanColumnsHoldNumbers: true,
  nativeListColumns: false,
  stringColumnsHoldNumbers: true,
};
