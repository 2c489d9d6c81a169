import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { isSqliteFile } from "../../compiler/engines/sqlite.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import type { DemoFlags } from "../main.ts";
import { loadValidProject } from "../project.ts";
import { CliError, EXIT_OK, type CliIo } from "../io.ts";
import { asCliError, open } from "./run.ts";
import { fill, parseCount } from "./generate.ts";

/**
 * seg's example library (segments/, shipped in the package): the demo's project where the
 * working directory has none. This module runs from cli/commands/ or, installed, from
 * dist/cli/commands/: the library is in the first folder above that holds it.
 */
function exampleLibrary(): string | undefined {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "segments", "schema.seg"))) return path.join(dir, "segments");
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The table `seg demo` leaves in its database, so that it only ever replaces its own file. */
const DEMO_MARKER_TABLE = "seg_demo";

/**
 * `seg demo`: a SQLite database of the example schema with generated data, and every
 * segment of the project run on it.
 */
export async function demoCommand(flags: DemoFlags, io: CliIo): Promise<number> {
  const users = parseCount(flags.users, "--users");
  const dir = flags.dir ?? (fs.existsSync(path.resolve(io.cwd, "segments")) ? "segments" : (exampleLibrary() ?? "segments"));
  const { result } = await loadValidProject([dir], io);
  const dbPath = path.resolve(io.cwd, flags.db);
  const tables = [...result.ir.entities.map((e) => e.table), ...result.ir.eventSources.map((s) => s.table)];
  await removePreviousDemo(dbPath, new Set(tables.filter((t) => t.length > 1).map((t) => t[0]!)));
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });

  const asOf = new Date();
  const engine = await open(dbPath, io);
  try {
    const started = performance.now();
    // The marker first: a demo interrupted while loading is still one the next can replace.
    await engine.exec(`CREATE TABLE ${DEMO_MARKER_TABLE} (created_at TEXT)`);
    const tables = await fill(engine, result.ir, { users, seed: 1, asOf }, io);
    const loadedMs = performance.now() - started;
    const outcome = await runMembership(engine, result.ir, { asOf: asOf.toISOString(), members: false });
    const runMs = performance.now() - started - loadedMs;

    const rows = tables.map((t) => `${t.table} (${t.rows.toLocaleString("en-US")} rows)`).join(", ");
    io.stdout(`demo database: ${path.relative(io.cwd, dbPath) || dbPath}\n`);
    io.stdout(`generated ${rows} in ${(loadedMs / 1000).toFixed(1)} s\n`);
    io.stdout(`evaluated ${Object.keys(outcome.segments).length} segments as of ${outcome.asOf} in ${(runMs / 1000).toFixed(2)} s\n\n`);
    const names = Object.keys(outcome.segments);
    const width = Math.max("segment".length, ...names.map((n) => n.length));
    io.stdout(`${"segment".padEnd(width)}  ${"members".padStart(8)}  ${"share".padStart(6)}\n`);
    io.stdout(`${"-".repeat(width)}  ${"-".repeat(8)}  ${"-".repeat(6)}\n`);
    for (const name of names) {
      const size = outcome.segments[name]!.size;
      const share = `${((100 * size) / users).toFixed(1)}%`;
      io.stdout(`${name.padEnd(width)}  ${String(size).padStart(8)}  ${share.padStart(6)}\n`);
    }
    io.stdout(`\nnext: seg run ${path.relative(io.cwd, path.resolve(io.cwd, dir)) || "."} --db ${path.relative(io.cwd, dbPath) || dbPath} --segment ${names[0] ?? "<name>"} --members\n`);
    return EXIT_OK;
  } catch (error) {
    throw asCliError(error, dbPath);
  } finally {
    await engine.close();
  }
}

/**
 * Replaces a database only if an earlier `seg demo` made it; anything else is kept. The
 * engine keeps each schema of a dotted table name in a file beside the main one
 * (`demo.analytics.db`, compiler/engines/CONTEXT.md): those of the project's `schemas` go
 * with it, and no other file (`demo.backup.db` is the user's).
 */
async function removePreviousDemo(dbPath: string, schemas: Set<string>): Promise<void> {
  if (!fs.existsSync(dbPath)) return;
  if (!isDemoDatabase(dbPath)) {
    throw new CliError(`refusing to replace ${dbPath}: it was not created by \`seg demo\` (choose another --db)`);
  }
  const base = dbPath.replace(/\.[^./]*$/, "");
  const attached = [...schemas].map((schema) => `${base}.${schema}.db`);
  for (const file of [dbPath, ...attached]) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  }
}

/** Looks for the marker table without writing anything (read-only, no journal). */
function isDemoDatabase(dbPath: string): boolean {
  if (!isSqliteFile(dbPath) || fs.statSync(dbPath).size === 0) return false;
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(DEMO_MARKER_TABLE) !== undefined;
  } catch {
    return false;
  } finally {
    db.close();
  }
}
