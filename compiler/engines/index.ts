/**
 * Public API of the engine layer: `openEngine(target)` picks the engine from the target
 * string. See CONTEXT.md and docs/dialects.md ("Connection targets").
 */
import type { Engine, EngineName, OpenOptions } from "./types.ts";
import { EngineError, redactTarget } from "./types.ts";

export type { ColumnarResult, Engine, EngineColumn, EngineColumnType, EngineName, OpenOptions, Row } from "./types.ts";
export { CancelError, columnValues, EngineError, isFileLocation, redactTarget, sqliteSchemaFile } from "./types.ts";
export { compareMemberKeys, normalizeRow, normalizeValue, toIsoTimestamp, type MemberKey, type NormalizeHint } from "./normalize.ts";

export const ENGINE_NAMES: readonly EngineName[] = ["sqlite", "postgres", "mysql", "duckdb"];

export interface ParsedTarget {
  engine: EngineName;
  /** File path (sqlite/duckdb; "" or ":memory:" for in-memory) or connection URL. */
  location: string;
}

/**
 * Which engine a target names:
 * - `postgres://…`, `postgresql://…` → postgres
 * - `mysql://…`, `mariadb://…` → mysql
 * - `duckdb:<path>`, `duckdb::memory:` → duckdb
 * - `sqlite:<path>`, `sqlite::memory:`, `:memory:`, or any other string (a file path) → sqlite
 */
export function parseTarget(target: string): ParsedTarget {
  const t = target.trim();
  if (t === "") throw new EngineError("empty database target");
  if (/^postgres(ql)?:\/\//i.test(t)) return { engine: "postgres", location: t };
  if (/^(mysql|mariadb):\/\//i.test(t)) return { engine: "mysql", location: t };
  if (/^duckdb:/i.test(t)) return { engine: "duckdb", location: t.slice("duckdb:".length) };
  if (/^sqlite:/i.test(t)) return { engine: "sqlite", location: t.slice("sqlite:".length) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) {
    throw new EngineError(
      `unsupported database target ${redactTarget(t)}: expected postgres://, mysql://, mariadb://, duckdb:<path>, sqlite:<path> or a SQLite file path`,
    );
  }
  return { engine: "sqlite", location: t };
}

/** Opens a connection. Failures are EngineErrors with a one-line message naming the target. */
export async function openEngine(target: string, options: OpenOptions = {}): Promise<Engine> {
  const { engine, location } = parseTarget(target);
  const shown = redactTarget(target.trim());
  const readOnly = options.readOnly ?? false;
  switch (engine) {
    case "sqlite": {
      const { SqliteEngine } = await import("./sqlite.ts");
      return SqliteEngine.open(shown, location, readOnly);
    }
    case "duckdb": {
      const { DuckdbEngine } = await import("./duckdb.ts");
      return DuckdbEngine.open(shown, location, readOnly);
    }
    case "postgres": {
      const { PostgresEngine } = await import("./postgres.ts");
      return PostgresEngine.open(location, shown, options.schemaPrefix, readOnly);
    }
    case "mysql": {
      const { MysqlEngine } = await import("./mysql.ts");
      return MysqlEngine.open(location, shown, options.schemaPrefix, readOnly);
    }
  }
}
