import type { Engine } from "../engines/types.ts";
import type { IRProject } from "../ir.ts";
import type { GeneratedData } from "./generate.ts";

export interface LoadSummary {
  /** The IR table name joined with dots, and the rows inserted. */
  tables: { table: string; rows: number }[];
}

/**
 * Creates every table of `data` on `engine` (schemas / attached databases on demand, names
 * through `engine.resolveTable`) and inserts the rows batch by batch, then indexes keys,
 * foreign keys and the entity column of event tables.
 */
export async function loadData(
  engine: Engine,
  _ir: IRProject,
  data: GeneratedData,
  options: { indexes?: boolean; analyze?: boolean } = {},
): Promise<LoadSummary> {
  const summary: LoadSummary = { tables: [] };
  const created = new Set<string>();
  for (const t of data.tables) {
    const name = t.table.join(".");
    if (created.has(name)) throw new Error(`loadData: two generated tables share the name ${name}`);
    created.add(name);
    await engine.createTable(t.table, t.columns);
    const columns = t.columns.map((c) => c.name);
    let rows = 0;
    for (const batch of t.batches()) {
      await engine.insertRows(t.table, columns, batch);
      rows += batch.length;
    }
    if (options.indexes ?? true) {
      for (const c of new Set(t.indexColumns)) {
        if (columns.includes(c)) await engine.createIndex(t.table, [c]);
      }
    }
    if (options.analyze ?? true) await engine.analyze(t.table);
    summary.tables.push({ table: name, rows });
  }
  return summary;
}
