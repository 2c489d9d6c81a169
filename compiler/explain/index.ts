/**
 * `seg explain` without the CLI: a segment's lowered logic in plain words, its metadata and
 * what it depends on (from the IR, plus the consts and traits its source names, from the
 * checker's SymbolIndex). See compiler/explain/CONTEXT.md.
 */
import type { IRAggregate, IRExpr, IRProject, IRSegment } from "../ir.ts";
import { entityAt, walkCond } from "../ir-utils.ts";
import type { SymbolIndex } from "../symbols.ts";
import { Words } from "./words.ts";

export { Words, durationWords, timeWords, windowWords, type WordsOptions } from "./words.ts";

export interface SegmentDependencies {
  /** Segments it references directly (`in x`). */
  segments: string[];
  /**
   * Traits, consts and params its source names, and those they name in turn (they are
   * inlined, so a change to any of them changes the segment); needs the SymbolIndex.
   */
  traits: string[];
  consts: string[];
  params: string[];
  /** Events its conditions count or look at, in first-use order. */
  events: string[];
  /** Attributes it reads, with relation paths (`plan`, `account.employees`). */
  attributes: string[];
  /** Keys it reads: its entity's own (`id`) and related entities' (`account.id`). */
  keys: string[];
}

export interface SegmentExplanation {
  name: string;
  entity: string;
  doc?: string;
  owner?: string;
  tags: string[];
  deprecated?: string | true;
  /** Where it is declared (0-based line), when a SymbolIndex was given. */
  location?: { file: string; line: number };
  /** The condition in words, on one line. */
  logic: string;
  /** The top-level `AND` terms of `logic`, one per entry. */
  clauses: string[];
  dependencies: SegmentDependencies;
}

/** The direct dependencies of a segment, from its IR (and its source's references). */
function dependencies(ir: IRProject, seg: IRSegment, symbols: SymbolIndex | undefined): SegmentDependencies {
  const aggs = new Map<string, IRAggregate>(ir.aggregates.map((a) => [a.id, a]));
  const events: string[] = [];
  const attributes: string[] = [];
  const keys: string[] = [];
  const add = (list: string[], v: string): void => {
    if (!list.includes(v)) list.push(v);
  };
  const onExpr = (e: IRExpr): void => {
    if (e.k === "attr") add(attributes, [...e.via, e.name].join("."));
    if (e.k === "key") {
      const name = entityAt(ir, seg.entity, e.via)?.key.name;
      if (name !== undefined) add(keys, [...e.via, name].join("."));
    }
    if (e.k !== "agg") return;
    const a = aggs.get(e.id);
    if (!a) return;
    const selects = a.kind === "sequence" ? a.steps.map((s) => s.select) : [a.select];
    for (const s of selects) add(events, s.event ?? "any");
  };
  walkCond(seg.condition, onExpr);
  const named = { trait: [] as string[], const: [] as string[], param: [] as string[] };
  const def = symbols?.lookup(seg.name);
  if (symbols && def && def.kind === "segment") {
    // The segment's source, then the source of each trait, const or param it reaches.
    const sources = [def];
    for (let i = 0; i < sources.length; i++) {
      const from = sources[i]!;
      for (const r of symbols.references) {
        if (r.file !== from.file || !inside(r.range, from.range)) continue;
        const target = symbols.lookup(r.target);
        if (!target || (target.kind !== "trait" && target.kind !== "const" && target.kind !== "param")) continue;
        if (named[target.kind].includes(target.name)) continue;
        named[target.kind].push(target.name);
        sources.push(target);
      }
    }
  }
  return { segments: [...seg.dependsOn], traits: named.trait, consts: named.const, params: named.param, events, attributes, keys };
}

type Pos = { line: number; character: number };
function before(a: Pos, b: Pos): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}
function inside(r: { start: Pos; end: Pos }, outer: { start: Pos; end: Pos }): boolean {
  return before(outer.start, r.start) && before(r.end, outer.end);
}

/** Explains one segment; undefined when the project has no segment of that name. */
export function explainSegment(ir: IRProject, name: string, symbols?: SymbolIndex): SegmentExplanation | undefined {
  const seg = ir.segments.find((s) => s.name === name);
  if (!seg) return undefined;
  const deps = dependencies(ir, seg, symbols);
  // Traits the source names are shown by name when they are a plain aggregate.
  const traitNames = new Map<string, string>();
  for (const t of ir.traits) {
    if (deps.traits.includes(t.name) && t.value.k === "agg" && !traitNames.has(t.value.id)) traitNames.set(t.value.id, t.name);
  }
  const words = new Words(ir, { traitNames, entity: seg.entity });
  const clauses = words.clauses(seg.condition);
  const def = symbols?.lookup(seg.name);
  return {
    name: seg.name,
    entity: seg.entity,
    ...(seg.doc !== undefined ? { doc: seg.doc } : {}),
    ...(seg.owner !== undefined ? { owner: seg.owner } : {}),
    tags: [...seg.tags],
    ...(seg.deprecated !== undefined ? { deprecated: seg.deprecated } : {}),
    ...(def ? { location: { file: def.file, line: def.nameRange.start.line } } : {}),
    logic: clauses.join(" AND "),
    clauses,
    dependencies: deps,
  };
}

/** A trait's value in words (for listing the traits a segment uses). */
export function explainTrait(ir: IRProject, name: string): string | undefined {
  const t = ir.traits.find((x) => x.name === name);
  return t ? new Words(ir, { entity: t.entity }).expr(t.value) : undefined;
}
