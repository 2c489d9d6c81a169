/**
 * MySQL 8 and MariaDB 10.11 (one dialect: only functions both have). Time values are
 * DATETIME(3) holding UTC. Default collations are case-insensitive, so string comparisons
 * go through `CAST(… AS BINARY)` (UTF-8 bytes sort by code point) and regexes through
 * `COLLATE utf8mb4_bin`; `LOWER()` would also fold non-ASCII letters, so ASCII lower-casing
 * is 26 case-sensitive `REPLACE`s.
 */
import { MysqlAdapter, MysqlQueryCompiler, sql } from "kysely";
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
import { compileOnlyKysely } from "./kysely.ts";
import { quotedJsonPath } from "./sqlite.ts";
import { EXACT_INTEGER_LIMIT, ISO_TIME_PATTERN, JSON_NUMBER_PATTERN } from "../../json-values.ts";

/**
 * `'…'` with `'` doubled; a string holding a backslash or a control character becomes a
 * hex literal with a charset introducer, which means the same under every sql_mode
 * (NO_BACKSLASH_ESCAPES or not).
 */
function mysqlString(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f]/.test(value)) return `_utf8mb4 X'${Buffer.from(value, "utf8").toString("hex").toUpperCase()}'`;
  return wrapDoubling(value, "'");
}

const bin = (v: Sql): Sql => sql`CAST(${v} AS BINARY)`;

/**
 * Dialect.listContains. JSON_OVERLAPS compares the array's own elements, by kind
 * (JSON_CONTAINS would also look inside nested arrays): `["1"]` has no number 1. MariaDB
 * keeps JSON as text and JSON_OVERLAPS compares that text, so an element written with an
 * escape (`"\u00e9"`, `"a\/b"`: Python's json.dumps writes the first) would match nothing:
 * a list with a backslash is read element by element (JSON_TABLE unescapes; 3.5x slower
 * than JSON_OVERLAPS over 300,000 lists, so not for every list).
 */
function listContains(list: Sql, value: Sql, element: "string" | "number"): Sql {
  const overlaps = element === "string" ? sql`JSON_OVERLAPS(${list}, JSON_ARRAY(${value}))` : sql`JSON_OVERLAPS(${list}, JSON_ARRAY(CAST(${value} AS DOUBLE)))`;
  const kind = sql`JSON_TYPE(seg_element.seg_j)`;
  const match =
    element === "string"
      ? sql`${kind} = 'STRING' AND ${bin(sql`seg_element.seg_v`)} = ${bin(value)}`
      : sql`${kind} IN ('INTEGER', 'DOUBLE') AND CAST(seg_element.seg_v AS DOUBLE) = CAST(${value} AS DOUBLE)`;
  const elements = sql`JSON_TABLE(${list}, '$[*]' COLUMNS (seg_v LONGTEXT PATH '$', seg_j JSON PATH '$')) AS seg_element`;
  return sql`(CASE WHEN INSTR(${list}, ${raw(mysqlString("\\"))}) = 0 THEN ${overlaps} ELSE EXISTS (SELECT 1 FROM ${elements} WHERE ${match}) END)`;
}
const EPOCH = "CAST('1970-01-01 00:00:00' AS DATETIME(3))";
/** DATETIME's range, to the millisecond (seg's times are milliseconds). */
const LAST_DATETIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
// (Date.UTC reads the years 0 to 99 as 1900 to 1999)
const FIRST_DATETIME_MS = new Date(0).setUTCFullYear(1, 0, 1);

function datetimeLiteral(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `CAST('${iso.slice(0, 10)} ${iso.slice(11, 23)}' AS DATETIME(3))`;
}

/** JSON_TYPE of a JSON number (MySQL 8 also has the unsigned and decimal kinds). */
const NUMBER_KINDS = "('INTEGER', 'UNSIGNED INTEGER', 'DOUBLE', 'DECIMAL')";

/**
 * A double, NULL beyond the doubles: CAST reads `1e400` as the largest double (with only a
 * warning), so the largest double itself is out too.
 */
const finite = (d: Sql): Sql => sql`CASE WHEN ABS(${d}) < 1.7976931348623157e308 THEN ${d} END`;

/** Dialect.jsonProperty: JSON_TYPE tells the kinds apart; text compares byte-wise. */
function jsonProperty(json: Sql, key: string, type: JsonValueType): Sql {
  const value = sql`JSON_EXTRACT(${json}, ${raw(mysqlString(quotedJsonPath(key)))})`;
  const kind = sql`JSON_TYPE(${value})`;
  const text = sql`JSON_UNQUOTE(${value})`;
  const number = sql`CAST(${text} AS DOUBLE)`;
  switch (type) {
    case "text":
      return sql`(CASE WHEN ${kind} <> 'NULL' THEN ${text} END)`;
    case "number":
      return sql`(CASE WHEN ${kind} <> 'NULL' AND ${text} COLLATE utf8mb4_bin REGEXP ${raw(mysqlString(JSON_NUMBER_PATTERN))} THEN ${finite(number)} END)`;
    case "string":
      return sql`(CASE WHEN ${kind} IN ('STRING', 'BOOLEAN') THEN ${text} WHEN ${kind} IN ${raw(NUMBER_KINDS)} AND ${number} = FLOOR(${number}) AND ABS(${number}) < ${raw(String(EXACT_INTEGER_LIMIT))} THEN CAST(CAST(${number} AS SIGNED) AS CHAR) END)`;
    case "boolean":
      return sql`(CASE WHEN ${kind} = 'BOOLEAN' THEN ${bin(text)} = 'true' WHEN ${kind} IN ${raw(NUMBER_KINDS)} THEN ${number} <> 0 WHEN ${kind} = 'STRING' THEN ${booleanFromWords(bin(sql`LOWER(${text})`), "TRUE", "FALSE")} END)`;
    case "list":
      return sql`(CASE WHEN ${kind} = 'ARRAY' THEN ${value} END)`;
  }
}

/** ISO_TIME_PATTERN ending at the end of the text: PCRE's `$` also matches before a final newline. */
const ISO_TIME_AT_END = ISO_TIME_PATTERN.replace(/\$$/, "\\z");

/**
 * Dialect.isoTextTime: the shape checked by ISO_TIME_PATTERN; the zone is what follows the
 * time (`Z`, `+HH:MM`, …), subtracted in minutes from the rest read as a DATETIME(3), its
 * fraction cut to milliseconds. (A cast would drop the zone.)
 */
function isoTextTime(text: Sql): Sql {
  const zone = sql`COALESCE(REGEXP_SUBSTR(SUBSTRING(${text}, 17), '[Z+-].*$'), '')`;
  const { local, offsetMinutes } = isoTextParts(text, zone, "SIGNED");
  return sql`(CASE WHEN ${text} COLLATE utf8mb4_bin REGEXP ${raw(mysqlString(ISO_TIME_AT_END))} THEN TIMESTAMPADD(MINUTE, -${offsetMinutes}, CAST(REPLACE(${local}, 'T', ' ') AS DATETIME(3))) END)`;
}

export const mysqlDialect: Dialect = {
  name: "mysql",
  title: "MySQL 8 / MariaDB 10.11",
  formatterLanguage: "mysql",
  placeholders: "?",
  replaceView: "or replace",
  viewsReadOtherSchemas: true,
  kysely: compileOnlyKysely(() => new MysqlQueryCompiler(), () => new MysqlAdapter()),

  quoteIdentifier: (name) => wrapDoubling(name, "`"),
  stringLiteral: mysqlString,
  numberLiteral: renderNumber,
  booleanLiteral: (b) => (b ? "TRUE" : "FALSE"),

  isoToTime: (iso) => sql`CAST(REPLACE(REPLACE(${iso}, 'T', ' '), 'Z', '') AS DATETIME(3))`,
  now: () => sql`UTC_TIMESTAMP(3)`,
  timeColumn(column, storage) {
    switch (storage) {
      case "native":
        return column;
      case "unix_seconds":
        return unixTimeInRange(column, storage, (v) => sql`TIMESTAMPADD(MICROSECOND, ROUND(${v} * 1000000), ${raw(EPOCH)})`);
      case "unix_millis":
        return unixTimeInRange(column, storage, (v) => sql`TIMESTAMPADD(MICROSECOND, ${v} * 1000, ${raw(EPOCH)})`);
      case "iso_text":
        return isoTextTime(sql`CAST(${column} AS CHAR CHARACTER SET utf8mb4)`);
    }
  },
  // Past DATETIME's range TIMESTAMPADD is NULL (\`9999-12-31\` + 7 days, a "no end date"
  // sentinel plus a grace period, was missing): a time the shift takes past the range's end
  // (start) is the range's last (first) instant instead, later (earlier) than every stored
  // time as the true one is. TIMESTAMPADD is NULL for zero and partial dates too
  // (\`0000-00-00\`, \`2024-02-00\`): the exact range test leaves those NULL.
  addMs: (t, ms) => {
    const shifted = sql`TIMESTAMPADD(MICROSECOND, ${raw(renderNumber(ms * 1000))}, ${t})`;
    const leaves =
      ms >= 0
        ? sql`${t} > ${raw(datetimeLiteral(Math.max(LAST_DATETIME_MS - ms, FIRST_DATETIME_MS)))}`
        : sql`${t} >= ${raw(datetimeLiteral(FIRST_DATETIME_MS))} AND ${t} < ${raw(datetimeLiteral(Math.min(FIRST_DATETIME_MS - ms, LAST_DATETIME_MS)))}`;
    return sql`COALESCE(${shifted}, CASE WHEN ${leaves} THEN ${raw(datetimeLiteral(ms >= 0 ? LAST_DATETIME_MS : FIRST_DATETIME_MS))} END)`;
  },
  utcDay: (t) => sql`DATE(${t})`,
  utcWeek: (t) => sql`DATE_SUB(DATE(${t}), INTERVAL WEEKDAY(${t}) DAY)`,
  daysBetween: (from, to) => sql`FLOOR(TIMESTAMPDIFF(MICROSECOND, ${from}, ${to}) / 86400000000)`,
  epochMs: (t) => sql`CAST(TIMESTAMPDIFF(MICROSECOND, ${raw(EPOCH)}, ${t}) / 1000 AS DOUBLE)`,

  jsonProperty,
  isoTextTime,
  listValue: (list) => sql`(CASE WHEN JSON_VALID(${list}) AND JSON_TYPE(${list}) = 'ARRAY' THEN ${list} END)`,
  listContains,

  binaryString: bin,
  // As utf8mb4 text, whose bytes `bin` compares with the (utf8mb4) literals: MariaDB's UUID
  // type would cast to its 16 bytes rather than its text, a latin1 column to latin1 bytes.
  stringValue: (v) => sql`CONVERT(${v} USING utf8mb4)`,
  // the bytes of the text: a UUID column's own bytes are its 16, a VARCHAR's the 36 characters
  exactKeyEquals: (a, b) => sql`${a} = ${b} AND ${bin(sql`CONVERT(${a} USING utf8mb4)`)} = ${bin(sql`CONVERT(${b} USING utf8mb4)`)}`,
  exactText: bin,
  asciiLower(v) {
    let out: Sql = v;
    for (let i = 0; i < 26; i++) out = sql`REPLACE(${out}, ${raw(`'${ASCII_UPPER[i]}'`)}, ${raw(`'${ASCII_LOWER[i]}'`)})`;
    return out;
  },
  contains: (a, b) => sql`(INSTR(${bin(a)}, ${bin(b)}) > 0)`,
  startsWith: (a, b) => sql`(LEFT(${bin(a)}, LENGTH(${bin(b)})) = ${bin(b)})`,
  endsWith: (a, b) => sql`(RIGHT(${bin(a)}, LENGTH(${bin(b)})) = ${bin(b)})`,
  // CONVERT: the value may be binary (the first or last value of a string: MIN/MAX over
  // `bin`), and a binary string takes no utf8mb4 collation (ER_COLLATION_CHARSET_MISMATCH)
  regexMatch: (v, p) => sql`(CONVERT(${v} USING utf8mb4) COLLATE utf8mb4_bin REGEXP ${p})`,
  regexEndOfText: "\\z",

  toDouble: (v) => sql`CAST(${v} AS DOUBLE)`,
  // DECIMAL holds the double's shortest decimal form; ROUND at the 15th significant digit
  roundSignificant: (v) => sql`CAST(ROUND(CAST(${v} AS DECIMAL(65, 30)), ${significantScale(v, (x) => sql`LOG10(${x})`, "POW")}) AS DOUBLE)`,
  booleanColumn: (c) => sql`COALESCE(${c}, FALSE)`,
  materializedCte: false,
  inlineParams: false,
  aggregateFilter: false,
  rankedValueByRowNumber: false,
  aggregateBranchPerEvent: false,
  booleanColumnsHoldNumbers: true,
  nativeListColumns: false,
  stringColumnsHoldNumbers: true,
  // BINARY(32) SHA-256: fixed size, in memory and indexable in derived tables, unlike the
  // TEXT a key column often is. Of the UTF-8 text, so tables in other character sets match.
  keyDigest: (key) => sql`UNHEX(SHA2(CONVERT(${key} USING utf8mb4), 256))`,
  dayBitmask: {
    // DATEDIFF counts calendar days (the times are UTC); `<<` shifts an unsigned 64-bit integer.
    dayBit: (t, asOf) => sql`(1 << DATEDIFF(${asOf}, ${t}))`,
    popCount: (bits) => sql`BIT_COUNT(${bits})`,
  },
};
