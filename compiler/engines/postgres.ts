import net from "node:net";
import pg from "pg";
import { BaseEngine, inferType, noColumns, transpose } from "./base.ts";
import { toDate, toJsonText } from "./normalize.ts";
import type { ColumnarResult, EngineColumn, EngineColumnType, Row } from "./types.ts";
import { CancelError, EngineError, errorText, resolveWithPrefix } from "./types.ts";

const PG_TYPES: Record<EngineColumnType, string> = {
  string: "text",
  number: "double precision",
  integer: "bigint",
  boolean: "boolean",
  timestamp: "timestamptz",
  json: "jsonb",
};

/** Integers and numerics as JS numbers (pg returns int8/numeric as strings by default). */
const INT8 = 20;
const NUMERIC = 1700;
/** char(n): PostgreSQL pads it with spaces, which its comparisons and its text ignore. */
const BPCHAR = 1042;
const typeParsers = {
  getTypeParser(oid: number, format?: "text" | "binary"): (value: string) => unknown {
    if (oid === INT8) {
      return (v: string) => {
        const n = Number(v);
        return Number.isSafeInteger(n) ? n : BigInt(v);
      };
    }
    if (oid === NUMERIC) return (v: string) => Number(v);
    if (oid === BPCHAR) return (v: string) => v.replace(/ +$/, "");
    return pg.types.getTypeParser(oid, format ?? "text") as (value: string) => unknown;
  },
};

/**
 * Set after connecting, not as the connection's `options`: pg lets `?options=…` in the URL
 * replace those, and a session outside UTC shifts every `timestamp` (without time zone)
 * column compared with as_of. JIT off: compiling the membership query's hundreds of
 * expressions (in the leader and every parallel worker) costs more than it saves
 * (compiler/engines/CONTEXT.md).
 */
const SESSION_SETTINGS = "SET TimeZone = 'UTC'; SET client_min_messages = warning; SET jit = off";

/** Rows per INSERT … SELECT FROM unnest(…) statement. */
const PG_BATCH = 20_000;

/**
 * PostgreSQL through pg. One client per engine; the session time zone is UTC. Inserts into
 * tables created here use one `unnest` of typed arrays per batch (one parameter per
 * column); other tables get multi-row VALUES. Text cannot hold NUL (U+0000): such a string
 * is reported as an EngineError before anything is sent.
 */
export class PostgresEngine extends BaseEngine {
  readonly name = "postgres" as const;
  private readonly client: pg.Client;
  private readonly schemaPrefix: string | undefined;

  private constructor(
    target: string,
    client: pg.Client,
    schemaPrefix: string | undefined,
  ) {
    super(target);
    this.client = client;
    this.schemaPrefix = schemaPrefix;
  }

  static async open(url: string, shownTarget: string, schemaPrefix: string | undefined, readOnly: boolean): Promise<PostgresEngine> {
    let client: pg.Client;
    const timeoutMs = connectTimeoutMs(url, shownTarget);
    try {
      // Reading the URL may throw here: a bad port, an sslrootcert file that is not there.
      client = new pg.Client({ connectionString: url, types: typeParsers, connectionTimeoutMillis: timeoutMs });
    } catch (e) {
      throw new EngineError(`cannot read the PostgreSQL target ${shownTarget}: ${errorText(e)}`);
    }
    client.on("error", () => {
      /* reported by the failing query */
    });
    try {
      await client.connect();
    } catch (e) {
      await client.end().catch(() => undefined);
      const timedOut = /timeout expired/i.test(errorText(e)) ? ` (no answer within ${timeoutMs / 1000} s; the target's ?connect_timeout= sets it)` : "";
      throw new EngineError(`cannot connect to PostgreSQL at ${shownTarget}: ${errorText(e)}${timedOut}`);
    }
    const engine = new PostgresEngine(shownTarget, client, schemaPrefix);
    try {
      await engine.exec(SESSION_SETTINGS + (readOnly ? "; SET default_transaction_read_only = on" : ""));
      if (schemaPrefix) await engine.exec(`SET search_path TO ${engine.quoteIdent(schemaPrefix)}`);
    } catch (e) {
      await client.end().catch(() => undefined);
      throw e;
    }
    return engine;
  }

  /** The type of a scalar subquery of no rows is the column's: no row is read. */
  /** The column's type by name; an enum type as `enum`, a domain as its base type (its own name says neither). */
  protected columnTypeQuery(table: string[], column: string): { sql: string; params: unknown[] } {
    const type = `pg_typeof((SELECT ${this.quoteIdent(column)} FROM ${this.quoteTable(table)} LIMIT 0))`;
    return {
      sql: `SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN format_type(t.typbasetype, NULL) ELSE format_type(t.oid, NULL) END AS "type" FROM pg_type t WHERE t.oid = ${type}`,
      params: [],
    };
  }

  resolveTable(table: string[]): string[] {
    return resolveWithPrefix(table, this.schemaPrefix);
  }

  async query(sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      const res = await this.statement(() => this.client.query(sql, params.map((p) => bindParam(p))));
      return (res.rows ?? []) as Row[];
    } catch (e) {
      this.fail(e, sql);
    }
  }

  /** pg's array row mode, transposed; the type parsers already convert per column type. */
  async queryColumns(sql: string, params: unknown[] = []): Promise<ColumnarResult> {
    try {
      const res = await this.statement(() => this.client.query<unknown[]>({ text: sql, values: params.map((p) => bindParam(p)), rowMode: "array" }));
      // Several statements (simple protocol) give several results: no rows, as in query.
      if (Array.isArray(res) || !res.fields) return noColumns();
      return transpose(res.fields.map((f) => f.name), res.rows ?? []);
    } catch (e) {
      this.fail(e, sql);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.statement(() => this.client.query(sql));
    } catch (e) {
      this.fail(e, sql);
    }
  }

  protected snapshotBegin(): string {
    return "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
  }

  /**
   * A statement; within a snapshot, in a savepoint: a failed statement aborts PostgreSQL's
   * transaction, and `seg run`'s checks go on after a failed read (a missing column, a
   * cancelled type query) within the same snapshot. Statements run one at a time here.
   */
  private async statement<R>(run: () => Promise<R>): Promise<R> {
    if (!this.snapshotting) return run();
    await this.client.query("SAVEPOINT seg_statement");
    let result: R;
    try {
      result = await run();
    } catch (e) {
      await this.client.query("ROLLBACK TO SAVEPOINT seg_statement").catch(() => undefined);
      throw e;
    }
    await this.client.query("RELEASE SAVEPOINT seg_statement");
    return result;
  }

  async createTable(table: string[], columns: EngineColumn[]): Promise<void> {
    await this.createTableInSchema(table, columns, PG_TYPES);
  }

  async insertRows(table: string[], columns: string[], rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const resolved = this.resolveTable(table);
    const known = this.typesFor(resolved, columns);
    const types = columns.map((_, i) => known[i] ?? inferColumn(rows, i));
    // Tables created elsewhere: cast each array to the column's declared type.
    const declared = known.some((t) => t === undefined) ? await this.declaredTypes(resolved) : undefined;
    const sqlTypes = columns.map((c, i) => (known[i] ? PG_TYPES[known[i]!] : declared?.get(c) ?? PG_TYPES[types[i]!]));
    const target = `${this.quoteTable(resolved)} (${columns.map((c) => this.quoteIdent(c)).join(", ")})`;
    const sql =
      `INSERT INTO ${target} SELECT * FROM unnest(` +
      sqlTypes.map((t, i) => `$${i + 1}::${t}[]`).join(", ") +
      ")";
    for (let start = 0; start < rows.length; start += PG_BATCH) {
      const batch = rows.slice(start, start + PG_BATCH);
      const arrays = columns.map((c, i) =>
        batch.map((row, r) => {
          const v = bindValue(row[i], types[i]!);
          if (typeof v === "string" && v.includes("\u0000")) {
            throw new EngineError(
              `postgres (${this.target}): PostgreSQL text cannot hold the NUL character (U+0000): ` +
                `table ${resolved.join(".")}, column ${c}, row ${start + r + 1}`,
            );
          }
          return v;
        }),
      );
      try {
        await this.client.query(sql, arrays);
      } catch (e) {
        this.fail(e, sql);
      }
    }
  }

  /** Column name → declared type (`timestamp with time zone`, `jsonb`, …) of an existing table. */
  private async declaredTypes(resolved: string[]): Promise<Map<string, string>> {
    const rows = await this.query(
      "SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a " +
        "WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped",
      [this.quoteTable(resolved)],
    );
    return new Map(rows.map((r) => [String(r.name), String(r.type)]));
  }

  /**
   * The protocol's CancelRequest (the backend's pid and secret key on a new socket, as libpq's
   * PQcancel sends): unlike `pg_cancel_backend` over a second session it needs no login, no
   * free connection slot (a role's CONNECTION LIMIT) and reaches the right backend through a
   * pooler. pg has no public API for it; its client keeps the pid and key from the start.
   */
  async cancel(): Promise<void> {
    // pg sets these on connect; its typings omit them.
    const { processID, secretKey, host, port } = this.client as pg.Client & { processID: number | null; secretKey: number | null };
    const session = `backend pid ${processID ?? "unknown"}`;
    try {
      if (processID === null || secretKey === null) throw new Error("the session's key is unknown");
      await sendCancelRequest(host, port, processID, secretKey);
    } catch (e) {
      throw new CancelError(`postgres (${this.target}): could not cancel the running query (${session}): ${errorText(e)}`, session);
    }
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

/** The CancelRequest message's code (1234 << 16 | 5678). */
const CANCEL_REQUEST_CODE = 80877102;

/**
 * Sends a CancelRequest (16 bytes: length, code, pid, secret key) on a new connection to the
 * server (a socket directory for a host starting with `/`, as libpq reads it). The server
 * answers nothing and closes the connection; the cancelled statement fails with 57014.
 */
function sendCancelRequest(host: string, port: number, processID: number, secretKey: number): Promise<void> {
  const message = Buffer.alloc(16);
  message.writeInt32BE(16, 0);
  message.writeInt32BE(CANCEL_REQUEST_CODE, 4);
  message.writeInt32BE(processID, 8);
  message.writeInt32BE(secretKey, 12);
  return new Promise((resolve, reject) => {
    const socket = host.startsWith("/") ? net.connect(`${host}/.s.PGSQL.${port}`) : net.connect(port, host);
    socket.setTimeout(5000, () => socket.destroy(new Error("no answer from the server within 5 s")));
    socket.once("error", reject);
    socket.once("connect", () => socket.end(message));
    socket.once("close", (hadError) => {
      if (!hadError) resolve();
    });
  });
}

function inferColumn(rows: unknown[][], i: number): EngineColumnType {
  for (const row of rows) {
    const t = inferType(row[i]);
    if (t) return t;
  }
  return "string";
}

function bindValue(value: unknown, type: EngineColumnType): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case "timestamp":
      return toDate(value)!.toISOString();
    case "json":
      return toJsonText(value);
    case "integer":
      return typeof value === "bigint" ? value.toString() : value;
    default:
      return value;
  }
}

function bindParam(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value !== null && typeof value === "object" && !(value instanceof Date) && !Array.isArray(value) && !(value instanceof Uint8Array)) {
    return JSON.stringify(value);
  }
  if (typeof value === "string" && value.includes("\u0000")) {
    throw new EngineError("PostgreSQL text cannot hold the NUL character (U+0000) in a query parameter");
  }
  return value;
}

/** The sslmode values libpq and node-postgres know; another is refused, never read as one of them. */
const SSL_MODES = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full", "no-verify"];

/**
 * The connection timeout: libpq's `?connect_timeout=` in seconds (node-postgres reads it not;
 * 0 waits for ever, as in libpq), else 5 s. Also refuses an sslmode no driver knows, which
 * node-postgres would read as another.
 */
function connectTimeoutMs(url: string, shownTarget: string): number {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return DEFAULT_CONNECT_TIMEOUT_MS; // the driver names what it cannot read
  }
  const sslmode = params.get("sslmode");
  if (sslmode !== null && !SSL_MODES.includes(sslmode))
    throw new EngineError(`${shownTarget}: sslmode must be one of ${SSL_MODES.join(", ")}, not ${JSON.stringify(sslmode)}`);
  const seconds = params.get("connect_timeout");
  if (seconds === null) return DEFAULT_CONNECT_TIMEOUT_MS;
  if (!/^\d+$/.test(seconds)) throw new EngineError(`${shownTarget}: connect_timeout is a whole number of seconds, not ${JSON.stringify(seconds)}`);
  return Number(seconds) * 1000;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5000;
