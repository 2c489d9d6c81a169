/**
 * The lowered IR of a condition in plain words, for `seg explain`: sugar the checker removed
 * (`did`, frequencies, `in last`, sequences) is recognised again from its lowered shape, so
 * the words read like the source a person would have written, with every window explicit.
 */
import type { IRAggregate, IRCond, IREventSelector, IRExpr, IRProject, IRTimeRef, IRWindow } from "../ir.ts";
import { entityAt } from "../ir-utils.ts";

export interface WordsOptions {
  /** Aggregate id → trait name: shown by name instead of spelled out. */
  traitNames?: ReadonlyMap<string, string>;
  /** The evaluated entity: a related key is then named like the source (`account.id`). */
  entity?: string;
}

const UNITS: [number, string][] = [
  [7 * 86_400_000, "week"],
  [86_400_000, "day"],
  [3_600_000, "hour"],
  [60_000, "minute"],
  [1000, "second"],
  [1, "millisecond"],
];

/** `604800000` → `7 days` (whole days before weeks: "in the last 14 days" reads better). */
export function durationWords(ms: number): string {
  const abs = Math.abs(ms);
  for (const [size, unit] of UNITS) {
    if (unit === "week") continue;
    if (abs % size === 0 && abs >= size) {
      const n = abs / size;
      return `${n} ${unit}${n === 1 ? "" : "s"}`;
    }
  }
  return `${abs} milliseconds`;
}

function instantWords(iso: string): string {
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
}

export function timeWords(ref: IRTimeRef): string {
  if (ref.k === "instant") return instantWords(ref.iso);
  if (ref.offsetMs === 0) return "now";
  return ref.offsetMs < 0 ? `${durationWords(ref.offsetMs)} ago` : `${durationWords(ref.offsetMs)} from now`;
}

/** A window in words with a leading space, or "" for all history. */
export function windowWords(w: IRWindow): string {
  const parts: string[] = [];
  const { after, until, before } = w;
  if (after && until && after.k === "asOf" && until.k === "asOf") {
    if (until.offsetMs === 0) parts.push(`in the last ${durationWords(after.offsetMs)}`);
    else parts.push(`between ${durationWords(after.offsetMs)} and ${durationWords(until.offsetMs)} ago`);
  } else {
    if (after) parts.push(`after ${timeWords(after)}`);
    if (until) parts.push(`up to ${timeWords(until)}`);
  }
  if (before) parts.push(`before ${timeWords(before)}`);
  return parts.length ? " " + parts.join(" and ") : "";
}

const OPS: Record<string, string> = {
  "==": "is",
  "!=": "is not",
  "<": "is less than",
  "<=": "is at most",
  ">": "is more than",
  ">=": "is at least",
};
const TIME_OPS: Record<string, string> = {
  "==": "is",
  "!=": "is not",
  "<": "is before",
  "<=": "is at or before",
  ">": "is after",
  ">=": "is at or after",
};

function lit(v: string | number | boolean | null): string {
  if (v === null) return "missing";
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/**
 * A key in words: "the key" for the entity's own; a related entity's as written
 * (`account.id`) when the entity is known, else "the key of account".
 */
export function keyWords(ir: IRProject, entity: string | undefined, via: readonly string[]): string {
  if (via.length === 0) return "the key";
  const target = entity === undefined ? undefined : entityAt(ir, entity, via);
  return target ? [...via, target.key.name].join(".") : `the key of ${via.join(".")}`;
}

export class Words {
  private readonly aggs: Map<string, IRAggregate>;

  constructor(
    readonly ir: IRProject,
    readonly options: WordsOptions = {},
  ) {
    this.aggs = new Map(ir.aggregates.map((a) => [a.id, a]));
  }

  private selector(s: IREventSelector, withWindow = true): string {
    const name = s.event ?? "any event";
    // in parentheses: the window after it is the event's, not part of the filter
    const filter = s.filter ? ` (where ${this.cond(s.filter, true)})` : "";
    return `${name}${filter}${withWindow ? windowWords(s.window) : ""}`;
  }

  /** `did E [frequency] W` for count/activeDays compared with a constant, else undefined. */
  private didPhrase(agg: IRAggregate, op: string, n: number): string | undefined {
    if (agg.kind !== "events" || (agg.fn !== "count" && agg.fn !== "activeDays")) return undefined;
    const ev = this.selector(agg.select, false);
    const w = windowWords(agg.select.window);
    const unit = agg.fn === "count" ? (n === 1 ? "time" : "times") : n === 1 ? "distinct day" : "distinct days";
    const on = agg.fn === "activeDays" ? "on " : "";
    if (agg.fn === "count" && ((op === ">=" && n === 1) || (op === ">" && n === 0))) return `did ${ev}${w}`;
    if (agg.fn === "count" && (op === "==" || op === "<=") && n === 0) return `did not ${ev}${w}`;
    if (agg.fn === "count" && op === "<" && n === 1) return `did not ${ev}${w}`;
    const freq: Record<string, string> = { ">=": "at least", "<=": "at most", "==": "exactly", ">": "more than", "<": "fewer than", "!=": "not exactly" };
    // at most / fewer than / not exactly: a record with no such event is in too
    const orNever = (op === "<=" || op === "<" || op === "!=") && n > 0 ? " (or never)" : "";
    return `did ${ev} ${on}${freq[op]} ${n} ${unit}${w}${orNever}`;
  }

  private sequence(agg: Extract<IRAggregate, { kind: "sequence" }>): string {
    const [first, ...rest] = agg.steps;
    let out = `did ${this.selector(first!.select, false)}`;
    for (const s of rest) {
      const within = durationWords(s.withinMs ?? 0);
      out += s.negated
        ? ` then no ${this.selector(s.select, false)} within ${within} (counted once ${within} ${/^1 /.test(within) ? "has" : "have"} passed)`
        : ` then ${this.selector(s.select, false)} within ${within}`;
    }
    return out + windowWords(first!.select.window);
  }

  aggregate(agg: IRAggregate): string {
    const trait = this.options.traitNames?.get(agg.id);
    if (trait) return trait;
    if (agg.kind === "sequence") return `(${this.sequence(agg)})`;
    const s = agg.select;
    const ev = this.selector(s, false);
    const w = windowWords(s.window);
    const value = agg.value ? this.expr(agg.value) : "";
    const prop = `${s.event ?? "event"}.${value}`;
    // in parentheses: the window after it is the event's, not part of the filter
    const filter = s.filter ? ` (where ${this.cond(s.filter, true)})` : "";
    switch (agg.fn) {
      case "count":
        return `the number of ${ev} events${w}`;
      case "sum":
        return `the sum of ${prop}${filter}${w}`;
      case "avg":
        return `the average ${prop}${filter}${w}`;
      case "min":
        return `the smallest ${prop}${filter}${w}`;
      case "max":
        return `the largest ${prop}${filter}${w}`;
      case "distinct":
        return `the number of distinct ${prop}${filter}${w}`;
      case "activeDays":
        return `the number of distinct days with ${ev}${w}`;
      case "firstTime":
        return `the time of the first ${ev}${w}`;
      case "lastTime":
        return `the time of the last ${ev}${w}`;
      case "firstValue":
        return `${prop} of the first ${s.event ?? "event"}${filter}${w}`;
      case "lastValue":
        return `${prop} of the latest ${s.event ?? "event"}${filter}${w}`;
    }
  }

  expr(e: IRExpr): string {
    switch (e.k) {
      case "lit":
        return lit(e.value);
      case "list":
        return `[${e.values.map((v) => lit(v)).join(", ")}]`;
      case "attr":
        return [...e.via, e.name].join(".");
      case "key":
        return keyWords(this.ir, this.options.entity, e.via);
      case "prop":
        return e.name;
      case "time":
        return timeWords(e.ref);
      case "timeShift":
        return `${this.expr(e.value)} ${e.ms < 0 ? "-" : "+"} ${durationWords(e.ms)}`;
      case "arith":
        return `(${this.expr(e.left)} ${e.op} ${this.expr(e.right)})`;
      case "neg":
        return `-${this.expr(e.value)}`;
      case "daysSince":
        return `the days since ${this.expr(e.value)}`;
      case "agg": {
        const a = this.aggs.get(e.id);
        return a ? this.aggregate(a) : `aggregate ${e.id}`;
      }
      case "cond":
        return `(${this.cond(e.cond, true)})`;
    }
  }

  /** The `in the last D` of a timestamp attribute: `x > asOf - D and x <= asOf`. */
  private inLast(a: IRCond, b: IRCond): string | undefined {
    if (a.k !== "cmp" || b.k !== "cmp" || a.op !== ">" || b.op !== "<=") return undefined;
    if (JSON.stringify(a.left) !== JSON.stringify(b.left)) return undefined;
    if (a.right.k !== "time" || b.right.k !== "time") return undefined;
    const w = windowWords({ after: a.right.ref, until: b.right.ref });
    if (!w.startsWith(" in the last") && !w.startsWith(" between")) return undefined;
    return `${this.expr(a.left)} is${w}`;
  }

  /**
   * The top-level `and` terms as the words show them: the two comparisons of an attribute's
   * `in the last D` are one term (an `and` of both). One term: the whole condition.
   */
  clauseConditions(c: IRCond): IRCond[] {
    if (c.k !== "and") return [c];
    const out: IRCond[] = [];
    for (let i = 0; i < c.args.length; i++) {
      const a = c.args[i]!;
      const b = c.args[i + 1];
      if (b !== undefined && this.inLast(a, b) !== undefined) {
        out.push({ k: "and", args: [a, b] });
        i++;
      } else out.push(a);
    }
    return out;
  }

  /** The top-level `and` terms, each in words (one term: the whole condition). */
  clauses(c: IRCond): string[] {
    if (c.k !== "and") return [this.cond(c, false)];
    return this.clauseConditions(c).map((term) => this.termWords(term));
  }

  /** One term of clauseConditions in words. */
  termWords(term: IRCond): string {
    const [a, b] = term.k === "and" && term.args.length === 2 ? term.args : [];
    return (a && b && this.inLast(a, b)) ?? this.cond(term, true);
  }

  /** A condition in words; `nested` wraps and/or in parentheses. */
  cond(c: IRCond, nested = false): string {
    switch (c.k) {
      case "and":
      case "or": {
        const text = c.k === "and" ? this.clauses(c).join(" AND ") : c.args.map((a) => this.cond(a, true)).join(" OR ");
        return nested && (c.k === "or" || this.clauses(c).length > 1) ? `(${text})` : text;
      }
      case "not":
        return this.negated(c.arg);
      case "const":
        return c.value ? "always true" : "never true";
      case "cmp":
        return this.cmp(c);
      case "inList":
        return `${this.expr(c.value)} is one of ${this.expr(c.list)}${c.ci ? " (ignoring case)" : ""}`;
      case "isSet":
        return `${this.expr(c.value)} is set`;
      case "str": {
        const verb = { contains: "contains", startsWith: "starts with", endsWith: "ends with" }[c.op];
        return `${this.expr(c.value)} ${verb} ${this.expr(c.pattern)}${c.ci ? " (ignoring case)" : ""}`;
      }
      case "regex":
        return `${this.expr(c.value)} matches /${c.pattern}/${c.ci ? " (ignoring case)" : ""}`;
      case "has":
        return c.values.k === "list" && c.values.values.length === 1 && c.mode === "any"
          ? `${this.expr(c.list)} has ${lit(c.values.values[0]!)}`
          : `${this.expr(c.list)} has ${c.mode} of ${this.expr(c.values)}`;
      case "truthy": {
        if (c.value.k === "agg") {
          const a = this.aggs.get(c.value.id);
          if (a?.kind === "sequence" && !this.options.traitNames?.has(a.id)) return this.sequence(a);
        }
        return `${this.expr(c.value)} is true`;
      }
      case "segment":
        return `is in ${c.name}`;
    }
  }

  private negated(c: IRCond): string {
    switch (c.k) {
      case "segment":
        return `is not in ${c.name}`;
      case "isSet":
        return `${this.expr(c.value)} is not set`;
      case "cmp": {
        if (c.left.k === "agg" && c.right.k === "lit" && typeof c.right.value === "number" && !this.options.traitNames?.has(c.left.id)) {
          const a = this.aggs.get(c.left.id);
          if (a && a.kind === "events" && a.fn === "count" && c.op === ">=" && c.right.value === 1) {
            return `did not ${this.selector(a.select, false)}${windowWords(a.select.window)}`;
          }
        }
        return `NOT (${this.cond(c, false)})`;
      }
      case "str": {
        // The complement: a missing value is in it (docs/language.md, missing values).
        const verb = { contains: "does not contain", startsWith: "does not start with", endsWith: "does not end with" }[c.op];
        return `${this.expr(c.value)} ${verb} ${this.expr(c.pattern)}${c.ci ? " (ignoring case)" : ""} (or ${c.pattern.k === "lit" ? "is" : "either is"} missing)`;
      }
      case "regex":
        return `${this.expr(c.value)} does not match /${c.pattern}/${c.ci ? " (ignoring case)" : ""} (or is missing)`;
      case "inList":
        return `${this.expr(c.value)} is not one of ${this.expr(c.list)}${c.ci ? " (ignoring case)" : ""} (or is missing)`;
      case "truthy":
        if (c.value.k === "agg") {
          const a = this.aggs.get(c.value.id);
          if (a?.kind === "sequence" && !this.options.traitNames?.has(a.id)) return `NOT (${this.sequence(a)})`;
        }
        return `${this.expr(c.value)} is not true`;
      default:
        return `NOT ${this.cond(c, true)}`;
    }
  }

  private cmp(c: Extract<IRCond, { k: "cmp" }>): string {
    if (c.left.k === "agg" && c.right.k === "lit" && typeof c.right.value === "number" && !this.options.traitNames?.has(c.left.id)) {
      const a = this.aggs.get(c.left.id);
      const did = a ? this.didPhrase(a, c.op, c.right.value) : undefined;
      if (did) return did;
    }
    const isTime = c.left.k === "time" || c.right.k === "time" || ("type" in c.left && c.left.type === "timestamp");
    const op = (isTime ? TIME_OPS : OPS)[c.op]!;
    // `!=` is a comparison, false for a missing value: unlike `not (x == …)`, it needs one
    // (a record's own key is never missing; a related one is without the related record)
    const needsValue = c.op === "!=" && (c.left.k === "attr" || (c.left.k === "key" && c.left.via.length > 0)) && c.right.k === "lit" ? " (and is set)" : "";
    return `${this.expr(c.left)} ${op} ${this.expr(c.right)}${c.ci ? " (ignoring case)" : ""}${needsValue}`;
  }
}
