/**
 * How large and how deep a declaration may grow once the traits it uses are inlined.
 * A declaration's own text is limited by the parser (SEG0011: 1,000 operators), but a
 * trait is inlined wherever it is used, so chains of traits can build expressions no
 * engine accepts (SQLite and DuckDB refuse expression trees deeper than 1,000 levels,
 * PostgreSQL runs out of stack) and traits that each use the one before twice double in
 * size at every step. The limits sit far above real segments and below every engine's.
 */
import type { IRAggregate, IRCond, IRExpr } from "../ir.ts";

/** The longest chain of traits, consts or params reading one another, or of segments reading one another. */
export const MAX_CHAIN = 100;
/**
 * How deeply a declaration's expression may nest with its traits inlined. DuckDB's planner
 * takes time growing with about the fourth power of the depth of alternating `and`/`or`
 * (1.4 s at 100 levels, 20 s at 200).
 */
export const MAX_DEPTH = 100;
/** How many terms (values, operators, tests) a declaration may have with its traits inlined. */
export const MAX_TERMS = 10_000;
/**
 * How deeply divisions may nest in divisors (`a / (b / (c / …))`). MariaDB evaluates a
 * divisor's NULLIF guard by copying it, so each level doubles its work: 22 levels take
 * half a second there, 30 about two minutes.
 */
export const MAX_DIVISOR_NESTING = 10;

export interface Measure {
  depth: number;
  terms: number;
  divisors: number;
}

/**
 * Measures IR trees, remembering each declaration's root: an inlined trait is the very
 * node the trait's own declaration produced (measured when the trait was checked, since
 * values are checked before their readers), so it is measured once however often it is
 * used, and the walk only descends through a declaration's own expression. The walk
 * allocates nothing per node (it runs on every segment of every check): depth is
 * returned, terms and divisor nesting are accumulated.
 */
export class IRMeasurer {
  private readonly memo = new WeakMap<object, Measure>();
  private terms = 0;
  private divisors = 0;

  /** The measure of a condition or expression and the aggregates it created. */
  declaration(root: IRCond | IRExpr, isCond: boolean, aggs: Iterable<IRAggregate>): Measure {
    this.terms = 0;
    this.divisors = 0;
    const depth = isCond ? this.cond(root as IRCond, 0) : this.expr(root as IRExpr, 0);
    const own: Measure = { depth, terms: this.terms, divisors: this.divisors };
    this.memo.set(root, own);
    let deepest = depth;
    for (const a of aggs) {
      if (a.kind === "events") {
        if (a.select.filter) deepest = Math.max(deepest, this.cond(a.select.filter, 0));
        if (a.value) deepest = Math.max(deepest, this.expr(a.value, 0));
      } else {
        for (const step of a.steps) if (step.select.filter) deepest = Math.max(deepest, this.cond(step.select.filter, 0));
      }
    }
    return { depth: deepest, terms: this.terms, divisors: this.divisors };
  }

  /** The depth of `c`; `divisors`: how many divisors it sits in. */
  private cond(c: IRCond, divisors: number): number {
    const known = this.memo.get(c);
    if (known) return this.reuse(known, divisors);
    this.terms = Math.min(this.terms + 1, Number.MAX_SAFE_INTEGER);
    switch (c.k) {
      case "and":
      case "or": {
        let deepest = 0;
        for (const a of c.args) deepest = Math.max(deepest, this.cond(a, divisors));
        return deepest + 1;
      }
      case "not":
        return this.cond(c.arg, divisors) + 1;
      case "cmp":
        return Math.max(this.expr(c.left, divisors), this.expr(c.right, divisors)) + 1;
      case "inList":
        return Math.max(this.expr(c.value, divisors), this.expr(c.list, divisors)) + 1;
      case "isSet":
      case "truthy":
      case "regex":
        return this.expr(c.value, divisors) + 1;
      case "str":
        return Math.max(this.expr(c.value, divisors), this.expr(c.pattern, divisors)) + 1;
      case "has":
        return Math.max(this.expr(c.list, divisors), this.expr(c.values, divisors)) + 1;
      case "const":
      case "segment":
        return 1;
    }
  }

  private expr(e: IRExpr, divisors: number): number {
    const known = this.memo.get(e);
    if (known) return this.reuse(known, divisors);
    this.terms = Math.min(this.terms + 1, Number.MAX_SAFE_INTEGER);
    switch (e.k) {
      case "timeShift":
      case "neg":
      case "daysSince":
        return this.expr(e.value, divisors) + 1;
      case "arith": {
        const right = this.expr(e.right, e.op === "/" ? divisors + 1 : divisors);
        if (e.op === "/") this.divisors = Math.max(this.divisors, divisors + 1);
        return Math.max(this.expr(e.left, divisors), right) + 1;
      }
      case "cond":
        return this.cond(e.cond, divisors) + 1;
      default:
        return 1;
    }
  }

  /** A measured subtree (an inlined trait) inside this one, under `divisors` divisors. */
  private reuse(known: Measure, divisors: number): number {
    this.terms = Math.min(this.terms + known.terms, Number.MAX_SAFE_INTEGER);
    this.divisors = Math.max(this.divisors, known.divisors > 0 ? divisors + known.divisors : 0);
    return known.depth;
  }
}

/** Why a measured declaration cannot be compiled, or undefined. */
export function measureProblem(m: Measure): string | undefined {
  const inlined = "once the traits it uses are inlined";
  if (m.terms > MAX_TERMS) {
    return `this expression has more than ${MAX_TERMS.toLocaleString("en-US")} terms ${inlined}; move parts of it into segments and test them with \`in\``;
  }
  if (m.depth > MAX_DEPTH) return `this expression nests more than ${MAX_DEPTH} levels deep ${inlined}, beyond what SQL engines accept; simplify it`;
  if (m.divisors > MAX_DIVISOR_NESTING) {
    return `this expression nests divisions in divisors more than ${MAX_DIVISOR_NESTING} levels deep ${inlined}; MariaDB's work doubles with each level`;
  }
  return undefined;
}
