import {
  DuckDBAppender,
  DuckDBConnection,
  DuckDBInstance,
  DuckDBTimestampValue,
  DuckDBTypeId,
  JSDuckDBValueConverter,
  type DuckDBValue,
  type DuckDBVector,
} from "@duckdb/node-api";
import { BaseEngine, inferType, safeNumber } from "./base.ts";
import { sqlTimestampText, toDate, toJsonText } from "./normalize.ts";
import type { ColumnarResult, EngineColumn, EngineColumnType, Row } from "./types.ts";
import { EngineError, errorText, isFileLocation } from "./types.ts";

const DUCKDB_TYPES: Record<EngineColumnType, string> = {
  string: "VARCHAR",
  number: "DOUBLE",
  integer: "BIGINT",
  boolean: "BOOLEAN",
  timestamp: "TIMESTAMP",
  json: "JSON",
};

/**
 * DuckDB through @duckdb/node-api. Timestamps are naive `TIMESTAMP` holding UTC. Inserts
 * into tables created here use the appender; other tables get multi-row VALUES.
 */
export class DuckdbEngine extends BaseEngine {
  readonly name = "duckdb" as const;
  private readonly instance: DuckDBInstance;
  private readonly conn: DuckDBConnection;

  private constructor(target: string, instance: DuckDBInstance, conn: DuckDBConnection) {
    super(target);
    this.instance = instance;
    this.conn = conn;
    this.schemas.add("main");
  }

  static async open(target: string, path: string, readOnly: boolean): Promise<DuckdbEngine> {
    const file = isFileLocation(path);
    try {
      const instance = await DuckDBInstance.create(file ? path : ":memory:", readOnly && file ? { access_mode: "READ_ONLY" } : undefined);
      const conn = await instance.connect();
      const engine = new DuckdbEngine(target, instance, conn);
      await engine.exec("SET TimeZone = 'UTC'");
      return engine;
    } catch (e) {
      if (e instanceof EngineError) throw e;
      throw new EngineError(`cannot open DuckDB database ${target}: ${errorText(e)}`);
    }
  }

  /** The type of a scalar subquery of no rows is the column's: no row is read. */
  protected columnTypeQuery(table: string[], column: string): { sql: string; params: unknown[] } {
    return { sql: `SELECT typeof((SELECT ${this.quoteIdent(column)} FROM ${this.quoteTable(table)} LIMIT 0)) AS "type"`, params: [] };
  }

  resolveTable(table: string[]): string[] {
    return [...table];
  }

  async query(sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      const reader = await this.conn.runAndReadAll(sql, params.map(bindParam));
      return reader.getRowObjectsJS().map((row) => {
        const out: Row = {};
        for (const [k, v] of Object.entries(row)) out[k] = typeof v === "bigint" ? safeNumber(v) : v;
        return out;
      });
    } catch (e) {
      this.fail(e, sql);
    }
  }

  /**
   * Reads the result chunk by chunk, vector by vector. Each column's reading is chosen once
   * from its type: booleans, numbers up to 32 bits and text are the vector's own values;
   * 64-bit and wider integers are bigints made numbers when safe; anything else goes
   * through the JS converter `query` uses (Date for timestamps, …).
   */
  async queryColumns(sql: string, params: unknown[] = []): Promise<ColumnarResult> {
    try {
      const result = await this.conn.run(sql, params.map(bindParam));
      const columns = result.deduplicatedColumnNames();
      const readers = columns.map((_, c) => columnReader(result.columnTypeId(c)));
      const values = columns.map((): unknown[] => []);
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        for (let c = 0; c < columns.length; c++) readers[c]!(chunk.getColumnVector(c), values[c]!);
      }
      return { columns, values };
    } catch (e) {
      this.fail(e, sql);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.conn.run(sql);
    } catch (e) {
      this.fail(e, sql);
    }
  }

  /**
   * None: a file `seg run` reads is opened read-only, and DuckDB lets no process write a
   * file others have open; and a failed statement would abort a DuckDB transaction (no
   * savepoints), ending the checks that go on after a failed read.
   */
  protected snapshotBegin(): undefined {
    return undefined;
  }

  async createTable(table: string[], columns: EngineColumn[]): Promise<void> {
    await this.createTableInSchema(table, columns, DUCKDB_TYPES);
  }

  async insertRows(table: string[], columns: string[], rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const resolved = this.resolveTable(table);
    const known = this.columnTypes.get(resolved.join("\u0000"));
    const types = this.typesFor(resolved, columns);
    // The appender fills every column in table order: usable when we know the table and
    // the insert names all its columns.
    if (known && known.size === columns.length && types.every((t) => t !== undefined)) {
      const order = [...known.keys()];
      const index = order.map((name) => columns.indexOf(name));
      if (index.every((i) => i >= 0)) {
        await this.append(resolved, order.map((n) => known.get(n)!), index, rows);
        return;
      }
    }
    await this.insertValues(resolved, columns, types, rows);
  }

  private async append(resolved: string[], types: EngineColumnType[], index: number[], rows: unknown[][]): Promise<void> {
    let appender: DuckDBAppender;
    try {
      appender = resolved.length === 2
        ? await this.conn.createAppender(resolved[1]!, resolved[0]!)
        : await this.conn.createAppender(resolved[0]!);
    } catch (e) {
      this.fail(e);
    }
    try {
      for (const row of rows) {
        for (let c = 0; c < types.length; c++) {
          const v = row[index[c]!];
          if (v === null || v === undefined) {
            appender.appendNull();
            continue;
          }
          switch (types[c]) {
            case "string":
              appender.appendVarchar(typeof v === "string" ? v : String(v));
              break;
            case "number":
              appender.appendDouble(Number(v));
              break;
            case "integer":
              appender.appendBigInt(BigInt(typeof v === "bigint" ? v : Math.trunc(Number(v))));
              break;
            case "boolean":
              appender.appendBoolean(Boolean(v));
              break;
            case "timestamp":
              appender.appendTimestamp(new DuckDBTimestampValue(BigInt(toDate(v)!.getTime()) * 1000n));
              break;
            case "json":
              appender.appendVarchar(toJsonText(v)!);
              break;
          }
        }
        appender.endRow();
      }
      appender.flushSync();
    } catch (e) {
      this.fail(e);
    } finally {
      appender.closeSync();
    }
  }

  private async insertValues(
    resolved: string[],
    columns: string[],
    types: (EngineColumnType | undefined)[],
    rows: unknown[][],
  ): Promise<void> {
    const head = `INSERT INTO ${this.quoteTable(resolved)} (${columns.map((c) => this.quoteIdent(c)).join(", ")}) VALUES `;
    const perBatch = Math.max(1, Math.floor(10_000 / Math.max(1, columns.length)));
    for (let start = 0; start < rows.length; start += perBatch) {
      const batch = rows.slice(start, start + perBatch);
      const params: DuckDBValue[] = [];
      const tuples = batch.map((row) => {
        const ph = columns.map((_, i) => {
          const t = types[i] ?? inferType(row[i]);
          const v = row[i];
          if (v === null || v === undefined) return "NULL";
          if (t === "timestamp") {
            params.push(sqlTimestampText(toDate(v)!));
            return "CAST(? AS TIMESTAMP)";
          }
          if (t === "json") {
            params.push(toJsonText(v)!);
            return "CAST(? AS JSON)";
          }
          params.push(bindParam(v));
          return "?";
        });
        return `(${ph.join(", ")})`;
      });
      await this.query(head + tuples.join(", "), params);
    }
  }

  async close(): Promise<void> {
    try {
      this.conn.closeSync();
      this.instance.closeSync();
    } catch {
      /* already closed */
    }
  }
}

type ColumnReader = (vector: DuckDBVector, out: unknown[]) => void;

/** Values the vectors return exactly as JSDuckDBValueConverter would (same JS value). */
const PLAIN_TYPES = new Set<DuckDBTypeId>([
  DuckDBTypeId.BOOLEAN,
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.VARCHAR,
]);

/** Vectors of bigints. */
const BIGINT_TYPES = new Set<DuckDBTypeId>([
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.BIGNUM,
]);

function columnReader(typeId: DuckDBTypeId): ColumnReader {
  if (PLAIN_TYPES.has(typeId)) {
    return (vector, out) => {
      const n = vector.itemCount;
      for (let i = 0; i < n; i++) out.push(vector.getItem(i));
    };
  }
  if (BIGINT_TYPES.has(typeId)) {
    return (vector, out) => {
      const n = vector.itemCount;
      for (let i = 0; i < n; i++) {
        const v = vector.getItem(i);
        out.push(typeof v === "bigint" ? safeNumber(v) : v);
      }
    };
  }
  return (vector, out) => {
    const n = vector.itemCount;
    const type = vector.type;
    for (let i = 0; i < n; i++) {
      const item = vector.getItem(i);
      const v = item === null ? null : JSDuckDBValueConverter(item, type, JSDuckDBValueConverter);
      out.push(typeof v === "bigint" ? safeNumber(v) : v);
    }
  };
}

function bindParam(value: unknown): DuckDBValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return new DuckDBTimestampValue(BigInt(value.getTime()) * 1000n);
  if (value instanceof DuckDBTimestampValue) return value;
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
    case "bigint":
      return value;
    default:
      return JSON.stringify(value);
  }
}
