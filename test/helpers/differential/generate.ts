/**
 * fast-check generators for the differential suite: a random schema, random data for it
 * and random well-typed IR segments over it, as one `DiffCase` (an IRProject plus an
 * IRTest that holds the records, events and asOf).
 *
 * Validity by construction, also after shrinking: segment references are generated as
 * indexes and resolved against the segments before them when the case is built (a
 * reference with nothing before it becomes `const true`); aggregates are generated inline
 * (their definition travels in the `agg` node's id, exactly the checker's id scheme:
 * `JSON.stringify` of the aggregate with `id: ""`) and collected into
 * `IRProject.aggregates` by `buildCase`; record keys are taken by position from fixed
 * lists, so they stay unique whatever the shrinker removes.
 *
 * Floating point: every generated number is an integer or a multiple of 0.25 with a small
 * magnitude, so sums, averages' numerators, differences and products are exact in IEEE
 * doubles and the summation order (which differs between engines) cannot change a result.
 * Results are always compared exactly; nothing is rounded.
 */
import fc from "fast-check";
import type {
  IRAggregate,
  IRAggregateFn,
  IRCmpOp,
  IRColumnType,
  IRCond,
  IREntity,
  IREventSelector,
  IREventSource,
  IREventType,
  IRExpr,
  IRProject,
  IRSegment,
  IRSequenceStep,
  IRTest,
  IRTestEvent,
  IRTestRecord,
  IRTimeRef,
  IRTimestampStorage,
  IRValueType,
  IRWindow,
} from "../../../compiler/ir.ts";

export const SEC = 1000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** One generated case: a project (schema + segments) and its data (as a test block). */
export interface DiffCase {
  ir: IRProject;
  data: IRTest;
}

// ---------------------------------------------------------------------------------------
// Value pools

/**
 * Strings chosen to separate engines: ASCII case pairs, non-ASCII letters whose case must
 * NOT fold (`ci` is ASCII-only), an astral character and private-use / last-BMP characters
 * (UTF-16 order differs from code point order exactly between these two groups), LIKE
 * wildcards and the escape character, a newline (`.` in regexes) and a final one (`$`),
 * digits and spaces.
 */
export const STRINGS: readonly string[] = [
  "", "a", "A", "ab", "aB", "AB", "Ab", "abc", "ABC", "b", "B", "z", "Z",
  "é", "É", "ß", "İ", "i", "I",
  "😀", "a😀", "😀b", "\uE000", "a\uE000", "\uF8FF", "\uFFFD", "\uFFFF",
  "%", "a%", "_", "a_c", "abc_", "\\", "a\\b", "a\nb", "a\n", " ", "a b", "0", "10", "9", ".",
];
/** A few strings for lists (shorter pool: `has` needs hits). */
const LIST_STRINGS: readonly string[] = ["a", "A", "b", "é", "😀", "\uE000", "%", ""];
/** Integers and multiples of 0.25: sums and products stay exact (see the file comment). */
const numberArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -3, max: 12 }) },
  { weight: 2, arbitrary: fc.integer({ min: -40, max: 40 }).map((q) => q / 4) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 100, -1, 0.5) },
);
const ENUM_VALUES = ["free", "pro", "Pro", "team plan", "é"];

/**
 * Window and sequence durations; event times are generated on and around them. 62 and 63
 * days straddle the longest window whose active days the SQL backends count as a bitmask
 * (Dialect.dayBitmask) rather than with COUNT(DISTINCT day).
 */
const DURATIONS = [HOUR, DAY, 7 * DAY, 30 * DAY, 62 * DAY, 63 * DAY];
/**
 * Offsets from asOf where events and timestamps are likely to sit: window edges ± 1 ms / 1 s,
 * and a day inside each edge (so a window's first two calendar days are both active).
 */
const EDGE_OFFSETS: readonly number[] = [
  0, 1, -1, SEC, -SEC, DAY, 2 * DAY,
  ...DURATIONS.flatMap((d) => [-d, -d + 1, -d - 1, -d + SEC, -d - SEC, -d + DAY]),
];
const ASOFS = ["2024-03-10T00:00:00.000Z", "2024-02-29T12:34:56.000Z", "2023-12-31T23:59:59.500Z"];

// ---------------------------------------------------------------------------------------
// Schema

interface AttrPlan {
  type: IRColumnType;
  renamed: boolean;
}

interface SchemaPlan {
  asOf: string;
  keyType: "string" | "number";
  attrs: AttrPlan[];
  /**
   * The related entity. Its key is readable through the relation (`acct.id` lowers to
   * `{k:"key", via:["acct"]}`, a NULL or dangling foreign key makes it missing); its name and column vary
   * (`id` in column `id`, or `code` in column `acc_pk`) and so does the relation's name
   * (`account`, as the target; `toString`, a name every JavaScript object inherits).
   */
  related: {
    keyType: "string" | "number";
    keyName: "id" | "code";
    attrs: AttrPlan[];
    qualified: boolean;
    relName: "acct" | "account" | "toString";
    /**
     * An attribute of the user named `<relation>__<related attribute>`, like the SQL
     * backend's column for that relation path (they once shared one).
     */
    lookalike: AttrPlan | null;
  } | null;
  wide: { storage: IRTimestampStorage } | null;
  events: { props: IRColumnType[]; ownTable: boolean; storage: IRTimestampStorage; renamedValue: boolean }[];
}

const tsStorageArb = fc.constantFrom<IRTimestampStorage>("native", "native", "unix_seconds", "unix_millis", "iso_text");

const attrTypeArb: fc.Arbitrary<IRColumnType> = fc.oneof(
  fc.constant<IRColumnType>({ kind: "string" }),
  fc.constant<IRColumnType>({ kind: "number" }),
  fc.constant<IRColumnType>({ kind: "boolean" }),
  fc.constantFrom<IRTimestampStorage>("native", "unix_seconds", "unix_millis", "iso_text").map((storage): IRColumnType => ({ kind: "timestamp", storage })),
  fc.constant<IRColumnType>({ kind: "enum", values: ENUM_VALUES }),
  fc.constant<IRColumnType>({ kind: "list", element: "string" }),
  fc.constant<IRColumnType>({ kind: "list", element: "number" }),
);
const propTypeArb: fc.Arbitrary<IRColumnType> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<IRColumnType>({ kind: "number" }) },
  { weight: 3, arbitrary: fc.constant<IRColumnType>({ kind: "string" }) },
  { weight: 1, arbitrary: fc.constant<IRColumnType>({ kind: "boolean" }) },
  { weight: 1, arbitrary: tsStorageArb.map((storage): IRColumnType => ({ kind: "timestamp", storage })) },
  { weight: 1, arbitrary: fc.constant<IRColumnType>({ kind: "enum", values: ENUM_VALUES }) },
  { weight: 1, arbitrary: fc.constant<IRColumnType>({ kind: "list", element: "string" }) },
);

const attrPlanArb = fc.record({ type: attrTypeArb, renamed: fc.boolean() });

const schemaPlanArb: fc.Arbitrary<SchemaPlan> = fc
  .record({
    asOf: fc.constantFrom(...ASOFS),
    keyType: fc.constantFrom<"string" | "number">("string", "number"),
    attrs: fc.array(attrPlanArb, { minLength: 3, maxLength: 8 }),
    related: fc.option(
      fc.record({
        keyType: fc.constantFrom<"string" | "number">("string", "number"),
        keyName: fc.constantFrom<"id" | "code">("id", "code"),
        attrs: fc.array(attrPlanArb, { minLength: 1, maxLength: 3 }),
        qualified: fc.boolean(),
        relName: fc.constantFrom<"acct" | "account" | "toString">("acct", "acct", "account", "toString"),
        lookalike: fc.option(attrPlanArb, { nil: null, freq: 2 }),
      }),
      { nil: null, freq: 3 },
    ),
    wide: fc.option(fc.record({ storage: tsStorageArb }), { nil: null, freq: 4 }),
    events: fc.array(
      fc.record({
        props: fc.array(propTypeArb, { maxLength: 3 }),
        ownTable: fc.boolean(),
        storage: tsStorageArb,
        renamedValue: fc.boolean(),
      }),
      { minLength: 2, maxLength: 5 },
    ),
  })
  .map((p) => (p.wide === null && p.events.every((e) => !e.ownTable) ? { ...p, wide: { storage: "native" as const } } : p));

function attrName(t: IRColumnType, i: number): string {
  const k = t.kind === "timestamp" ? "t" : t.kind === "list" ? `l${t.element[0]}` : t.kind.slice(0, 3);
  return `${k}${i}`;
}

function buildSchema(p: SchemaPlan): IRProject {
  const attrs = (plans: AttrPlan[]) =>
    plans.map((a, i) => {
      const name = attrName(a.type, i);
      return { name, column: a.renamed ? `c_${name}` : name, type: a.type };
    });
  const entities: IREntity[] = [
    {
      name: "user",
      table: ["users"],
      key: { name: "id", column: "user_key", type: p.keyType },
      attributes: [
        ...attrs(p.attrs),
        ...(p.related?.lookalike
          ? [{ name: `${p.related.relName}__${attrName(p.related.attrs[0]!.type, 0)}`, column: "c_lookalike", type: p.related.lookalike.type }]
          : []),
      ],
      relations: p.related ? [{ name: p.related.relName, target: "account", foreignKey: "acct_id" }] : [],
    },
  ];
  if (p.related) {
    entities.push({
      name: "account",
      table: p.related.qualified ? ["crm", "accounts"] : ["accounts"],
      key: p.related.keyName === "id" ? { name: "id", column: "id", type: p.related.keyType } : { name: "code", column: "acc_pk", type: p.related.keyType },
      attributes: attrs(p.related.attrs),
      relations: [],
    });
  }
  const eventSources: IREventSource[] = [];
  const wideStorage = p.wide?.storage;
  if (p.wide) {
    eventSources.push({
      id: "events",
      entity: "user",
      table: ["events"],
      entityColumn: "uid",
      timeColumn: "ts",
      timeStorage: p.wide.storage,
      nameColumn: "name",
      propertiesColumn: "props",
    });
  }
  const events: IREventType[] = p.events.map((e, i) => {
    const name = `e${i}`;
    const own = e.ownTable || wideStorage === undefined;
    if (own) {
      eventSources.push({ id: `src_${name}`, entity: "user", table: [`ev_${name}`], entityColumn: "user_id", timeColumn: "at", timeStorage: e.storage });
    }
    return {
      name,
      entity: "user",
      source: own ? `src_${name}` : "events",
      ...(own ? {} : { nameValue: e.renamedValue ? `Ev ${i}` : name }),
      properties: e.props.map((t, j) => ({
        name: `p${j}`,
        type: t,
        storage: own ? { kind: "column" as const, column: `col_p${j}` } : { kind: "json" as const, key: j === 1 ? "P 1" : `p${j}` },
      })),
    };
  });
  return { version: 1, entities, eventSources, events, aggregates: [], traits: [], segments: [], tests: [] };
}

// ---------------------------------------------------------------------------------------
// Data

/** The storage-visible value of an instant: whole seconds for unix_seconds storage. */
function storable(ms: number, storage: IRTimestampStorage): number {
  return storage === "unix_seconds" ? Math.floor(ms / SEC) * SEC : ms;
}

const offsetArb: fc.Arbitrary<number> = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...EDGE_OFFSETS) }, { weight: 2, arbitrary: fc.integer({ min: -70 * DAY, max: DAY }) }),
    fc.constantFrom(0, 0, 0, 0, HOUR, -HOUR, DAY, 1, -1),
  )
  .map(([a, b]) => a + b);

type TestValue = IRTestRecord["attributes"][string];

function valueArb(t: IRColumnType, asOfMs: number): fc.Arbitrary<TestValue> {
  switch (t.kind) {
    case "string":
      return fc.constantFrom(...STRINGS);
    case "enum":
      return fc.constantFrom(...t.values);
    case "number":
      return numberArb;
    case "boolean":
      return fc.boolean();
    case "timestamp":
      return offsetArb.map((o) => new Date(storable(asOfMs + o, t.storage)).toISOString());
    case "list":
      return t.element === "string"
        ? fc.array(fc.constantFrom(...LIST_STRINGS), { maxLength: 3 })
        : fc.array(fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constant(0.5)), { maxLength: 3 });
  }
}

/** A value, or missing: absent (undefined) or explicit null. */
function maybe(arb: fc.Arbitrary<TestValue>): fc.Arbitrary<TestValue | undefined> {
  return fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) });
}

function attrsArb(entity: IREntity, asOfMs: number): fc.Arbitrary<Record<string, TestValue>> {
  return fc.tuple(...entity.attributes.map((a) => maybe(valueArb(a.type, asOfMs)))).map((vals) => {
    const out: Record<string, TestValue> = {};
    entity.attributes.forEach((a, i) => {
      if (vals[i] !== undefined) out[a.name] = vals[i]!;
    });
    return out;
  });
}

const STRING_KEYS = ["k1", "K1", "k2", "k10", "k9", "ü", "😀", "\uE000", "k 3", "a%"];
const NUMBER_KEYS = [1, -1, 0, 2, 10, 3, 7, 100, 11, 5];
/**
 * Related-entity keys: the first `accounts.length` have a row, the rest are dangling
 * foreign keys (`ACC1` is dangling next to `acc1`: a key that differs only in case).
 */
const ACCOUNT_STRING_KEYS = ["acc1", "ACC1", "acc2", "é", "nobody"];
const ACCOUNT_NUMBER_KEYS = [1, 2, -3, 0, 999];
/** Literals for comparisons with a key: the keys above plus near misses. */
const KEY_LITERALS: { string: readonly string[]; number: readonly number[] } = {
  string: [...STRING_KEYS, ...ACCOUNT_STRING_KEYS, "k", "k11", "acc", ""],
  number: [...NUMBER_KEYS, ...ACCOUNT_NUMBER_KEYS, 1.5, -2, 4],
};

function eventArb(ir: IRProject, asOfMs: number): fc.Arbitrary<{ event: string; time: string; properties: Record<string, TestValue> }> {
  return fc.integer({ min: 0, max: ir.events.length - 1 }).chain((ei) => {
    const ev = ir.events[ei]!;
    const source = ir.eventSources.find((s) => s.id === ev.source)!;
    return fc
      .tuple(offsetArb, fc.tuple(...ev.properties.map((p) => maybe(valueArb(p.type, asOfMs)))))
      .map(([off, vals]) => {
        const properties: Record<string, TestValue> = {};
        ev.properties.forEach((p, i) => {
          if (vals[i] !== undefined) properties[p.name] = vals[i]!;
        });
        return { event: ev.name, time: new Date(storable(asOfMs + off, source.timeStorage)).toISOString(), properties };
      });
  });
}

function dataArb(ir: IRProject, asOf: string): fc.Arbitrary<IRTest> {
  const asOfMs = Date.parse(asOf);
  const user = ir.entities[0]!;
  const account = ir.entities[1];
  const accountArb = account
    ? fc.array(attrsArb(account, asOfMs), { maxLength: 4 })
    : fc.constant<Record<string, TestValue>[]>([]);
  const userArb = fc.record({
    attributes: attrsArb(user, asOfMs),
    /** Index into the account keys (past the accounts generated: dangling), or none (NULL). */
    account: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 5 }),
    events: fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 5, arbitrary: fc.array(eventArb(ir, asOfMs), { maxLength: 8 }) }),
  });
  return fc.tuple(accountArb, fc.array(userArb, { minLength: 1, maxLength: 8 })).map(([accounts, users]) => {
    const records: IRTestRecord[] = [];
    const events: IRTestEvent[] = [];
    const accKeys = account?.key.type === "number" ? ACCOUNT_NUMBER_KEYS : ACCOUNT_STRING_KEYS;
    accounts.forEach((attributes, i) => {
      records.push({ entity: "account", alias: `account${i}`, key: accKeys[i]!, attributes, relations: {} });
    });
    const keys = user.key.type === "number" ? NUMBER_KEYS : STRING_KEYS;
    users.forEach((u, i) => {
      const key = keys[i]!;
      const relations: Record<string, string | number> = {};
      const rel = user.relations[0];
      const index = u.account ?? null;
      if (rel && index !== null) {
        // an index past the accounts generated is a dangling foreign key (a key no row has)
        relations[rel.name] = accKeys[index]!;
      }
      records.push({ entity: "user", alias: `user${i}`, key, attributes: u.attributes, relations });
      for (const e of u.events) events.push({ entity: "user", key, ...e });
    });
    return { name: "differential", asOf, records, events, expectations: [], file: "(generated)", line: 0 };
  });
}

// ---------------------------------------------------------------------------------------
// Expressions and conditions

/** What names are in scope: the entity (attributes, relations, aggregates) or one event's properties. */
interface Scope {
  ir: IRProject;
  asOfMs: number;
  /** The event whose properties are in scope (event filters); undefined in entity scope. */
  event?: IREventType;
  /** Depth budget left for aggregates (no aggregate inside an aggregate's filter). */
  entity: boolean;
}

function valueType(t: IRColumnType): IRValueType {
  return t.kind === "enum" ? "string" : t.kind;
}

const CMP_OPS: readonly IRCmpOp[] = ["==", "!=", "<", "<=", ">", ">="];

function timeRefArb(asOfMs: number): fc.Arbitrary<IRTimeRef> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...DURATIONS, 0).map((d): IRTimeRef => ({ k: "asOf", offsetMs: -d })) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...DURATIONS, 0, -DAY).map((d): IRTimeRef => ({ k: "instant", iso: new Date(asOfMs - d).toISOString() })),
    },
  );
}

function litArb(t: IRValueType, asOfMs: number): fc.Arbitrary<IRExpr> {
  switch (t) {
    case "string":
      return fc.constantFrom(...STRINGS, ...ENUM_VALUES).map((value): IRExpr => ({ k: "lit", type: "string", value }));
    case "number":
      return numberArb.map((value): IRExpr => ({ k: "lit", type: "number", value }));
    case "boolean":
      return fc.boolean().map((value): IRExpr => ({ k: "lit", type: "boolean", value }));
    case "timestamp":
      return fc
        .constantFrom(...EDGE_OFFSETS)
        .map((o): IRExpr => ({ k: "lit", type: "timestamp", value: new Date(asOfMs + o).toISOString() }));
    case "list":
      return fc.constant<IRExpr>({ k: "list", element: "string", values: [] });
  }
}

/** Attribute-like leaves of type `t`: attributes, related attributes, the key, properties. */
function leaves(scope: Scope, t: IRValueType): IRExpr[] {
  const out: IRExpr[] = [];
  if (scope.event) {
    for (const p of scope.event.properties) if (valueType(p.type) === t) out.push({ k: "prop", name: p.name, type: t });
    return out;
  }
  const user = scope.ir.entities[0]!;
  for (const a of user.attributes) if (valueType(a.type) === t) out.push({ k: "attr", via: [], name: a.name, type: t });
  const account = scope.ir.entities[1];
  const rel = user.relations[0];
  if (account && rel) {
    for (const a of account.attributes) if (valueType(a.type) === t) out.push({ k: "attr", via: [rel.name], name: a.name, type: t });
    // the related key (what the checker makes of `acct.id`)
    if (account.key.type === t) out.push({ k: "key", via: [rel.name], type: account.key.type });
  }
  if (user.key.type === t) out.push({ k: "key", via: [], type: user.key.type });
  return out;
}

/** (event, property) pairs whose property has value type `t`. */
function propsOfType(ir: IRProject, t: IRValueType): { ev: IREventType; prop: string }[] {
  const out: { ev: IREventType; prop: string }[] = [];
  for (const ev of ir.events) for (const p of ev.properties) if (valueType(p.type) === t) out.push({ ev, prop: p.name });
  return out;
}

function windowArb(asOfMs: number): fc.Arbitrary<IRWindow> {
  const ago = (d: number): IRTimeRef => ({ k: "asOf", offsetMs: -d });
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<IRWindow>({}) },
    { weight: 4, arbitrary: fc.constantFrom(...DURATIONS).map((d): IRWindow => ({ after: ago(d), until: ago(0) })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...DURATIONS), fc.constantFrom(...DURATIONS))
        .filter(([a, b]) => a !== b)
        .map(([a, b]): IRWindow => ({ after: ago(Math.max(a, b)), until: ago(Math.min(a, b)) })),
    },
    { weight: 1, arbitrary: timeRefArb(asOfMs).map((before): IRWindow => ({ before })) },
    { weight: 1, arbitrary: timeRefArb(asOfMs).map((after): IRWindow => ({ after })) },
    { weight: 1, arbitrary: fc.tuple(timeRefArb(asOfMs), timeRefArb(asOfMs)).map(([after, before]): IRWindow => ({ after, before })) },
  );
}

function selectorArb(scope: Scope, ev: IREventType | null, withWindow: boolean): fc.Arbitrary<IREventSelector> {
  const filterArb: fc.Arbitrary<IRCond | undefined> =
    ev && ev.properties.length > 0
      ? fc.option(condArb({ ...scope, event: ev, entity: false }, 1), { nil: undefined, freq: 2 })
      : fc.option(fc.constantFrom<IRCond>({ k: "const", value: true }, { k: "const", value: false }), { nil: undefined, freq: 6 });
  return fc.tuple(filterArb, withWindow ? windowArb(scope.asOfMs) : fc.constant<IRWindow>({})).map(([filter, window]) => {
    const sel: IREventSelector = { event: ev ? ev.name : null, window };
    if (filter) sel.filter = filter;
    return sel;
  });
}

function aggExpr(def: Omit<Extract<IRAggregate, { kind: "events" }>, "id">): IRExpr {
  const withId: IRAggregate = { ...def, id: "" };
  return { k: "agg", id: JSON.stringify(withId), type: def.type };
}

/** Aggregates whose value has type `t`. */
function aggArb(scope: Scope, t: IRValueType): fc.Arbitrary<IRExpr> | undefined {
  const ir = scope.ir;
  const evOrAny = fc.option(fc.constantFrom(...ir.events), { nil: null, freq: 5 });
  const options: fc.Arbitrary<IRExpr>[] = [];
  const valueAgg = (fns: IRAggregateFn[], pt: IRValueType) => {
    const pairs = propsOfType(ir, pt);
    if (pairs.length === 0) return;
    options.push(
      fc
        .tuple(fc.constantFrom(...fns), fc.constantFrom(...pairs))
        .chain(([fn, { ev, prop }]) =>
          selectorArb(scope, ev, true).map((select) =>
            aggExpr({ kind: "events", entity: "user", fn, select, value: { k: "prop", name: prop, type: pt }, type: fn === "distinct" ? "number" : t }),
          ),
        ),
    );
  };
  switch (t) {
    case "number":
      options.push(
        fc
          .tuple(fc.constantFrom<IRAggregateFn>("count", "count", "activeDays"), evOrAny)
          .chain(([fn, ev]) => selectorArb(scope, ev, true).map((select) => aggExpr({ kind: "events", entity: "user", fn, select, type: "number" }))),
      );
      valueAgg(["sum", "avg", "min", "max", "firstValue", "lastValue", "distinct"], "number");
      for (const pt of ["string", "boolean", "timestamp"] as const) {
        const pairs = propsOfType(ir, pt);
        if (pairs.length === 0) continue;
        options.push(
          fc
            .constantFrom(...pairs)
            .chain(({ ev, prop }) =>
              selectorArb(scope, ev, true).map((select) =>
                aggExpr({ kind: "events", entity: "user", fn: "distinct", select, value: { k: "prop", name: prop, type: pt }, type: "number" }),
              ),
            ),
        );
      }
      break;
    case "timestamp":
      options.push(
        fc
          .tuple(fc.constantFrom<IRAggregateFn>("firstTime", "lastTime"), evOrAny)
          .chain(([fn, ev]) => selectorArb(scope, ev, true).map((select) => aggExpr({ kind: "events", entity: "user", fn, select, type: "timestamp" }))),
      );
      valueAgg(["min", "max", "firstValue", "lastValue"], "timestamp");
      break;
    case "string":
    case "boolean":
      valueAgg(["firstValue", "lastValue"], t);
      break;
    case "list":
      break;
  }
  return options.length > 0 ? fc.oneof(...options) : undefined;
}

function sequenceArb(scope: Scope): fc.Arbitrary<IRCond> {
  const ir = scope.ir;
  const evArb = fc.option(fc.constantFrom(...ir.events), { nil: null, freq: 6 });
  const within = fc.constantFrom(HOUR, DAY, 7 * DAY, SEC);
  return fc
    .tuple(fc.array(fc.tuple(evArb, within), { minLength: 2, maxLength: 3 }), fc.boolean(), fc.boolean())
    .chain(([steps, negLast, _]) =>
      fc
        .tuple(...steps.map(([ev], i) => selectorArb(scope, ev, i === 0)))
        .map((sels): IRCond => {
          const irSteps: IRSequenceStep[] = sels.map((select, i) => {
            const s: IRSequenceStep = { select };
            if (i > 0) s.withinMs = steps[i]![1];
            if (i > 0 && i === sels.length - 1 && negLast) s.negated = true;
            return s;
          });
          const def = { id: "", kind: "sequence" as const, entity: "user", steps: irSteps, type: "boolean" as const };
          return { k: "truthy", value: { k: "agg", id: JSON.stringify(def), type: "boolean" } };
        }),
    );
}

/** A well-typed expression of type `t`. */
function exprArb(scope: Scope, t: IRValueType, depth: number): fc.Arbitrary<IRExpr> {
  const opts: { weight: number; arbitrary: fc.Arbitrary<IRExpr> }[] = [];
  const ls = leaves(scope, t);
  if (ls.length > 0) opts.push({ weight: 6, arbitrary: fc.constantFrom(...ls) });
  if (t !== "list") opts.push({ weight: 2, arbitrary: litArb(t, scope.asOfMs) });
  if (t === "timestamp") opts.push({ weight: 2, arbitrary: timeRefArb(scope.asOfMs).map((ref): IRExpr => ({ k: "time", ref })) });
  if (scope.entity && depth > 0) {
    const agg = aggArb(scope, t);
    if (agg) opts.push({ weight: 5, arbitrary: agg });
  }
  if (depth > 0) {
    const sub = (tt: IRValueType) => exprArb(scope, tt, depth - 1);
    if (t === "number") {
      opts.push({
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom<"+" | "-" | "*" | "/">("+", "-", "*", "/", "/"), sub("number"), sub("number"))
          .map(([op, left, right]): IRExpr => ({ k: "arith", op, left, right })),
      });
      opts.push({ weight: 1, arbitrary: sub("number").map((value): IRExpr => ({ k: "neg", value })) });
      opts.push({ weight: 1, arbitrary: sub("timestamp").map((value): IRExpr => ({ k: "daysSince", value })) });
    }
    if (t === "timestamp") {
      opts.push({
        weight: 1,
        arbitrary: fc
          .tuple(sub("timestamp"), fc.constantFrom(...DURATIONS.flatMap((d) => [d, -d]), 1, -1))
          .map(([value, ms]): IRExpr => ({ k: "timeShift", value, ms })),
      });
    }
    if (t === "boolean") opts.push({ weight: 1, arbitrary: condArb(scope, depth - 1).map((cond): IRExpr => ({ k: "cond", cond })) });
  }
  return fc.oneof(...opts);
}

function typesIn(scope: Scope): IRValueType[] {
  const all: IRValueType[] = ["string", "number", "boolean", "timestamp"];
  return scope.event ? all.filter((t) => leaves(scope, t).length > 0 || t !== "string") : all;
}

const REGEXES: readonly string[] = [
  "^a", "a$", "b", "^$", "a.b", "^.$", "[a-c]", "[^a]", "\\d", "\\d+$", "\\w", "^\\w+$", "\\s", "^[A-Z]", "a|B",
  "(ab)+", "^.{2}$", "é", "😀", "\\.", "%", "_", "a*", "^x?a", "\uE000", "[Z-a]", "[A-c]", "[]a]", "[-a]", "[^\\]]", "\\\\", "A{2,}",
];

/** A condition (depth: nesting budget). */
export function condArb(scope: Scope, depth: number): fc.Arbitrary<IRCond> {
  const sub = (d: number) => condArb(scope, d);
  const opts: { weight: number; arbitrary: fc.Arbitrary<IRCond> }[] = [];
  const ed = Math.max(depth, 1);
  // comparisons of every type
  opts.push({
    weight: 8,
    arbitrary: fc.constantFrom(...typesIn(scope)).chain((t) =>
      fc
        .tuple(
          fc.constantFrom(...(t === "boolean" ? (["==", "!="] as IRCmpOp[]) : CMP_OPS)),
          exprArb(scope, t, ed),
          exprArb(scope, t, ed - 1),
          t === "string" ? fc.boolean() : fc.constant(false),
        )
        .map(([op, left, right, ci]): IRCond => (ci ? { k: "cmp", op, left, right, ci } : { k: "cmp", op, left, right })),
    ),
  });
  const strLeaves = leaves(scope, "string");
  const numLeaves = leaves(scope, "number");
  const listLeaves = leaves(scope, "list");
  if (strLeaves.length + numLeaves.length > 0) {
    opts.push({
      weight: 2,
      arbitrary: fc.oneof(
        ...(strLeaves.length
          ? [
              fc
                .tuple(exprArb(scope, "string", ed - 1), fc.array(fc.constantFrom(...STRINGS, ...ENUM_VALUES), { maxLength: 4 }), fc.boolean())
                .map(([value, values, ci]): IRCond => ({ k: "inList", value, list: { k: "list", element: "string", values }, ...(ci ? { ci } : {}) })),
            ]
          : []),
        ...(numLeaves.length
          ? [
              fc
                .tuple(exprArb(scope, "number", ed - 1), fc.array(numberArb, { maxLength: 4 }))
                .map(([value, values]): IRCond => ({ k: "inList", value, list: { k: "list", element: "number", values } })),
            ]
          : []),
      ),
    });
  }
  // isSet over anything, lists included
  opts.push({
    weight: 2,
    arbitrary: fc.constantFrom<IRValueType>(...typesIn(scope), ...(listLeaves.length ? (["list"] as const) : [])).chain((t) =>
      exprArb(scope, t, ed - 1).map((value): IRCond => ({ k: "isSet", value })),
    ),
  });
  if (strLeaves.length > 0) {
    opts.push({
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom<"contains" | "startsWith" | "endsWith">("contains", "startsWith", "endsWith"), fc.constantFrom(...strLeaves), exprArb(scope, "string", 0), fc.boolean())
        .map(([op, value, pattern, ci]): IRCond => ({ k: "str", op, value, pattern, ...(ci ? { ci } : {}) })),
    });
    opts.push({
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...strLeaves), fc.constantFrom(...REGEXES), fc.boolean())
        .map(([value, pattern, ci]): IRCond => ({ k: "regex", value, pattern, ...(ci ? { ci } : {}) })),
    });
  }
  if (listLeaves.length > 0) {
    opts.push({
      weight: 3,
      arbitrary: fc.constantFrom(...listLeaves).chain((list) => {
        const element = listElement(scope, list);
        const vals: fc.Arbitrary<string | number> = element === "string" ? fc.constantFrom(...LIST_STRINGS) : fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constant(0.5));
        return fc
          .tuple(fc.constantFrom<"any" | "all">("any", "all"), fc.array(vals, { maxLength: 3 }))
          .map(([mode, values]): IRCond => ({ k: "has", list, mode, values: { k: "list", element, values } }));
      }),
    });
  }
  opts.push({ weight: 2, arbitrary: exprArb(scope, "boolean", ed - 1).map((value): IRCond => ({ k: "truthy", value })) });
  opts.push({ weight: 1, arbitrary: fc.boolean().map((value): IRCond => ({ k: "const", value })) });
  if (scope.entity) {
    const keys = keyLeaves(scope);
    if (keys.length > 0) opts.push({ weight: 3, arbitrary: keyCondArb(keys) });
    opts.push({ weight: 2, arbitrary: fc.nat(50).map((n): IRCond => ({ k: "segment", name: `#${n}` })) });
    opts.push({ weight: 3, arbitrary: sequenceArb(scope) });
  }
  if (depth > 0) {
    opts.push({
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom<"and" | "or">("and", "or"), fc.array(sub(depth - 1), { minLength: 2, maxLength: 3 }))
        .map(([k, args]): IRCond => ({ k, args })),
    });
    opts.push({ weight: 2, arbitrary: sub(depth - 1).map((arg): IRCond => ({ k: "not", arg })) });
  }
  return fc.oneof(...opts);
}

/** The entity's key and the related entity's key (through the relation), with their types. */
function keyLeaves(scope: Scope): { expr: IRExpr; type: "string" | "number" }[] {
  const user = scope.ir.entities[0]!;
  const out: { expr: IRExpr; type: "string" | "number" }[] = [{ expr: { k: "key", via: [], type: user.key.type }, type: user.key.type }];
  const account = scope.ir.entities[1];
  const rel = user.relations[0];
  if (account && rel) {
    const t = account.key.type;
    out.push({ expr: { k: "key", via: [rel.name], type: t }, type: t });
  }
  return out;
}

/**
 * A key compared with values keys really take (the generic literal pools rarely hit a
 * key): `key == "k1"`, `acct.id < 2`, `acct.id in ["ACC1", …]` ignoring case, or the two
 * keys compared with each other when their types agree.
 */
function keyCondArb(keys: { expr: IRExpr; type: "string" | "number" }[]): fc.Arbitrary<IRCond> {
  const opts: fc.Arbitrary<IRCond>[] = keys.map(({ expr, type }) => {
    const litArb: fc.Arbitrary<string | number> = type === "string" ? fc.constantFrom(...KEY_LITERALS.string) : fc.constantFrom(...KEY_LITERALS.number);
    const ciArb = type === "string" ? fc.boolean() : fc.constant(false);
    return fc.oneof(
      { weight: 3, arbitrary: fc
        .tuple(fc.constantFrom(...CMP_OPS), litArb, ciArb, fc.boolean())
        .map(([op, value, ci, flip]): IRCond => {
          const lit: IRExpr = { k: "lit", type, value };
          const [left, right] = flip ? [lit, expr] : [expr, lit];
          return ci ? { k: "cmp", op, left, right, ci } : { k: "cmp", op, left, right };
        }) },
      { weight: 1, arbitrary: fc
        .tuple(fc.array(litArb, { maxLength: 3 }), ciArb)
        .map(([values, ci]): IRCond => ({ k: "inList", value: expr, list: { k: "list", element: type, values }, ...(ci ? { ci } : {}) })) },
      { weight: 1, arbitrary: fc.constant<IRCond>({ k: "isSet", value: expr }) },
    );
  });
  const [a, b] = keys;
  if (a && b && a.type === b.type) {
    opts.push(
      fc.tuple(fc.constantFrom(...CMP_OPS), fc.boolean()).map(([op, ci]): IRCond =>
        ci && a.type === "string" ? { k: "cmp", op, left: a.expr, right: b.expr, ci } : { k: "cmp", op, left: a.expr, right: b.expr },
      ),
    );
  }
  return fc.oneof(...opts);
}

function listElement(scope: Scope, list: IRExpr): "string" | "number" {
  if (list.k === "prop") {
    const p = scope.event!.properties.find((x) => x.name === list.name)!;
    return p.type.kind === "list" ? p.type.element : "string";
  }
  if (list.k === "attr") {
    const ent = list.via.length > 0 ? scope.ir.entities[1]! : scope.ir.entities[0]!;
    const a = ent.attributes.find((x) => x.name === list.name)!;
    return a.type.kind === "list" ? a.type.element : "string";
  }
  return "string";
}

// ---------------------------------------------------------------------------------------
// Building the case

function mapCond(c: IRCond, f: (c: IRCond) => IRCond, g: (e: IRExpr) => IRExpr): IRCond {
  const e = (x: IRExpr) => mapExpr(x, f, g);
  let out: IRCond;
  switch (c.k) {
    case "and":
    case "or":
      out = { k: c.k, args: c.args.map((a) => mapCond(a, f, g)) };
      break;
    case "not":
      out = { k: "not", arg: mapCond(c.arg, f, g) };
      break;
    case "cmp":
      out = { ...c, left: e(c.left), right: e(c.right) };
      break;
    case "inList":
      out = { ...c, value: e(c.value), list: e(c.list) };
      break;
    case "isSet":
    case "truthy":
      out = { ...c, value: e(c.value) };
      break;
    case "str":
      out = { ...c, value: e(c.value), pattern: e(c.pattern) };
      break;
    case "regex":
      out = { ...c, value: e(c.value) };
      break;
    case "has":
      out = { ...c, list: e(c.list), values: e(c.values) };
      break;
    default:
      out = c;
  }
  return f(out);
}

function mapExpr(x: IRExpr, f: (c: IRCond) => IRCond, g: (e: IRExpr) => IRExpr): IRExpr {
  const e = (y: IRExpr) => mapExpr(y, f, g);
  let out: IRExpr;
  switch (x.k) {
    case "timeShift":
    case "neg":
    case "daysSince":
      out = { ...x, value: e(x.value) };
      break;
    case "arith":
      out = { ...x, left: e(x.left), right: e(x.right) };
      break;
    case "cond":
      out = { k: "cond", cond: mapCond(x.cond, f, g) };
      break;
    default:
      out = x;
  }
  return g(out);
}

/** Every condition and expression of a project's segments and aggregates, rewritten. */
export function mapProject(ir: IRProject, f: (c: IRCond) => IRCond, g: (e: IRExpr) => IRExpr = (e) => e): IRProject {
  const sel = (s: IREventSelector): IREventSelector => (s.filter ? { ...s, filter: mapCond(s.filter, f, g) } : s);
  return {
    ...ir,
    aggregates: ir.aggregates.map((a) =>
      a.kind === "events"
        ? { ...a, select: sel(a.select), ...(a.value ? { value: mapExpr(a.value, f, g) } : {}) }
        : { ...a, steps: a.steps.map((s) => ({ ...s, select: sel(s.select) })) },
    ),
    segments: ir.segments.map((s) => ({ ...s, condition: mapCond(s.condition, f, g) })),
  };
}

/** Rewrites every IRWindow (aggregates and sequence first steps). */
export function mapWindows(ir: IRProject, f: (w: IRWindow) => IRWindow): IRProject {
  return {
    ...ir,
    aggregates: ir.aggregates.map((a) =>
      a.kind === "events"
        ? { ...a, select: { ...a.select, window: f(a.select.window) } }
        : { ...a, steps: a.steps.map((s) => ({ ...s, select: { ...s.select, window: f(s.select.window) } })) },
    ),
  };
}

/**
 * Turns generated segment conditions into a valid project: resolves `#n` segment
 * references, collects inline aggregates (nested ones too, in first-use order).
 */
export function buildProject(schema: IRProject, conds: IRCond[]): IRProject {
  const aggs = new Map<string, IRAggregate>();
  const collect = (e: IRExpr): IRExpr => {
    if (e.k !== "agg") return e;
    if (!aggs.has(e.id)) {
      const def = JSON.parse(e.id) as IRAggregate;
      // aggregates inside filters are impossible (filters are event scope), so no recursion needed
      aggs.set(e.id, { ...def, id: e.id });
    }
    return e;
  };
  const segments: IRSegment[] = [];
  conds.forEach((cond, i) => {
    const deps: string[] = [];
    const resolved = mapCond(
      cond,
      (c) => {
        if (c.k !== "segment" || !c.name.startsWith("#")) return c;
        if (i === 0) return { k: "const", value: true };
        const target = `s${Number(c.name.slice(1)) % i}`;
        if (!deps.includes(target)) deps.push(target);
        return { k: "segment", name: target };
      },
      collect,
    );
    segments.push({ name: `s${i}`, entity: "user", condition: resolved, tags: [], dependsOn: deps });
  });
  return { ...schema, aggregates: [...aggs.values()], segments };
}

export interface CaseOptions {
  /** Segments generated per case (the shrinker may drop some). */
  segments: number;
}

/** A random schema, data for it and `segments` random segments over it. */
export function caseArb(options: CaseOptions): fc.Arbitrary<DiffCase> {
  return schemaPlanArb.chain((plan) => {
    const schema = buildSchema(plan);
    const scope: Scope = { ir: schema, asOfMs: Date.parse(plan.asOf), entity: true };
    // fc.option with a huge freq: almost never absent when generated, but the shrinker
    // tries "absent" first, so failing cases shrink to the few segments that matter.
    const seg = fc.option(condArb(scope, 2), { nil: undefined, freq: 1_000_000 });
    return fc
      .tuple(dataArb(schema, plan.asOf), fc.tuple(...Array.from({ length: options.segments }, () => seg)))
      .map(([data, conds]) => ({ ir: buildProject(schema, conds.filter((c): c is IRCond => c !== undefined)), data }));
  });
}
