import type { IRProject, IRTimestampStorage } from "../../compiler/index.ts";
import type { EventEmitter } from "node:events";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { CancelError, compareMemberKeys, EngineError, isFileLocation, openEngine, parseTarget, sqliteSchemaFile, type Engine, type MemberKey } from "../../compiler/engines/index.ts";
import {
  compileJs,
  sampleProperties,
  loadEntitiesFromEngine,
  SegInputError,
  JsCompileError,
  type MistypedProperty,
  type UnreadableProperties,
} from "../../compiler/js/index.ts";
import {
  findDuplicateKeys,
  findUnreadableColumns,
  findMistypedValues,
  findColumnTypeMismatches,
  runMembership,
  SqlCompileError,
  DialectLimitError,
  type DuplicateKeys,
  type MistypedValues,
  type RunResult,
  type ColumnTypeMismatch,
  type UnreadableColumn,
} from "../../compiler/sql/index.ts";
import type { RunFlags } from "../main.ts";
import { loadValidProject } from "../project.ts";
import { jsonPieces, writeChunked } from "../output.ts";
import { createProgress } from "../progress.ts";
import { visibleControls } from "../report.ts";
import { CliError, EXIT_HANGUP, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, type CliIo } from "../io.ts";
import { unknownName } from "../suggest.ts";
import { parseInstant } from "../time.ts";

/**
 * `seg run <dir> --db <target>`: evaluate the segments on a database, with the SQL backend
 * (the default) or the JavaScript backend reading the same tables (`--engine js`). Both
 * print the same output for the same data.
 */
export async function runCommand(dir: string, flags: RunFlags, io: CliIo): Promise<number> {
  const { result } = await loadValidProject([dir], io, flags.param);
  const ir = result.ir;
  const unknown = flags.segment?.find((name) => !ir.segments.some((s) => s.name === name));
  if (unknown !== undefined) throw new CliError(unknownName("segment", unknown, ir.segments.map((s) => s.name)));
  if (ir.segments.length === 0) throw new CliError(`the project in ${dir} has no segments`);
  const asOf = flags.asOf === undefined ? new Date().toISOString() : parseInstant(flags.asOf, "--as-of");
  const segments = flags.segment === undefined ? undefined : [...new Set(flags.segment)];

  const engine = await open(flags.db, io, { mustExist: true, readOnly: true });
  try {
    // One snapshot: the checks and each entity's query read the same state of the tables.
    const outcome = await cancellingOnInterrupt(engine, io, () => engine.snapshot(() => evaluateProject(engine, ir, { asOf, segments, backend: flags.engine }, io)));
    writeChunked(io, render(outcome, flags, new Map(ir.segments.map((s) => [s.name, s.entity]))));
    return EXIT_OK;
  } catch (error) {
    throw asCliError(error, flags.db);
  } finally {
    await engine.close();
  }
}

/**
 * The segments (default: all) evaluated on `engine` with their member keys, after the
 * checks of the tables they read: missing or mistyped columns stop with the fix; duplicate
 * keys, values read as missing and mistyped properties are warnings on stderr.
 */
export async function evaluateProject(
  engine: Engine,
  ir: IRProject,
  options: { asOf: string; segments: string[] | undefined; backend: "sql" | "js" },
  io: CliIo,
): Promise<RunResult> {
  const { asOf, segments } = options;
  const entities = [...new Set(ir.segments.filter((s) => !segments || segments.includes(s.name)).map((s) => s.entity))];
  // The SQL reads only the columns the segments use; the JavaScript backend reads every declared one.
  const checked = options.backend === "sql" ? (segments ?? ir.segments.map((s) => s.name)) : undefined;
  const unreadable = await findUnreadableColumns(engine, ir, entities, checked);
  if (unreadable.length > 0) throw new CliError(unreadableColumns(unreadable, engine.target));
  const mismatches = await findColumnTypeMismatches(engine, ir, entities, checked);
  if (mismatches.length > 0) throw new CliError(mismatches.map(columnTypeMismatch).join("\nseg: "));
  for (const found of await findDuplicateKeys(engine, ir, entities, checked)) io.stderr(duplicateKeysWarning(found));
  const mistyped = await findMistypedValues(engine, ir, entities, checked);
  // A time column none of whose sampled values is a time (unix seconds in a column declared
  // ISO text on SQLite, microseconds declared as unix seconds): every window would be
  // empty, so stop, as the typed engines stop on a column of another type.
  const noTimes = mistyped.filter((found) => found.type.kind === "timestamp" && found.count === found.present);
  if (noTimes.length > 0) throw new CliError(noTimes.map((found) => mistypedValuesMessage(found, "error")).join("\nseg: "));
  for (const found of mistyped) io.stderr(mistypedValuesMessage(found, "warning"));
  const properties = await sampleProperties(engine, ir, segments ?? ir.segments.map((s) => s.name));
  if (properties.unreadable) throw new CliError(unreadablePropertiesMessage(properties.unreadable));
  for (const found of properties.mistyped) io.stderr(mistypedPropertyWarning(found));
  return options.backend === "js"
    ? evaluateWithJs(engine, ir, asOf, segments, io)
    : runMembership(engine, ir, { asOf, ...(segments ? { segments } : {}) });
}

/**
 * Opens a database target; file paths are relative to the command's working directory.
 * With `mustExist`, a file database (SQLite, DuckDB) that does not exist is an error instead
 * of a new empty file, and with `readOnly` the session cannot write (OpenOptions.readOnly):
 * reading commands neither create nor change anything. `missingHint` follows the error of a
 * missing file (default: how to make a database to run segments on).
 */
export async function open(target: string, io: CliIo, options: { mustExist?: boolean; readOnly?: boolean; missingHint?: string } = {}): Promise<Engine> {
  const openOptions = { readOnly: options.readOnly ?? false };
  try {
    const { engine, location } = parseTarget(target);
    const embedded = engine === "sqlite" || engine === "duckdb";
    if (embedded && !isFileLocation(location)) {
      // An in-memory database starts empty and is gone when seg exits: nothing to read or keep.
      throw new CliError(`--db ${JSON.stringify(target)} names no file: give the database's path (e.g. ${engine === "duckdb" ? "duckdb:data.duckdb" : "data.db"})`);
    }
    if (!embedded) return await openEngine(target, openOptions);
    const file = path.resolve(io.cwd, location);
    if (options.mustExist && !fs.existsSync(file)) {
      throw new CliError(`no database at ${location}${options.missingHint ?? " (create one with `seg generate` or `seg demo`)"}`);
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      throw new CliError(`${location} is a directory, not a database file`);
    }
    return await openEngine(engine === "duckdb" ? `duckdb:${file}` : file, openOptions);
  } catch (error) {
    throw asCliError(error, target);
  }
}

/**
 * The files of an embedded database target (SQLite, DuckDB) that writing `tables` would
 * create: the database and, on SQLite, each schema's file (sqliteSchemaFile); those that
 * exist already are not listed.
 */
export function newDatabaseFiles(target: string, tables: string[][], io: CliIo): string[] {
  let parsed;
  try {
    parsed = parseTarget(target);
  } catch {
    return []; // open() reports the target's problem
  }
  const { engine, location } = parsed;
  if ((engine !== "sqlite" && engine !== "duckdb") || !isFileLocation(location)) return [];
  const file = path.resolve(io.cwd, location);
  const schemas = engine === "sqlite" ? new Set(tables.filter((t) => t.length > 1).map((t) => t[0]!)) : [];
  return [file, ...[...schemas].map((schema) => sqliteSchemaFile(file, schema))].filter((f) => !fs.existsSync(f));
}

/** Removes database files with their journals: SQLite's -wal, -shm and -journal, DuckDB's .wal. */
export function removeDatabaseFiles(files: string[]): void {
  for (const file of files) {
    for (const suffix of ["", "-wal", "-shm", "-journal", ".wal"]) fs.rmSync(file + suffix, { force: true });
  }
}

/** The signals that stop a command, with the exit status each gives (128 + its number). */
const STOP_SIGNALS = { SIGINT: EXIT_INTERRUPTED, SIGTERM: EXIT_TERMINATED, SIGHUP: EXIT_HANGUP } as const;
type StopSignal = keyof typeof STOP_SIGNALS;

/**
 * Calls `onFirst` with the first of Ctrl-C, SIGTERM (a CI job cancelled, `kill`, a container
 * stopped) or SIGHUP (the terminal closed) that `signals` receives. Only the first: the next
 * one, of any kind, takes its default action and quits at once. Returns the handlers' removal.
 */
function onFirstStopSignal(signals: EventEmitter, onFirst: (signal: StopSignal) => void): () => void {
  const handlers = (Object.keys(STOP_SIGNALS) as StopSignal[]).map((signal) => {
    const handler = (): void => {
      removeHandlers();
      onFirst(signal);
    };
    signals.on(signal, handler);
    return [signal, handler] as const;
  });
  const removeHandlers = (): void => {
    for (const [signal, handler] of handlers) signals.off(signal, handler);
  };
  return removeHandlers;
}

/** How a stop signal names itself in the error's message: "interrupted", "stopped by SIGTERM". */
function stoppedByText(signal: StopSignal): string {
  return signal === "SIGINT" ? "interrupted" : `stopped by ${signal}`;
}

/** The line printed when a stop signal arrives: `seg: interrupted: <doing> (Ctrl-C again quits at once)`. */
function stoppingLine(signal: StopSignal, doing: string): string {
  return `seg: ${signal === "SIGINT" ? "interrupted" : signal}: ${doing} (${signal === "SIGINT" ? "Ctrl-C" : signal} again quits at once)\n`;
}

/**
 * Runs `work` on a server engine with a stop signal (onFirstStopSignal) cancelling the
 * statement the server is running: a client that just exits leaves PostgreSQL and MariaDB
 * running the query to its end. In-process engines stop with the process anyway.
 */
export async function cancellingOnInterrupt<T>(
  engine: Engine,
  io: CliIo,
  work: () => Promise<T>,
  signals: EventEmitter = process,
): Promise<T> {
  const cancel = engine.cancel?.bind(engine);
  if (cancel === undefined) return work();
  let stoppedBy: StopSignal | undefined;
  // Settles with the failed cancel's error, or undefined once the server has the request.
  let cancelled: Promise<unknown> = Promise.resolve(undefined);
  const removeHandlers = onFirstStopSignal(signals, (signal) => {
    stoppedBy = signal;
    // The cancel first: after a SIGHUP, writing to the closed terminal may end the process.
    cancelled = cancel().then(
      () => undefined,
      (error: unknown) => {
        io.stderr(`seg: ${error instanceof Error ? error.message : String(error)}\n`);
        return error;
      },
    );
    io.stderr(stoppingLine(signal, `cancelling the running query on ${engine.target}`));
  });
  // "Cancelled" only when the server got the request: a failed cancel (no connection slot
  // left, the server unreachable) leaves the query running, whose session the user may end.
  const stopped = async (signal: StopSignal): Promise<CliError> => {
    const failure = await cancelled;
    const outcome =
      failure === undefined
        ? "was cancelled"
        : `may still be running on the server${failure instanceof CancelError ? ` (${failure.session})` : ""}`;
    return new CliError(`${stoppedByText(signal)}; the query on ${engine.target} ${outcome}`, STOP_SIGNALS[signal]);
  };
  try {
    const result = await work();
    // A step that reads a cancelled query's error as "no answer" (the column-type check)
    // goes on to the next: the signal still ends the command, without its output.
    if (stoppedBy !== undefined) throw await stopped(stoppedBy);
    return result;
  } catch (error) {
    if (stoppedBy !== undefined && !(error instanceof CliError && error.exitCode === STOP_SIGNALS[stoppedBy])) throw await stopped(stoppedBy);
    throw error;
  } finally {
    removeHandlers();
  }
}

/**
 * Runs a load into a SQLite or DuckDB file (`seg generate`, `seg demo`) with a stop signal
 * (onFirstStopSignal) aborting `work`'s AbortSignal: the load stops at its next batch and
 * the command fails with 130 / 143 / 129, its failure path removing the files it created.
 * `outcome` says what is left of the database once the command has failed.
 */
export async function stoppingOnInterrupt<T>(
  engine: Engine,
  io: CliIo,
  outcome: string,
  work: (signal: AbortSignal) => Promise<T>,
  signals: EventEmitter = process,
): Promise<T> {
  const controller = new AbortController();
  let stoppedBy: StopSignal | undefined;
  const removeHandlers = onFirstStopSignal(signals, (signal) => {
    stoppedBy = signal;
    controller.abort();
    // Not after a SIGHUP: no one reads the closed terminal (where a write fails).
    if (signal !== "SIGHUP") io.stderr(stoppingLine(signal, `stopping the load into ${engine.target} at its next batch`));
  });
  const stopped = (): CliError | undefined =>
    stoppedBy === undefined ? undefined : new CliError(`${stoppedByText(stoppedBy)}; the load into ${engine.target} stopped: ${outcome}`, STOP_SIGNALS[stoppedBy]);
  try {
    const result = await work(controller.signal);
    // A signal after the last batch still fails the command, as the user asked.
    const error = stopped();
    if (error !== undefined) throw error;
    return result;
  } catch (error) {
    throw stopped() ?? error;
  } finally {
    removeHandlers();
  }
}

/** Engine and compile failures become one-line messages naming the target. */
export function asCliError(error: unknown, target: string): unknown {
  if (error instanceof EngineError) return new CliError(error.message);
  if (error instanceof SqlCompileError || error instanceof DialectLimitError || error instanceof JsCompileError || error instanceof SegInputError) {
    return new CliError(`${target}: ${error.message}`);
  }
  return error;
}

/** What a key on several rows does to the result (both backends read tables the same way). */
function duplicateKeysWarning(found: DuplicateKeys): string {
  const { entity, table, keys, example } = found;
  const effects = [
    ...(found.evaluated ? ["it is in no segment"] : []),
    ...found.relatedFrom.map((from) => `a ${from} related to it has no ${entity}`),
  ];
  return (
    `seg: warning: table ${JSON.stringify(table)} has ${keys === 1 ? "1 key" : `${keys} keys`} of ${entity} on more than one row ` +
    `(e.g. ${JSON.stringify(String(example))}); such a key names no ${entity}: ${effects.join(", and ")}. Make the key column unique.\n`
  );
}

/**
 * The error for the tables and columns the segments read that the database does not give:
 * one line for the missing tables, one per table for its missing columns. Each table or
 * column comes with its own reason (one login may lack the grant on one table while
 * another is missing), said once when they all have the same.
 */
function unreadableColumns(found: UnreadableColumn[], target: string): string {
  const tables = found.filter((u) => u.column === undefined);
  const lines: string[] = [];
  if (tables.length > 0) {
    const { listed, reason } = withReasons(tables.map((u) => ({ name: JSON.stringify(u.table), note: `${u.entity}'s ${readsEvents(u.declaration) ? "events" : "records"}`, reason: u.reason })));
    lines.push(
      `${target}: ${tables.length === 1 ? "table" : "tables"} ${listed} cannot be read${reason}: ` +
        "check --db and the table names in the schema (and that this login may read them), or load the tables (`seg generate` writes the example data)",
    );
  }
  const byTable = new Map<string, UnreadableColumn[]>();
  for (const u of found) if (u.column !== undefined) byTable.set(u.table, [...(byTable.get(u.table) ?? []), u]);
  for (const [table, columns] of byTable) {
    // `"ltv_usd" (the attribute lifetime_value)`; an attribute of the column's own name goes without
    const { listed, reason } = withReasons(
      columns.map((u) => ({ name: JSON.stringify(u.column), note: "name" in u.declaration && u.declaration.name === u.column ? undefined : declaredAs(u), reason: u.reason })),
    );
    // `email` declared, `"Email"` in the table: quoted names keep their case on PostgreSQL
    const otherCase = columns.filter((u) => u.otherCase !== undefined).map((u) => `\`column ${JSON.stringify(u.otherCase)}\` for ${JSON.stringify(u.column)}`);
    const fix = otherCase.length > 0 ? `the table's names differ in case: write ${otherCase.join(", ")} in the schema` : "check the column names in the schema (and that this login may read them)";
    lines.push(`${target}: ${columns.length === 1 ? "column" : "columns"} ${listed} of table ${JSON.stringify(table)} cannot be read${reason}: ${fix}`);
  }
  return lines.join("\nseg: ");
}

/**
 * Names listed with their notes: `"a" (note), "b"` and the one reason ` (reason)` they share,
 * or each with its own, `"a" (note: reason), "b" (reason)`, and no shared one.
 */
function withReasons(items: { name: string; note: string | undefined; reason: string }[]): { listed: string; reason: string } {
  const shared = items.every((item) => item.reason === items[0]!.reason);
  const listed = items.map(({ name, note, reason }) => {
    const said = shared ? note : note === undefined ? reason : `${note}: ${reason}`;
    return said === undefined ? name : `${name} (${said})`;
  });
  return { listed: listed.join(", "), reason: shared ? ` (${items[0]!.reason})` : "" };
}

const readsEvents = (d: UnreadableColumn["declaration"]): boolean =>
  d.kind === "time column" || d.kind === "entity column" || d.kind === "property" || d.kind === "name column" || d.kind === "properties column";

/** What the schema declares a column as, for messages. */
function declaredAs({ declaration, entity }: UnreadableColumn): string {
  switch (declaration.kind) {
    case "attribute":
    case "property":
      return `the ${declaration.kind} ${declaration.name}`;
    case "time column":
      return `the time column of ${entity}'s events`;
    case "name column":
      return `the name column of ${entity}'s events`;
    case "properties column":
      return `the properties column of ${entity}'s events`;
    case "entity column":
      return `the ${entity} column of the events`;
    case "key":
      return `the key of ${entity}`;
    case "foreign key":
      return `a relation to ${entity}`;
  }
}

/** The error for a column whose type does not fit its declaration, with the declaration to write where one reads it. */
function columnTypeMismatch(found: ColumnTypeMismatch): string {
  const { table, column, actualType, holds, declared, suggested, declaration } = found;
  const what = `column ${JSON.stringify(column)} of table ${JSON.stringify(table)} holds ${holds} (type ${actualType})`;
  if (declaration.kind === "key" || declaration.kind === "foreign key" || declaration.kind === "entity column") {
    const keyType = declared.kind === "number" ? "number" : "string";
    const role = declaration.kind === "key" ? `it is the key of ${declaration.entity}` : `it refers to ${declaration.entity}, whose key is`;
    return (
      `${what}, but ${role} declared \`key ${declaration.key}: ${keyType}\`; the key column and every column that refers to it ` +
      `must hold ${keyType === "number" ? "numbers" : "text"}: declare the key's type to match, convert the columns, or read the tables through views that cast them`
    );
  }
  if (declared.kind === "list") {
    return `${what}, but the schema declares a list, which seg reads from JSON arrays (jsonb, json or JSON text) here; convert the column (on PostgreSQL: \`ALTER TABLE … ALTER COLUMN ${JSON.stringify(column)} TYPE jsonb USING to_jsonb(${JSON.stringify(column)})\`), or read the table through a view that does`;
  }
  if (declared.kind !== "timestamp" || suggested === undefined) {
    const kind = declared.kind === "enum" ? "string" : declared.kind;
    const type = kind === "string" ? "text" : kind;
    return `${what}, but the schema declares ${kind}s; convert the column to a ${type} type, or read the table through a view that casts it`;
  }
  // `(native)` written out for a time column: an event's own one would take its block's storage.
  const storage = suggested === "native" && declaration.kind !== "time column" ? "" : `(${suggested})`;
  const fix =
    declaration.kind === "time column"
      ? `time column ${JSON.stringify(column)}${storage === "" ? "" : ` ${storage}`}`
      : `${"name" in declaration ? declaration.name : column}: timestamp${storage}`;
  const unixDeclared = declared.storage === "unix_seconds" || declared.storage === "unix_millis";
  const note =
    suggested === "iso_text"
      ? ` for ISO-8601 text${unixDeclared ? " (unix times must be in a number column)" : ""}`
      : suggested === "unix_seconds"
        ? " (or unix_millis)"
        : "";
  const declaredAs = declared.storage === "native" ? "the engine's timestamps" : timesStoredAs(declared.storage);
  return `${what}, but the schema declares ${declaredAs}; declare \`${fix}\`${note}`;
}

/** What a timestamp column or property of this storage holds, for warnings. */
function timesStoredAs(storage: IRTimestampStorage): string {
  return storage === "unix_seconds" ? "unix seconds" : storage === "unix_millis" ? "unix milliseconds" : "ISO-8601 times";
}

/** Storage read from ISO-8601 text, where a number means unix times were not declared. */
function isoStorage(storage: IRTimestampStorage): boolean {
  return storage === "native" || storage === "iso_text";
}

/** The JSON property values every backend reads as missing (docs/data.md, "JSON properties"). */
function mistypedPropertyWarning(found: MistypedProperty): string {
  const { event, property, type, table, count, sampled, example } = found;
  const expected = {
    number: "numbers",
    string: "strings",
    enum: "strings",
    boolean: "booleans (true, false, 1, 0, \"t\", \"f\")",
    list: "arrays",
    timestamp: type.kind === "timestamp" ? timesStoredAs(type.storage) : "",
  }[type.kind];
  const text = JSON.stringify(example);
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const hint =
    type.kind === "timestamp" && isoStorage(type.storage) && typeof example === "number"
      ? `; for unix times, declare the property \`${property}: timestamp(unix_seconds)\` (or unix_millis)`
      : "";
  return (
    `seg: warning: property ${JSON.stringify(property)} of event ${JSON.stringify(event)} holds values that are not ${expected} ` +
    `(${count} of the ${sampled} ${event} events sampled from table ${JSON.stringify(table)}, e.g. ${shown}); seg reads them as missing${hint}.\n`
  );
}

/**
 * Text that is not JSON where the segments read properties: PostgreSQL, DuckDB, MariaDB and
 * the JavaScript backend would stop on it mid-query, SQLite would read JSON5 (`{amount: 5}`,
 * Python's `{'a': 1}`) that the others refuse: one message before the query instead.
 */
function unreadablePropertiesMessage(found: UnreadableProperties): string {
  const { table, event, entity, key, text, property } = found;
  return (
    `table ${JSON.stringify(table)}: the properties of a ${event} event of ${entity} ${JSON.stringify(typeof key === "bigint" ? String(key) : key)} ` +
    `are not JSON: ${JSON.stringify(text)}; the segments read ${event}.${property} from them (a properties value is JSON text, or NULL)`
  );
}

/**
 * Values that seg reads as missing because they are not of the column's declared type: the
 * warning, or (`error`) the reason to stop, without `seg: `.
 */
function mistypedValuesMessage(found: MistypedValues, level: "warning" | "error"): string {
  const { table, column, type, count, sampled, example, events } = found;
  const expected =
    type.kind === "number"
      ? "numbers"
      : type.kind === "boolean"
        ? "booleans (1, 0, true, false, t, f)"
        : type.kind === "timestamp"
          ? timesStoredAs(type.storage)
          : "ISO-8601 times";
  const numeric = typeof example === "number" || typeof example === "bigint";
  const shown =
    typeof example === "string"
      ? example === ""
        ? "an empty string"
        : JSON.stringify(example.length > 40 ? `${example.slice(0, 40)}…` : example)
      : numeric
        ? String(example)
        : "a blob";
  const hint =
    type.kind === "timestamp" && isoStorage(type.storage) && numeric
      ? yyyymmdd(example)
        ? `; ${String(example)} looks like a date written as the number YYYYMMDD, which no storage reads (as unix seconds it would be a time in 1970): store ISO-8601 text, e.g. in SQLite \`UPDATE … SET ${column} = substr(${column}, 1, 4) || '-' || substr(${column}, 5, 2) || '-' || substr(${column}, 7, 2)\``
        : `; for unix times, declare their storage: \`timestamp(unix_seconds)\`, or for an events table's time \`time column ${JSON.stringify(column)} (unix_seconds)\``
      : type.kind === "timestamp" && !isoStorage(type.storage) && numeric
        ? `; a unix time is read from 1000-01-01 to 9999-12-31 UTC${type.storage === "unix_seconds" ? " (milliseconds declared as seconds? declare `(unix_millis)`; microseconds need converting)" : " (microseconds need converting to milliseconds)"}`
        : "";
  const rows = `${count} of the ${sampled} ${events ? `${events.map((e) => JSON.stringify(e)).join(", ")} ` : ""}rows sampled, e.g. ${shown}`;
  if (type.kind === "enum") {
    return (
      `seg: warning: column ${JSON.stringify(column)} of table ${JSON.stringify(table)} holds values its enum does not declare ` +
      `(${rows}); they are compared as they are, so \`==\` and \`in\` with the enum's values do not match them (\`ignoring case\` does where only the case differs): add them to the enum or clean the column.\n`
    );
  }
  if (level === "error") {
    return `column ${JSON.stringify(column)} of table ${JSON.stringify(table)} holds no ${expected} (${rows}): every one would be missing${hint}`;
  }
  return (
    `seg: warning: column ${JSON.stringify(column)} of table ${JSON.stringify(table)} holds values that are not ${expected} ` +
    `(${rows}); seg reads them as missing${hint}.\n`
  );
}

/** A number that reads as a date YYYYMMDD between 1900 and 2199 (CDNOW's `19970101`). */
function yyyymmdd(value: unknown): boolean {
  const m = /^(19|20|21)(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.exec(String(value));
  return m !== null;
}

/**
 * Heap bytes per event while the JavaScript backend loads them: the fetched columns and
 * the event objects at once (measured on generated data: about 525 at the peak, 127 kept
 * afterwards; 12.1 M events ran out of a 4 GB heap and passed with more).
 */
const HEAP_BYTES_PER_EVENT = 600;

/**
 * The JavaScript backend keeps every event of the entity in memory: stops with the fix
 * before a load that would run the process out of heap (a crash with V8's stack trace).
 */
async function checkEventsFitInMemory(engine: Engine, ir: IRProject, entity: string): Promise<void> {
  let events = 0;
  const tables: string[] = [];
  for (const source of ir.eventSources.filter((s) => s.entity === entity)) {
    const [row] = await engine.query(`SELECT COUNT(*) AS n FROM ${engine.quoteTable(engine.resolveTable(source.table))}`);
    events += Number(row?.n ?? 0);
    tables.push(source.table.join("."));
  }
  const needed = process.memoryUsage().heapUsed + events * HEAP_BYTES_PER_EVENT;
  const heap = v8.getHeapStatistics().heap_size_limit;
  if (needed <= heap) return;
  const gb = (bytes: number): string => (bytes / 2 ** 30).toFixed(1);
  const suggested = Math.ceil((needed * 1.25) / 2 ** 30) * 1024;
  throw new CliError(
    `--engine js keeps every event in memory: ${tables.join(", ")} ${tables.length > 1 ? "hold" : "holds"} ${events.toLocaleString("en-US")} events of ${entity}, about ${gb(needed)} GB, more than this process's heap of ${gb(heap)} GB; raise it (NODE_OPTIONS=--max-old-space-size=${suggested}) or compare the engines on a smaller database`,
  );
}

/** The JavaScript backend over rows read from the database, shaped like runMembership's result. */
async function evaluateWithJs(
  engine: Engine,
  ir: IRProject,
  asOf: string,
  only: string[] | undefined,
  io: CliIo,
): Promise<RunResult> {
  const progress = createProgress(io.isTty);
  const outcome: RunResult = { asOf, segments: {} };
  const entities = [...new Set(ir.segments.map((s) => s.entity))];
  for (const entity of entities) {
    const compiled = compileJs(ir, { entity });
    const names = compiled.segmentNames.filter((n) => only === undefined || only.includes(n));
    if (names.length === 0) continue;
    await checkEventsFitInMemory(engine, ir, entity);
    const members = new Map<string, MemberKey[]>(names.map((n) => [n, []]));
    let evaluated = 0;
    for await (const record of loadEntitiesFromEngine(engine, ir, entity, { segments: names })) {
      const membership = compiled.evaluate(record, { asOf });
      for (const name of names) if (membership[name]) members.get(name)!.push(record.key as MemberKey);
      if (++evaluated % 1000 === 0) progress.update(`evaluating ${entity}: ${evaluated} records`);
    }
    progress.done();
    for (const name of names) {
      const keys = members.get(name)!;
      outcome.segments[name] = { size: keys.length, members: keys };
    }
  }
  // Same segment order as the SQL runner: the IR's.
  const ordered: RunResult = { asOf, segments: {} };
  for (const s of ir.segments) if (Object.hasOwn(outcome.segments, s.name)) ordered.segments[s.name] = outcome.segments[s.name]!;
  return ordered;
}

/** Member keys sorted the same way whatever the engine returned: numbers, then code points. */
export function sortKeys(keys: MemberKey[]): MemberKey[] {
  return [...keys].sort(compareMemberKeys);
}

/** JSON output: a key beyond ±2^53 as a string of its digits, which no JSON reader rounds. */
export function exactKeys(_name: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}

/**
 * The output of `seg run`, in pieces (cli/output.ts: a member list may hold millions of keys).
 * Each segment's entity is in the JSON, and in the table when the segments shown are of
 * several entities (sizes of users and of accounts side by side); CSV keeps its two columns.
 */
function* render(outcome: RunResult, flags: RunFlags, entityOf: ReadonlyMap<string, string>): Generator<string> {
  const names = Object.keys(outcome.segments);
  const withMembers = Boolean(flags.members);
  if (flags.format === "json") {
    const segments: Record<string, { entity: string; size: number; members?: MemberKey[] }> = {};
    for (const name of names) {
      const r = outcome.segments[name]!;
      const entity = entityOf.get(name)!;
      segments[name] = withMembers ? { entity, size: r.size, members: sortKeys(r.members ?? []) } : { entity, size: r.size };
    }
    yield* jsonPieces({ asOf: outcome.asOf, segments }, exactKeys);
    yield "\n";
    return;
  }
  if (flags.format === "csv") {
    yield withMembers ? "segment,key\n" : "segment,size\n";
    for (const name of names) {
      const r = outcome.segments[name]!;
      if (withMembers) for (const key of sortKeys(r.members ?? [])) yield `${csv(name)},${csv(String(key))}\n`;
      else yield `${csv(name)},${r.size}\n`;
    }
    return;
  }
  const width = Math.max("segment".length, ...names.map((n) => n.length));
  const entities = new Set(names.map((n) => entityOf.get(n)!));
  const entityWidth = entities.size > 1 ? Math.max("entity".length, ...[...entities].map((e) => e.length)) : 0;
  const entityColumn = (text: string): string => (entityWidth > 0 ? `${text.padEnd(entityWidth)}  ` : "");
  yield `as of ${outcome.asOf}\n\n${"segment".padEnd(width)}  ${entityColumn("entity")}${"size".padStart(8)}\n`;
  yield `${"-".repeat(width)}  ${entityColumn("-".repeat(entityWidth))}${"-".repeat(8)}\n`;
  for (const name of names) {
    yield `${name.padEnd(width)}  ${entityColumn(entityOf.get(name)!)}${String(outcome.segments[name]!.size).padStart(8)}\n`;
    // A key's control characters as their pictures: a newline or a CR would break the table.
    if (withMembers) for (const key of sortKeys(outcome.segments[name]!.members ?? [])) yield `  ${visibleControls(String(key))}\n`;
  }
}

export function csv(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
