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
  /** Traits and consts its source names (needs the SymbolIndex). */
  traits: string[];
  consts: string[];
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
  const traits: string[] = [];
  const consts: string[] = [];
  const def = symbols?.lookup(seg.name);
  if (symbols && def && def.kind === "segment") {
    for (const r of symbols.references) {
      if (r.file !== def.file || !inside(r.range, def.range)) continue;
      const target = symbols.lookup(r.target);
      if (target?.kind === "trait") add(traits, target.name);
      if (target?.kind === "const") add(consts, target.name);
    }
  }
  return { segments: [...seg.dependsOn], traits, consts, events, attributes, keys };
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
