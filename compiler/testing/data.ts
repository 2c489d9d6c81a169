/**
 * A test block's records and events as data: tables in the layout of compiler/datagen (so
 * `loadData` creates them exactly as the SQL backend expects), and EntityInput records for
 * the JavaScript backend.
 */
import type { EngineColumn } from "../engines/types.ts";
import { columnTypeOf, eventColumns, keyColumnType, storeTime, type GeneratedData, type GeneratedTable } from "../datagen/index.ts";
import type { EntityInput, EventInput } from "../js/index.ts";
import type { IRColumnType, IREntity, IREventSource, IREventType, IRProject, IRTest, IRTestRecord } from "../ir.ts";
import { viaPaths } from "../ir-utils.ts";

type TestValue = IRTestRecord["attributes"][string];

/** A test value for a typed column (timestamps stored per their storage). */
function columnValue(v: TestValue | undefined, type: IRColumnType): unknown {
  if (v === undefined || v === null) return null;
  if (type.kind === "timestamp" && typeof v === "string") return storeTime(Date.parse(v), type.storage);
  return v;
}

/** A test value inside a JSON properties object: timestamps as ISO text or epoch numbers. */
function jsonValue(v: TestValue, type: IRColumnType): unknown {
  if (v !== null && type.kind === "timestamp" && typeof v === "string" && type.storage !== "native") {
    return storeTime(Date.parse(v), type.storage);
  }
  return v;
}

function table(
  kind: GeneratedTable["kind"],
  name: string,
  tableName: string[],
  columns: EngineColumn[],
  indexColumns: string[],
  rows: unknown[][],
): GeneratedTable {
  return {
    kind,
    name,
    table: tableName,
    columns,
    indexColumns,
    *batches() {
      if (rows.length > 0) yield rows.map((r) => [...r]);
    },
  };
}

function entityTable(ir: IRProject, entity: IREntity, test: IRTest): GeneratedTable {
  const byName = new Map(ir.entities.map((e) => [e.name, e]));
  const columns: EngineColumn[] = [{ name: entity.key.column, type: keyColumnType(entity) }];
  const seen = new Set([entity.key.column]);
  const fill: ((r: IRTestRecord) => unknown)[] = [(r) => r.key];
  for (const a of entity.attributes) {
    if (seen.has(a.column)) continue;
    seen.add(a.column);
    columns.push({ name: a.column, type: columnTypeOf(a.type) });
    fill.push((r) => columnValue(own(r.attributes, a.name), a.type));
  }
  for (const rel of entity.relations) {
    if (seen.has(rel.foreignKey)) continue;
    seen.add(rel.foreignKey);
    columns.push({ name: rel.foreignKey, type: keyColumnType(byName.get(rel.target)) });
    fill.push((r) => own(r.relations, rel.name) ?? null);
  }
  const rows = test.records.filter((r) => r.entity === entity.name).map((r) => fill.map((f) => f(r)));
  return table("entity", entity.name, entity.table, columns, [entity.key.column, ...entity.relations.map((r) => r.foreignKey)], rows);
}

function eventTable(ir: IRProject, source: IREventSource, test: IRTest): GeneratedTable {
  const entity = ir.entities.find((e) => e.name === source.entity);
  const types = ir.events.filter((e) => e.source === source.id);
  const byName = new Map<string, IREventType>(types.map((t) => [t.name, t]));
  const columns = eventColumns(source, entity, types);
  const index = new Map(columns.map((c, i) => [c.name, i]));
  const rows: unknown[][] = [];
  for (const ev of test.events) {
    const type = byName.get(ev.event);
    if (!type || ev.entity !== source.entity) continue;
    const row = new Array<unknown>(columns.length).fill(null);
    row[0] = ev.key;
    row[1] = storeTime(Date.parse(ev.time), source.timeStorage);
    if (source.nameColumn) row[index.get(source.nameColumn)!] = type.nameValue ?? type.name;
    const json: Record<string, unknown> = {};
    for (const p of type.properties) {
      const v = ev.properties[p.name];
      if (v === undefined) continue;
      if (p.storage.kind === "column") row[index.get(p.storage.column)!] = columnValue(v, p.type);
      else json[p.storage.key] = jsonValue(v, p.type);
    }
    if (source.propertiesColumn) row[index.get(source.propertiesColumn)!] = json;
    rows.push(row);
  }
  return table("events", source.id, source.table, columns, [source.entityColumn], rows);
}

/**
 * Every table of the project's schema (entity tables, then event source tables), holding
 * only the test's records and events. Feed it to `loadData(engine, ir, data)`.
 */
export function testData(ir: IRProject, test: IRTest): GeneratedData {
  const tables = [...ir.entities.map((e) => entityTable(ir, e, test)), ...ir.eventSources.map((s) => eventTable(ir, s, test))];
  const entityCounts: Record<string, number> = {};
  for (const e of ir.entities) entityCounts[e.name] = test.records.filter((r) => r.entity === e.name).length;
  return { seed: 0, asOf: new Date(Date.parse(test.asOf)), days: 0, entityCounts, tables };
}

/** The test's records of one entity as JavaScript backend inputs, in declaration order. */
export function testInputs(ir: IRProject, test: IRTest, entity: string): { record: IRTestRecord; input: EntityInput }[] {
  const entities = new Map(ir.entities.map((e) => [e.name, e]));
  // Records and events by entity and key, indexed once: a search per record was quadratic
  // (a test of 5,000 users and 200,000 events took a minute on the JS engine).
  const recordKey = (ent: string, key: string | number): string => `${ent}\u0000${String(key)}`;
  const records = new Map<string, IRTestRecord>();
  for (const r of test.records) if (!records.has(recordKey(r.entity, r.key))) records.set(recordKey(r.entity, r.key), r);
  const eventsOf = new Map<string, EventInput[]>();
  for (const e of test.events) {
    if (e.entity !== entity) continue;
    const k = recordKey(e.entity, e.key);
    let list = eventsOf.get(k);
    if (!list) eventsOf.set(k, (list = []));
    list.push({ name: e.event, time: e.time, properties: { ...e.properties } });
  }
  const find = (ent: string, key: string | number): IRTestRecord | undefined => records.get(recordKey(ent, key));
  // Every relation path the segments read (`account.parent.parent`), however long.
  const paths = viaPaths(ir, entity);
  const related = (rec: IRTestRecord): Record<string, Record<string, unknown> | null> => {
    const out: Record<string, Record<string, unknown> | null> = {};
    for (const path of paths) {
      let at: IRTestRecord | undefined = rec;
      for (const name of path) {
        const rel: IREntity["relations"][number] | undefined = at && entities.get(at.entity)?.relations.find((r) => r.name === name);
        const fk: string | number | undefined = at && rel ? own(at.relations, name) : undefined;
        at = rel && fk !== undefined ? find(rel.target, fk) : undefined;
      }
      // The related record's key is readable like an attribute (`account.id`), as in SQL.
      const key = at && entities.get(at.entity)?.key.name;
      out[path.join(".")] = at ? { ...(key ? { [key]: at.key } : {}), ...at.attributes } : null;
    }
    return out;
  };
  return test.records
    .filter((r) => r.entity === entity)
    .map((record) => {
      const rel = related(record);
      // a copy per record: two records with one key (an error the checker reports) share none
      const events = (eventsOf.get(recordKey(entity, record.key)) ?? []).map((e) => ({ ...e, properties: { ...e.properties } }));
      return { record, input: { key: record.key, attributes: { ...record.attributes }, related: rel, events } };
    });
}

/**
 * A test record's own value for `name`: names every object inherits (`toString`,
 * `constructor`) are missing unless the test gave them.
 */
function own<T>(values: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(values, name) ? values[name] : undefined;
}
