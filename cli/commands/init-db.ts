/**
 * `seg init [dir] --db <target>`: a project started from a database's tables. Reads the
 * catalog and bounded samples (cli/introspect/), writes a `schema.seg` that checks (and a
 * starter `segments.seg` when one checks), or nothing at all.
 */
import path from "node:path";
import { checkProject, format, type Diagnostic } from "../../compiler/index.ts";
import { redactTarget, type Engine } from "../../compiler/engines/index.ts";
import { readCatalog, type CatalogTable } from "../introspect/catalog.ts";
import { inferSchema, type SchemaModel } from "../introspect/infer.ts";
import { schemaText, segmentsText } from "../introspect/render.ts";
import { CliError, EXIT_FAILURE, EXIT_OK, type CliIo } from "../io.ts";
import { shellWord } from "../project.ts";
import { formatDiagnostics, visibleControls } from "../report.ts";
import { newProjectFolder, writeProjectFiles } from "./init.ts";
import { asCliError, cancellingOnInterrupt, open } from "./run.ts";

export interface InitDbOptions {
  db: string;
  schemas: string[];
  tables: string[];
}

export async function initFromDatabase(dir: string, options: InitDbOptions, io: CliIo): Promise<number> {
  const folder = await newProjectFolder(dir, io);
  const shownTarget = redactTarget(options.db.trim());
  const engine = await open(options.db, io, { mustExist: true, readOnly: true, missingHint: ": seg init --db reads a database that exists" });
  let model: SchemaModel;
  try {
    model = await cancellingOnInterrupt(engine, io, () => introspect(engine, options, shownTarget));
  } catch (error) {
    throw asCliError(error, shownTarget);
  } finally {
    await engine.close();
  }
  if (model.entities.length === 0) {
    const why = model.skipped.map((s) => `${s.table.segTable}: ${s.reason}`).join("; ");
    throw new CliError(`${shownTarget}: no table has a key (a primary key, or an \`id\` column unique in the sample), and a project needs an entity; nothing written (${why})`, EXIT_FAILURE);
  }

  const files: Record<string, string> = { "schema.seg": formatted(schemaText(model, shellWord(shownTarget)), "schema.seg") };
  const schemaErrors = errorsOf(files);
  if (schemaErrors.length > 0) {
    io.stderr(formatDiagnostics(schemaErrors, "text", { sources: new Map(Object.entries(files)), cwd: io.cwd, color: io.stderrIsTty }));
    throw new CliError("the schema seg init wrote does not check (a bug of seg init, please report it); nothing written", EXIT_FAILURE);
  }
  const segments = segmentsText(model);
  const notes: string[] = [];
  if (segments !== undefined) {
    const withSegments = { ...files, "segments.seg": formatted(segments, "segments.seg") };
    if (errorsOf(withSegments).length === 0) Object.assign(files, withSegments);
    else notes.push("the starter segments did not check: segments.seg not written");
  } else {
    notes.push("no events found: segments.seg not written");
  }
  writeProjectFiles(folder, files);
  io.stdout(summary(model, folder, files, notes, options.db, io));
  return EXIT_OK;
}

async function introspect(engine: Engine, options: InitDbOptions, shownTarget: string): Promise<SchemaModel> {
  const catalog = await readCatalog(engine, options.schemas);
  const missingSchemas = options.schemas.filter((s) => !catalog.tables.some((t) => t.schema === s));
  const where = catalog.schemas.length === 0 ? "no schema" : `${catalog.schemas.length === 1 ? "schema" : "schemas"} ${catalog.schemas.join(", ")}`;
  if (catalog.tables.length === 0) {
    const others = catalog.otherSchemas.length > 0 ? `; schemas with tables: ${catalog.otherSchemas.join(", ")} (choose with --schema)` : "";
    const none = engine.name === "mysql" && catalog.schemas.length === 0 ? "the URL names no database (add /<database>, or give --schema)" : `no tables in ${where}${others}`;
    throw new CliError(`${shownTarget}: ${none}; nothing written`);
  }
  if (missingSchemas.length > 0) throw new CliError(`${shownTarget}: no tables in ${missingSchemas.length === 1 ? "schema" : "schemas"} ${missingSchemas.join(", ")}; nothing written`);
  if (options.tables.length > 0) {
    const picked = options.tables.map((name) => ({ name, table: findTable(catalog.tables, name) }));
    const missing = picked.filter((p) => p.table === undefined).map((p) => p.name);
    if (missing.length > 0) throw new CliError(`${shownTarget}: no table ${missing.join(", ")} in ${where}; nothing written`);
    catalog.tables = catalog.tables.filter((t) => picked.some((p) => p.table === t));
  }
  return inferSchema(engine, catalog);
}

/** A table by `name` or `schema.name`, as the catalog spells it (else the only one of that name in another case). */
function findTable(tables: CatalogTable[], name: string): CatalogTable | undefined {
  const exact = tables.find((t) => t.name === name || `${t.schema}.${t.name}` === name);
  if (exact) return exact;
  const folded = tables.filter((t) => t.name.toLowerCase() === name.toLowerCase() || `${t.schema}.${t.name}`.toLowerCase() === name.toLowerCase());
  return folded.length === 1 ? folded[0] : undefined;
}

function formatted(text: string, file: string): string {
  const result = format(text, file);
  return result.diagnostics.some((d) => d.severity === "error") ? text : result.text;
}

function errorsOf(files: Record<string, string>): Diagnostic[] {
  const checked = checkProject(Object.entries(files).map(([p, text]) => ({ path: p, text })));
  return checked.diagnostics.filter((d) => d.severity === "error");
}

function summary(model: SchemaModel, folder: string, files: Record<string, string>, notes: string[], target: string, io: CliIo): string {
  const lines: string[] = [];
  const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? "" : "s"}`;
  for (const e of model.entities) lines.push(`  ${e.source.segTable} → entity ${e.name} (key ${e.key.name}, ${count(e.attributes.length, "attribute")}, ${count(e.relations.length, "relation")})`);
  for (const b of model.events) {
    const what = b.nameColumn === undefined ? `event ${b.events[0]!.name}` : `${count(b.events.length, "event")} named by ${JSON.stringify(b.nameColumn)}`;
    lines.push(`  ${b.source.segTable} → events of ${b.entity.name}: ${what}`);
  }
  for (const s of model.skipped) lines.push(`  ${s.table.segTable} → left out: ${s.reason}`);
  const shown = path.relative(io.cwd, folder) || ".";
  const guesses = model.guesses.length === 0 ? [] : ["", `guesses (marked \`// seg init:\` in ${shown}/schema.seg):`, ...model.guesses.map((g) => `  ${g}`)];
  const tables = model.entities.length + model.events.length + model.skipped.length;
  return (
    [
      `seg init: read ${tables} table${tables === 1 ? "" : "s"} of ${redactTarget(target.trim())}:`,
      // Names as the database spells them: a newline in one would break the summary's lines.
      ...[...lines, ...guesses].map(visibleControls),
      ...notes.map((n) => `note: ${n}`),
      "",
      `created ${shown}/ with ${Object.keys(files).join(", ")}`,
      "",
      "next:",
      `  npx --no-install seg check ${shellWord(shown)}`,
      // Without segments.seg a run has nothing to evaluate ("has no segments").
      "segments.seg" in files
        ? `  npx --no-install seg run ${shellWord(shown)} --db ${shellWord(redactTarget(target.trim()))}`
        : `  write segments in ${shown}/ (docs/language.md, "Segments and conditions"), then seg run it`,
    ].join("\n") + "\n"
  );
}
