/**
 * IR → Kysely query tree → SQL text, for one dialect. See CONTEXT.md for the shape of the
 * generated query and docs/dialects.md for what differs per dialect.
 *
 * Shape (one entity per query):
 *   seg_params      one row: the evaluation instant `as_of` (bound parameter 0 or now) and
 *                   the as_of offsets in use (`as_of_minus_30d`), computed once
 *   seg_events      the events the plain aggregates read (UNION ALL of the entity's event
 *                   tables): time, event name, the properties in use; only t <= as_of
 *   seg_aggregates  ONE grouped pass over seg_events: every plain aggregate as conditional
 *                   aggregation (Dialect.aggregateBranchPerEvent: seg_events_N /
 *                   seg_aggregates_N, one pass per event name over that event's rows)
 *   seg_ranked_N    first/last values with Dialect.rankedValueByRowNumber: per value, row 1
 *                   of ROW_NUMBER() over its own events per entity (see rankedValueQuery)
 *   seg_ranked_events, seg_ranked, seg_ranked_aggregates  (first/last values otherwise,
 *                   without Dialect.extremeValue) the events they read, the earliest/latest
 *                   matching time per entity, and the value at that time (events joined to
 *                   their entity's times)
 *   seg_sequence_events  the events of all sequences (materialised where supported)
 *   seg_sequence_N_step_k, seg_sequence_N  per sequence: window functions over the
 *                   entity's distinct instants (see sequenceCtes); with
 *                   Dialect.sequenceTimeBucket seg_sequence_N_reached_k / _buckets_k
 *                   instead (see sequenceCtesByBuckets)
 *   seg_facts       one row per entity: key, attributes (+ related entities), aggregates,
 *                   sequences (key IN the sequence's entities)
 *   seg_level_N     the segments, in dependency levels (a segment reads earlier levels' columns)
 *   final SELECT
 */
import { createHash } from "node:crypto";
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from "kysely";
import type {
  IRAggregate,
  IRCond,
  IREntity,
  IREventSource,
  IREventType,
  IRExpr,
  IRProject,
  IRProperty,
  IRSegment,
  IRTimeRef,
  IRWindow,
  IREventSelector,
  IRColumnType,
} from "../ir.ts";
import type { Dialect, JsonValueType, Sql } from "./dialect.ts";
import { ACTIVE_DAY_BITS, createView, raw, roundedSum } from "./dialect.ts";
import { formatSql } from "./format.ts";
import { asciiLower, eventNameReading, exprType, walkCond } from "../ir-utils.ts";
import { isoTextTime } from "../json-values.ts";
import { lowerRegexPattern, portableRegex } from "./regex.ts";

/** A compiled query: SQL text and its bound parameters. `parameters[0]` is always asOf. */
export interface CompiledQuery {
  sql: string;
  /**
   * Bound parameters, in placeholder order. The first is the evaluation instant: an ISO-8601
   * string, or null for "the engine's current time". Replace it with `withAsOf`.
   */
  parameters: unknown[];
}

export interface CompileOptions {
  /** Evaluation instant (ISO-8601). Absent: the engine's current time at execution. */
  asOf?: string;
  /** Maps IR table names to the names on the target database (engine.resolveTable). */
  resolveTable?: (table: string[]) => string[];
}

export interface MembershipOptions extends CompileOptions {
  /** The entity whose segments are evaluated (default: the entity of the first segment). */
  entity?: string;
  /** Only these segments (and what they depend on, computed but not output). */
  segments?: string[];
}

export type EmitKind = "select" | "view" | "dbt";

export interface SegmentOptions extends CompileOptions {
  emit?: EmitKind;
  /**
   * dbt models read `schema.table` through `{{ source('schema', 'table') }}` (the table's
   * last two name parts), so dbt knows their lineage; the dbt project declares the sources.
   * Tables named without a schema are read as they are.
   */
  dbtSources?: boolean;
  /** View name for `emit: "view"` (default: the segment name). */
  viewName?: string[];
}

/** A problem in the IR that this backend cannot compile (a bug upstream, not user error). */
export class SqlCompileError extends Error {
  override name = "SqlCompileError";
}

/** Returns a copy of `query` evaluated at `asOf` (ISO-8601), or at the engine's now for null. */
export function withAsOf(query: CompiledQuery, asOf: string | null): CompiledQuery {
  return { sql: query.sql, parameters: [normalizeIso(asOf), ...query.parameters.slice(1)] };
}

function normalizeIso(iso: string | null | undefined): string | null {
  return iso === null || iso === undefined ? null : isoInstant(iso);
}

/**
 * asOf text of the API as the UTC text bound to as_of, read as the SQL reads it
 * (isoTextTime: no zone is UTC, not the process's local time as for Date.parse).
 */
export function isoInstant(iso: string): string {
  const t = isoTextTime(iso);
  if (t === null) throw new SqlCompileError(`asOf is not an ISO-8601 instant: ${JSON.stringify(iso)}`);
  return new Date(t).toISOString();
}

// ---------------------------------------------------------------------------------------
// Public entry points

/**
 * One query for a whole entity: one row per entity key (column named after the key), one
 * boolean column per segment (in IR order), rows ordered by key.
 */
export function compileMembership(ir: IRProject, dialect: Dialect, options: MembershipOptions = {}): CompiledQuery {
  const entity = membershipEntity(ir, options);
  const b = new QueryBuilder(ir, dialect, "param", options, entity);
  return b.membership(membershipSegments(ir, entity, options));
}

function membershipEntity(ir: IRProject, options: MembershipOptions): string {
  const entity = options.entity ?? ir.segments[0]?.entity ?? ir.entities[0]?.name;
  if (entity === undefined) throw new SqlCompileError("the project has no entity");
  return entity;
}

function membershipSegments(ir: IRProject, entity: string, options: MembershipOptions): IRSegment[] {
  const all = ir.segments.filter((s) => s.entity === entity);
  if (!options.segments) return all;
  const names = new Set(options.segments);
  for (const n of names) {
    const seg = findSegment(ir, n);
    if (seg.entity !== entity) throw new SqlCompileError(`segment "${n}" is about ${seg.entity}, not ${entity}`);
  }
  return all.filter((s) => names.has(s.name));
}

/**
 * A query of one row that counts the keys of `entity`'s table held by more than one row
 * (`keys`) and names one of them (`example`, NULL when there is none). Such a key names no
 * record (see QueryBuilder.keyedRows); `seg run` warns about them.
 */
export function compileDuplicateKeys(ir: IRProject, entityName: string, dialect: Dialect, options: CompileOptions = {}): CompiledQuery {
  const entity = ir.entities.find((e) => e.name === entityName);
  if (!entity) throw new SqlCompileError(`unknown entity "${entityName}"`);
  const db = dialect.kysely as unknown as AnyDb;
  const table = (options.resolveTable ?? ((t: string[]) => t))(entity.table);
  const key = col("t", entity.key.column);
  const duplicated = db
    .selectFrom(sql`${sql.id(...table)}`.as("t"))
    // As text: PostgreSQL has no MIN of a uuid.
    .select(sql`MIN(${keyValue(entity, dialect, key)})`.as("example"))
    .where(pred(sql`${key} IS NOT NULL`))
    .groupBy(exactKey(entity, dialect, key))
    .having(pred(sql`COUNT(*) > 1`));
  const query = db
    .selectFrom(duplicated.as("d"))
    .select([sql`COUNT(*)`.as("keys"), sql`MIN(${col("d", "example")})`.as("example")])
    .compile();
  return { sql: formatSql(query.sql, dialect), parameters: [...query.parameters] };
}

/** A column to check, with its declared type. */
export interface TypedColumn {
  column: string;
  type: IRColumnType;
  /**
   * Where the column holds a property of some events of a wide table: its name column and
   * those events' stored names. Only their rows are checked (another event may keep
   * another type in the same column).
   */
  events?: { nameColumn: string; names: string[] };
}

/**
 * A query of one row over the first `sample` rows of `table`: per column (in order), how
 * many values are not NULL yet read as missing (`bad_<i>`), one of them (`example_<i>`),
 * and how many of the rows read are the column's to check (`rows_<i>`: all of them, or
 * those of its events). Only meaningful for a dialect that reads values by their declared
 * type (Dialect.storedValue, or ISO text times); `seg run` warns about such columns.
 */
export function compileMistypedValues(table: string[], columns: TypedColumn[], dialect: Dialect, sample: number): CompiledQuery {
  const db = dialect.kysely as unknown as AnyDb;
  const rows = db
    .selectFrom(sql`${sql.id(...table)}`.as("t"))
    .select(columns.flatMap((c, i) => [col("t", c.column).as(`c_${i}`), ...(c.events ? [col("t", c.events.nameColumn).as(`n_${i}`)] : [])]))
    .limit(sample);
  const checks = columns.flatMap((c, i) => {
    const value = col("s", `c_${i}`);
    const name = col("s", `n_${i}`);
    const own = c.events
      ? sql`${dialect.exactText ? dialect.exactText(name) : name} IN (${sql.join(c.events.names.map((n) => raw(dialect.stringLiteral(n))))})`
      : sql`1 = 1`;
    // An enum's other values are read as they are, so `==` and `in` with its values never
    // meet them; they are counted with the values read as missing.
    const outside =
      c.type.kind === "enum"
        ? sql` OR ${dialect.binaryString(columnValue(dialect, value, c.type))} NOT IN (${sql.join(c.type.values.map((v) => raw(dialect.stringLiteral(v))))})`
        : sql``;
    const unread = sql`${own} AND ${value} IS NOT NULL AND (${columnValue(dialect, value, c.type)} IS NULL${outside})`;
    return [
      sql`SUM(CASE WHEN ${unread} THEN 1 ELSE 0 END)`.as(`bad_${i}`),
      sql`MIN(CASE WHEN ${unread} THEN ${value} END)`.as(`example_${i}`),
      sql`SUM(CASE WHEN ${own} THEN 1 ELSE 0 END)`.as(`rows_${i}`),
      sql`SUM(CASE WHEN ${own} AND ${value} IS NOT NULL THEN 1 ELSE 0 END)`.as(`present_${i}`),
    ];
  });
  const query = db.selectFrom(rows.as("s")).select(checks).compile();
  return { sql: formatSql(query.sql, dialect), parameters: [...query.parameters] };
}

/** Entities that have segments, in IR order. */
export function segmentEntities(ir: IRProject): string[] {
  const out: string[] = [];
  for (const s of ir.segments) if (!out.includes(s.entity)) out.push(s.entity);
  return out;
}

/**
 * Membership query as text for files and pull requests: values are inlined as escaped
 * literals, so the only placeholder left is as_of (parameter 1: an ISO-8601 string, or NULL
 * for the engine's current time), as the header comment says.
 */
export function compileMembershipText(ir: IRProject, dialect: Dialect, options: MembershipOptions = {}): string {
  const entity = membershipEntity(ir, options);
  const b = new QueryBuilder(ir, dialect, "literal", options, entity, "param");
  return asOfComment(dialect) + b.membership(membershipSegments(ir, entity, options)).sql + "\n";
}

/**
 * One segment as SQL text: a SELECT of member keys (`emit: "select"`: values inlined, as_of
 * the one placeholder, see compileMembershipText), a `CREATE VIEW` or a dbt model. Views
 * and dbt models have no parameters: as_of is the engine's current time (dbt:
 * `var('as_of')` when set). For bound parameters use compileSegmentQuery.
 */
export function compileSegment(project: IRProject, name: string, dialect: Dialect, options: SegmentOptions = {}): string {
  const emit = options.emit ?? "select";
  const seg = findSegment(project, name);
  const ir = numberedForSegment(project, seg);
  const asOfMode: AsOfMode = emit === "select" ? "param" : emit === "dbt" ? "dbt" : "now";
  const b = new QueryBuilder(ir, dialect, "literal", options, seg.entity, asOfMode, emit === "dbt" && options.dbtSources === true);
  const select = b.segmentSelect(seg).sql;
  const header = headerComment(seg);
  if (emit === "select") return header + asOfComment(dialect) + select + "\n";
  if (emit === "view") return header + createView(dialect, options.viewName ?? [seg.name], select) + ";\n";
  // No config() block: dbt gives a model's own config precedence over dbt_project.yml, where
  // a team sets materialization (a view by default) for all of seg's models at once.
  return escapeJinja(header) + select + "\n";
}

/**
 * Text that dbt's Jinja renders as itself: a `{{`, `{%` or `{#` of seg's (a string literal
 * `"/p/{{slug}}"`, a doc comment) would otherwise be evaluated — `'{{x}}'` rendered as `''`.
 * Applied before seg's own Jinja (config, source(), var('as_of')) is added.
 */
function escapeJinja(text: string): string {
  return text.replace(/\{[{%#]/g, (open) => `{{ '${open}' }}`);
}

/** `{{ source('analytics', 'events') }}` for `analytics.events` (and `db.analytics.events`). */
function dbtSource(table: string[]): string | undefined {
  if (table.length < 2) return undefined;
  const jinja = (text: string): string => `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;
  return `{{ source(${jinja(table[table.length - 2]!)}, ${jinja(table[table.length - 1]!)}) }}`;
}

function asOfComment(dialect: Dialect): string {
  const p = dialect.placeholders === "?" ? "?" : "$1";
  return `-- ${p}: as_of, the evaluation instant as ISO-8601 text (e.g. '2024-03-01T00:00:00.000Z' or '2024-03-01T08:00:00+08:00'; no offset is UTC); NULL means now${dialect.notATime ? "; other text is an error" : ", as does text that is no such time"}\n`;
}

/** One segment as a SELECT of member keys, with its bound parameters. */
export function compileSegmentQuery(
  ir: IRProject,
  name: string,
  dialect: Dialect,
  options: CompileOptions = {},
): CompiledQuery {
  const seg = findSegment(ir, name);
  return new QueryBuilder(numberedForSegment(ir, seg), dialect, "param", options, seg.entity).segmentSelect(seg);
}

/**
 * The project with the aggregates `seg` reads first, in the order its condition (and the
 * segments it names, depth first) reads them: internal names are numbered from them
 * (`count_1`, `seg_sequence_2`), so a segment's SQL does not change when another segment
 * is added, or a file moved, elsewhere in the project.
 */
function numberedForSegment(ir: IRProject, seg: IRSegment): IRProject {
  /** Aggregate ids in first-use order (a Set keeps its insertion order). */
  const used = new Set<string>();
  const visited = new Set<string>();
  const visit = (s: IRSegment): void => {
    if (visited.has(s.name)) return;
    visited.add(s.name);
    walkCond(
      s.condition,
      (e) => {
        if (e.k === "agg") used.add(e.id);
      },
      (c) => {
        const named = c.k === "segment" ? ir.segments.find((x) => x.name === c.name) : undefined;
        if (named) visit(named);
      },
    );
  };
  visit(seg);
  const byId = new Map(ir.aggregates.map((a) => [a.id, a]));
  const first = [...used].flatMap((id) => byId.get(id) ?? []);
  return { ...ir, aggregates: [...first, ...ir.aggregates.filter((a) => !used.has(a.id))] };
}

function findSegment(ir: IRProject, name: string): IRSegment {
  const seg = ir.segments.find((s) => s.name === name);
  if (!seg) {
    const names = ir.segments.map((s) => s.name).join(", ");
    throw new SqlCompileError(`unknown segment "${name}"${names ? ` (segments: ${names})` : ""}`);
  }
  return seg;
}

function headerComment(seg: IRSegment): string {
  const lines = [`segment ${seg.name}`];
  if (seg.doc) lines.push(...seg.doc.split(/\r\n|\r|\n/));
  if (seg.owner) lines.push(`owner: ${seg.owner}`);
  return lines.map((l) => `-- ${commentSafe(l)}`.trimEnd()).join("\n") + "\n";
}

/**
 * One line of a `--` comment, with every character that could end it (engines end a line
 * comment at CR or LF; U+2028 and other controls are escaped too) written as an escape: an
 * owner `"growth\nDROP TABLE users; --"` must stay inside the comment.
 */
function commentSafe(line: string): string {
  return line.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

// ---------------------------------------------------------------------------------------
// The builder

type ValueMode = "param" | "literal";
type AsOfMode = "param" | "now" | "dbt";
// The compile-only databases have dynamic table names: Kysely's typed builder cannot know
// them, so the builder works on an untyped view of the instance.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySelect = SelectQueryBuilder<any, any, any>;
type Compilable = { compile(): { sql: string; parameters: readonly unknown[] } };

/**
 * The start of the names of dbt placeholders (as_of, sources), replaced by Jinja after
 * formatting: one that occurs nowhere in the project (its names, strings, tables), so that
 * the replacement meets only the placeholders.
 */
function dbtPlaceholderPrefix(ir: IRProject): string {
  const text = JSON.stringify(ir);
  let prefix = "seg_dbt_";
  for (let n = 2; text.includes(prefix); n++) prefix = `seg_dbt${n}_`;
  return prefix;
}

const FACTS = "f"; // alias of the row in seg_facts / seg_level_N
const PARAMS = "p"; // alias of seg_params

/** How an expression refers to event properties: a row alias of seg_events + the event. */
interface EventScope {
  alias: string;
  event: string | null;
}

interface NeededProperty {
  event: IREventType;
  prop: IRProperty;
  column: string;
}

class QueryBuilder {
  private readonly db: AnyDb;
  private readonly entity: IREntity;
  private readonly resolveTable: (t: string[]) => string[];
  private readonly aggById = new Map<string, { agg: IRAggregate; index: number }>();
  /** aggregate id → facts column */
  private readonly aggColumn = new Map<string, string>();
  /** "via.name" → facts column; `name` null: the key of the related entity at `via` */
  private readonly attrColumns = new Map<string, { via: string[]; name: string | null; column: string }>();
  /** as_of offsets (ms) of time references: computed once in seg_params (see twoPasses) */
  private readonly bounds = new Set<number>();
  private boundsKnown = false;
  /** aggregate id → the aggregates CTE (and its alias in seg_facts) that computes it */
  private readonly aggSource = new Map<string, { cte: string; alias: string }>();
  /** "event\0prop" → seg_events column */
  private readonly propColumns = new Map<string, NeededProperty>();
  private prefixForDbt: string | undefined;
  /** A dbt placeholder (`dbtPlaceholderPrefix`). */
  private dbtPlaceholder(name: string): string {
    this.prefixForDbt ??= dbtPlaceholderPrefix(this.ir);
    return this.prefixForDbt + name;
  }
  /** dbt `source()` Jinja → its placeholder in the query (see `table`). */
  private readonly sourcePlaceholders = new Map<string, string>();
  /** References to seg_params built so far (see joinParamsIfRead). */
  private paramReads = 0;

  constructor(
    private readonly ir: IRProject,
    private readonly d: Dialect,
    private readonly mode: ValueMode,
    private readonly options: CompileOptions,
    entityName: string,
    private readonly asOfMode: AsOfMode = mode === "param" ? "param" : "now",
    private readonly dbtSources = false,
  ) {
    this.db = d.kysely as unknown as AnyDb;
    const entity = ir.entities.find((e) => e.name === entityName);
    if (!entity) throw new SqlCompileError(`unknown entity "${entityName}"`);
    this.entity = entity;
    this.resolveTable = options.resolveTable ?? ((t) => t);
    ir.aggregates.forEach((agg, index) => this.aggById.set(agg.id, { agg, index }));
  }

  /**
   * A table as the query reads it: its (resolved) name, or in a dbt model with sources a
   * placeholder that `finish` replaces with `{{ source(…) }}` after formatting (Jinja is no
   * SQL the formatter reads), as it does for as_of.
   */
  private table(name: string[]): Sql {
    const source = this.dbtSources ? dbtSource(name) : undefined;
    if (source === undefined) return sql`${sql.id(...this.resolveTable(name))}`;
    let placeholder = this.sourcePlaceholders.get(source);
    if (placeholder === undefined) this.sourcePlaceholders.set(source, (placeholder = this.dbtPlaceholder(`source_${this.sourcePlaceholders.size + 1}_`)));
    return raw(placeholder);
  }

  // ----- entry points

  membership(segments: IRSegment[]): CompiledQuery {
    return this.twoPasses(() => this.membershipQuery(segments));
  }

  segmentSelect(seg: IRSegment): CompiledQuery {
    return this.twoPasses(() => this.segmentQuery(seg));
  }

  /**
   * Builds the query twice: the first pass collects the as_of offsets in use (window
   * bounds such as `as_of - 30 days`), which the second computes once in seg_params.
   */
  private twoPasses(build: () => Compilable): CompiledQuery {
    build();
    this.boundsKnown = true;
    return this.finish(build());
  }

  private membershipQuery(segments: IRSegment[]): Compilable {
    const closure = this.closure(segments);
    const { query, levels } = this.buildLevels(closure, closure);
    const from = levels > 0 ? `seg_level_${levels}` : "seg_facts";
    const final = query
      .selectFrom(`${from} as ${FACTS}`)
      .select(col(FACTS, "entity_key").as(this.entity.key.name))
      .select(segments.map((s) => col(FACTS, segColumn(s.name)).as(s.name)))
      .orderBy(col(FACTS, "entity_key"));
    return final;
  }

  private segmentQuery(seg: IRSegment): Compilable {
    const deps = this.closure(seg.dependsOn.map((n) => findSegment(this.ir, n)));
    const { query, levels } = this.buildLevels(deps, [...deps, seg]);
    const from = levels > 0 ? `seg_level_${levels}` : "seg_facts";
    let final = query
      .selectFrom(`${from} as ${FACTS}`)
      .select(col(FACTS, "entity_key").as(this.entity.key.name));
    if (this.usesAsOf(seg.condition)) final = final.crossJoin(`seg_params as ${PARAMS}`);
    return final.where(pred(this.cond(seg.condition, null))).orderBy(col(FACTS, "entity_key"));
  }

  private finish(query: Compilable): CompiledQuery {
    const compiled = query.compile();
    let text = formatSql(compiled.sql, this.d);
    if (this.asOfMode === "dbt") text = escapeJinja(text).split(this.dbtPlaceholder("as_of")).join(this.dbtAsOf());
    for (const [jinja, placeholder] of this.sourcePlaceholders) text = text.split(placeholder).join(jinja);
    const parameters = [...compiled.parameters];
    if (this.asOfMode === "param") parameters[0] = normalizeIso(this.options.asOf);
    return { sql: text, parameters };
  }

  private dbtAsOf(): string {
    return `{% if var('as_of', none) %}'{{ var("as_of") }}'{% else %}NULL{% endif %}`;
  }

  /** The segments plus every segment they depend on, in IR (topological) order. */
  private closure(segments: IRSegment[]): IRSegment[] {
    const names = new Set<string>();
    const visit = (s: IRSegment): void => {
      if (names.has(s.name)) return;
      names.add(s.name);
      for (const dep of s.dependsOn) visit(findSegment(this.ir, dep));
    };
    segments.forEach(visit);
    return this.ir.segments.filter((s) => names.has(s.name));
  }

  // ----- the CTE chain

  /**
   * params, events, aggregates, sequences, facts, and one CTE per dependency level holding
   * `computed` segments. `used` are the segments whose conditions decide what facts exist.
   */
  private buildLevels(computed: IRSegment[], used: IRSegment[]): { query: AnyDb; levels: number } {
    // What the conditions need.
    const aggIds: string[] = [];
    for (const s of used) this.collectCond(s.condition, aggIds);
    const aggs = this.orderAggregates(aggIds);
    aggs.forEach((agg) => this.aggColumn.set(agg.id, aggColumnName(agg, this.aggById.get(agg.id)!.index)));
    for (const agg of aggs) this.collectAggProps(agg);

    let q: AnyDb = withCte(this.db, "seg_params", () => this.paramsQuery(), this.d.inlineParams ? "inline" : undefined);

    const eventAggs = aggs.filter((a): a is Extract<IRAggregate, { kind: "events" }> => a.kind === "events");
    const sequences = aggs.filter((a): a is Extract<IRAggregate, { kind: "sequence" }> => a.kind === "sequence");
    const ranked = eventAggs.filter((a) => this.isRanked(a));
    const plain = eventAggs.filter((a) => !this.isRanked(a));
    // Each consumer reads its own slice of the events (only the event names and properties
    // it uses), so no CTE over all events is shared: engines that inline CTEs (MySQL,
    // MariaDB, SQLite) would re-read it per reference, and the others would materialise it.
    // Where the dialect prefers it (Dialect.aggregateBranchPerEvent), one branch per event
    // name: a GROUP BY entity over that event's rows only, computing every aggregate of that
    // event together (a row evaluates only its own event's aggregates and extracts only its
    // own event's properties); `any`-event aggregates share one branch over all rows.
    // Otherwise one shared pass over the rows of all the events they read.
    this.aggSource.clear();
    const groups = this.d.aggregateBranchPerEvent ? eventGroups(plain) : plain.length > 0 ? [{ event: null, aggs: plain }] : [];
    groups.forEach((group, i) => {
      const n = this.d.aggregateBranchPerEvent ? `_${i + 1}` : "";
      const [events, aggregates] = [`seg_events${n}`, `seg_aggregates${n}`];
      q = withCte(q, events, () => this.eventsQuery(group.aggs));
      q = withCte(q, aggregates, () => this.aggregatesQuery(group.aggs, events, undefined, group.event !== null));
      for (const a of group.aggs) this.aggSource.set(a.id, { cte: aggregates, alias: `agg${n}` });
    });
    if (ranked.length > 0 && this.d.rankedValueByRowNumber) {
      ranked.forEach((a, i) => {
        const name = `seg_ranked_${i + 1}`;
        q = withCte(q, name, () => this.rankedValueQuery(a));
        this.aggSource.set(a.id, { cte: name, alias: `ranked_${i + 1}` });
      });
    } else if (ranked.length > 0) {
      // Read twice (times, then values): materialised where the dialect can, so the event
      // table is scanned once.
      q = withCte(q, "seg_ranked_events", () => this.rankedEventsQuery(ranked), this.d.materializedCte);
      q = withCte(q, "seg_ranked", () => this.rankedQuery(ranked));
      q = withCte(q, "seg_ranked_aggregates", () => this.aggregatesQuery(ranked, "seg_ranked_events", "seg_ranked"));
      for (const a of ranked) this.aggSource.set(a.id, { cte: "seg_ranked_aggregates", alias: "ranked" });
    }
    if (sequences.length > 0) {
      q = withCte(q, "seg_sequence_events", () => this.eventsQuery(sequences), this.d.materializedCte);
      for (const s of sequences) q = this.sequenceCtes(q, s, "seg_sequence_events");
    }
    q = withCte(q, "seg_facts", () => this.factsQuery(eventAggs, sequences));

    // Levels: a segment sits one level above the highest segment it references.
    const level = new Map<string, number>();
    for (const s of computed) {
      level.set(s.name, 1 + Math.max(0, ...s.dependsOn.map((dep) => level.get(dep) ?? 0)));
    }
    const levels = Math.max(0, ...level.values());
    for (let l = 1; l <= levels; l++) {
      const here = computed.filter((s) => level.get(s.name) === l);
      const from = l === 1 ? "seg_facts" : `seg_level_${l - 1}`;
      const needsAsOf = here.some((s) => this.usesAsOf(s.condition));
      q = withCte(q, `seg_level_${l}`, () => {
        let sel: AnySelect = this.db.selectFrom(`${from} as ${FACTS}`).selectAll(FACTS);
        if (needsAsOf) sel = sel.crossJoin(`seg_params as ${PARAMS}`);
        return sel.select(
          here.map((s) => this.d.booleanColumn(this.cond(s.condition, null)).as(segColumn(s.name))),
        );
      });
    }
    return { query: q, levels };
  }

  /** One row: as_of, and each as_of offset in use (nearest first) as `as_of_minus_30d` … */
  private paramsQuery(): AnySelect {
    const asOf = this.asOfQuery();
    const bounds = this.boundsKnown ? [...this.bounds].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b) : [];
    if (bounds.length === 0) return asOf;
    // as_of is read once (one placeholder); the bounds are computed from it.
    return this.db
      .selectFrom(asOf.as("x"))
      .select(col("x", "as_of").as("as_of"))
      .select(bounds.map((ms) => this.d.addMs(col("x", "as_of"), ms).as(boundColumn(ms))));
  }

  /**
   * One row, `as_of`. The given text (a bound parameter, dbt's `var("as_of")`) is read once
   * and parsed by Dialect.isoTextTime, as the JS backend parses asOf: a `Z` or numeric
   * offset on every engine, none as UTC, whatever the session's time zone. NULL means now;
   * text that is no ISO-8601 time stops the query where the engine can (Dialect.notATime),
   * else it means now. The parse is a scalar subquery, evaluated once: inlined into the
   * event scans' filters (PostgreSQL's seg_params is NOT MATERIALIZED; SQLite flattens it)
   * it ran for every event row (SQLite's membership query 41 → 143 s at 100k users).
   */
  private asOfQuery(): AnySelect {
    if (this.asOfMode === "now") return this.db.selectNoFrom(this.d.now().as("as_of"));
    const given = this.asOfMode === "param" ? sql.val(null) : raw(this.dbtPlaceholder("as_of"));
    const text = this.db.selectNoFrom((this.d.stringValue?.(given) ?? given).as("as_of_text"));
    const textColumn = col("seg_as_of", "as_of_text");
    const refused = this.d.notATime ? sql`CASE WHEN ${textColumn} IS NOT NULL THEN ${this.d.notATime(textColumn)} END, ` : sql``;
    const asOf = sql`COALESCE(${this.d.isoTextTime(textColumn)}, ${refused}${this.d.now()})`;
    const parsed = this.db.selectFrom(text.as("seg_as_of")).select(asOf.as("as_of"));
    return this.db.selectNoFrom(sql`(${parsed})`.as("as_of"));
  }

  /** Aggregates in IR order (deterministic), deduplicated. */
  private orderAggregates(ids: string[]): IRAggregate[] {
    const set = new Set(ids);
    return this.ir.aggregates.filter((a) => set.has(a.id) && a.entity === this.entity.name);
  }

  // ----- events

  private sources(): IREventSource[] {
    return this.ir.eventSources.filter((s) => s.entity === this.entity.name);
  }

  private eventType(name: string): IREventType {
    const ev = this.ir.events.find((e) => e.name === name);
    if (!ev) throw new SqlCompileError(`unknown event "${name}"`);
    return ev;
  }

  private selectors(agg: IRAggregate): IREventSelector[] {
    return agg.kind === "events" ? [agg.select] : agg.steps.map((s) => s.select);
  }

  /** The seg_events columns of the properties `aggs` read, in first-use order of the query. */
  private propsOf(aggs: IRAggregate[]): NeededProperty[] {
    const keys = new Set<string>();
    const add = (e: IRExpr, event: string | null): void =>
      forEachExpr(e, (x) => {
        if (x.k === "prop" && event !== null) keys.add(`${event}\u0000${x.name}`);
      });
    for (const agg of aggs) {
      for (const sel of this.selectors(agg)) if (sel.filter) forEachExprInCond(sel.filter, (e) => add(e, sel.event));
      if (agg.kind === "events" && agg.value) add(agg.value, agg.select.event);
    }
    return [...this.propColumns.entries()].filter(([k]) => keys.has(k)).map(([, v]) => v);
  }

  private collectAggProps(agg: IRAggregate): void {
    for (const sel of this.selectors(agg)) {
      if (sel.filter) this.collectProps(sel.filter, sel.event);
    }
    if (agg.kind === "events" && agg.value) this.collectPropsExpr(agg.value, agg.select.event);
  }

  private collectProps(c: IRCond, event: string | null): void {
    forEachExprInCond(c, (e) => this.collectPropsExpr(e, event));
  }

  private collectPropsExpr(e: IRExpr, event: string | null): void {
    forEachExpr(e, (x) => {
      if (x.k !== "prop") return;
      if (event === null) throw new SqlCompileError(`property "${x.name}" used on \`any\` event`);
      this.propColumn(event, x.name);
    });
  }

  private propColumn(event: string, prop: string): string {
    const key = `${event}\u0000${prop}`;
    const known = this.propColumns.get(key);
    if (known) return known.column;
    const ev = this.eventType(event);
    const p = ev.properties.find((x) => x.name === prop);
    if (!p) throw new SqlCompileError(`event "${event}" has no property "${prop}"`);
    const column = freeColumnName(`${event}__${prop}`, this.propColumns.values());
    this.propColumns.set(key, { event: ev, prop: p, column });
    return column;
  }

  /**
   * UNION ALL of the event tables `aggs` read, normalised to (entity_key, t, event, props…):
   * only the events and properties they use, only events at or before as_of.
   */
  private eventsQuery(aggs: IRAggregate[]): AnySelect {
    const anyEvent = aggs.some((a) => this.selectors(a).some((s) => s.event === null));
    const neededEvents = new Set<string>();
    for (const a of aggs) for (const s of this.selectors(a)) if (s.event !== null) neededEvents.add(s.event);
    const props = this.propsOf(aggs);

    let union: AnySelect | undefined;
    for (const source of this.sources()) {
      const events = this.ir.events.filter((e) => e.source === source.id && e.entity === this.entity.name);
      const used = events.filter((e) => neededEvents.has(e.name));
      if (!anyEvent && used.length === 0) continue;
      const e = "e";
      const ecol = (c: string): Sql => col(e, c);
      const time = this.d.timeColumn(ecol(source.timeColumn), source.timeStorage);

      let eventName: Sql;
      let nameFilter: Sql | undefined;
      if (source.nameColumn === undefined) {
        const only = events[0];
        eventName = only ? this.schemaString(only.name) : sql`NULL`;
      } else {
        const nameCol = this.eventNameColumn(e, source.nameColumn);
        // Rows of every name are read for `any`; one that is none of this table's events gets
        // a name no event has (eventNameReading): "" here, NULL when names are mapped.
        const reading = eventNameReading(this.ir, source);
        const others = reading.otherEventNames;
        eventName = reading.storedAsNamed
          ? anyEvent && others.length > 0
            ? sql`CASE WHEN ${nameCol} IN (${sql.join(others.map((name) => this.schemaString(name)))}) THEN ${this.schemaString("")} ELSE ${nameCol} END`
            : nameCol
          : sql`CASE ${nameCol} ${sql.join(
              [...reading.byStoredName].map(([stored, ev]) => sql`WHEN ${this.schemaString(stored)} THEN ${this.schemaString(ev.name)}`),
              sql` `,
            )} END`;
        if (!anyEvent) {
          nameFilter = this.eventNameIn(nameCol, used);
        }
      }

      const columns: Sql[] = [
        this.entityKey(ecol(source.entityColumn)),
        time,
        eventName,
        // Read a property only on rows of its own event when rows of other events are present:
        // they may hold a value of another type under the same JSON key, which a cast rejects.
        ...props.map((p) =>
          p.event.source !== source.id
            ? (this.d.typedNull?.(p.prop.type.kind === "enum" ? "string" : p.prop.type.kind) ?? sql`NULL`)
            : source.nameColumn !== undefined && (anyEvent || used.length > 1)
              ? sql`CASE WHEN ${this.eventNameColumn(e, source.nameColumn)} = ${this.schemaString(p.event.nameValue ?? p.event.name)} THEN ${this.propertyValue(source, p.prop, e)} END`
              : this.propertyValue(source, p.prop, e),
        ),
      ];
      const names = ["entity_key", "t", "event", ...props.map((p) => p.column)];
      let branch = this.db
        .selectFrom(this.table(source.table).as(e))
        .crossJoin(`seg_params as ${PARAMS}`)
        .select(columns.map((c, i) => c.as(names[i]!)));
      if (nameFilter) branch = branch.where(pred(nameFilter));
      branch = branch.where(pred(sql`${time} <= ${this.asOfRef()}`));
      if (!anyEvent) {
        const windowed = this.windowedEvents(aggs, used, source, time);
        if (windowed) branch = branch.where(pred(windowed));
      }
      union = union === undefined ? branch : union.unionAll(branch);
    }
    if (union === undefined) {
      throw new SqlCompileError(`entity "${this.entity.name}" has no event table for the events it uses`);
    }
    return union;
  }

  /**
   * Leaves out early the rows no aggregate can count: when every reader of an event looks
   * only after some instant (`in last 30 days`), that event's older rows. Undefined when
   * nothing can be left out. Per event the earliest of its readers' lower bounds.
   */
  private windowedEvents(aggs: IRAggregate[], used: IREventType[], source: IREventSource, time: Sql): Sql | undefined {
    const bounds = new Map<string, IRTimeRef | null>();
    for (const a of aggs) {
      // A later step of a sequence counts only after the first step's window opens.
      const selectors = this.selectors(a);
      const opens = selectors[0]!.window.after;
      for (const sel of selectors) {
        if (sel.event === null) continue;
        const after = sel.window.after ?? opens;
        const known = bounds.get(sel.event);
        bounds.set(sel.event, known === undefined ? (after ?? null) : earliest(known, after));
      }
    }
    const unbounded: IREventType[] = [];
    const byBound = new Map<string, { after: IRTimeRef; events: IREventType[] }>();
    for (const ev of used) {
      const after = bounds.get(ev.name) ?? null;
      if (after === null) {
        unbounded.push(ev);
        continue;
      }
      const key = JSON.stringify(after);
      const group = byBound.get(key) ?? { after, events: [] };
      group.events.push(ev);
      byBound.set(key, group);
    }
    if (byBound.size === 0) return undefined;
    if (unbounded.length === 0 && byBound.size === 1) {
      return sql`${time} > ${this.timeRef([...byBound.values()][0]!.after)}`;
    }
    // Several events with different bounds: the table has an event-name column.
    const nameCol = this.eventNameColumn("e", source.nameColumn!);
    const parts = [
      ...(unbounded.length > 0 ? [this.eventNameIn(nameCol, unbounded)] : []),
      ...[...byBound.values()].map((g) => sql`(${this.eventNameIn(nameCol, g.events)} AND ${time} > ${this.timeRef(g.after)})`),
    ];
    return sql`(${sql.join(parts, sql` OR `)})`;
  }

  /** Two string keys equal by exact comparison (Dialect.exactKeyEquals, Dialect.exactText). */
  private exactKeysEqual(a: Sql, b: Sql): Sql {
    if (this.d.exactKeyEquals) return this.d.exactKeyEquals(a, b);
    return this.d.exactText ? sql`${this.d.exactText(a)} = ${this.d.exactText(b)}` : sql`${a} = ${b}`;
  }

  /**
   * An event table's name column, compared exactly (Dialect.exactText): `Login` and
   * `login ` are no `login` event, also on MariaDB. seg_events passes it on as `event`.
   */
  private eventNameColumn(alias: string, column: string): Sql {
    const stored = col(alias, column);
    return this.d.exactText ? this.d.exactText(stored) : stored;
  }

  /** `name IN (…)` over the stored names of these events. */
  private eventNameIn(nameCol: Sql, events: IREventType[]): Sql {
    return sql`${nameCol} IN (${sql.join(events.map((ev) => this.schemaString(ev.nameValue ?? ev.name)))})`;
  }

  private propertyValue(source: IREventSource, prop: IRProperty, alias: string): Sql {
    const storage = prop.storage;
    if (storage.kind === "column") return this.storedValue(col(alias, storage.column), prop.type);
    if (source.propertiesColumn === undefined) {
      throw new SqlCompileError(`event table "${source.id}" has no properties column for "${prop.name}"`);
    }
    const json = col(alias, source.propertiesColumn);
    if (prop.type.kind === "timestamp") {
      return prop.type.storage === "native" || prop.type.storage === "iso_text"
        ? this.d.isoTextTime(this.d.jsonProperty(json, storage.key, "text"))
        : this.d.timeColumn(this.d.jsonProperty(json, storage.key, "number"), prop.type.storage);
    }
    return this.d.jsonProperty(json, storage.key, jsonType(prop.type));
  }

  /** Does this selector's event match in row `alias` (event, filter, window). */
  private match(sel: IREventSelector, alias: string): Sql {
    return this.matchIn(sel, alias, false) ?? raw(this.d.booleanLiteral(true));
  }

  /** `match`, or undefined when every row matches; `eventImplied`: rows are of sel's event. */
  private matchIn(sel: IREventSelector, alias: string, eventImplied: boolean): Sql | undefined {
    const parts: Sql[] = [];
    if (sel.event !== null && !eventImplied) parts.push(sql`${col(alias, "event")} = ${this.schemaString(sel.event)}`);
    if (sel.filter) parts.push(this.cond(sel.filter, { alias, event: sel.event }));
    parts.push(...this.windowParts(sel.window, col(alias, "t")));
    return parts.length === 0 ? undefined : sql.join(parts, sql` AND `);
  }

  private windowParts(w: IRWindow, t: Sql): Sql[] {
    const out: Sql[] = [];
    if (w.after) out.push(sql`${t} > ${this.timeRef(w.after)}`);
    // `until as_of` (or later) holds for every row: the event CTEs keep only t <= as_of.
    const implied = w.until?.k === "asOf" && w.until.offsetMs >= 0;
    if (w.until && !implied) out.push(sql`${t} <= ${this.timeRef(w.until)}`);
    if (w.before) out.push(sql`${t} < ${this.timeRef(w.before)}`);
    return out;
  }

  /**
   * A first/last value computed in its own pass (seg_ranked…), not in the plain passes:
   * where the dialect has no one-aggregate form (Dialect.extremeValue).
   */
  private isRanked(a: IRAggregate): boolean {
    return a.kind === "events" && (a.fn === "firstValue" || a.fn === "lastValue") && !this.d.extremeValue;
  }

  /**
   * One first/last value by ROW_NUMBER() over its own events (Dialect.rankedValueByRowNumber):
   * per entity the matching event with the latest (first: earliest) time and, among events
   * at that instant, the largest (first: smallest) present value, as MAX (MIN) of the values
   * at the extreme time gives in the other form; missing only when every event there lacks it.
   */
  private rankedValueQuery(a: Extract<IRAggregate, { kind: "events" }>): AnySelect {
    const events = this.eventsQuery([a]).as("ev");
    const direction = raw(a.fn === "lastValue" ? "DESC" : "ASC");
    const ranked = this.joinParamsIfRead(() => {
      const v = this.orderable(a, this.aggregateValue(a, { alias: "ev", event: a.select.event }));
      const order = sql`${col("ev", "t")} ${direction}, CASE WHEN ${v} IS NULL THEN 1 ELSE 0 END, ${v} ${direction}`;
      const q = this.db
        .selectFrom(events)
        .select(col("ev", "entity_key").as("entity_key"))
        .select(v.as("v"))
        .select(sql`ROW_NUMBER() OVER (PARTITION BY ${col("ev", "entity_key")} ORDER BY ${order})`.as("rn"));
      const only = this.matchIn(a.select, "ev", a.select.event !== null);
      return only ? q.where(pred(only)) : q;
    });
    return this.db
      .selectFrom(ranked.as("x"))
      .select(col("x", "entity_key").as("entity_key"))
      .select(col("x", "v").as(this.aggColumn.get(a.id)!))
      .where(pred(sql`${col("x", "rn")} = 1`));
  }

  /** The events of first/last-value aggregates: only rows matching one of them. */
  private rankedEventsQuery(ranked: Extract<IRAggregate, { kind: "events" }>[]): AnySelect {
    const events = this.eventsQuery(ranked).as("ev");
    return this.joinParamsIfRead(() => {
      const any = uniqueSelectors(ranked.map((a) => a.select)).map((sel) => sql`(${this.match(sel, "ev")})`);
      return this.db
        .selectFrom(events)
        .selectAll("ev")
        .where(pred(any.length === 1 ? any[0]! : sql`(${sql.join(any, sql` OR `)})`));
    });
  }

  /**
   * The earliest/latest matching time per entity and first/last-value aggregate (a GROUP
   * BY, not a window: MariaDB's window functions were 10x slower on the same rows).
   */
  private rankedQuery(ranked: Extract<IRAggregate, { kind: "events" }>[]): AnySelect {
    return this.joinParamsIfRead(() =>
      this.db
        .selectFrom("seg_ranked_events as ev")
        .select(col("ev", "entity_key").as("entity_key"))
        .select(
          ranked.map((a) => {
            const fn = a.fn === "firstValue" ? sql`MIN` : sql`MAX`;
            return sql`${fn}(CASE WHEN ${this.match(a.select, "ev")} THEN ${col("ev", "t")} END)`.as(
              rankColumn(this.aggColumn.get(a.id)!),
            );
          }),
        )
        .groupBy(col("ev", "entity_key")),
    );
  }

  /**
   * GROUP BY entity over `from` (joined to `ranks`, the times of first/last values).
   * `oneEvent`: `from` holds only the rows of the aggregates' one event (no event test).
   */
  private aggregatesQuery(
    aggs: Extract<IRAggregate, { kind: "events" }>[],
    from: string,
    ranks?: string,
    oneEvent = false,
  ): AnySelect {
    let q: AnySelect = this.db.selectFrom(`${from} as ev`);
    // Grouped by the ranks' key, the same key (inner join): grouped by the events' key,
    // MariaDB turned the query into a lateral derived table (split_materialized) that
    // computed `ranks` again for every entity, minutes for 23,570 CDNOW customers.
    const key = ranks ? col("rk", "entity_key") : col("ev", "entity_key");
    if (ranks) {
      q = q.innerJoin(`${ranks} as rk`, (join) => join.on(pred(sql`${col("rk", "entity_key")} = ${col("ev", "entity_key")}`)));
    }
    return this.joinParamsIfRead(() =>
      q
        .select(key.as("entity_key"))
        .select(aggs.map((a) => this.aggregateExpr(a, oneEvent).as(this.aggColumn.get(a.id)!)))
        .groupBy(key),
    );
  }

  private aggregateExpr(a: Extract<IRAggregate, { kind: "events" }>, oneEvent = false): Sql {
    const only = this.matchIn(a.select, "ev", oneEvent);
    const m = only ?? raw(this.d.booleanLiteral(true));
    const scope: EventScope = { alias: "ev", event: a.select.event };
    const value = (): Sql => this.aggregateValue(a, scope);
    const orderable = (v: Sql): Sql => this.orderable(a, v);
    const t = col("ev", "t");
    /**
     * fn(x) over the rows where `when` holds: `fn(x) FILTER (WHERE when)` where the dialect
     * has FILTER (the engine skips the other rows), else `fn(CASE WHEN when THEN x END)`.
     */
    const over = (fn: Sql, x: Sql, when: Sql | undefined = only): Sql =>
      when === undefined
        ? sql`${fn}(${x})`
        : this.d.aggregateFilter
          ? sql`${fn}(${x}) FILTER (WHERE ${when})`
          : sql`${fn}(CASE WHEN ${when} THEN ${x} END)`;
    const distinct = (x: Sql): Sql =>
      only === undefined
        ? sql`COUNT(DISTINCT ${x})`
        : this.d.aggregateFilter
          ? sql`COUNT(DISTINCT ${x}) FILTER (WHERE ${m})`
          : sql`COUNT(DISTINCT CASE WHEN ${m} THEN ${x} END)`;
    switch (a.fn) {
      case "count":
        if (only === undefined) return sql`COUNT(*)`;
        return this.d.aggregateFilter ? sql`COUNT(*) FILTER (WHERE ${m})` : sql`COUNT(CASE WHEN ${m} THEN 1 END)`;
      case "sum":
        return over(sql`SUM`, this.d.toDouble(value()));
      case "avg":
        return over(sql`AVG`, this.d.toDouble(value()));
      case "min":
        return over(sql`MIN`, orderable(value()));
      case "max":
        return over(sql`MAX`, orderable(value()));
      case "distinct":
        return distinct(orderable(value()));
      case "activeDays": {
        const after = a.select.window.after;
        const bitmask = this.d.dayBitmask;
        // Every counted day lies 0–62 days before as_of's: one bit each (Dialect.dayBitmask).
        if (bitmask && after?.k === "asOf" && after.offsetMs >= -(ACTIVE_DAY_BITS - 1) * 86_400_000) {
          return bitmask.popCount(over(sql`BIT_OR`, bitmask.dayBit(t, this.asOfRef())));
        }
        return distinct(this.d.utcDay(t as unknown as Sql));
      }
      case "firstTime":
        return over(sql`MIN`, t);
      case "lastTime":
        return over(sql`MAX`, t);
      case "firstValue":
      case "lastValue": {
        if (this.d.extremeValue) return this.d.extremeValue(a.fn === "firstValue" ? "first" : "last", orderable(value()), t, only);
        const rank = col("rk", rankColumn(this.aggColumn.get(a.id)!));
        return over(a.fn === "firstValue" ? sql`MIN` : sql`MAX`, orderable(value()), sql`${m} AND ${t} = ${rank}`);
      }
    }
  }

  /** The value an aggregate such as sum or last reads, in `scope`'s row. */
  private aggregateValue(a: Extract<IRAggregate, { kind: "events" }>, scope: EventScope): Sql {
    if (!a.value) throw new SqlCompileError(`aggregate "${a.id}" (${a.fn}) has no value`);
    return this.expr(a.value, scope);
  }

  /** A value MIN/MAX/DISTINCT/ORDER BY can order: code-point strings, 0/1 booleans. */
  private orderable(a: Extract<IRAggregate, { kind: "events" }>, v: Sql): Sql {
    const valueType = a.value ? exprType(a.value) : a.type;
    return valueType === "string" ? this.d.binaryString(v) : valueType === "boolean" ? sql`CASE WHEN ${v} THEN 1 WHEN NOT ${v} THEN 0 END` : v;
  }

  private sequenceCte(s: IRAggregate): string {
    return `seg_sequence_${this.aggById.get(s.id)!.index + 1}`;
  }

  /**
   * Entity keys with a matching chain of steps (see IRAggregate "sequence"), found with
   * window functions over the instants of the sequence's events (no self-joins, so the cost
   * does not depend on join estimates or on how many events an entity has):
   *
   *   seg_sequence_N_step_1  one row per (entity, instant) at which some step's event
   *                          happened: flags `step_k` (an event of step k happened then) and
   *                          `reached_1` (= step 1's flag). Instants are distinct per entity.
   *   seg_sequence_N_step_k  adds `reached_k`: step k happened at t and the latest earlier
   *                          instant where step k − 1 was reached (a running MAX over the
   *                          rows before, `ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING`)
   *                          is at least t − within. One window pass per step.
   *   seg_sequence_N         entities where the last positive step was reached; for a
   *                          negated last step, at an instant t with t + within <= as_of
   *                          and no negated-step instant in (t, t + within] (the earliest
   *                          later one: the same running frame in descending time order).
   * Only frames that start UNBOUNDED PRECEDING: every engine computes them incrementally.
   */
  private sequenceCtes(q: AnyDb, s: Extract<IRAggregate, { kind: "sequence" }>, events: string): AnyDb {
    const steps = s.steps;
    if (steps.length < 2) throw new SqlCompileError(`sequence "${s.id}" has fewer than two steps`);
    if (this.d.sequenceTimeBucket && steps.slice(1).every((step) => requireWithin(step.withinMs, s.id) > 0)) {
      return this.sequenceCtesByBuckets(q, s, events, this.d.sequenceTimeBucket);
    }
    const name = this.sequenceCte(s);
    const last = steps[steps.length - 1]!;
    const positive = last.negated ? steps.length - 1 : steps.length;
    const stepCte = (k: number): string => `${name}_step_${k}`;
    const flag = (k: number): string => (k === 1 ? "reached_1" : `step_${k}`);
    const x = (c: string): Sql => col("x", c);
    const y = (c: string): Sql => col("y", c);
    /**
     * The rows of the same entity before this one in time order: the earlier instants, or
     * the later ones when walking back in time; instants are distinct after step 1.
     */
    const before = (backInTime = false): Sql =>
      sql`PARTITION BY ${x("entity_key")} ORDER BY ${x("t")}${backInTime ? sql` DESC` : sql``} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING`;

    // Step 1: the instants of the events of any step, with one flag per step. A later step
    // can only count after the sequence's window opens and at most the sum of the `within`s
    // after it closes: events outside are left out early (they would never be reached).
    const step1 = this.joinParamsIfRead(() => {
      const matches = steps.map((_, i) => this.stepMatch(s, i, "s"));
      const seen = new Set<string>();
      const uniqueMatches = matches.filter((_, i) => {
        const key = JSON.stringify([steps[i]!.select, i === 0 ? -1 : stepSlack(s, i)]);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return this.db
        .selectFrom(`${events} as s`)
        .select([col("s", "entity_key").as("entity_key"), col("s", "t").as("t")])
        .select(matches.map((m, i) => sql`MAX(CASE WHEN ${m} THEN 1 ELSE 0 END)`.as(flag(i + 1))))
        .where(pred(sql`(${sql.join(uniqueMatches.map((m) => sql`(${m})`), sql` OR `)})`))
        .groupBy([col("s", "entity_key"), col("s", "t")]);
    });
    q = withCte(q, stepCte(1), () => step1);
    // Steps 2…: reached when the previous step was reached at most `within` earlier: the
    // latest instant strictly before each row where it was reached (a running MAX over the
    // rows before it; instants are distinct, so "before" is "earlier").
    for (let k = 2; k <= positive; k++) {
      const within = requireWithin(steps[k - 1]!.withinMs, s.id);
      const latest = sql`MAX(CASE WHEN ${x(`reached_${k - 1}`)} = 1 THEN ${x("t")} END) OVER (${before()})`;
      q = withCte(q, stepCte(k), () =>
        this.db
          .selectFrom(`${stepCte(k - 1)} as x`)
          .selectAll("x")
          .select(
            sql`CASE WHEN ${x(`step_${k}`)} = 1 AND ${x("t")} <= ${this.d.addMs(latest, within)} THEN 1 ELSE 0 END`.as(`reached_${k}`),
          ),
      );
    }
    const reached = `reached_${positive}`;
    if (!last.negated) {
      return withCte(q, name, () =>
        this.db
          .selectFrom(`${stepCte(positive)} as x`)
          .select(x("entity_key").as("entity_key"))
          .distinct()
          .where(pred(sql`${x(reached)} = 1`)),
      );
    }
    // Negated last step: the earliest instant strictly after each row with the negated
    // event (a running MIN over the rows after it, walking back in time).
    const within = requireWithin(last.withinMs, s.id);
    const next = this.db
      .selectFrom(`${stepCte(positive)} as x`)
      .select([x("entity_key").as("entity_key"), x("t").as("t"), x(reached).as(reached)])
      .select(
        sql`MIN(CASE WHEN ${x(`step_${steps.length}`)} = 1 THEN ${x("t")} END) OVER (${before(true)})`.as("next_t"),
      )
      .as("y");
    const deadline = this.d.addMs(y("t"), within);
    return withCte(q, name, () =>
      this.db
        .selectFrom(next)
        .crossJoin(`seg_params as ${PARAMS}`)
        .select(y("entity_key").as("entity_key"))
        .distinct()
        .where(pred(sql`${y(reached)} = 1`))
        .where(pred(sql`${deadline} <= ${this.asOfRef()}`))
        .where(pred(sql`(${y("next_t")} IS NULL OR ${y("next_t")} > ${deadline})`)),
    );
  }

  /**
   * Step i's events in row `alias`: its selector and, for a later step, the reach of the
   * first step's window (after it opens, and at most the `within`s up to step i after it
   * closes): events outside could never be reached.
   */
  private stepMatch(s: Extract<IRAggregate, { kind: "sequence" }>, i: number, alias: string): Sql {
    const m = this.match(s.steps[i]!.select, alias);
    if (i === 0) return m;
    const window = s.steps[0]!.select.window;
    const slack = stepSlack(s, i);
    const t = col(alias, "t");
    const bounds: Sql[] = [];
    if (window.after) bounds.push(sql`${t} > ${this.timeRef(window.after)}`);
    const implied = window.until?.k === "asOf" && window.until.offsetMs >= 0;
    if (window.until && !implied) bounds.push(sql`${t} <= ${this.d.addMs(this.timeRef(window.until), slack)}`);
    if (window.before) bounds.push(sql`${t} < ${this.d.addMs(this.timeRef(window.before), slack)}`);
    return bounds.length === 0 ? m : sql.join([m, ...bounds], sql` AND `);
  }

  /**
   * A sequence by time buckets (Dialect.sequenceTimeBucket): hash aggregates and joins, no
   * sort. With buckets of width W = the step's `within`, an earlier instant r is within W
   * before t (t − W <= r < t) exactly when r is in t's bucket and earlier than t, or in the
   * bucket before and at least t − W: two instants of one bucket are less than W apart, and
   * two buckets apart more than W. So per bucket the earliest and latest instant suffice:
   *
   *   seg_sequence_N_reached_1  the instants of step 1's events
   *   seg_sequence_N_buckets_k  per entity and bucket of step k + 1's width: the earliest and
   *                             latest instant where step k was reached
   *   seg_sequence_N_reached_k  step k's events with a step k − 1 instant in reach, found in
   *                             their own bucket and the one before
   *   seg_sequence_N            entities where the last positive step was reached; for a
   *                             negated last step, at an instant r with r + W <= as_of and no
   *                             negated-step event in (r, r + W]: none later in r's bucket and
   *                             none at or before r + W in the next one
   */
  private sequenceCtesByBuckets(
    q: AnyDb,
    s: Extract<IRAggregate, { kind: "sequence" }>,
    events: string,
    bucketOf: (time: Sql, widthMs: number) => Sql,
  ): AnyDb {
    const steps = s.steps;
    const name = this.sequenceCte(s);
    const last = steps[steps.length - 1]!;
    const positive = last.negated ? steps.length - 1 : steps.length;
    const reachedCte = (k: number): string => `${name}_reached_${k}`;
    const bucketsCte = (k: number): string => `${name}_buckets_${k}`;
    const ev = (c: string): Sql => col("s", c);
    /** Earliest and latest instant per entity and bucket of `from`'s rows (matching `where`). */
    const buckets = (from: string, widthMs: number, where?: (alias: string) => Sql): AnySelect =>
      this.joinParamsIfRead(() => {
        const b = bucketOf(ev("t"), widthMs);
        const query = this.db
          .selectFrom(`${from} as s`)
          .select([ev("entity_key").as("entity_key"), b.as("b"), sql`MIN(${ev("t")})`.as("first_t"), sql`MAX(${ev("t")})`.as("last_t")])
          .groupBy([ev("entity_key"), b]);
        return where ? query.where(pred(where("s"))) : query;
      });
    /** `from` LEFT JOINed to `table`'s rows of the same entity in the bucket `offset` away. */
    const joinBucket = (query: AnySelect, table: string, alias: string, widthMs: number, offset: number): AnySelect =>
      query.leftJoin(`${table} as ${alias}`, (join) =>
        join.on(
          pred(
            sql`${col(alias, "entity_key")} = ${ev("entity_key")} AND ${col(alias, "b")} = ${bucketOf(ev("t"), widthMs)}${
              offset === 0 ? sql`` : raw(offset > 0 ? ` + ${offset}` : ` - ${-offset}`)
            }`,
          ),
        ),
      );

    q = withCte(q, reachedCte(1), () =>
      this.joinParamsIfRead(() =>
        this.db
          .selectFrom(`${events} as s`)
          .select([ev("entity_key").as("entity_key"), ev("t").as("t")])
          .where(pred(this.stepMatch(s, 0, "s"))),
      ),
    );
    for (let k = 2; k <= positive; k++) {
      const within = requireWithin(steps[k - 1]!.withinMs, s.id);
      q = withCte(q, bucketsCte(k - 1), () => buckets(reachedCte(k - 1), within));
      q = withCte(q, reachedCte(k), () =>
        this.joinParamsIfRead(() => {
          let query: AnySelect = this.db.selectFrom(`${events} as s`);
          query = joinBucket(query, bucketsCte(k - 1), "same", within, 0);
          query = joinBucket(query, bucketsCte(k - 1), "prev", within, -1);
          return query
            .select([ev("entity_key").as("entity_key"), ev("t").as("t")])
            .where(pred(this.stepMatch(s, k - 1, "s")))
            .where(
              pred(sql`(${col("same", "first_t")} < ${ev("t")} OR ${col("prev", "last_t")} >= ${this.d.addMs(ev("t"), -within)})`),
            );
        }),
      );
    }
    if (!last.negated) {
      return withCte(q, name, () =>
        this.db
          .selectFrom(`${reachedCte(positive)} as s`)
          .select(ev("entity_key").as("entity_key"))
          .distinct(),
      );
    }
    const within = requireWithin(last.withinMs, s.id);
    const negatedBuckets = bucketsCte(steps.length);
    q = withCte(q, negatedBuckets, () => buckets(events, within, (alias) => this.stepMatch(s, steps.length - 1, alias)));
    return withCte(q, name, () => {
      let query: AnySelect = this.db.selectFrom(`${reachedCte(positive)} as s`);
      query = joinBucket(query, negatedBuckets, "same", within, 0);
      query = joinBucket(query, negatedBuckets, "next", within, 1);
      const deadline = this.d.addMs(ev("t"), within);
      return query
        .crossJoin(`seg_params as ${PARAMS}`)
        .select(ev("entity_key").as("entity_key"))
        .distinct()
        .where(pred(sql`${deadline} <= ${this.asOfRef()}`))
        .where(pred(sql`NOT COALESCE(${col("same", "last_t")} > ${ev("t")}, FALSE)`))
        .where(pred(sql`NOT COALESCE(${col("next", "first_t")} <= ${deadline}, FALSE)`));
    });
  }

  // ----- facts

  private factsQuery(
    eventAggs: Extract<IRAggregate, { kind: "events" }>[],
    sequences: Extract<IRAggregate, { kind: "sequence" }>[],
  ): AnySelect {
    const ent = "ent";
    // The tables of the entity and of the related entities it reads, one per distinct
    // relation path, each with the columns read from it.
    // The entity's own key is read as stored: the tables derived from events are matched
    // to it, and an expression over it would cost SQLite its index on the event table.
    // A number key is read as a number (exactKey), as the events' entity column is.
    const ownKey = this.entity.key;
    const root: TableRead = { alias: ent, entity: this.entity, columns: new Set([ownKey.column]), keyColumns: new Map(ownKey.type === "number" ? [[ownKey.column, ownKey.type]] : []) };
    const paths = new Map<string, TableRead>([["", root]]);
    const tableAt = (via: string[]): TableRead => {
      const known = paths.get(via.join("."));
      if (known) return known;
      const parent = tableAt(via.slice(0, -1));
      const relName = via[via.length - 1]!;
      const rel = parent.entity.relations.find((r) => r.name === relName);
      if (!rel) throw new SqlCompileError(`entity "${parent.entity.name}" has no relation "${relName}"`);
      const target = this.ir.entities.find((e) => e.name === rel.target);
      if (!target) throw new SqlCompileError(`unknown entity "${rel.target}"`);
      parent.columns.add(rel.foreignKey);
      parent.keyColumns.set(rel.foreignKey, target.key.type);
      const node: TableRead = {
        alias: `rel_${via.join("__")}`,
        entity: target,
        columns: new Set([target.key.column]),
        keyColumns: new Map([[target.key.column, target.key.type]]),
        joinedTo: { parent, foreignKey: rel.foreignKey },
      };
      paths.set(via.join("."), node);
      return node;
    };

    const selections: Sql[] = [];
    const names: string[] = [];
    selections.push(sql`${col(ent, this.entity.key.column)}`);
    names.push("entity_key");
    for (const a of this.attrColumns.values()) {
      const node = tableAt(a.via);
      const { column, type } = a.name === null ? { column: node.entity.key.column, type: undefined } : attributeColumn(node.entity, a.name);
      node.columns.add(column);
      const ref = col(node.alias, column);
      // The key as a value (`account.id in […]`): keyedRows read it as its key type already.
      selections.push(a.name === null ? keyValue(node.entity, this.d, ref) : this.storedValue(ref, type));
      names.push(a.column);
    }
    // A key names a record only when exactly one row has it: a key on several rows is no
    // entity, and a related record whose key is on several rows is missing (the JS loader
    // reads the tables the same way). Parents come before their children in `paths`.
    let q: AnySelect = this.db.selectFrom(this.keyedRows(root).as(ent));
    for (const node of paths.values()) {
      if (!node.joinedTo) continue;
      const { parent, foreignKey } = node.joinedTo;
      const [targetKey, fk] = [col(node.alias, node.entity.key.column), col(parent.alias, foreignKey)];
      const same = node.entity.key.type === "string" ? this.exactKeysEqual(targetKey, fk) : sql`${targetKey} = ${fk}`;
      q = q.leftJoin(this.keyedRows(node).as(node.alias), (join) =>
        join.on(pred(sql`${same} AND ${col(node.alias, keyRowsColumn(node))} = 1`)),
      );
    }
    const joined = new Set<string>();
    for (const a of eventAggs) {
      const { cte, alias } = this.aggSource.get(a.id)!;
      if (!joined.has(cte)) {
        joined.add(cte);
        q = q.leftJoin(`${cte} as ${alias}`, (join) =>
          join.on(pred(sql`${col(alias, "entity_key")} = ${this.entityKey(col(ent, this.entity.key.column))}`)),
        );
      }
    }
    for (const a of eventAggs) {
      const column = this.aggColumn.get(a.id)!;
      const ref = col(this.aggSource.get(a.id)!.alias, column);
      const zero = a.fn === "count" || a.fn === "sum" || a.fn === "distinct" || a.fn === "activeDays";
      const isBool = (a.value ? exprType(a.value) : a.type) === "boolean" && a.fn !== "count";
      // Sums and averages to 15 significant digits, whatever order the engine added in (compiler/numbers.ts).
      const value = a.fn === "sum" || a.fn === "avg" ? roundedSum(this.d, ref) : ref;
      selections.push(zero ? sql`COALESCE(${value}, 0)` : isBool ? sql`(${value} = 1)` : value);
      names.push(column);
    }
    // Sequences: a key lookup in the (small) set of matching entities. `IN (subquery)` is
    // hashed or indexed by every engine; a LEFT JOIN on the CTE was planned as a nested scan
    // by SQLite when it underestimated the CTE's size.
    const key = this.entityKey(col(ent, this.entity.key.column));
    for (const s of sequences) {
      const members = sql`SELECT ${col("sq", "entity_key")} FROM ${sql.table(this.sequenceCte(s))} AS ${sql.id("sq")}`;
      selections.push(this.d.booleanColumn(sql`${key} IN (${members})`));
      names.push(this.aggColumn.get(s.id)!);
    }
    return q.select(selections.map((s, i) => s.as(names[i]!))).where(pred(sql`${col(ent, keyRowsColumn(root))} = 1`));
  }

  /**
   * The rows of `node`'s table that have a key, with the columns read from it and the
   * number of rows that have the same key (keyRowsColumn). A row without a key is no
   * entity: it cannot be named as a member (the JS loader skips such rows too).
   */
  private keyedRows(node: TableRead): AnySelect {
    const t = "t";
    /** Related keys and foreign keys as their key's type (Dialect.storedValue), so that they match. */
    const read = (c: string): Sql => {
      const keyType = node.keyColumns.get(c);
      return keyType && this.d.storedValue ? this.d.storedValue(col(t, c), keyType) : col(t, c);
    };
    const key = read(node.entity.key.column);
    return this.db
      .selectFrom(this.table(node.entity.table).as(t))
      .select([...node.columns].map((c) => read(c).as(c)))
      .select(sql`COUNT(*) OVER (PARTITION BY ${exactKey(node.entity, this.d, key)})`.as(keyRowsColumn(node)))
      .where(pred(sql`${key} IS NOT NULL`));
  }

  // ----- conditions and expressions

  /** Collects aggregate ids and attribute paths a condition needs. */
  private collectCond(c: IRCond, aggIds: string[]): void {
    forEachExprInCond(c, (e) => this.collectExpr(e, aggIds));
  }

  private collectExpr(e: IRExpr, aggIds: string[]): void {
    forEachExpr(e, (x) => {
      if (x.k === "agg") {
        if (!this.aggById.has(x.id)) throw new SqlCompileError(`unknown aggregate "${x.id}"`);
        if (!aggIds.includes(x.id)) aggIds.push(x.id);
      } else if (x.k === "attr") {
        this.attrColumn(x.via, x.name);
      } else if (x.k === "key" && x.via.length > 0) {
        this.relatedKeyColumn(x.via);
      }
    });
  }

  private attrColumn(via: string[], name: string): string {
    const key = [...via, name].join(".");
    const known = this.attrColumns.get(key);
    if (known) return known.column;
    // `account.industry` and an attribute named `account__industry` would share a name.
    const column = freeColumnName(`attr_${[...via, name].join("__")}`, this.attrColumns.values());
    this.attrColumns.set(key, { via, name, column });
    return column;
  }

  /** The facts column of a related entity's key (its key column, joined through `via`). */
  private relatedKeyColumn(via: string[]): string {
    const key = `${via.join(".")}\u0000key`;
    const known = this.attrColumns.get(key);
    if (known) return known.column;
    const column = freeColumnName(`key_${via.join("__")}`, this.attrColumns.values());
    this.attrColumns.set(key, { via, name: null, column });
    return column;
  }

  /** A column of a table as its declared type (Dialect.timeColumn, Dialect.storedValue). */
  private storedValue(ref: Sql, type: IRColumnType | undefined): Sql {
    return type ? columnValue(this.d, ref, type) : ref;
  }

  private asOfRef(): Sql {
    this.paramReads++;
    return col(PARAMS, "as_of");
  }

  /**
   * `build()`, cross-joined to seg_params only when its expressions read it: DuckDB does not
   * drop an unused cross join with the one-row CTE, and pays a pass over every row for it.
   */
  private joinParamsIfRead(build: () => AnySelect): AnySelect {
    const before = this.paramReads;
    const query = build();
    return this.paramReads === before ? query : query.crossJoin(`seg_params as ${PARAMS}`);
  }

  /**
   * `entity_key` of the tables derived from events (aggregates, first/last values,
   * sequences) for a key column: the key, or its digest (Dialect.keyDigest), or a string
   * key compared exactly (Dialect.exactText).
   */
  private entityKey(key: Sql): Sql {
    return exactKey(this.entity, this.d, key);
  }

  private usesAsOf(c: IRCond): boolean {
    let uses = false;
    forEachExprInCond(c, (e) =>
      forEachExpr(e, (x) => {
        if ((x.k === "time" && x.ref.k === "asOf") || x.k === "daysSince") uses = true;
      }),
    );
    return uses;
  }

  private timeRef(ref: IRTimeRef): Sql {
    if (ref.k === "instant") return this.d.isoToTime(raw(this.d.stringLiteral(ref.iso)));
    if (ref.offsetMs === 0) return this.asOfRef();
    if (!this.boundsKnown) this.bounds.add(ref.offsetMs);
    if (this.bounds.has(ref.offsetMs)) {
      this.paramReads++;
      return col(PARAMS, boundColumn(ref.offsetMs));
    }
    return this.d.addMs(this.asOfRef(), ref.offsetMs);
  }

  /** A string that is part of the schema (event names): always an escaped literal. */
  private schemaString(s: string): Sql {
    return raw(this.d.stringLiteral(s));
  }

  /** A string value from a condition: a bound parameter, or a literal in views. */
  private stringValue(s: string): Sql {
    return this.mode === "param" ? sql`${sql.val(s)}` : raw(this.d.stringLiteral(s));
  }

  private literal(type: string, value: string | number | boolean | null): Sql {
    if (value === null) return sql`NULL`;
    if (typeof value === "number") return raw(this.d.numberLiteral(value));
    if (typeof value === "boolean") return raw(this.d.booleanLiteral(value));
    if (type === "timestamp") return this.d.isoToTime(raw(this.d.stringLiteral(value)));
    return this.stringValue(value);
  }

  /**
   * A condition. The SQL may be NULL where the IR says false: a NULL is only ever read by
   * WHERE / CASE WHEN / AND / OR (where NULL acts as false), and `not`, stored columns and
   * values wrap it with COALESCE, so the two-valued semantics hold.
   */
  private cond(c: IRCond, scope: EventScope | null): Sql {
    const d = this.d;
    switch (c.k) {
      case "and":
        if (c.args.length === 0) return raw(d.booleanLiteral(true));
        if (c.args.length === 1) return this.cond(c.args[0]!, scope);
        return junction(c.args.map((a) => this.cond(a, scope)), sql` AND `);
      case "or":
        if (c.args.length === 0) return raw(d.booleanLiteral(false));
        if (c.args.length === 1) return this.cond(c.args[0]!, scope);
        return junction(c.args.map((a) => this.cond(a, scope)), sql` OR `);
      case "not": {
        const inner = this.cond(c.arg, scope);
        return twoValued(c.arg) ? sql`(NOT ${inner})` : sql`(NOT COALESCE(${inner}, FALSE))`;
      }
      case "const":
        return raw(d.booleanLiteral(c.value));
      case "cmp": {
        const type = exprType(c.left);
        let left = this.expr(c.left, scope);
        let right = this.expr(c.right, scope);
        // A number key (own or related) is exact against a literal (64-bit ids); against any
        // other value a double, as that value is: engines compare BIGINT with DOUBLE apart.
        if (type === "number") {
          if (c.left.k === "key" && c.right.k !== "lit") left = this.numberValue(c.left, scope);
          if (c.right.k === "key" && c.left.k !== "lit") right = this.numberValue(c.right, scope);
        }
        if (type === "string") {
          if (c.ci) {
            left = d.asciiLower(left);
            right = this.lowered(c.right, scope);
          }
          left = d.binaryString(left);
        }
        const op = c.op === "==" ? "=" : c.op === "!=" ? "<>" : c.op;
        return sql`(${left} ${raw(op)} ${right})`;
      }
      case "inList": {
        if (c.list.k !== "list") {
          const list = this.expr(c.list, scope);
          const element = exprType(c.value) === "number" ? "number" : "string";
          return d.listContains(list, this.expr(c.value, scope), element);
        }
        if (c.list.values.length === 0) return raw(d.booleanLiteral(false));
        const isString = c.list.element === "string";
        let value = this.expr(c.value, scope);
        if (isString && c.ci) value = d.asciiLower(value);
        if (isString) value = d.binaryString(value);
        const items = c.list.values.map((v) =>
          typeof v === "number" ? raw(d.numberLiteral(v)) : this.stringValue(c.ci ? asciiLower(v) : v),
        );
        return sql`(${value} IN (${sql.join(items)}))`;
      }
      case "isSet":
        // A literal is set unless it is the missing value; folded, because a bare string
        // parameter (`$2 IS NOT NULL`) has no type PostgreSQL could determine.
        if (c.value.k === "lit") return raw(d.booleanLiteral(c.value.value !== null));
        return sql`(${this.expr(c.value, scope)} IS NOT NULL)`;
      case "str": {
        let value = this.expr(c.value, scope);
        let pattern = this.expr(c.pattern, scope);
        if (c.ci) {
          value = d.asciiLower(value);
          pattern = this.lowered(c.pattern, scope);
        }
        if (c.op === "contains") return d.contains(value, pattern);
        if (c.op === "startsWith") return d.startsWith(value, pattern);
        return d.endsWith(value, pattern);
      }
      case "regex": {
        let value = this.expr(c.value, scope);
        let pattern = portableRegex(c.pattern, d.regexEndOfText);
        if (c.ci) {
          value = d.asciiLower(value);
          pattern = lowerRegexPattern(pattern);
        }
        return d.regexMatch(value, this.stringValue(pattern));
      }
      case "has": {
        if (c.values.k !== "list") throw new SqlCompileError("`has any/all` needs a literal list of values");
        const list = this.expr(c.list, scope);
        const element = c.values.element;
        const tests = c.values.values.map((v) =>
          d.listContains(list, typeof v === "number" ? raw(d.numberLiteral(v)) : this.stringValue(v), element),
        );
        if (c.mode === "any") {
          if (tests.length === 0) return raw(d.booleanLiteral(false));
          return tests.length === 1 ? tests[0]! : sql`(${sql.join(tests, sql` OR `)})`;
        }
        return sql`(${sql.join([sql`${list} IS NOT NULL`, ...tests], sql` AND `)})`;
      }
      case "truthy":
        return sql`(${this.expr(c.value, scope)} = ${raw(d.booleanLiteral(true))})`;
      case "segment":
        return col(FACTS, segColumn(c.name));
    }
  }

  /**
   * A number as a value: a number key (exact for grouping and against literals) as the
   * double that every other number is, so that `id + 1` and `-id` compute as the JS
   * backend does and a 64-bit key does not overflow an integer product.
   */
  private numberValue(e: IRExpr, scope: EventScope | null): Sql {
    const value = this.expr(e, scope);
    return e.k === "key" && e.type === "number" ? this.d.toDouble(value) : value;
  }

  /** An expression lower-cased (ASCII): literals in JS, everything else in SQL. */
  private lowered(e: IRExpr, scope: EventScope | null): Sql {
    if (e.k === "lit" && typeof e.value === "string") return this.stringValue(asciiLower(e.value));
    return this.d.asciiLower(this.expr(e, scope));
  }

  private expr(e: IRExpr, scope: EventScope | null): Sql {
    const d = this.d;
    switch (e.k) {
      case "lit":
        return this.literal(e.type, e.value);
      case "list":
        throw new SqlCompileError("a list literal can only appear in `in` / `has`");
      case "attr":
        return col(FACTS, this.attrColumn(e.via, e.name));
      case "key": {
        if (e.via.length > 0) return col(FACTS, this.relatedKeyColumn(e.via));
        // entity_key keeps the key's own type for joins; as a value it is text.
        return keyValue(this.entity, d, col(FACTS, "entity_key"));
      }
      case "prop": {
        if (!scope || scope.event === null) throw new SqlCompileError(`property "${e.name}" outside an event filter`);
        return col(scope.alias, this.propColumn(scope.event, e.name));
      }
      case "time":
        return this.timeRef(e.ref);
      case "timeShift":
        return d.addMs(this.expr(e.value, scope), e.ms);
      case "arith": {
        const l = this.numberValue(e.left, scope);
        const r = this.numberValue(e.right, scope);
        // As doubles (no integer division); NULL when dividing by zero.
        if (e.op === "/") return sql`(${e.left.k === "key" ? l : d.toDouble(l)} / NULLIF(${r}, 0))`;
        return sql`(${l} ${raw(e.op)} ${r})`;
      }
      case "neg":
        return sql`(-${this.numberValue(e.value, scope)})`;
      case "daysSince":
        return d.daysBetween(this.expr(e.value, scope), this.asOfRef());
      case "agg": {
        const column = this.aggColumn.get(e.id);
        if (!column) throw new SqlCompileError(`aggregate "${e.id}" was not collected`);
        return col(FACTS, column);
      }
      case "cond":
        return d.booleanColumn(this.cond(e.cond, scope));
    }
  }
}

// ---------------------------------------------------------------------------------------
// Helpers

/**
 * Plain event aggregates grouped by the event they read (`null`: any event), groups in
 * first-use order, aggregates in their given order.
 */
function eventGroups<A extends Extract<IRAggregate, { kind: "events" }>>(aggs: A[]): { event: string | null; aggs: A[] }[] {
  const groups = new Map<string | null, A[]>();
  for (const a of aggs) {
    const list = groups.get(a.select.event);
    if (list) list.push(a);
    else groups.set(a.select.event, [a]);
  }
  return [...groups].map(([event, list]) => ({ event, aggs: list }));
}

/** Selectors without repeats (same event, filter and window), in first-use order. */
function uniqueSelectors(selectors: IREventSelector[]): IREventSelector[] {
  const seen = new Set<string>();
  return selectors.filter((s) => {
    const key = JSON.stringify(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A condition fragment typed for Kysely's where/on. */
function pred(x: Sql): RawBuilder<SqlBool> {
  return x as RawBuilder<SqlBool>;
}

/** Adds a CTE; `true`: AS MATERIALIZED, "inline": AS NOT MATERIALIZED, else the engine decides. */
function withCte(q: AnyDb, name: string, build: () => AnySelect, materialized: boolean | "inline" = false): AnyDb {
  const cte = q as unknown as {
    with(
      n: string | ((c: (n: string) => { materialized(): unknown; notMaterialized(): unknown }) => unknown),
      f: () => AnySelect,
    ): AnyDb;
  };
  if (materialized === "inline") return cte.with((c) => c(name).notMaterialized(), build);
  return materialized ? cte.with((c) => c(name).materialized(), build) : cte.with(name, build);
}

/** A qualified column reference, quoted part by part (names may hold dots or quotes). */
function col(alias: string, column: string): Sql {
  return sql.id(alias, column);
}

/** The earlier of two lower bounds (null: unbounded); unbounded when they cannot be compared. */
function earliest(a: IRTimeRef | null, b: IRTimeRef | undefined): IRTimeRef | null {
  if (a === null || b === undefined) return null;
  if (a.k === "asOf" && b.k === "asOf") return a.offsetMs <= b.offsetMs ? a : b;
  if (a.k === "instant" && b.k === "instant") return Date.parse(a.iso) <= Date.parse(b.iso) ? a : b;
  return null;
}

/** Terms of one `AND` / `OR` that SQL states flat (every hand-written segment's). */
const FLAT_JUNCTION = 64;

/**
 * `(a OP b OP …)`; a longer junction is stated as parenthesised runs of FLAT_JUNCTION terms:
 * engines parse a flat chain into a tree as deep as it is long, and SQLite refuses trees
 * deeper than 1,000.
 */
function junction(parts: Sql[], op: Sql): Sql {
  if (parts.length <= FLAT_JUNCTION) return sql`(${sql.join(parts, op)})`;
  const runs: Sql[] = [];
  for (let i = 0; i < parts.length; i += FLAT_JUNCTION) runs.push(junction(parts.slice(i, i + FLAT_JUNCTION), op));
  return junction(runs, op);
}

/** The sum of the `within`s of steps 2…i + 1 (i ≥ 1, zero-based): how long after step 1 step i can follow. */
function stepSlack(s: Extract<IRAggregate, { kind: "sequence" }>, i: number): number {
  let slack = 0;
  for (let j = 1; j <= i; j++) slack += requireWithin(s.steps[j]!.withinMs, s.id);
  return slack;
}

function requireWithin(ms: number | undefined, id: string): number {
  if (ms === undefined) throw new SqlCompileError(`sequence step after "${id}" has no \`within\``);
  return ms;
}

function segColumn(name: string): string {
  return internalName(`seg_${name}`);
}

/**
 * A column of a table as its declared type (Dialect.timeColumn, Dialect.storedValue,
 * Dialect.listValue, Dialect.stringValue, Dialect.numberColumn). The JS loader
 * (compiler/js/load.ts) reads number and string columns through it too, so that both
 * backends see the same value (a `real` as its double, a DATETIME declared a string as
 * the engine's text).
 */
export function columnValue(d: Dialect, ref: Sql, type: IRColumnType): Sql {
  switch (type.kind) {
    case "timestamp":
      return d.timeColumn(ref, type.storage);
    case "string":
    case "enum": {
      const value = d.storedValue ? d.storedValue(ref, "string") : ref;
      return d.stringValue ? d.stringValue(value) : value;
    }
    case "number":
      // A double, as LANGUAGE.md's numbers are: an integer column would overflow in `*`
      // (PostgreSQL, DuckDB) and compare beyond ±2^53 unlike JS. Keys are read elsewhere, exact.
      return (d.numberColumn ?? d.toDouble)(d.storedValue ? d.storedValue(ref, "number") : ref);
    case "boolean":
      if (d.storedValue) return d.storedValue(ref, type.kind);
      return d.booleanColumnsHoldNumbers ? sql`(${ref} <> 0)` : ref;
    case "list":
      return d.listValue(ref);
  }
}

/**
 * A key as rows are grouped, counted and matched by it (entity_key, QueryBuilder.keyedRows):
 * a string key's digest where the dialect has one, since MariaDB's collations would count
 * `a1`, `A1` and `a1 ` as one key, else the key compared exactly (Dialect.exactText: a
 * SQLite or DuckDB key column may be COLLATE NOCASE).
 */
function exactKey(entity: IREntity, d: Dialect, key: Sql): Sql {
  // A number key as a number (Dialect.storedValue): SQLite text '17850.0' is user 17850.
  if (entity.key.type !== "string") return d.storedValue ? d.storedValue(key, "number") : key;
  return d.keyDigest ? d.keyDigest(key) : d.exactText ? d.exactText(key) : key;
}

/**
 * A key read as a value (compared with literals, shown as an example): a string key as the
 * engine's text (Dialect.stringValue: a uuid key), while keys matched with keys keep their
 * own type (exactKey).
 */
function keyValue(entity: IREntity, d: Dialect, key: Sql): Sql {
  return entity.key.type === "string" && d.stringValue ? d.stringValue(key) : key;
}

/** An entity table the facts read: the entity's own (`ent`) or a related one, LEFT JOINed. */
interface TableRead {
  alias: string;
  entity: IREntity;
  /** Columns read from the table: the key, attributes, foreign keys of further joins. */
  columns: Set<string>;
  /** The related keys and foreign keys among them, with the type of the key they hold. */
  keyColumns: Map<string, "string" | "number">;
  joinedTo?: { parent: TableRead; foreignKey: string };
}

/** The column of TableRead rows counting the rows with the same key; no read column's name. */
function keyRowsColumn(node: TableRead): string {
  let column = "seg_key_rows";
  for (let i = 2; node.columns.has(column); i++) column = `seg_key_rows_${i}`;
  return column;
}

/** `base` as an internal column name that none of `existing` has taken (`base_2`, `base_3`, …). */
function freeColumnName(base: string, existing: Iterable<{ column: string }>): string {
  const taken = new Set([...existing].map((v) => v.column));
  let column = internalName(base);
  for (let i = 2; taken.has(column); i++) column = internalName(`${base}_${i}`);
  return column;
}

/** PostgreSQL's identifier limit in bytes; it silently cuts longer ones (names here are ASCII). */
const MAX_IDENTIFIER = 63;

/**
 * A column name of the query's own CTEs, made from schema and segment names: when longer
 * than MAX_IDENTIFIER, a prefix and a digest of the whole, so that two long names sharing
 * 63 characters do not become one column.
 */
function internalName(name: string): string {
  if (name.length <= MAX_IDENTIFIER) return name;
  const digest = createHash("sha256").update(name).digest("hex").slice(0, 12);
  return `${name.slice(0, MAX_IDENTIFIER - digest.length - 1)}_${digest}`;
}

/** The seg_params column of as_of + `ms`: `as_of_minus_30d`, `as_of_plus_1h`, … */
function boundColumn(ms: number): string {
  const units: [number, string][] = [[86_400_000, "d"], [3_600_000, "h"], [60_000, "min"], [1000, "s"], [1, "ms"]];
  const abs = Math.abs(ms);
  const [size, unit] = units.find(([u]) => abs % u === 0)!;
  return `as_of_${ms < 0 ? "minus" : "plus"}_${abs / size}${unit}`;
}

function rankColumn(aggColumn: string): string {
  return `${aggColumn}_time`;
}

function aggColumnName(agg: IRAggregate, index: number): string {
  const fn = agg.kind === "sequence" ? "sequence" : agg.fn.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
  return `${fn}_${index + 1}`;
}

function jsonType(t: IRColumnType): JsonValueType {
  switch (t.kind) {
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "list":
      return "list";
    default:
      return "string";
  }
}

function attributeColumn(entity: IREntity, name: string): { column: string; type: IRColumnType } {
  const a = entity.attributes.find((x) => x.name === name);
  if (!a) throw new SqlCompileError(`entity "${entity.name}" has no attribute "${name}"`);
  return { column: a.column, type: a.type };
}

/** Conditions whose SQL is never NULL. */
function twoValued(c: IRCond): boolean {
  switch (c.k) {
    case "isSet":
    case "segment":
    case "const":
    case "not":
      return true;
    case "and":
    case "or":
      return c.args.every(twoValued);
    default:
      return false;
  }
}

function forEachExprInCond(c: IRCond, f: (e: IRExpr) => void): void {
  switch (c.k) {
    case "and":
    case "or":
      c.args.forEach((a) => forEachExprInCond(a, f));
      return;
    case "not":
      forEachExprInCond(c.arg, f);
      return;
    case "const":
    case "segment":
      return;
    case "cmp":
      f(c.left);
      f(c.right);
      return;
    case "inList":
      f(c.value);
      f(c.list);
      return;
    case "isSet":
    case "truthy":
      f(c.value);
      return;
    case "str":
      f(c.value);
      f(c.pattern);
      return;
    case "regex":
      f(c.value);
      return;
    case "has":
      f(c.list);
      f(c.values);
      return;
  }
}

/** Visits `e` and every sub-expression (including those inside `cond` values). */
function forEachExpr(e: IRExpr, f: (e: IRExpr) => void): void {
  f(e);
  switch (e.k) {
    case "timeShift":
    case "neg":
    case "daysSince":
      forEachExpr(e.value, f);
      return;
    case "arith":
      forEachExpr(e.left, f);
      forEachExpr(e.right, f);
      return;
    case "cond":
      forEachExprInCond(e.cond, (x) => forEachExpr(x, f));
      return;
    default:
      return;
  }
}
