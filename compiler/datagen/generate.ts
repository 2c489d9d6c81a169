/**
 * Deterministic, streaming test data for any IRProject schema: rows for every entity table
 * and every event source table. See CONTEXT.md for the shape of the data.
 */
import type { EngineColumn } from "../engines/types.ts";
import type { IRColumnType, IREntity, IREventSource, IREventType, IRProject, IRTableName } from "../ir.ts";
import { columnTypeOf, eventColumns, keyColumnType, storeTime } from "./layout.ts";
import { Rng, hashString, mixSeed } from "./rng.ts";
import { scalarValue } from "./values.ts";

export const DAY_MS = 86_400_000;
/** History length in days, unless GenerateOptions.days says otherwise. */
export const DEFAULT_HISTORY_DAYS = 180;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export interface GenerateOptions {
  /** Rows of the main entity (the one with events; else the first entity). */
  users: number;
  seed: number;
  /** The evaluation instant; events fall in the `days` before it (a few just after). */
  asOf: Date;
  /** History length in days (default 180). */
  days?: number;
  /** Rows per yielded batch (default 10,000). */
  batchSize?: number;
}

export interface GeneratedTable {
  kind: "entity" | "events";
  /** The entity name, or the event source id. */
  name: string;
  table: IRTableName;
  columns: EngineColumn[];
  /** Columns worth an index (keys, foreign keys, the entity column of events). */
  indexColumns: string[];
  /** Each call starts over and yields the same rows in the same order. */
  batches(): Generator<unknown[][]>;
}

export interface GeneratedData {
  seed: number;
  asOf: Date;
  days: number;
  /** Row count of every entity table, by entity name. */
  entityCounts: Record<string, number>;
  tables: GeneratedTable[];
}

interface GenEvent {
  type: IREventType;
  timeMs: number;
  props: unknown[];
}

/** Activity classes: share of users, and how many events they produce. */
type Activity = "never" | "dormant" | "occasional" | "regular" | "power";

interface Profile {
  /** When the record came into being (signup, creation). */
  birthMs: number;
  activity: Activity;
}

const LIFECYCLE = new Set([
  "trial_started",
  "subscription_started",
  "subscription_cancelled",
  "signup",
  "signed_up",
  "account_created",
  "onboarding_completed",
]);

/** Relative frequency of an everyday event, by name. */
function eventWeight(name: string): number {
  const n = name.toLowerCase();
  if (/rage|error|crash/.test(n)) return 1.5;
  if (/login|sign_?in/.test(n)) return 22;
  if (/session/.test(n)) return 18;
  if (/page|view|screen/.test(n) && !/cart|experiment/.test(n)) return 18;
  if (/feature|click|use/.test(n)) return 15;
  if (/add_to_cart/.test(n)) return 4;
  if (/cart/.test(n)) return 4;
  if (/purchase|order|payment|checkout/.test(n)) return 2.5;
  if (/experiment/.test(n)) return 2;
  if (/ticket|support/.test(n)) return 0.6;
  if (/nps|survey|feedback/.test(n)) return 0.4;
  return 3;
}

/** Correlated follow-ups, so sequences (`A then B within D`) have members both ways. */
const FOLLOW_UPS: { from: string; to: string; p: number; minMs: number; maxMs: number }[] = [
  { from: "cart_viewed", to: "add_to_cart", p: 0.5, minMs: MINUTE_MS, maxMs: 30 * HOUR_MS },
  { from: "add_to_cart", to: "purchase", p: 0.45, minMs: MINUTE_MS, maxMs: 3 * HOUR_MS },
  { from: "trial_started", to: "subscription_started", p: 0.5, minMs: DAY_MS, maxMs: 21 * DAY_MS },
  { from: "experiment_viewed", to: "purchase", p: 0.2, minMs: HOUR_MS, maxMs: 10 * DAY_MS },
  { from: "subscription_started", to: "subscription_cancelled", p: 0.25, minMs: 3 * DAY_MS, maxMs: 90 * DAY_MS },
];

/**
 * How far the generated times reach around asOf: records come into being up to two
 * histories before it; events happen up to 3 days after it, and follow-ups (chained) after
 * those. The CLI keeps every time within what engines store.
 */
export function generatedSpanMs(days = DEFAULT_HISTORY_DAYS): { before: number; after: number } {
  return { before: 2 * days * DAY_MS, after: 3 * DAY_MS + FOLLOW_UPS.reduce((sum, f) => sum + f.maxMs, 0) };
}

class Generator_ {
  readonly days: number;
  readonly asOfMs: number;
  readonly mainEntity: string;
  readonly counts = new Map<string, number>();
  private readonly entities = new Map<string, IREntity>();

  constructor(
    readonly ir: IRProject,
    readonly opts: GenerateOptions,
  ) {
    this.days = opts.days ?? DEFAULT_HISTORY_DAYS;
    this.asOfMs = opts.asOf.getTime();
    for (const e of ir.entities) this.entities.set(e.name, e);
    this.mainEntity = ir.eventSources[0]?.entity ?? ir.entities[0]?.name ?? "";
    const targets = new Set(ir.entities.flatMap((e) => e.relations.map((r) => r.target)));
    const withEvents = new Set(ir.eventSources.map((s) => s.entity));
    const users = Math.max(0, Math.floor(opts.users));
    for (const e of ir.entities) {
      const n = e.name === this.mainEntity || withEvents.has(e.name) || !targets.has(e.name)
        ? users
        : Math.max(1, Math.ceil(users / 4));
      this.counts.set(e.name, n);
    }
  }

  keyOf(entity: IREntity, i: number): string | number {
    return entity.key.type === "number" ? i + 1 : `${entity.name}_${i + 1}`;
  }

  profile(entity: IREntity, i: number): Profile {
    const rng = new Rng(mixSeed(this.opts.seed, hashString(`profile:${entity.name}`), i));
    // Signups: 10% in the last 30 days (new users), the rest spread over twice the history.
    const ageDays = rng.chance(0.1) ? rng.next() * 30 : 30 + rng.next() * (2 * this.days - 30);
    let birthMs = Math.round(this.asOfMs - ageDays * DAY_MS);
    if (rng.chance(0.02)) birthMs = this.asOfMs - 30 * DAY_MS; // exactly on a window edge
    const activity = rng.weighted<Activity>(
      ["never", "dormant", "occasional", "regular", "power"],
      [3, 12, 50, 29, 6],
    );
    return { birthMs, activity };
  }

  // -- entities ---------------------------------------------------------------------------

  entityColumns(entity: IREntity): EngineColumn[] {
    const cols: EngineColumn[] = [{ name: entity.key.column, type: keyColumnType(entity) }];
    const seen = new Set([entity.key.column]);
    for (const a of entity.attributes) {
      if (seen.has(a.column)) continue;
      seen.add(a.column);
      cols.push({ name: a.column, type: columnTypeOf(a.type) });
    }
    for (const r of entity.relations) {
      if (seen.has(r.foreignKey)) continue;
      seen.add(r.foreignKey);
      cols.push({ name: r.foreignKey, type: keyColumnType(this.entities.get(r.target)) });
    }
    return cols;
  }

  entityRow(entity: IREntity, i: number): unknown[] {
    const rng = new Rng(mixSeed(this.opts.seed, hashString(`entity:${entity.name}`), i));
    const key = this.keyOf(entity, i);
    const profile = this.profile(entity, i);
    const row: unknown[] = [key];
    const seen = new Set([entity.key.column]);
    for (const a of entity.attributes) {
      if (seen.has(a.column)) continue;
      seen.add(a.column);
      const nullRate = /^age$/i.test(a.name) ? 0.25 : 0.07;
      if (rng.chance(nullRate)) {
        row.push(null);
        continue;
      }
      if (a.type.kind === "timestamp") {
        const ms = /sign|creat|join|regist|first|birth|start/i.test(a.name)
          ? profile.birthMs
          : this.asOfMs - Math.round(rng.next() * this.days * DAY_MS);
        row.push(storeTime(ms, a.type.storage));
      } else {
        row.push(scalarValue(rng, a.name, a.type, String(key)));
      }
    }
    for (const r of entity.relations) {
      if (seen.has(r.foreignKey)) continue;
      seen.add(r.foreignKey);
      const target = this.entities.get(r.target);
      const n = this.counts.get(r.target) ?? 0;
      if (!target || n === 0 || rng.chance(0.1)) {
        row.push(null);
        continue;
      }
      row.push(this.keyOf(target, rng.skewedIndex(n)));
    }
    return row;
  }

  entityTable(entity: IREntity): GeneratedTable {
    const n = this.counts.get(entity.name) ?? 0;
    const batchSize = this.opts.batchSize ?? 10_000;
    const self = this;
    return {
      kind: "entity",
      name: entity.name,
      table: entity.table,
      columns: this.entityColumns(entity),
      indexColumns: [entity.key.column, ...entity.relations.map((r) => r.foreignKey)],
      *batches() {
        let batch: unknown[][] = [];
        for (let i = 0; i < n; i++) {
          batch.push(self.entityRow(entity, i));
          if (batch.length >= batchSize) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length) yield batch;
      },
    };
  }

  // -- events -----------------------------------------------------------------------------

  eventCount(rng: Rng, activity: Activity): number {
    switch (activity) {
      case "never":
        return 0;
      case "dormant":
        return rng.int(1, 6);
      case "occasional":
        return Math.min(5000, Math.max(1, Math.round(rng.logNormal(25, 0.8))));
      case "regular":
        return Math.min(5000, Math.max(1, Math.round(rng.logNormal(140, 0.6))));
      case "power":
        return Math.min(5000, Math.max(1, Math.round(rng.logNormal(700, 0.5))));
    }
  }

  /** A time in [startMs, endMs], recency-biased, sometimes exactly on an edge. */
  eventTime(rng: Rng, startMs: number, endMs: number): number {
    const r = rng.next();
    if (r < 0.04) {
      const edges = [0, 1, 7, 14, 30, 90].map((d) => this.asOfMs - d * DAY_MS);
      const edge = rng.pick(edges) + rng.pick([0, 0, -1, 1]);
      if (edge >= startMs && edge <= this.asOfMs + 1) return edge;
    } else if (r < 0.005 + 0.04) {
      // Later than asOf: every backend must ignore these.
      return this.asOfMs + 1 + Math.floor(rng.next() * 3 * DAY_MS);
    }
    const span = Math.max(0, endMs - startMs);
    let t = Math.round(endMs - span * Math.pow(rng.next(), 1.6));
    if (rng.chance(0.03)) t = Math.floor(t / DAY_MS) * DAY_MS; // exactly midnight UTC
    return Math.max(startMs, Math.min(endMs, t));
  }

  propertyValue(rng: Rng, ev: IREventType, name: string, type: IRColumnType, entityIndex: number, key: string, timeMs: number): unknown {
    if (type.kind === "timestamp") return storeTime(timeMs - Math.floor(rng.next() * DAY_MS), type.storage);
    // One variant per user and experiment, as a real assignment would do.
    if (/variant|arm/i.test(name) && ev.properties.some((p) => /experiment/i.test(p.name))) {
      const vr = new Rng(mixSeed(this.opts.seed, hashString(`variant:${ev.name}`), entityIndex));
      return vr.pick(["control", "A", "B"]);
    }
    return scalarValue(rng, name, type, key);
  }

  /** Every event of one entity row, sorted by time; `props[k]` belongs to `type.properties[k]` (undefined: absent). */
  eventsOf(entity: IREntity, i: number, types: IREventType[]): GenEvent[] {
    const rng = new Rng(mixSeed(this.opts.seed, hashString(`events:${entity.name}`), i));
    const profile = this.profile(entity, i);
    const key = String(this.keyOf(entity, i));
    const everyday = types.filter((t) => !LIFECYCLE.has(t.name));
    const weights = everyday.map((t) => eventWeight(t.name));
    const byName = new Map(types.map((t) => [t.name, t]));
    let start = Math.max(this.asOfMs - this.days * DAY_MS, profile.birthMs);
    let end = this.asOfMs;
    if (profile.activity === "dormant") {
      end = Math.min(end, this.asOfMs - 45 * DAY_MS);
      start = Math.min(start, end - 30 * DAY_MS);
    }
    if (end - start < HOUR_MS) start = end - HOUR_MS;
    const out: GenEvent[] = [];
    const make = (type: IREventType, timeMs: number): void => {
      const props = new Array<unknown>(type.properties.length);
      for (let k = 0; k < type.properties.length; k++) {
        const p = type.properties[k]!;
        const r = rng.next();
        if (r < 0.04) continue; // absent
        props[k] = r < 0.05 ? null : this.propertyValue(rng, type, p.name, p.type, i, key, timeMs);
      }
      out.push({ type, timeMs, props });
      for (const f of FOLLOW_UPS) {
        if (f.from !== type.name) continue;
        const next = byName.get(f.to);
        if (next && rng.chance(f.p)) make(next, timeMs + f.minMs + Math.floor(rng.next() * (f.maxMs - f.minMs)));
      }
    };
    const n = this.eventCount(rng, profile.activity);
    if (everyday.length > 0) {
      for (let k = 0; k < n; k++) make(rng.weighted(everyday, weights), this.eventTime(rng, start, end));
    }
    // Lifecycle events happen at most once, for some users.
    if (profile.activity !== "never") {
      for (const t of types) {
        if (!LIFECYCLE.has(t.name)) continue;
        // Events that usually follow another (subscription after trial) also happen alone, less often.
        const followUp = FOLLOW_UPS.some((f) => f.to === t.name && byName.has(f.from));
        if (rng.chance(followUp ? 0.1 : 0.25)) make(t, this.eventTime(rng, start, end));
      }
    }
    out.sort((a, b) => a.timeMs - b.timeMs);
    return out;
  }

  eventTable(source: IREventSource): GeneratedTable {
    const entity = this.entities.get(source.entity);
    const allTypes = this.ir.events.filter((e) => e.entity === source.entity);
    const mine = new Set(allTypes.filter((e) => e.source === source.id).map((e) => e.name));
    const cols = eventColumns(source, entity, allTypes.filter((e) => mine.has(e.name)));
    const colIndex = new Map(cols.map((c, i) => [c.name, i]));
    const n = entity ? this.counts.get(entity.name) ?? 0 : 0;
    const batchSize = this.opts.batchSize ?? 10_000;
    const self = this;
    return {
      kind: "events",
      name: source.id,
      table: source.table,
      columns: cols,
      indexColumns: [source.entityColumn],
      *batches() {
        if (!entity) return;
        let batch: unknown[][] = [];
        for (let i = 0; i < n; i++) {
          const key = self.keyOf(entity, i);
          for (const ev of self.eventsOf(entity, i, allTypes)) {
            if (!mine.has(ev.type.name)) continue;
            const row: unknown[] = new Array<unknown>(cols.length).fill(null);
            row[0] = key;
            row[1] = storeTime(ev.timeMs, source.timeStorage);
            if (source.nameColumn) row[colIndex.get(source.nameColumn)!] = ev.type.nameValue ?? ev.type.name;
            const json: Record<string, unknown> = {};
            let hasJson = false;
            const props = ev.type.properties;
            for (let k = 0; k < props.length; k++) {
              const p = props[k]!;
              let v = ev.props[k];
              if (v === undefined) continue;
              if (p.storage.kind === "column") {
                row[colIndex.get(p.storage.column)!] = v;
              } else {
                if (v instanceof Date) v = v.toISOString();
                json[p.storage.key] = v;
                hasJson = true;
              }
            }
            if (source.propertiesColumn) row[colIndex.get(source.propertiesColumn)!] = hasJson || ev.type.properties.length === 0 ? json : {};
            batch.push(row);
            if (batch.length >= batchSize) {
              yield batch;
              batch = [];
            }
          }
        }
        if (batch.length) yield batch;
      },
    };
  }
}

/**
 * Generates data for every entity table and event source table of `ir`. Nothing is
 * produced until a table's `batches()` is iterated, and each iteration regenerates the
 * same rows, so 100,000 users (≈ 10 million events) never sit in memory at once.
 */
export function generateData(ir: IRProject, opts: GenerateOptions): GeneratedData {
  const g = new Generator_(ir, opts);
  const tables: GeneratedTable[] = [
    ...ir.entities.map((e) => g.entityTable(e)),
    ...ir.eventSources.map((s) => g.eventTable(s)),
  ];
  return {
    seed: opts.seed,
    asOf: new Date(opts.asOf.getTime()),
    days: g.days,
    entityCounts: Object.fromEntries(g.counts),
    tables,
  };
}

/** All rows of one table as objects keyed by column name (for small data sets and tests). */
export function tableRows(table: GeneratedTable): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const batch of table.batches()) {
    for (const row of batch) {
      const o: Record<string, unknown> = {};
      table.columns.forEach((c, i) => (o[c.name] = row[i]));
      out.push(o);
    }
  }
  return out;
}
