/**
 * From a catalog and bounded samples of each table to a schema model: which tables are
 * entities (a key), which hold events (a time, a reference to an entity, perhaps a column
 * naming the event and a JSON properties column), and every column's seg type.
 *
 * Bounds (docs/cli.md): a table's column types from its first 1,000 rows; uniqueness of a
 * key and the event names from its first 100,000; JSON properties from the first 20,000
 * rows of an events table (and up to 200 rows of each rarer event among the first
 * 100,000); row counts up to 1,000,000. No statement reads more of a table than that,
 * but one: matching a column to an entity by its values looks 50 values up in the
 * entity's key column, a full read of a table whose key has no index.
 */
import { isoTextTime } from "../../compiler/json-values.ts";
import type { Engine } from "../../compiler/engines/index.ts";
import { columnValues, EngineError } from "../../compiler/engines/index.ts";
import type { Catalog, CatalogColumn, CatalogTable } from "./catalog.ts";
import { placeholder } from "./catalog.ts";
import { ENTITY_NAMES_TO_AVOID, EVENT_NAMES_TO_AVOID, NameSpace, isIdentifier, singular, snakeName } from "./names.ts";

export const TYPE_SAMPLE_ROWS = 1_000;
export const SCAN_ROWS = 100_000;
export const PROPERTY_SAMPLE_ROWS = 20_000;
export const ROWS_PER_RARE_EVENT = 200;
export const COUNT_LIMIT = 1_000_000;
/** A column naming events has at most this many names in its sample. */
export const MAX_EVENT_NAMES = 200;

export type Storage = "native" | "iso_text" | "unix_seconds" | "unix_millis";
export type SegType =
  | { kind: "string" | "number" | "boolean" | "json" }
  | { kind: "list"; element: "string" | "number" }
  | { kind: "timestamp"; storage: Storage };

export interface Member {
  name: string;
  column: string;
  type: SegType;
  /** A key of the JSON properties column, read under its own name (no `column`). */
  json?: true;
}

export interface TableSource {
  table: CatalogTable;
  /** The table as the schema names it: `table` in the default schema, else `schema.table`. */
  segTable: string;
  /** Rows counted, up to COUNT_LIMIT (`capped`: at least that many). */
  rows: number;
  capped: boolean;
}

export interface EntityModel {
  name: string;
  source: TableSource;
  key: Member;
  attributes: Member[];
  relations: { name: string; target: EntityModel; column: string }[];
  notes: string[];
}

export interface EventModel {
  name: string;
  /** The stored name, when it is not `name`. */
  stored?: string;
  /** Rows of the sample. */
  count: number;
  properties: Member[];
  /** A table of its own (a table without a name column: one event per row). */
  ownTable: boolean;
  notes: string[];
}

export interface EventsModel {
  entity: EntityModel;
  source: TableSource;
  entityColumn: string;
  time: { column: string; storage: Storage };
  nameColumn?: string;
  propertiesColumn?: string;
  events: EventModel[];
  notes: string[];
}

export interface SchemaModel {
  entities: EntityModel[];
  events: EventsModel[];
  /** Tables that became nothing, and why. */
  skipped: { table: TableSource; reason: string }[];
  /** Guesses, for the summary (each also a `// seg init:` comment in the schema). */
  guesses: string[];
}

/** Names a table reads as holding the event's name, best first. */
const EVENT_NAME_COLUMNS = ["event", "event_name", "event_type", "action", "behavior", "behaviour", "activity", "name", "type", "kind"];
/** Of those, the ones that say so even in a table with a key of its own. */
const CLEAR_EVENT_NAME_COLUMNS = new Set(["event", "event_name", "event_type", "action", "behavior", "behaviour", "activity"]);
const TIME_COLUMNS = ["occurred_at", "event_time", "event_timestamp", "timestamp", "time", "ts", "created_at", "happened_at", "date"];
const PROPERTIES_COLUMNS = ["properties", "props", "event_properties", "attributes", "params", "parameters", "payload", "data", "context", "metadata"];
/** Tables of people and organisations: entities even when they have a time and a relation. */
const PARTY_NAMES = new Set(["user", "customer", "account", "member", "person", "people", "client", "visitor", "shopper", "company", "organization", "organisation", "org", "contact", "lead", "employee", "subscriber", "player", "student", "patient", "tenant", "workspace", "team"]);
/** Names of columns that may hold unix times. */
const TIME_NAME = /(^|_)(at|on|time|ts|timestamp|date|datetime|epoch)$|^(created|updated|occurred|happened)/;
const UNIX_SECONDS = { min: 946_684_800, max: 4_102_444_800 }; // 2000-01-01 to 2100-01-01

type Profile = { column: CatalogColumn; values: unknown[]; type?: SegType; why?: string };

export async function inferSchema(engine: Engine, catalog: Catalog): Promise<SchemaModel> {
  const model: SchemaModel = { entities: [], events: [], skipped: [], guesses: [] };
  const names = new NameSpace(ENTITY_NAMES_TO_AVOID);
  const sampled: { source: TableSource; profiles: Profile[] }[] = [];
  for (const table of catalog.tables) {
    const segTable = table.schema === catalog.defaultSchema ? table.name : `${table.schema}.${table.name}`;
    const source: TableSource = { table, segTable, rows: 0, capped: false };
    const unnameable = tableNameProblem(table);
    if (unnameable) {
      model.skipped.push({ table: source, reason: unnameable });
      continue;
    }
    try {
      Object.assign(source, await countRows(engine, table));
      sampled.push({ source, profiles: await profileColumns(engine, table) });
    } catch (error) {
      // A table this login may not read (permission denied) is left out, not the whole schema.
      if (!(error instanceof EngineError)) throw error;
      model.skipped.push({ table: source, reason: `cannot read it: ${error.reason ?? error.message}` });
    }
  }

  // Entities first: a table with a key, unless it reads as a wide events table.
  const keyed: { source: TableSource; profiles: Profile[]; key: Profile }[] = [];
  for (const t of sampled) {
    const key = await findKey(engine, t.source.table, t.profiles);
    if (key && !readsAsWideEvents(t.profiles, key)) keyed.push({ ...t, key });
  }
  for (const t of keyed) {
    const entity: EntityModel = {
      name: names.take(snakeName(singular(t.source.table.name), "entity"), "entity"),
      source: t.source,
      key: member(t.key, new NameSpace()),
      attributes: [],
      relations: [],
      notes: [],
    };
    if (t.source.table.primaryKey !== t.key.column.name) entity.notes.push(`key ${quoteName(t.key.column.name)}: no primary key; its values are unique in the first ${SCAN_ROWS.toLocaleString("en-US")} rows`);
    model.entities.push(entity);
  }
  for (const t of keyed) {
    const entity = model.entities.find((e) => e.source === t.source)!;
    const members = new NameSpace();
    members.reserve(entity.key.name);
    for (const p of t.profiles) {
      if (p === t.key) continue;
      const target = referencedEntity(t.source.table, p, model.entities.filter((e) => e !== entity));
      if (target) {
        const name = members.take(snakeName(p.column.name.replace(/_?id$/i, ""), target.name), "ref");
        entity.relations.push({ name, target, column: p.column.name });
        continue;
      }
      if (!p.type || p.type.kind === "json") {
        entity.notes.push(`column ${quoteName(p.column.name)} left out: ${p.why ?? "a JSON object, which an attribute cannot hold"}`);
        continue;
      }
      entity.attributes.push(member(p, members));
    }
  }

  const keyless = sampled.filter((t) => !keyed.some((k) => k.source === t.source));
  const asEvents = keyed.filter((t) => readsAsEvents(t, sampled, keyless, model.entities));
  const oneEventPerRow = new Set(asEvents.map((t) => t.source));
  for (const t of asEvents) {
    const entity = model.entities.find((e) => e.source === t.source)!;
    model.entities.splice(model.entities.indexOf(entity), 1);
    names.release(entity.name);
  }
  for (const t of [...keyless, ...asEvents]) {
    const events = await eventsOf(engine, t.source, t.profiles, model, names, oneEventPerRow.has(t.source));
    if (typeof events === "string") model.skipped.push({ table: t.source, reason: events });
    else {
      if (oneEventPerRow.has(t.source)) events.notes.unshift("read as events, not as an entity: it has a key, but also a time and a relation, and no table names its key");
      model.events.push(events);
    }
  }
  for (const e of model.entities) model.guesses.push(...e.notes.map((n) => `${e.source.segTable}: ${n}`));
  for (const e of model.events) {
    model.guesses.push(...e.notes.map((n) => `${e.source.segTable}: ${n}`));
    for (const ev of e.events) model.guesses.push(...ev.notes.map((n) => `${e.source.segTable}, event ${ev.name}: ${n}`));
  }
  return model;
}

function quoteName(name: string): string {
  return JSON.stringify(name);
}

/** Why a table cannot be read, or named in a schema (a `.` splits it, a trailing blank MySQL refuses). */
function tableNameProblem(table: CatalogTable): string | undefined {
  if (table.unreadable !== undefined) return `cannot read it: ${table.unreadable}`;
  if ([table.schema, table.name].some((p) => p.includes("."))) return "its name holds a `.`, which a schema's `table \"…\"` reads as schema and table: rename it or read it through a view";
  if ([table.schema, table.name].some((p) => p.trimEnd() !== p)) return "its name ends with a blank, which MySQL refuses: read it through a view";
  if (table.columns.length === 0) return "it has no columns";
  return undefined;
}

/** Why a column cannot be named in a schema (SEG1023), as tableNameProblem for tables. */
function columnNameProblem(name: string): { why: string } | undefined {
  if (name === "") return { why: "its name is empty, which a schema's `column \"…\"` cannot name: read it through a view that names it" };
  if (name.trimEnd() !== name) return { why: "its name ends with a blank, which MySQL refuses: read it through a view that renames it" };
  return undefined;
}

function from(engine: Engine, table: CatalogTable): string {
  return engine.quoteTable([table.schema, table.name]);
}

/**
 * Text compared and grouped exactly, as seg reads event names (Dialect.exactText): MariaDB's
 * default collations make `Buy`, `buy` and `buy ` one value.
 */
function exactText(engine: Engine, value: string): string {
  return engine.name === "mysql" ? `CAST(${value} AS BINARY)` : value;
}

function col(engine: Engine, name: string): string {
  return engine.quoteTable([name]);
}

async function countRows(engine: Engine, table: CatalogTable): Promise<{ rows: number; capped: boolean }> {
  const [row] = await engine.query(`SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM ${from(engine, table)} LIMIT ${COUNT_LIMIT + 1}) s`);
  const n = Number(row?.["n"] ?? 0);
  return { rows: Math.min(n, COUNT_LIMIT), capped: n > COUNT_LIMIT };
}

/** Each column's seg type, from its declared type and the table's first rows. */
async function profileColumns(engine: Engine, table: CatalogTable): Promise<Profile[]> {
  const list = table.columns.map((c) => col(engine, c.name)).join(", ");
  const sample = await engine.queryColumns(`SELECT ${list} FROM ${from(engine, table)} LIMIT ${TYPE_SAMPLE_ROWS}`);
  // By position: two columns of one name differing in case are two columns here.
  return table.columns.map((column, i) => {
    const values = (sample.values[i] ?? columnValues(sample, column.name)).filter((v) => v !== null && v !== undefined);
    const profile: Profile = { column, values };
    const typed = columnNameProblem(column.name) ?? typeOf(engine, column, values);
    if ("why" in typed) profile.why = typed.why;
    else profile.type = typed;
    return profile;
  });
}

const TIMESTAMP_TYPE = /^(timestamp|datetime|date$|timestamptz)/;
const BOOLEAN_TYPE = /^(boolean|bool|tinyint\(1\)|bit\(1\))$/;
const NUMBER_TYPE = /^(tinyint|smallint|mediumint|int|integer|bigint|hugeint|ubigint|uinteger|usmallint|utinyint|uhugeint|decimal|numeric|real|double|float|int[248]|float[48])\b/;
const JSON_TYPE = /^(json|jsonb)$/;
const TEXT_TYPE = /char|text|string|clob|^$/;
const NUMBER_TEXT = /^-?[0-9]+(\.[0-9]+)?$/;

/** The seg type of a column, or why it has none. */
function typeOf(engine: Engine, column: CatalogColumn, values: unknown[]): SegType | { why: string } {
  const declared = column.type;
  if (engine.name === "sqlite") return sqliteTypeOf(column, values);
  // An array type, which the patterns below would read as its element's (`integer[]` a number).
  if (engine.name === "postgres" && declared.startsWith("_")) {
    return { why: `it is a PostgreSQL array (${declared.slice(1)}[]), and seg reads a list there from JSON: read it through a view with to_jsonb("${column.name}")` };
  }
  const listOf = /^(.+)\[\]$/.exec(declared)?.[1];
  if (listOf !== undefined) {
    const element = typeOf(engine, { name: column.name, type: listOf }, []);
    if ("kind" in element && (element.kind === "string" || element.kind === "number")) return { kind: "list", element: element.kind };
    return { why: `its type ${declared} is a list of neither strings nor numbers` };
  }
  if (TIMESTAMP_TYPE.test(declared)) return { kind: "timestamp", storage: "native" };
  if (BOOLEAN_TYPE.test(declared)) return { kind: "boolean" };
  if (NUMBER_TYPE.test(declared)) return numberType(column, values);
  if (JSON_TYPE.test(declared) || TEXT_TYPE.test(declared)) return textType(values, "iso_text") ?? { kind: "string" };
  // An enum holds one of its strings (an enum type of seg would be a guess of the values in
  // use); a uuid is read as its text (docs/data.md), the usual type of a PostgreSQL key.
  if (/^enum(\(|$)/.test(declared) || declared === "uuid") return { kind: "string" };
  return { why: `its type ${declared} is none of string, number, boolean or timestamp` };
}

/** SQLite keeps any value in any column: the values decide, the declared type where there are none. */
function sqliteTypeOf(column: CatalogColumn, values: unknown[]): SegType | { why: string } {
  const declared = column.type;
  const numbers = values.filter((v) => typeof v === "number" || typeof v === "bigint");
  if (values.length > 0 && numbers.length === values.length) {
    return /bool/.test(declared) ? { kind: "boolean" } : numberType(column, values);
  }
  if (values.some((v) => typeof v !== "string" && typeof v !== "number" && typeof v !== "bigint")) return { why: "it holds binary values" };
  // A CSV import keeps numbers as text: seg reads a SQLite column declared `number` as numbers.
  if (values.length > 0 && values.every((v) => typeof v === "string" && NUMBER_TEXT.test(v))) return numberType(column, values);
  if (values.length > 0 && numbers.length === 0) return textType(values, "native") ?? { kind: "string" };
  if (values.length > 0) return /int|real|floa|doub|num|dec/.test(declared) ? { kind: "number" } : { kind: "string" };
  if (/bool/.test(declared)) return { kind: "boolean" };
  if (/int|real|floa|doub|num|dec/.test(declared)) return { kind: "number" };
  if (/date|time/.test(declared)) return { kind: "timestamp", storage: "native" };
  return { kind: "string" };
}

function numberType(column: CatalogColumn, values: unknown[]): SegType {
  const numbers = values.map(Number);
  if (numbers.length > 0 && TIME_NAME.test(plain(column.name)) && numbers.every(Number.isInteger)) {
    if (numbers.every((n) => n >= UNIX_SECONDS.min && n < UNIX_SECONDS.max)) return { kind: "timestamp", storage: "unix_seconds" };
    if (numbers.every((n) => n >= UNIX_SECONDS.min * 1000 && n < UNIX_SECONDS.max * 1000)) return { kind: "timestamp", storage: "unix_millis" };
  }
  return { kind: "number" };
}

/** Text (or a driver's parsed JSON) that is all ISO times, all JSON objects or all lists; else none. */
function textType(values: unknown[], isoStorage: Storage): SegType | undefined {
  if (values.length === 0) return undefined;
  const parsed = values.map(parseJson);
  if (parsed.every((v) => isObject(v))) return { kind: "json" };
  if (parsed.every((v) => Array.isArray(v))) {
    const elements = parsed.flat() as unknown[];
    if (elements.every((e) => typeof e === "string")) return { kind: "list", element: "string" };
    if (elements.every((e) => typeof e === "number")) return { kind: "list", element: "number" };
    return undefined;
  }
  if (values.every((v) => typeof v === "string" && isoTextTime(v) !== null)) return { kind: "timestamp", storage: isoStorage };
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function parseJson(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const t = v.trim();
  if (!t.startsWith("{") && !t.startsWith("[")) return v;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return v;
  }
}

function member(p: Profile, names: NameSpace): Member {
  return { name: names.take(snakeName(p.column.name, "column"), "column"), column: p.column.name, type: p.type! };
}

/** A database's name in lower snake case, to compare with the names these heuristics know (`Event Type` → `event_type`). */
function plain(name: string): string {
  return snakeName(name, "");
}

function isKeyType(type: SegType | undefined): boolean {
  return type?.kind === "string" || type?.kind === "number";
}

/** The primary key, else an `id` or `<table>_id` column unique in the first SCAN_ROWS rows. */
async function findKey(engine: Engine, table: CatalogTable, profiles: Profile[]): Promise<Profile | undefined> {
  const byName = (name: string | undefined): Profile | undefined => profiles.find((p) => p.column.name === name);
  const primary = byName(table.primaryKey);
  if (primary && isKeyType(primary.type)) return primary;
  const singularName = singular(plain(table.name));
  const candidates = profiles.filter((p) => isKeyType(p.type) && ["id", `${singularName}_id`, `${singularName}id`].includes(plain(p.column.name)));
  for (const p of candidates) {
    if (table.unique.includes(p.column.name) || (await uniqueInScan(engine, table, p.column.name))) return p;
  }
  return undefined;
}

async function uniqueInScan(engine: Engine, table: CatalogTable, column: string): Promise<boolean> {
  const c = col(engine, column);
  const [row] = await engine.query(`SELECT COUNT(*) AS r, COUNT(k) AS n, COUNT(DISTINCT k) AS d FROM (SELECT ${c} AS k FROM ${from(engine, table)} LIMIT ${SCAN_ROWS}) s`);
  const [r, n, d] = ["r", "n", "d"].map((k) => Number(row?.[k] ?? 0));
  return r === n && n === d;
}

/** A table with a key of its own that still reads as a wide events table: a column named like `event`, a time, and another `…_id` column. */
function readsAsWideEvents(profiles: Profile[], key: Profile): boolean {
  return (
    profiles.some((p) => p.type?.kind === "string" && CLEAR_EVENT_NAME_COLUMNS.has(plain(p.column.name))) &&
    profiles.some((p) => p.type?.kind === "timestamp") &&
    profiles.some((p) => p !== key && isKeyType(p.type) && /id$/.test(plain(p.column.name)))
  );
}

/** The entity a column names by a foreign key, or by its name (`account_id` → the entity of table `accounts`). */
function referencedEntity(table: CatalogTable, p: Profile, entities: EntityModel[]): EntityModel | undefined {
  const fk = table.foreignKeys.find((f) => f.column === p.column.name);
  if (fk) return entities.find((e) => e.source.table.schema === fk.schema && e.source.table.name === fk.table && e.key.column === fk.refColumn);
  const m = /^(.+?)_?id$/.exec(plain(p.column.name));
  if (!m || !isKeyType(p.type)) return undefined;
  const stem = m[1]!;
  return entities.find((e) => e.key.type.kind === p.type!.kind && [singular(plain(e.source.table.name)), plain(e.source.table.name), e.name].includes(stem));
}

/** The entity a column's values are keys of: the first whose key holds ≥ 80% of 50 sampled values. */
async function entityByValues(engine: Engine, p: Profile, entities: EntityModel[]): Promise<{ entity: EntityModel; found: number; tried: number } | undefined> {
  const values = [...new Set(p.values.map((v) => (typeof v === "bigint" ? Number(v) : v)))].slice(0, 50);
  if (values.length === 0) return undefined;
  for (const entity of entities) {
    if (entity.key.type.kind !== p.type?.kind) continue;
    const keyColumn = col(engine, entity.key.column);
    const list = values.map((_, i) => placeholder(engine, i + 1)).join(", ");
    const [row] = await engine.query(`SELECT COUNT(DISTINCT ${keyColumn}) AS n FROM ${from(engine, entity.source.table)} WHERE ${keyColumn} IN (${list})`, values);
    const found = Number(row?.["n"] ?? 0);
    if (found >= 0.8 * values.length) return { entity, found, tried: values.length };
  }
  return undefined;
}

/**
 * A table with a key that reads better as events (`orders`: a key, a time, a customer):
 * it has a time column and names another entity (by foreign key or by name), and no
 * other table names it. Not when a keyless table has `…_id` columns of which none names an
 * entity by foreign key or name: one of them may hold this table's keys (matched by value later).
 */
function readsAsEvents(
  t: { source: TableSource; profiles: Profile[] },
  sampled: { source: TableSource; profiles: Profile[] }[],
  keyless: { source: TableSource; profiles: Profile[] }[],
  entities: EntityModel[],
): boolean {
  const entity = entities.find((e) => e.source === t.source);
  if (!entity || entity.relations.length === 0 || !t.profiles.some((p) => p.type?.kind === "timestamp")) return false;
  // `users (id, account_id, signed_up_at)` is people with an account, not events of accounts.
  if (PARTY_NAMES.has(singular(plain(t.source.table.name)))) return false;
  const namedBy = sampled.some((o) => o.source !== t.source && o.profiles.some((p) => referencedEntity(o.source.table, p, [entity]) === entity));
  const needsValueMatch = keyless.some((o) => {
    const refs = o.profiles.filter((p) => isKeyType(p.type) && /id$/.test(plain(p.column.name)));
    return refs.length > 0 && !refs.some((p) => referencedEntity(o.source.table, p, entities) !== undefined);
  });
  return !namedBy && !needsValueMatch;
}

/** The events a table holds (one per row when `oneEventPerRow`, else named by a column), or why it holds none. */
async function eventsOf(engine: Engine, source: TableSource, profiles: Profile[], model: SchemaModel, names: NameSpace, oneEventPerRow: boolean): Promise<EventsModel | string> {
  const notes: string[] = [];
  const times = profiles.filter((p): p is Profile & { type: { kind: "timestamp"; storage: Storage } } => p.type?.kind === "timestamp");
  if (times.length === 0) return "no key (a primary key, or an `id` column unique in the sample) and no time column: neither an entity nor events";
  const rank = (p: Profile): number => {
    const i = TIME_COLUMNS.indexOf(plain(p.column.name));
    return i < 0 ? TIME_COLUMNS.length : i;
  };
  const time = [...times].sort((a, b) => rank(a) - rank(b))[0]!;
  if (times.length > 1) notes.push(`time column ${quoteName(time.column.name)} chosen of ${times.map((t) => quoteName(t.column.name)).join(", ")}`);

  const isForeignKey = (p: Profile): boolean => source.table.foreignKeys.some((f) => f.column === p.column.name);
  const refs = profiles.filter((p) => p !== time && isKeyType(p.type) && (/id$/.test(plain(p.column.name)) || isForeignKey(p)));
  let entityColumn: Profile | undefined;
  let entity: EntityModel | undefined;
  const preferred = (p: Profile): number => (/^(user|customer|account|client|member|visitor|shopper)_?id$/.test(plain(p.column.name)) ? 0 : 1);
  for (const p of [...refs].sort((a, b) => preferred(a) - preferred(b))) {
    entity = referencedEntity(source.table, p, model.entities);
    if (entity) {
      entityColumn = p;
      break;
    }
  }
  if (!entity) {
    for (const p of [...refs].sort((a, b) => preferred(a) - preferred(b))) {
      const match = await entityByValues(engine, p, model.entities);
      if (match) {
        entity = match.entity;
        entityColumn = p;
        notes.push(`${quoteName(p.column.name)} read as keys of ${match.entity.name} (table ${match.entity.source.segTable}): ${match.found} of ${match.tried} sampled values are keys there`);
        break;
      }
    }
  }
  if (!entity || !entityColumn) {
    const ref = refs.sort((a, b) => preferred(a) - preferred(b))[0];
    if (!ref) return `a time column but no column naming an entity's key (\`user_id\`, \`customer_id\`…)`;
    const id = ref.column.name;
    return (
      `its ${quoteName(id)} names no entity: no table has those keys, and an entity needs a table of its own. ` +
      `Create one, e.g. CREATE VIEW ${snakeName(id.replace(/_?id$/i, ""), "entity")}s AS SELECT DISTINCT ${col(engine, id)} AS id FROM ${from(engine, source.table)}, and run seg init again`
    );
  }

  const rest = profiles.filter((p) => p !== time && p !== entityColumn);
  const nameColumn = oneEventPerRow ? undefined : await findNameColumn(engine, source, rest);
  const jsonColumns = rest.filter((p) => p.type?.kind === "json");
  const propRank = (p: Profile): number => {
    const i = PROPERTIES_COLUMNS.indexOf(plain(p.column.name));
    return i < 0 ? PROPERTIES_COLUMNS.length : i;
  };
  const propertiesColumn = nameColumn ? [...jsonColumns].sort((a, b) => propRank(a) - propRank(b))[0] : undefined;
  const columnProperties: Profile[] = [];
  for (const p of rest) {
    if (p === nameColumn?.profile || p === propertiesColumn) continue;
    if (!p.type || p.type.kind === "json") notes.push(`column ${quoteName(p.column.name)} left out: ${p.why ?? "a JSON object that is not the properties column"}`);
    else columnProperties.push(p);
  }
  const events: EventModel[] = [];
  if (nameColumn) {
    const samples = propertiesColumn ? await propertySamples(engine, source.table, nameColumn.profile.column.name, propertiesColumn.column.name, nameColumn.counts) : new Map<string, unknown[]>();
    // Stored names that are seg names already keep them; the others get what is left.
    const stored = [...nameColumn.counts.keys()];
    const named = new Map<string, string>();
    for (const value of stored.filter((v) => isIdentifier(v) && !EVENT_NAMES_TO_AVOID.has(v))) named.set(value, names.take(value, "event"));
    for (const value of stored.filter((v) => !named.has(v))) named.set(value, names.take(eventName(value), "event"));
    for (const [value, count] of nameColumn.counts) {
      const name = named.get(value)!;
      const event: EventModel = { name, count, properties: [], ownTable: false, notes: [] };
      if (name !== value) event.stored = value;
      const props = new NameSpace();
      event.properties.push(...jsonProperties(samples.get(value) ?? [], props, event.notes));
      for (const p of columnProperties) event.properties.push(member(p, props));
      events.push(event);
    }
    if (nameColumn.counts.size === 0) {
      const why = source.rows === 0 ? "no rows" : `no names in ${source.rows > SCAN_ROWS ? `the first ${SCAN_ROWS.toLocaleString("en-US")}` : "its"} rows (all NULL)`;
      notes.push(`${why}, so no event names to read: declare each \`event <name>\` that ${quoteName(nameColumn.profile.column.name)} will hold`);
    }
    if (nameColumn.capped) notes.push(`events named in the first ${SCAN_ROWS.toLocaleString("en-US")} rows; an event seen only after them is not declared`);
  } else {
    const name = names.take(eventName(singular(source.table.name)), "event");
    const props = new NameSpace();
    const event: EventModel = { name, count: source.rows, properties: columnProperties.map((p) => member(p, props)), ownTable: true, notes: [] };
    notes.push(`no column names the event: every row is one \`${name}\`, its columns its properties`);
    events.push(event);
  }
  const block: EventsModel = { entity, source, entityColumn: entityColumn.column.name, time: { column: time.column.name, storage: time.type.storage }, events, notes };
  if (nameColumn) block.nameColumn = nameColumn.profile.column.name;
  if (propertiesColumn) block.propertiesColumn = propertiesColumn.column.name;
  return block;
}

/** A seg name for a stored event name: lower snake case, not a keyword (`did count` reads an aggregate). */
function eventName(stored: string): string {
  const base = snakeName(stored, "event");
  return EVENT_NAMES_TO_AVOID.has(base) ? `${base}_event` : base;
}

/** A text column with a name of EVENT_NAME_COLUMNS and at most MAX_EVENT_NAMES values in the first SCAN_ROWS rows, with their counts. */
async function findNameColumn(engine: Engine, source: TableSource, profiles: Profile[]): Promise<{ profile: Profile; counts: Map<string, number>; capped: boolean } | undefined> {
  const { table } = source;
  const rank = (p: Profile): number => EVENT_NAME_COLUMNS.indexOf(plain(p.column.name));
  const candidates = profiles.filter((p) => p.type?.kind === "string" && rank(p) >= 0).sort((a, b) => rank(a) - rank(b));
  // An empty table names no events, but its column is still the one that will.
  if (source.rows === 0) return candidates[0] && { profile: candidates[0], counts: new Map(), capped: false };
  for (const p of candidates) {
    const c = col(engine, p.column.name);
    const name = exactText(engine, "n");
    const rows = await engine.query(
      `SELECT MIN(n) AS n, COUNT(*) AS c FROM (SELECT ${c} AS n FROM ${from(engine, table)} LIMIT ${SCAN_ROWS}) s WHERE n IS NOT NULL GROUP BY ${name} ORDER BY COUNT(*) DESC, ${name} LIMIT ${MAX_EVENT_NAMES + 1}`,
    );
    // A column named `event` (not `type`, `name`…) holding no name yet is still the one that will.
    if (rows.length === 0 && CLEAR_EVENT_NAME_COLUMNS.has(plain(p.column.name))) return { profile: p, counts: new Map(), capped: source.rows > SCAN_ROWS };
    if (rows.length === 0 || rows.length > MAX_EVENT_NAMES) continue;
    const counts = new Map(rows.map((r) => [String(r["n"]), Number(r["c"])]));
    return { profile: p, counts, capped: source.rows > SCAN_ROWS };
  }
  return undefined;
}

/** Each event's JSON property values: the first PROPERTY_SAMPLE_ROWS rows, then up to ROWS_PER_RARE_EVENT rows of each event seen less there. */
async function propertySamples(engine: Engine, table: CatalogTable, nameColumn: string, propertiesColumn: string, counts: Map<string, number>): Promise<Map<string, unknown[]>> {
  const [n, p] = [col(engine, nameColumn), col(engine, propertiesColumn)];
  const first = await engine.queryColumns(`SELECT ${n} AS n, ${p} AS p FROM ${from(engine, table)} LIMIT ${PROPERTY_SAMPLE_ROWS}`);
  const samples = new Map<string, unknown[]>();
  const [names, values] = [columnValues(first, "n"), columnValues(first, "p")];
  names.forEach((name, i) => {
    if (name === null || name === undefined) return;
    const list = samples.get(String(name)) ?? [];
    if (list.length < ROWS_PER_RARE_EVENT * 5) list.push(values[i]);
    samples.set(String(name), list);
  });
  for (const name of counts.keys()) {
    if ((samples.get(name)?.length ?? 0) >= ROWS_PER_RARE_EVENT) continue;
    const rows = await engine.query(
      `SELECT p FROM (SELECT ${n} AS n, ${p} AS p FROM ${from(engine, table)} LIMIT ${SCAN_ROWS}) s WHERE ${exactText(engine, "n")} = ${exactText(engine, placeholder(engine, 1))} LIMIT ${ROWS_PER_RARE_EVENT}`,
      [name],
    );
    samples.set(name, rows.map((r) => r["p"]));
  }
  return samples;
}

/** Properties of an event from its sampled JSON objects: each key whose values have one type. */
function jsonProperties(values: unknown[], names: NameSpace, notes: string[]): Member[] {
  const seen = new Map<string, unknown[]>();
  for (const v of values) {
    const object = parseJson(v);
    if (!isObject(object)) continue;
    for (const [k, value] of Object.entries(object)) {
      if (value === null) continue;
      const list = seen.get(k) ?? [];
      list.push(value);
      seen.set(k, list);
    }
  }
  const members: Member[] = [];
  for (const [key, list] of [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isIdentifier(key) || names.has(key)) {
      notes.push(`JSON property ${quoteName(key)} left out: a JSON property is read under its own name, and this one is no seg name`);
      continue;
    }
    const type = jsonType(list);
    if (!type) {
      notes.push(`JSON property ${quoteName(key)} left out: its values are of several types, or objects`);
      continue;
    }
    names.reserve(key);
    members.push({ name: key, column: key, type, json: true });
  }
  return members;
}

function jsonType(values: unknown[]): SegType | undefined {
  if (values.every((v) => typeof v === "number")) return { kind: "number" };
  if (values.every((v) => typeof v === "boolean")) return { kind: "boolean" };
  if (values.every((v) => typeof v === "string" && isoTextTime(v) !== null)) return { kind: "timestamp", storage: "native" };
  if (values.every((v) => typeof v === "string")) return { kind: "string" };
  if (values.every((v) => Array.isArray(v) && v.every((e) => typeof e === "string"))) return { kind: "list", element: "string" };
  return undefined;
}
