/**
 * The table layout of generated data (CONTEXT.md "Storage"), which is also what `seg test`
 * loads (compiler/testing/data.ts) and what the SQL backend reads: column types and the
 * columns of an event source table.
 */
import type { EngineColumn, EngineColumnType } from "../engines/types.ts";
import type { IRColumnType, IREntity, IREventSource, IREventType, IRTimestampStorage } from "../ir.ts";

export function columnTypeOf(type: IRColumnType): EngineColumnType {
  switch (type.kind) {
    case "string":
    case "enum":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "timestamp":
      return timeColumnType(type.storage);
    case "list":
      return "json";
  }
}

function timeColumnType(storage: IRTimestampStorage): EngineColumnType {
  // unix seconds as a double: a time with milliseconds (a test's `login at …00.500Z`) keeps them
  return storage === "native" ? "timestamp" : storage === "iso_text" ? "string" : storage === "unix_seconds" ? "number" : "integer";
}

/** The column type of an entity's key (and of foreign keys to it). */
export function keyColumnType(entity: IREntity | undefined): EngineColumnType {
  return entity?.key.type === "number" ? "integer" : "string";
}

/** An instant (epoch ms) as a timestamp column of `storage` stores it. */
export function storeTime(ms: number, storage: IRTimestampStorage): Date | number | string {
  switch (storage) {
    case "native":
      return new Date(ms);
    case "iso_text":
      return new Date(ms).toISOString();
    case "unix_seconds":
      // What the JS backend reads from the test block: the milliseconds too.
      return ms / 1000;
    case "unix_millis":
      return ms;
  }
}

/**
 * An event source table's columns: entity (0), time (1), then the name and properties
 * columns when the source has them, then the column-stored properties of `types` (a
 * column named twice is kept once).
 */
export function eventColumns(source: IREventSource, entity: IREntity | undefined, types: readonly IREventType[]): EngineColumn[] {
  const cols: EngineColumn[] = [
    { name: source.entityColumn, type: keyColumnType(entity) },
    { name: source.timeColumn, type: timeColumnType(source.timeStorage) },
  ];
  const seen = new Set(cols.map((c) => c.name));
  if (source.nameColumn && !seen.has(source.nameColumn)) {
    cols.push({ name: source.nameColumn, type: "string" });
    seen.add(source.nameColumn);
  }
  if (source.propertiesColumn && !seen.has(source.propertiesColumn)) {
    cols.push({ name: source.propertiesColumn, type: "json" });
    seen.add(source.propertiesColumn);
  }
  for (const t of types) {
    for (const p of t.properties) {
      if (p.storage.kind !== "column" || seen.has(p.storage.column)) continue;
      seen.add(p.storage.column);
      cols.push({ name: p.storage.column, type: columnTypeOf(p.type) });
    }
  }
  return cols;
}
