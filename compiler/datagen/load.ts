import type { Engine, EngineColumn } from "../engines/types.ts";
import type { IRProject } from "../ir.ts";
import type { GeneratedData, GeneratedTable } from "./generate.ts";

export interface LoadSummary {
  /** The IR table name joined with dots, and the rows inserted. */
  tables: { table: string; rows: number }[];
}

/**
 * Creates every table of `data` on `engine` (schemas / attached databases on demand, names
 * through `engine.resolveTable`) and inserts the rows batch by batch, then indexes keys,
 * foreign keys and the entity column of event tables.
 *
 * With `signal`, the load stops at the next batch (or index) once it is aborted, rejecting
 * with its reason. Each batch then yields to the event loop first: better-sqlite3 writes
 * synchronously, so without it no signal handler (Ctrl-C) would run before the load ends.
 */
export async function loadData(
  engine: Engine,
  _ir: IRProject,
  data: GeneratedData,
  options: { indexes?: boolean; analyze?: boolean; signal?: AbortSignal } = {},
): Promise<LoadSummary> {
  const { signal } = options;
  const unlessAborted = async (): Promise<void> => {
    if (signal === undefined) return;
    await new Promise((resolve) => setImmediate(resolve));
    signal.throwIfAborted();
  };
  const summary: LoadSummary = { tables: [] };
  for (const t of mergeSharedTables(data.tables)) {
    const name = t.table.join(".");
    await unlessAborted();
    await engine.createTable(t.table, t.columns);
    const columns = t.columns.map((c) => c.name);
    let rows = 0;
    for (const batch of t.batches()) {
      await unlessAborted();
      await engine.insertRows(t.table, columns, batch);
      rows += batch.length;
    }
    if (options.indexes ?? true) {
      for (const c of new Set(t.indexColumns)) {
        await unlessAborted();
        if (columns.includes(c)) await engine.createIndex(t.table, [c]);
      }
    }
    await unlessAborted();
    if (options.analyze ?? true) await engine.analyze(t.table);
    summary.tables.push({ table: name, rows });
  }
  return summary;
}

/**
 * One table per name: two event sources may read one table (`events of user` and
 * `events of account` over an events table holding both keys). Such tables become one
 * with the union of their columns (the first declaration of a column gives its type, as
 * within one source); each source's rows leave the other sources' columns NULL.
 */
export function mergeSharedTables(tables: readonly GeneratedTable[]): GeneratedTable[] {
  const byName = new Map<string, GeneratedTable[]>();
  for (const t of tables) {
    const name = t.table.join(".");
    const group = byName.get(name);
    if (group) group.push(t);
    else byName.set(name, [t]);
  }
  return [...byName.values()].map((group) => (group.length === 1 ? group[0]! : mergeTables(group)));
}

function mergeTables(group: readonly GeneratedTable[]): GeneratedTable {
  const columns: EngineColumn[] = [];
  const position = new Map<string, number>();
  for (const t of group) {
    for (const c of t.columns) {
      if (position.has(c.name)) continue;
      position.set(c.name, columns.length);
      columns.push(c);
    }
  }
  const first = group[0]!;
  return {
    kind: first.kind,
    name: group.map((t) => t.name).join("+"),
    table: first.table,
    columns,
    indexColumns: [...new Set(group.flatMap((t) => t.indexColumns))],
    *batches() {
      for (const t of group) {
        const targets = t.columns.map((c) => position.get(c.name)!);
        for (const batch of t.batches()) {
          yield batch.map((row) => {
            const merged: unknown[] = new Array<unknown>(columns.length).fill(null);
            row.forEach((value, i) => (merged[targets[i]!] = value));
            return merged;
          });
        }
      }
    },
  };
}
