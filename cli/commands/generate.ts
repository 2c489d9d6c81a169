import type { IRProject } from "../../compiler/index.ts";
import { DAY_MS, generateData, generatedSpanMs, loadData } from "../../compiler/datagen/index.ts";
import { instantProblem, MAX_INSTANT_MS, MIN_INSTANT_MS } from "../../compiler/check/types.ts";
import type { Engine } from "../../compiler/engines/index.ts";
import type { GenerateFlags } from "../main.ts";
import { loadValidProject } from "../project.ts";
import { createProgress } from "../progress.ts";
import { CliError, EXIT_OK, type CliIo } from "../io.ts";
import { parseInstant } from "../time.ts";
import { asCliError, cancellingOnInterrupt, newDatabaseFiles, open, removeDatabaseFiles, stoppingOnInterrupt } from "./run.ts";

/**
 * The most users `seg generate` and `seg demo` write: about 120 events each, so already
 * about a billion rows; beyond it a typo (an extra digit or three) would run for days.
 */
export const MAX_GENERATED_USERS = 10_000_000;

export function parseCount(text: string, flag: string): number {
  // Digits only: Number() would also take "0x10", "1e3" and " 7 ".
  const value = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < 1 || value > MAX_GENERATED_USERS) {
    throw new CliError(`${flag} expects a whole number from 1 to ${MAX_GENERATED_USERS.toLocaleString("en-US")}, got ${JSON.stringify(text)}`);
  }
  return value;
}

/** The largest seed: seeds are 32-bit. */
const MAX_SEED = 0xffff_ffff;

/** `seg generate <dir> --db <target>`: the schema's tables filled with generated data. */
export async function generateCommand(dir: string, flags: GenerateFlags, io: CliIo): Promise<number> {
  const users = parseCount(flags.users, "--users");
  const seed = Number(flags.seed);
  // The generator mixes the seed as 32 bits: larger or negative seeds would silently give
  // the data of another seed.
  if (!/^\d+$/.test(flags.seed.trim()) || seed > MAX_SEED) {
    throw new CliError(`--seed expects a whole number from 0 to ${MAX_SEED.toLocaleString("en-US")}, got ${JSON.stringify(flags.seed)}`);
  }
  const asOf = flags.asOf === undefined ? new Date() : new Date(parseInstant(flags.asOf, "--as-of"));
  // Every generated time must be one every engine stores (generatedSpanMs).
  const span = generatedSpanMs();
  if (instantProblem(asOf.getTime() - span.before) !== undefined || instantProblem(asOf.getTime() + span.after) !== undefined) {
    const days = (ms: number): number => Math.ceil(ms / DAY_MS);
    // The exact instants: the span is no whole number of days.
    const first = new Date(MIN_INSTANT_MS + span.before).toISOString();
    const last = new Date(MAX_INSTANT_MS - span.after).toISOString();
    throw new CliError(
      `--as-of ${JSON.stringify(flags.asOf)}: the generated data spans the ${days(span.before)} days before it and ${days(span.after)} after, which must stay within 1000-01-01 to 9999-12-31; choose an --as-of between ${first} and ${last}`,
    );
  }
  const { result } = await loadValidProject([dir], io);
  // The database files this run creates are removed when it fails: no empty or half-filled
  // file is left to refuse the next run.
  const tables = [...result.ir.entities.map((e) => e.table), ...result.ir.eventSources.map((s) => s.table)];
  const createdFiles = newDatabaseFiles(flags.db, tables, io);
  const interruptedOutcome = leftAfterFailure(flags.db, createdFiles, io);
  const engine = await open(flags.db, io);
  let failed = true;
  try {
    const load = (signal?: AbortSignal): ReturnType<typeof fill> => fill(engine, result.ir, { users, seed, asOf, signal }, io);
    const summary =
      engine.cancel === undefined
        ? await stoppingOnInterrupt(engine, io, interruptedOutcome, load)
        : await cancellingOnInterrupt(engine, io, () => load());
    for (const t of summary) io.stdout(`${t.table}: ${t.rows} rows\n`);
    failed = false;
    return EXIT_OK;
  } catch (error) {
    throw asCliError(error, flags.db);
  } finally {
    await engine.close();
    if (failed) removeDatabaseFiles(createdFiles);
  }
}

/**
 * What a failed run leaves of a SQLite or DuckDB database, once it has removed
 * `createdFiles`; asked before the run opens (creates) the database.
 */
function leftAfterFailure(target: string, createdFiles: string[], io: CliIo): string {
  const removed = createdFiles.length > 0 ? "the files it created are removed" : "";
  // The database file itself is new: nothing is left.
  if (newDatabaseFiles(target, [], io).length > 0) return removed;
  return `${removed === "" ? "" : `${removed}; `}the tables it wrote into ${target}, which existed before, are left half filled`;
}

/** The tables of `tables` that `engine` can read already (a probe query that reads no row). */
async function existingTables(engine: Engine, tables: string[][]): Promise<string[][]> {
  const found: string[][] = [];
  for (const table of tables) {
    try {
      await engine.query(`SELECT 1 FROM ${engine.quoteTable(engine.resolveTable(table))} WHERE 1 = 0`);
      found.push(table);
    } catch {
      // Not there (or not readable): creating it reports any other problem in its own words.
    }
  }
  return found;
}

/** Generates and loads, showing progress on a terminal. */
export async function fill(
  engine: Engine,
  ir: IRProject,
  options: { users: number; seed: number; asOf: Date; signal?: AbortSignal },
  io: CliIo,
): Promise<{ table: string; rows: number }[]> {
  const data = generateData(ir, options);
  const existing = await existingTables(engine, data.tables.map((t) => t.table));
  if (existing.length > 0) {
    // Checked before writing anything, so a refused run leaves the database as it was.
    const names = existing.map((t) => t.join(".")).join(", ");
    throw new CliError(
      `${engine.name} (${engine.target}): ${existing.length === 1 ? "table" : "tables"} ${names} already ${existing.length === 1 ? "exists" : "exist"}; ` +
        "seg generate writes new tables only: drop them (an interrupted run leaves its tables half filled) or choose another --db",
    );
  }
  const progress = createProgress(io.isTty);
  // Wrap each table's batches to report rows as they are written.
  let written = 0;
  const tables = data.tables.map((table) => ({
    ...table,
    *batches() {
      for (const batch of table.batches()) {
        written += batch.length;
        progress.update(`loading ${table.table.join(".")}: ${written} rows written`);
        yield batch;
      }
    },
  }));
  try {
    const summary = await loadData(engine, ir, { ...data, tables }, { signal: options.signal });
    return summary.tables;
  } finally {
    progress.done();
  }
}
