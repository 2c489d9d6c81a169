import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { sqliteSchemaFile } from "../../compiler/engines/index.ts";
import { isSqliteFile } from "../../compiler/engines/sqlite.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import type { DemoFlags } from "../main.ts";
import { loadValidProject, shellWord } from "../project.ts";
import { CliError, EXIT_OK, type CliIo } from "../io.ts";
import { asCliError, open, removeDatabaseFiles, stoppingOnInterrupt } from "./run.ts";
import { fill, parseCount } from "./generate.ts";
import { displayPath, makeDirectories } from "../../compiler/directories.ts";

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
export const DEMO_MARKER_TABLE = "seg_demo";

/**
 * The SQLite application id (`PRAGMA application_id`, header bytes 68-71) `seg demo` gives
 * its files with the marker table: "SEGd". Read from the header as the file lies, it also
 * marks a file whose load was cut mid-transaction: a read-only connection cannot open that
 * file (to read the marker table) until its hot journal is rolled back.
 */
const DEMO_APPLICATION_ID = 0x53454764;

/**
 * `seg demo`: a SQLite database of the example schema with generated data, and every
 * segment of the project run on it.
 */
export async function demoCommand(flags: DemoFlags, io: CliIo): Promise<number> {
  const users = parseCount(flags.users, "--users");
  const dir = flags.dir ?? (fs.existsSync(path.resolve(io.cwd, "segments")) ? "segments" : (exampleLibrary() ?? "segments"));
  const { result } = await loadValidProject([dir], io);
  const dbPath = demoPath(flags.db, io.cwd);
  const tables = [...result.ir.entities.map((e) => e.table), ...result.ir.eventSources.map((s) => s.table)];
  const demo = demoFiles(dbPath, tables);
  replacePreviousDemo(demo, io.cwd);
  const files = demo.map((d) => d.file);

  const asOf = new Date();
  const engine = await open(dbPath, io);
  try {
    const started = performance.now();
    // Signals while the segments run (reads of the complete demo) keep their default: seg quits at once.
    const tables = await stoppingOnInterrupt(engine, io, "none of the demo's files are kept", (signal) => fill(engine, result.ir, { users, seed: 1, asOf, signal }, io));
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
    // A segment's share is of its entity's rows (accounts are not users).
    const rowsOf = new Map(tables.map((t) => [t.table, t.rows]));
    const entityRows = new Map(result.ir.entities.map((e) => [e.name, rowsOf.get(e.table.join(".")) ?? 0]));
    for (const name of names) {
      const size = outcome.segments[name]!.size;
      const rows = entityRows.get(result.ir.segments.find((s) => s.name === name)!.entity)!;
      const share = rows > 0 ? `${((100 * size) / rows).toFixed(1)}%` : "-";
      io.stdout(`${name.padEnd(width)}  ${String(size).padStart(8)}  ${share.padStart(6)}\n`);
    }
    io.stdout(`\nnext: seg run ${shellWord(path.relative(io.cwd, path.resolve(io.cwd, dir)) || ".")} --db ${shellWord(path.relative(io.cwd, dbPath) || dbPath)} --segment ${names[0] ?? "<name>"} --members\n`);
    return EXIT_OK;
  } catch (error) {
    // A failed or interrupted demo leaves nothing (one killed stays, marked, for the next to replace).
    await engine.close();
    removeDatabaseFiles(files);
    throw asCliError(error, dbPath);
  } finally {
    await engine.close();
  }
}

/** `--db` as a file path: the demo writes SQLite files only. */
function demoPath(db: string, cwd: string): string {
  if (db.trim() === "") throw new CliError("--db is empty: give the path of the demo's SQLite file");
  if (/^[a-z][a-z0-9+.-]*:/i.test(db) && !/^[a-z]:[\\/]/i.test(db)) {
    throw new CliError(`seg demo writes a SQLite file: --db takes its path, not ${JSON.stringify(db)} (to fill another engine, use \`seg generate <dir> --db ${db}\`)`);
  }
  const resolved = path.resolve(cwd, db);
  if (/[\\/]$/.test(db) || (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory())) {
    throw new CliError(`${db} is a directory: --db takes the path of the demo's SQLite file (e.g. ${path.join(db, "demo.db")})`);
  }
  return resolved;
}

/** A file of the demo, and for a schema file the project's tables it holds. */
interface DemoFile {
  file: string;
  tables?: string[];
}

/**
 * The demo's files: its database and, for each schema of a dotted table name, the file the
 * engine keeps beside it (`demo.analytics.db`, compiler/engines/CONTEXT.md).
 */
function demoFiles(dbPath: string, tables: string[][]): DemoFile[] {
  const bySchema = new Map<string, Set<string>>();
  for (const t of tables) if (t.length > 1) bySchema.set(t[0]!, (bySchema.get(t[0]!) ?? new Set()).add(t[t.length - 1]!));
  return [{ file: dbPath }, ...[...bySchema].map(([schema, names]) => ({ file: sqliteSchemaFile(dbPath, schema), tables: [...names] }))];
}

/**
 * Replaces the files of an earlier `seg demo` and nothing else: every file it would write
 * must be absent or carry the demo's marker table, or nothing is touched. Then each file is
 * created with the marker, before any data (a demo interrupted while loading is still one
 * the next can replace). Other files beside them (`demo.backup.db`) are never read. A refusal
 * names the file relative to `cwd`.
 */
function replacePreviousDemo(demo: DemoFile[], cwd: string): void {
  const main = demo[0]!.file;
  // Demos before the marker was in every file marked the main one only: a schema file
  // beside a marked main file that holds nothing but the project's tables is theirs.
  const earlierDemo = ({ file, tables }: DemoFile): boolean =>
    tables !== undefined && fs.existsSync(main) && isDemoDatabase(main) && isEarlierDemoSchema(file, tables);
  for (const d of demo) {
    if (fs.existsSync(d.file) && !isDemoDatabase(d.file) && !earlierDemo(d)) {
      throw new CliError(`refusing to replace ${displayPath(d.file, cwd)}: it was not created by \`seg demo\` (move it, or choose another --db)`);
    }
  }
  const files = demo.map((d) => d.file);
  removeDatabaseFiles(files);
  makeDirectories(path.dirname(main));
  for (const file of files) {
    // Marked under another name, then renamed: a Ctrl-C at any instant leaves the file
    // absent or marked, never an unmarked file that the next demo would refuse to replace.
    const marking = `${file}.seg-demo-new`;
    fs.rmSync(marking, { force: true });
    const db = new Database(marking);
    try {
      db.exec(`PRAGMA application_id = ${DEMO_APPLICATION_ID}; CREATE TABLE ${DEMO_MARKER_TABLE} (created_at TEXT)`);
    } finally {
      db.close();
    }
    fs.renameSync(marking, file);
  }
}

/**
 * The tables, views and triggers of a SQLite file, read without writing anything
 * (read-only, no journal); undefined for anything that is no readable SQLite database.
 */
function schemaObjects(file: string): { type: string; name: string }[] | undefined {
  if (fs.statSync(file).isDirectory() || !isSqliteFile(file) || fs.statSync(file).size === 0) return undefined;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger')").all() as { type: string; name: string }[];
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

/**
 * Whether a schema file is what a demo of the previous version left: exactly the project's
 * tables of that schema (and SQLite's statistics), no view or trigger of anyone's.
 */
function isEarlierDemoSchema(file: string, expected: string[]): boolean {
  const objects = schemaObjects(file);
  if (objects === undefined || expected.length === 0) return false;
  const tables = objects.filter((o) => o.type === "table" && !o.name.startsWith("sqlite_")).map((o) => o.name);
  return objects.every((o) => o.type === "table") && tables.length === expected.length && expected.every((t) => tables.includes(t));
}

/** Whether a file carries the demo's application id or (demos before it) its marker table. */
function isDemoDatabase(file: string): boolean {
  return hasDemoApplicationId(file) || (schemaObjects(file)?.some((o) => o.type === "table" && o.name === DEMO_MARKER_TABLE) ?? false);
}

/** Whether a SQLite file's header, read as it lies (no journal consulted), holds the demo's application id. */
function hasDemoApplicationId(file: string): boolean {
  if (!isSqliteFile(file)) return false;
  const header = Buffer.alloc(72);
  const fd = fs.openSync(file, "r");
  try {
    return fs.readSync(fd, header, 0, header.length, 0) === header.length && header.readInt32BE(68) === DEMO_APPLICATION_ID;
  } finally {
    fs.closeSync(fd);
  }
}
