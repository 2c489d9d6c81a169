/**
 * SEG3005: segments that can never have members. A segment requires the conjunction of
 * its condition's `and` terms and, recursively, of the segments it requires membership of
 * (`in x`, not under `not` or `or`). Two kinds of proof that the conjunction is empty:
 *
 * - facts on one value that cannot all hold (compiler/check/bounds.ts, the same proof as
 *   SEG3001 inside one `and` chain), here across segment references;
 * - order facts that always hold between counts of one event selector (same event, same
 *   `where` filter): `active_days(E in W) <= count(E in W)`, and for a window W1 inside
 *   W2 `count(E in W1) <= count(E in W2)`, `active_days(E in W1) <= active_days(E in W2)`,
 *   and an event in W1 is one in W2 (`count(E in W1) >= 1` ⇒ `active_days(E in W2) >= 1`).
 *   Counts are whole numbers and never missing, so `not did E in W` is `count(E in W) < 1`.
 *
 * Reported once, at the source: a segment whose own terms clash on one value is SEG3001's
 * (reported by the lowering), and a segment that requires an empty segment is not
 * reported again. Runs on every check over the lowered per-declaration results (not the
 * assembled IR, which the language server never builds): what is read from one
 * declaration's result is cached with it, so a run costs the segments that reference
 * others (their conjunction, capped at MAX_FACTS facts).
 */
import type { Name, Range } from "../../grammar/ast.ts";
import type { Diagnostic } from "../../grammar/diagnostic.ts";
import { IR_VERSION, type IRAggregate, type IRCond, type IREntity, type IRTimeRef, type IRWindow } from "../ir.ts";
import { Words } from "../explain/words.ts";
import { FactSet, readFacts, type Fact } from "./bounds.ts";
import { C } from "./codes.ts";

/** What the pass reads of a segment's checked result (compiler/checker.ts DeclResult). */
export interface CheckedSegment {
  entity?: string | undefined;
  cond?: IRCond | undefined;
  /** Its aggregates by (structural) id. */
  aggs?: ReadonlyMap<string, IRAggregate> | undefined;
}

const NO_DEPS: readonly never[] = Object.freeze([]);

/** Facts of a conjunction beyond this many are left out (a proof over fewer facts is still sound). */
const MAX_FACTS = 64;

interface Entry {
  fact: Fact;
  /** The segment whose condition states the fact. */
  seg: string;
  agg: IRAggregate | undefined;
  /** The last closure build that took it (to take each entry once without a Set). */
  mark: number;
}

type Proof =
  /** Facts on one value that cannot all hold. */
  | { k: "clash"; entries: Entry[] }
  /** `lo` bounds an aggregate from below, which bounds `target` from below by `bound`, above what `hi` allows. */
  | { k: "implied"; lo: Entry; hi: Entry; target: IRAggregate; bound: number };

/**
 * One segment as the pass reads it, kept with the checker's result object (the same while
 * the checker reuses it; a reused result keeps its positions too, see ProjectChecker).
 */
export interface SegmentFacts {
  name: string;
  file: string;
  nameRange: Range;
  entity: string;
  entries: Entry[];
  /** Segments required positively. */
  refs: string[];
  /** The closure on its own facts alone (also: they clash on one value, SEG3001's; or contradict through an aggregate order fact). */
  alone: Closure;
  /** The closure of the last run that read it, and that run's number (per-run state, to allocate nothing per segment). */
  closure: Closure | undefined;
  run: number;
  onStack: boolean;
}

interface Closure {
  entries: readonly Entry[];
  /** It can never have members (reported or not): segments requiring it are not reported. */
  empty: boolean;
  /** What to report on it. */
  proof: Proof | undefined;
  /** The closures of the required segments it was built from (undefined: not read), to reuse it in the next run. */
  deps: readonly (Closure | undefined)[];
  /** The words of the report, built on first use (they do not depend on positions). */
  words?: { message: string; related: { seg: string; message: string }[] };
}

/** The pass's view of a segment's checked result (the caller keeps it with the result). */
export function segmentFacts(result: CheckedSegment, file: string, name: Name): SegmentFacts | undefined {
  const { entity, cond, aggs } = result;
  if (entity === undefined || cond === undefined) return undefined;
  const read: Fact[] = [];
  const refs: string[] = [];
  readFacts(cond, (id) => aggs?.get(id), read, refs);
  const entries = read.map((fact) => ({ fact, seg: name.text, agg: fact.subject.k === "agg" ? aggs?.get(fact.subject.id) : undefined, mark: 0 }));
  const p = prove(entries);
  const alone: Closure = { entries, empty: p !== undefined, proof: p?.k === "implied" ? p : undefined, deps: NO_DEPS };
  return { name: name.text, file, nameRange: name.range, entity, entries, refs, alone, closure: undefined, run: 0, onStack: false };
}

let runs = 0;
/** The last closure built on each segment's facts: reused while its dependencies' closures are the same objects. */
const closed = new WeakMap<SegmentFacts, Closure>();

/** The segments of one run the pass reads (error-free, not on a reference cycle), by name. */
export type SegmentLookup = (name: string) => SegmentFacts | undefined;

/** SEG3005 over the segments of one run (`all`, each also found by `segments`). */
export function emptySegments(all: readonly SegmentFacts[], segments: SegmentLookup, entities: IREntity[]): Diagnostic[] {
  const run = ++runs;
  const out: Diagnostic[] = [];
  const stack: { s: SegmentFacts; i: number }[] = [];
  for (const s of all) {
    if (s.run !== run) {
      s.run = run;
      if (s.refs.length === 0) s.closure = s.alone;
      else closeFrom(s, segments, run, stack);
    }
    const c = s.closure!;
    if (c.proof) out.push(report(s, c, segments, entities));
  }
  return out;
}

/** Computes the closures of `start` and of everything it requires, dependencies first (iteratively: chains can be long). */
function closeFrom(start: SegmentFacts, segments: SegmentLookup, run: number, stack: { s: SegmentFacts; i: number }[]): void {
  start.onStack = true;
  stack.push({ s: start, i: 0 });
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.s.refs.length) {
      const r = segments(top.s.refs[top.i++]!);
      if (r && r.run !== run) {
        r.run = run;
        r.onStack = true;
        stack.push({ s: r, i: 0 });
      }
      continue;
    }
    stack.pop();
    top.s.onStack = false;
    top.s.closure = close(top.s, segments, run);
  }
}

function close(s: SegmentFacts, segments: SegmentLookup, run: number): Closure {
  if (s.refs.length === 0 || s.alone.empty) return s.alone;
  // Undefined: not a segment the pass reads (broken, on a cycle), or on the stack (a cycle).
  const deps = s.refs.map((name) => {
    const r = segments(name);
    return r && r.run === run && !r.onStack ? r.closure : undefined;
  });
  const prev = closed.get(s);
  if (prev && prev.deps.length === deps.length && prev.deps.every((d, i) => d === deps[i])) return prev;
  const c = build(s, deps);
  closed.set(s, c);
  return c;
}

let builds = 0;

function build(s: SegmentFacts, deps: readonly (Closure | undefined)[]): Closure {
  const mark = ++builds;
  let entries: Entry[] | undefined;
  let requiresEmpty = false;
  for (const c of deps) {
    if (!c) continue;
    if (c.empty) requiresEmpty = true;
    if (!entries) {
      entries = s.entries.slice();
      for (const e of entries) e.mark = mark;
    }
    for (const e of c.entries) {
      if (entries.length >= MAX_FACTS) break;
      if (e.mark !== mark) {
        e.mark = mark;
        entries.push(e);
      }
    }
  }
  if (!entries) return s.alone;
  if (requiresEmpty) return { entries, empty: true, proof: undefined, deps };
  const proof = prove(entries);
  return { entries, empty: proof !== undefined, proof, deps };
}

// ---------------------------------------------------------------------------------------
// The proof

/** The first contradiction among the entries (in order), or undefined. */
function prove(entries: readonly Entry[]): Proof | undefined {
  if (entries.length < 8 && !worthProving(entries)) return undefined;
  const set = new FactSet<Entry>();
  for (const e of entries) {
    const clash = set.add(e.fact, e);
    if (clash) return { k: "clash", entries: [...clash.map((x) => x.origin), e] };
  }
  // Whole-number bounds on counts: [lo, hi] with the entries that state them.
  const vars: { agg: IRAggregate; lo?: { n: number; e: Entry }; hi?: { n: number; e: Entry } }[] = [];
  for (const key of set.keys()) {
    const { facts, origins } = set.on(key)!;
    const agg = origins[0]!.agg;
    if (!agg || agg.kind !== "events" || (agg.fn !== "count" && agg.fn !== "activeDays")) continue;
    const v: (typeof vars)[number] = { agg };
    for (let i = 0; i < facts.length; i++) {
      const fact = facts[i]!;
      const origin = origins[i]!;
      const x = fact.values[0];
      if (typeof x !== "number" || fact.ifPresent) continue;
      const lo = fact.op === ">" ? Math.floor(x) + 1 : fact.op === ">=" || fact.op === "==" ? Math.ceil(x) : undefined;
      const hi = fact.op === "<" ? Math.ceil(x) - 1 : fact.op === "<=" || fact.op === "==" ? Math.floor(x) : undefined;
      if (lo !== undefined && (!v.lo || lo > v.lo.n)) v.lo = { n: lo, e: origin };
      if (hi !== undefined && (!v.hi || hi < v.hi.n)) v.hi = { n: hi, e: origin };
    }
    if (v.lo || v.hi) vars.push(v);
  }
  for (const x of vars) {
    if (!x.lo) continue;
    for (const y of vars) {
      if (y === x || !y.hi) continue;
      const r = order(x.agg, y.agg);
      if (!r) continue;
      const bound = r === "le" ? x.lo.n : Math.min(x.lo.n, 1);
      if (bound > y.hi.n) return { k: "implied", lo: x.lo.e, hi: y.hi.e, target: y.agg, bound };
    }
  }
  return undefined;
}

/** Can a few entries contradict at all: two on one value, two counts, or `in []`? (Saves building a FactSet per segment.) */
function worthProving(entries: readonly Entry[]): boolean {
  let counts = 0;
  for (let i = 0; i < entries.length; i++) {
    const f = entries[i]!.fact;
    if (f.op === "in" && f.values.length === 0) return true;
    const a = entries[i]!.agg;
    if (a && a.kind === "events" && (a.fn === "count" || a.fn === "activeDays") && ++counts > 1) return true;
    for (let j = 0; j < i; j++) if (entries[j]!.fact.key === f.key) return true;
  }
  return false;
}

/**
 * How two counts of events relate, whatever the events: "le" when always x <= y, "some"
 * when x >= 1 implies y >= 1; undefined when nothing is known (different event, filter,
 * entity, or a window of x that is not inside y's).
 */
function order(x: IRAggregate, y: IRAggregate): "le" | "some" | undefined {
  if (x.kind !== "events" || y.kind !== "events" || x.entity !== y.entity) return undefined;
  if (x.select.event !== y.select.event || JSON.stringify(x.select.filter) !== JSON.stringify(y.select.filter)) return undefined;
  if (!inside(x.select.window, y.select.window)) return undefined;
  // count <= count, active_days <= active_days, active_days <= count; not count <= active_days.
  return x.fn === "count" && y.fn === "activeDays" ? "some" : "le";
}

/** a - b for two instants of the same kind; undefined when they cannot be compared (asOf is a parameter). */
function diff(a: IRTimeRef, b: IRTimeRef): number | undefined {
  if (a.k === "asOf" && b.k === "asOf") return a.offsetMs - b.offsetMs;
  if (a.k === "instant" && b.k === "instant") return Date.parse(a.iso) - Date.parse(b.iso);
  return undefined;
}

/** Does window `b` admit every event time that `a` admits? (Both also stop at asOf.) */
function inside(a: IRWindow, b: IRWindow): boolean {
  if (b.after) {
    const d = a.after && diff(a.after, b.after);
    if (d === undefined || d < 0) return false;
  }
  const ends = (upper: IRTimeRef, inclusive: boolean): boolean => {
    // No tighter than asOf, which every window already ends at.
    if (upper.k === "asOf" && (inclusive ? upper.offsetMs >= 0 : upper.offsetMs > 0)) return true;
    const u = a.until && diff(a.until, upper);
    const bf = a.before && diff(a.before, upper);
    return (u !== undefined && (inclusive ? u <= 0 : u < 0)) || (bf !== undefined && bf <= 0);
  };
  if (b.until && !ends(b.until, true)) return false;
  if (b.before && !ends(b.before, false)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------
// The message

function report(s: SegmentFacts, c: Closure, segments: SegmentLookup, entities: IREntity[]): Diagnostic {
  const w = (c.words ??= explain(s, c.proof!, segments, entities));
  const d: Diagnostic = { code: C.neverMembers, severity: "warning", message: w.message, file: s.file, range: s.nameRange };
  const related: NonNullable<Diagnostic["related"]> = [];
  for (const r of w.related) {
    const x = segments(r.seg);
    if (x) related.push({ file: x.file, range: x.nameRange, message: r.message });
  }
  if (related.length) d.related = related;
  return d;
}

function explain(
  s: SegmentFacts,
  proof: Proof,
  segments: SegmentLookup,
  entities: IREntity[],
): NonNullable<Closure["words"]> {
  const entries = proof.k === "clash" ? proof.entries : [proof.lo, proof.hi];
  const aggs = new Map<string, IRAggregate>();
  for (const e of entries) if (e.agg) aggs.set(e.agg.id, e.agg);
  if (proof.k === "implied") aggs.set(proof.target.id, proof.target);
  const words = new Words(
    { version: IR_VERSION, entities, eventSources: [], events: [], aggregates: [...aggs.values()], traits: [], segments: [], tests: [] },
    { entity: s.entity },
  );
  const paths = refPaths(s, segments);
  const who = (seg: string) => {
    if (seg === s.name) return "it";
    const via = paths.get(seg) ?? [];
    return `\`${seg}\`${via.length ? ` (through ${via.map((v) => `\`${v}\``).join(", ")})` : ""}`;
  };
  const requires = (e: Entry) => `${who(e.seg)} requires ${words.cond(e.fact.cond)}`;
  let why: string;
  if (proof.k === "implied") {
    const target = words.cond({
      k: "cmp",
      op: ">=",
      left: { k: "agg", id: proof.target.id, type: "number" },
      right: { k: "lit", type: "number", value: proof.bound },
    });
    why = `${requires(proof.lo)}, so ${target}, but ${requires(proof.hi)}`;
  } else if (entries.length === 2) why = `${requires(entries[0]!)}, but ${requires(entries[1]!)}`;
  else why = `${entries.map(requires).join("; ")}: no value of ${words.expr(entries[0]!.fact.subject)} satisfies all of them`;
  const related: { seg: string; message: string }[] = [];
  for (const e of entries) {
    if (e.seg !== s.name && !related.some((r) => r.seg === e.seg)) related.push({ seg: e.seg, message: requires(e) });
  }
  return { message: `\`${s.name}\` can never have members: ${why}`, related };
}

/** For each segment `s` requires (transitively), the segments in between on a shortest path. */
function refPaths(s: SegmentFacts, segments: SegmentLookup): Map<string, string[]> {
  const paths = new Map<string, string[]>([[s.name, []]]);
  const queue = [s.name];
  for (let i = 0; i < queue.length; i++) {
    const name = queue[i]!;
    const from = segments(name);
    if (!from) continue;
    const via = name === s.name ? [] : [...paths.get(name)!, name];
    for (const r of from.refs) {
      if (paths.has(r)) continue;
      paths.set(r, via);
      queue.push(r);
    }
  }
  return paths;
}
