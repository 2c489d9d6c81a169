import fs from "node:fs";
import mysql from "mysql2/promise";
import { BaseEngine, inferType, noColumns, transpose } from "./base.ts";
import { sqlTimestampText, toDate, toJsonText } from "./normalize.ts";
import type { ColumnarResult, EngineColumn, EngineColumnType, Row } from "./types.ts";
import { CancelError, EngineError, errorText, resolveWithPrefix } from "./types.ts";

const MYSQL_TYPES: Record<EngineColumnType, string> = {
  string: "TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
  number: "DOUBLE",
  integer: "BIGINT",
  boolean: "BOOLEAN",
  timestamp: "DATETIME(3)",
  json: "JSON",
};

/**
 * The session may keep a query's intermediate tables in memory up to 256 MB each (never
 * less than the server allows already). The default 16 MB sent the membership query's
 * sequence steps to on-disk temporary tables from about 30,000 users on: 28 → 20.5 s.
 */
const TEMP_TABLE_BYTES = 256 * 1024 * 1024;
/**
 * The session's sql_mode: the servers' default (less MySQL 5's NO_AUTO_CREATE_USER, which
 * MySQL 8 refuses). A server set up otherwise changed what the compiled SQL means:
 * EMPTY_STRING_IS_NULL turned as_of's parsing into NULL (so: now), PIPES_AS_CONCAT, ORACLE
 * and ANSI_QUOTES what an expression is.
 */
export const SESSION_SQL_MODE = "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";
const IN_MEMORY_TEMP_TABLES = `SET SESSION tmp_table_size = GREATEST(@@tmp_table_size, ${TEMP_TABLE_BYTES}), max_heap_table_size = GREATEST(@@max_heap_table_size, ${TEMP_TABLE_BYTES})`;

/** Approximate bytes of SQL text per multi-row INSERT (max_allowed_packet is ≥ 16 MB). */
const MYSQL_BATCH_BYTES = 4_000_000;

/** The TLS modes of a target's `ssl-mode`, named as the MySQL client names them. */
const SSL_MODES: Record<string, (ca: string | undefined) => mysql.SslOptions | undefined> = {
  DISABLED: () => undefined,
  // Encrypted; the certificate is checked only against a given CA (as the MySQL client does).
  REQUIRED: (ca) => (ca === undefined ? { rejectUnauthorized: false } : { rejectUnauthorized: true, verifyIdentity: false, ca }),
  VERIFY_CA: (ca) => ({ rejectUnauthorized: true, verifyIdentity: false, ...(ca === undefined ? {} : { ca }) }),
  VERIFY_IDENTITY: (ca) => ({ rejectUnauthorized: true, verifyIdentity: true, ...(ca === undefined ? {} : { ca }) }),
};

/**
 * A `mysql://user:password@host:port/database?ssl-mode=…&ssl-ca=…` target → mysql2's
 * options. Any other parameter is an error rather than ignored: `?ssl=true` quietly
 * connecting without TLS would be worse than a refusal.
 */
export function mysqlConnectionOptions(url: string, shownTarget: string, schemaPrefix?: string): mysql.ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url.replace(/^mariadb:/, "mysql:"));
  } catch {
    throw new EngineError(`cannot read the MySQL target ${shownTarget}: expected mysql://user:password@host:port/database`);
  }
  let mode = "DISABLED";
  let ca: string | undefined;
  let socketPath: string | undefined;
  for (const [name, value] of u.searchParams) {
    if (name === "socket") {
      socketPath = value;
    } else if (name === "ssl-mode") {
      mode = value.toUpperCase();
      if (!(mode in SSL_MODES)) {
        throw new EngineError(`${shownTarget}: ssl-mode must be one of ${Object.keys(SSL_MODES).join(", ")}, not ${JSON.stringify(value)}`);
      }
    } else if (name === "ssl-ca") {
      try {
        ca = fs.readFileSync(value, "utf8");
      } catch (e) {
        throw new EngineError(`${shownTarget}: cannot read the ssl-ca file ${value}: ${errorText(e)}`);
      }
    } else {
      throw new EngineError(
        `${shownTarget}: unknown parameter ${JSON.stringify(name)}; a MySQL target takes ssl-mode (${Object.keys(SSL_MODES).join(", ")}), ssl-ca (a CA certificate file) and socket (a unix socket file)`,
      );
    }
  }
  if (ca !== undefined && mode === "DISABLED") {
    throw new EngineError(`${shownTarget}: ssl-ca needs an ssl-mode other than DISABLED (REQUIRED, VERIFY_CA or VERIFY_IDENTITY)`);
  }
  const ssl = SSL_MODES[mode]!(ca);
  const decoded = (part: string, what: string): string => {
    try {
      return decodeURIComponent(part);
    } catch {
      throw new EngineError(`${shownTarget}: the ${what} is not valid percent-encoding (write %25 for a % sign)`);
    }
  };
  return {
    // An IPv6 address comes bracketed in a URL (`[::1]`), which no resolver reads.
    host: u.hostname.replace(/^\[(.*)\]$/, "$1") || "127.0.0.1",
    port: u.port ? Number(u.port) : 3306,
    // A unix socket instead of TCP: mysql2 then ignores the host and port.
    ...(socketPath === undefined ? {} : { socketPath }),
    user: decoded(u.username || "root", "user name"),
    password: decoded(u.password, "password"),
    database: schemaPrefix ?? (decoded(u.pathname.replace(/^\//, ""), "database name") || undefined),
    timezone: "Z",
    dateStrings: false,
    decimalNumbers: true,
    supportBigNumbers: true,
    bigNumberStrings: false,
    multipleStatements: true,
    charset: "utf8mb4_bin",
    connectTimeout: 5000,
    ...(ssl === undefined ? {} : { ssl }),
  };
}

/**
 * MySQL 8 / MariaDB 10.11 through mysql2. The session time zone is UTC (`SET time_zone =
 * '+00:00'` on connect, and mysql2's `timezone: "Z"` for Date values), its sql_mode
 * SESSION_SQL_MODE. Strings are
 * utf8mb4 with the binary collation (case-sensitive, code point order). A schema is a
 * database, created on demand. In-memory temporary tables may grow to 256 MB.
 */
export class MysqlEngine extends BaseEngine {
  readonly name = "mysql" as const;
  private readonly conn: mysql.Connection;
  private readonly schemaPrefix: string | undefined;

  private constructor(
    target: string,
    conn: mysql.Connection,
    schemaPrefix: string | undefined,
    private readonly options: mysql.ConnectionOptions,
  ) {
    super(target);
    this.conn = conn;
    this.schemaPrefix = schemaPrefix;
  }

  static async open(url: string, shownTarget: string, schemaPrefix: string | undefined, readOnly: boolean): Promise<MysqlEngine> {
    const options = mysqlConnectionOptions(url, shownTarget, schemaPrefix);
    let conn: mysql.Connection;
    try {
      conn = await mysql.createConnection(options);
    } catch (e) {
      throw new EngineError(`cannot connect to MySQL at ${shownTarget}: ${errorText(e)}`);
    }
    conn.on("error", () => {
      /* reported by the failing query */
    });
    const engine = new MysqlEngine(shownTarget, conn, schemaPrefix, options);
    await engine.exec(
      `SET time_zone = '+00:00'; SET SESSION sql_mode = '${SESSION_SQL_MODE}'; SET NAMES utf8mb4 COLLATE utf8mb4_bin; ${IN_MEMORY_TEMP_TABLES}${readOnly ? "; SET SESSION TRANSACTION READ ONLY" : ""}`,
    );
    return engine;
  }

  override quoteIdent(name: string): string {
    return `\`${name.replace(/`/g, "``")}\``;
  }

  protected columnTypeQuery(table: string[], column: string): { sql: string; params: unknown[] } {
    const [schema, name] = table.length === 2 ? table : [null, table[0]];
    return {
      sql: "SELECT DATA_TYPE AS `type` FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND COLUMN_NAME = ?",
      params: [schema, name, column],
    };
  }

  resolveTable(table: string[]): string[] {
    return resolveWithPrefix(table, this.schemaPrefix);
  }

  protected override indexColumn(table: string[], column: string): string {
    const type = this.columnTypes.get(this.resolveTable(table).join("\u0000"))?.get(column);
    return type === "string" ? `${this.quoteIdent(column)}(64)` : this.quoteIdent(column);
  }

  async query(sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      const [rows, fields] = await this.conn.query(sql, params.map(bindParam));
      await this.refuseRegexLimit(sql);
      if (!Array.isArray(rows)) return [];
      const big = Array.isArray(fields) ? bigIntegerColumns(fields as mysql.FieldPacket[]) : [];
      return (rows as Row[]).map((r) => {
        const row = { ...r };
        for (const { name } of big) row[name] = exactInteger(row[name]);
        return row;
      });
    } catch (e) {
      this.fail(e, sql);
    }
  }

  /**
   * PCRE gives up on a value at its match limit (a pattern that backtracks, compiler/check/
   * backtracking.ts) and MariaDB answers "no match" with warning 1139: a wrong member list,
   * so the statement fails instead.
   */
  private async refuseRegexLimit(sql: string): Promise<void> {
    if (!/regexp/i.test(sql)) return;
    const [warnings] = await this.conn.query<mysql.RowDataPacket[]>("SHOW WARNINGS");
    const limit = warnings.find((w) => Number(w["Code"]) === 1139);
    if (limit !== undefined)
      throw new EngineError(
        `${this.name} (${this.target}): a regular expression gave up on a value (${String(limit["Message"])}), so its "no match" could be wrong; simplify the pattern (SEG3011 names the ones that backtrack)`,
        String(limit["Message"]),
      );
  }

  /** mysql2's `rowsAsArray`, transposed; the same type casts as query. */
  async queryColumns(sql: string, params: unknown[] = []): Promise<ColumnarResult> {
    try {
      const [rows, fields] = await this.conn.query<mysql.RowDataPacket[]>({ sql, rowsAsArray: true }, params.map(bindParam));
      await this.refuseRegexLimit(sql);
      // No result set (an OkPacket), or several statements' results: no columns.
      if (!Array.isArray(rows) || !Array.isArray(fields) || fields.some((f) => Array.isArray(f))) return noColumns();
      const result = transpose(fields.map((f) => f.name), rows as unknown[][]);
      for (const { index } of bigIntegerColumns(fields)) {
        const column = result.values[index]!;
        for (let r = 0; r < column.length; r++) column[r] = exactInteger(column[r]);
      }
      return result;
    } catch (e) {
      this.fail(e, sql);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.conn.query(sql);
    } catch (e) {
      this.fail(e, sql);
    }
  }

  async createTable(table: string[], columns: EngineColumn[]): Promise<void> {
    const resolved = this.resolveTable(table);
    if (resolved.length > 2) throw new EngineError(`mysql: table name ${resolved.join(".")} has more than two parts`);
    if (resolved.length === 2 && !this.schemas.has(resolved[0]!)) {
      await this.exec(
        `CREATE DATABASE IF NOT EXISTS ${this.quoteIdent(resolved[0]!)} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
      );
      this.schemas.add(resolved[0]!);
    }
    const cols = this.columnDefs(columns, MYSQL_TYPES);
    await this.exec(
      `CREATE TABLE ${this.quoteTable(resolved)} (${cols}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
    );
    this.rememberColumns(resolved, columns);
  }

  async insertRows(table: string[], columns: string[], rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const resolved = this.resolveTable(table);
    const types = this.typesFor(resolved, columns);
    const head = `INSERT INTO ${this.quoteTable(resolved)} (${columns.map((c) => this.quoteIdent(c)).join(", ")}) VALUES `;
    let parts: string[] = [];
    let bytes = 0;
    const flush = async (): Promise<void> => {
      if (parts.length === 0) return;
      const sql = head + parts.join(",");
      parts = [];
      bytes = 0;
      try {
        await this.conn.query(sql);
      } catch (e) {
        this.fail(e, head);
      }
    };
    for (const row of rows) {
      const vals = columns.map((_, i) => literal(row[i], types[i]));
      const tuple = `(${vals.join(",")})`;
      parts.push(tuple);
      bytes += tuple.length;
      if (bytes >= MYSQL_BATCH_BYTES) await flush();
    }
    await flush();
  }

  protected snapshotBegin(): string {
    return "START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY";
  }

  async cancel(): Promise<void> {
    let other: mysql.Connection | undefined;
    try {
      other = await mysql.createConnection(this.options);
      await other.query(`KILL QUERY ${Number(this.conn.threadId)}`);
    } catch (e) {
      const session = `connection id ${Number(this.conn.threadId)}`;
      throw new CancelError(`mysql (${this.target}): could not cancel the running query (${session}): ${errorText(e)}`, session);
    } finally {
      await other?.end().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.conn.end().catch(() => undefined);
  }
}

/** MySQL's BIGINT type code (mysql2's Types.LONGLONG). */
const LONGLONG = 8;

/**
 * The 64-bit integer columns of a result. mysql2 (supportBigNumbers) returns their values
 * as numbers when within ±2^53 and as decimal strings beyond; those become bigints, as on
 * the other engines, so a key is one type whatever its size.
 */
function bigIntegerColumns(fields: mysql.FieldPacket[]): { name: string; index: number }[] {
  return fields.flatMap((f, index) => (f.columnType === LONGLONG ? [{ name: f.name, index }] : []));
}

/** A BIGINT value: mysql2's decimal string (beyond ±2^53) as a bigint, anything else as it is. */
function exactInteger(value: unknown): unknown {
  return typeof value === "string" ? BigInt(value) : value;
}

/** A SQL literal for a multi-row INSERT (mysql2's escaping for strings, ours for the rest). */
function literal(value: unknown, type: EngineColumnType | undefined): string {
  const esc = (v: unknown): string => mysql.escape(v as string);
  if (value === null || value === undefined) return "NULL";
  const t = type ?? inferType(value);
  switch (t) {
    case "timestamp":
      return `'${sqlTimestampText(toDate(value)!)}'`;
    case "json":
      return esc(toJsonText(value));
    case "boolean":
      return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : esc(value);
    case "number":
    case "integer":
      if (typeof value === "number") {
        if (!Number.isFinite(value)) return "NULL";
        return String(value);
      }
      if (typeof value === "bigint") return value.toString();
      return esc(value);
    default:
      return esc(typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value);
  }
}

function bindParam(value: unknown): unknown {
  if (value !== null && typeof value === "object" && !(value instanceof Date) && !Array.isArray(value) && !(value instanceof Uint8Array)) {
    return JSON.stringify(value);
  }
  return value;
}
