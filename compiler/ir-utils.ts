/**
 * Small read-only helpers over the IR (compiler/ir.ts) shared by the backends and tools
 * that read it (compiler/js, compiler/explain). Nothing here builds or changes IR.
 */
import type { IRCond, IREntity, IREventSource, IREventType, IRExpr, IRProject, IRSegment, IRValueType } from "./ir.ts";

/** The value type of an expression (no schema needed: the IR carries it). */
export function exprType(e: IRExpr): IRValueType {
  switch (e.k) {
    case "lit":
      return e.type;
    case "list":
      return "list";
    case "attr":
    case "key":
    case "prop":
    case "agg":
      return e.type;
    case "time":
    case "timeShift":
      return "timestamp";
    case "arith":
    case "neg":
    case "daysSince":
      return "number";
    case "cond":
      return "boolean";
  }
}

/**
 * The entity reached from entity `from` through the `via` relations (outermost first, as
 * in `attr` and `key` expressions); `from` itself when `via` is empty. Undefined when an
 * entity or relation on the way is not in the IR.
 */
export function entityAt(ir: IRProject, from: string, via: readonly string[]): IREntity | undefined {
  let cur = ir.entities.find((e) => e.name === from);
  for (const name of via) {
    const rel = cur?.relations.find((r) => r.name === name);
    cur = rel && ir.entities.find((e) => e.name === rel.target);
  }
  return cur;
}

/** Relation paths (`via`) used by the IR's expressions for `entity`. */
export function viaPaths(ir: IRProject, entity: string): string[][] {
  const seen = new Map<string, string[]>();
  const onExpr = (e: IRExpr): void => {
    if ((e.k === "attr" || e.k === "key") && e.via.length > 0) seen.set(e.via.join("."), e.via);
  };
  for (const s of ir.segments) if (s.entity === entity) walkCond(s.condition, onExpr);
  for (const t of ir.traits) if (t.entity === entity) walkExpr(t.value, onExpr);
  for (const a of ir.aggregates) {
    if (a.entity !== entity) continue;
    const sels = a.kind === "events" ? [a.select] : a.steps.map((s) => s.select);
    for (const s of sels) if (s.filter) walkCond(s.filter, onExpr);
    if (a.kind === "events" && a.value) walkExpr(a.value, onExpr);
  }
  return [...seen.values()];
}

/** The segments named and, transitively, the segments they test (`in x`), each once. */
export function withDependencies(ir: IRProject, names: readonly string[]): IRSegment[] {
  const found: IRSegment[] = [];
  const seen = new Set<string>();
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.pop();
    const seg = ir.segments.find((s) => s.name === name);
    if (!seg || seen.has(seg.name)) continue;
    seen.add(seg.name);
    found.push(seg);
    pending.push(...seg.dependsOn);
  }
  return found;
}

/**
 * Visits a condition and everything below it, pre-order (a node before its operands,
 * operands left to right): `onCond` for every condition, `onExpr` for every expression.
 * It does not enter aggregates (an `agg` expression is a reference by id) nor segments.
 */
export function walkCond(c: IRCond, onExpr: (e: IRExpr) => void, onCond?: (c: IRCond) => void): void {
  onCond?.(c);
  switch (c.k) {
    case "and":
    case "or":
      for (const a of c.args) walkCond(a, onExpr, onCond);
      return;
    case "not":
      walkCond(c.arg, onExpr, onCond);
      return;
    case "cmp":
      walkExpr(c.left, onExpr, onCond);
      walkExpr(c.right, onExpr, onCond);
      return;
    case "inList":
      walkExpr(c.value, onExpr, onCond);
      walkExpr(c.list, onExpr, onCond);
      return;
    case "isSet":
    case "truthy":
    case "regex":
      walkExpr(c.value, onExpr, onCond);
      return;
    case "str":
      walkExpr(c.value, onExpr, onCond);
      walkExpr(c.pattern, onExpr, onCond);
      return;
    case "has":
      walkExpr(c.list, onExpr, onCond);
      walkExpr(c.values, onExpr, onCond);
      return;
    case "const":
    case "segment":
      return;
  }
}

/** `walkCond` from an expression. */
export function walkExpr(e: IRExpr, onExpr: (e: IRExpr) => void, onCond?: (c: IRCond) => void): void {
  onExpr(e);
  switch (e.k) {
    case "timeShift":
    case "neg":
    case "daysSince":
      walkExpr(e.value, onExpr, onCond);
      return;
    case "arith":
      walkExpr(e.left, onExpr, onCond);
      walkExpr(e.right, onExpr, onCond);
      return;
    case "cond":
      walkCond(e.cond, onExpr, onCond);
      return;
    default:
      return;
  }
}

/**
 * The values an entity's event tables store for events declared under another name
 * (`event login named "Login"`: "Login" → "login"), but for values that are themselves the
 * name of one of its events. The JS predicates refuse an event passed under such a value
 * (`$storedName`), and the loader renames an undeclared row that holds one.
 */
export function storedEventNames(ir: IRProject, entity: string): Map<string, string> {
  const events = ir.events.filter((e) => e.entity === entity);
  const names = new Set(events.map((e) => e.name));
  return new Map(events.filter((e) => e.nameValue !== undefined && !names.has(e.nameValue)).map((e) => [e.nameValue!, e.name]));
}

/**
 * How the name column of a shared event table is read (docs/language.md "Schema"): a row is
 * the table's event whose stored name it holds; any other row is no event of the entity (it
 * counts for `any` only), also when it holds the name of one of the entity's events (one
 * with its own table, another block's over the same table, or one of this table stored
 * under another name). The SQL backend and the JS loader give such a row a name no event has.
 */
export interface EventNameReading {
  /** The table's events by the value their rows store (unique per table: SEG1006). */
  byStoredName: Map<string, IREventType>;
  /** Every event of the table is stored under its own name: the column reads as event names. */
  storedAsNamed: boolean;
  /** The entity's event names a row of the table holds for none of its events, in IR order. */
  otherEventNames: string[];
}

export function eventNameReading(ir: IRProject, source: IREventSource): EventNameReading {
  const events = ir.events.filter((e) => e.source === source.id);
  const byStoredName = new Map(events.map((e) => [e.nameValue ?? e.name, e]));
  return {
    byStoredName,
    storedAsNamed: events.every((e) => (e.nameValue ?? e.name) === e.name),
    otherEventNames: ir.events.filter((e) => e.entity === source.entity && !byStoredName.has(e.name)).map((e) => e.name),
  };
}

/** A-Z → a-z only: the `ci` (`ignoring case`) rule of every backend and of the checker. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}
