/**
 * The project checker: parse per file (cached by text), collect declarations into one
 * namespace, check + lower per declaration (cached by AST identity and the signatures of
 * everything the declaration looked up), then assemble the IR and the symbol index.
 */
import { LineMap, parse, type ParseResult } from "../grammar/index.ts";
import type {
  ConstDecl,
  Declaration,
  EntityDecl,
  EventsDecl,
  Name,
  ParamDecl,
  Range,
  SegmentDecl,
  TestDecl,
  TraitDecl,
} from "../grammar/ast.ts";
import type { Diagnostic } from "../grammar/diagnostic.ts";
import { IR_VERSION, type IRAggregate, type IRCond, type IRExpr, type IRProject, type IRSegment, type IRTest, type IRTrait } from "./ir.ts";
import type { SourceFile } from "./project.ts";
import { SymbolIndex, type SymbolDef, type SymbolRef } from "./symbols.ts";
import { walkCond } from "./ir-utils.ts";
import { C } from "./check/codes.ts";
import { emptySegments, segmentFacts, type SegmentFacts } from "./check/empty.ts";
import { Env, replaceFix, type Global, type NameKind, type TraitValue, type Val } from "./check/env.ts";
import { IRMeasurer, MAX_CHAIN, measureProblem } from "./check/limits.ts";
import { Lowerer } from "./check/lower.ts";
import { buildSchema, type SchemaResult } from "./check/schema.ts";
import { lowerTest } from "./check/testblock.ts";
import { caseOnlyMessage, didYouMean, irType, keyNameProblem, MAX_SEGMENT_NAME, PROTO_MESSAGE, PROTO_NAME, sameKind, aTy, isStringy, showTy, type Ty } from "./check/types.ts";

export type { ParseResult };

export interface CheckResult {
  diagnostics: Diagnostic[];
  ir: IRProject;
  parsed: Map<string, ParseResult>;
  symbols: SymbolIndex;
}

export interface CheckOptions {
  /** Param overrides: name → source text of a value of the param's type. */
  params?: Record<string, string>;
}

type Named = ConstDecl | ParamDecl | TraitDecl | SegmentDecl;

interface DeclResult {
  /** Dependencies and their signatures, flat: key, signature, key, signature... */
  deps: readonly string[];
  diags: readonly Diagnostic[];
  refs: readonly SymbolRef[];
  /** Names defined inside the declaration (a test's records). */
  defs?: readonly SymbolDef[];
  uses: readonly { name: string; range: Range }[];
  failed: boolean;
  /** const / param / trait value. */
  val?: Val;
  entity?: string;
  aggs?: Map<string, IRAggregate>;
  cond?: IRCond;
  dependsOn?: readonly string[];
  test?: IRTest;
  /** What SEG3005 reads of an error-free segment (compiler/check/empty.ts). */
  facts?: SegmentFacts;
  /** const / param / trait: the longest chain of such declarations it reads, itself included. */
  chain?: number;
}

interface NameEntry {
  kind: NameKind;
  file: string;
  decl: Declaration | EventsDecl["events"][number];
  name: Name;
}

/**
 * A file as the checker holds it. What a run needs of its declarations that does not
 * depend on other files (the declaration entries, the names it declares, its tests, its
 * schema declarations) is built once per parse, so that a run over 5,000 unchanged
 * declarations does not allocate them again.
 */
interface FileEntry {
  text: string;
  parsed: ParseResult;
  prep?: FilePrep;
}

interface FilePrep {
  decls: { file: string; decl: Declaration }[];
  named: NameEntry[];
  tests: { file: string; decl: TestDecl }[];
  entities: { file: string; decl: EntityDecl }[];
  events: { file: string; decl: EventsDecl }[];
}

function prepare(file: string, parsed: ParseResult): FilePrep {
  const p: FilePrep = { decls: [], named: [], tests: [], entities: [], events: [] };
  for (const decl of parsed.file.declarations) {
    p.decls.push({ file, decl });
    switch (decl.kind) {
      case "events":
        p.events.push({ file, decl });
        for (const e of decl.events) if (e.name.text) p.named.push({ kind: "event", file, decl: e, name: e.name });
        break;
      case "test":
        p.tests.push({ file, decl });
        break;
      case "entity":
        p.entities.push({ file, decl });
        if (decl.name.text) p.named.push({ kind: decl.kind, file, decl, name: decl.name });
        break;
      default:
        if (decl.name.text) p.named.push({ kind: decl.kind, file, decl, name: decl.name });
    }
  }
  return p;
}

/** The shared empty list of cached results (never mutated). */
const NONE: readonly never[] = Object.freeze([]);

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export class ProjectChecker {
  private files = new Map<string, FileEntry>();
  private cache = new WeakMap<object, DeclResult>();
  /** Kept across runs: the IR of a cached declaration is the same objects. */
  private measurer = new IRMeasurer();
  private lastParams = "";

  constructor(private options: CheckOptions = {}) {}

  update(path: string, text: string): void {
    const cur = this.files.get(path);
    if (cur && cur.text === text) return;
    const parsed = parse(text, path);
    if (cur) this.carryOver(cur, text, parsed);
    this.files.set(path, { text, parsed });
  }

  /**
   * A new text is a new AST, but most of its declarations are usually unchanged: a
   * declaration with the same source text at the same position (and the same doc) parses
   * to the same AST, so its cached result (diagnostics, references and uses carry
   * positions, which are the same) is carried over to the new AST object. Its
   * dependencies are still verified when it is used. Only between error-free parses, so
   * that parser recovery cannot make the same text give a different tree.
   */
  private carryOver(old: { text: string; parsed: ParseResult }, text: string, parsed: ParseResult): void {
    if (hasError(old.parsed) || hasError(parsed)) return;
    const oldDecls = old.parsed.file.declarations;
    if (oldDecls.length === 0) return;
    const oldLines = lineStarts(old.text);
    const byKey = new Map<string, DeclResult>();
    for (const d of oldDecls) {
      const r = this.cache.get(d);
      if (r) byKey.set(declKey(d, old.text, oldLines), r);
    }
    if (byKey.size === 0) return;
    const lines = lineStarts(text);
    for (const d of parsed.file.declarations) {
      const r = byKey.get(declKey(d, text, lines));
      if (r) this.cache.set(d, r);
    }
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  setOptions(options: CheckOptions): void {
    this.options = options;
  }

  /** The parse result of a file, if known. */
  parsed(path: string): ParseResult | undefined {
    return this.files.get(path)?.parsed;
  }

  /** How the last `check()` went: declarations re-checked vs reused from the cache. */
  stats = { computed: 0, reused: 0 };

  check(): CheckResult {
    const run = new Run(this.files, this.cache, this.measurer, this.options);
    const r = run.run();
    this.stats = run.stats;
    return r;
  }
}

export function checkProject(files: SourceFile[], options?: CheckOptions): CheckResult {
  const pc = new ProjectChecker(options);
  for (const f of files) pc.update(f.path, f.text);
  return pc.check();
}

// ---------------------------------------------------------------------------------------

class Run implements Global {
  private paths: string[];
  private decls: { file: string; decl: Declaration }[] = [];
  /** Each name's (first) declaration; `dupes`: every declaration of a name declared more than once. */
  private names = new Map<string, NameEntry>();
  private dupes = new Map<string, NameEntry[]>();
  private schema!: SchemaResult;
  private sigMemo = new Map<string, string>();
  private results = new Map<object, DeclResult>();
  private diagnostics: Diagnostic[] = [];
  entities!: SchemaResult["entities"];
  events!: SchemaResult["events"];
  private defaultMemo: { entity?: string; why?: string } | undefined;
  private namesOfMemo = new Map<string, string[]>();
  stats = { computed: 0, reused: 0 };

  constructor(
    private files: Map<string, FileEntry>,
    private cache: WeakMap<object, DeclResult>,
    private measurer: IRMeasurer,
    private options: CheckOptions,
  ) {
    this.paths = [...files.keys()].sort();
  }

  run(): CheckResult {
    const run = this;
    const parsed = new Map<string, ParseResult>();
    const entities: { file: string; decl: EntityDecl }[] = [];
    const events: { file: string; decl: EventsDecl }[] = [];
    const preps: FilePrep[] = [];
    for (const p of this.paths) {
      const f = this.files.get(p)!;
      parsed.set(p, f.parsed);
      for (const d of f.parsed.diagnostics) this.diagnostics.push(d);
      const prep = (f.prep ??= prepare(p, f.parsed));
      preps.push(prep);
      for (const d of prep.decls) this.decls.push(d);
      for (const d of prep.entities) entities.push(d);
      for (const d of prep.events) events.push(d);
    }
    this.collect(preps);
    this.schema = buildSchema(entities, events, (n) => this.names.get(n)?.decl);
    this.entities = this.schema.entities;
    this.events = this.schema.events;
    this.diagnostics.push(...this.schema.diagnostics);
    this.checkParamOverrides();

    const tests: IRTest[] = [];
    const segments: SegmentFacts[] = [];
    this.computeValuesInOrder();
    for (const { file, decl } of this.decls) {
      if (decl.kind === "entity" || decl.kind === "events") continue;
      const r = this.result(file, decl);
      const f = this.files.get(file)!;
      for (const d of r.diags) if (!cutShort(d, f.parsed.diagnostics, f.text)) this.diagnostics.push(d);
      if (r.test && !r.failed) tests.push(r.test);
      if (r.facts && this.isFirst(decl as SegmentDecl)) segments.push(r.facts);
    }
    const cyclic = this.cycles();
    for (const name of this.segmentChains(cyclic)) cyclic.add(name);
    this.unused();
    this.emptySegments(cyclic.size ? segments.filter((s) => !cyclic.has(s.name)) : segments, cyclic);
    this.diagnostics.sort(
      (a, b) =>
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
    // The IR and the symbol index are built on first use: the language server needs
    // the diagnostics after every edit, the IR and the index far less often. Both only
    // read this run's (immutable) results, so building them later gives the same value.
    let ir: IRProject | undefined;
    let symbols: SymbolIndex | undefined;
    return {
      diagnostics: this.diagnostics,
      parsed,
      get ir(): IRProject {
        return (ir ??= run.assemble(cyclic, tests));
      },
      set ir(v: IRProject) {
        ir = v;
      },
      get symbols(): SymbolIndex {
        return (symbols ??= run.symbolIndex());
      },
      set symbols(v: SymbolIndex) {
        symbols = v;
      },
    };
  }

  private symbolIndex(): SymbolIndex {
    const defs: SymbolDef[] = [...this.schema.defs];
    const refs: SymbolRef[] = [...this.schema.refs];
    for (const { file, decl } of this.decls) {
      if (decl.kind === "entity" || decl.kind === "events") continue;
      const r = this.results.get(decl)!;
      for (const x of r.refs) refs.push(x);
      defs.push(this.defOf(file, decl, r));
      if (r.defs) defs.push(...r.defs);
    }
    return new SymbolIndex(defs, refs);
  }

  // -------------------------------------------------------------------------------------
  // Names

  private collect(preps: FilePrep[]): void {
    const names = this.names;
    const tests = new Map<string, { file: string; decl: TestDecl }[]>();
    // Segments and events become SQL names (columns, views), compared without case by
    // SQLite, DuckDB and MySQL: the first of each kind and lower-cased name.
    const folded = new Map<string, NameEntry>();
    for (const prep of preps) {
      for (const e of prep.named) {
        const t = e.name.text;
        if (e.kind === "segment" || e.kind === "event") {
          const key = `${e.kind}\u0000${t.toLowerCase()}`;
          const earlier = folded.get(key);
          if (earlier === undefined) folded.set(key, e);
          else if (earlier.name.text !== t) {
            this.diagnostics.push({
              code: C.caseOnly,
              severity: "error",
              message: caseOnlyMessage(t, earlier.name.text, e.kind),
              file: e.file,
              range: e.name.range,
              related: [{ file: earlier.file, range: earlier.name.range, message: `\`${earlier.name.text}\` is declared here` }],
            });
          }
        }
        if (t === PROTO_NAME) {
          this.diagnostics.push({ code: C.protoName, severity: "error", message: PROTO_MESSAGE, file: e.file, range: e.name.range });
        }
        if (e.kind === "segment" && t.length > MAX_SEGMENT_NAME) {
          this.diagnostics.push({
            code: C.nameTooLong,
            severity: "error",
            message: `a segment's name is a column and a view name: at most ${MAX_SEGMENT_NAME} characters (PostgreSQL cuts longer identifiers), this one has ${t.length}`,
            file: e.file,
            range: e.name.range,
          });
        }
        const f = names.get(t);
        if (f === undefined) names.set(t, e);
        else {
          const l = this.dupes.get(t);
          if (l) l.push(e);
          else this.dupes.set(t, [f, e]);
        }
      }
      for (const x of prep.tests) {
        let l = tests.get(x.decl.name.value);
        if (!l) tests.set(x.decl.name.value, (l = []));
        l.push(x);
      }
    }
    for (const [name, l] of this.dupes) {
      for (let i = 1; i < l.length; i++) this.shadowed.add(l[i]!.decl);
      for (const e of l) {
        this.diagnostics.push({
          code: C.duplicate,
          severity: "error",
          message: `\`${name}\` is declared ${l.length} times; names are unique across the project`,
          file: e.file,
          range: e.name.range,
          related: othersShown(l, e).map((o) => ({ file: o.file, range: o.name.range, message: `\`${name}\` is also declared here (${o.kind})` })),
        });
      }
    }
    for (const [name, l] of tests) {
      if (l.length < 2) continue;
      for (const e of l)
        this.diagnostics.push({
          code: C.duplicate,
          severity: "error",
          message: `test "${name}" is declared ${l.length} times`,
          file: e.file,
          range: e.decl.name.range,
          related: othersShown(l, e).map((o) => ({ file: o.file, range: o.decl.name.range, message: "also declared here" })),
        });
    }
  }

  private first(name: string): NameEntry | undefined {
    return this.names.get(name);
  }

  /** Declarations whose name was declared earlier too (not the first of duplicates). */
  private shadowed = new Set<object>();
  /** Is `decl` the declaration its name resolves to (the first one)? */
  private isFirst(decl: Named): boolean {
    return decl.name.text !== "" && (this.shadowed.size === 0 || !this.shadowed.has(decl));
  }

  kindOf(name: string): NameKind | undefined {
    return this.first(name)?.kind;
  }

  namesOf(kinds: NameKind[]): string[] {
    const k = kinds.join(",");
    let l = this.namesOfMemo.get(k);
    if (!l) {
      l = [];
      for (const [n, v] of this.names) if (kinds.includes(v.kind)) l.push(n);
      this.namesOfMemo.set(k, l);
    }
    return l;
  }

  defaultEntity(): { entity?: string; why?: string } {
    if (this.defaultMemo) return this.defaultMemo;
    const withEvents = [...new Set([...this.events.values()].map((e) => e.entity))].sort();
    let r: { entity?: string; why?: string };
    if (withEvents.length === 1) r = { entity: withEvents[0]! };
    else if (this.entities.size === 1) r = { entity: [...this.entities.keys()][0]! };
    else if (this.entities.size === 0) r = { why: "the project declares no entity" };
    else r = { why: `the project has ${this.entities.size} entities (${[...this.entities.keys()].sort().join(", ")})${withEvents.length > 1 ? ` and ${withEvents.length} have events` : ""}` };
    return (this.defaultMemo = r);
  }

  private entityOfDecl(d: TraitDecl | SegmentDecl): string | undefined {
    if (d.entity) return this.entities.has(d.entity.text) ? d.entity.text : undefined;
    return this.defaultEntity().entity;
  }

  segment(name: string): { entity?: string; deprecated?: string | true } | undefined {
    const e = this.first(name);
    if (!e || e.kind !== "segment") return undefined;
    const d = e.decl as SegmentDecl;
    const r: { entity?: string; deprecated?: string | true } = {};
    const en = this.entityOfDecl(d);
    if (en !== undefined) r.entity = en;
    if (d.deprecated) r.deprecated = d.deprecated.reason?.value ?? true;
    return r;
  }

  constVal(name: string): { val: Val; failed: boolean; chain: number } | "cycle" | undefined {
    const e = this.first(name);
    if (!e || (e.kind !== "const" && e.kind !== "param")) return undefined;
    const r = this.result(e.file, e.decl as Declaration);
    if (r === CYCLE) return "cycle";
    return { val: r.val ?? { ty: { k: "error" } }, failed: r.failed, chain: r.chain ?? 1 };
  }

  traitEntity(name: string): string | undefined {
    const e = this.first(name);
    return e && e.kind === "trait" ? this.entityOfDecl(e.decl as TraitDecl) : undefined;
  }

  trait(name: string): TraitValue | "cycle" | undefined {
    const e = this.first(name);
    if (!e || e.kind !== "trait") return undefined;
    const r = this.result(e.file, e.decl as Declaration);
    if (r === CYCLE) return "cycle";
    return { val: r.val ?? { ty: { k: "error" } }, entity: r.entity ?? "", aggs: r.aggs ?? new Map(), failed: r.failed, chain: r.chain ?? 1 };
  }

  sig(key: string): string {
    const m = this.sigMemo.get(key);
    if (m !== undefined) return m;
    let s: string;
    let memo = true;
    const colon = key.indexOf(":");
    const kind = key.slice(0, colon);
    const name = key.slice(colon + 1);
    if (key === "*names") s = [...this.names.keys()].sort().join(",");
    else if (key === "*default") s = JSON.stringify(this.defaultEntity());
    else if (kind === "*param") s = this.options.params?.[name] ?? "";
    else if (kind === "e") s = this.entities.get(name)?.sig ?? "missing";
    else {
      const e = this.first(name);
      if (!e) s = "missing";
      else if (e.kind === "event") s = `event:${this.events.get(name)?.sig ?? "broken"}`;
      else if (e.kind === "entity") s = "entity";
      else if (e.kind === "segment") {
        const seg = this.segment(name)!;
        const dep = seg.deprecated === undefined ? "" : seg.deprecated === true ? "!" : `!${seg.deprecated}`;
        s = `segment:${seg.entity ?? ""}:${dep}`;
      }
      else {
        const r = this.result(e.file, e.decl as Declaration);
        if (r === CYCLE) {
          s = "cycle";
          memo = false;
        } else {
          // A failed value is never inlined, and may be too large to serialise.
          s = `${e.kind}:${r.failed}:${r.chain ?? 1}:${r.entity ?? ""}:${r.failed ? "" : JSON.stringify(r.val)}`;
        }
      }
    }
    if (memo) this.sigMemo.set(key, s);
    return s;
  }

  // -------------------------------------------------------------------------------------
  // Per-declaration results (cached)

  private result(file: string, decl: Declaration): DeclResult {
    const done = this.results.get(decl);
    if (done !== undefined) return done === IN_PROGRESS ? CYCLE : done;
    this.results.set(decl, IN_PROGRESS);
    let r = this.cache.get(decl);
    if (r) {
      const deps = r.deps;
      for (let i = 0; i < deps.length; i += 2) {
        if (this.sig(deps[i]!) !== deps[i + 1]) {
          r = undefined;
          break;
        }
      }
    }
    if (!r) {
      r = this.computeGuarded(file, decl);
      if (r.chain !== TOO_DEEP) this.cache.set(decl, r);
      this.stats.computed++;
    } else this.stats.reused++;
    this.results.set(decl, r);
    return r;
  }

  /**
   * Computes consts, params and traits so that each comes after those it names: computing a
   * declaration looks up the ones it reads, which would otherwise compute them on the same
   * stack, as deep as the chain is long (a chain declared last-first). Iterative; what a
   * declaration names is read off its syntax tree (names of other kinds are ignored).
   */
  private computeValuesInOrder(): void {
    const values = new Map<string, { file: string; decl: Declaration }>();
    for (const entry of this.decls) {
      const d = entry.decl;
      if ((d.kind === "const" || d.kind === "param" || d.kind === "trait") && this.isFirst(d)) values.set(d.name.text, entry);
    }
    const state = new Map<string, "open" | "done">();
    for (const start of values.keys()) {
      const stack = [start];
      while (stack.length > 0) {
        const name = stack[stack.length - 1]!;
        const st = state.get(name);
        if (st === "done") {
          stack.pop();
          continue;
        }
        const { file, decl } = values.get(name)!;
        if (st === undefined) {
          state.set(name, "open");
          // On a cycle a name may already be open: result() reports it as before.
          for (const ref of namesIn(decl)) if (values.has(ref) && state.get(ref) === undefined) stack.push(ref);
          continue;
        }
        stack.pop();
        state.set(name, "done");
        this.result(file, decl);
      }
    }
  }

  /**
   * compute(), or, when the stack runs out (an expression nested as deep as the parser
   * allows, reading values that nest deeply too), an error on this declaration instead of
   * a crash. Not cached: the next run may have more stack to spare.
   */
  private computeGuarded(file: string, decl: Declaration): DeclResult {
    try {
      return this.compute(file, decl);
    } catch (error) {
      if (!(error instanceof RangeError && /call stack/.test(error.message))) throw error;
    }
    const name = "name" in decl && decl.name && "text" in decl.name ? decl.name : undefined;
    return {
      deps: NONE,
      diags: [
        {
          code: C.tooLarge,
          severity: "error",
          message: `${name ? `\`${name.text}\`` : "this declaration"} is nested too deeply to check, with the traits, consts and params it reads; simplify its expression or theirs`,
          file,
          range: name ? name.range : decl.range,
        },
      ],
      refs: NONE,
      uses: NONE,
      failed: true,
      chain: TOO_DEEP,
    };
  }

  private compute(file: string, decl: Declaration): DeclResult {
    const env = new Env(this, file);
    const lw = new Lowerer(env);
    const out: Partial<DeclResult> = {};
    switch (decl.kind) {
      case "const":
      case "param": {
        let v = lw.expr(decl.value, { kind: "const" });
        if (v.ty.k === "boolean" && v.literal === undefined) {
          env.error(C.notConstant, decl.value.range, `a ${decl.kind} must be a constant value`);
        }
        if (decl.kind === "param") {
          env.dep(`*param:${decl.name.text}`);
          const text = this.options.params?.[decl.name.text];
          if (text !== undefined && v.ty.k !== "error") {
            const o = this.override(decl, text, env, v.ty);
            if (o) {
              if (!sameKind(o.ty, v.ty) && !(o.ty.k === "list" && v.ty.k === "list" && (o.lits?.length ?? 0) === 0)) {
                env.error(C.typeMismatch, decl.name.range, `the value given for param \`${decl.name.text}\` (${JSON.stringify(text)}) is ${aTy(o.ty)}, but the param is ${aTy(v.ty)}`);
              } else v = o;
            }
          }
        }
        out.val = v;
        break;
      }
      case "trait":
      case "segment": {
        const entity = this.declEntity(decl, env);
        if (entity === undefined) {
          env.failed = true;
          break;
        }
        out.entity = entity;
        const scope = { kind: "entity", entity } as const;
        if (decl.kind === "trait") {
          const v = lw.expr(decl.value, scope);
          if (v.ty.k === "duration") env.error(C.typeMismatch, decl.value.range, "a trait must be a value, not a duration (for a time write `<duration> ago`)");
          else if (v.ty.k === "error") env.failed = true;
          out.val = v;
        } else {
          for (const t of decl.tags?.items ?? []) {
            // An `error` item is the parser's recovery, already reported (a list left open).
            if (t.kind !== "string" && t.kind !== "error") env.error(C.typeMismatch, t.range, "tags are strings");
          }
          // The block's items come in any order, so the grammar cannot demand a `where`.
          if (!decl.where) env.error(C.segmentWithoutWhere, decl.name.range, `segment \`${decl.name.text}\` has no condition: add \`where <condition>\` to its block`);
          else out.cond = lw.cond(decl.where, scope);
          out.dependsOn = out.cond ? withSegmentsTested(env.dependsOn, out.cond) : env.dependsOn;
        }
        out.aggs = env.aggs;
        break;
      }
      case "test":
        {
          const t = lowerTest(decl, env, file);
          if (t) out.test = t;
          else env.failed = true;
        }
        break;
      default:
        break;
    }
    let chain: number | undefined;
    if (decl.kind === "const" || decl.kind === "param" || decl.kind === "trait") {
      chain = env.chain + 1;
      if (chain > MAX_CHAIN && env.chain <= MAX_CHAIN) {
        env.error(C.chainTooLong, decl.name.range, `\`${decl.name.text}\` is at the end of a chain of more than ${MAX_CHAIN} traits, consts or params that each read the next; shorten the chain`);
      }
    }
    if ((decl.kind === "trait" || decl.kind === "segment") && !env.failed) {
      const cond = decl.kind === "trait" ? out.val?.cond : out.cond;
      const expr = decl.kind === "trait" ? out.val?.expr : undefined;
      const root = cond ?? expr;
      const problem = root && measureProblem(this.measurer.declaration(root, cond !== undefined, env.aggs.values()));
      if (problem) env.error(C.tooLarge, (decl.kind === "trait" ? decl.value : decl.where)!.range, problem);
    }
    // Built field by field (a spread of `out` was a slow path); empty collections are
    // shared so that 10,000 cached results do not each keep their own empty arrays.
    const r: DeclResult = {
      deps: flatDeps(env.deps),
      diags: env.diags.length ? env.diags : NONE,
      refs: env.refs.length ? env.refs : NONE,
      uses: env.uses.length ? env.uses : NONE,
      failed: env.failed,
    };
    if (out.val !== undefined) r.val = out.val;
    if (out.entity !== undefined) r.entity = out.entity;
    if (out.aggs !== undefined && out.aggs.size > 0) r.aggs = out.aggs;
    if (out.cond !== undefined) r.cond = out.cond;
    if (out.dependsOn !== undefined) r.dependsOn = out.dependsOn.length ? out.dependsOn : NONE;
    if (out.test !== undefined) r.test = out.test;
    if (env.defs.length > 0) r.defs = env.defs;
    if (chain !== undefined) r.chain = chain;
    if (decl.kind === "segment" && !r.failed) {
      const f = segmentFacts(r, file, decl.name);
      if (f) r.facts = f;
    }
    return r;
  }

  private declEntity(decl: TraitDecl | SegmentDecl, env: Env): string | undefined {
    const entity = this.declEntityName(decl, env);
    if (entity !== undefined && decl.kind === "segment") {
      // Membership output: the entity's key column, then one column per segment.
      env.dep(`e:${entity}`);
      const key = this.entities.get(entity)?.key?.name;
      const problem = key === undefined ? undefined : keyNameProblem(decl.name.text, entity, key);
      if (problem !== undefined) env.error(C.keyName, decl.name.range, problem);
    }
    return entity;
  }

  private declEntityName(decl: TraitDecl | SegmentDecl, env: Env): string | undefined {
    if (decl.entity) {
      const n = decl.entity.text;
      env.dep(`e:${n}`);
      if (this.entities.has(n)) {
        env.ref(decl.entity.range, n);
        return n;
      }
      env.dep("*names");
      const s = didYouMean(n, [...this.entities.keys()]);
      env.error(C.unknownEntity, decl.entity.range, `unknown entity \`${n}\`${s ? `; did you mean \`${s}\`?` : ""}`, s ? replaceFix(decl.entity.range, s) : undefined);
      return undefined;
    }
    env.dep("*default");
    const d = this.defaultEntity();
    if (d.entity !== undefined) return d.entity;
    const opts = [...this.entities.keys()].sort();
    const fitting = opts.filter((entity) => this.fitsEntity(decl, entity, env));
    const offer = fitting.length === 1 ? fitting[0] : opts[0];
    env.error(
      C.entityAmbiguous,
      decl.name.range,
      `which entity is \`${decl.name.text}\` about? ${d.why}; write \`${decl.kind} ${decl.name.text} of <entity>\`${fitting.length === 1 ? ` (it checks as a ${decl.kind} of ${fitting[0]})` : ""}`,
      offer ? { title: `Add \`of ${offer}\``, edits: [{ range: { start: decl.name.range.end, end: decl.name.range.end }, newText: ` of ${offer}` }] } : undefined,
    );
    return undefined;
  }

  /** Whether a declaration without `of` checks cleanly as one of `entity` (for SEG1009's fix). */
  private fitsEntity(decl: TraitDecl | SegmentDecl, entity: string, env: Env): boolean {
    const body = decl.kind === "trait" ? decl.value : decl.where;
    if (!body) return false;
    const trial = new Env(this, env.file);
    const lowerer = new Lowerer(trial);
    const scope = { kind: "entity", entity } as const;
    if (decl.kind === "trait") lowerer.expr(body, scope);
    else lowerer.cond(body, scope);
    // The answer depends on what the trial read: a later edit there must re-check this.
    for (const [key, sig] of trial.deps) if (!env.deps.has(key)) env.deps.set(key, sig);
    return !trial.failed;
  }

  private override(decl: ParamDecl, text: string, env: Env, declared: Ty): Val | undefined {
    const src = `param ${decl.name.text} = ${text}`;
    const p = parse(src, `<param ${decl.name.text}>`);
    const d = p.file.declarations[0];
    if (p.diagnostics.some((x) => x.severity === "error") || !d || d.kind !== "param" || p.file.declarations.length > 1) {
      // The parser's own words (a hint such as "a duration has its unit in words") say why.
      const first = p.diagnostics.find((x) => x.severity === "error");
      // Text after a whole value reads to the parser as the start of the next declaration.
      const extra = p.file.declarations[1];
      const why = first
        ? `: ${first.message.replace(/: expected a declaration .*$/, "")}`
        : extra
          ? `: it goes on after the value with a ${extra.kind} declaration`
          : "";
      env.error(C.typeMismatch, decl.name.range, `the value given for param \`${decl.name.text}\` (${JSON.stringify(text)}) is not a valid expression${why}`);
      return undefined;
    }
    const sub = new Env(this, env.file);
    const v = new Lowerer(sub).expr(d.value, { kind: "const" });
    // `--param region=US` for a string param: the shell took the quotes, or there were none.
    const quoteHint = isStringy(declared) && /^\s*[A-Za-z_]\w*\s*$/.test(text) ? `; a string is written in double quotes: ${JSON.stringify(text.trim())}` : "";
    for (const x of sub.diags) env.error(x.code, decl.name.range, `in the value given for param \`${decl.name.text}\`: ${x.message}${quoteHint}`);
    for (const [k, s] of sub.deps) env.deps.set(k, s);
    return v.ty.k === "error" ? undefined : v;
  }

  private checkParamOverrides(): void {
    for (const name of Object.keys(this.options.params ?? {}).sort()) {
      if (this.kindOf(name) === "param") continue;
      const s = didYouMean(name, this.namesOf(["param"]));
      this.diagnostics.push({
        code: C.unknownParam,
        severity: "error",
        message: `a value is given for \`${name}\`, but the project has no param of that name${s ? `; did you mean \`${s}\`?` : ""}`,
        file: "<params>",
        range: ZERO,
      });
    }
  }

  private defOf(file: string, decl: Declaration, r: DeclResult): SymbolDef {
    if (decl.kind === "test") {
      return { kind: "test", name: decl.name.value, qualifiedName: `test:${decl.name.value}`, file, range: decl.range, nameRange: decl.name.range };
    }
    const d = decl as Named;
    const def: SymbolDef = { kind: d.kind, name: d.name.text, qualifiedName: d.name.text, file, range: d.range, nameRange: d.name.range };
    if (d.doc) def.doc = d.doc;
    if (r.entity) def.entity = r.entity;
    if (r.val && r.val.ty.k !== "error") def.type = showTy(r.val.ty);
    if (d.kind === "segment") {
      def.type = "segment";
      if (d.owner) def.owner = d.owner.value;
      if (d.tags) def.tags = d.tags.items.flatMap((t) => (t.kind === "string" ? [t.value] : []));
      if (d.deprecated) def.deprecated = d.deprecated.reason?.value ?? true;
    }
    return def;
  }

  // -------------------------------------------------------------------------------------
  // Global passes

  /** Reports every reference cycle once, at each member; returns the names in cycles. */
  private cycles(): Set<string> {
    const graph = new Map<string, readonly { name: string; range: Range }[]>();
    const where = new Map<string, string>();
    for (const { file, decl } of this.decls) {
      if (decl.kind !== "segment" && decl.kind !== "trait" && decl.kind !== "const" && decl.kind !== "param") continue;
      if (!this.isFirst(decl)) continue;
      const uses = this.results.get(decl)?.uses;
      // A declaration that uses nothing cannot be on a cycle: leaving it out of the graph
      // skips it like a name that is not in the graph at all.
      if (!uses || uses.length === 0) continue;
      graph.set(decl.name.text, uses);
      where.set(decl.name.text, file);
    }
    const inCycle = new Set<string>();
    const color = new Map<string, number>(); // 1 = on stack, 2 = done
    const reported = new Set<string>();
    for (const start of graph.keys()) {
      if (color.get(start)) continue;
      const stack: { name: string; i: number }[] = [{ name: start, i: 0 }];
      color.set(start, 1);
      while (stack.length) {
        const top = stack[stack.length - 1]!;
        const edges = graph.get(top.name) ?? [];
        if (top.i >= edges.length) {
          color.set(top.name, 2);
          stack.pop();
          continue;
        }
        const next = edges[top.i++]!.name;
        if (!graph.has(next)) continue;
        const c = color.get(next);
        if (c === 1) {
          const from = stack.findIndex((s) => s.name === next);
          const members = stack.slice(from).map((s) => s.name);
          const key = [...members].sort().join(",");
          if (reported.has(key)) continue;
          reported.add(key);
          const text = [...members, next].join(" → ");
          members.forEach((m, i) => {
            inCycle.add(m);
            const to = members[(i + 1) % members.length]!;
            const use = graph.get(m)!.find((u) => u.name === to)!;
            this.diagnostics.push({
              code: C.cycle,
              severity: "error",
              message: `reference cycle: ${text}`,
              file: where.get(m)!,
              range: use.range,
              related: members.filter((o) => o !== m).map((o) => ({ file: where.get(o)!, range: this.first(o)!.name.range, message: `\`${o}\` is part of the cycle` })),
            });
          });
        } else if (!c) {
          color.set(next, 1);
          stack.push({ name: next, i: 0 });
        }
      }
    }
    return inCycle;
  }

  /**
   * SEG1031 at each segment that reads a chain of more than MAX_CHAIN segments (each `in`
   * the next): compiling walks such chains recursively. Returns every segment beyond the
   * limit; the error is reported at the first over it on each chain. Iterative, since the
   * chain may be longer than the stack.
   */
  private segmentChains(cyclic: Set<string>): string[] {
    // Only segments that read segments are in the graph: the rest are chains of one.
    const reads = new Map<string, { file: string; decl: SegmentDecl; dependsOn: readonly string[] }>();
    for (const { file, decl } of this.decls) {
      if (decl.kind !== "segment") continue;
      const dependsOn = this.results.get(decl)?.dependsOn;
      if (!dependsOn || dependsOn.length === 0 || cyclic.has(decl.name.text) || !this.isFirst(decl)) continue;
      reads.set(decl.name.text, { file, decl, dependsOn });
    }
    if (reads.size < MAX_CHAIN) return [];
    const chain = new Map<string, number>();
    const lengthOf = (name: string): number => (reads.has(name) ? chain.get(name) ?? 0 : cyclic.has(name) ? 0 : 1);
    for (const start of reads.keys()) {
      const stack = [start];
      while (stack.length > 0) {
        const name = stack[stack.length - 1]!;
        if (chain.has(name)) {
          stack.pop();
          continue;
        }
        const pending = reads.get(name)!.dependsOn.filter((d) => reads.has(d) && !chain.has(d));
        if (pending.length > 0) {
          stack.push(...pending);
          continue;
        }
        stack.pop();
        chain.set(name, 1 + reads.get(name)!.dependsOn.reduce((longest, d) => Math.max(longest, lengthOf(d)), 0));
      }
    }
    const tooDeep: string[] = [];
    for (const [name, { file, decl }] of reads) {
      const length = chain.get(name)!;
      if (length <= MAX_CHAIN) continue;
      tooDeep.push(name);
      if (length === MAX_CHAIN + 1) {
        this.diagnostics.push({
          code: C.chainTooLong,
          severity: "error",
          message: `\`${name}\` is at the end of a chain of more than ${MAX_CHAIN} segments that each test membership of the next; shorten the chain`,
          file,
          range: decl.name.range,
        });
      }
    }
    return tooDeep;
  }

  /** SEG3005 (compiler/check/empty.ts) over the segments: first declarations, checked without errors, not on a cycle. */
  private emptySegments(all: SegmentFacts[], cyclic: Set<string>): void {
    const lookup = (name: string): SegmentFacts | undefined => {
      const e = this.names.get(name);
      if (!e || e.kind !== "segment" || cyclic.has(name)) return undefined;
      return this.results.get(e.decl)?.facts;
    };
    for (const d of emptySegments(all, lookup, this.schema.ir.entities)) this.diagnostics.push(d);
  }

  private unused(): void {
    const used = new Set<string>();
    for (const r of this.results.values()) for (const u of r.uses) used.add(u.name);
    for (const { file, decl } of this.decls) {
      if (decl.kind !== "const" && decl.kind !== "param" && decl.kind !== "trait") continue;
      if (used.has(decl.name.text) || !this.isFirst(decl)) continue;
      this.diagnostics.push({
        code: C.unused,
        severity: "warning",
        message: `${decl.kind} \`${decl.name.text}\` is never used`,
        file,
        range: decl.name.range,
      });
    }
  }

  private assemble(cyclic: Set<string>, tests: IRTest[]): IRProject {
    // Which segments make it into the IR.
    const segs = new Map<string, { decl: SegmentDecl; r: DeclResult }>();
    const order: { kind: "trait" | "segment"; name: string; r: DeclResult; decl: TraitDecl | SegmentDecl }[] = [];
    for (const { decl } of this.decls) {
      if (decl.kind !== "segment" && decl.kind !== "trait") continue;
      if (!this.isFirst(decl)) continue;
      const r = this.results.get(decl)!;
      if (r.failed || cyclic.has(decl.name.text)) continue;
      order.push({ kind: decl.kind, name: decl.name.text, r, decl });
      if (decl.kind === "segment") segs.set(decl.name.text, { decl, r });
    }
    // Drop segments that depend on dropped ones (to a fixed point).
    let changed = true;
    while (changed) {
      changed = false;
      for (const [n, s] of segs) {
        if (s.r.dependsOn!.some((d) => !segs.has(d))) {
          segs.delete(n);
          changed = true;
        }
      }
    }
    // Aggregate ids in first-use order.
    const ids = new Map<string, string>();
    const aggregates: IRAggregate[] = [];
    // A declaration's aggregates include those of the traits it uses, so the one being
    // mapped knows every key it meets (no project-wide map of the structural keys).
    let current: Map<string, IRAggregate> | undefined;
    let all: Map<string, IRAggregate> | undefined;
    const find = (key: string): IRAggregate => {
      const a = current?.get(key);
      if (a) return a;
      if (!all) {
        all = new Map();
        for (const o of order) for (const [k, x] of o.r.aggs ?? []) all.set(k, x);
      }
      return all.get(key)!;
    };
    const idOf = (key: string) => {
      let id = ids.get(key);
      if (!id) {
        id = `a${ids.size + 1}`;
        ids.set(key, id);
        aggregates.push({ ...find(key), id } as IRAggregate);
      }
      return id;
    };
    const traits: IRTrait[] = [];
    const segments = new Map<string, IRSegment>();
    for (const o of order) {
      current = o.r.aggs;
      if (o.kind === "trait") {
        const v = o.r.val!;
        const value = mapExpr(new Lowerer(new Env(this, "")).asExpr(v), idOf);
        const t: IRTrait = { name: o.name, entity: o.r.entity!, value, type: irType(v.ty) };
        if (o.decl.doc) t.doc = o.decl.doc;
        traits.push(t);
      } else {
        if (!segs.has(o.name)) continue;
        const d = o.decl as SegmentDecl;
        const s: IRSegment = {
          name: o.name,
          entity: o.r.entity!,
          condition: mapCond(o.r.cond!, idOf),
          tags: d.tags ? d.tags.items.flatMap((t) => (t.kind === "string" ? [t.value] : [])) : [],
          dependsOn: [...o.r.dependsOn!],
        };
        if (d.doc) s.doc = d.doc;
        if (d.owner) s.owner = d.owner.value;
        if (d.deprecated) s.deprecated = d.deprecated.reason?.value ?? true;
        segments.set(o.name, s);
      }
    }
    // Topological order, stable by declaration order.
    const sorted: IRSegment[] = [];
    const placed = new Set<string>();
    for (const s of segments.values()) {
      if (placed.has(s.name)) continue;
      const stack: { s: IRSegment; i: number }[] = [{ s, i: 0 }];
      const onStack = new Set<string>([s.name]);
      while (stack.length) {
        const top = stack[stack.length - 1]!;
        if (top.i < top.s.dependsOn.length) {
          const d = top.s.dependsOn[top.i++]!;
          const ds = segments.get(d);
          if (ds && !placed.has(d) && !onStack.has(d)) {
            onStack.add(d);
            stack.push({ s: ds, i: 0 });
          }
        } else {
          stack.pop();
          placed.add(top.s.name);
          sorted.push(top.s);
        }
      }
    }
    return {
      version: IR_VERSION,
      entities: this.schema.ir.entities,
      eventSources: this.schema.ir.eventSources,
      events: this.schema.ir.events,
      aggregates,
      traits,
      segments: sorted,
      tests,
    };
  }
}

/** namesIn per declaration: an unchanged declaration keeps its syntax tree across runs. */
const namesMemo = new WeakMap<Declaration, string[]>();

/** The identifiers a const, param or trait declaration names (walked without recursion). */
function namesIn(decl: Declaration): string[] {
  const known = namesMemo.get(decl);
  if (known) return known;
  const names: string[] = [];
  const stack: unknown[] = ["value" in decl ? decl.value : undefined];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === null || typeof x !== "object") continue;
    if (Array.isArray(x)) {
      for (const item of x) stack.push(item);
      continue;
    }
    const node = x as { kind?: unknown; name?: { text?: unknown } };
    if (node.kind === "ref" && typeof node.name?.text === "string") names.push(node.name.text);
    for (const [key, value] of Object.entries(x)) if (key !== "range") stack.push(value);
  }
  namesMemo.set(decl, names);
  return names;
}

/**
 * The other declarations a duplicate's diagnostic points to: the first few. A name declared
 * n times gives n diagnostics, and listing every other one in each made n² notes (a file
 * of 150,000 copies of one line ran `seg check` out of memory); the message gives the count.
 */
const DUPLICATES_SHOWN = 10;

function othersShown<T>(all: readonly T[], one: T): T[] {
  const others: T[] = [];
  for (const o of all) {
    if (others.length === DUPLICATES_SHOWN) break;
    if (o !== one) others.push(o);
  }
  return others;
}

/** DeclResult.chain of a declaration that could not be computed (computeGuarded). */
const TOO_DEEP = Number.POSITIVE_INFINITY;
const CYCLE: DeclResult = { deps: [], diags: [], refs: [], uses: [], failed: true };
/** In `Run.results` while a declaration is being checked (a lookup then is a cycle). */
const IN_PROGRESS: DeclResult = { deps: [], diags: [], refs: [], uses: [], failed: true };

function hasError(p: ParseResult): boolean {
  for (const d of p.diagnostics) if (d.severity === "error") return true;
  return false;
}

/** Offsets of the line starts (LF, CRLF and CR end a line, as in the parser's positions). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** What identifies a declaration's AST: its position, its doc and its source text. */
/**
 * A checker error that only repeats a syntax error right after its expression: in
 * `country = "FR"` the parser stops at `=` (with "to compare, write `==`"), so `country`
 * alone is no condition (SEG2005); in `in last 30d` it stops at `d`, so `30` is no
 * duration (SEG2008). The syntax error says what to write; the other is left out.
 */
const CUT_SHORT_CODES: ReadonlySet<string> = new Set([C.expectedCondition, C.expectedDuration]);

function cutShort(d: Diagnostic, syntax: readonly Diagnostic[], text: string): boolean {
  if (!CUT_SHORT_CODES.has(d.code)) return false;
  const lines = new LineMap(text);
  const end = lines.offset(d.range.end);
  return syntax.some((s) => {
    if (s.severity !== "error" || !s.code.startsWith("SEG000") || s.file !== d.file) return false;
    const start = lines.offset(s.range.start);
    return start >= end && /^\s*$/.test(text.slice(end, start));
  });
}

function declKey(d: Declaration, text: string, lines: number[]): string {
  const { start, end } = d.range;
  const from = (lines[start.line] ?? text.length) + start.character;
  const to = (lines[end.line] ?? text.length) + end.character;
  return `${d.kind}:${start.line}:${start.character}:${d.doc ?? ""}\u0000${text.slice(from, to)}`;
}

/** A Map of dependencies as a flat array (smaller, and faster to check than iterating a Map). */
function flatDeps(m: Map<string, string>): string[] {
  const out: string[] = new Array(m.size * 2);
  let i = 0;
  m.forEach((v, k) => {
    out[i++] = k;
    out[i++] = v;
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Copying IR with aggregate ids renamed

function mapExpr(e: IRExpr, id: (key: string) => string): IRExpr {
  switch (e.k) {
    case "agg":
      return { k: "agg", id: id(e.id), type: e.type };
    case "timeShift":
      return { ...e, value: mapExpr(e.value, id) };
    case "arith":
      return { ...e, left: mapExpr(e.left, id), right: mapExpr(e.right, id) };
    case "neg":
    case "daysSince":
      return { ...e, value: mapExpr(e.value, id) };
    case "cond":
      return { k: "cond", cond: mapCond(e.cond, id) };
    case "list":
      return { ...e, values: [...e.values] };
    case "attr":
    case "key":
      return { ...e, via: [...e.via] };
    case "time":
      return { k: "time", ref: { ...e.ref } };
    default:
      return { ...e };
  }
}

function mapCond(c: IRCond, id: (key: string) => string): IRCond {
  switch (c.k) {
    case "and":
    case "or":
      return { k: c.k, args: c.args.map((a) => mapCond(a, id)) };
    case "not":
      return { k: "not", arg: mapCond(c.arg, id) };
    case "const":
    case "segment":
      return { ...c };
    case "cmp":
      return { ...c, left: mapExpr(c.left, id), right: mapExpr(c.right, id) };
    case "inList":
      return { ...c, value: mapExpr(c.value, id), list: mapExpr(c.list, id) };
    case "isSet":
      return { ...c, value: mapExpr(c.value, id) };
    case "str":
      return { ...c, value: mapExpr(c.value, id), pattern: mapExpr(c.pattern, id) };
    case "regex":
      return { ...c, value: mapExpr(c.value, id) };
    case "has":
      return { ...c, list: mapExpr(c.list, id), values: mapExpr(c.values, id) };
    case "truthy":
      return { k: "truthy", value: mapExpr(c.value, id) };
  }
}

/**
 * The segments a condition tests: those written `in x` (`written`, first use first, kept
 * even where lowering failed), then those it reaches through the traits it inlines
 * (`trait grown = in adult`), which the IR's `dependsOn` must list too: the backends
 * compute a segment's dependencies first from it.
 */
function withSegmentsTested(written: readonly string[], cond: IRCond): string[] {
  const out = [...written];
  walkCond(cond, () => {}, (c) => {
    if (c.k === "segment" && !out.includes(c.name)) out.push(c.name);
  });
  return out;
}
