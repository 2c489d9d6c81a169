/**
 * The IR of segments/schema.seg, built by hand so the backends and the data generator can
 * be tested before the checker exists. Keep it faithful to schema.seg (same names, tables,
 * columns, types, order). `exampleIR()` also carries a few hand-lowered segments from the
 * example library (`enterprise_plan`, `churned`, `high_ltv`, `cart_abandoners`,
 * `enterprise_fintech`, `detractors`, `at_risk`-like composition); once the checker
 * exists its output is the authority and this file only pins the schema.
 */
import type {
  IRAggregate,
  IRAttribute,
  IRColumnType,
  IRCond,
  IREntity,
  IREventSource,
  IREventType,
  IRProject,
  IRProperty,
  IRSegment,
  IRTrait,
} from "../../compiler/ir.ts";

const str: IRColumnType = { kind: "string" };
const num: IRColumnType = { kind: "number" };
const bool: IRColumnType = { kind: "boolean" };
const ts: IRColumnType = { kind: "timestamp", storage: "native" };

const DAY = 86_400_000;

function attr(name: string, type: IRColumnType, column = name, doc?: string): IRAttribute {
  return doc ? { name, column, type, doc } : { name, column, type };
}

export const USER_ENTITY: IREntity = {
  name: "user",
  table: ["analytics", "users"],
  key: { name: "id", column: "id", type: "string" },
  attributes: [
    attr("email", str),
    attr("country", str, "country", "ISO 3166-1 alpha-2 country code, from the billing address or IP at signup."),
    attr("age", num, "age", "Self-reported age in years; missing for most users who skipped onboarding."),
    attr("plan", { kind: "enum", values: ["free", "trial", "pro", "enterprise"] }, "plan", "Current billing plan."),
    attr("signed_up_at", ts),
    attr("opted_in", bool, "opted_in", "Marketing e-mail consent."),
    attr("tags", { kind: "list", element: "string" }, "tags", "Free-form labels set by support and sales (`beta`, `vip`, `partner`, ...)."),
    attr("lifetime_value", num, "ltv_usd", "Revenue to date in US dollars, computed nightly by finance."),
  ],
  relations: [
    {
      name: "account",
      target: "account",
      foreignKey: "account_id",
      doc: "The company the user belongs to; missing for individual sign-ups.",
    },
  ],
  doc: "People who use the product, one row per signed-up user.",
};

export const ACCOUNT_ENTITY: IREntity = {
  name: "account",
  table: ["crm", "accounts"],
  key: { name: "id", column: "id", type: "string" },
  attributes: [
    attr("name", str),
    attr("industry", str),
    attr("employees", num, "employees", "Head count as reported by the enrichment provider."),
    attr("arr", num, "arr", "Annual recurring revenue in US dollars."),
    attr("hq_country", str, "hq_country", "ISO 3166-1 alpha-2 country of the headquarters."),
    attr("created_at", ts),
  ],
  relations: [],
  doc: "Companies (B2B customers), synced from the CRM.",
};

export const EVENTS_SOURCE: IREventSource = {
  id: "user_events",
  entity: "user",
  table: ["analytics", "events"],
  entityColumn: "user_id",
  timeColumn: "occurred_at",
  timeStorage: "native",
  nameColumn: "event",
  propertiesColumn: "props",
};

function prop(name: string, type: IRColumnType): IRProperty {
  return { name, type, storage: { kind: "json", key: name } };
}

function event(name: string, properties: IRProperty[] = [], doc?: string): IREventType {
  const e: IREventType = { name, entity: "user", source: "user_events", nameValue: name, properties };
  if (doc) e.doc = doc;
  return e;
}

export const EVENT_TYPES: IREventType[] = [
  event("login", [], "A successful sign-in."),
  event("session_started", [prop("browser", str), prop("device_os", str)], "A new browser or app session."),
  event("feature_used", [prop("feature", str)], "Any use of a named product feature."),
  event("page_viewed", [prop("path", str)]),
  event("cart_viewed"),
  event("add_to_cart", [prop("sku", str), prop("price", num)]),
  event("purchase", [prop("order_id", str), prop("amount", num), prop("currency", str)], "A completed order; amount in `currency`."),
  event("rage_click", [prop("page", str)], "Three or more clicks on the same element within a second (frustration signal)."),
  event("nps_response", [prop("score", num)], "Answer to the in-app \"how likely are you to recommend us\" survey, 0–10."),
  event("support_ticket_opened", [prop("priority", { kind: "enum", values: ["low", "normal", "high", "urgent"] })]),
  event("trial_started"),
  event("subscription_started", [prop("plan", str)]),
  event("subscription_cancelled", [prop("reason", str)]),
  event("experiment_viewed", [prop("experiment", str), prop("variant", str)], "Exposure to an A/B test variant."),
];

/** The schema only: entities, the event source and event types; no segments. */
export function exampleSchemaIR(): IRProject {
  return structuredClone({
    version: 1,
    entities: [USER_ENTITY, ACCOUNT_ENTITY],
    eventSources: [EVENTS_SOURCE],
    events: EVENT_TYPES,
    aggregates: [],
    traits: [],
    segments: [],
    tests: [],
  });
}

// ---------------------------------------------------------------------------------------
// A few segments, lowered by hand the way LANGUAGE.md describes.

const asOf = (offsetMs: number) => ({ k: "asOf", offsetMs }) as const;
const lit = (value: number) => ({ k: "lit", type: "number", value }) as const;

const AGGREGATES: IRAggregate[] = [
  // did login before 30 days ago
  { id: "a1", kind: "events", entity: "user", fn: "count", type: "number",
    select: { event: "login", window: { before: asOf(-30 * DAY) } } },
  // did login in last 30 days
  { id: "a2", kind: "events", entity: "user", fn: "count", type: "number",
    select: { event: "login", window: { after: asOf(-30 * DAY), until: asOf(0) } } },
  // trait ltv = sum(purchase.amount)
  { id: "a3", kind: "events", entity: "user", fn: "sum", type: "number",
    select: { event: "purchase", window: {} }, value: { k: "prop", name: "amount", type: "number" } },
  // did add_to_cart then not purchase within 1 hour in last 7 days
  { id: "a4", kind: "sequence", entity: "user", type: "boolean", steps: [
    { select: { event: "add_to_cart", window: { after: asOf(-7 * DAY), until: asOf(0) } } },
    { select: { event: "purchase", window: {} }, withinMs: 3_600_000, negated: true },
  ] },
  // last(nps_response.score)
  { id: "a5", kind: "events", entity: "user", fn: "lastValue", type: "number",
    select: { event: "nps_response", window: {} }, value: { k: "prop", name: "score", type: "number" } },
  // did login in last 14 days
  { id: "a6", kind: "events", entity: "user", fn: "count", type: "number",
    select: { event: "login", window: { after: asOf(-14 * DAY), until: asOf(0) } } },
];

const didAgg = (id: string): IRCond => ({ k: "cmp", op: ">=", left: { k: "agg", id, type: "number" }, right: lit(1) });

const TRAITS: IRTrait[] = [
  { name: "ltv", entity: "user", value: { k: "agg", id: "a3", type: "number" }, type: "number",
    doc: "Revenue from all purchases, in any currency (amounts as recorded)." },
];

function segment(name: string, condition: IRCond, extra: Partial<IRSegment> = {}): IRSegment {
  return { name, entity: "user", condition, tags: [], dependsOn: [], ...extra };
}

const SEGMENTS: IRSegment[] = [
  segment("enterprise_plan", {
    k: "cmp", op: "==", left: { k: "attr", via: [], name: "plan", type: "string" },
    right: { k: "lit", type: "string", value: "enterprise" },
  }, { owner: "sales", tags: ["account"], doc: "Users on the enterprise plan." }),
  segment("churned", { k: "and", args: [didAgg("a1"), { k: "not", arg: didAgg("a2") }] },
    { owner: "growth", tags: ["lifecycle"], doc: "Used to log in, but not in the last 30 days." }),
  segment("high_ltv", { k: "cmp", op: ">=", left: { k: "agg", id: "a3", type: "number" }, right: lit(1000) },
    { owner: "finance", tags: ["monetization", "ltv"], doc: "Customers whose purchases add up to the high-value line or more." }),
  segment("cart_abandoners", { k: "truthy", value: { k: "agg", id: "a4", type: "boolean" } },
    { owner: "growth", tags: ["monetization", "undesired"], doc: "Added something to the cart last week and did not buy within the hour." }),
  segment("enterprise_fintech", { k: "and", args: [
    { k: "cmp", op: ">=", left: { k: "attr", via: ["account"], name: "employees", type: "number" }, right: lit(1000) },
    { k: "cmp", op: "==", left: { k: "attr", via: ["account"], name: "industry", type: "string" },
      right: { k: "lit", type: "string", value: "fintech" } },
  ] }, { owner: "sales", tags: ["firmographic"], doc: "Users at large fintech companies, the target of the enterprise sales motion." }),
  segment("detractors", { k: "cmp", op: "<=", left: { k: "agg", id: "a5", type: "number" }, right: lit(6) },
    { owner: "cx", tags: ["sentiment", "nps"], doc: "NPS detractors: latest answer 6 or lower." }),
  // Composition in the spirit of at_risk: enterprise users gone quiet for two weeks.
  segment("quiet_enterprise", { k: "and", args: [
    { k: "segment", name: "enterprise_plan" }, { k: "not", arg: didAgg("a6") },
  ] }, { dependsOn: ["enterprise_plan"] }),
];

/** The example schema plus the hand-lowered segments above. */
export function exampleIR(): IRProject {
  const ir = exampleSchemaIR();
  ir.aggregates = structuredClone(AGGREGATES);
  ir.traits = structuredClone(TRAITS);
  ir.segments = structuredClone(SEGMENTS);
  return ir;
}
