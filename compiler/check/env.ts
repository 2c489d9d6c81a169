/**
 * What a declaration's check sees of the rest of the project (`Global`), and what it
 * produces while being checked (`Env`): diagnostics, references, aggregates and the
 * dependencies (with their signatures) that decide whether a cached result is reusable.
 */
import type { Range } from "../../grammar/ast.ts";
import type { Diagnostic, Fix } from "../../grammar/diagnostic.ts";
import type { AttributeDecl, EventDecl, KeyDecl, PropertyDecl, RelationDecl, EntityDecl } from "../../grammar/ast.ts";
import type { IRAggregate, IRCond, IRExpr, IRTimeRef } from "../ir.ts";
import type { SymbolDef, SymbolRef } from "../symbols.ts";
import type { Ty } from "./types.ts";

export interface EntityInfo {
  name: string;
  file: string;
  decl: EntityDecl;
  key?: { name: string; ty: Ty; decl: KeyDecl };
  attrs: Map<string, { ty: Ty; decl: AttributeDecl }>;
  relations: Map<string, { target: string; decl: RelationDecl }>;
  /** Signature: changes whenever anything a segment could see of the entity changes. */
  sig: string;
}

export interface EventInfo {
  name: string;
  entity: string;
  file: string;
  decl: EventDecl;
  props: Map<string, { ty: Ty; decl: PropertyDecl }>;
  sig: string;
}

export type NameKind = "entity" | "event" | "const" | "param" | "trait" | "segment";

/** A checked value. Exactly one of expr / cond / ms is the "real" form, by type. */
export interface Val {
  ty: Ty;
  expr?: IRExpr;
  /** Boolean values built from conditions. */
  cond?: IRCond;
  /** Durations (ty duration), in ms. */
  ms?: number;
  /** Timestamps known at compile time (relative to asOf or absolute). */
  time?: IRTimeRef;
  /** Constant lists. */
  lits?: (string | number)[];
  /** Constant scalars. */
  literal?: string | number | boolean;
}

export interface TraitValue {
  val: Val;
  entity: string;
  aggs: Map<string, IRAggregate>;
  failed: boolean;
  chain: number;
}

export interface Global {
  entities: Map<string, EntityInfo>;
  events: Map<string, EventInfo>;
  kindOf(name: string): NameKind | undefined;
  /** Every global name of a kind, for "did you mean". */
  namesOf(kinds: NameKind[]): string[];
  sig(key: string): string;
  constVal(name: string): { val: Val; failed: boolean; chain: number } | "cycle" | undefined;
  trait(name: string): TraitValue | "cycle" | undefined;
  /** The entity a trait is declared for, without computing it. */
  traitEntity(name: string): string | undefined;
  segment(name: string): { entity?: string; deprecated?: string | true } | undefined;
  /** The entity of a segment/trait without `of`. */
  defaultEntity(): { entity?: string; why?: string };
}

export class Env {
  diags: Diagnostic[] = [];
  refs: SymbolRef[] = [];
  defs: SymbolDef[] = [];
  deps = new Map<string, string>();
  aggs = new Map<string, IRAggregate>();
  /** Segments, traits, consts and params this declaration names (for cycles). */
  uses: { name: string; range: Range }[] = [];
  /** Segments referenced directly with `in`, first use first. */
  dependsOn: string[] = [];
  /** The longest chain of consts, params and traits among those this declaration reads. */
  chain = 0;
  failed = false;

  constructor(
    readonly g: Global,
    readonly file: string,
  ) {}

  dep(key: string): void {
    if (!this.deps.has(key)) this.deps.set(key, this.g.sig(key));
  }

  ref(range: Range, target: string): void {
    this.refs.push({ file: this.file, range, target });
  }

  /** A name this declaration defines inside itself (a test's records). */
  def(d: Omit<SymbolDef, "file">): void {
    this.defs.push({ ...d, file: this.file });
  }

  error(code: string, range: Range, message: string, fix?: Fix, related?: Diagnostic["related"]): void {
    this.failed = true;
    const d: Diagnostic = { code, severity: "error", message, file: this.file, range };
    if (fix) d.fix = fix;
    if (related) d.related = related;
    this.diags.push(d);
  }

  warn(code: string, range: Range, message: string, fix?: Fix, related?: Diagnostic["related"]): void {
    const d: Diagnostic = { code, severity: "warning", message, file: this.file, range };
    if (fix) d.fix = fix;
    if (related) d.related = related;
    this.diags.push(d);
  }
}

export function replaceFix(range: Range, newText: string, title?: string): Fix {
  return { title: title ?? `Change to \`${newText}\``, edits: [{ range, newText }] };
}
