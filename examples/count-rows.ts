/** The examples' loaders report what they wrote: the rows of a table, as the engine counts them. */
import type { Engine } from "../compiler/engines/index.ts";

/** `SELECT COUNT(*)` of `table` (as the schema names it), with an optional `where` condition. */
export async function countRows(engine: Engine, table: string[], where?: string): Promise<number> {
  const rows = await engine.query(`SELECT COUNT(*) AS n FROM ${engine.quoteTable(engine.resolveTable(table))}${where ? ` WHERE ${where}` : ""}`);
  return Number(rows[0]!["n"]);
}
