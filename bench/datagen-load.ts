/**
 * Generation and load throughput of the data generator on each engine.
 *   npx tsx bench/datagen-load.ts [users=20000] [targets...]
 * Default targets: in-memory SQLite and DuckDB. Server targets (postgres://…, mysql://…)
 * load into their default schemas: use a throwaway database.
 */
import { generateData, loadData } from "../compiler/datagen/index.ts";
import { openEngine } from "../compiler/engines/index.ts";
import { exampleSchemaIR } from "../test/helpers/example-ir.ts";

const users = Number(process.argv[2] ?? 20_000);
const targets = process.argv.length > 3 ? process.argv.slice(3) : [":memory:", "duckdb::memory:"];
const ir = exampleSchemaIR();
const data = generateData(ir, { users, seed: 1, asOf: new Date("2025-06-01T00:00:00Z") });

let t = performance.now();
let total = 0;
for (const table of data.tables) for (const b of table.batches()) total += b.length;
const genMs = performance.now() - t;
console.log(`generate: ${total} rows in ${(genMs / 1000).toFixed(1)} s (${Math.round(total / (genMs / 1000))} rows/s)`);

for (const target of targets) {
  const engine = await openEngine(target);
  t = performance.now();
  const summary = await loadData(engine, ir, data);
  const ms = performance.now() - t;
  const rows = summary.tables.reduce((n, x) => n + x.rows, 0);
  const insertOnly = ms - genMs;
  console.log(
    `${engine.name}: ${rows} rows in ${(ms / 1000).toFixed(1)} s including generation ` +
      `(≈ ${Math.round(rows / (Math.max(insertOnly, 1) / 1000))} rows/s inserting alone)`,
  );
  await engine.close();
}
