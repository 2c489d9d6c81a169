/**
 * Schema: `entity` and `events` declarations → EntityInfo / EventInfo (what the checker
 * resolves against) and the IR's entities, event sources and event types.
 *
 * Defaults (docs/language.md "Schema"): table = entity name; attribute / key / property
 * column = its name; events key column = `<entity>_id`; time column `time` (native);
 * wide tables: name column `event`, properties column `properties`, nameValue = event name.
 */
import type { EntityDecl, EventDecl, EventsDecl, Range, TypeRef } from "../../grammar/ast.ts";
import type { Diagnostic } from "../../grammar/diagnostic.ts";
import type { IREntity, IREventSource, IREventType, IRProperty, IRTableName } from "../ir.ts";
import type { SymbolDef, SymbolRef } from "../symbols.ts";
import { C } from "./codes.ts";
import { replaceFix, type EntityInfo, type EventInfo } from "./env.ts";
import { caseOnlyMessage, columnType, didYouMean, PROTO_MESSAGE, PROTO_NAME, showTy, tyFromRef } from "./types.ts";

export interface SchemaResult {
  entities: Map<string, EntityInfo>;
  events: Map<string, EventInfo>;
  ir: { entities: IREntity[]; eventSources: IREventSource[]; events: IREventType[] };
  diagnostics: Diagnostic[];
  defs: SymbolDef[];
  refs: SymbolRef[];
}

function table(text: string): IRTableName {
  return text.split(".");
}

/** Why a `table "…"` name cannot be a table on any engine, or undefined. */
function tableNameProblem(text: string): string | undefined {
  const parts = text.split(".");
  if (parts.some((p) => p === "")) return `table name ${JSON.stringify(text)} has an empty part: write \`table\`, \`schema.table\` or \`database.schema.table\``;
  if (parts.length > 3) return `table name ${JSON.stringify(text)} has ${parts.length} parts; at most three (\`database.schema.table\`)`;
  if (parts.some((p) => p.trimEnd() !== p)) return `table name ${JSON.stringify(text)} has a part that ends with a space, which MySQL refuses`;
  return undefined;
}

export function buildSchema(
  entityDecls: { file: string; decl: EntityDecl }[],
  eventsDecls: { file: string; decl: EventsDecl }[],
  /** Names already reported as duplicates (the first declaration is still used). */
  firstOf: (name: string) => unknown,
): SchemaResult {
  const diagnostics: Diagnostic[] = [];
  const defs: SymbolDef[] = [];
  const refs: SymbolRef[] = [];
  const entities = new Map<string, EntityInfo>();
  const events = new Map<string, EventInfo>();
  const irEntities: IREntity[] = [];
  const sources: IREventSource[] = [];
  /** Where each event source and column-stored property is declared (SEG1035's ranges). */
  const sourceAt = new Map<string, Place>();
  /** Where each event source's `table "…"` is declared (SEG1036's ranges). */
  const sourceTableAt = new Map<string, Place>();
  const propertyAt = new Map<IRProperty, Place>();
  const irEvents: IREventType[] = [];
  const err = (file: string, range: Range, code: string, message: string, fix?: Diagnostic["fix"]) => {
    const d: Diagnostic = { code, severity: "error", message, file, range };
    if (fix) d.fix = fix;
    diagnostics.push(d);
  };
  /**
   * A member's or property's name, which becomes a key of JavaScript records and part of SQL
   * column names: not `__proto__` (SEG1030), and not an earlier one's in another case
   * (SEG1028; `byFolded` maps lower-cased names to the first seen).
   */
  const checkDataName = (file: string, n: { text: string; range: Range }, byFolded: Map<string, string>, what: string): void => {
    if (n.text === PROTO_NAME) err(file, n.range, C.protoName, PROTO_MESSAGE);
    const folded = n.text.toLowerCase();
    const earlier = byFolded.get(folded);
    if (earlier === undefined) byFolded.set(folded, n.text);
    else err(file, n.range, C.caseOnly, caseOnlyMessage(n.text, earlier, what));
  };
  /** An `enum(…)` type's values: at least one, each once. */
  const checkEnum = (file: string, type: TypeRef): void => {
    if (type.kind !== "enum") return;
    if (type.values.length === 0) err(file, type.range, C.schema, "an enum needs at least one value, like `enum(\"free\", \"pro\")`");
    const seen = new Set<string>();
    for (const v of type.values) {
      if (seen.has(v.value)) err(file, v.range, C.duplicate, `${JSON.stringify(v.value)} is listed twice in this enum`);
      seen.add(v.value);
    }
  };
  /** A `column "…"` setting's name (or `fallback` without one), its problem reported at the string. */
  const columnAt = (file: string, lit: { value: string; range: Range } | undefined, fallback: string): string => {
    if (lit === undefined) return fallback;
    if (lit.value === "") err(file, lit.range, C.schema, "a column name cannot be empty");
    else if (lit.value.trimEnd() !== lit.value) err(file, lit.range, C.schema, `column name ${JSON.stringify(lit.value)} ends with a space, which MySQL refuses`);
    return lit.value;
  };
  /** A `table "…"` setting's name, its problem reported at the string. */
  const tableAt = (file: string, lit: { value: string; range: Range }): IRTableName => {
    const problem = tableNameProblem(lit.value);
    if (problem !== undefined) err(file, lit.range, C.schema, problem);
    return table(lit.value);
  };

  // Entities
  for (const { file, decl } of entityDecls) {
    const name = decl.name.text;
    const def: SymbolDef = { kind: "entity", name, qualifiedName: name, file, range: decl.range, nameRange: decl.name.range };
    if (decl.doc) def.doc = decl.doc;
    defs.push(def);
    if (firstOf(name) !== decl) continue;
    const info: EntityInfo = { name, file, decl, attrs: new Map(), relations: new Map(), sig: "" };
    const ir: IREntity = {
      name,
      table: decl.table ? tableAt(file, decl.table) : table(name),
      key: { name: "id", column: "id", type: "string" },
      attributes: [],
      relations: [],
    };
    if (decl.doc) ir.doc = decl.doc;
    const seen = new Map<string, Range>();
    const seenFolded = new Map<string, string>();
    for (const m of decl.members) {
      const mn = m.name.text;
      if (seen.has(mn)) {
        err(file, m.name.range, C.duplicate, `\`${mn}\` is declared twice in entity ${name}`);
        continue;
      }
      seen.set(mn, m.name.range);
      checkDataName(file, m.name, seenFolded, `member of entity ${name}`);
      const qd: SymbolDef = {
        kind: m.kind === "key" ? "key" : m.kind === "relation" ? "relation" : "attribute",
        name: mn,
        qualifiedName: `${name}.${mn}`,
        file,
        range: m.range,
        nameRange: m.name.range,
        entity: name,
      };
      if (m.doc) qd.doc = m.doc;
      defs.push(qd);
      if (m.kind === "key") {
        if (info.key) {
          err(file, m.name.range, C.schema, `entity ${name} has two keys; keep one`);
          continue;
        }
        const ty = tyFromRef(m.type);
        qd.type = showTy(ty);
        if (m.type.kind !== "string" && m.type.kind !== "number") {
          err(file, m.type.range, C.schema, "a key must be a string or a number");
          continue;
        }
        info.key = { name: mn, ty, decl: m };
        ir.key = { name: mn, column: columnAt(file, m.column, mn), type: m.type.kind };
      } else if (m.kind === "attribute") {
        checkEnum(file, m.type);
        const ty = tyFromRef(m.type);
        qd.type = showTy(ty);
        if (m.type.kind === "list" && m.type.element.kind !== "string" && m.type.element.kind !== "number") {
          err(file, m.type.range, C.schema, "lists hold strings or numbers");
          continue;
        }
        info.attrs.set(mn, { ty, decl: m });
        const a = { name: mn, column: columnAt(file, m.column, mn), type: columnType(m.type) } as IREntity["attributes"][number];
        if (m.doc) a.doc = m.doc;
        ir.attributes.push(a);
      } else {
        qd.type = m.target.text;
        info.relations.set(mn, { target: m.target.text, decl: m });
        const r = { name: mn, target: m.target.text, foreignKey: m.foreignKey.text } as IREntity["relations"][number];
        if (m.doc) r.doc = m.doc;
        ir.relations.push(r);
      }
    }
    if (!info.key) err(file, decl.name.range, C.schema, `entity ${name} needs a key, e.g. \`key id: string\``);
    entities.set(name, info);
    irEntities.push(ir);
  }
  // Relation targets
  for (const info of entities.values()) {
    for (const [rn, r] of info.relations) {
      const target = entities.get(r.target);
      if (!target) {
        const s = didYouMean(r.target, [...entities.keys()]);
        err(info.file, r.decl.target.range, C.unknownEntity, `unknown entity \`${r.target}\`${s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(r.decl.target.range, s) : undefined);
        info.relations.delete(rn);
      } else refs.push({ file: info.file, range: r.decl.target.range, target: r.target });
    }
  }

  // Events
  const sourceIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let i = 2; sourceIds.has(id); i++) id = `${base}_${i}`;
    sourceIds.add(id);
    return id;
  };
  for (const { file, decl } of eventsDecls) {
    const en = decl.entity.text;
    const entity = entities.get(en);
    defs.push({ kind: "events", name: `events of ${en}`, qualifiedName: `events:${en}`, file, range: decl.range, nameRange: decl.entity.range, entity: en });
    if (!entity) {
      const s = didYouMean(en, [...entities.keys()]);
      err(file, decl.entity.range, C.unknownEntity, `unknown entity \`${en}\`${s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(decl.entity.range, s) : undefined);
      continue;
    }
    refs.push({ file, range: decl.entity.range, target: en });
    // `user column "…"` names the entity too.
    for (const word of [decl.entityColumnNameRange, ...decl.events.map((ev) => ev.entityColumnNameRange)])
      if (word) refs.push({ file, range: word, target: en });
    const entityColumn = columnAt(file, decl.entityColumn, `${en}_id`);
    const timeColumn = columnAt(file, decl.timeColumn, "time");
    const timeStorage = decl.timeStorage?.storage ?? "native";
    let wideId: string | undefined;
    /** The block's shared-table events by the value their rows store, each value once. */
    const storedBy = new Map<string, EventDecl>();
    for (const ev of decl.events) {
      const name = ev.name.text;
      const def: SymbolDef = { kind: "event", name, qualifiedName: name, file, range: ev.range, nameRange: ev.name.range, entity: en };
      if (ev.doc) def.doc = ev.doc;
      defs.push(def);
      if (firstOf(name) !== ev) continue;
      const info: EventInfo = { name, entity: en, file, decl: ev, props: new Map(), sig: "" };
      const own = ev.table !== undefined;
      let source: string;
      if (own) {
        source = uniqueId(name);
        sourceAt.set(source, { file, range: ev.name.range });
        sourceTableAt.set(source, { file, range: ev.table!.range });
        sources.push({
          id: source,
          entity: en,
          table: tableAt(file, ev.table!),
          entityColumn: columnAt(file, ev.entityColumn, entityColumn),
          timeColumn: columnAt(file, ev.timeColumn, timeColumn),
          timeStorage: ev.timeStorage?.storage ?? timeStorage,
        });
      } else {
        if (!decl.table) {
          err(file, ev.name.range, C.schema, `event \`${name}\` has no table: give the \`events of ${en}\` block a \`table "…"\` or the event its own`);
          continue;
        }
        if (!wideId) {
          wideId = uniqueId(`${en}_events`);
          sourceAt.set(wideId, { file, range: decl.entity.range });
          sourceTableAt.set(wideId, { file, range: decl.table.range });
          sources.push({
            id: wideId,
            entity: en,
            table: tableAt(file, decl.table),
            entityColumn,
            timeColumn,
            timeStorage,
            nameColumn: columnAt(file, decl.nameColumn, "event"),
            propertiesColumn: columnAt(file, decl.propertiesColumn, "properties"),
          });
        }
        source = wideId;
        // A row holding the value would be either event: SQL took the first, the JS loader the last.
        const stored = ev.storedName?.value ?? name;
        const earlier = storedBy.get(stored);
        if (earlier === undefined) storedBy.set(stored, ev);
        else {
          const d: Diagnostic = {
            code: C.duplicate,
            severity: "error",
            message: `event \`${name}\` is stored as ${JSON.stringify(stored)}, as event \`${earlier.name.text}\` is: a row of the table could not tell them apart; give one a \`named "…"\` of its own`,
            file,
            range: ev.storedName?.range ?? ev.name.range,
            related: [{ file, range: earlier.storedName?.range ?? earlier.name.range, message: `event \`${earlier.name.text}\` is stored as ${JSON.stringify(stored)} here` }],
          };
          diagnostics.push(d);
        }
      }
      const props: IRProperty[] = [];
      const seen = new Set<string>();
      const seenFolded = new Map<string, string>();
      for (const p of ev.properties) {
        const pn = p.name.text;
        checkEnum(file, p.type);
        const ty = tyFromRef(p.type);
        const pd: SymbolDef = { kind: "property", name: pn, qualifiedName: `${name}.${pn}`, file, range: p.range, nameRange: p.name.range, type: showTy(ty), entity: en };
        if (p.doc) pd.doc = p.doc;
        defs.push(pd);
        if (seen.has(pn)) {
          err(file, p.name.range, C.duplicate, `property \`${pn}\` is declared twice in event ${name}`);
          continue;
        }
        seen.add(pn);
        checkDataName(file, p.name, seenFolded, `property of event ${name}`);
        info.props.set(pn, { ty, decl: p });
        const irp: IRProperty = {
          name: pn,
          type: columnType(p.type),
          storage: own || p.column ? { kind: "column", column: columnAt(file, p.column, pn) } : { kind: "json", key: pn },
        };
        if (p.doc) irp.doc = p.doc;
        if (irp.storage.kind === "column") propertyAt.set(irp, { file, range: p.name.range });
        props.push(irp);
      }
      const t: IREventType = { name, entity: en, source, properties: props };
      if (!own) t.nameValue = ev.storedName?.value ?? name;
      if (ev.doc) t.doc = ev.doc;
      irEvents.push(t);
      info.sig = JSON.stringify(t);
      events.set(name, info);
    }
  }
  for (let i = 0; i < irEntities.length; i++) {
    const e = entities.get(irEntities[i]!.name)!;
    e.sig = JSON.stringify(irEntities[i]);
  }
  checkSharedColumns(sources, irEvents, sourceAt, propertyAt, err);
  checkRowsReadOnce(sources, irEvents, sourceTableAt, diagnostics);
  return { entities, events, ir: { entities: irEntities, eventSources: sources, events: irEvents }, diagnostics, defs, refs };
}

interface Place {
  file: string;
  range: Range;
}

const STORAGE_WORDS: Record<string, string> = {
  native: "timestamps",
  iso_text: "ISO-8601 text",
  unix_seconds: "unix seconds",
  unix_millis: "unix milliseconds",
};

/**
 * SEG1035: one column of a table read two ways by the event blocks that share the table
 * (`events of user` and `events of account` over one events table): as times of two
 * storages, or as times in one block and names, properties or a property in another. A
 * column holds one kind of value; test data (`seg test`, `seg generate`) writes it once.
 */
type ColumnRole =
  | { kind: "time"; storage: string }
  | { kind: "names" }
  | { kind: "json" }
  | { kind: "property"; type: IRProperty["type"] };

function roleWords(r: ColumnRole): string {
  if (r.kind === "time") return `the events' time (${STORAGE_WORDS[r.storage] ?? r.storage})`;
  if (r.kind === "names") return "the event names";
  if (r.kind === "json") return "the JSON properties";
  return `a ${r.type.kind} property`;
}

/**
 * Whether one column can be read both ways: the same role, or a property of the value the
 * other role reads (the time as a timestamp property or, stored as unix times, a number;
 * the event names as a string).
 */
function compatible(a: ColumnRole, b: ColumnRole): boolean {
  if (a.kind === "time" && b.kind === "time") return a.storage === b.storage;
  if (a.kind === "property" && b.kind === "property") return true; // per-event types (docs/cli.md)
  const [other, prop] = a.kind === "property" ? [b, a] : [a, b];
  if (prop.kind !== "property") return a.kind === b.kind;
  if (other.kind === "time") {
    if (prop.type.kind === "timestamp") return prop.type.storage === other.storage;
    return prop.type.kind === "number" ? other.storage.startsWith("unix") : prop.type.kind === "string" && other.storage === "iso_text";
  }
  if (other.kind === "names") return prop.type.kind === "string" || prop.type.kind === "enum";
  return false;
}

function checkSharedColumns(
  sources: IREventSource[],
  types: IREventType[],
  sourceAt: Map<string, Place>,
  propertyAt: Map<IRProperty, Place>,
  err: (file: string, range: Range, code: string, message: string) => void,
): void {
  const seen = new Map<string, { role: ColumnRole; place: Place; source: string }[]>();
  const declare = (table: string[], column: string, role: ColumnRole, place: Place, source: string): void => {
    const key = JSON.stringify([table, column]);
    const earlier = seen.get(key) ?? [];
    seen.set(key, [...earlier, { role, place, source }]);
    // Against every reading of another block (within one block, what each event reads of a
    // column is its own, as before this check), whatever the order of the blocks.
    const first = earlier.find((e) => e.source !== source && !compatible(e.role, role));
    if (!first) return;
    err(
      place.file,
      place.range,
      C.columnConflict,
      `column ${JSON.stringify(column)} of table ${JSON.stringify(table.join("."))} is read here as ${roleWords(role)}, and as ${roleWords(first.role)} by the declaration at ${first.place.file}:${first.place.range.start.line + 1}; a column holds one kind of value`,
    );
  };
  const tableOf = new Map(sources.map((s) => [s.id, s.table]));
  for (const s of sources) {
    const place = sourceAt.get(s.id);
    if (!place) continue;
    declare(s.table, s.timeColumn, { kind: "time", storage: s.timeStorage }, place, s.id);
    if (s.nameColumn !== undefined) declare(s.table, s.nameColumn, { kind: "names" }, place, s.id);
    if (s.propertiesColumn !== undefined) declare(s.table, s.propertiesColumn, { kind: "json" }, place, s.id);
  }
  for (const t of types) {
    const table = tableOf.get(t.source);
    if (!table) continue;
    for (const p of t.properties) {
      const place = propertyAt.get(p);
      if (p.storage.kind === "column" && place) declare(table, p.storage.column, { kind: "property", type: p.type }, place, t.source);
    }
  }
}

/**
 * SEG1036: a row of an entity's shared event table is one event of the entity by each key
 * column it is read by. A second block over that table with the same key column, or an event
 * whose own table it is, would read every row again: `any` counted it twice (SQL and JS
 * alike) and a stored name in both blocks made it two events. Two blocks of one entity with
 * different key columns (`buyer_id`, `seller_id`) are two roles and stay legitimate.
 */
function checkRowsReadOnce(sources: IREventSource[], types: IREventType[], tableAt: Map<string, Place>, diagnostics: Diagnostic[]): void {
  const wideBy = new Map<string, IREventSource>();
  const readingOf = (s: IREventSource): string => JSON.stringify([s.entity, s.table, s.entityColumn]);
  for (const s of sources) if (s.nameColumn !== undefined && !wideBy.has(readingOf(s))) wideBy.set(readingOf(s), s);
  const where = (p: Place): string => `${p.file}:${p.range.start.line + 1}`;
  for (const s of sources) {
    const wide = wideBy.get(readingOf(s));
    const place = tableAt.get(s.id);
    const widePlace = wide && tableAt.get(wide.id);
    if (!wide || wide === s || !place || !widePlace) continue;
    const table = JSON.stringify(s.table.join("."));
    const reading = `table ${table} by ${s.entity} column ${JSON.stringify(s.entityColumn)}`;
    const event = s.nameColumn === undefined ? types.find((t) => t.source === s.id)?.name : undefined;
    const message =
      event === undefined
        ? `this \`events of ${s.entity}\` block reads ${reading}, as the block at ${where(widePlace)} does: each row would be read twice (\`count(any)\` counts it twice); merge the two blocks: move these events into that one`
        : `event \`${event}\` has its own ${reading}, which the block at ${where(widePlace)} reads as its shared event table: each of its rows would also be a \`${event}\` (\`count(any)\` counts it twice); declare \`${event}\` in that block without \`table\``;
    diagnostics.push({
      code: C.rowsReadTwice,
      severity: "error",
      message,
      file: place.file,
      range: place.range,
      related: [{ file: widePlace.file, range: widePlace.range, message: `the block that reads ${reading} first` }],
    });
  }
}
