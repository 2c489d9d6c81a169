/**
 * Type checking and lowering of expressions and conditions: AST `Expr` → IR, with every
 * piece of sugar removed (see compiler/ir.ts and docs/language.md "Semantics").
 */
import type {
  AggregateExpr,
  DidExpr,
  EventStep,
  Expr,
  Range,
  Window,
  CompareExpr,
  InListExpr,
  Name,
  MemberExpr,
} from "../../grammar/ast.ts";
import type {
  IRAggregate,
  IRAggregateFn,
  IRCmpOp,
  IRCond,
  IREventSelector,
  IRExpr,
  IRSequenceStep,
  IRTimeRef,
  IRWindow,
} from "../ir.ts";
import { FactSet, neverMissing, readFacts, type Fact } from "./bounds.ts";
import { C } from "./codes.ts";
import { Env, replaceFix, type EventInfo, type TraitValue, type Val } from "./env.ts";
import { durationWords, timeWords } from "../explain/words.ts";
import { checkPortableRegex } from "./regex.ts";
import { backtrackingRisk } from "./backtracking.ts";
import { asciiLower } from "../ir-utils.ts";
import { keywordInOtherCase } from "../../grammar/lexer.ts";
import { isSqlNowName } from "../../grammar/messages.ts";
import type { Fix } from "../../grammar/diagnostic.ts";
import { condThroughRelation, exprThroughRelation } from "./through-relation.ts";
import {
  MS,
  T,
  didYouMean,
  durationProblem,
  instantProblem,
  irType,
  isStringy,
  parseTimeLiteral,
  timeLiteralProblem,
  rangeOf,
  sameKind,
  aTy,
  showTy,
  type Ty,
} from "./types.ts";

/** SQL's spellings read as names: `NOT` (a keyword in upper case), `CURRENT_DATE` (`now`). */
function sqlSpelling(name: string): { hint: string; replacement: string } | undefined {
  const keyword = keywordInOtherCase(name);
  if (keyword !== undefined) return { hint: `keywords are lower case: write \`${keyword}\``, replacement: keyword };
  return isSqlNowName(name) ? { hint: "the current time is `now`", replacement: "now" } : undefined;
}

/** IR aggregate functions as the language writes them. */
const AGGREGATE_WORDS: Partial<Record<string, string>> = { activeDays: "active_days", firstTime: "first", lastTime: "last", firstValue: "first", lastValue: "last" };

/** The parser's code for a character of another language (here SQL's `'`, docs/language.md). */
const QUOTE_CHARACTER = "SEG0005";

/** Names people use for a missing value; seg tests one with `is not set`. */
const NULL_WORDS = new Set(["null", "nil", "none", "undefined", "missing"]);
const NULL_HINT = "; there is no null value: `age is not set` tests a missing value (`== null`), `age is set` a present one (`!= null`)";

export type Scope =
  | { kind: "entity"; entity: string }
  | { kind: "event"; entity: string; event: EventInfo | null }
  | { kind: "const" };

const ERR: Val = { ty: T.error };

function lit(type: "string" | "number" | "boolean", value: string | number | boolean): IRExpr {
  return { k: "lit", type, value };
}

function timeExpr(ref: IRTimeRef): IRExpr {
  return { k: "time", ref };
}

function shiftRef(ref: IRTimeRef, ms: number): IRTimeRef {
  if (ref.k === "asOf") return { k: "asOf", offsetMs: ref.offsetMs + ms };
  return { k: "instant", iso: new Date(Date.parse(ref.iso) + ms).toISOString() };
}

/**
 * A constant number or time as a point on its scale (times relative to as_of and instants
 * are on different scales: their order depends on as_of), with its words; else undefined.
 */
function constantPoint(e: IRExpr): { scale: string; at: number; words: string } | undefined {
  if (e.k === "lit" && e.type === "number" && typeof e.value === "number") return { scale: "number", at: e.value, words: String(e.value) };
  if (e.k === "lit" && e.type === "timestamp" && typeof e.value === "string") return constantPoint(timeExpr({ k: "instant", iso: e.value }));
  if (e.k !== "time") return undefined;
  const at = e.ref.k === "instant" ? Date.parse(e.ref.iso) : e.ref.offsetMs;
  return { scale: e.ref.k, at, words: timeWords(e.ref) };
}

/** `k` of `args`, with nested `k`s flattened into it; a single argument stands alone. */
function junction(k: "and" | "or", args: IRCond[]): IRCond {
  const flat: IRCond[] = [];
  for (const a of args) {
    if (a.k === k) flat.push(...a.args);
    else flat.push(a);
  }
  return flat.length === 1 ? flat[0]! : { k, args: flat };
}

function and(args: IRCond[]): IRCond {
  return junction("and", args);
}

function not(c: IRCond): IRCond {
  return { k: "not", arg: c };
}

/** A short human rendering of a lowered value, for messages. */
function show(e: IRExpr | undefined): string {
  if (!e) return "this value";
  switch (e.k) {
    case "attr":
      return [...e.via, e.name].join(".");
    case "prop":
      return e.name;
    case "key":
      return e.via.length === 0 ? "the key" : `the key of ${e.via.join(".")}`;
    case "lit":
      return JSON.stringify(e.value);
    default:
      return "this value";
  }
}

/** The key of the entity reached through `via` (empty: the evaluated entity's own). */
function keyExpr(ty: Ty, via: string[]): IRExpr {
  return { k: "key", via, type: ty.k === "number" ? "number" : "string" };
}

/** What SEG3001 knows of one `and` chain so far (created on first use). */
interface Chain {
  facts?: FactSet<Range>;
  /** Values already reported on. */
  reported?: Set<string>;
}

/**
 * What SEG3010 knows of one `or` chain so far: the facts of its parts' negations on each
 * value, after a fact that the value is set. When they can no longer all hold, no set value
 * escapes the `or`: `country != "US" or country != "CA"` holds for every country.
 */
interface Cover {
  facts?: FactSet<Range | undefined>;
  reported?: Set<string>;
}

export class Lowerer {
  /** Reused by trackBounds (one chain part at a time). */
  private scratch: Fact[] = [];
  private aggOf = (id: string) => this.env.aggs.get(id);
  /** Properties of the event of the `did … where` just before, for SEG3004. */
  private pendingEvent: { event: EventInfo; did: DidExpr; next: Expr } | undefined;
  /** While the right side of `x == …` / `x != …` (a name) is lowered: that comparison, for `nullTestFix`. */
  private nullTest: CompareExpr | undefined;

  /** `x == null` → `x is not set`, `x != null` → `x is set`: the fix for the comparison being lowered. */
  private nullTestFix(): Fix | undefined {
    const e = this.nullTest;
    if (e === undefined) return undefined;
    const test = e.op === "==" ? "is not set" : "is set";
    return replaceFix({ start: e.left.range.end, end: e.range.end }, ` ${test}`, `Change to \`${test}\``);
  }

  constructor(readonly env: Env) {}

  // -------------------------------------------------------------------------------------
  // Entry points

  cond(e: Expr, scope: Scope): IRCond {
    return this.asCond(this.expr(e, scope), e.range);
  }

  asCond(v: Val, range: Range): IRCond {
    if (v.ty.k === "error") return { k: "const", value: false };
    if (v.ty.k !== "boolean") {
      this.env.error(C.expectedCondition, range, `expected a condition, but this is ${aTy(v.ty)}`);
      return { k: "const", value: false };
    }
    if (v.cond) return v.cond;
    if (v.literal !== undefined) return { k: "const", value: v.literal === true };
    return { k: "truthy", value: v.expr! };
  }

  asExpr(v: Val): IRExpr {
    if (v.expr) return v.expr;
    if (typeof v.literal === "boolean") return lit("boolean", v.literal);
    if (v.cond) return { k: "cond", cond: v.cond };
    if (v.time) return timeExpr(v.time);
    if (v.lits) return { k: "list", element: v.ty.k === "list" && v.ty.elem.k === "number" ? "number" : "string", values: v.lits };
    return { k: "lit", type: "number", value: null };
  }

  // -------------------------------------------------------------------------------------
  // Expressions

  expr(e: Expr, scope: Scope): Val {
    switch (e.kind) {
      case "number":
        if (!Number.isFinite(e.value)) {
          this.env.error(C.outOfRange, e.range, "this number is too large for any engine (beyond ±1.7976931348623157e308)");
          return ERR;
        }
        const written = inexactInteger(e.text, e.value);
        if (written !== undefined) {
          // SQL would compare an integer column with the digits, JS with the rounded double.
          this.env.error(
            C.outOfRange,
            e.range,
            `${e.text} is beyond the integers a number holds exactly (±2^53 = 9007199254740992) and would be read as ${BigInt(e.value)}; a 64-bit id compared with literals is a \`string\` key (\`key id: string\`, \`id == "${written}"\`)`,
          );
          return ERR;
        }
        return { ty: T.number, expr: lit("number", e.value), literal: e.value };
      case "string":
        return { ty: T.string, expr: lit("string", e.value), literal: e.value };
      case "bool":
        return { ty: T.boolean, cond: { k: "const", value: e.value }, literal: e.value };
      case "time": {
        if (e.quoted) this.quotedLiteral(e.range, e.text, "a time is written without quotes");
        const iso = parseTimeLiteral(e.text);
        if (!iso) {
          this.env.error(C.expectedTime, e.range, `\`${e.text}\` is not a valid date or time: ${timeLiteralProblem(e.text)}`);
          return ERR;
        }
        return this.constTimeVal({ k: "instant", iso }, e.range);
      }
      case "now": {
        const ref: IRTimeRef = { k: "asOf", offsetMs: 0 };
        return { ty: T.timestamp, time: ref, expr: timeExpr(ref) };
      }
      case "duration": {
        const unit = e.unit;
        if (unit === "month" || unit === "year") {
          const days = e.amount.value * (unit === "month" ? 30 : 365);
          const text = `${days} ${days === 1 ? "day" : "days"}`;
          this.env.error(
            C.calendarDuration,
            e.range,
            `calendar ${unit}s are not durations (engines disagree on "one month before March 31"); use days, e.g. \`${text}\``,
            replaceFix(e.range, text),
          );
          return ERR;
        }
        return this.durationVal(e.amount.value * MS[unit], e.range);
      }
      case "ago": {
        const d = this.duration(e.duration, scope);
        if (d === undefined) return ERR;
        const ref: IRTimeRef = { k: "asOf", offsetMs: -d };
        return { ty: T.timestamp, time: ref, expr: timeExpr(ref) };
      }
      case "list":
        return this.list(e.items, scope);
      case "ref":
        return this.ref(e.name, scope);
      case "member":
        return this.member(e, scope);
      case "paren":
        return this.expr(e.inner, scope);
      case "unary": {
        const v = this.expr(e.operand, scope);
        if (v.ty.k === "error") return ERR;
        if (v.ty.k === "duration") return { ty: T.duration, ms: -v.ms! };
        if (v.ty.k !== "number") {
          this.env.error(C.arithmetic, e.operand.range, `\`-\` needs a number, but this is ${aTy(v.ty)}`);
          return ERR;
        }
        if (typeof v.literal === "number") return { ty: T.number, expr: lit("number", -v.literal), literal: -v.literal };
        return { ty: T.number, expr: { k: "neg", value: this.asExpr(v) } };
      }
      case "binary":
        return this.binary(e.op, e.left, e.right, scope);
      case "logical":
        return this.logical(e, scope);
      case "not": {
        const v = this.expr(e.operand, scope);
        const c = this.asCond(v, e.operand.range);
        return v.ty.k === "error" ? ERR : { ty: T.boolean, cond: not(c) };
      }
      case "compare":
        return this.compare(e, scope);
      case "between": {
        const v = this.expr(e.value, scope);
        const lo = this.expr(e.low, scope);
        const hi = this.expr(e.high, scope);
        if (v.ty.k === "error" || lo.ty.k === "error" || hi.ty.k === "error") return ERR;
        if (v.ty.k !== "number" && v.ty.k !== "timestamp") {
          this.env.error(C.typeMismatch, e.value.range, `\`between\` needs a number or a timestamp, but this is ${aTy(v.ty)}`);
          return ERR;
        }
        for (const [b, node] of [
          [lo, e.low],
          [hi, e.high],
        ] as const) {
          if (!sameKind(b.ty, v.ty)) {
            this.env.error(C.typeMismatch, node.range, `expected ${aTy(v.ty)} bound, but this is ${aTy(b.ty)}`);
            return ERR;
          }
        }
        const x = this.asExpr(v);
        const [low, high] = [this.asExpr(lo), this.asExpr(hi)];
        this.warnIfReversed(low, high, e.range);
        if (v.ty.k === "timestamp") this.warnDateAsDay(e.value, "between", e.high, e.low);
        return {
          ty: T.boolean,
          cond: and([
            { k: "cmp", op: ">=", left: x, right: low },
            { k: "cmp", op: "<=", left: x, right: high },
          ]),
        };
      }
      case "inList": {
        if (e.list.kind === "ref" && this.env.g.kindOf(e.list.name.text) === "segment" && !this.isMember(e.list.name.text, scope)) {
          return this.valueInSegment(e, e.list.name, scope);
        }
        const v = this.expr(e.value, scope);
        const l = this.expr(e.list, scope);
        if (v.ty.k === "error" || l.ty.k === "error") return ERR;
        if (l.ty.k !== "list" || !l.lits) {
          const found =
            l.ty.k === "list"
              ? `, but this list is an attribute: to test whether it holds a value, write \`<list> has <value>\` (\`tags has "beta"\`)`
              : `, but this is ${aTy(l.ty)}`;
          this.env.error(C.expectedList, e.list.range, `\`in\` needs a list of values like \`["a", "b"]\`${found}`);
          return ERR;
        }
        if (v.ty.k === "list" || v.ty.k === "boolean" || v.ty.k === "duration") {
          this.env.error(C.typeMismatch, e.value.range, `\`in [...]\` needs a string or a number, but this is ${aTy(v.ty)}`);
          return ERR;
        }
        if (l.lits.length > 0 && !sameKind(l.ty.elem, v.ty)) {
          this.env.error(C.typeMismatch, e.list.range, `${aTy(v.ty)} cannot be in ${aTy(l.ty)}`);
          return ERR;
        }
        this.checkEnumList(v.ty, e.list, l, e.ignoreCase);
        const c: IRCond = { k: "inList", value: this.asExpr(v), list: this.asExpr(l) };
        if (e.ignoreCase) c.ci = true;
        return { ty: T.boolean, cond: e.negated ? not(c) : c };
      }
      case "isSet": {
        const v = this.expr(e.value, scope);
        if (v.ty.k === "error") return ERR;
        const c: IRCond = { k: "isSet", value: this.asExpr(v) };
        return { ty: T.boolean, cond: e.negated ? not(c) : c };
      }
      case "stringPred": {
        const v = this.expr(e.value, scope);
        const p = this.expr(e.pattern, scope);
        if (v.ty.k === "error" || p.ty.k === "error") return ERR;
        for (const [x, node] of [
          [v, e.value],
          [p, e.pattern],
        ] as const) {
          if (!isStringy(x.ty)) {
            this.env.error(C.expectedString, node.range, `\`${e.op === "contains" ? "contains" : e.op === "startsWith" ? "starts with" : "ends with"}\` works on strings, but this is ${aTy(x.ty)}`);
            return ERR;
          }
        }
        // SQL's LIKE habit: `contains "%gmail%"` searches for the percent signs too
        if (e.pattern.kind === "string" && typeof p.literal === "string" && /^%|%$/.test(p.literal) && p.literal.replace(/^%+|%+$/g, "") !== "") {
          const bare = p.literal.replace(/^%+|%+$/g, "");
          this.env.warn(
            C.likeWildcard,
            e.pattern.range,
            `\`%\` is no wildcard here: this looks for the text ${JSON.stringify(p.literal)}, percent signs included; \`contains\`, \`starts with\` and \`ends with\` already match part of the value: write ${JSON.stringify(bare)}`,
            replaceFix(e.pattern.range, JSON.stringify(bare)),
          );
        }
        const c: IRCond = { k: "str", op: e.op, value: this.asExpr(v), pattern: this.asExpr(p) };
        if (e.ignoreCase) c.ci = true;
        return { ty: T.boolean, cond: e.negated ? not(c) : c };
      }
      case "regex": {
        const v = this.expr(e.value, scope);
        if (v.ty.k === "error") return ERR;
        if (!isStringy(v.ty)) {
          this.env.error(C.expectedString, e.value.range, `\`matches\` works on strings, but this is ${aTy(v.ty)}`);
          return ERR;
        }
        const problem = checkPortableRegex(e.pattern.value);
        if (problem) {
          this.env.error(C.regex, e.pattern.range, `regular expression: ${problem.message}`);
          return ERR;
        }
        const risk = backtrackingRisk(e.pattern.value, e.ignoreCase);
        if (risk?.exponential) {
          this.env.error(C.regexExponential, e.pattern.range, `regular expression: ${risk.reason}; JavaScript and SQLite would take minutes on it, MariaDB gives up (an error); write each repeated part so that it can match a text in one way only, e.g. \`(a+)+\` as \`a+\``);
          return ERR;
        }
        if (risk) this.env.warn(C.regexSlow, e.pattern.range, `regular expression: ${risk.reason} on JavaScript and SQLite (MariaDB gives up at its limit, an error); a long value can take seconds`);
        const c: IRCond = { k: "regex", value: this.asExpr(v), pattern: e.pattern.value };
        if (e.ignoreCase) c.ci = true;
        return { ty: T.boolean, cond: e.negated ? not(c) : c };
      }
      case "has": {
        const l = this.expr(e.list, scope);
        if (l.ty.k === "error") return ERR;
        if (l.ty.k !== "list") {
          this.env.error(C.expectedList, e.list.range, `\`has\` works on lists, but this is ${aTy(l.ty)}`);
          return ERR;
        }
        let vals = this.expr(e.values, scope);
        if (vals.ty.k === "error") return ERR;
        if (e.mode === "one") {
          if (vals.literal === undefined || typeof vals.literal === "boolean") {
            this.env.error(C.typeMismatch, e.values.range, "`has` needs a constant string or number");
            return ERR;
          }
          vals = { ty: { k: "list", elem: vals.ty }, lits: [vals.literal] };
        }
        if (vals.ty.k !== "list" || !vals.lits) {
          this.env.error(C.expectedList, e.values.range, `\`has ${e.mode}\` needs a list of values like \`["a", "b"]\``);
          return ERR;
        }
        if (vals.lits.length > 0 && !sameKind(vals.ty.elem, l.ty.elem)) {
          this.env.error(C.typeMismatch, e.values.range, `${aTy(l.ty)} cannot hold ${showTy(vals.ty.elem)} values`);
          return ERR;
        }
        if (e.mode !== "one") this.checkEnumList(l.ty.elem, e.values, vals);
        else if (l.ty.elem.k === "enum") this.checkEnum(l.ty.elem.values, vals.lits[0]!, e.values.range);
        return {
          ty: T.boolean,
          cond: { k: "has", list: this.asExpr(l), mode: e.mode === "all" ? "all" : "any", values: this.asExpr(vals) },
        };
      }
      case "timeWindow": {
        const v = this.expr(e.value, scope);
        if (v.ty.k === "error") return ERR;
        if (v.ty.k !== "timestamp") {
          this.env.error(C.expectedTime, e.value.range, `a time window needs a timestamp, but this is ${aTy(v.ty)}`);
          return ERR;
        }
        const x = this.asExpr(v);
        const w = e.window;
        switch (w.kind) {
          case "last": {
            const d = this.duration(w.duration, scope);
            if (d === undefined) return ERR;
            if (d <= 0) this.warnNoTime(w.range, lastWindowProblem(d));
            return {
              ty: T.boolean,
              cond: and([
                { k: "cmp", op: ">", left: x, right: timeExpr({ k: "asOf", offsetMs: -d }) },
                { k: "cmp", op: "<=", left: x, right: timeExpr({ k: "asOf", offsetMs: 0 }) },
              ]),
            };
          }
          case "betweenAgo": {
            const a = this.duration(w.from, scope, true);
            const b = this.duration(w.to, scope);
            if (a === undefined || b === undefined) return ERR;
            if (a === b) this.warnNoTime(w.range, `it starts and ends ${durationWords(a)} ago`);
            return {
              ty: T.boolean,
              cond: and([
                { k: "cmp", op: ">", left: x, right: timeExpr({ k: "asOf", offsetMs: -Math.max(a, b) }) },
                { k: "cmp", op: "<=", left: x, right: timeExpr({ k: "asOf", offsetMs: -Math.min(a, b) }) },
              ]),
            };
          }
          case "before":
          case "after": {
            const t = this.expr(w.time, scope);
            if (t.ty.k === "error") return ERR;
            if (t.ty.k !== "timestamp") {
              this.env.error(C.expectedTime, w.time.range, `\`${w.kind}\` needs a time, but this is ${aTy(t.ty)}`);
              return ERR;
            }
            return { ty: T.boolean, cond: { k: "cmp", op: w.kind === "before" ? "<" : ">", left: x, right: this.asExpr(t) } };
          }
        }
        return ERR;
      }
      case "segmentRef":
        return this.segmentRef(e.segment, scope);
      case "did":
        return this.did(e, scope);
      case "aggregate":
        return this.aggregate(e, scope, false);
      case "daysSince": {
        const v = this.expr(e.value, scope);
        if (v.ty.k === "error") return ERR;
        if (v.ty.k !== "timestamp") {
          this.env.error(C.expectedTime, e.value.range, `\`days_since\` needs a timestamp, but this is ${aTy(v.ty)}`);
          return ERR;
        }
        return { ty: T.number, expr: { k: "daysSince", value: this.asExpr(v) } };
      }
      case "error":
        this.env.failed = true;
        return ERR;
    }
  }

  /**
   * A constant duration in ms, or undefined (reported). `betweenAgo`: the first bound of a
   * `between … and … ago` window, where `30 days ago` is a slip for `30 days`.
   */
  duration(e: Expr, scope: Scope, betweenAgo = false): number | undefined {
    const v = this.expr(e, scope);
    if (v.ty.k === "error") return undefined;
    if (v.ty.k !== "duration" || v.ms === undefined) {
      if (betweenAgo && e.kind === "ago") {
        this.env.error(
          C.expectedDuration,
          e.range,
          "expected a duration like `30 days`: a window says `ago` once, at its end (`between 30 days and 7 days ago`)",
          { title: "Remove this `ago`", edits: [{ range: { start: e.duration.range.end, end: e.range.end }, newText: "" }] },
        );
        return undefined;
      }
      // `x between start and 1 hour ago` with a const `start`: the window's form, so say the other
      const timeHint =
        betweenAgo && v.ty.k === "timestamp"
          ? ": `between D1 and D2 ago` is a window of durations; from a time, write `x between <time> and now - 1 hour` (or, for events, `after <time> before 1 hour ago`)"
          : "";
      this.env.error(C.expectedDuration, e.range, `expected a duration like \`30 days\`, but this is ${aTy(v.ty)}${timeHint}`);
      return undefined;
    }
    return v.ms;
  }

  /**
   * A constant duration of `exact` milliseconds, or an error when it is no whole number of
   * them (durations are exact, LANGUAGE.md) or no engine could compute with it.
   */
  private durationVal(exact: number, range: Range): Val {
    const ms = Math.round(exact);
    // Decimal fractions of a unit (`1.1 hours`) are whole milliseconds up to float noise:
    // a few units in the last place of the product, whatever its size.
    if (Math.abs(exact - ms) > 4 * Number.EPSILON * Math.abs(exact) + 1e-9) {
      const seconds = (n: number): string => `${n / 1000} ${n === 1000 ? "second" : "seconds"}`;
      // 12 digits read well (`1000.5 ms`), unless they round to a whole number the error denies
      const rounded = Number(exact.toPrecision(12));
      const shown = Number.isInteger(rounded) ? String(exact) : String(rounded);
      this.env.error(
        C.outOfRange,
        range,
        `durations are whole milliseconds, and this one is ${shown} ms: write \`${seconds(Math.floor(exact))}\` or \`${seconds(Math.ceil(exact))}\``,
      );
      return ERR;
    }
    const problem = durationProblem(ms);
    if (problem === undefined) return { ty: T.duration, ms };
    this.env.error(C.outOfRange, range, problem);
    return ERR;
  }

  /** A time known at compile time, or an error when it lies outside what every engine stores. */
  private constTimeVal(ref: IRTimeRef, range: Range): Val {
    let problem: string | undefined;
    if (ref.k === "instant") problem = instantProblem(Date.parse(ref.iso));
    else if (durationProblem(ref.offsetMs) !== undefined) {
      problem = "this time lies more than 1,000 years (365,250 days) from `now`, the furthest seg compiles";
    }
    if (problem === undefined) return { ty: T.timestamp, time: ref, expr: timeExpr(ref) };
    this.env.error(C.outOfRange, range, problem);
    return ERR;
  }

  /** A compile-time instant for a window bound, or undefined (reported). */
  constTime(e: Expr, scope: Scope): IRTimeRef | undefined {
    const v = this.expr(e, scope);
    if (v.ty.k === "error") return undefined;
    if (v.ty.k !== "timestamp") {
      this.env.error(C.expectedTime, e.range, `expected a time like \`2024-03-01\` or \`7 days ago\`, but this is ${aTy(v.ty)}`);
      return undefined;
    }
    if (!v.time) {
      this.env.error(C.notConstant, e.range, "an event window needs a time known at compile time (a date, `now`, or `<duration> ago`)");
      return undefined;
    }
    return v.time;
  }

  private list(items: Expr[], scope: Scope): Val {
    const lits: (string | number)[] = [];
    let elem: Ty | undefined;
    for (const it of items) {
      const v = this.expr(it, scope);
      if (v.ty.k === "error") return ERR;
      if (!(typeof v.literal === "string" || typeof v.literal === "number")) {
        this.env.error(C.typeMismatch, it.range, `list items must be constant strings or numbers, but this is ${aTy(v.ty)}`);
        return ERR;
      }
      if (elem && !sameKind(elem, v.ty)) {
        this.env.error(C.typeMismatch, it.range, `a list holds one type: expected ${aTy(elem)}, but this is ${aTy(v.ty)}`);
        return ERR;
      }
      elem ??= v.ty;
      lits.push(v.literal);
    }
    const ty: Ty = { k: "list", elem: elem ?? T.string };
    return { ty, lits, expr: { k: "list", element: elem?.k === "number" ? "number" : "string", values: lits } };
  }

  /** SEG2006 when `v` is no value of the enum (also for a test record's field, testblock.ts). */
  checkEnum(values: string[], v: string | number, range: Range, ignoreCase = false): void {
    if (typeof v !== "string" || values.includes(v)) return;
    // `plan == "PRO" ignoring case` meets "pro" (ASCII case, as the backends fold it).
    if (ignoreCase && values.some((x) => asciiLower(x) === asciiLower(v))) return;
    const s = didYouMean(v, values);
    this.env.error(
      C.enumValue,
      range,
      // quoted as written in source: a line break in the value stays `\n`, not a break in the message
      `${JSON.stringify(v)} is not one of ${values.map((x) => JSON.stringify(x)).join(", ")}${s !== undefined ? `; did you mean ${JSON.stringify(s)}?` : ""}`,
      s !== undefined ? replaceFix(range, JSON.stringify(s)) : undefined,
    );
  }

  private checkEnumList(ty: Ty, listNode: Expr, l: Val, ignoreCase = false): void {
    if (ty.k !== "enum" || !l.lits) return;
    if (listNode.kind === "list") {
      listNode.items.forEach((it, i) => this.checkEnum(ty.values, l.lits![i]!, it.range, ignoreCase));
    } else {
      for (const v of l.lits) this.checkEnum(ty.values, v, listNode.range, ignoreCase);
    }
  }

  // -------------------------------------------------------------------------------------
  // Names

  private ref(name: Name, scope: Scope): Val {
    const env = this.env;
    const g = env.g;
    const n = name.text;
    if (scope.kind === "event") {
      const ev = scope.event;
      if (ev) {
        env.dep(`n:${ev.name}`);
        const p = ev.props.get(n);
        if (p) {
          env.ref(name.range, `${ev.name}.${n}`);
          return { ty: p.ty, expr: { k: "prop", name: n, type: irType(p.ty) } };
        }
      }
      const named = this.namedValue(name);
      if (named) return named;
      const cands = ev ? [...ev.props.keys()] : [];
      const sql = sqlSpelling(n);
      const s = sql?.replacement ?? didYouMean(n, cands);
      const ent = g.entities.get(scope.entity);
      const isAttr = ent?.attrs.has(n);
      env.error(
        C.unknownProperty,
        name.range,
        ev
          ? `event \`${ev.name}\` has no property \`${n}\`${sql ? `; ${sql.hint}` : s ? `; did you mean \`${s}\`?` : NULL_WORDS.has(n.toLowerCase()) ? NULL_HINT : ""}${isAttr ? ` (\`${n}\` is an attribute of ${scope.entity}: move it out of the event filter)` : ""}`
          : `\`any\` event has no properties; \`${n}\` cannot be used in its filter`,
        s ? replaceFix(name.range, s) : NULL_WORDS.has(n.toLowerCase()) ? this.nullTestFix() : undefined,
      );
      return ERR;
    }
    if (scope.kind === "entity") {
      const ent = g.entities.get(scope.entity);
      env.dep(`e:${scope.entity}`);
      if (ent) {
        const a = ent.attrs.get(n);
        if (a) {
          env.ref(name.range, `${ent.name}.${n}`);
          this.checkOuterProperty(name, true);
          return { ty: a.ty, expr: { k: "attr", via: [], name: n, type: irType(a.ty) } };
        }
        if (ent.key && ent.key.name === n) {
          env.ref(name.range, `${ent.name}.${n}`);
          return { ty: ent.key.ty, expr: keyExpr(ent.key.ty, []) };
        }
        if (ent.relations.has(n)) {
          env.ref(name.range, `${ent.name}.${n}`);
          env.error(C.typeMismatch, name.range, `\`${n}\` is a relation to ${ent.relations.get(n)!.target}; name one of its attributes, like \`${n}.<attribute>\``);
          return ERR;
        }
      }
    }
    const named = this.namedValue(name, scope);
    if (named) return named;
    const kind = g.kindOf(n);
    if (kind === "segment") {
      env.ref(name.range, n);
      env.error(C.typeMismatch, name.range, `\`${n}\` is a segment; test membership with \`in ${n}\``, replaceFix(name.range, `in ${n}`));
      return ERR;
    }
    if (kind === "event") {
      env.ref(name.range, n);
      env.error(C.eventAsValue, name.range, `\`${n}\` is an event; test it with \`did ${n}\` or count it with \`count(${n})\``, replaceFix(name.range, `did ${n}`));
      return ERR;
    }
    if (kind === "entity") {
      env.error(C.typeMismatch, name.range, `\`${n}\` is an entity, not a value`);
      return ERR;
    }
    // Unknown.
    env.dep("*names");
    const cands: string[] = [];
    if (scope.kind === "entity") {
      const ent = g.entities.get(scope.entity);
      if (ent) cands.push(...ent.attrs.keys(), ...ent.relations.keys());
      cands.push(...g.namesOf(["trait"]));
    }
    cands.push(...g.namesOf(["const", "param"]));
    // `NOT plan == "pro"`, `CURRENT_DATE`: SQL's spellings, read as names
    const sql = sqlSpelling(n);
    // `did purchase and amount > 100`: a property of one of the entity's events, read as an attribute
    const ownerEvent =
      sql === undefined && scope.kind === "entity" ? [...g.events.values()].find((ev) => ev.entity === scope.entity && ev.props.has(n)) : undefined;
    const s = sql?.replacement ?? (ownerEvent ? undefined : didYouMean(n, cands));
    if (scope.kind === "entity" && this.checkOuterProperty(name, false)) return ERR;
    const hint = sql
      ? `; ${sql.hint}`
      : ownerEvent
        ? `; \`${n}\` is a property of \`${ownerEvent.name}\`: a condition on it is the event's filter, \`did ${ownerEvent.name} where ${n} …\``
        : s
      ? `; did you mean \`${s}\`?`
      : NULL_WORDS.has(n.toLowerCase())
        ? NULL_HINT
        : "";
    env.error(
      C.unknownName,
      name.range,
      scope.kind === "entity"
        ? `${scope.entity} has no attribute \`${n}\`, and there is no trait or const of that name${hint}`
        : `unknown const \`${n}\`${hint}`,
      s ? replaceFix(name.range, s) : NULL_WORDS.has(n.toLowerCase()) ? this.nullTestFix() : undefined,
    );
    return ERR;
  }

  /** Consts, params and traits (inlined). */
  private namedValue(name: Name, scope?: Scope): Val | undefined {
    const env = this.env;
    const g = env.g;
    const n = name.text;
    const kind = g.kindOf(n);
    if (kind === "const" || kind === "param") {
      env.dep(`n:${n}`);
      env.ref(name.range, n);
      env.uses.push({ name: n, range: name.range });
      const c = g.constVal(n);
      if (c === undefined || c === "cycle" || c.failed) {
        env.failed = true;
        return ERR;
      }
      env.chain = Math.max(env.chain, c.chain);
      return c.val;
    }
    if (kind === "trait" && scope && scope.kind === "entity") {
      const t = this.useTrait(name);
      if (!t) return ERR;
      if (t.entity !== scope.entity) {
        env.error(C.wrongEntity, name.range, `trait \`${n}\` is computed for ${t.entity}, not for ${scope.entity}`);
        return ERR;
      }
      for (const [k, a] of t.aggs) env.aggs.set(k, a);
      return t.val;
    }
    return undefined;
  }

  /**
   * A trait this declaration reads: its dependency, reference and use (for cycles) recorded.
   * Undefined, with the declaration failed, when the trait is in a cycle or has errors
   * (reported at the trait).
   */
  private useTrait(name: Name): TraitValue | undefined {
    const env = this.env;
    env.dep(`n:${name.text}`);
    env.ref(name.range, name.text);
    env.uses.push({ name: name.text, range: name.range });
    const t = env.g.trait(name.text);
    if (t === undefined || t === "cycle" || t.failed) {
      env.failed = true;
      return undefined;
    }
    env.chain = Math.max(env.chain, t.chain);
    return t;
  }

  /**
   * `account.seats`: a trait of the related entity, read through the relation `via`.
   * Undefined when the trait is of another entity (the caller reports the name as unknown).
   */
  private relatedTrait(name: Name, entity: string, via: string[]): Val | undefined {
    const env = this.env;
    env.dep(`n:${name.text}`);
    if (env.g.traitEntity(name.text) !== entity) return undefined;
    const t = this.useTrait(name);
    if (!t) return ERR;
    const { val } = t;
    const expr = val.expr && exprThroughRelation(via, val.expr);
    const cond = val.cond && condThroughRelation(via, val.cond);
    if (t.aggs.size === 0 && (val.expr === undefined || expr) && (val.cond === undefined || cond)) {
      return { ...val, ...(expr ? { expr } : {}), ...(cond ? { cond } : {}) };
    }
    env.error(
      C.unknownMember,
      name.range,
      `trait \`${name.text}\` ${t.aggs.size > 0 ? `counts events of ${entity}` : `asks for segments of ${entity}`}: through a relation, a trait can only read ${entity}'s own attributes (aggregates and segments are computed for the evaluated entity)`,
    );
    return ERR;
  }

  private member(e: MemberExpr, scope: Scope): Val {
    const env = this.env;
    const g = env.g;
    // first(E).time / last(E).time
    if (e.object.kind === "aggregate") {
      const a = e.object;
      if ((a.fn === "first" || a.fn === "last") && !a.property) {
        if (e.member.text === "time") return this.aggregate(a, scope, true);
        const event = a.step.event;
        const prop = e.member.text;
        if (event && g.events.get(event.text)?.props.has(prop)) {
          // `first(purchase).amount` means `first(purchase.amount)`: move the property inside
          env.error(C.unknownMember, e.member.range, `\`${a.fn}(…)\` has only \`.time\`; the ${a.fn} ${prop} is \`${a.fn}(${event.text}.${prop})\``, {
            title: `Change to \`${a.fn}(${event.text}.${prop})\``,
            edits: [
              { range: { start: event.range.end, end: event.range.end }, newText: `.${prop}` },
              { range: { start: a.range.end, end: e.member.range.end }, newText: "" },
            ],
          });
          return ERR;
        }
        env.error(C.unknownMember, e.member.range, `\`${a.fn}(…)\` has only \`.time\`; for a property write \`${a.fn}(event.property)\``, replaceFix(e.member.range, "time"));
        return ERR;
      }
      env.error(C.unknownMember, e.member.range, `an aggregate has no member \`${e.member.text}\``);
      return ERR;
    }
    // Flatten a.b.c
    const chain: Name[] = [e.member];
    let obj: Expr = e.object;
    while (obj.kind === "member") {
      chain.unshift(obj.member);
      obj = obj.object;
    }
    if (obj.kind !== "ref") {
      env.error(C.unknownMember, e.member.range, `\`.${e.member.text}\` cannot follow this expression`);
      return ERR;
    }
    const head = obj.name;
    if (scope.kind === "entity") {
      const ent = g.entities.get(scope.entity);
      env.dep(`e:${scope.entity}`);
      if (ent && ent.relations.has(head.text)) {
        let cur = ent;
        const via: string[] = [];
        let rel: Name = head;
        for (let i = 0; ; i++) {
          const r = cur.relations.get(rel.text)!;
          env.ref(rel.range, `${cur.name}.${rel.text}`);
          via.push(rel.text);
          env.dep(`e:${r.target}`);
          const target = g.entities.get(r.target);
          if (!target) {
            env.failed = true;
            return ERR;
          }
          const m = chain[i]!;
          if (i === chain.length - 1) {
            const a = target.attrs.get(m.text);
            if (a) {
              env.ref(m.range, `${target.name}.${m.text}`);
              return { ty: a.ty, expr: { k: "attr", via, name: m.text, type: irType(a.ty) } };
            }
            if (target.key && target.key.name === m.text) {
              env.ref(m.range, `${target.name}.${m.text}`);
              return { ty: target.key.ty, expr: keyExpr(target.key.ty, via) };
            }
            if (g.kindOf(m.text) === "trait") {
              const t = this.relatedTrait(m, target.name, via);
              if (t) return t;
            }
            env.dep("*names");
            const traits = g.namesOf(["trait"]).filter((n) => g.traitEntity(n) === target.name);
            const s = didYouMean(m.text, [...target.attrs.keys(), ...traits]);
            env.error(
              C.unknownMember,
              m.range,
              `${target.name} has no attribute or trait \`${m.text}\`${s ? `; did you mean \`${s}\`?` : ""}`,
              s ? replaceFix(m.range, s) : undefined,
            );
            return ERR;
          }
          if (!target.relations.has(m.text)) {
            const s = didYouMean(m.text, [...target.relations.keys()]);
            env.error(C.unknownMember, m.range, `${target.name} has no relation \`${m.text}\`${s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(m.range, s) : undefined);
            return ERR;
          }
          cur = target;
          rel = m;
        }
      }
    }
    if (g.kindOf(head.text) === "event") {
      env.ref(head.range, head.text);
      const text = `last(${head.text}.${chain.map((c) => c.text).join(".")})`;
      env.error(
        C.eventAsValue,
        e.range,
        `\`${head.text}\` is an event, which happens many times; pick one value with an aggregate, e.g. \`${text}\``,
        replaceFix(e.range, text),
      );
      return ERR;
    }
    const v = this.expr(obj, scope);
    if (v.ty.k === "error") return ERR;
    env.error(C.unknownMember, e.member.range, `${aTy(v.ty)} has no member \`${e.member.text}\``);
    return ERR;
  }

  /** A bare name that reads as a member of the scope's entity (its own names come first). */
  private isMember(name: string, scope: Scope): boolean {
    if (scope.kind !== "entity") return false;
    const ent = this.env.g.entities.get(scope.entity);
    return ent !== undefined && (ent.attrs.has(name) || ent.relations.has(name) || ent.key?.name === name);
  }

  /**
   * `<value> in <segment>`: membership is of the record itself (`in <segment>`); the segment
   * of a related record (`account in at_risk_accounts`) is not in the language yet.
   */
  private valueInSegment(e: InListExpr, segment: Name, scope: Scope): Val {
    const env = this.env;
    const n = segment.text;
    env.ref(segment.range, n);
    const via = e.value.kind === "ref" ? e.value.name.text : undefined;
    const relation = via === undefined || scope.kind !== "entity" ? undefined : env.g.entities.get(scope.entity)?.relations.get(via);
    if (relation && env.g.segment(n)?.entity === relation.target) {
      env.error(
        C.wrongEntity,
        e.range,
        `\`${n}\` is a segment of ${relation.target}: testing whether a related record is in a segment is not in the language yet (docs/language.md, "Not in the language yet"); repeat its condition on \`${via}.<attribute>\``,
      );
      return ERR;
    }
    const membership = `${e.negated ? "not " : ""}in ${n}`;
    env.error(C.typeMismatch, e.range, `segment membership is the record's own, with no value before it: write \`${membership}\``, replaceFix(e.range, membership));
    return ERR;
  }

  private segmentRef(name: Name, scope: Scope): Val {
    const env = this.env;
    const n = name.text;
    env.dep(`n:${n}`);
    if (scope.kind !== "entity") {
      env.error(C.typeMismatch, name.range, "segment membership can only be tested in segments and traits");
      return ERR;
    }
    const s = env.g.segment(n);
    if (!s) {
      env.dep("*names");
      const sug = didYouMean(n, env.g.namesOf(["segment"]));
      env.error(C.unknownSegment, name.range, `unknown segment \`${n}\`${sug ? `; did you mean \`${sug}\`?` : ""}`, sug ? replaceFix(name.range, sug) : undefined);
      return ERR;
    }
    env.ref(name.range, n);
    env.uses.push({ name: n, range: name.range });
    if (s.entity === undefined) {
      env.failed = true;
      return ERR;
    }
    if (s.entity !== scope.entity) {
      env.error(C.wrongEntity, name.range, `segment \`${n}\` is a segment of ${s.entity}, not of ${scope.entity}`);
      return ERR;
    }
    if (s.deprecated !== undefined) {
      env.warn(C.deprecated, name.range, `segment \`${n}\` is deprecated${typeof s.deprecated === "string" ? `: ${s.deprecated}` : ""}`);
    }
    if (!env.dependsOn.includes(n)) env.dependsOn.push(n);
    return { ty: T.boolean, cond: { k: "segment", name: n } };
  }

  // -------------------------------------------------------------------------------------
  // Operators

  private binary(op: "+" | "-" | "*" | "/", le: Expr, re: Expr, scope: Scope): Val {
    const l = this.expr(le, scope);
    const r = this.expr(re, scope);
    if (l.ty.k === "error" || r.ty.k === "error") return ERR;
    // time ± duration
    if (l.ty.k === "timestamp" && r.ty.k === "duration" && (op === "+" || op === "-")) {
      const ms = op === "+" ? r.ms! : -r.ms!;
      if (l.time) return this.constTimeVal(shiftRef(l.time, ms), rangeOf(le.range, re.range));
      const value = this.asExpr(l);
      // Shifts of a shift add up: one shift, whose total must stay within the duration limit.
      if (value.k === "timeShift") {
        const total = value.ms + ms;
        if (durationProblem(total) !== undefined) {
          this.env.error(C.outOfRange, rangeOf(le.range, re.range), "these shifts add up to more than 1,000 years (365,250 days), the furthest seg compiles");
          return ERR;
        }
        return { ty: T.timestamp, expr: { k: "timeShift", value: value.value, ms: total } };
      }
      return { ty: T.timestamp, expr: { k: "timeShift", value, ms } };
    }
    if (l.ty.k === "duration" && r.ty.k === "timestamp" && op === "+") return this.binary(op, re, le, scope);
    const whole = rangeOf(le.range, re.range);
    if (l.ty.k === "duration" && r.ty.k === "duration" && (op === "+" || op === "-")) {
      return this.durationVal(op === "+" ? l.ms! + r.ms! : l.ms! - r.ms!, whole);
    }
    if (l.ty.k === "duration" && typeof r.literal === "number" && (op === "*" || op === "/") && r.literal !== 0) {
      return this.durationVal(op === "*" ? l.ms! * r.literal : l.ms! / r.literal, whole);
    }
    if (r.ty.k === "duration" && typeof l.literal === "number" && op === "*") {
      return this.durationVal(r.ms! * l.literal, whole);
    }
    for (const [v, node] of [
      [l, le],
      [r, re],
    ] as const) {
      if (v.ty.k !== "number") {
        const hint =
          v.ty.k === "timestamp"
            ? " (timestamps take `+`/`-` a duration; for elapsed time use `days_since(…)`)"
            : v.ty.k === "boolean"
              ? " (a condition is not a number)"
              : "";
        this.env.error(C.arithmetic, node.range, `\`${op}\` needs numbers, but this is ${aTy(v.ty)}${hint}`);
        return ERR;
      }
    }
    if (typeof l.literal === "number" && typeof r.literal === "number" && !(op === "/" && r.literal === 0)) {
      const x = op === "+" ? l.literal + r.literal : op === "-" ? l.literal - r.literal : op === "*" ? l.literal * r.literal : l.literal / r.literal;
      if (!Number.isFinite(x)) {
        this.env.error(C.outOfRange, whole, "this computes a number too large for any engine (beyond ±1.7976931348623157e308)");
        return ERR;
      }
      return { ty: T.number, expr: lit("number", x), literal: x };
    }
    return { ty: T.number, expr: { k: "arith", op, left: this.asExpr(l), right: this.asExpr(r) } };
  }

  private compare(e: CompareExpr, scope: Scope): Val {
    const l = this.expr(e.left, scope);
    // `age != null`: if `null` names nothing, its error carries the fix to `age is set`
    this.nullTest = (e.op === "==" || e.op === "!=") && e.right.kind === "ref" ? e : undefined;
    // `email == '2024-01-01'`: a string compared, the quotes SQL's (a time elsewhere)
    const r =
      e.right.kind === "time" && e.right.quoted && isStringy(l.ty)
        ? this.quotedLiteral(e.right.range, JSON.stringify(e.right.text), "strings use double quotes", e.right.text)
        : this.expr(e.right, scope);
    this.nullTest = undefined;
    if (l.ty.k === "error" || r.ty.k === "error") return ERR;
    const lt = l.ty;
    const rt = r.ty;
    if (this.quotedName(e, l, r, scope)) return ERR;
    if (lt.k === "list" || rt.k === "list") {
      // `country == na` with a const list `na`: membership, not a list's own test
      const membership = rt.k === "list" && lt.k !== "list" && (e.op === "==" || e.op === "!=") ? `; for one of its values write \`${e.op === "==" ? "in" : "not in"}\` instead of \`${e.op}\`` : "";
      return this.mismatch(e.right.range, `lists cannot be compared with \`${e.op}\`${membership || "; use `has`, `has any` or `has all`"}`);
    }
    if (lt.k === "duration" || rt.k === "duration") {
      return this.mismatch(e.right.range, 
        lt.k === "timestamp" || rt.k === "timestamp"
          ? "a timestamp cannot be compared with a duration; write `<duration> ago` (e.g. `30 days ago`) or use `in last <duration>`"
          : "a duration is not a value here; write `<duration> ago` for a time",
      );
    }
    if (!sameKind(lt, rt)) {
      const hint = lt.k === "timestamp" && rt.k === "string" ? " (write times without quotes: `2024-03-01`)" : "";
      return this.mismatch(e.right.range, `cannot compare ${aTy(lt)} with ${aTy(rt)}${hint}`);
    }
    if (lt.k === "boolean" && e.op !== "==" && e.op !== "!=") {
      return this.mismatch(e.right.range, `booleans can only be compared with \`==\` or \`!=\``);
    }
    if (lt.k === "timestamp") this.warnDateAsDay(e.left, e.op, e.right);
    if (lt.k === "enum" && typeof r.literal === "string") this.checkEnum(lt.values, r.literal, e.right.range, e.ignoreCase);
    if (rt.k === "enum" && typeof l.literal === "string") this.checkEnum(rt.values, l.literal, e.left.range, e.ignoreCase);
    const c: IRCond = { k: "cmp", op: e.op, left: this.asExpr(l), right: this.asExpr(r) };
    if (e.ignoreCase) {
      if (!isStringy(lt)) return this.mismatch(e.right.range, "`ignoring case` applies to strings only");
      c.ci = true;
    }
    return { ty: T.boolean, cond: c };
  }

  /**
   * SEG3007 for a date meant as a whole day where it is its first instant (midnight UTC):
   * `signed_up_at == 2024-05-01` (only a signup at 00:00:00), `<= 2024-01-31` or `between
   * … and 2024-01-31` (nothing after midnight of the 31st). The fix is in the message: a
   * range up to the next day, exclusive.
   */
  private warnDateAsDay(value: Expr, op: string, date: Expr, low?: Expr): void {
    if (date.kind !== "time" || !/^\d{4}-\d{2}-\d{2}$/.test(date.text) || !["==", "!=", "<=", "between"].includes(op)) return;
    const next = new Date(Date.parse(`${date.text}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const x = value.kind === "ref" ? value.name.text : "x";
    const from = op === "between" ? (low?.kind === "time" ? low.text : undefined) : date.text;
    const range = from === undefined ? `\`${x} < ${next}\` as the upper bound` : `\`${x} >= ${from} and ${x} < ${next}\``;
    const instead = op === "!=" ? `\`not (${x} >= ${from} and ${x} < ${next})\`` : range;
    const effect = op === "<=" || op === "between" ? "nothing later that day is included" : `\`${op}\` compares with that one instant`;
    this.env.warn(C.dateAsDay, date.range, `\`${date.text}\` is an instant, midnight UTC at the start of that day, not the whole day: ${effect}; ${op === "between" || op === "<=" ? "to include the day" : "for the day"}, write ${instead}`);
  }

  /**
   * SEG2017 for `"plan" != "free"`: a quoted name (SQL's quoted identifier) is a string here,
   * so the comparison of two fixed strings would hold for everyone or no one.
   */
  private quotedName(e: CompareExpr, l: Val, r: Val, scope: Scope): boolean {
    if (scope.kind !== "entity" || l.literal === undefined || r.literal === undefined) return false;
    const ent = this.env.g.entities.get(scope.entity);
    for (const [side, node] of [[l, e.left], [r, e.right]] as const) {
      const name = side.literal;
      if (node.kind !== "string" || typeof name !== "string" || !(ent?.attrs.has(name) || ent?.relations.has(name))) continue;
      this.env.error(
        C.quotedName,
        node.range,
        `${JSON.stringify(name)} is a string, not the attribute \`${name}\`: this compares two fixed values, true for every ${scope.entity} or none; names are written without quotes`,
        replaceFix(node.range, name),
      );
      return true;
    }
    return false;
  }

  /**
   * SEG0005 (the parser's code) on a value in SQL's single quotes read as a time: the fix
   * follows its use. With `asString`, the value is that string.
   */
  private quotedLiteral(range: Range, newText: string, why: string, asString?: string): Val {
    this.env.error(QUOTE_CHARACTER, range, `unexpected character \`'\`: ${why}: ${newText}`, replaceFix(range, newText));
    return asString === undefined ? ERR : { ty: T.string, expr: lit("string", asString), literal: asString };
  }

  /** A type mismatch at `range` (a method: a closure per comparison cost a naming call under tsx). */
  private mismatch(range: Range, msg: string): Val {
    this.env.error(C.typeMismatch, range, msg);
    return ERR;
  }

  private logical(e: Expr & { kind: "logical" }, scope: Scope): Val {
    const op = e.op;
    const parts: Expr[] = [];
    flattenLogical(e, op, parts);
    const conds: IRCond[] = [];
    let failed = false;
    const bounds: Chain = {};
    const cover: Cover = {};
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const v = this.expr(p, scope);
      this.pendingEvent = undefined;
      if (v.ty.k === "error") failed = true;
      const c = this.asCond(v, p.range);
      conds.push(c);
      if (op === "and" && v.ty.k !== "error") this.trackBounds(c, p.range, bounds);
      if (op === "or" && v.ty.k !== "error") this.trackCover(c, p.range, cover, scope);
      // Remember `did E where P` (no window/frequency after it) for the next part.
      const did = p.kind === "did" ? p : p.kind === "not" && p.operand.kind === "did" ? p.operand : undefined;
      if (did && did.first.where && did.then.length === 0 && did.first.event && i + 1 < parts.length) {
        const ev = this.env.g.events.get(did.first.event.text);
        if (ev) this.pendingEvent = { event: ev, did, next: parts[i + 1]! };
      }
    }
    this.pendingEvent = undefined;
    if (failed) return ERR;
    return { ty: T.boolean, cond: junction(op, conds) };
  }

  /** SEG3004: `did E where P and x …` where x is a property of E. True when reported as an error. */
  private checkOuterProperty(name: Name, isAttribute: boolean): boolean {
    const pe = this.pendingEvent;
    if (!pe || !pe.event.props.has(name.text)) return false;
    const r = pe.next.range;
    if (!(r.start.line < name.range.start.line || (r.start.line === name.range.start.line && r.start.character <= name.range.start.character))) return false;
    const where = pe.did.first.where!;
    const simple = pe.did.windows.length === 0 && pe.did.frequencies.length === 0;
    const fix = simple
      ? {
          title: "Parenthesise the event filter",
          edits: [
            { range: { start: where.range.start, end: where.range.start }, newText: "(" },
            { range: { start: r.end, end: r.end }, newText: ")" },
          ],
        }
      : undefined;
    const msg = `\`${name.text}\` is a property of \`${pe.event.name}\`, but this condition is outside the event filter (a \`did … where\` filter is one predicate); to filter the event, parenthesise it: \`where (… and …)\``;
    if (isAttribute) this.env.warn(C.outerProperty, name.range, `${msg}. Here \`${name.text}\` means the attribute of the ${pe.event.entity}.`, fix);
    else this.env.error(C.unknownName, name.range, msg, fix);
    return !isAttribute;
  }

  /** SEG3001: reads the facts of one part of an `and` chain and reports a clash with an earlier part. */
  private trackBounds(c: IRCond, range: Range, chain: Chain): void {
    const facts = this.scratch;
    facts.length = 0;
    readFacts(c, this.aggOf, facts);
    for (const f of facts) {
      const clash = (chain.facts ??= new FactSet()).add(f, range);
      if (!clash || clash.length === 0 || chain.reported?.has(f.key)) continue;
      (chain.reported ??= new Set()).add(f.key);
      const what = this.showValue(f.subject);
      this.env.warn(
        C.contradiction,
        range,
        `this contradicts an earlier condition on ${what}: no value satisfies ${clash.length === 1 ? "both" : "all of them"}, so this can never be true`,
        undefined,
        clash.map((x) => ({ file: this.env.file, range: x.origin, message: `the earlier condition on ${what}` })),
      );
    }
  }

  /** A value as messages name it; an aggregate by its function and event (`count(login)`), window aside. */
  private showValue(e: IRExpr): string {
    const a = e.k === "agg" ? this.aggOf(e.id) : undefined;
    if (a?.kind !== "events") return show(e);
    const property = a.value?.k === "prop" ? `.${a.value.name}` : "";
    const time = a.fn === "firstTime" || a.fn === "lastTime" ? ".time" : "";
    return `${AGGREGATE_WORDS[a.fn] ?? a.fn}(${a.select.event ?? "any"}${property})${time}`;
  }

  /**
   * SEG3010: reads the negation of one part of an `or` chain and reports when, with the
   * parts before it, no set value is left outside the `or` (`x != a or x != b`, `age > 5 or
   * age <= 5`). Only comparisons and lists count: `age is set or …` is a test of presence,
   * and a part that holds for every set value on its own is no mistake of and/or.
   */
  private trackCover(c: IRCond, range: Range, chain: Cover, scope: Scope): void {
    const facts = this.scratch;
    facts.length = 0;
    readFacts(c, this.aggOf, facts, undefined, true);
    for (const f of facts) {
      if (f.op === "set" || f.op === "unset" || chain.reported?.has(f.key)) continue;
      const on = (chain.facts ??= new FactSet());
      if (on.on(f.key) === undefined) on.add({ ...f, op: "set", values: [], ifPresent: false }, undefined);
      const clash = on.add(f, range);
      if (!clash) continue;
      const earlier = clash.flatMap((x) => (x.origin === undefined ? [] : [x.origin]));
      if (earlier.length === 0) continue;
      (chain.reported ??= new Set()).add(f.key);
      const what = this.showValue(f.subject);
      const subject = f.subject.k === "agg" && neverMissing(this.aggOf(f.subject.id)) ? "" : ` whose ${what} is set`;
      const records = scope.kind === "event" ? `${scope.event?.name ?? "any"} event` : scope.kind === "entity" ? scope.entity : "value";
      this.env.warn(
        C.tautology,
        range,
        `with the earlier condition on ${what}, this \`or\` holds for every ${records}${subject}: no value is left out; did you mean \`and\`?`,
        undefined,
        earlier.map((r) => ({ file: this.env.file, range: r, message: `the earlier condition on ${what}` })),
      );
    }
  }

  /** SEG3001 for `x between 50 and 30` (constant bounds, the larger first): nothing is between them. */
  private warnIfReversed(low: IRExpr, high: IRExpr, range: Range): void {
    const a = constantPoint(low);
    const b = constantPoint(high);
    if (!a || !b || a.scale !== b.scale || a.at <= b.at) return;
    this.env.warn(
      C.contradiction,
      range,
      `nothing is between ${a.words} and ${b.words}: \`between\` takes the smaller bound first, so this can never be true; write \`between ${b.words} and ${a.words}\``,
    );
  }

  // -------------------------------------------------------------------------------------
  // Behaviour

  private needEntity(scope: Scope, range: Range, what: string): string | undefined {
    if (scope.kind === "entity") return scope.entity;
    this.env.error(C.typeMismatch, range, `${what} can only be used in segments and traits${scope.kind === "event" ? ", not inside an event filter" : ""}`);
    return undefined;
  }

  /**
   * Windows combine when they bound different sides (`after 2023-01-01 before 2024-01-01`);
   * two lower or two upper bounds are SEG1013.
   */
  private window(windows: Window[], scope: Scope): IRWindow | undefined {
    const out: IRWindow = {};
    let ok = true;
    for (const w of windows) {
      const one = this.oneWindow(w, scope);
      if (!one) {
        ok = false;
        continue;
      }
      const lower = one.after !== undefined;
      const upper = one.until !== undefined || one.before !== undefined;
      if ((lower && out.after) || (upper && (out.until || out.before))) {
        this.env.error(C.twice, w.range, "a window is given twice; keep one (or combine `after …` with `before …`)");
        ok = false;
        continue;
      }
      Object.assign(out, one);
    }
    if (ok && windows.length > 0) this.warnIfEmpty(out, windows);
    return ok ? out : undefined;
  }

  /**
   * A window that no time is in, when both bounds are instants or both are relative to
   * as_of (otherwise it depends on as_of): `after 2011-12-01 before 2011-11-01`,
   * `in last 0 days`, `between 7 days and 7 days ago`.
   */
  private warnIfEmpty(w: IRWindow, windows: Window[]): void {
    const upper = w.before ?? w.until;
    if (!w.after || !upper || w.after.k !== upper.k) return;
    const ms = (r: IRTimeRef): number => (r.k === "instant" ? Date.parse(r.iso) : r.offsetMs);
    // t > after and (t < before, or t <= until): milliseconds are the finest time there is.
    if (ms(upper) - ms(w.after) >= (w.before ? 2 : 1)) return;
    const range = { start: windows[0]!.range.start, end: windows[windows.length - 1]!.range.end };
    if (windows.length === 1 && windows[0]!.kind === "last") {
      // `in last 0 days` / `in last -7 days`: there are no bounds to swap, the duration is the mistake.
      this.env.warn(C.emptyWindow, range, `no time is in this window (${lastWindowProblem(ms(upper) - ms(w.after))}), so no event counts in it`);
      return;
    }
    this.env.warn(C.emptyWindow, range, `no time is in this window (after ${timeWords(w.after)} and ${w.before ? "before" : "until"} ${timeWords(upper)}), so no event counts in it${ms(upper) < ms(w.after) ? ": swap the bounds?" : ""}`);
  }

  /** SEG3006 for a timestamp attribute's window of no time (`signed_up_at in last 0 days`). */
  private warnNoTime(range: Range, words: string): void {
    this.env.warn(C.emptyWindow, range, `no time is in this window (${words}), so this can never be true`);
  }

  private oneWindow(w: Window, scope: Scope): IRWindow | undefined {
    switch (w.kind) {
      case "last": {
        const d = this.duration(w.duration, scope);
        if (d === undefined) return undefined;
        return { after: { k: "asOf", offsetMs: -d }, until: { k: "asOf", offsetMs: 0 } };
      }
      case "betweenAgo": {
        const a = this.duration(w.from, scope, true);
        const b = this.duration(w.to, scope);
        if (a === undefined || b === undefined) return undefined;
        return { after: { k: "asOf", offsetMs: -Math.max(a, b) }, until: { k: "asOf", offsetMs: -Math.min(a, b) } };
      }
      case "before": {
        const t = this.constTime(w.time, scope);
        return t ? { before: t } : undefined;
      }
      case "after": {
        const t = this.constTime(w.time, scope);
        return t ? { after: t } : undefined;
      }
    }
  }

  /** Resolves the event of a step (null for `any`); undefined when reported. */
  private stepEvent(step: EventStep, entity: string): EventInfo | null | undefined {
    const env = this.env;
    if (!step.event) return null;
    const n = step.event.text;
    env.dep(`n:${n}`);
    const ev = env.g.events.get(n);
    if (!ev || env.g.kindOf(n) !== "event") {
      env.dep("*names");
      const cands = [...env.g.events.values()].filter((e) => e.entity === entity).map((e) => e.name);
      // `did NOT login`: SQL's upper-case keyword, read as the event
      const sql = sqlSpelling(n);
      const s = sql?.replacement ?? didYouMean(n, cands);
      env.error(C.unknownEvent, step.event.range, `unknown event \`${n}\`${sql ? `; ${sql.hint}` : s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(step.event.range, s) : undefined);
      return undefined;
    }
    env.ref(step.event.range, n);
    if (ev.entity !== entity) {
      env.error(C.wrongEntity, step.event.range, `event \`${n}\` happens to ${ev.entity}, not to ${entity}`);
      return undefined;
    }
    return ev;
  }

  private selector(step: EventStep, entity: string, window: IRWindow, resolved?: { ev: EventInfo | null }): IREventSelector | undefined {
    const ev = resolved ? resolved.ev : this.stepEvent(step, entity);
    if (ev === undefined) {
      if (step.where) this.cond(step.where, { kind: "event", entity, event: null });
      return undefined;
    }
    const sel: IREventSelector = { event: ev ? ev.name : null, window };
    if (step.where) {
      const saved = this.pendingEvent;
      this.pendingEvent = undefined;
      const f = this.expr(step.where, { kind: "event", entity, event: ev });
      this.pendingEvent = saved;
      if (f.ty.k === "error") return undefined;
      sel.filter = this.asCond(f, step.where.range);
    }
    return sel;
  }

  private addAgg(a: IRAggregate): IRExpr {
    const key = JSON.stringify(a);
    const withId = { ...a, id: key } as IRAggregate;
    this.env.aggs.set(key, withId);
    return { k: "agg", id: key, type: a.type };
  }

  private did(d: DidExpr, scope: Scope): Val {
    const env = this.env;
    const entity = this.needEntity(scope, d.range, "`did`");
    if (!entity) return ERR;
    for (const f of d.frequencies.slice(1)) env.error(C.twice, f.range, "a frequency is given twice; keep one");
    const window = this.window(d.windows, scope);
    if (d.then.length === 0) {
      const sel = this.selector(d.first, entity, window ?? {});
      if (!sel || !window) return ERR;
      const f = d.frequencies[0];
      const fn: IRAggregateFn = f?.unit === "days" ? "activeDays" : "count";
      const op: IRCmpOp = !f ? ">=" : f.bound === "atLeast" ? ">=" : f.bound === "atMost" ? "<=" : "==";
      const n = f ? f.count.value : 1;
      const agg = this.addAgg({ id: "", kind: "events", entity, fn, select: sel, type: "number" });
      const c: IRCond = { k: "cmp", op, left: agg, right: lit("number", n) };
      return { ty: T.boolean, cond: d.negated ? not(c) : c };
    }
    // Sequences
    let ok = true;
    if (d.negated) {
      env.error(
        C.didNotSequence,
        { start: d.range.start, end: d.first.range.end },
        "`did not A then B` is ambiguous; write `not did A then B` (no such sequence) or `did A then not B` (A without a following B)",
      );
      ok = false;
    }
    for (const f of d.frequencies.slice(0, 1)) {
      env.error(C.sequenceFrequency, f.range, "a frequency cannot be applied to a sequence");
      ok = false;
    }
    const steps: IRSequenceStep[] = [];
    const first = this.selector(d.first, entity, window ?? {});
    if (!first || !window) ok = false;
    else steps.push({ select: first });
    const withins = d.then.map((t, i) => {
      if (t.negated && i !== d.then.length - 1) {
        env.error(C.thenNotLast, t.range, "`then not` must be the last step of a sequence");
        ok = false;
      }
      const sel = this.selector(t.step, entity, {});
      const within = t.within ? this.duration(t.within, scope) : undefined;
      if (!sel || within === undefined) {
        ok = false;
        return undefined;
      }
      const s: IRSequenceStep = { select: sel, withinMs: within };
      if (t.negated) s.negated = true;
      if (within <= 0) {
        const step = t.step.event?.text ?? "any";
        const span = within === 0 ? "0 seconds" : "a negative duration";
        env.warn(
          C.emptyWindow,
          t.within!.range,
          t.negated
            ? `no time is within ${span} after the step before, so \`then not ${step}\` excludes nothing: give the time ${step} has to follow`
            : `no time is within ${span} after the step before (a step must come strictly later), so this sequence never matches: give the time ${step} has to follow`,
        );
      }
      steps.push(s);
      return within;
    });
    d.then.forEach((t, i) => {
      if (t.within) return;
      // `A then B then C within 3 days` reads as if the last `within` bounded the chain; it
      // bounds only its own step, so each step must say how soon it follows the one before.
      // The fix repeats the next step's bound, the likeliest intent; with none, no guess.
      const later = withins.slice(i + 1).find((w) => w !== undefined);
      const text = later !== undefined ? ` within ${durationWords(later)}` : undefined;
      env.error(
        C.sequenceWithin,
        t.range,
        `\`then ${t.step.event?.text ?? "…"}\` needs \`within <duration>\`: each step of a sequence says how soon it must follow the step before (\`did trial_started then purchase within 14 days\`)`,
        text ? { title: `Add \`${text.trim()}\``, edits: [{ range: { start: t.range.end, end: t.range.end }, newText: text }] } : undefined,
      );
    });
    if (!ok) return ERR;
    const agg = this.addAgg({ id: "", kind: "sequence", entity, steps, type: "boolean" });
    return { ty: T.boolean, cond: { k: "truthy", value: agg } };
  }

  private aggregate(a: AggregateExpr, scope: Scope, wantTime: boolean): Val {
    const env = this.env;
    const entity = this.needEntity(scope, a.range, `\`${a.fn}(…)\``);
    if (!entity) return ERR;
    const window = this.window(a.windows, scope);
    const ev = this.stepEvent(a.step, entity);
    if (ev === undefined || !window) {
      if (a.step.where) this.cond(a.step.where, { kind: "event", entity, event: null });
      env.failed = true;
      return ERR;
    }
    const evName = a.step.event ? a.step.event.text : "any";
    let fn: IRAggregateFn;
    let value: IRExpr | undefined;
    let type: Ty;
    if (a.property) {
      const pn = a.property.text;
      const p = ev?.props.get(pn);
      if (!p) {
        const s = ev ? didYouMean(pn, [...ev.props.keys()]) : undefined;
        env.error(
          C.unknownProperty,
          a.property.range,
          ev ? `event \`${ev.name}\` has no property \`${pn}\`${s ? `; did you mean \`${s}\`?` : ""}` : "`any` event has no properties",
          s ? replaceFix(a.property.range, s) : undefined,
        );
        return ERR;
      }
      env.ref(a.property.range, `${ev!.name}.${pn}`);
      value = { k: "prop", name: pn, type: irType(p.ty) };
      const dropFix = replaceFix({ start: a.step.event!.range.end, end: a.property.range.end }, "", `Remove \`.${pn}\``);
      switch (a.fn) {
        case "count":
        case "active_days":
          env.error(C.aggNoProperty, a.property.range, `\`${a.fn}\` counts events, not property values; write \`${a.fn}(${evName})\` (or \`distinct(${evName}.${pn})\` for distinct values)`, dropFix);
          return ERR;
        case "sum":
        case "avg":
          if (p.ty.k !== "number") {
            env.error(C.aggPropertyType, a.property.range, `\`${a.fn}\` needs a number property, but \`${evName}.${pn}\` is ${aTy(p.ty)}`);
            return ERR;
          }
          fn = a.fn;
          type = T.number;
          break;
        case "min":
        case "max":
          if (p.ty.k !== "number" && p.ty.k !== "timestamp") {
            env.error(C.aggPropertyType, a.property.range, `\`${a.fn}\` needs a number or timestamp property, but \`${evName}.${pn}\` is ${aTy(p.ty)}`);
            return ERR;
          }
          fn = a.fn;
          type = p.ty;
          break;
        case "distinct":
          if (p.ty.k === "list") {
            env.error(C.aggPropertyType, a.property.range, `\`distinct\` needs a scalar property, but \`${evName}.${pn}\` is ${aTy(p.ty)}`);
            return ERR;
          }
          fn = "distinct";
          type = T.number;
          break;
        case "first":
        case "last":
          if (wantTime) {
            env.error(C.unknownMember, a.range, `\`${a.fn}(${evName}.${pn})\` is a value, which has no \`.time\``);
            return ERR;
          }
          fn = a.fn === "first" ? "firstValue" : "lastValue";
          type = p.ty;
          break;
      }
    } else {
      switch (a.fn) {
        case "count":
          fn = "count";
          type = T.number;
          break;
        case "active_days":
          fn = "activeDays";
          type = T.number;
          break;
        case "first":
        case "last":
          if (!wantTime) {
            env.error(
              C.firstNeedsTime,
              a.range,
              `\`${a.fn}(${evName})\` is an event; take its time with \`${a.fn}(${evName}).time\` or a property with \`${a.fn}(${evName}.<property>)\``,
              { title: "Add `.time`", edits: [{ range: { start: a.range.end, end: a.range.end }, newText: ".time" }] },
            );
            return ERR;
          }
          fn = a.fn === "first" ? "firstTime" : "lastTime";
          type = T.timestamp;
          break;
        default: {
          const nums = ev ? [...ev.props].filter(([, p]) => p.ty.k === "number").map(([k]) => k) : [];
          const range = a.step.event ? a.step.event.range : a.step.anyRange ?? a.range;
          env.error(
            C.aggNeedsProperty,
            range,
            `\`${a.fn}\` needs a number property, like \`${a.fn}(${evName}.${nums[0] ?? "<property>"})\`${ev && nums.length === 0 ? `; event \`${evName}\` has no number properties` : ""}`,
            nums[0] && a.step.event ? replaceFix(a.step.event.range, `${evName}.${nums[0]}`) : undefined,
          );
          return ERR;
        }
      }
    }
    const sel = this.selector(a.step, entity, window, { ev });
    if (!sel) return ERR;
    const agg: IRAggregate = { id: "", kind: "events", entity, fn, select: sel, type: irType(type) };
    if (value) agg.value = value;
    return { ty: type, expr: this.addAgg(agg) };
  }
}

/** The operands of a chain of the same logical operator, left to right. */
function flattenLogical(x: Expr, op: "and" | "or", parts: Expr[]): void {
  if (x.kind === "logical" && x.op === op) {
    flattenLogical(x.left, op, parts);
    flattenLogical(x.right, op, parts);
  } else parts.push(x);
}

/** Why `in last D` holds no time, for a duration D of zero or less (SEG3006). */
function lastWindowProblem(durationMs: number): string {
  return durationMs === 0 ? "it lasts 0 seconds" : "its duration is negative";
}

/**
 * The 64-bit integer a number literal writes, when the double it is read as is another
 * (`9007199254740993`, `9007199254740993.0`, `9.007199254740993e15` are all read as …992),
 * else undefined. Beyond the 64-bit range a literal is a float bound (`1e300`), not an id.
 */
function inexactInteger(text: string, value: number): bigint | undefined {
  if (!Number.isInteger(value) || Math.abs(value) <= Number.MAX_SAFE_INTEGER || Math.abs(value) > 2 ** 63) return undefined;
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return undefined;
  const digits = BigInt(m[1]! + (m[2] ?? ""));
  const exponent = Number(m[3] ?? 0) - (m[2] ?? "").length;
  const scale = 10n ** BigInt(Math.abs(exponent));
  if (exponent < 0 && digits % scale !== 0n) return undefined; // a fraction: no integer was meant
  const written = exponent >= 0 ? digits * scale : digits / scale;
  return written === BigInt(value) ? undefined : written;
}
