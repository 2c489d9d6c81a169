/**
 * Reads an entity's rows, related rows and events from a database (compiler/engines) and
 * turns them into EntityInput records for the JS backend, so `seg run --engine js` can
 * evaluate over the same data as the SQL engines.
 */
import { compareMemberKeys, type MemberKey } from "../engines/normalize.ts";
import { columnValues, type Engine, type Row } from "../engines/types.ts";
import type { IRColumnType, IREntity, IRExpr, IRProject, IRProperty, IRTimestampStorage } from "../ir.ts";
import { eventNameReading, storedEventNames, viaPaths, walkCond, walkExpr, withDependencies } from "../ir-utils.ts";
import type { EntityInput, EventInput } from "./index.ts";
import { JsCompileError } from "./codegen.ts";
import { isoTextTime, JSON_NUMBER, jsonList, jsonNumber, jsonPropertyValue, unixTimeMs } from "../json-values.ts";
import { getDialect } from "../sql/registry.ts";
import { columnValue } from "../sql/compile.ts";
import type { Dialect, Sql } from "../sql/dialect.ts";
import { withArticle } from "../check/types.ts";
import { sql } from "kysely";

/**
 * A key (or any text) as the SQL backend compares it: the text of a string key (numbers
 * written as JavaScript writes them), the canonical text of a number key, whose text
 * must be a JSON number (`3.0` and `3` are one key). Null when there is none: no value,
 * or a number key that is no number (the SQL backend reads it as NULL, Dialect.storedValue).
 */
function keyOf(v: unknown, type: "string" | "number" = "string"): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return String(v);
  if (type === "number") {
    if (typeof v !== "string" || !JSON_NUMBER.test(v)) return null;
    const text = v.trim();
    return /^-?\d+$/.test(text) ? BigInt(text).toString() : String(Number(text));
  }
  if (typeof v === "string") return v;
  if (v instanceof Uint8Array) return Buffer.from(v).toString("utf8");
  return String(v);
}

/**
 * An engine timestamp → epoch ms, or null: a number for unix storage, text for ISO text
 * storage (read by json-values' rule, as the SQL backend reads it), a Date for a native time
 * whose instant the engine did not give (nativeTime).
 */
export function engineTime(v: unknown, storage: IRTimestampStorage): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") v = Number(v);
  if (storage === "unix_seconds" || storage === "unix_millis") {
    const n = typeof v === "number" ? v : typeof v === "string" && JSON_NUMBER.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(n)) throw new JsCompileError(`not a ${storage} timestamp: ${String(v)}`);
    return unixTimeMs(n, storage);
  }
  // PostgreSQL's and DuckDB's 'infinity' times arrive as ±Infinity, MariaDB's zero date as
  // an invalid Date: no instant, and not a unix time either.
  if ((v instanceof Date && Number.isNaN(v.getTime())) || (typeof v === "number" && !Number.isFinite(v))) {
    throw new JsCompileError(
      `not a timestamp: ${v instanceof Date ? "an invalid date (MariaDB's zero date 0000-00-00?)" : `${v} (the engine's 'infinity' time)`} is no instant; store NULL or a real time there`,
    );
  }
  if (v instanceof Date) return v.getTime();
  if (storage === "iso_text") {
    // The SQL backend reads the column's text by the same rule: anything else is missing.
    const text = typeof v === "string" ? v : v instanceof Uint8Array ? Buffer.from(v).toString("utf8") : undefined;
    return text === undefined ? null : isoTextTime(text);
  }
  if (typeof v === "number") {
    // Engines return native times as Date or text: a number is a column declared as ISO
    // times that holds numbers (SQLite), which the SQL backend reads as no time.
    throw new JsCompileError(
      `not a timestamp: ${v} is a number where the schema declares ISO-8601 times; for unix times, declare their storage: \`timestamp(unix_seconds)\`, \`time column "…" (unix_seconds)\` (or unix_millis)`,
    );
  }
  throw new JsCompileError(`not a timestamp: ${String(v)}`);
}

/**
 * An event's properties column, parsed. Text that is not JSON stops the load when the
 * segments read a property of the event from it (`propertiesRead`), as the SQL engines stop
 * ("malformed JSON"), instead of silently reading no properties; otherwise it is ignored.
 */
function eventProperties(raw: unknown, propertiesRead: boolean, which: () => string): unknown {
  const text = propertiesText(raw);
  if (text === undefined) return raw;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (!propertiesRead) return null;
    const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    throw new JsCompileError(`the properties of ${which()} are not JSON: ${JSON.stringify(shown)}`);
  }
}

/** A properties value as text (JSON or not), or undefined for a value the driver parsed. */
function propertiesText(raw: unknown): string | undefined {
  return typeof raw === "string" ? raw : raw instanceof Uint8Array ? Buffer.from(raw).toString("utf8") : undefined;
}

function parseJson(v: unknown): unknown {
  if (typeof v === "string") {
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  }
  if (v instanceof Uint8Array) return parseJson(Buffer.from(v).toString("utf8"));
  return v;
}

/**
 * The alias under which `selectSql` reads a native time column's instant as the engine reads
 * it (Dialect.epochMs of Dialect.timeColumn): the SQL backend compares those instants, with
 * the engine's own parsing (SQLite's julianday of text) and precision (microseconds).
 */
const epochAlias = (column: string): string => `seg_epoch_ms:${column}`;

/** SQL of a column read as the SQL backend reads it (`read` builds the expression), for this engine. */
function columnReadSql(engine: Engine, quotedColumn: string, read: (d: Dialect, column: Sql) => Sql): string {
  const dialect = getDialect(engine.name);
  const compiled = read(dialect, sql.raw(quotedColumn)).compile(dialect.kysely);
  if (compiled.parameters.length > 0) throw new JsCompileError(`internal: the ${dialect.title} column read has parameters`);
  return compiled.sql;
}

/** SQL of a native time column's instant as epoch milliseconds, for this engine. */
const epochMsSql = (engine: Engine, quotedColumn: string): string => columnReadSql(engine, quotedColumn, (d, c) => d.epochMs(d.timeColumn(c, "native")));

/**
 * The number and string columns among `columns`, with their type, to be read as the SQL
 * backend reads them (columnValue: a PostgreSQL `real` as its double, a MariaDB DATETIME or
 * DECIMAL declared a string as the engine's text, a SQLite BIGINT as its digits). A column
 * that is also a key, or read as two kinds, is read as it is.
 */
function typedColumns(columns: { column: string; type: IRColumnType }[], asIs: string[]): Map<string, IRColumnType> {
  const typed = new Map<string, IRColumnType>();
  const conflicting = new Set(asIs);
  const kindOf = (t: IRColumnType): string => (t.kind === "enum" ? "string" : t.kind);
  const kinds = new Map<string, string>();
  for (const { column, type } of columns) {
    // a column read as two kinds (a number and a boolean, a timestamp) is read as it is
    if (kinds.has(column) && kinds.get(column) !== kindOf(type)) conflicting.add(column);
    kinds.set(column, kindOf(type));
    if (type.kind === "number" || type.kind === "string" || type.kind === "enum") typed.set(column, type);
  }
  for (const c of conflicting) typed.delete(c);
  return typed;
}

/**
 * A native time column's value: the engine's instant (`epoch`, from selectSql). Without one,
 * text is what the engine reads as no time (missing, as in the SQL backend); anything else
 * (an 'infinity' time, MariaDB's zero date, a number in a column of ISO text) stops the
 * load with what it is (engineTime).
 */
export function nativeTime(raw: unknown, epoch: unknown): number | null {
  if (typeof epoch === "bigint") epoch = Number(epoch);
  if (typeof epoch === "number") {
    // PostgreSQL's 'infinity' (DuckDB's driver refuses its own): after (before) every time, as the SQL
    // compares it; JavaScript's last (first) instant is that, to every realistic bound.
    if (epoch === Infinity || epoch === -Infinity) return Math.sign(epoch) * 8.64e15;
    if (!Number.isFinite(epoch)) return engineTime(epoch, "native");
    // PostgreSQL keeps times up to the year 294276; JavaScript's Date ends in 275760
    if (epoch < -8.64e15 || epoch > 8.64e15) throw new JsCompileError(`not a timestamp JavaScript can hold: ${new Date(Math.sign(epoch) * 8.64e15).toISOString()} is as far as it goes`);
    return epoch;
  }
  if (raw === null || raw === undefined || typeof raw === "string" || raw instanceof Uint8Array) return null;
  return engineTime(raw, "native");
}

/** A column of a row read by selectSql, as the JS backend's input value. */
function rowValue(row: Row, column: string, type: IRColumnType): unknown {
  if (type.kind === "timestamp" && type.storage === "native") return nativeTime(row[column], row[epochAlias(column)]);
  return engineValue(row[column], type);
}

/** The columns of these that hold native times (read with their instant: epochAlias). */
const nativeTimeColumns = (columns: { column: string; type: IRColumnType }[]): string[] =>
  columns.filter((c) => c.type.kind === "timestamp" && c.type.storage === "native").map((c) => c.column);

/** An engine value of a declared column type → the JS backend's input value. */
export function engineValue(v: unknown, type: IRColumnType): unknown {
  if (v === null || v === undefined) return null;
  // a bigint's digits, not its double's (9007199254740993 is no 9007199254740992 as text)
  if (typeof v === "bigint") v = type.kind === "string" || type.kind === "enum" ? String(v) : Number(v);
  switch (type.kind) {
    case "string":
    case "enum":
      if (v instanceof Uint8Array) return Buffer.from(v).toString("utf8");
      return typeof v === "string" ? v : String(v);
    case "number":
      if (typeof v === "number") return v;
      if (typeof v === "string") return jsonNumber(v) ?? v;
      if (typeof v === "boolean") return v ? 1 : 0;
      return v;
    case "boolean":
      if (typeof v === "boolean") return v;
      if (typeof v === "number") return v !== 0;
      if (typeof v === "string") {
        const s = v.toLowerCase();
        if (s === "1" || s === "t" || s === "true") return true;
        if (s === "0" || s === "f" || s === "false") return false;
      }
      return v;
    case "timestamp": {
      const t = engineTime(v, type.storage);
      return t === null ? null : t;
    }
    case "list":
      return jsonList(parseJson(v), type.element);
  }
}

/** The text of a JSON column, as the database holds it: drivers parse some JSON types. */
const JSON_AS_TEXT: Record<Engine["name"], (column: string) => string> = {
  sqlite: (c) => c,
  postgres: (c) => `CAST(${c} AS TEXT)`,
  mysql: (c) => `CAST(${c} AS CHAR)`,
  duckdb: (c) => c,
};

/**
 * The rows of `table` (the first `limit` ones, or all), with these columns. JSON columns
 * (`json`: list attributes, the properties column) come as text, parsed here: PostgreSQL's
 * driver would hand over the JSON string `"[1]"` as the text `[1]`, which reads as a list.
 * Native time columns (`times`) come with their instant too (epochAlias); `typed` columns
 * come as the SQL backend reads them (typedColumns).
 */
function selectSql(
  engine: Engine,
  table: string[],
  columns: string[],
  { json = [], limit, times = [], typed = new Map() }: { json?: string[]; limit?: number; times?: string[]; typed?: Map<string, IRColumnType> } = {},
): string {
  const cols = [...new Set(columns)].map((c) => {
    const quoted = engine.quoteTable([c]);
    const type = typed.get(c);
    const value = json.includes(c) ? JSON_AS_TEXT[engine.name](quoted) : type ? columnReadSql(engine, quoted, (d, ref) => columnValue(d, ref, type)) : quoted;
    // aliased: SQLite and DuckDB name a result column as the table declares it (`ID` for `"id"`)
    return `${value} AS ${quoted}`;
  });
  for (const c of new Set(times)) cols.push(`${epochMsSql(engine, engine.quoteTable([c]))} AS ${engine.quoteTable([epochAlias(c)])}`);
  const rows = limit === undefined ? "" : ` LIMIT ${limit}`;
  return `SELECT ${cols.join(", ")} FROM ${engine.quoteTable(engine.resolveTable(table))}${rows}`;
}

async function selectAll(engine: Engine, table: string[], columns: string[], options: Parameters<typeof selectSql>[3] = {}): Promise<Row[]> {
  const { columns: names, values } = await engine.queryColumns(selectSql(engine, table, columns, options));
  const rows: Row[] = [];
  for (let i = 0; i < (values[0]?.length ?? 0); i++) {
    const r = newRow();
    names.forEach((c, j) => void (r[c] = values[j]![i]));
    rows.push(r);
  }
  return rows;
}

/**
 * A row keyed by column name, without a prototype: a column named `__proto__` is a key like
 * any other (the drivers' row objects drop it, and on `{}` it would set the prototype).
 */
function newRow(): Row {
  return Object.create(null) as Row;
}

/** The rows of an entity's table: key, attributes (times with their instants), foreign keys. */
function selectEntityRows(engine: Engine, e: IREntity): Promise<Row[]> {
  const columns = [e.key.column, ...e.attributes.map((a) => a.column), ...e.relations.map((r) => r.foreignKey)];
  const typed = typedColumns(e.attributes, [e.key.column, ...e.relations.map((r) => r.foreignKey)]);
  return selectAll(engine, e.table, columns, { json: listColumns(e), times: nativeTimeColumns(e.attributes), typed });
}

/** The properties of every event that has none declared: one shared, frozen object. */
const NO_PROPERTIES: Record<string, unknown> = Object.freeze({});

/** The columns of an entity's table that hold lists (JSON arrays). */
const listColumns = (e: IREntity): string[] => e.attributes.filter((a) => a.type.kind === "list").map((a) => a.column);

function attributesOf(e: IREntity, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of e.attributes) {
    out[a.name] = readingAt(() => `column ${JSON.stringify(a.column)} of table ${JSON.stringify(e.table.join("."))} (the ${e.name} ${JSON.stringify(keyOf(row[e.key.column]))})`, () => rowValue(row, a.column, a.type));
  }
  return out;
}

/** Runs `read`; a value it cannot read is reported with where it is (`place`). */
function readingAt<T>(place: () => string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof JsCompileError) throw new JsCompileError(`${place()}: ${e.message}`);
    throw e;
  }
}

/** A related record: its key under the key's name (`account.id`), then its attributes. */
function relatedRecordOf(e: IREntity, row: Row): Record<string, unknown> {
  // Read as the record's own key is (keyOf, numberKey): a bigint where no double holds it.
  const text = keyOf(row[e.key.column], e.key.type);
  return { [e.key.name]: text !== null && e.key.type === "number" ? numberKey(text) : text, ...attributesOf(e, row) };
}

/**
 * Yields one EntityInput per key of `entity`'s table (see rowsByKey), sorted by key
 * (numbers numerically, strings by code point), with `related` filled for every relation path the IR uses and
 * every event of the entity's event sources (events after asOf are kept: the predicates
 * ignore them). Rows of a wide event table whose name value is not declared keep their raw
 * name (so `any` counts them as SQL does), prefixed with `?` if it collides with a
 * declared event name or the stored name of one of the entity's events (another table's
 * `named "Login"`); a NULL name becomes "". Rows without a time or entity key are
 * skipped (SQL never counts them either).
 */
export async function* loadEntitiesFromEngine(
  engine: Engine,
  ir: IRProject,
  entity: string,
  options: { segments?: string[] } = {},
): AsyncGenerator<EntityInput> {
  const ent = ir.entities.find((e) => e.name === entity);
  if (!ent) throw new JsCompileError(`unknown entity ${JSON.stringify(entity)}`);
  // Events whose properties must be JSON: those `options.segments` (default: all) read.
  const jsonRead = jsonPropertiesRead(ir, options.segments ?? ir.segments.map((s) => s.name));
  const byName = new Map(ir.entities.map((e) => [e.name, e]));

  // the entity's own rows
  const rows = await selectEntityRows(engine, ent);

  // related tables, loaded once per target entity
  const tables = new Map<string, Map<string, Row>>();
  const loadTable = async (name: string): Promise<Map<string, Row>> => {
    let t = tables.get(name);
    if (t) return t;
    const te = byName.get(name);
    if (!te) throw new JsCompileError(`unknown entity ${name}`);
    const rs = await selectEntityRows(engine, te);
    t = new Map();
    for (const [k, keyRows] of rowsByKey(rs, te.key.column, te.key.type)) if (keyRows.length === 1) t.set(k, keyRows[0]!);
    tables.set(name, t);
    return t;
  };
  const paths = viaPaths(ir, entity);
  for (const r of ent.relations) if (!paths.some((p) => p.length === 1 && p[0] === r.name)) paths.push([r.name]);
  // resolve each path's steps to entities
  const resolved: { path: string; steps: { fk: string; target: IREntity }[] }[] = [];
  for (const p of paths) {
    let cur = ent;
    const steps: { fk: string; target: IREntity }[] = [];
    for (const relName of p) {
      const rel = cur.relations.find((r) => r.name === relName);
      if (!rel) throw new JsCompileError(`entity ${cur.name} has no relation ${relName}`);
      const target = byName.get(rel.target);
      if (!target) throw new JsCompileError(`unknown entity ${rel.target}`);
      await loadTable(target.name);
      steps.push({ fk: rel.foreignKey, target });
      cur = target;
    }
    resolved.push({ path: p.join("."), steps });
  }

  // events, grouped by entity key
  const events = new Map<string, EventInput[]>();
  // the stored names of the entity's events, which the predicates refuse as a mistake (`$storedName`)
  const storedNames = storedEventNames(ir, entity);
  for (const src of ir.eventSources) {
    if (src.entity !== entity) continue;
    const types = ir.events.filter((e) => e.source === src.id);
    const reading = eventNameReading(ir, src);
    // names a row that is none of this table's events must not take (eventNameReading)
    const takenNames = new Set([...reading.otherEventNames, ...storedNames.keys()]);
    const cols = [src.entityColumn, src.timeColumn];
    if (src.nameColumn) cols.push(src.nameColumn);
    // The properties column is read only when an event has JSON properties: it need not
    // exist otherwise (the SQL backend does not read it either).
    const propertiesColumn = types.some((t) => t.properties.some((p) => p.storage.kind === "json")) ? src.propertiesColumn : undefined;
    if (propertiesColumn) cols.push(propertiesColumn);
    const columnProperties = types.flatMap((t) => t.properties.flatMap((p) => (p.storage.kind === "column" ? [{ column: p.storage.column, type: p.type }] : [])));
    for (const p of columnProperties) cols.push(p.column);
    const times = nativeTimeColumns([...(src.timeStorage === "native" ? [{ column: src.timeColumn, type: { kind: "timestamp", storage: "native" } as const }] : []), ...columnProperties]);
    // Columns, not a row object per event: an event table can hold tens of millions of rows.
    const typed = typedColumns(columnProperties, [src.entityColumn, src.timeColumn, ...(src.nameColumn ? [src.nameColumn] : []), ...(propertiesColumn ? [propertiesColumn] : [])]);
    const fetched = await engine.queryColumns(selectSql(engine, src.table, cols, { json: propertiesColumn ? [propertiesColumn] : [], times, typed }));
    const column = new Map([...new Set([...cols, ...times.map(epochAlias)])].map((c) => [c, columnValues(fetched, c)]));
    const rowCount = fetched.values[0]?.length ?? 0;
    const r = newRow();
    for (let i = 0; i < rowCount; i++) {
      for (const [c, values] of column) r[c] = values[i];
      const k = keyOf(r[src.entityColumn], ent.key.type);
      if (k === null) continue;
      let type = types.length === 1 && !src.nameColumn ? types[0] : undefined;
      let name: string;
      if (src.nameColumn) {
        // NULL and undeclared names still count for `any` (SQL counts every row): they get a
        // name no declared event has ("" for NULL, "?x" when x is one of `takenNames`)
        const raw = keyOf(r[src.nameColumn]);
        type = raw === null ? undefined : reading.byStoredName.get(raw);
        name = type ? type.name : raw === null ? "" : takenNames.has(raw) ? `?${raw}` : raw;
      } else if (type) name = type.name;
      else continue;
      const time = readingAt(
        () => `time column ${JSON.stringify(src.timeColumn)} of table ${JSON.stringify(src.table.join("."))} (a ${name} event of the ${entity} ${JSON.stringify(k)})`,
        () => (src.timeStorage === "native" ? nativeTime(r[src.timeColumn], r[epochAlias(src.timeColumn)]) : engineTime(r[src.timeColumn], src.timeStorage)),
      );
      if (time === null) continue;
      const json = propertiesColumn ? eventProperties(r[propertiesColumn], jsonRead.has(name), () => `${withArticle(name)} event of ${entity} ${JSON.stringify(k)}`) : null;
      const bag = json !== null && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
      const properties: Record<string, unknown> = type && type.properties.length > 0 ? {} : NO_PROPERTIES;
      if (type) {
        for (const p of type.properties) {
          properties[p.name] =
            p.storage.kind === "json" ? jsonPropertyValue(bag[p.storage.key], p.type) : rowValue(r, p.storage.column, p.type);
        }
      }
      const list = events.get(k) ?? [];
      list.push({ name, time, properties });
      events.set(k, list);
    }
  }

  const records: { sortKey: MemberKey; rec: EntityInput }[] = [];
  for (const [k, keyRows] of rowsByKey(rows, ent.key.column, ent.key.type)) {
    if (keyRows.length !== 1) continue;
    const row = keyRows[0]!;
    const key: MemberKey = ent.key.type === "number" ? numberKey(k) : k;
    const related: Record<string, Record<string, unknown> | null> = {};
    for (const { path, steps } of resolved) {
      let cur: Row | undefined = row;
      for (const st of steps) {
        const fk: string | null = cur ? keyOf(cur[st.fk], st.target.key.type) : null;
        cur = fk === null ? undefined : tables.get(st.target.name)!.get(fk);
      }
      const last = steps[steps.length - 1]!.target;
      related[path] = cur ? relatedRecordOf(last, cur) : null;
    }
    records.push({
      sortKey: key,
      rec: { key, attributes: attributesOf(ent, row), related, events: events.get(k) ?? [] },
    });
  }
  records.sort((a, b) => compareMemberKeys(a.sortKey, b.sortKey));
  for (const r of records) yield r.rec;
}

/**
 * Rows by key, without the rows that have no key. A key names a record only when exactly
 * one row has it (as in the SQL backend): a key on several rows of the entity's table is
 * no entity, and a related record whose key is on several rows is missing.
 */
function rowsByKey(rows: Row[], keyColumn: string, keyType: "string" | "number"): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const k = keyOf(r[keyColumn], keyType);
    if (k === null) continue;
    const same = out.get(k);
    if (same) same.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** A number key's text as a number, or a bigint when it is an integer beyond ±2^53. */
function numberKey(text: string): number | bigint {
  const n = Number(text);
  return Number.isInteger(n) && !Number.isSafeInteger(n) && /^-?\d+$/.test(text) ? BigInt(text) : n;
}

/** Event rows `sampleProperties` reads from each event table: the first ones. */
export const PROPERTY_SAMPLE = 10_000;

/** A JSON property some sampled events hold in a form the rule reads as missing. */
export interface MistypedProperty {
  event: string;
  property: string;
  type: IRColumnType;
  table: string;
  /** Values read as missing though present (not JSON null), among `sampled` events of `event`. */
  count: number;
  sampled: number;
  /** One such value, as the JSON holds it. */
  example: unknown;
}

/** A row among the sampled ones whose properties are text that is not JSON. */
export interface UnreadableProperties {
  table: string;
  event: string;
  /** The entity and its key, as the row names them. */
  entity: string;
  key: unknown;
  /** The text, cut to 60 characters. */
  text: string;
  /** A property of the event that the segments read (`amount`). */
  property: string;
}

/** Events whose JSON properties the segments read, each with one property read. */
function jsonPropertiesRead(ir: IRProject, segments: string[]): Map<string, string> {
  const aggregates = new Map(ir.aggregates.map((a) => [a.id, a]));
  const read = new Map<string, string>();
  for (const seg of withDependencies(ir, segments)) {
    walkCond(seg.condition, (e) => {
      const a = e.k === "agg" ? aggregates.get(e.id) : undefined;
      if (!a) return;
      const reads = a.kind === "sequence" ? a.steps.map((st) => ({ select: st.select, value: undefined })) : [{ select: a.select, value: a.value }];
      for (const { select, value } of reads) {
        const event = ir.events.find((ev) => ev.name === select.event);
        if (!event) continue;
        const onProp = (x: IRExpr): void => {
          const p = x.k === "prop" ? event.properties.find((q) => q.name === x.name) : undefined;
          if (p?.storage.kind === "json" && !read.has(event.name)) read.set(event.name, p.name);
        };
        if (select.filter) walkCond(select.filter, onProp);
        if (value) walkExpr(value, onProp);
      }
    });
  }
  return read;
}

/** What the sampled JSON properties hold that the segments cannot read as written. */
export interface PropertySample {
  /**
   * The first sampled row whose properties are text that is not JSON, among the events whose
   * JSON properties the segments read (directly or through the segments they test with
   * `in`): every engine stops on it when it evaluates them (`seg run` says which row before
   * the query instead). When there is one, `mistyped` is left empty.
   */
  unreadable?: UnreadableProperties;
  /**
   * By event and property, values jsonPropertyValue reads as missing (`"n/a"` for a number,
   * a unix time for an ISO one): every backend reads them as missing, which `seg run` says
   * once instead of leaving members silently out.
   */
  mistyped: MistypedProperty[];
}

/**
 * The JSON properties of the first PROPERTY_SAMPLE rows of each event table that
 * `segments` read from (one query per table).
 */
export async function sampleProperties(engine: Engine, ir: IRProject, segments: string[]): Promise<PropertySample> {
  const entities = new Set(ir.segments.filter((s) => segments.includes(s.name)).map((s) => s.entity));
  const read = jsonPropertiesRead(ir, segments);
  const mistyped: MistypedProperty[] = [];
  for (const src of ir.eventSources) {
    const types = ir.events.filter((e) => e.source === src.id && e.properties.some((p) => p.storage.kind === "json"));
    if (!entities.has(src.entity) || types.length === 0 || src.propertiesColumn === undefined) continue;
    const props = src.propertiesColumn;
    const columns = [props, src.entityColumn, ...(src.nameColumn ? [src.nameColumn] : [])];
    const rows = await selectAll(engine, src.table, columns, { json: [props], limit: PROPERTY_SAMPLE });
    const byValue = new Map(types.map((t) => [t.nameValue ?? t.name, t]));
    const tally = new Map<string, MistypedProperty>();
    const sampled = new Map<string, number>();
    for (const r of rows) {
      const type = src.nameColumn ? byValue.get(keyOf(r[src.nameColumn]) ?? "") : types[0];
      if (!type) continue;
      sampled.set(type.name, (sampled.get(type.name) ?? 0) + 1);
      // parseJson returns text that is not JSON as it is (JSON text parses to something else)
      const text = propertiesText(r[props]);
      const bag = parseJson(r[props]);
      if (text !== undefined && bag === text) {
        if (!read.has(type.name)) continue; // not JSON, but no segment reads it: skipped with the other non-objects
        const unreadable = {
          table: src.table.join("."),
          event: type.name,
          entity: src.entity,
          key: r[src.entityColumn],
          text: text.length > 60 ? `${text.slice(0, 60)}…` : text,
          property: read.get(type.name)!,
        };
        return { unreadable, mistyped: [] };
      }
      if (bag === null || typeof bag !== "object" || Array.isArray(bag)) continue;
      for (const p of type.properties) {
        if (p.storage.kind !== "json") continue;
        const raw = (bag as Record<string, unknown>)[p.storage.key];
        if (raw === undefined || raw === null || jsonPropertyValue(raw, p.type) !== null) continue;
        const id = `${type.name}\u0000${p.name}`;
        const t = tally.get(id) ?? { event: type.name, property: p.name, type: p.type, table: src.table.join("."), count: 0, sampled: 0, example: raw };
        t.count++;
        tally.set(id, t);
      }
    }
    for (const t of tally.values()) mistyped.push({ ...t, sampled: sampled.get(t.event) ?? 0 });
  }
  return { mistyped };
}
