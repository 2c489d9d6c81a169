/**
 * The IR: the only contract between the front end (grammar + checker) and the backends
 * (SQL, JavaScript). Plain, JSON-serializable data. Every piece of surface sugar
 * (`did`, frequency phrases, `then not`, `between`, `in last` on attributes, traits,
 * consts, durations) is lowered by the checker into this small core; the backends never
 * see sugar and never re-check types.
 *
 * Semantics of every node are those of docs/language.md ("Semantics"); the short version
 * is repeated on each node so a backend author can work from this file alone.
 *
 * Conventions
 * - All instants are UTC. A constant instant is an ISO-8601 string with milliseconds and
 *   `Z` (`2024-03-01T00:00:00.000Z`). Durations are whole milliseconds.
 * - `asOf` is the one evaluation instant, a parameter of every compiled artifact.
 * - Every array is in a deterministic order (declaration order, or first use), so
 *   backends that walk it produce byte-identical output for identical input.
 */

export const IR_VERSION = 1;

// ---------------------------------------------------------------------------------------
// Types

/** Scalar value types of expressions. `list` is a list of strings or numbers. */
export type IRValueType = "string" | "number" | "boolean" | "timestamp" | "list";

/**
 * How a timestamp is stored in its column.
 * - `native`: the engine's timestamp type; on SQLite (no such type) ISO-8601 text
 *   (`2024-03-01 12:00:00`, `2024-03-01T12:00:00.123Z`; a missing zone means UTC).
 * - `unix_seconds` / `unix_millis`: a number of seconds / milliseconds since the epoch.
 * - `iso_text`: ISO-8601 text in any text column, read by the rule of JSON time properties
 *   (compiler/json-values.ts isoTextTime): a date that exists, an optional zone; anything
 *   else is missing.
 */
export type IRTimestampStorage = "native" | "unix_seconds" | "unix_millis" | "iso_text";

export type IRColumnType =
  | { kind: "string" }
  | { kind: "number" }
  | { kind: "boolean" }
  | { kind: "timestamp"; storage: IRTimestampStorage }
  /** A string restricted to `values`; stored as text. */
  | { kind: "enum"; values: string[] }
  /** Stored as a JSON array (text on SQLite/MySQL, json/jsonb or native list elsewhere). */
  | { kind: "list"; element: "string" | "number" };

/** A table name, split into its dotted parts (`["analytics", "users"]`). */
export type IRTableName = string[];

// ---------------------------------------------------------------------------------------
// Schema

export interface IRProject {
  version: typeof IR_VERSION;
  entities: IREntity[];
  eventSources: IREventSource[];
  events: IREventType[];
  /** Every aggregate that some trait or segment uses, deduplicated structurally. */
  aggregates: IRAggregate[];
  traits: IRTrait[];
  /** Topologically sorted: a segment comes after every segment it references. */
  segments: IRSegment[];
  tests: IRTest[];
}

export interface IREntity {
  name: string;
  table: IRTableName;
  key: { name: string; column: string; type: "string" | "number" };
  attributes: IRAttribute[];
  relations: IRRelation[];
  doc?: string;
}

export interface IRAttribute {
  name: string;
  column: string;
  type: IRColumnType;
  doc?: string;
}

/** Many-to-one: `foreignKey` (a column of this entity's table) = target's key column. */
export interface IRRelation {
  name: string;
  target: string;
  foreignKey: string;
  doc?: string;
}

/**
 * A table of events. A wide table holds many event types, told apart by `nameColumn`, with
 * their properties in a JSON column (`propertiesColumn`) or in typed columns; a per-event
 * table holds one event type (`nameColumn` absent).
 */
export interface IREventSource {
  /** Stable identifier used by IREventType.source, e.g. `user_events` or `purchase`. */
  id: string;
  /** The entity whose key `entityColumn` holds. */
  entity: string;
  table: IRTableName;
  entityColumn: string;
  timeColumn: string;
  timeStorage: IRTimestampStorage;
  nameColumn?: string;
  propertiesColumn?: string;
}

export interface IREventType {
  name: string;
  entity: string;
  source: string;
  /** The value of the source's name column for this event (wide tables only). */
  nameValue?: string;
  properties: IRProperty[];
  doc?: string;
}

export interface IRProperty {
  name: string;
  type: IRColumnType;
  /** Where the value lives: a key of the JSON properties column, or its own column. */
  storage: { kind: "json"; key: string } | { kind: "column"; column: string };
  doc?: string;
}

// ---------------------------------------------------------------------------------------
// Expressions (values)

/** An instant fixed at compile time or relative to `asOf`. */
export type IRTimeRef =
  | { k: "instant"; iso: string }
  | { k: "asOf"; offsetMs: number };

export type IRExpr =
  /** A literal. `null` only for the missing value. Timestamps as canonical ISO strings. */
  | { k: "lit"; type: IRValueType; value: string | number | boolean | null }
  /** A literal list (for `in [...]`, `has any [...]`). */
  | { k: "list"; element: "string" | "number"; values: (string | number)[] }
  /**
   * An attribute of the evaluated entity, or of a related entity through `via` relations
   * (relation names, outermost first). Never a key: keys are `key`. Missing when the
   * attribute is, or when a relation on the way has no related record.
   */
  | { k: "attr"; via: string[]; name: string; type: IRValueType }
  /**
   * An entity's key: the evaluated entity's own (`via` empty, `id`), or the key of the
   * related entity reached through `via` relations (`account.id`: `via: ["account"]`).
   * A related key is the related record's key, not the foreign key: missing when a
   * relation on the way has no related record (its foreign key NULL, or dangling: no row
   * has that key).
   */
  | { k: "key"; via: string[]; type: "string" | "number" }
  /** A property of the event being filtered (only inside IRAggregate.filter / steps). */
  | { k: "prop"; name: string; type: IRValueType }
  /** A time instant: `asOf` plus an offset, or a constant. */
  | { k: "time"; ref: IRTimeRef }
  /** Timestamp plus a constant number of milliseconds (negative to subtract). */
  | { k: "timeShift"; value: IRExpr; ms: number }
  /** Number arithmetic, IEEE doubles. Any missing operand or a division by zero: missing. */
  | { k: "arith"; op: "+" | "-" | "*" | "/"; left: IRExpr; right: IRExpr }
  | { k: "neg"; value: IRExpr }
  /** Whole days from `value` (a timestamp) to asOf: floor((asOf - value) / 86 400 000 ms). */
  | { k: "daysSince"; value: IRExpr }
  /** The value of an aggregate (see IRAggregate), by id. */
  | { k: "agg"; id: string; type: IRValueType }
  /** A boolean-valued condition used as a value (true/false, never missing). */
  | { k: "cond"; cond: IRCond };

// ---------------------------------------------------------------------------------------
// Conditions. Two-valued: every condition is true or false for every entity, never
// missing. A comparison or predicate with a missing operand is false; `not` is the
// complement.

export type IRCmpOp = "==" | "!=" | "<" | "<=" | ">" | ">=";

export type IRCond =
  | { k: "and"; args: IRCond[] }
  | { k: "or"; args: IRCond[] }
  | { k: "not"; arg: IRCond }
  | { k: "const"; value: boolean }
  /**
   * Compares two values of the same type. Strings by Unicode code point; with `ci`, after
   * mapping ASCII letters A-Z to a-z on both sides (only ASCII, so that every engine
   * agrees; other characters compare as they are). Timestamps by instant.
   * False when either side is missing.
   */
  | { k: "cmp"; op: IRCmpOp; left: IRExpr; right: IRExpr; ci?: boolean }
  /** `value` equals one of the list's values. False when value is missing. */
  | { k: "inList"; value: IRExpr; list: IRExpr; ci?: boolean }
  /** The value is present (not missing). For lists: present, even if empty. */
  | { k: "isSet"; value: IRExpr }
  /** String containment tests; false when either side is missing. */
  | {
      k: "str";
      op: "contains" | "startsWith" | "endsWith";
      value: IRExpr;
      pattern: IRExpr;
      ci?: boolean;
    }
  /**
   * Regular expression search (unanchored unless the pattern anchors), portable subset
   * checked by the checker: literals, `.`, classes `[...]`/`[^...]`, `^`, `$`, `* + ?`,
   * `{m,n}`, groups `(...)`, alternation `|`, `\d \w \s` and escaped punctuation.
   */
  | { k: "regex"; value: IRExpr; pattern: string; ci?: boolean }
  /** A list attribute contains any / all of `values`. False when the list is missing. */
  | { k: "has"; list: IRExpr; mode: "any" | "all"; values: IRExpr }
  /** A boolean value is true (missing is false). */
  | { k: "truthy"; value: IRExpr }
  /** Membership of another segment of the same entity. */
  | { k: "segment"; name: string };

// ---------------------------------------------------------------------------------------
// Aggregates over an entity's events

/**
 * A time window over event times t. Always also `t <= asOf` (events after asOf are
 * ignored everywhere). Bounds: `t > after` (exclusive), `t <= until` (inclusive) or
 * `t < before` (exclusive). `in last D`: after = asOf - D, until = asOf.
 * `between D1 and D2 ago`: after = asOf - D1, until = asOf - D2. `before T`: before = T.
 * `after T`: after = T.
 */
export interface IRWindow {
  after?: IRTimeRef;
  until?: IRTimeRef;
  before?: IRTimeRef;
}

/** Which events count: one event type (or every type, `event: null`) filtered. */
export interface IREventSelector {
  event: string | null;
  /** A condition over the event's properties (`prop` exprs). Absent: every event. */
  filter?: IRCond;
  window: IRWindow;
}

export type IRAggregateFn =
  /** Number of matching events; 0 when none. */
  | "count"
  /** Sum of `value` over matching events where it is present; 0 when none. */
  | "sum"
  /** avg/min/max of present values; missing when none. */
  | "avg"
  | "min"
  | "max"
  /** Number of distinct present values; 0 when none. */
  | "distinct"
  /** Number of distinct UTC calendar days with a matching event; 0 when none. */
  | "activeDays"
  /** Time of the earliest / latest matching event; missing when none. */
  | "firstTime"
  | "lastTime"
  /**
   * `value` of the earliest / latest matching event; missing when none. Ties in time:
   * firstValue takes the smallest value among the earliest events, lastValue the
   * largest among the latest; a missing value loses every tie.
   */
  | "firstValue"
  | "lastValue";

export type IRAggregate =
  | {
      id: string;
      kind: "events";
      entity: string;
      fn: IRAggregateFn;
      select: IREventSelector;
      /** The aggregated property (all fns except count, activeDays, firstTime, lastTime). */
      value?: IRExpr;
      type: IRValueType;
    }
  | {
      id: string;
      kind: "sequence";
      entity: string;
      /**
       * True when there is a first-step event e1 at t1 (matching steps[0], within the
       * window) and, for each following step i, an event ei at ti with
       * t(i-1) < ti <= t(i-1) + withinMs (and ti <= asOf). A final `negated` step means:
       * t(n-1) + withinMs <= asOf and no matching event in (t(n-1), t(n-1) + withinMs].
       */
      steps: IRSequenceStep[];
      type: "boolean";
    };

export interface IRSequenceStep {
  /** steps[0].select.window is the sequence's window; later steps' windows are empty. */
  select: IREventSelector;
  /** For steps after the first: the maximum gap after the previous step. */
  withinMs?: number;
  /** Only the last step may be negated (`then not`). */
  negated?: boolean;
}

// ---------------------------------------------------------------------------------------
// Named things

export interface IRTrait {
  name: string;
  entity: string;
  value: IRExpr;
  type: IRValueType;
  doc?: string;
}

export interface IRSegment {
  name: string;
  entity: string;
  condition: IRCond;
  doc?: string;
  owner?: string;
  tags: string[];
  deprecated?: string | true;
  /** Segments referenced directly (`in x`), in first-use order. */
  dependsOn: string[];
}

// ---------------------------------------------------------------------------------------
// Tests written in the language (`test` blocks)

export interface IRTest {
  name: string;
  /** The evaluation instant of the test. */
  asOf: string;
  records: IRTestRecord[];
  events: IRTestEvent[];
  expectations: IRExpectation[];
  /** 0-based line of the test block in its file, for reporting. */
  file: string;
  line: number;
}

export interface IRTestRecord {
  entity: string;
  /** The name used in the test (`alice`). */
  alias: string;
  key: string | number;
  /** Attribute values by attribute name; timestamps as ISO strings; lists as arrays. */
  attributes: Record<string, string | number | boolean | (string | number)[] | null>;
  /** Relation name → key of the related record. */
  relations: Record<string, string | number>;
}

export interface IRTestEvent {
  entity: string;
  key: string | number;
  event: string;
  time: string;
  properties: Record<string, string | number | boolean | (string | number)[] | null>;
}

export interface IRExpectation {
  alias: string;
  key: string | number;
  segment: string;
  member: boolean;
  line: number;
}
