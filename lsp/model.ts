/**
 * A name index built from ASTs alone (no checker): entities with their attributes and
 * relations, events with their properties, consts, params, traits, segments. Completion
 * and signature help use it so that they work on the current document's fresh parse even
 * while the last completed check is older (or failed); hover and navigation prefer the
 * checker's SymbolIndex.
 */
import type {
  Declaration,
  EntityDecl,
  EventsDecl,
  Expr,
  Range,
  SegFile,
  TypeRef,
} from "../grammar/ast.ts";

export type MemberKind = "key" | "attribute" | "relation";

export interface MemberInfo {
  kind: MemberKind;
  name: string;
  entity: string;
  /** Attribute / key type; undefined for relations. */
  type?: TypeRef;
  /** Relation target entity. */
  target?: string;
  detail: string;
  doc?: string;
  file: string;
  nameRange: Range;
}

export interface EntityInfo {
  name: string;
  doc?: string;
  file: string;
  nameRange: Range;
  members: Map<string, MemberInfo>;
}

export interface PropertyInfo {
  name: string;
  event: string;
  type: TypeRef;
  detail: string;
  doc?: string;
  file: string;
  nameRange: Range;
}

export interface EventInfo {
  name: string;
  entity: string;
  doc?: string;
  file: string;
  nameRange: Range;
  properties: Map<string, PropertyInfo>;
}

export interface NamedInfo {
  kind: "const" | "param" | "trait" | "segment";
  name: string;
  /** `of` entity written in the declaration, if any. */
  entity?: string;
  detail: string;
  doc?: string;
  file: string;
  nameRange: Range;
  owner?: string;
  tags?: string[];
  deprecated?: boolean;
}

export interface FileModel {
  entities: EntityInfo[];
  events: EventInfo[];
  named: NamedInfo[];
  /** Entities named by `events of X` in this file. */
  eventEntities: string[];
}

export interface ProjectModel {
  entities: Map<string, EntityInfo>;
  events: Map<string, EventInfo>;
  named: Map<string, NamedInfo>;
  eventEntities: Set<string>;
}

export function typeText(t: TypeRef | undefined): string {
  if (!t) return "?";
  switch (t.kind) {
    case "enum":
      return `enum(${t.values.map((v) => JSON.stringify(v.value)).join(", ")})`;
    case "list":
      return `list<${typeText(t.element)}>`;
    case "timestamp":
      return t.storage === "native" ? "timestamp" : `timestamp(${t.storage})`;
    default:
      return t.kind;
  }
}

/** A rough type of a const/trait value, for completion details (the checker knows better). */
export function guessType(e: Expr | undefined): string {
  if (!e) return "?";
  switch (e.kind) {
    case "number":
    case "binary":
    case "unary":
    case "daysSince":
      return "number";
    case "string":
      return "string";
    case "bool":
      return "boolean";
    case "time":
    case "now":
    case "ago":
      return "timestamp";
    case "duration":
      return "duration";
    case "list": {
      const first = e.items[0];
      return `list<${first ? guessType(first) : "string"}>`;
    }
    case "aggregate":
      if (e.fn === "count" || e.fn === "sum" || e.fn === "avg" || e.fn === "distinct" || e.fn === "active_days")
        return "number";
      if (e.fn === "min" || e.fn === "max") return "number";
      return e.property ? "value" : "timestamp";
    case "paren":
      return guessType(e.inner);
    case "member":
      return e.member.text === "time" ? "timestamp" : "value";
    case "logical":
    case "not":
    case "compare":
    case "between":
    case "inList":
    case "isSet":
    case "stringPred":
    case "regex":
    case "has":
    case "timeWindow":
    case "segmentRef":
    case "did":
      return "boolean";
    default:
      return "value";
  }
}

function entityModel(d: EntityDecl, file: string): EntityInfo {
  const members = new Map<string, MemberInfo>();
  for (const m of d.members) {
    if (members.has(m.name.text)) continue;
    if (m.kind === "relation") {
      members.set(m.name.text, {
        kind: "relation",
        name: m.name.text,
        entity: d.name.text,
        target: m.target.text,
        detail: `${m.target.text} via ${m.foreignKey.text}`,
        doc: m.doc,
        file,
        nameRange: m.name.range,
      });
    } else {
      members.set(m.name.text, {
        kind: m.kind,
        name: m.name.text,
        entity: d.name.text,
        type: m.type,
        detail: (m.kind === "key" ? "key " : "") + typeText(m.type),
        doc: m.doc,
        file,
        nameRange: m.name.range,
      });
    }
  }
  return { name: d.name.text, doc: d.doc, file, nameRange: d.name.range, members };
}

function eventsModel(d: EventsDecl, file: string): EventInfo[] {
  return d.events.map((e) => {
    const properties = new Map<string, PropertyInfo>();
    for (const p of e.properties) {
      if (properties.has(p.name.text)) continue;
      properties.set(p.name.text, {
        name: p.name.text,
        event: e.name.text,
        type: p.type,
        detail: typeText(p.type),
        doc: p.doc,
        file,
        nameRange: p.name.range,
      });
    }
    return { name: e.name.text, entity: d.entity.text, doc: e.doc, file, nameRange: e.name.range, properties };
  });
}

function namedModel(d: Declaration, file: string): NamedInfo | undefined {
  switch (d.kind) {
    case "const":
    case "param":
      return { kind: d.kind, name: d.name.text, detail: guessType(d.value), doc: d.doc, file, nameRange: d.name.range };
    case "trait":
      return {
        kind: "trait",
        name: d.name.text,
        entity: d.entity?.text,
        detail: guessType(d.value),
        doc: d.doc,
        file,
        nameRange: d.name.range,
      };
    case "segment":
      return {
        kind: "segment",
        name: d.name.text,
        entity: d.entity?.text,
        detail: "segment" + (d.entity ? ` of ${d.entity.text}` : ""),
        doc: d.doc,
        file,
        nameRange: d.name.range,
        owner: d.owner?.value,
        tags: d.tags?.items.flatMap((t) => (t.kind === "string" ? [t.value] : [])),
        deprecated: d.deprecated !== undefined,
      };
    default:
      return undefined;
  }
}

export function fileModel(file: SegFile): FileModel {
  const out: FileModel = { entities: [], events: [], named: [], eventEntities: [] };
  for (const d of file.declarations) {
    if (!d || !("kind" in d)) continue;
    if (d.kind === "entity" && d.name) out.entities.push(entityModel(d, file.path));
    else if (d.kind === "events" && d.entity) {
      out.eventEntities.push(d.entity.text);
      out.events.push(...eventsModel(d, file.path));
    } else if ("name" in d && d.name && d.kind !== "test") {
      const n = namedModel(d, file.path);
      if (n) out.named.push(n);
    }
  }
  return out;
}

export function mergeModels(models: Iterable<FileModel>): ProjectModel {
  const pm: ProjectModel = { entities: new Map(), events: new Map(), named: new Map(), eventEntities: new Set() };
  for (const m of models) {
    for (const e of m.entities) if (!pm.entities.has(e.name)) pm.entities.set(e.name, e);
    for (const e of m.events) if (!pm.events.has(e.name)) pm.events.set(e.name, e);
    for (const n of m.named) if (!pm.named.has(n.name)) pm.named.set(n.name, n);
    for (const e of m.eventEntities) pm.eventEntities.add(e);
  }
  return pm;
}

/**
 * The entity a segment or trait is about when it names none: the one entity with events,
 * else `user`, else the only / first entity (the checker reports real ambiguity).
 */
export function defaultEntity(pm: ProjectModel): string | undefined {
  if (pm.eventEntities.size === 1) return [...pm.eventEntities][0];
  if (pm.entities.has("user")) return "user";
  return pm.entities.keys().next().value;
}
