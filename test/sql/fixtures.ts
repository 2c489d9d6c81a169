/**
 * Hand-built IR for the SQL backend tests: the example schema (users, accounts, one wide
 * event table with JSON properties) plus one segment per IR construct. Names are chosen so
 * a failing test says which construct broke.
 */
import type { IRAggregate, IRCond, IRExpr, IRProject, IRSegment, IRWindow } from "../../compiler/ir.ts";

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

export const lit = (value: string | number | boolean | null, type?: "string" | "number" | "boolean" | "timestamp"): IRExpr => ({
  k: "lit",
  type: type ?? (typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "string"),
  value,
});
export const attr = (name: string, type: "string" | "number" | "boolean" | "timestamp" | "list", via: string[] = []): IRExpr => ({
  k: "attr",
  via,
  name,
  type,
});
export const prop = (name: string, type: "string" | "number" | "boolean" | "timestamp"): IRExpr => ({ k: "prop", name, type });
export const agg = (id: string, type: "string" | "number" | "boolean" | "timestamp"): IRExpr => ({ k: "agg", id, type });
export const cmp = (op: "==" | "!=" | "<" | "<=" | ">" | ">=", left: IRExpr, right: IRExpr, ci?: boolean): IRCond =>
  ci ? { k: "cmp", op, left, right, ci } : { k: "cmp", op, left, right };
export const not = (arg: IRCond): IRCond => ({ k: "not", arg });
export const and = (...args: IRCond[]): IRCond => ({ k: "and", args });
export const or = (...args: IRCond[]): IRCond => ({ k: "or", args });
export const inLast = (ms: number): IRWindow => ({ after: { k: "asOf", offsetMs: -ms }, until: { k: "asOf", offsetMs: 0 } });
export const gt0 = (id: string): IRCond => cmp(">", agg(id, "number"), lit(0));

export function segment(name: string, condition: IRCond, dependsOn: string[] = []): IRSegment {
  return { name, entity: "user", condition, tags: [], dependsOn };
}

/** The schema, with the given aggregates and segments. */
export function project(aggregates: IRAggregate[], segments: IRSegment[]): IRProject {
  return {
    version: 1,
    entities: [
      {
        name: "user",
        table: ["analytics", "users"],
        key: { name: "id", column: "id", type: "string" },
        attributes: [
          { name: "email", column: "email", type: { kind: "string" } },
          { name: "country", column: "country", type: { kind: "string" } },
          { name: "age", column: "age", type: { kind: "number" } },
          { name: "plan", column: "plan", type: { kind: "enum", values: ["free", "trial", "pro", "enterprise"] } },
          { name: "signed_up_at", column: "signed_up_at", type: { kind: "timestamp", storage: "native" } },
          { name: "opted_in", column: "opted_in", type: { kind: "boolean" } },
          { name: "tags", column: "tags", type: { kind: "list", element: "string" } },
          { name: "lifetime_value", column: "ltv_usd", type: { kind: "number" } },
        ],
        relations: [{ name: "account", target: "account", foreignKey: "account_id" }],
      },
      {
        name: "account",
        table: ["crm", "accounts"],
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
        id: "user_events",
        entity: "user",
        table: ["analytics", "events"],
        entityColumn: "user_id",
        timeColumn: "occurred_at",
        timeStorage: "native",
        nameColumn: "event",
        propertiesColumn: "props",
      },
    ],
    events: [
      { name: "login", entity: "user", source: "user_events", nameValue: "login", properties: [] },
      {
        name: "feature_used",
        entity: "user",
        source: "user_events",
        nameValue: "feature_used",
        properties: [{ name: "feature", type: { kind: "string" }, storage: { kind: "json", key: "feature" } }],
      },
      {
        name: "add_to_cart",
        entity: "user",
        source: "user_events",
        nameValue: "add_to_cart",
        properties: [
          { name: "sku", type: { kind: "string" }, storage: { kind: "json", key: "sku" } },
          { name: "price", type: { kind: "number" }, storage: { kind: "json", key: "price" } },
        ],
      },
      {
        name: "purchase",
        entity: "user",
        source: "user_events",
        nameValue: "purchase",
        properties: [
          { name: "order_id", type: { kind: "string" }, storage: { kind: "json", key: "order_id" } },
          { name: "amount", type: { kind: "number" }, storage: { kind: "json", key: "amount" } },
        ],
      },
      {
        name: "nps_response",
        entity: "user",
        source: "user_events",
        nameValue: "nps_response",
        properties: [{ name: "score", type: { kind: "number" }, storage: { kind: "json", key: "score" } }],
      },
    ],
    aggregates,
    traits: [],
    segments,
    tests: [],
  };
}
