/**
 * Constant facts about one value (an attribute, a key, an event property or an aggregate)
 * read from a conjunction, and the proof that the facts on a value cannot all hold. Shared
 * by the contradiction check inside one `and` chain (SEG3001, compiler/check/lower.ts) and
 * the project pass over segment references and aggregate implications (SEG3005,
 * compiler/check/empty.ts), so that both prove exactly the same things about one value.
 *
 * Sound, not complete: a fact is only read where the IR semantics (docs/language.md,
 * "Semantics") make it exact, so a proof is never wrong; anything unsure is left out.
 */
import type { IRAggregate, IRCmpOp, IRCond, IRExpr } from "../ir.ts";

export type Scalar = string | number;

export type FactOp = IRCmpOp | "in" | "notIn" | "set" | "unset";

export interface Fact {
  /** The value's identity: an aggregate's (structural) id, else the attribute, key or property path. */
  key: string;
  subject: IRExpr;
  op: FactOp;
  /** One value for a comparison, the list for `in` / `notIn`, none for `set` / `unset`. */
  values: readonly Scalar[];
  /**
   * Holds only when the value is present: the negation of a test on a value that may be
   * missing (`not (age > 5)` is true for a missing age).
   */
  ifPresent: boolean;
  /** The condition the fact was read from, for messages. */
  cond: IRCond;
}

const NEGATE: Record<IRCmpOp, IRCmpOp> = { "==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<" };
const FLIP: Record<IRCmpOp, IRCmpOp> = { "==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<=" };

/** Aggregates that are never missing (0 when no event matches; ir.ts IRAggregateFn). */
export function neverMissing(a: IRAggregate | undefined): boolean {
  return a !== undefined && a.kind === "events" && (a.fn === "count" || a.fn === "activeDays" || a.fn === "sum" || a.fn === "distinct");
}

function keyOf(e: IRExpr): string | undefined {
  switch (e.k) {
    case "agg":
      return e.id;
    case "attr":
      return e.via.length ? `a:${e.via.join(".")}.${e.name}` : `a:${e.name}`;
    case "key":
      return `k:${e.via.join(".")}`;
    case "prop":
      return `p:${e.name}`;
    default:
      return undefined;
  }
}

function scalar(e: IRExpr): Scalar | undefined {
  if (e.k !== "lit" || (e.type !== "string" && e.type !== "number")) return undefined;
  return typeof e.value === "string" || typeof e.value === "number" ? e.value : undefined;
}

/**
 * The facts that `c` (or, with `negated`, `not c`) requires, appended to `out`: it walks
 * `and` (and `not or`, `not not`), reads comparisons with a constant, `in [...]` and
 * `is set`, and skips everything else (`or`, string predicates, sequences). Segments it
 * requires membership of (`in x`, not under `not` or `or`) are appended to `segments`.
 * `aggOf` resolves an aggregate id, to know whether the aggregate can be missing.
 */
export function readFacts(
  c: IRCond,
  aggOf: (id: string) => IRAggregate | undefined,
  out: Fact[],
  segments?: string[],
  negated = false,
): void {
  switch (c.k) {
    case "and":
    case "or":
      // not (a or b) = not a and not b: conditions are two-valued.
      if ((c.k === "and") === negated) return;
      for (const a of c.args) readFacts(a, aggOf, out, segments, negated);
      return;
    case "not":
      readFacts(c.arg, aggOf, out, segments, !negated);
      return;
    case "segment":
      if (!negated && segments && !segments.includes(c.name)) segments.push(c.name);
      return;
    case "cmp": {
      if (c.ci) return;
      let { op, left, right } = c;
      if (scalar(left) !== undefined && scalar(right) === undefined) {
        [left, right] = [right, left];
        op = FLIP[op];
      }
      const v = scalar(right);
      const key = keyOf(left);
      if (v === undefined || key === undefined) return;
      if (typeof v === "string" && op !== "==" && op !== "!=") return;
      if (!negated) {
        out.push({ key, subject: left, op, values: [v], ifPresent: false, cond: c });
        return;
      }
      const always = left.k === "agg" && neverMissing(aggOf(left.id));
      out.push({ key, subject: left, op: NEGATE[op], values: [v], ifPresent: !always, cond: { k: "not", arg: c } });
      return;
    }
    case "inList": {
      const key = keyOf(c.value);
      if (c.ci || key === undefined || c.list.k !== "list") return;
      const cond: IRCond = negated ? { k: "not", arg: c } : c;
      out.push({ key, subject: c.value, op: negated ? "notIn" : "in", values: c.list.values, ifPresent: negated, cond });
      return;
    }
    case "isSet": {
      const key = keyOf(c.value);
      if (key === undefined) return;
      out.push({ key, subject: c.value, op: negated ? "unset" : "set", values: [], ifPresent: false, cond: negated ? { k: "not", arg: c } : c });
      return;
    }
    default:
      return;
  }
}

/** Can every fact (all on one value) hold at once? */
export function satisfiable(facts: readonly Fact[]): boolean {
  let present = false;
  let absent = false;
  for (const f of facts) {
    if (f.op === "unset") absent = true;
    else if (!f.ifPresent) present = true;
  }
  if (present && absent) return false;
  // A missing value satisfies `is not set` and every fact that holds only when present.
  if (!present) return true;
  let allowed: Set<Scalar> | undefined;
  const ne = new Set<Scalar>();
  let lo: number | undefined;
  let loInc = false;
  let hi: number | undefined;
  let hiInc = false;
  for (const f of facts) {
    switch (f.op) {
      case "==":
      case "in":
        allowed = allowed ? new Set(f.values.filter((v) => allowed!.has(v))) : new Set(f.values);
        break;
      case "!=":
      case "notIn":
        for (const v of f.values) ne.add(v);
        break;
      case ">":
      case ">=": {
        const v = f.values[0];
        if (typeof v === "number" && (lo === undefined || v > lo || (v === lo && f.op === ">"))) {
          lo = v;
          loInc = f.op === ">=";
        }
        break;
      }
      case "<":
      case "<=": {
        const v = f.values[0];
        if (typeof v === "number" && (hi === undefined || v < hi || (v === hi && f.op === "<"))) {
          hi = v;
          hiInc = f.op === "<=";
        }
        break;
      }
      default:
        break;
    }
  }
  if (lo !== undefined && hi !== undefined && (lo > hi || (lo === hi && !(loInc && hiInc)))) return false;
  if (allowed) {
    for (const v of allowed) {
      if (ne.has(v)) continue;
      if (typeof v !== "number" || ((lo === undefined || v > lo || (v === lo && loInc)) && (hi === undefined || v < hi || (v === hi && hiInc)))) return true;
    }
    return false;
  }
  // An interval minus finitely many values is empty only when it is a single excluded point.
  return !(lo !== undefined && lo === hi && ne.has(lo));
}

/**
 * Facts grouped by value, added one at a time; each carries an origin (where it was
 * written) for messages.
 */
export class FactSet<O> {
  private byKey = new Map<string, { facts: Fact[]; origins: O[] }>();

  /**
   * Adds a fact. When the facts on its value can no longer all hold, returns the earlier
   * ones it clashes with (one when a single earlier fact is enough, else all of them;
   * empty when the fact cannot hold on its own); otherwise undefined.
   */
  add(fact: Fact, origin: O): { fact: Fact; origin: O }[] | undefined {
    const on = this.byKey.get(fact.key);
    if (!on) {
      // The first fact on a value (the usual case) fails alone only as `in []`.
      this.byKey.set(fact.key, { facts: [fact], origins: [origin] });
      return fact.op === "in" && fact.values.length === 0 ? [] : undefined;
    }
    on.facts.push(fact);
    on.origins.push(origin);
    if (satisfiable(on.facts)) return undefined;
    if (!satisfiable([fact])) return [];
    const n = on.facts.length - 1;
    for (let i = 0; i < n; i++) if (!satisfiable([on.facts[i]!, fact])) return [{ fact: on.facts[i]!, origin: on.origins[i]! }];
    return on.facts.slice(0, n).map((f, i) => ({ fact: f, origin: on.origins[i]! }));
  }

  /** The facts on a value and their origins (parallel), in the order added. */
  on(key: string): { readonly facts: readonly Fact[]; readonly origins: readonly O[] } | undefined {
    return this.byKey.get(key);
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}
