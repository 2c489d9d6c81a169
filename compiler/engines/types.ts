/**
 * The engine layer: one connection to one database, behind one small interface, so the
 * test suite, the data generator and the CLI can run SQL on SQLite, PostgreSQL,
 * MySQL/MariaDB and DuckDB the same way. See CONTEXT.md for the storage conventions.
 */
import { basename, dirname, join } from "node:path";

export type EngineName = "sqlite" | "postgres" | "mysql" | "duckdb";

/** Storage types of `createTable`. `json` holds any JSON value (objects, lists). */
export type EngineColumnType = "string" | "number" | "boolean" | "timestamp" | "json" | "integer";

export interface EngineColumn {
  name: string;
  type: EngineColumnType;
}

export type Row = Record<string, unknown>;

/**
 * A result read column by column: `values[i]` holds every value of `columns[i]`, in row
 * order. Values are exactly those `query` returns for the same statement. `columns` are
 * the names the driver reports, in select order; duplicates are kept (DuckDB reports them
 * deduplicated, as in `query`'s row objects).
 */
export interface ColumnarResult {
  columns: string[];
  values: unknown[][];
}

/** The values of the column named `name` (the last of that name, as in a row object); none when missing. */
export function columnValues(result: ColumnarResult, name: string): unknown[] {
  return result.values[result.columns.lastIndexOf(name)] ?? [];
}

export interface Engine {
  /** Also the SQL dialect name used by compiler/sql's registry. */
  readonly name: EngineName;
  /** The target this engine was opened on, for messages (password redacted). */
  readonly target: string;
  /**
   * Runs one statement and returns its rows. Positional params in the dialect's placeholder
   * style (`?` for sqlite/mysql/duckdb, `$1` for postgres). Integers come back as JS numbers
   * on every engine (bigint only beyond 2^53); other values raw (see normalizeValue).
   */
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  /**
   * Server engines: asks the server, over a second connection, to stop the statement this
   * engine is running (which then fails). A closed client does not stop a server's query:
   * PostgreSQL and MariaDB run it to its end. In-process engines stop with the process.
   * Rejects with a CancelError when the request did not reach the server.
   */
  cancel?(): Promise<void>;
  /**
   * Runs `work` with every read of this engine seeing the database at one instant, whatever
   * other sessions write meanwhile (`seg run` and `seg diff` read the tables several times:
   * the checks, each version's query). PostgreSQL: a REPEATABLE READ READ ONLY transaction,
   * each statement in a savepoint so that a failed one (a check reading a missing column)
   * does not abort it; MySQL/MariaDB: START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY;
   * SQLite: a deferred transaction (a read snapshot in WAL mode, a shared lock otherwise);
   * DuckDB: `work` as it is (see DuckdbEngine). Nested calls join the outer snapshot.
   */
  snapshot<T>(work: () => Promise<T>): Promise<T>;
  /**
   * `query` read by column: same statement, same values, same errors, but no object per
   * row (each driver's array or columnar mode), so a wide result of many rows is read
   * several times faster. A statement without a result set gives no columns.
   */
  queryColumns(sql: string, params?: unknown[]): Promise<ColumnarResult>;
  /** One or more statements, no results. */
  exec(sql: string): Promise<void>;
  /**
   * Creates a table (and its schema / attached database when the name is qualified).
   * `table` is an IR table name; it goes through `resolveTable` first.
   */
  createTable(table: string[], columns: EngineColumn[]): Promise<void>;
  /**
   * Inserts rows, batched. Values: string, number, boolean, null/undefined, Date or ISO
   * string for timestamp columns, any JSON value for json columns (a string there is taken
   * as JSON text). `table` goes through `resolveTable`.
   */
  insertRows(table: string[], columns: string[], rows: unknown[][]): Promise<void>;
  /** Adds a (non-unique) index; used by loadData on key and foreign-key columns. */
  createIndex(table: string[], columns: string[]): Promise<void>;
  /** Refreshes the planner's statistics for a table (after a bulk load). */
  analyze(table: string[]): Promise<void>;
  /**
   * Maps an IR table name to the name of the table on this connection. The identity,
   * except inside a test namespace on a server engine (CONTEXT.md, "Table names"). The
   * SQL backend must be given this mapping when its output runs on this engine.
   */
  resolveTable(table: string[]): string[];
  /** Quotes a (possibly qualified, already resolved) table name for this engine's SQL. */
  quoteTable(table: string[]): string;
  /**
   * The type of a table's column as the engine names it (`timestamp with time zone`,
   * `VARCHAR`, `datetime`), or undefined where columns have no fixed type (SQLite) or the
   * table or column is not found. `table` goes through `resolveTable`.
   */
  columnType(table: string[], column: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/** A connection or engine failure, with a one-line message that names the target. */
export class EngineError extends Error {
  override name = "EngineError";
  /**
   * @param reason the engine's own words (`no such table: users`), when the message adds
   *   the target and the SQL around them
   */
  constructor(
    message: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

/**
 * A cancel that did not reach the server: the statement may still be running there.
 * `session` names the server's session running it (`backend pid 4242`), for the user to end.
 */
export class CancelError extends EngineError {
  override name = "CancelError";
  constructor(
    message: string,
    readonly session: string,
  ) {
    super(message);
  }
}

export interface OpenOptions {
  /**
   * Server engines only (postgres, mysql): isolate every schema under this prefix.
   * `["analytics", "users"]` becomes `[prefix + "_analytics", "users"]`, an unqualified
   * `["users"]` becomes `[prefix, "users"]`. Used by the test fixtures.
   */
  schemaPrefix?: string;
  /**
   * The session cannot write (`seg run`): SQLite and DuckDB files are opened read-only (no
   * byte of the file changes, and DuckDB takes no write lock, so other readers may share
   * it); PostgreSQL and MySQL sessions run read-only transactions.
   */
  readOnly?: boolean;
}

/** A SQLite or DuckDB location that names a file ("" and ":memory:" are in-memory databases). */
export function isFileLocation(location: string): boolean {
  return location !== "" && location !== ":memory:";
}

/**
 * The file that holds a schema's tables of the SQLite database `dbPath` (attached as that
 * schema): `data.db` keeps `analytics.users` in `data.analytics.db`.
 */
export function sqliteSchemaFile(dbPath: string, schema: string): string {
  const base = basename(dbPath).replace(/\.[^.]*$/, "");
  return join(dirname(dbPath), `${base}.${schema}.db`);
}

/** One-line description of an unknown error, for EngineError messages. */
export function errorText(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    const msg = e.message.split("\n")[0] || String(code ?? e.name);
    return typeof code === "string" && !msg.includes(code) ? `${msg} (${code})` : msg;
  }
  return String(e);
}

/**
 * URL parameters whose values are secrets: any name with pass, pwd, secret or token in it,
 * and sslkey. The value runs to the next `&` (a `#` in a password is no fragment here).
 */
const SECRET_PARAMETER = /([?&#])([^=&#]*(?:pass|pwd|secret|token)[^=&#]*|sslkey)=[^&]*/gi;

/** `host`, `host:port` or `[v6]:port`: an authority with no user information. */
const PLAIN_AUTHORITY = /^(?:\[[^\]@]*\]|[^:@]*)(?::\d*)?$/;

/**
 * Removes the secrets from a connection URL: the password of its user information and the
 * values of password-like parameters. Passwords may hold `@ / ? #` unencoded, so the user
 * information ends at the last `@`, not at the first `/ ? #`; only an `@` in a query
 * parameter's value (`?application_name=a@b`) is passed over, and only when the text
 * before the first `/ ? #` reads as a host and port (else that text is part of a password).
 * When in doubt, more is blanked.
 */
export function redactTarget(target: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(.*)$/is.exec(target);
  if (!m) return target;
  const rest = m[2]!;
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const skipQueryValues = authority.includes("@") || PLAIN_AUTHORITY.test(authority);
  const query = rest.indexOf("?");
  let at = rest.lastIndexOf("@");
  while (at >= 0 && skipQueryValues && query >= 0 && query < at && rest.slice(query, at).includes("=")) {
    at = rest.lastIndexOf("@", at - 1);
  }
  const after = rest.slice(Math.max(at, 0)).replace(SECRET_PARAMETER, "$1$2=***");
  if (at < 0) return m[1] + after;
  const colon = rest.indexOf(":");
  const userinfo = colon >= 0 && colon < at ? `${rest.slice(0, colon)}:***` : rest.slice(0, at);
  return m[1] + userinfo + after;
}

export function resolveWithPrefix(table: string[], prefix: string | undefined): string[] {
  if (!prefix) return [...table];
  if (table.length === 1) return [prefix, table[0]!];
  return [`${prefix}_${table[0]}`, ...table.slice(1)];
}

export function tableKey(table: string[]): string {
  return table.join("\u0000");
}
