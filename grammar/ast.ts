/**
 * The AST of one `.seg` file: the parser's output and the checker's input. It stays close
 * to the surface syntax (sugar is kept: the checker lowers it to the IR). Every node has a
 * source range; names carry their own range so that diagnostics, hover, go-to-definition
 * and rename point at the name, not the whole declaration.
 */

/** Zero-based, LSP-shaped. `end` is exclusive. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export interface Node {
  range: Range;
}

export interface Name extends Node {
  text: string;
}

export interface SegFile {
  kind: "file";
  /** Path (or URI) of the file, as given to the parser. */
  path: string;
  declarations: Declaration[];
  range: Range;
}

export type Declaration =
  | EntityDecl
  | EventsDecl
  | ConstDecl
  | ParamDecl
  | TraitDecl
  | SegmentDecl
  | TestDecl;

interface DeclBase extends Node {
  /** Text of the `///` doc comment lines before the declaration, joined by `\n`. */
  doc?: string;
}

// ---------------------------------------------------------------------------------------
// Schema

/**
 * How a column stores times: the engine's timestamp type (`native`), unix seconds or
 * milliseconds, or ISO-8601 text read by the strict rule of JSON times (`iso_text`).
 */
export type TimestampStorage = "native" | "unix_seconds" | "unix_millis" | "iso_text";

export type TypeRef =
  | { kind: "string"; range: Range }
  | { kind: "number"; range: Range }
  | { kind: "boolean"; range: Range }
  /** `timestamp`, `timestamp(unix_seconds)`, `timestamp(unix_millis)`, `timestamp(iso_text)`. */
  | { kind: "timestamp"; storage: TimestampStorage; range: Range }
  | { kind: "enum"; values: StringLit[]; range: Range }
  | { kind: "list"; element: TypeRef; range: Range };

export interface EntityDecl extends DeclBase {
  kind: "entity";
  name: Name;
  table?: StringLit;
  members: EntityMember[];
}

export type EntityMember = KeyDecl | AttributeDecl | RelationDecl;

/** `key id: string [column "c"]` */
export interface KeyDecl extends DeclBase {
  kind: "key";
  name: Name;
  type: TypeRef;
  column?: StringLit;
}

/** `email: string [column "c"]` */
export interface AttributeDecl extends DeclBase {
  kind: "attribute";
  name: Name;
  type: TypeRef;
  column?: StringLit;
}

/** `account: account via account_id` */
export interface RelationDecl extends DeclBase {
  kind: "relation";
  name: Name;
  target: Name;
  foreignKey: Name;
}

/** `events of user { table "..." user column "..." time column "..." ... event x {...} }` */
export interface EventsDecl extends DeclBase {
  kind: "events";
  entity: Name;
  table?: StringLit;
  /** `user column "user_id"` — the column holding the entity key. */
  entityColumn?: StringLit;
  /** Where `user` of `user column` is: a use of the entity's name (rename changes it too). */
  entityColumnNameRange?: Range;
  timeColumn?: StringLit;
  timeStorage?: { storage: TimestampStorage; range: Range };
  nameColumn?: StringLit;
  propertiesColumn?: StringLit;
  events: EventDecl[];
}

/**
 * `event purchase { order_id: string, amount: number }`, optionally with its own table:
 * `event purchase { table "shop.purchases"  time column "ts"  amount: number column "amt" }`
 * and optionally a different stored name: `event login named "Login"`.
 */
export interface EventDecl extends DeclBase {
  kind: "event";
  name: Name;
  storedName?: StringLit;
  table?: StringLit;
  entityColumn?: StringLit;
  /** As EventsDecl.entityColumnNameRange. */
  entityColumnNameRange?: Range;
  timeColumn?: StringLit;
  timeStorage?: { storage: TimestampStorage; range: Range };
  properties: PropertyDecl[];
}

export interface PropertyDecl extends DeclBase {
  kind: "property";
  name: Name;
  type: TypeRef;
  column?: StringLit;
}

// ---------------------------------------------------------------------------------------
// Named values and segments

/** `const core = ["a", "b"]`, `const threshold = 1000`, `const lookback = 30 days` */
export interface ConstDecl extends DeclBase {
  kind: "const";
  name: Name;
  value: Expr;
}

/** `param lookback = 30 days` — a const whose value can be overridden at compile time. */
export interface ParamDecl extends DeclBase {
  kind: "param";
  name: Name;
  value: Expr;
}

/** `trait ltv = sum(purchase.amount)`, optionally `trait x of account = ...` */
export interface TraitDecl extends DeclBase {
  kind: "trait";
  name: Name;
  entity?: Name;
  value: Expr;
}

/**
 * Block form `segment x [of user] { owner "..." tags [...] deprecated ["why"] where ... }`
 * or short form `segment x [of user] = <condition>` (then `short` is true).
 */
export interface SegmentDecl extends DeclBase {
  kind: "segment";
  name: Name;
  entity?: Name;
  short: boolean;
  owner?: StringLit;
  tags?: ListExpr;
  deprecated?: { reason?: StringLit; range: Range };
  /** Missing only after a syntax error. */
  where?: Expr;
}

// ---------------------------------------------------------------------------------------
// Tests

/**
 * ```
 * test "power users are engaged" {
 *   as of 2024-06-01T00:00:00Z
 *   account acme { industry: "fintech" }
 *   user alice {
 *     plan: "enterprise"
 *     account: acme
 *     login at 1 day ago
 *     purchase { amount: 120 } at 2024-05-01
 *   }
 *   expect alice in power_users
 *   expect bob not in churned
 * }
 * ```
 */
export interface TestDecl extends DeclBase {
  kind: "test";
  name: StringLit;
  asOf?: Expr;
  records: TestRecord[];
  expectations: TestExpectation[];
}

export interface TestRecord extends Node {
  kind: "testRecord";
  entity: Name;
  alias: Name;
  /** Attribute (and relation) assignments: `plan: "pro"`, `account: acme`, `id: "u1"`. */
  fields: TestField[];
  events: TestEvent[];
}

export interface TestField extends Node {
  name: Name;
  value: Expr;
}

/** `purchase { amount: 120 } at 3 days ago` */
export interface TestEvent extends Node {
  event: Name;
  properties: TestField[];
  time: Expr;
}

export interface TestExpectation extends Node {
  alias: Name;
  member: boolean;
  segment: Name;
}

// ---------------------------------------------------------------------------------------
// Expressions and conditions (one grammar: conditions are boolean expressions)

export type Expr =
  | NumberLit
  | StringLit
  | BoolLit
  | TimeLit
  | NowExpr
  | DurationLit
  | AgoExpr
  | ListExpr
  | RefExpr
  | MemberExpr
  | ParenExpr
  | UnaryExpr
  | BinaryExpr
  | LogicalExpr
  | NotExpr
  | CompareExpr
  | BetweenExpr
  | InListExpr
  | IsSetExpr
  | StringPredExpr
  | RegexExpr
  | HasExpr
  | TimeWindowExpr
  | SegmentRefExpr
  | DidExpr
  | AggregateExpr
  | DaysSinceExpr
  | ErrorExpr;

export interface NumberLit extends Node {
  kind: "number";
  value: number;
  /** Source text, for the formatter. */
  text: string;
}
export interface StringLit extends Node {
  kind: "string";
  /** The decoded value (escapes resolved). */
  value: string;
}
export interface BoolLit extends Node {
  kind: "bool";
  value: boolean;
}
/** `2024-03-01` or `2024-03-01T12:00:00Z` (source text kept). */
export interface TimeLit extends Node {
  kind: "time";
  text: string;
  /** Written in SQL's single quotes (`'2024-01-01'`): the checker reports it, with the fix its use asks for. */
  quoted?: true;
}
export interface NowExpr extends Node {
  kind: "now";
}

export type DurationUnit =
  | "second"
  | "minute"
  | "hour"
  | "day"
  | "week"
  /** Parsed so that the checker can explain why calendar units are not durations. */
  | "month"
  | "year";

/** `30 days`, `1 hour` */
export interface DurationLit extends Node {
  kind: "duration";
  amount: NumberLit;
  unit: DurationUnit;
  unitRange: Range;
}
/** `<duration> ago` */
export interface AgoExpr extends Node {
  kind: "ago";
  duration: Expr;
}
export interface ListExpr extends Node {
  kind: "list";
  items: Expr[];
}
/** An identifier: attribute, trait, const, param, relation, event (resolved by the checker). */
export interface RefExpr extends Node {
  kind: "ref";
  name: Name;
}
/** `account.employees`, `purchase.amount`, `first(purchase).time` */
export interface MemberExpr extends Node {
  kind: "member";
  object: Expr;
  member: Name;
}
export interface ParenExpr extends Node {
  kind: "paren";
  inner: Expr;
}
export interface UnaryExpr extends Node {
  kind: "unary";
  op: "-";
  operand: Expr;
}
export interface BinaryExpr extends Node {
  kind: "binary";
  op: "+" | "-" | "*" | "/";
  left: Expr;
  right: Expr;
}
export interface LogicalExpr extends Node {
  kind: "logical";
  op: "and" | "or";
  left: Expr;
  right: Expr;
}
/** `not X` (also `not in seg`, and `not did ...` which the parser keeps as Not(Did)). */
export interface NotExpr extends Node {
  kind: "not";
  operand: Expr;
}
export interface CompareExpr extends Node {
  kind: "compare";
  op: "==" | "!=" | "<" | "<=" | ">" | ">=";
  left: Expr;
  right: Expr;
  ignoreCase: boolean;
}
/** `x between a and b` (inclusive) — numbers or times. */
export interface BetweenExpr extends Node {
  kind: "between";
  value: Expr;
  low: Expr;
  high: Expr;
}
/** `x in [..]`, `x not in [..]`, `x in some_const` */
export interface InListExpr extends Node {
  kind: "inList";
  value: Expr;
  negated: boolean;
  list: Expr;
  ignoreCase: boolean;
}
/** `x is set`, `x is not set` */
export interface IsSetExpr extends Node {
  kind: "isSet";
  value: Expr;
  negated: boolean;
}
/** `x contains y`, `x starts with y`, `x ends with y` (with `ignoring case`) */
export interface StringPredExpr extends Node {
  kind: "stringPred";
  op: "contains" | "startsWith" | "endsWith";
  value: Expr;
  negated: boolean;
  pattern: Expr;
  ignoreCase: boolean;
}
/** `x matches "regex"` */
export interface RegexExpr extends Node {
  kind: "regex";
  value: Expr;
  negated: boolean;
  pattern: StringLit;
  ignoreCase: boolean;
}
/** `tags has "x"`, `tags has any [..]`, `tags has all [..]` */
export interface HasExpr extends Node {
  kind: "has";
  list: Expr;
  mode: "one" | "any" | "all";
  values: Expr;
}
/** Timestamp attribute windows: `signed_up_at in last 30 days`, `x before T`, `x after T`. */
export interface TimeWindowExpr extends Node {
  kind: "timeWindow";
  value: Expr;
  window: Window;
}
/** `in power_users` */
export interface SegmentRefExpr extends Node {
  kind: "segmentRef";
  segment: Name;
}

// Behaviour ------------------------------------------------------------------------------

export type Window =
  /** `in last D` */
  | { kind: "last"; duration: Expr; range: Range }
  /** `between D1 and D2 ago` */
  | { kind: "betweenAgo"; from: Expr; to: Expr; range: Range }
  /** `before T` */
  | { kind: "before"; time: Expr; range: Range }
  /** `after T` */
  | { kind: "after"; time: Expr; range: Range };

export type Frequency = {
  /** `at least N times` / `on at least N days` ... */
  unit: "times" | "days";
  bound: "atLeast" | "atMost" | "exactly";
  count: NumberLit;
  range: Range;
};

/** An event reference with its optional filter: `purchase`, `any`, `purchase where amount > 5`. */
export interface EventStep extends Node {
  /** `null` for `any`. */
  event: Name | null;
  anyRange?: Range;
  where?: Expr;
}

/** `then [not] B [where ...] within D` */
export interface ThenStep extends Node {
  negated: boolean;
  step: EventStep;
  within?: Expr;
}

/**
 * `did [not] E [where P] [then [not] F within D]... [frequency] [window]`
 * Frequency and window may come in either order; each at most once (checker reports).
 */
export interface DidExpr extends Node {
  kind: "did";
  negated: boolean;
  first: EventStep;
  then: ThenStep[];
  frequencies: Frequency[];
  windows: Window[];
}

export type AggregateFn =
  | "count"
  | "sum"
  | "avg"
  | "min"
  | "max"
  | "distinct"
  | "active_days"
  | "first"
  | "last";

/**
 * `count(E [where C] [window])`, `sum(e.p [where C] [window])`, `first(E)`, `last(e.p)`...
 * `property` is set for the `e.p` form. `.time` after first/last is a MemberExpr around it.
 */
export interface AggregateExpr extends Node {
  kind: "aggregate";
  fn: AggregateFn;
  fnRange: Range;
  step: EventStep;
  property?: Name;
  windows: Window[];
}

/** `days_since(<time>)` */
export interface DaysSinceExpr extends Node {
  kind: "daysSince";
  value: Expr;
}

/** Placeholder where the parser recovered from a syntax error (already reported). */
export interface ErrorExpr extends Node {
  kind: "error";
}
