/**
 * SQLite (3.38+; better-sqlite3 bundles a recent one). No timestamp type: time values are
 * integer milliseconds since the epoch, parsed from ISO-8601 text with julianday() (which
 * accepts `T` or space, optional fraction and `Z`). No regex built in: `REGEXP` calls the
 * application-defined `regexp(pattern, value)` function the engine must register.
 */
import { sql } from "kysely";
import { SqliteQueryCompiler } from "kysely";
import {
  raw,
  renderNumber,
  wrapDoubling,
  type Dialect,
  type Sql,
} from "../dialect.ts";
import { compileOnlyKysely } from "./kysely.ts";

/** ISO text → integer epoch milliseconds (NULL for unparseable text). */
const isoToMs = (x: Sql): Sql => sql`CAST(ROUND((julianday(${x}) - 2440587.5) * 86400000) AS INTEGER)`;

function sqliteString(value: string): string {
  // NUL cannot appear inside a quoted literal: splice it in with char(0).
  if (!value.includes("\u0000")) return wrapDoubling(value, "'");
  return "(" + value.split("\u0000").map((p) => wrapDoubling(p, "'")).join(" || char(0) || ") + ")";
}

/** A JSON path `$."key"` (backslash-escaped inside the quotes). */
export function quotedJsonPath(key: string): string {
  return `$."${key.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * Dialect.storedValue: SQLite keeps whatever a row holds, whatever the column's type. A
 * number as a string as JavaScript writes it (for the whole numbers that are exact). A
 * number from text only when the whole text is a JSON number (json_valid is strict
 * RFC 8259; JSON allows blanks around it), since CAST reads `12abc` as 12 and `abc` as 0.
 */
function storedValue(v: Sql, type: "string" | "number" | "boolean"): Sql {
  switch (type) {
    case "string":
      // A whole real (2139.0, as JS numbers are stored) as JavaScript writes it: 2139.
      return sql`(CASE WHEN typeof(${v}) = 'real' AND ${v} = CAST(${v} AS INTEGER) AND abs(${v}) < 9007199254740992 THEN CAST(CAST(${v} AS INTEGER) AS TEXT) ELSE CAST(${v} AS TEXT) END)`;
    case "number":
      return sql`(CASE WHEN typeof(${v}) IN ('integer', 'real') THEN ${v} WHEN typeof(${v}) = 'text' AND json_valid(${v}) THEN CASE WHEN json_type(${v}) IN ('integer', 'real') THEN json_extract(${v}, '$') END END)`;
    case "boolean":
      return sql`(CASE WHEN typeof(${v}) IN ('integer', 'real') THEN ${v} <> 0 WHEN typeof(${v}) = 'text' THEN CASE lower(${v}) WHEN '1' THEN 1 WHEN 't' THEN 1 WHEN 'true' THEN 1 WHEN '0' THEN 0 WHEN 'f' THEN 0 WHEN 'false' THEN 0 END END)`;
  }
}

export const sqliteDialect: Dialect = {
  name: "sqlite",
  title: "SQLite",
  formatterLanguage: "sqlite",
  placeholders: "?",
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
        // Text only: julianday() reads a number as a Julian day (1714521600, unix seconds
        // in a column declared as ISO-8601 text, would be no time or one 4,000 years ago).
        return isoToMs(sql`(CASE WHEN typeof(${column}) = 'text' THEN ${column} END)`);
      // Numbers as storedValue reads them: `abc` * 1000 would be 0, the first of 1970.
      case "unix_seconds":
        return sql`(${storedValue(column, "number")} * 1000)`;
      case "unix_millis":
        return storedValue(column, "number");
    }
  },
  addMs: (t, ms) => (ms >= 0 ? sql`(${t} + ${raw(String(ms))})` : sql`(${t} - ${raw(String(-ms))})`),
  utcDay: (t) => sql`date(${t} / 1000.0, 'unixepoch')`,
  utcWeek: (t) => sql`date(${t} / 1000.0, 'unixepoch', '-6 days', 'weekday 1')`,
  daysBetween: (from, to) => sql`floor((${to} - ${from}) / 86400000.0)`,

  jsonProperty(json, key, type) {
    const v = sql`json_extract(${json}, ${raw(sqliteString(quotedJsonPath(key)))})`;
    return type === "number" ? sql`CAST(${v} AS REAL)` : v;
  },
  listContains: (list, value) => sql`EXISTS (SELECT 1 FROM json_each(${list}) WHERE json_each.value = ${value})`,

  binaryString: (v) => v,
  // A column may be declared COLLATE NOCASE (or RTRIM), which `=` and IN would follow.
  exactText: (v) => sql`(${v} COLLATE BINARY)`,
  asciiLower: (v) => sql`lower(${v})`,
  contains: (a, b) => sql`(instr(${a}, ${b}) > 0)`,
  startsWith: (a, b) => sql`(substr(${a}, 1, length(${b})) = ${b})`,
  endsWith: (a, b) => sql`(length(${b}) <= length(${a}) AND substr(${a}, length(${a}) - length(${b}) + 1) = ${b})`,
  regexMatch: (v, p) => sql`(${v} REGEXP ${p})`,

  toDouble: (v) => sql`CAST(${v} AS REAL)`,
  booleanColumn: (c) => sql`COALESCE(${c}, FALSE)`,
  storedValue,
  materializedCte: true,
  inlineParams: false,
  aggregateFilter: true,
  rankedValueByRowNumber: true,
  aggregateBranchPerEvent: false,
};
