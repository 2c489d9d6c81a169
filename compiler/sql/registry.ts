/** Every SQL dialect by name. Tests loop over `dialects`, so a new entry is covered. */
import type { Dialect, DialectName } from "./dialect.ts";
import { bigqueryDialect } from "./dialects/bigquery.ts";
import { duckdbDialect } from "./dialects/duckdb.ts";
import { mysqlDialect } from "./dialects/mysql.ts";
import { postgresDialect } from "./dialects/postgres.ts";
import { snowflakeDialect } from "./dialects/snowflake.ts";
import { sqliteDialect } from "./dialects/sqlite.ts";

export const dialects: Record<DialectName, Dialect> = {
  sqlite: sqliteDialect,
  postgres: postgresDialect,
  duckdb: duckdbDialect,
  mysql: mysqlDialect,
  bigquery: bigqueryDialect,
  snowflake: snowflakeDialect,
};

export const DIALECT_NAMES = Object.keys(dialects) as DialectName[];

/** Accepted aliases for dialect names (engine targets and common spellings). */
const ALIASES: Record<string, DialectName> = { mariadb: "mysql", postgresql: "postgres", pg: "postgres" };

export function isDialectName(name: string): name is DialectName {
  return Object.hasOwn(dialects, name);
}

/** The dialect called `name` (or an alias such as `mariadb`); a clear error otherwise. */
export function getDialect(name: string): Dialect {
  const key = name.trim().toLowerCase();
  const resolved = isDialectName(key) ? key : ALIASES[key];
  if (resolved === undefined) {
    throw new Error(`unknown SQL dialect "${name}": expected one of ${DIALECT_NAMES.join(", ")}`);
  }
  return dialects[resolved];
}
