import type { ColumnarResult, Engine, EngineColumn, EngineColumnType, EngineName, Row } from "./types.ts";
import { EngineError, errorText, tableKey } from "./types.ts";

/** Shared parts of the four engines: remembered column types, quoting, error wrapping. */
export abstract class BaseEngine implements Engine {
  abstract readonly name: EngineName;
  readonly target: string;
  /** Column types of tables created through this engine, by resolved table name. */
  protected readonly columnTypes = new Map<string, Map<string, EngineColumnType>>();
  /** Schemas (mysql: databases) that exist, so createTable creates each one once. */
  protected readonly schemas = new Set<string>();

  constructor(target: string) {
    this.target = target;
  }

  abstract query(sql: string, params?: unknown[]): Promise<Row[]>;
  abstract queryColumns(sql: string, params?: unknown[]): Promise<ColumnarResult>;
  abstract exec(sql: string): Promise<void>;
  abstract createTable(table: string[], columns: EngineColumn[]): Promise<void>;
  abstract insertRows(table: string[], columns: string[], rows: unknown[][]): Promise<void>;
  abstract close(): Promise<void>;
  abstract resolveTable(table: string[]): string[];

  /** Whether a snapshot's transaction is open (Engine.snapshot). */
  protected snapshotting = false;

  async snapshot<T>(work: () => Promise<T>): Promise<T> {
    const begin = this.snapshotBegin();
    if (begin === undefined || this.snapshotting) return work();
    await this.exec(begin);
    this.snapshotting = true;
    let result: T;
    try {
      result = await work();
    } catch (e) {
      this.snapshotting = false;
      await this.exec("ROLLBACK").catch(() => undefined);
      throw e;
    }
    this.snapshotting = false;
    await this.exec("COMMIT");
    return result;
  }

  /** The statement that starts a snapshot's transaction; none where reads need none. */
  protected abstract snapshotBegin(): string | undefined;

  quoteIdent(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
  }

  quoteTable(table: string[]): string {
    return table.map((p) => this.quoteIdent(p)).join(".");
  }

  async columnType(table: string[], column: string): Promise<string | undefined> {
    const query = this.columnTypeQuery(this.resolveTable(table), column);
    if (query === undefined) return undefined;
    try {
      const [row] = await this.query(query.sql, query.params);
      const type = row?.["type"];
      return typeof type === "string" ? type : undefined;
    } catch {
      // A missing table or column: the query that reads it reports that in its own words.
      return undefined;
    }
  }

  /**
   * A query whose one row's `type` names the column's type (columnType); none where
   * columns have no fixed type. `table` is resolved already.
   */
  protected abstract columnTypeQuery(table: string[], column: string): { sql: string; params: unknown[] } | undefined;

  async createIndex(table: string[], columns: string[]): Promise<void> {
    const resolved = this.resolveTable(table);
    const cols = columns.map((c) => this.indexColumn(table, c)).join(", ");
    await this.exec(`CREATE INDEX ${this.quoteIdent(indexName(resolved, columns))} ON ${this.quoteTable(resolved)} (${cols})`);
  }

  async analyze(table: string[]): Promise<void> {
    const t = this.quoteTable(this.resolveTable(table));
    await this.exec(this.name === "mysql" ? `ANALYZE TABLE ${t}` : `ANALYZE ${t}`);
  }

  protected indexColumn(_table: string[], column: string): string {
    return this.quoteIdent(column);
  }

  /** `"column" TYPE, …` for CREATE TABLE, in the engine's storage types (`types`). */
  protected columnDefs(columns: EngineColumn[], types: Record<EngineColumnType, string>): string {
    return columns.map((c) => `${this.quoteIdent(c.name)} ${types[c.type]}`).join(", ");
  }

  /**
   * createTable of the engines whose schemas are plain namespaces (postgres, duckdb): the
   * schema of a two-part name on its first use (`CREATE SCHEMA IF NOT EXISTS`), then the table.
   */
  protected async createTableInSchema(table: string[], columns: EngineColumn[], types: Record<EngineColumnType, string>): Promise<void> {
    const resolved = this.resolveTable(table);
    if (resolved.length === 2 && !this.schemas.has(resolved[0]!)) {
      await this.exec(`CREATE SCHEMA IF NOT EXISTS ${this.quoteIdent(resolved[0]!)}`);
      this.schemas.add(resolved[0]!);
    }
    await this.exec(`CREATE TABLE ${this.quoteTable(resolved)} (${this.columnDefs(columns, types)})`);
    this.rememberColumns(resolved, columns);
  }

  protected rememberColumns(resolved: string[], columns: EngineColumn[]): void {
    this.columnTypes.set(tableKey(resolved), new Map(columns.map((c) => [c.name, c.type])));
  }

  /** Known column types (from createTable) for an insert; undefined entries: infer from values. */
  protected typesFor(resolved: string[], columns: string[]): (EngineColumnType | undefined)[] {
    const known = this.columnTypes.get(tableKey(resolved));
    return columns.map((c) => known?.get(c));
  }

  /** Wraps an engine failure into an EngineError naming the target and the SQL's start. */
  protected fail(e: unknown, sql?: string): never {
    if (e instanceof EngineError) throw e;
    const where = sql ? ` while running: ${sql.replace(/\s+/g, " ").slice(0, 120)}` : "";
    const reason = errorText(e);
    throw new EngineError(`${this.name} (${this.target}): ${reason}${where}`, reason);
  }
}

/** The columnar result of a statement without a result set (DDL, INSERT …). */
export function noColumns(): ColumnarResult {
  return { columns: [], values: [] };
}

/**
 * Rows as arrays (the drivers' array mode) → one array per column. `fixBigints`: bigints
 * within ±2^53 become numbers, as `query` does on engines whose types are per value.
 */
export function transpose(columns: string[], rows: unknown[][], fixBigints = false): ColumnarResult {
  const width = columns.length;
  const count = rows.length;
  const values: unknown[][] = [];
  for (let c = 0; c < width; c++) {
    const col = new Array<unknown>(count);
    for (let r = 0; r < count; r++) col[r] = rows[r]![c];
    if (fixBigints) {
      for (let r = 0; r < count; r++) {
        const v = col[r];
        if (typeof v === "bigint") col[r] = safeNumber(v);
      }
    }
    values.push(col);
  }
  return { columns, values };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);

/** A bigint as a JS number when it is within ±2^53, else unchanged. */
export function safeNumber(v: bigint): number | bigint {
  return v <= MAX_SAFE && v >= MIN_SAFE ? Number(v) : v;
}

/** Infers a storage type from a JS value, for inserts into tables we did not create. */
export function inferType(value: unknown): EngineColumnType | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return "timestamp";
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "bigint":
      return "integer";
    case "string":
      return "string";
    case "object":
      return "json";
    default:
      return undefined;
  }
}

/** `ix_<table>_<columns>`, identifier-safe, at most 60 characters. */
export function indexName(resolved: string[], columns: string[]): string {
  return `ix_${resolved[resolved.length - 1]}_${columns.join("_")}`.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 60);
}
