/**
 * Small hand-built IR for the JS backend tests: one entity `user` with an attribute of
 * every type, a related `account`, and a few events. Builders keep tests short.
 */
import type {
  IRAggregate,
  IRAggregateFn,
  IRCond,
  IREventSelector,
  IRExpr,
  IRProject,
  IRSegment,
  IRTimeRef,
  IRTrait,
  IRValueType,
  IRWindow,
} from "../../compiler/ir.ts";
import { compileJs, type EntityInput, type EvalOptions } from "../../compiler/js/index.ts";

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

export function schema(): IRProject {
  return {
    version: 1,
    entities: [
      {
        name: "user",
        table: ["users"],
        key: { name: "id", column: "id", type: "string" },
        attributes: [
          { name: "name", column: "name", type: { kind: "string" } },
          { name: "age", column: "age", type: { kind: "number" } },
          { name: "plan", column: "plan", type: { kind: "enum", values: ["free", "pro", "enterprise"] } },
          { name: "signed_up_at", column: "signed_up_at", type: { kind: "timestamp", storage: "native" } },
          { name: "opted_in", column: "opted_in", type: { kind: "boolean" } },
          { name: "tags", column: "tags", type: { kind: "list", element: "string" } },
          { name: "score", column: "score", type: { kind: "number" } },
        ],
        relations: [{ name: "account", target: "account", foreignKey: "account_id" }],
      },
      {
        name: "account",
        table: ["accounts"],
        key: { name: "id", column: "id", type: "string" },
        attributes: [
          { name: "industry", column: "industry", type: { kind: "string" } },
          { name: "employees", column: "employees", type: { kind: "number" } },
        ],
        relations: [],
      },
    ],
    eventSources: [
      {
        id: "events",
        entity: "user",
        table: ["events"],
        entityColumn: "user_id",
        timeColumn: "at",
        timeStorage: "native",
        nameColumn: "event",
        propertiesColumn: "props",
      },
    ],
    events: [
      { name: "login", entity: "user", source: "events", nameValue: "login", properties: [] },
      {
        name: "purchase",
        entity: "user",
        source: "events",
        nameValue: "purchase",
        properties: [
          { name: "amount", type: { kind: "number" }, storage: { kind: "json", key: "amount" } },
          { name: "currency", type: { kind: "string" }, storage: { kind: "json", key: "currency" } },
          { name: "at", type: { kind: "timestamp", storage: "native" }, storage: { kind: "json", key: "at" } },
        ],
      },
      {
        name: "add_to_cart",
        entity: "user",
        source: "events",
        nameValue: "add_to_cart",
        properties: [{ name: "sku", type: { kind: "string" }, storage: { kind: "json", key: "sku" } }],
      },
      { name: "checkout", entity: "user", source: "events", nameValue: "checkout", properties: [] },
      {
        name: "nps",
        entity: "user",
        source: "events",
        nameValue: "nps",
        properties: [
          { name: "score", type: { kind: "number" }, storage: { kind: "json", key: "score" } },
          { name: "comment", type: { kind: "string" }, storage: { kind: "json", key: "comment" } },
        ],
      },
    ],
    aggregates: [],
    traits: [],
    segments: [],
    tests: [],
  };
}

// -- expression builders --------------------------------------------------------------

export const attr = (name: string, type: IRValueType, via: string[] = []): IRExpr => ({ k: "attr", via, name, type });
export const prop = (name: string, type: IRValueType): IRExpr => ({ k: "prop", name, type });
export const num = (value: number | null): IRExpr => ({ k: "lit", type: "number", value });
export const str = (value: string | null): IRExpr => ({ k: "lit", type: "string", value });
export const bool = (value: boolean): IRExpr => ({ k: "lit", type: "boolean", value });
export const tsLit = (iso: string): IRExpr => ({ k: "lit", type: "timestamp", value: iso });
export const strList = (...values: string[]): IRExpr => ({ k: "list", element: "string", values });
export const numList = (...values: number[]): IRExpr => ({ k: "list", element: "number", values });
export const agg = (id: string, type: IRValueType = "number"): IRExpr => ({ k: "agg", id, type });
export const asOfRef = (offsetMs: number): IRTimeRef => ({ k: "asOf", offsetMs });
export const instant = (iso: string): IRTimeRef => ({ k: "instant", iso });

export const cmp = (op: "==" | "!=" | "<" | "<=" | ">" | ">=", left: IRExpr, right: IRExpr, ci?: boolean): IRCond =>
  ci ? { k: "cmp", op, left, right, ci } : { k: "cmp", op, left, right };
export const not = (arg: IRCond): IRCond => ({ k: "not", arg });
export const and = (...args: IRCond[]): IRCond => ({ k: "and", args });
export const or = (...args: IRCond[]): IRCond => ({ k: "or", args });

/** `in last D`. */
export const inLast = (ms: number): IRWindow => ({ after: asOfRef(-ms), until: asOfRef(0) });

export function sel(event: string | null, window: IRWindow = {}, filter?: IRCond): IREventSelector {
  return filter ? { event, window, filter } : { event, window };
}

export function eventsAgg(
  id: string,
  fn: IRAggregateFn,
  select: IREventSelector,
  value?: IRExpr,
  type?: IRValueType,
): IRAggregate {
  const t: IRValueType =
    type ?? (fn === "firstTime" || fn === "lastTime" ? "timestamp" : fn === "firstValue" || fn === "lastValue" || fn === "min" || fn === "max" ? (value && "type" in value ? (value.type as IRValueType) : "number") : "number");
  const a: IRAggregate = { id, kind: "events", entity: "user", fn, select, type: t };
  if (value) a.value = value;
  return a;
}

export function segment(name: string, condition: IRCond, dependsOn: string[] = []): IRSegment {
  return { name, entity: "user", condition, tags: [], dependsOn };
}

/** A project with the test schema plus the given aggregates, segments and traits. */
export function project(parts: { aggregates?: IRAggregate[]; segments?: IRSegment[]; traits?: IRTrait[] }): IRProject {
  const ir = schema();
  ir.aggregates = parts.aggregates ?? [];
  ir.segments = parts.segments ?? [];
  ir.traits = parts.traits ?? [];
  return ir;
}

/** Evaluates a single condition (as segment `s`) on one record. */
export function check(
  cond: IRCond,
  record: EntityInput,
  options: EvalOptions = { asOf: ASOF },
  aggregates: IRAggregate[] = [],
): boolean {
  const c = compileJs(project({ aggregates, segments: [segment("s", cond)] }));
  const viaAll = c.evaluate(record, options)["s"];
  const viaOne = c.predicate("s")(record, options);
  if (viaAll !== viaOne) throw new Error(`evaluate and predicate disagree: ${viaAll} vs ${viaOne}`);
  return viaOne;
}

/** The value of an expression, through a trait. */
export function value(expr: IRExpr, type: IRValueType, record: EntityInput, aggregates: IRAggregate[] = [], options: EvalOptions = { asOf: ASOF }): unknown {
  const c = compileJs(project({ aggregates, traits: [{ name: "v", entity: "user", value: expr, type }] }));
  return c.traits(record, options)["v"];
}

/** The evaluation instant used by most tests. */
export const ASOF = "2024-03-10T12:00:00.000Z";
export const ASOF_MS = Date.UTC(2024, 2, 10, 12);

export function at(offsetMs: number): number {
  return ASOF_MS + offsetMs;
}

export const user = (attributes: Record<string, unknown> = {}, events: EntityInput["events"] = [], extra: Partial<EntityInput> = {}): EntityInput => ({
  key: "u1",
  attributes,
  events,
  ...extra,
});
