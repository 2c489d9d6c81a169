import Database from "better-sqlite3";
import { closeSync, existsSync, openSync, readSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { BaseEngine, indexName, inferType, noColumns, safeNumber, transpose } from "./base.ts";
import { sqlTimestampText, toDate, toJsonText } from "./normalize.ts";
import type { ColumnarResult, EngineColumn, EngineColumnType, Row } from "./types.ts";
import { EngineError, errorText, isFileLocation, sqliteSchemaFile } from "./types.ts";

const SQLITE_TYPES: Record<EngineColumnType, string> = {
  string: "TEXT",
  number: "REAL",
  integer: "INTEGER",
  boolean: "INTEGER",
  timestamp: "TEXT",
  json: "TEXT",
};

/**
 * SQLite through better-sqlite3. Qualified names `schema.table` live in an attached
 * database named `schema`: `:memory:` for an in-memory main database, else the file
 * `<main file without extension>.<schema>.db` beside the main file (attached on open when
 * it exists, created on first createTable).
 */
export class SqliteEngine extends BaseEngine {
  readonly name = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly path: string;
  private readonly attached = new Set<string>(["main", "temp"]);

  private constructor(target: string, path: string, db: Database.Database) {
    super(target);
    this.path = path;
    this.db = db;
  }

  static open(target: string, path: string, readOnly: boolean): SqliteEngine {
    let db: Database.Database;
    try {
      const file = isFileLocation(path);
      // The journal mode is left as the file has it: WAL would be written into the file.
      db = new Database(file ? path : ":memory:", { readonly: readOnly && file, fileMustExist: readOnly && file });
      // Integers as bigints (made numbers when within ±2^53, as on every engine): without
      // this, better-sqlite3 rounds 64-bit keys such as 9007199254740993 to a neighbour.
      db.defaultSafeIntegers(true);
    } catch (e) {
      throw new EngineError(`cannot open SQLite database ${target}: ${errorText(e)}`);
    }
    const engine = new SqliteEngine(target, path, db);
    engine.registerFunctions();
    engine.attachExisting();
    return engine;
  }

  /**
   * SQLite has no regular expressions: `x REGEXP p` calls `regexp(p, x)`, which we define
   * with JavaScript's RegExp (unicode mode when the pattern allows it, so `.` is one code
   * point as on the other engines). NULL in, NULL out.
   */
  private registerFunctions(): void {
    const cache = new Map<string, RegExp>();
    this.db.function("regexp", { deterministic: true }, (pattern: unknown, value: unknown) => {
      if (pattern === null || value === null || pattern === undefined || value === undefined) return null;
      const p = String(pattern);
      let re = cache.get(p);
      if (!re) {
        try {
          re = new RegExp(p, "u");
        } catch {
          re = new RegExp(p);
        }
        cache.set(p, re);
      }
      return re.test(String(value)) ? 1 : 0;
    });
  }

  private get inMemory(): boolean {
    return this.path === "" || this.path === ":memory:";
  }

  private schemaFile(schema: string): string {
    return sqliteSchemaFile(this.path, schema);
  }

  private attachExisting(): void {
    if (this.inMemory) return;
    const dir = dirname(this.path);
    const base = basename(this.path).replace(/\.[^.]*$/, "");
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir)) {
      const m = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.([A-Za-z_][A-Za-z0-9_]*)\\.db$`).exec(f);
      // A file of that name that is no SQLite database is someone else's (`demo.notes.db`).
      if (m && isSqliteFile(join(dir, f))) this.attach(m[1]!);
    }
  }

  private attach(schema: string): void {
    if (this.attached.has(schema)) return;
    const file = this.inMemory ? ":memory:" : this.schemaFile(schema);
    try {
      this.db.prepare(`ATTACH DATABASE ? AS ${this.quoteIdent(schema)}`).run(file);
    } catch (e) {
      // A file another process holds locked, or one that is no database.
      throw new EngineError(`cannot open SQLite database ${file} (schema ${schema} of ${this.target}): ${errorText(e)}`);
    }
    this.attached.add(schema);
  }

  /** SQLite keeps any value in any column, whatever its declared type. */
  protected columnTypeQuery(): undefined {
    return undefined;
  }

  resolveTable(table: string[]): string[] {
    return [...table];
  }

  private bind(value: unknown, type: EngineColumnType | undefined): unknown {
    if (value === null || value === undefined) return null;
    switch (type ?? inferType(value)) {
      case "boolean":
        return typeof value === "boolean" ? (value ? 1 : 0) : value;
      case "timestamp":
        return sqlTimestampText(toDate(value)!);
      case "json":
        return toJsonText(value);
      case "integer":
        return typeof value === "bigint" ? value : value;
      default:
        if (value instanceof Date) return sqlTimestampText(value);
        if (typeof value === "boolean") return value ? 1 : 0;
        if (typeof value === "object" && !(value instanceof Uint8Array)) return JSON.stringify(value);
        return value;
    }
  }

  async query(sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      const stmt = this.db.prepare(sql);
      const bound = params.map((p) => this.bind(p, undefined));
      if (!stmt.reader) {
        stmt.run(...bound);
        return [];
      }
      return (stmt.all(...bound) as Row[]).map(fixBigints);
    } catch (e) {
      this.fail(e, sql);
    }
  }

  /** Raw mode (one array per row), transposed; SQLite types are per value, so bigints are checked per value. */
  async queryColumns(sql: string, params: unknown[] = []): Promise<ColumnarResult> {
    try {
      const stmt = this.db.prepare(sql);
      const bound = params.map((p) => this.bind(p, undefined));
      if (!stmt.reader) {
        stmt.run(...bound);
        return noColumns();
      }
      const columns = stmt.columns().map((c) => c.name);
      return transpose(columns, stmt.raw(true).all(...bound) as unknown[][], true);
    } catch (e) {
      this.fail(e, sql);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      this.db.exec(sql);
    } catch (e) {
      this.fail(e, sql);
    }
  }

  /** Deferred: the first read takes the snapshot (WAL) or the shared lock, for every attached schema. */
  protected snapshotBegin(): string {
    return "BEGIN";
  }

  async createTable(table: string[], columns: EngineColumn[]): Promise<void> {
    const resolved = this.resolveTable(table);
    if (resolved.length > 2) throw new EngineError(`sqlite: table name ${resolved.join(".")} has more than two parts`);
    try {
      if (resolved.length === 2) this.attach(resolved[0]!);
    } catch (e) {
      this.fail(e);
    }
    const cols = this.columnDefs(columns, SQLITE_TYPES);
    await this.exec(`CREATE TABLE ${this.quoteTable(resolved)} (${cols})`);
    this.rememberColumns(resolved, columns);
  }

  async insertRows(table: string[], columns: string[], rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const resolved = this.resolveTable(table);
    const types = this.typesFor(resolved, columns);
    const sql = `INSERT INTO ${this.quoteTable(resolved)} (${columns.map((c) => this.quoteIdent(c)).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
    try {
      const stmt = this.db.prepare(sql);
      const n = columns.length;
      const buf = new Array<unknown>(n);
      const run = this.db.transaction((batch: unknown[][]) => {
        for (const row of batch) {
          for (let i = 0; i < n; i++) buf[i] = this.bind(row[i], types[i]);
          stmt.run(buf);
        }
      });
      run(rows);
    } catch (e) {
      this.fail(e, sql);
    }
  }

  /** SQLite wants the schema on the index name and a bare table name. */
  override async createIndex(table: string[], columns: string[]): Promise<void> {
    const resolved = this.resolveTable(table);
    const name = resolved.length === 2
      ? `${this.quoteIdent(resolved[0]!)}.${this.quoteIdent(indexName(resolved, columns))}`
      : this.quoteIdent(indexName(resolved, columns));
    const bare = this.quoteIdent(resolved[resolved.length - 1]!);
    await this.exec(`CREATE INDEX ${name} ON ${bare} (${columns.map((c) => this.quoteIdent(c)).join(", ")})`);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function fixBigints(row: Row): Row {
  for (const k in row) {
    const v = row[k];
    if (typeof v === "bigint") row[k] = safeNumber(v);
  }
  return row;
}

/** A regular file that is empty (SQLite's new database) or starts with SQLite's header. */
export function isSqliteFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    const header = Buffer.alloc(16);
    const fd = openSync(file, "r");
    try {
      const read = readSync(fd, header, 0, 16, 0);
      return read === 0 || (read === 16 && header.toString("latin1") === "SQLite format 3\0");
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
