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
  raw,
  renderNumber,
  wrapDoubling,
  type Dialect,
  type Sql,
} from "../dialect.ts";
import { compileOnlyKysely } from "./kysely.ts";
import { quotedJsonPath } from "./sqlite.ts";

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
const EPOCH = "CAST('1970-01-01 00:00:00' AS DATETIME(3))";

/** JSON value at key, NULL for JSON null or an absent key. */
function jsonScalar(json: Sql, key: string, convert: (j: Sql) => Sql): Sql {
  const j = sql`JSON_EXTRACT(${json}, ${raw(mysqlString(quotedJsonPath(key)))})`;
  return sql`CASE WHEN JSON_TYPE(${j}) <> 'NULL' THEN ${convert(j)} END`;
}

export const mysqlDialect: Dialect = {
  name: "mysql",
  title: "MySQL 8 / MariaDB 10.11",
  formatterLanguage: "mysql",
  placeholders: "?",
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
        return sql`TIMESTAMPADD(MICROSECOND, ROUND(${column} * 1000000), ${raw(EPOCH)})`;
      case "unix_millis":
        return sql`TIMESTAMPADD(MICROSECOND, ${column} * 1000, ${raw(EPOCH)})`;
    }
  },
  addMs: (t, ms) => sql`TIMESTAMPADD(MICROSECOND, ${raw(renderNumber(ms * 1000))}, ${t})`,
  utcDay: (t) => sql`DATE(${t})`,
  utcWeek: (t) => sql`DATE_SUB(DATE(${t}), INTERVAL WEEKDAY(${t}) DAY)`,
  daysBetween: (from, to) => sql`FLOOR(TIMESTAMPDIFF(MICROSECOND, ${from}, ${to}) / 86400000000)`,

  jsonProperty(json, key, type) {
    switch (type) {
      case "string":
        return jsonScalar(json, key, (j) => sql`JSON_UNQUOTE(${j})`);
      case "number":
        return jsonScalar(json, key, (j) => sql`CAST(${j} AS DOUBLE)`);
      case "boolean":
        return jsonScalar(json, key, (j) => sql`(JSON_UNQUOTE(${j}) = 'true')`);
      case "list":
        return jsonScalar(json, key, (j) => j);
    }
  },
  listContains: (list, value, element) =>
    element === "string"
      ? sql`JSON_CONTAINS(${list}, JSON_QUOTE(${value}))`
      : sql`JSON_CONTAINS(${list}, CAST(${value} AS CHAR))`,

  binaryString: bin,
  exactKeyEquals: (a, b) => sql`${a} = ${b} AND ${bin(a)} = ${bin(b)}`,
  exactText: bin,
  asciiLower(v) {
    let out: Sql = v;
    for (let i = 0; i < 26; i++) out = sql`REPLACE(${out}, ${raw(`'${ASCII_UPPER[i]}'`)}, ${raw(`'${ASCII_LOWER[i]}'`)})`;
    return out;
  },
  contains: (a, b) => sql`(INSTR(${bin(a)}, ${bin(b)}) > 0)`,
  startsWith: (a, b) => sql`(LEFT(${bin(a)}, LENGTH(${bin(b)})) = ${bin(b)})`,
  endsWith: (a, b) => sql`(RIGHT(${bin(a)}, LENGTH(${bin(b)})) = ${bin(b)})`,
  regexMatch: (v, p) => sql`(${v} COLLATE utf8mb4_bin REGEXP ${p})`,

  toDouble: (v) => sql`CAST(${v} AS DOUBLE)`,
  booleanColumn: (c) => sql`COALESCE(${c}, FALSE)`,
  materializedCte: false,
  inlineParams: false,
  aggregateFilter: false,
  rankedValueByRowNumber: false,
  aggregateBranchPerEvent: false,
  // BINARY(32) SHA-256: fixed size, in memory and indexable in derived tables, unlike the
  // TEXT a key column often is. Of the UTF-8 text, so tables in other character sets match.
  keyDigest: (key) => sql`UNHEX(SHA2(CONVERT(${key} USING utf8mb4), 256))`,
  dayBitmask: {
    // DATEDIFF counts calendar days (the times are UTC); `<<` shifts an unsigned 64-bit integer.
    dayBit: (t, asOf) => sql`(1 << DATEDIFF(${asOf}, ${t}))`,
    popCount: (bits) => sql`BIT_COUNT(${bits})`,
  },
};
