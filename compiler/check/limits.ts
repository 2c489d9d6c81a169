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
 * Measures IR trees, remembering every node it has measured: an inlined trait is the very
 * node the trait's own declaration produced, so it is measured once however often it is
 * used, and the recursion only descends through a declaration's own expression.
 */
export class IRMeasurer {
  private readonly memo = new WeakMap<object, Measure>();

  /** The measure of a condition or expression and the aggregates it created. */
  declaration(root: IRCond | IRExpr, isCond: boolean, aggs: Iterable<IRAggregate>): Measure {
    let m = isCond ? this.cond(root as IRCond) : this.expr(root as IRExpr);
    for (const a of aggs) {
      const parts: Measure[] = [];
      if (a.kind === "events") {
        if (a.select.filter) parts.push(this.cond(a.select.filter));
        if (a.value) parts.push(this.expr(a.value));
      } else {
        for (const s of a.steps) if (s.select.filter) parts.push(this.cond(s.select.filter));
      }
      m = combine(m, ...parts);
    }
    return m;
  }

  cond(c: IRCond): Measure {
    const known = this.memo.get(c);
    if (known) return known;
    let m: Measure;
    switch (c.k) {
      case "and":
      case "or":
        m = node(...c.args.map((a) => this.cond(a)));
        break;
      case "not":
        m = node(this.cond(c.arg));
        break;
      case "cmp":
        m = node(this.expr(c.left), this.expr(c.right));
        break;
      case "inList":
        m = node(this.expr(c.value), this.expr(c.list));
        break;
      case "isSet":
      case "truthy":
      case "regex":
        m = node(this.expr(c.value));
        break;
      case "str":
        m = node(this.expr(c.value), this.expr(c.pattern));
        break;
      case "has":
        m = node(this.expr(c.list), this.expr(c.values));
        break;
      case "const":
      case "segment":
        m = node();
        break;
    }
    this.memo.set(c, m);
    return m;
  }

  expr(e: IRExpr): Measure {
    const known = this.memo.get(e);
    if (known) return known;
    let m: Measure;
    switch (e.k) {
      case "timeShift":
      case "neg":
      case "daysSince":
        m = node(this.expr(e.value));
        break;
      case "arith": {
        const right = this.expr(e.right);
        m = node(this.expr(e.left), e.op === "/" ? { ...right, divisors: right.divisors + 1 } : right);
        break;
      }
      case "cond":
        m = node(this.cond(e.cond));
        break;
      default:
        m = node();
    }
    this.memo.set(e, m);
    return m;
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

/** A node over its operands: one level and one term more than they have together. */
function node(...operands: Measure[]): Measure {
  const { depth, terms, divisors } = combine({ depth: 0, terms: 0, divisors: 0 }, ...operands);
  return { depth: depth + 1, terms: Math.min(terms + 1, Number.MAX_SAFE_INTEGER), divisors };
}

/**
 * Measures side by side: the deepest, and the sum of terms (capped, so that doubling
 * traits cannot overflow).
 */
function combine(first: Measure, ...rest: Measure[]): Measure {
  let { depth, terms, divisors } = first;
  for (const o of rest) {
    depth = Math.max(depth, o.depth);
    terms = Math.min(terms + o.terms, Number.MAX_SAFE_INTEGER);
    divisors = Math.max(divisors, o.divisors);
  }
  return { depth, terms, divisors };
}
