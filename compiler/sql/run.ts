/**
 * Runs the membership queries of a project on an engine (compiler/engines): the runner
 * behind `seg run`. One query per entity that has segments (more for very large projects,
 * see MAX_COLUMNS_PER_QUERY), all at the same asOf.
 */
import { columnValues, EngineError, type Engine, type MemberKey } from "../engines/index.ts";
import type { IRColumnType, IRExpr, IRProject, IRSegment, IRTimestampStorage } from "../ir.ts";
import { entityAt, viaPaths, walkCond, walkExpr, withDependencies } from "../ir-utils.ts";
import { compileDuplicateKeys, compileMembership, compileMistypedValues, isoInstant, segmentEntities, SqlCompileError, type TypedColumn } from "./compile.ts";
import { getDialect } from "./registry.ts";
import type { Dialect } from "./dialect.ts";

export interface RunOptions {
  /** Evaluation instant (ISO-8601); default: now, read once in JS for every query. */
  asOf?: string;
  /** Only these segments (default: all). */
  segments?: string[];
  /** Include member keys (sorted as the database sorts keys); default true. */
  members?: boolean;
}

export interface SegmentResult {
  size: number;
  members?: MemberKey[];
}

export interface RunResult {
  asOf: string;
  segments: Record<string, SegmentResult>;
}

/** A segment column's value is true: SQLite and MySQL return 0/1 for booleans, others true/false. */
export function truthy(v: unknown): boolean {
  return v === true || v === 1 || v === 1n || v === "1" || v === "t" || v === "true";
}

/**
 * Columns one membership query may need, counted as segment flags plus the distinct
 * aggregates and attributes they read: PostgreSQL allows 1,664 columns in a select list and
 * SQLite 2,000, so a larger entity's segments are run as several queries. Every project
 * below it (all but the very largest) runs as one query with one shared pass.
 */
export const MAX_COLUMNS_PER_QUERY = 800;

/** `names` in IR order, cut into runs whose queries stay within MAX_COLUMNS_PER_QUERY. */
export function membershipBatches(ir: IRProject, names: string[]): string[][] {
  const byName = new Map(ir.segments.map((s) => [s.name, s]));
  /** The columns a segment's query computes: itself, the segments it reads, their values. */
  const columnsOf = (seg: IRSegment): Set<string> => {
    const out = new Set<string>();
    const visit = (s: IRSegment): void => {
      if (out.has(`segment ${s.name}`)) return;
      out.add(`segment ${s.name}`);
      walkCond(
        s.condition,
        (e) => {
          if (e.k === "agg") out.add(`agg ${e.id}`);
          else if (e.k === "attr") out.add(`attr ${e.via.join(".")}.${e.name}`);
        },
        (c) => {
          const dep = c.k === "segment" ? byName.get(c.name) : undefined;
          if (dep) visit(dep);
        },
      );
    };
    visit(seg);
    return out;
  };
  const batches: string[][] = [];
  let batch: string[] = [];
  let columns = new Set<string>();
  for (const name of names) {
    const own = columnsOf(byName.get(name)!);
    const added = [...own].filter((c) => !columns.has(c));
    if (batch.length > 0 && columns.size + added.length > MAX_COLUMNS_PER_QUERY) {
      batches.push(batch);
      batch = [name];
      columns = own;
    } else {
      batch.push(name);
      for (const c of added) columns.add(c);
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export async function runMembership(engine: Engine, ir: IRProject, options: RunOptions = {}): Promise<RunResult> {
  const asOf = options.asOf === undefined ? new Date().toISOString() : isoInstant(options.asOf);
  const dialect = getDialect(engine.name);
  const wanted = options.segments ? new Set(options.segments) : undefined;
  if (wanted) {
    for (const n of wanted) {
      if (!ir.segments.some((s) => s.name === n)) throw new SqlCompileError(`unknown segment "${n}"`);
    }
  }
  const byName: RunResult["segments"] = {};
  for (const entity of segmentEntities(ir)) {
    const names = ir.segments.filter((s) => s.entity === entity && (!wanted || wanted.has(s.name))).map((s) => s.name);
    for (const batch of membershipBatches(ir, names)) {
      const q = compileMembership(ir, dialect, {
        entity,
        segments: batch,
        asOf,
        resolveTable: (t) => engine.resolveTable(t),
      });
      // Column-wise: one row per entity and one column per segment is too wide to build an
      // object per row (Engine.queryColumns).
      const table = await engine.queryColumns(q.sql, q.parameters);
      const key = ir.entities.find((e) => e.name === entity)!.key;
      const values = columnValues(table, key.name) as MemberKey[];
      // a string key held in an integer column is still a string (as the JS backend names it)
      const keys = key.type === "string" ? values.map((k) => (typeof k === "string" || k === null ? k : String(k))) : values;
      for (const name of batch) {
        const flags = columnValues(table, name);
        const members: MemberKey[] = [];
        for (let r = 0; r < flags.length; r++) if (truthy(flags[r])) members.push(keys[r]!);
        byName[name] = options.members === false ? { size: members.length } : { size: members.length, members };
      }
    }
  }
  // The project's order, whatever the entities' order of evaluation (the JS runner's too).
  const result: RunResult = { asOf, segments: {} };
  // Own properties only: a segment may be named `constructor` or `toString`.
  for (const s of ir.segments) if (Object.hasOwn(byName, s.name)) result.segments[s.name] = byName[s.name]!;
  return result;
}

/**
 * The entities whose tables the segments of `entities` read: those entities (`evaluated`)
 * and the related entities their expressions reach, with the entities reaching them.
 */
function entitiesRead(ir: IRProject, entities: string[]): Map<string, { evaluated: boolean; relatedFrom: Set<string> }> {
  const read = new Map<string, { evaluated: boolean; relatedFrom: Set<string> }>();
  const entry = (entity: string): { evaluated: boolean; relatedFrom: Set<string> } => {
    let r = read.get(entity);
    if (!r) read.set(entity, (r = { evaluated: false, relatedFrom: new Set() }));
    return r;
  };
  for (const entity of entities) {
    entry(entity).evaluated = true;
    for (const via of viaPaths(ir, entity)) {
      const target = entityAt(ir, entity, via);
      if (target) entry(target.name).relatedFrom.add(entity);
    }
  }
  return read;
}

/**
 * What the compiled SQL of `segments` (and of the segments they test) reads: the attributes
 * and relations of each entity its expressions reach, the event sources of its aggregates
 * and the properties they read. Names are `entity\u0000attribute`, `entity\u0000relation`,
 * `event\u0000property`. `related`: each related entity, with the entities reaching it.
 */
interface SegmentReads {
  attributes: Set<string>;
  relations: Set<string>;
  sources: Set<string>;
  properties: Set<string>;
  related: Map<string, Set<string>>;
}

function segmentReads(ir: IRProject, segments: string[]): SegmentReads {
  const reads: SegmentReads = { attributes: new Set(), relations: new Set(), sources: new Set(), properties: new Set(), related: new Map() };
  const aggregates = new Map(ir.aggregates.map((a) => [a.id, a]));
  /** The expressions of entity `entity`'s segment or aggregate, with the event a `prop` belongs to. */
  const onExpr = (entity: string, event: string | null) => (e: IRExpr): void => {
    if (e.k === "attr" || e.k === "key") {
      let current = ir.entities.find((x) => x.name === entity);
      for (const name of e.via) {
        const relation = current?.relations.find((r) => r.name === name);
        if (!current || !relation) return;
        reads.relations.add(`${current.name}\u0000${name}`);
        reads.related.set(relation.target, (reads.related.get(relation.target) ?? new Set()).add(entity));
        current = ir.entities.find((x) => x.name === relation.target);
      }
      if (current && e.k === "attr") reads.attributes.add(`${current.name}\u0000${e.name}`);
    } else if (e.k === "prop" && event !== null) {
      reads.properties.add(`${event}\u0000${e.name}`);
    } else if (e.k === "agg") {
      const a = aggregates.get(e.id);
      if (!a) return;
      const selects = a.kind === "sequence" ? a.steps.map((st) => ({ select: st.select, value: undefined })) : [{ select: a.select, value: a.value }];
      for (const { select, value } of selects) {
        const declared = ir.events.find((ev) => ev.name === select.event);
        // `any` event reads every event table of the entity.
        for (const src of ir.eventSources) if (declared ? src.id === declared.source : src.entity === a.entity) reads.sources.add(src.id);
        if (select.filter) walkCond(select.filter, onExpr(a.entity, select.event));
        if (value) walkExpr(value, onExpr(a.entity, select.event));
      }
    }
  };
  for (const seg of withDependencies(ir, segments)) walkCond(seg.condition, onExpr(seg.entity, null));
  return reads;
}

/** entitiesRead, limited to the entities the segments' expressions reach (SegmentReads.related). */
function entitiesReadBy(entities: string[], reads: SegmentReads): Map<string, { evaluated: boolean; relatedFrom: Set<string> }> {
  const read = new Map<string, { evaluated: boolean; relatedFrom: Set<string> }>();
  for (const entity of entities) read.set(entity, { evaluated: true, relatedFrom: new Set() });
  for (const [entity, from] of reads.related) {
    const entry = read.get(entity) ?? { evaluated: false, relatedFrom: new Set<string>() };
    for (const f of from) entry.relatedFrom.add(f);
    read.set(entity, entry);
  }
  return read;
}

/**
 * The columns the checks before a run look at: with `segments`, those their SQL reads
 * (a role may lack a grant on a column or table no selected segment reads, and a column
 * none reads may hold any type); without, every declared column of the entities' tables,
 * as the JavaScript backend reads them.
 */
function readsOf(ir: IRProject, entities: string[], segments: string[] | undefined): { entities: ReturnType<typeof entitiesRead>; reads: SegmentReads | undefined } {
  if (segments === undefined) return { entities: entitiesRead(ir, entities), reads: undefined };
  const reads = segmentReads(ir, segments);
  return { entities: entitiesReadBy(entities, reads), reads };
}

/** Keys of an entity's table that more than one row holds. */
export interface DuplicateKeys {
  entity: string;
  /** Its table, as the schema names it. */
  table: string;
  /** How many keys are held by more than one row. */
  keys: number;
  /** One of them. */
  example: MemberKey;
  /** The entity has segments in the run: such a key is in none of them. */
  evaluated: boolean;
  /** Entities whose segments read this one through a relation: it is missing for them. */
  relatedFrom: string[];
}

/**
 * The keys on more than one row in the tables that the segments of `entities` read: their
 * own tables and those of the related entities their expressions reach. A key names a
 * record only when exactly one row holds it, so such a key is no entity, and a related
 * record under it is missing; `seg run` warns about them. One grouped pass per table.
 */
export async function findDuplicateKeys(engine: Engine, ir: IRProject, entities: string[], segments?: string[]): Promise<DuplicateKeys[]> {
  const dialect = getDialect(engine.name);
  const found: DuplicateKeys[] = [];
  for (const [entity, { evaluated, relatedFrom }] of readsOf(ir, entities, segments).entities) {
    const q = compileDuplicateKeys(ir, entity, dialect, { resolveTable: (t) => engine.resolveTable(t) });
    const [row] = await engine.query(q.sql, q.parameters);
    const keys = Number(row?.["keys"] ?? 0);
    if (keys === 0) continue;
    const table = ir.entities.find((e) => e.name === entity)!.table.join(".");
    found.push({ entity, table, keys, example: row!["example"] as MemberKey, evaluated, relatedFrom: [...relatedFrom] });
  }
  return found;
}

/** A column the segments read, with its declared type and the declaration that says so. */
interface DeclaredColumn {
  table: string[];
  column: string;
  /** A key column's type is its key's: `{ kind: "number" }` or `{ kind: "string" }`. */
  type: IRColumnType;
  declaration: ColumnTypeMismatch["declaration"];
  /**
   * A column of a wide table read in the rows of these events only (name column, stored
   * names): a property's event, or for the time column every event the block declares.
   */
  events?: { nameColumn: string; names: string[] };
}

function isKeyColumn(declaration: DeclaredColumn["declaration"]): boolean {
  return declaration.kind === "key" || declaration.kind === "foreign key" || declaration.kind === "entity column";
}

/**
 * The columns the segments of `entities` read, as the schema declares them: the key,
 * foreign keys and attributes of each entity they reach; the entity, time and
 * column-stored property columns of their event tables. A column may come more than once.
 * With `segments`, only what their SQL reads (readsOf).
 */
function declaredColumns(ir: IRProject, entities: string[], segments: string[] | undefined): DeclaredColumn[] {
  const columns: DeclaredColumn[] = [];
  const keyOf = (entity: string, table: string[], column: string, kind: "key" | "foreign key" | "entity column"): void => {
    const e = ir.entities.find((x) => x.name === entity);
    if (e) columns.push({ table, column, type: { kind: e.key.type }, declaration: { kind, entity, key: e.key.name } });
  };
  const { entities: reached, reads } = readsOf(ir, entities, segments);
  for (const e of ir.entities) {
    if (!reached.has(e.name)) continue;
    keyOf(e.name, e.table, e.key.column, "key");
    for (const r of e.relations) {
      if (reads ? reads.relations.has(`${e.name}\u0000${r.name}`) : reached.has(r.target)) keyOf(r.target, e.table, r.foreignKey, "foreign key");
    }
    for (const a of e.attributes) {
      if (reads && !reads.attributes.has(`${e.name}\u0000${a.name}`)) continue;
      columns.push({ table: e.table, column: a.column, type: a.type, declaration: { kind: "attribute", name: a.name } });
    }
  }
  for (const src of ir.eventSources) {
    if (reads ? !reads.sources.has(src.id) : !entities.includes(src.entity)) continue;
    keyOf(src.entity, src.table, src.entityColumn, "entity column");
    const time: DeclaredColumn = { table: src.table, column: src.timeColumn, type: { kind: "timestamp", storage: src.timeStorage }, declaration: { kind: "time column" } };
    // Rows of events the project does not declare are no time it reads (but for `any`).
    if (src.nameColumn !== undefined && !usesAnyEvent(ir)) {
      time.events = { nameColumn: src.nameColumn, names: ir.events.filter((ev) => ev.source === src.id).map((ev) => ev.nameValue ?? ev.name) };
    }
    columns.push(time);
    for (const ev of ir.events) {
      if (ev.source !== src.id) continue;
      for (const p of ev.properties) {
        if (p.storage.kind !== "column" || (reads && !reads.properties.has(`${ev.name}\u0000${p.name}`))) continue;
        const column: DeclaredColumn = { table: src.table, column: p.storage.column, type: p.type, declaration: { kind: "property", name: p.name } };
        if (src.nameColumn !== undefined) column.events = { nameColumn: src.nameColumn, names: [ev.nameValue ?? ev.name] };
        columns.push(column);
      }
    }
  }
  return columns;
}

/** Rows read per table by findMistypedValues. */
export const MISTYPED_SAMPLE = 10_000;

/** A column holding values of another type than declared, in the rows sampled. */
export interface MistypedValues {
  /** The table, as the schema names it. */
  table: string;
  column: string;
  type: IRColumnType;
  /** Values read as missing though not NULL, among `sampled` rows, `present` of which are not NULL. */
  count: number;
  sampled: number;
  present: number;
  /** For a property column of a wide table: the stored names of the events whose rows were checked. */
  events?: string[];
  example: unknown;
}

/**
 * The columns whose values the segments of `entities` would read as missing though they
 * are not NULL (`abc` in a number column, unix seconds in a column of ISO-8601 times), over
 * the first MISTYPED_SAMPLE rows of each table they read: a table loaded the wrong way
 * shows in its first rows, and a sample keeps the check cheap. Checked are the columns of
 * ISO text times (`iso_text`), unix times (beyond the instants every engine stores) and
 * enums (a value the enum does not declare) on every engine, and on engines that keep any
 * value in any column (SQLite; Dialect.storedValue) every number, boolean and time column;
 * other engines hold columns to their type.
 */
export async function findMistypedValues(engine: Engine, ir: IRProject, entities: string[], segments?: string[]): Promise<MistypedValues[]> {
  const dialect = getDialect(engine.name);
  const checked = (type: IRColumnType): boolean =>
    (type.kind === "timestamp" && type.storage !== "native") ||
    (type.kind === "enum" && type.values.length > 0) ||
    (dialect.storedValue !== undefined && (type.kind === "number" || type.kind === "boolean" || type.kind === "timestamp"));
  const tables = new Map<string, { table: string[]; columns: TypedColumn[] }>();
  for (const { table, column, type, declaration, events } of declaredColumns(ir, entities, segments)) {
    if (isKeyColumn(declaration) || !checked(type)) continue;
    const key = table.join(".");
    let t = tables.get(key);
    if (!t) tables.set(key, (t = { table, columns: [] }));
    // One check per column and type: the events that declare it so share it.
    const same = t.columns.find((c) => c.column === column && JSON.stringify(c.type) === JSON.stringify(type));
    if (!same) t.columns.push(events ? { column, type, events: { nameColumn: events.nameColumn, names: [...events.names] } } : { column, type });
    else if (same.events && events) {
      for (const name of events.names) if (!same.events.names.includes(name)) same.events.names.push(name);
    } else delete same.events; // read in every row, or for any event
  }
  const found: MistypedValues[] = [];
  for (const [name, { table, columns }] of tables) {
    const q = compileMistypedValues(engine.resolveTable(table), columns, dialect, MISTYPED_SAMPLE);
    const [row] = await engine.query(q.sql, q.parameters);
    if (!row) continue;
    columns.forEach((c, i) => {
      const count = Number(row[`bad_${i}`] ?? 0);
      if (count === 0) return;
      const mistyped: MistypedValues = {
        table: name,
        column: c.column,
        type: c.type,
        count,
        sampled: Number(row[`rows_${i}`]),
        present: Number(row[`present_${i}`]),
        example: row[`example_${i}`],
      };
      if (c.events) mistyped.events = c.events.names;
      found.push(mistyped);
    });
  }
  return found;
}

/** A column whose type in the database does not fit the type (and storage) the schema declares. */
export interface ColumnTypeMismatch {
  /** The table, as the schema names it. */
  table: string;
  column: string;
  /** The engine's name of the column's type (`VARCHAR`, `bigint`). */
  actualType: string;
  /** What the type holds: text (a uuid, an enum), numbers, the engine's timestamps, booleans, JSON or arrays. */
  holds: "text" | "numbers" | "timestamps" | "booleans" | "JSON" | "arrays";
  /** A number, a boolean, a timestamp (with its storage) or a list. */
  declared: IRColumnType;
  /** For a time column, the storage that reads this type; none for other columns. */
  suggested?: IRTimestampStorage;
  /**
   * The declaration to change: the event table's time column, an attribute or property, or
   * a column holding keys of `entity` (its key, a relation's foreign key, an event table's
   * entity column), which must hold what the key is declared as (`declared`: number or string).
   */
  declaration:
    | { kind: "time column" }
    | { kind: "attribute" | "property"; name: string }
    | { kind: "key" | "foreign key" | "entity column"; entity: string; key: string };
}

/** A table, or a column of one, that the segments read and the database cannot give. */
export interface UnreadableColumn {
  /** The table, as the schema names it. */
  table: string;
  /** The column; none when the table itself cannot be read. */
  column?: string;
  /** The engine's reason, without the target and the SQL (`no such table: users`). */
  reason: string;
  /** The table's column of the same name in another case (`Email` for `email`), which quoted names on PostgreSQL tell apart. */
  otherCase?: string;
  /** Who reads it: the declaration of the first column found (see ColumnTypeMismatch), or an event table's name or properties column. */
  declaration: ColumnTypeMismatch["declaration"] | { kind: "name column" | "properties column" };
  /** The entity whose table it is, or whose events it holds. */
  entity: string;
}

/**
 * The tables and columns the segments of `entities` read that the database does not have
 * (or will not show): one query per table that reads no row, then, when it fails, the table
 * alone and each column alone to tell which. (Without it, the first query of `seg run`
 * stopped with the engine's error and its SQL, and no word of the declaration.)
 */
export async function findUnreadableColumns(engine: Engine, ir: IRProject, entities: string[], segments?: string[]): Promise<UnreadableColumn[]> {
  type Read = Pick<DeclaredColumn, "table" | "column"> & { declaration: UnreadableColumn["declaration"] };
  const reads: Read[] = declaredColumns(ir, entities, segments);
  const read = readsOf(ir, entities, segments).reads;
  // the columns of event tables that carry no type of their own
  for (const src of ir.eventSources) {
    if (read ? !read.sources.has(src.id) : !entities.includes(src.entity)) continue;
    if (src.nameColumn !== undefined) reads.push({ table: src.table, column: src.nameColumn, declaration: { kind: "name column" } });
    const json = ir.events.some(
      (e) => e.source === src.id && e.properties.some((p) => p.storage.kind === "json" && (!read || read.properties.has(`${e.name}\u0000${p.name}`))),
    );
    if (json && src.propertiesColumn !== undefined) reads.push({ table: src.table, column: src.propertiesColumn, declaration: { kind: "properties column" } });
  }
  const byTable = new Map<string, { table: string[]; columns: Read[] }>();
  for (const c of reads) {
    const key = JSON.stringify(c.table);
    const entry = byTable.get(key) ?? { table: c.table, columns: [] };
    if (!entry.columns.some((x) => x.column === c.column)) entry.columns.push(c);
    byTable.set(key, entry);
  }
  const found: UnreadableColumn[] = [];
  const from = (table: string[]): string => engine.quoteTable(engine.resolveTable(table));
  const problem = async (sql: string): Promise<string | undefined> => {
    try {
      await engine.query(sql);
      return undefined;
    } catch (e) {
      return e instanceof EngineError && e.reason !== undefined ? e.reason : e instanceof Error ? e.message : String(e);
    }
  };
  for (const { table, columns } of byTable.values()) {
    const name = table.join(".");
    const owner = (c: Read): string => ("entity" in c.declaration ? c.declaration.entity : tableOwner(ir, table));
    const all = await problem(`SELECT ${columns.map((c) => engine.quoteTable([c.column])).join(", ")} FROM ${from(table)} WHERE 1 = 0`);
    if (all === undefined) continue;
    const tableProblem = await problem(`SELECT 1 FROM ${from(table)} WHERE 1 = 0`);
    if (tableProblem !== undefined) {
      found.push({ table: name, reason: tableProblem, declaration: columns[0]!.declaration, entity: owner(columns[0]!) });
      continue;
    }
    let present: string[] | undefined;
    for (const c of columns) {
      const reason = await problem(`SELECT ${engine.quoteTable([c.column])} FROM ${from(table)} WHERE 1 = 0`);
      if (reason === undefined) continue;
      present ??= await engine.queryColumns(`SELECT * FROM ${from(table)} WHERE 1 = 0`).then((r) => r.columns, () => []);
      const otherCase = present.find((p) => p !== c.column && p.toLowerCase() === c.column.toLowerCase());
      found.push({ table: name, column: c.column, reason, declaration: c.declaration, entity: owner(c), ...(otherCase !== undefined ? { otherCase } : {}) });
    }
  }
  return found;
}

/** The entity whose table `table` is, or whose events it holds. */
function tableOwner(ir: IRProject, table: string[]): string {
  const same = (t: string[]) => t.join("\u0000") === table.join("\u0000");
  return ir.entities.find((e) => same(e.table))?.name ?? ir.eventSources.find((s) => same(s.table))?.entity ?? "";
}

/** What a type holds, by the engines' names of their types; undefined for any other type. */
function typeHolds(type: string): ColumnTypeMismatch["holds"] | undefined {
  const t = type.toLowerCase();
  if (/\[\]$/.test(t)) return "arrays";
  if (/^(timestamp|datetime|date\b)/.test(t)) return "timestamps";
  if (/^bool/.test(t)) return "booleans";
  if (/^json/.test(t)) return "JSON";
  if (/char|text|string|^enum|^uuid$/.test(t)) return "text";
  // Not `interval`, `point`: whole type names (`int4`, `double precision`, `decimal(18,3)`).
  if (/^(u?(tiny|small|medium|big|huge)?int(eger)?[0-9]*|numeric|decimal|double|real|float[0-9]*)\b/.test(t)) return "numbers";
  return undefined;
}

/** Whether a column holding `holds` is read as `type` declares it. */
function fits(holds: ColumnTypeMismatch["holds"], type: IRColumnType, dialect: Dialect, isKey: boolean): boolean {
  switch (type.kind) {
    case "timestamp":
      if (holds === "text") return type.storage === "iso_text";
      if (holds === "numbers") return type.storage === "unix_seconds" || type.storage === "unix_millis";
      return holds === "timestamps" && type.storage === "native";
    case "number":
      // Text is a type error on PostgreSQL and DuckDB, and MariaDB reads it as 0. Booleans
      // are 1 and 0 where the dialect mixes the two (PostgreSQL casts no boolean to a double).
      return holds === "numbers" || (holds === "booleans" && dialect.booleanColumnsHoldNumbers);
    case "boolean":
      return holds === "booleans" || (holds === "numbers" && dialect.booleanColumnsHoldNumbers);
    case "list":
      return holds === "text" || holds === "JSON" || (holds === "arrays" && dialect.nativeListColumns);
    case "string":
    case "enum":
      // Keys are compared as text (Dialect.exactText, keyDigest): a 64-bit integer id may be a
      // string key, so that a literal names it beyond ±2^53. Other strings are compared
      // exactly (collated), a type error on numbers in PostgreSQL and DuckDB.
      if (isKey) return holds === "text" || holds === "numbers";
      return holds === "text" || ((holds === "numbers" || holds === "timestamps") && dialect.stringColumnsHoldNumbers);
  }
}

/**
 * Columns read by the segments of `entities` whose type in the database does not fit their
 * declaration. Time columns: text declared as the engine's timestamps (PostgreSQL and
 * DuckDB stop with a type error, MariaDB reads the text by its own lax rule), numbers
 * declared as timestamps or ISO text, timestamps declared as unix times or ISO text (which
 * would read them through their text form); booleans or JSON anywhere. Number columns:
 * anything but numbers (text is a type error on PostgreSQL and DuckDB, MariaDB reads text
 * that is no number as 0), and booleans where the dialect does not read them as 1 and 0.
 * Boolean columns: booleans, or numbers where the dialect reads them (both ways:
 * Dialect.booleanColumnsHoldNumbers). List columns:
 * anything but JSON (text) or, where the dialect reads them, the engine's arrays
 * (PostgreSQL's `text[]` would stop the query and read as no list in JS). Key columns (an
 * entity's key, the foreign keys and event columns that refer to it): numbers for a number
 * key, text (a uuid too) for a string key (PostgreSQL compares no integer with text). String
 * columns: booleans, JSON (its text is no string: `"a"` has quotes), numbers or times where
 * the dialect cannot compare them as strings (Dialect stringColumnsHoldNumbers). Engines whose columns have no fixed type (SQLite) have none:
 * seg reads any value there by its rule.
 */
export async function findColumnTypeMismatches(engine: Engine, ir: IRProject, entities: string[], segments?: string[]): Promise<ColumnTypeMismatch[]> {
  const dialect = getDialect(engine.name);
  const found: ColumnTypeMismatch[] = [];
  const seen = new Set<string>();
  for (const c of declaredColumns(ir, entities, segments)) {
    const key = JSON.stringify([c.table, c.column, c.type]);
    if (seen.has(key)) continue;
    seen.add(key);
    const actualType = await engine.columnType(c.table, c.column);
    const holds = actualType === undefined ? undefined : typeHolds(actualType);
    if (actualType === undefined || holds === undefined || fits(holds, c.type, dialect, isKeyColumn(c.declaration))) continue;
    const suggested: IRTimestampStorage | undefined =
      c.type.kind !== "timestamp" ? undefined : holds === "text" ? "iso_text" : holds === "numbers" ? "unix_seconds" : holds === "timestamps" ? "native" : undefined;
    found.push({ table: c.table.join("."), column: c.column, actualType, holds, declared: c.type, ...(suggested ? { suggested } : {}), declaration: c.declaration });
  }
  return found;
}

/** Whether a segment or trait counts `any` event: it reads rows of undeclared events too. */
function usesAnyEvent(ir: IRProject): boolean {
  return ir.aggregates.some((a) => (a.kind === "sequence" ? a.steps.some((s) => s.select.event === null) : a.select.event === null));
}
