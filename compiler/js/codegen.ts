/**
 * IR → JavaScript source text. One generator for both the in-process functions
 * (`compileJs`, through `new Function`) and the emitted ES module (`emitJsModule`).
 *
 * Per entity it produces one chunk of top-level declarations (named `$E<i>_…`, so that a
 * bundler drops what an import does not reach): the entity's constants (regexes, value
 * sets) and straight-line functions — `all` (every segment), one function per segment
 * (only the aggregates and segments that segment needs) and `traits`. Every function makes
 * one pass over the record's events updating all the aggregates it needs, then evaluates
 * segment conditions in the IR's topological order. Output is a pure function of the IR:
 * names come from IR order, never from hashing or timestamps.
 */
import type {
  IRAggregate,
  IRCond,
  IREventSelector,
  IREventType,
  IRExpr,
  IRProject,
  IRSegment,
  IRTimeRef,
  IRValueType,
  IRWindow,
} from "../ir.ts";
import { asciiLower, entityAt, exprType, storedEventNames, walkCond, walkExpr } from "../ir-utils.ts";
import { REGEX_FLAGS, RegexTranslateError, translateRegex } from "./regex.ts";

/** The IR asks for something this backend cannot express (a checker bug, not user input). */
export class JsCompileError extends Error {
  override name = "JsCompileError";
}

/**
 * A string literal. `<` as `\u003c`, so that a value holding `</script>` or `<!--` cannot
 * end a `<script>` the module is inlined in (JSON.stringify never writes `<` but as itself).
 */
export function jsString(s: string): string {
  return JSON.stringify(s).replace(/</g, "\\u003c");
}

export function jsNumber(n: number): string {
  if (!Number.isFinite(n)) throw new JsCompileError(`non-finite number ${n} in the IR`);
  if (Object.is(n, -0)) return "(-0)";
  return n < 0 ? `(${String(n)})` : String(n);
}

export function instantMs(iso: string): number {
  const t = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(iso) || Number.isNaN(t)) {
    throw new JsCompileError(`invalid instant ${JSON.stringify(iso)} in the IR (expected ISO-8601 with Z)`);
  }
  return t;
}

// ---------------------------------------------------------------------------------------
// Walking the IR for dependencies

/** Aggregate ids used (directly) by a condition or expression. */
function aggIdsOf(root: { cond?: IRCond; expr?: IRExpr }, out: Set<string>): void {
  const onExpr = (e: IRExpr): void => {
    if (e.k === "agg") out.add(e.id);
  };
  if (root.cond) walkCond(root.cond, onExpr);
  if (root.expr) walkExpr(root.expr, onExpr);
}

function segRefsOf(c: IRCond): string[] {
  const out: string[] = [];
  walkCond(
    c,
    () => {},
    (s) => {
      if (s.k === "segment" && !out.includes(s.name)) out.push(s.name);
    },
  );
  return out;
}

// ---------------------------------------------------------------------------------------
// Entity chunk

/**
 * One entity's code as top-level declarations, every name prefixed with the entity's
 * (`$E0_…`), so that a bundler keeps only what an imported predicate uses (tree-shaking).
 */
export interface EntityChunk {
  /** The variable holding the object `$api` takes (entity, names, evaluate, members, preds, traits). */
  varName: string;
  /** The public functions: whole-entity ones, and each segment's predicate by segment name. */
  evaluate: string;
  members: string;
  traits: string;
  predicates: Map<string, string>;
  text: string;
}

/** Shared constants of an entity's functions (lists, sets, regexes), each built once. */
class Consts {
  readonly decls: string[] = [];
  private readonly byKey = new Map<string, string>();
  constructor(private readonly prefix: string) {}
  /** `src` is a call or `new`: marked pure, so that a bundler drops it when it is unused. */
  add(key: string, src: string): string {
    let v = this.byKey.get(key);
    if (v === undefined) {
      v = `${this.prefix}K${this.decls.length}`;
      this.byKey.set(key, v);
      this.decls.push(`const ${v} = /* @__PURE__ */ ${src};`);
    }
    return v;
  }
}

interface EvCtx {
  /** property name → variable */
  props: Map<string, string>;
  decls: string[];
  /** Variable holding the properties object. */
  pvar: string;
  /** The event whose properties these are (absent for `any`). */
  event?: IREventType;
}

type FnRole = { kind: "all" } | { kind: "segment"; name: string } | { kind: "traits" };

class FnGen {
  private readonly attrVars = new Map<string, string>();
  private readonly relatedKeyNumbers = new Set<string>();
  private readonly attrDecls: string[] = [];
  private readonly relVars = new Map<string, string>();
  private readonly timeVars = new Map<number, string>();
  private readonly timeDecls: string[] = [];
  private keyVar: string | null = null;
  private keyNumberUsed = false;
  private usesAttrs = false;
  /** The entity's own attributes this function reads (for `$missing`: `{ key, plan }` without attributes). */
  private readonly ownAttrNames: string[] = [];
  private propCounter = 0;
  private readonly aggVars = new Map<string, string>();
  private readonly segVars = new Map<string, string>();

  constructor(
    private readonly ir: IRProject,
    private readonly entity: string,
    private readonly consts: Consts,
  ) {}

  // -- values ---------------------------------------------------------------------------

  private time(ref: IRTimeRef, extraMs = 0): string {
    if (ref.k === "instant") return jsNumber(instantMs(ref.iso) + extraMs);
    const off = ref.offsetMs + extraMs;
    if (off === 0) return "asOf";
    let v = this.timeVars.get(off);
    if (v === undefined) {
      v = `T${this.timeVars.size}`;
      this.timeVars.set(off, v);
      this.timeDecls.push(`const ${v} = asOf ${off < 0 ? "-" : "+"} ${jsNumber(Math.abs(off))};`);
    }
    return v;
  }

  /** An attribute, or (`what` "key") a related record's key, which it holds under the key's name. */
  private attr(via: string[], name: string, type: IRValueType, what: "attribute" | "key" = "attribute"): string {
    const key = `${via.join(".")}\u0000${name}\u0000${type}`;
    let v = this.attrVars.get(key);
    if (v !== undefined) return v;
    v = `a${this.attrVars.size}`;
    this.attrVars.set(key, v);
    let obj: string;
    if (via.length === 0) {
      this.usesAttrs = true;
      if (!["key", "attributes", "related", "events"].includes(name)) this.ownAttrNames.push(name);
      obj = "A";
    } else {
      const path = via.join(".");
      let r = this.relVars.get(path);
      if (r === undefined) {
        r = `R${this.relVars.size}`;
        this.relVars.set(path, r);
        // Only names every object inherits (`constructor`, ...) need the slower own-property read.
        const inherited = path in Object.prototype ? ", true" : "";
        this.attrDecls.push(`const ${r} = $rel(rec, ${jsString(path)}${inherited});`);
      }
      obj = r;
    }
    const label = jsString(`${what} ${JSON.stringify(via.length ? `${via.join(".")}.${name}` : name)}`);
    const coercion = what === "key" && type === "number" ? "$key" : coerce(type);
    const target = via.length === 0 ? this.ir.entities.find((e) => e.name === this.entity) : entityAt(this.ir, this.entity, via);
    // (a related record holds its key under the key's name: that name is no column alias)
    const column = what === "attribute" && target ? columnAlias(target.attributes, name, (a) => a.column, [target.key.name]) : undefined;
    const read = `${v} = ${coercion}(${v}, ${label}, -1, "");`;
    const slow = column === undefined ? read : `{ if (${v} === undefined) $byColumn(${obj}, ${jsString(column)}, ${label}, ${jsString(name)}, -1, ""); ${read} }`;
    this.attrDecls.push(`let ${v} = ${member(obj, name)};`, `if (${fastFail(type, v)}) ${slow}`);
    return v;
  }

  /** The key as conditions compare it: a number, or a bigint that no double holds exactly. */
  private key(): string {
    if (this.keyVar === null) this.keyVar = "KEY";
    return this.keyVar;
  }

  /** The key as a number, for arithmetic and functions (a 64-bit key as its nearest double). */
  private keyNumber(): string {
    this.key();
    this.keyNumberUsed = true;
    return "KEYN";
  }

  /**
   * `e` for a comparison with `other`: a key (the record's own or a related one) exact when
   * `other` is a literal (64-bit ids), else as a number (as SQL compares it with any other
   * value), else `expr(e)`.
   */
  private comparand(e: IRExpr, other: IRExpr | null, ev: EvCtx | null): string {
    if (e.k !== "key" || (other !== null && other.k !== "lit")) return this.expr(e, ev);
    return e.via.length === 0 ? this.key() : this.relatedKey(e.via, e.type);
  }

  /** A related record's key: a string, a number, or (a number key) a bigint no double holds. */
  private relatedKey(via: string[], type: "string" | "number"): string {
    const target = entityAt(this.ir, this.entity, via);
    if (!target) throw new JsCompileError(`no related entity at ${via.join(".")} of ${this.entity}`);
    return this.attr(via, target.key.name, type, "key");
  }

  /** A related record's number key as a number, for arithmetic and functions (keyNumber). */
  private relatedKeyNumber(via: string[]): string {
    const exact = this.relatedKey(via, "number");
    const v = `${exact}n`;
    if (!this.relatedKeyNumbers.has(v)) {
      this.relatedKeyNumbers.add(v);
      this.attrDecls.push(`const ${v} = typeof ${exact} === "bigint" ? Number(${exact}) : ${exact};`);
    }
    return v;
  }

  expr(e: IRExpr, ev: EvCtx | null): string {
    switch (e.k) {
      case "lit":
        return literal(e.type, e.value);
      case "list":
        return this.consts.add(`arr:${e.element}:${JSON.stringify(e.values)}`, `Object.freeze(${listSrc(e.values)})`);
      case "attr":
        return this.attr(e.via, e.name, e.type);
      case "key":
        if (e.via.length === 0) return this.keyNumber();
        return e.type === "number" ? this.relatedKeyNumber(e.via) : this.relatedKey(e.via, e.type);
      case "prop": {
        if (ev === null) throw new JsCompileError(`property ${e.name} used outside an event filter`);
        const pk = `${e.name}\u0000${e.type}`;
        let v = ev.props.get(pk);
        if (v === undefined) {
          v = `p${this.propCounter++}`;
          ev.props.set(pk, v);
          const label = jsString(`property ${JSON.stringify(e.name)}`);
          const column = columnAlias(ev.event?.properties ?? [], e.name, (p) => (p.storage.kind === "column" ? p.storage.column : p.storage.key));
          const read = `${v} = ${coerce(e.type)}(${v}, ${label}, i, n);`;
          const slow = column === undefined ? read : `{ if (${v} === undefined) $byColumn(${ev.pvar}, ${jsString(column)}, ${label}, ${jsString(e.name)}, i, n); ${read} }`;
          ev.decls.push(`let ${v} = ${member(ev.pvar, e.name)};`, `if (${fastFail(e.type, v)}) ${slow}`);
        }
        return v;
      }
      case "time":
        return this.time(e.ref);
      case "timeShift":
        if (e.value.k === "time") return this.time(e.value.ref, e.ms);
        return `$shift(${this.expr(e.value, ev)}, ${jsNumber(e.ms)})`;
      case "arith": {
        const fn = { "+": "$add", "-": "$sub", "*": "$mul", "/": "$div" }[e.op];
        return `${fn}(${this.expr(e.left, ev)}, ${this.expr(e.right, ev)})`;
      }
      case "neg":
        return `$neg(${this.expr(e.value, ev)})`;
      case "daysSince":
        return `$days(${this.expr(e.value, ev)}, asOf)`;
      case "agg": {
        const v = this.aggVars.get(e.id);
        if (v === undefined) {
          throw new JsCompileError(
            ev ? `aggregate ${e.id} used inside an event filter` : `aggregate ${e.id} is not in ir.aggregates`,
          );
        }
        return `(SC || scan(), ${v})`;
      }
      case "cond":
        return this.cond(e.cond, ev);
    }
  }

  cond(c: IRCond, ev: EvCtx | null): string {
    switch (c.k) {
      case "and":
        return c.args.length === 0 ? "true" : `(${c.args.map((a) => this.cond(a, ev)).join(" && ")})`;
      case "or":
        return c.args.length === 0 ? "false" : `(${c.args.map((a) => this.cond(a, ev)).join(" || ")})`;
      case "not":
        return `!${this.cond(c.arg, ev)}`;
      case "const":
        return c.value ? "true" : "false";
      case "cmp":
        return this.cmp(c, ev);
      case "inList": {
        const t = exprType(c.value);
        const ci = c.ci === true && t === "string";
        const val = c.list.k === "list" ? this.comparand(c.value, null, ev) : this.expr(c.value, ev);
        const v = ci ? `$lc(${val})` : val;
        if (c.list.k === "list") {
          const vals = ci ? c.list.values.map((x) => (typeof x === "string" ? asciiLower(x) : x)) : c.list.values;
          if (vals.length === 0) return "false";
          if (vals.length <= 8 && isIdent(v)) return `(${vals.map((x) => `${v} === ${typeof x === "string" ? jsString(x) : jsNumber(x)}`).join(" || ")})`;
          const set = this.consts.add(`set:${JSON.stringify(vals)}`, `new Set(${listSrc(vals)})`);
          return `$inSet(${set}, ${v})`;
        }
        const l = this.expr(c.list, ev);
        return ci ? `$inArrCi(${l}, ${v})` : `$inArr(${l}, ${v})`;
      }
      case "isSet":
        return `(${this.expr(c.value, ev)} !== null)`;
      case "str": {
        const ci = c.ci === true;
        const a = this.expr(c.value, ev);
        let b: string;
        if (ci && c.pattern.k === "lit" && typeof c.pattern.value === "string") b = jsString(asciiLower(c.pattern.value));
        else b = ci ? `$lc(${this.expr(c.pattern, ev)})` : this.expr(c.pattern, ev);
        const fn = { contains: "$contains", startsWith: "$starts", endsWith: "$ends" }[c.op];
        return `${fn}(${ci ? `$lc(${a})` : a}, ${b})`;
      }
      case "regex": {
        const ci = c.ci === true;
        let src: string;
        try {
          src = translateRegex(c.pattern, ci);
          new RegExp(src, REGEX_FLAGS);
        } catch (e) {
          const msg = e instanceof RegexTranslateError || e instanceof SyntaxError ? e.message : String(e);
          throw new JsCompileError(`regex ${JSON.stringify(c.pattern)}: ${msg}`);
        }
        const r = this.consts.add(`re:${src}`, `new RegExp(${jsString(src)}, ${jsString(REGEX_FLAGS)})`);
        const a = this.expr(c.value, ev);
        return `$re(${r}, ${ci ? `$lc(${a})` : a})`;
      }
      case "has": {
        const fn = c.mode === "any" ? "$hasAny" : "$hasAll";
        return `${fn}(${this.expr(c.list, ev)}, ${this.expr(c.values, ev)})`;
      }
      case "truthy":
        return `(${this.expr(c.value, ev)} === true)`;
      case "segment": {
        const v = this.segVars.get(c.name);
        if (v === undefined) throw new JsCompileError(`segment ${c.name} referenced before it is evaluated`);
        return v;
      }
    }
  }

  private cmp(c: Extract<IRCond, { k: "cmp" }>, ev: EvCtx | null): string {
    const lt = exprType(c.left);
    const rt = exprType(c.right);
    if (lt === "list" || rt === "list") throw new JsCompileError("comparison of lists is not supported");
    if (isNullLit(c.left) || isNullLit(c.right)) return "false";
    const isStr = lt === "string" || rt === "string";
    const ci = c.ci === true && isStr;
    let l = this.comparand(c.left, c.right, ev);
    let r = this.comparand(c.right, c.left, ev);
    if (ci) {
      l = c.left.k === "lit" && typeof c.left.value === "string" ? jsString(asciiLower(c.left.value)) : `$lc(${l})`;
      r = c.right.k === "lit" && typeof c.right.value === "string" ? jsString(asciiLower(c.right.value)) : `$lc(${r})`;
    }
    const litL = c.left.k === "lit";
    const litR = c.right.k === "lit";
    if (c.op === "==" && (litL || litR)) return `(${l} === ${r})`;
    if (!isStr && (litL || litR)) {
      const [x, y] = litR ? [l, r] : [r, l];
      if (isIdent(x)) {
        // x OP lit (or lit OP x, flipped)
        const flip: Record<string, string> = { "!=": "!==", "<": ">", "<=": ">=", ">": "<", ">=": "<=" };
        const op = c.op === "!=" ? "!==" : litR ? c.op : flip[c.op]!;
        return `(${x} !== null && ${x} ${op} ${y})`;
      }
    }
    const base = { "==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge" }[c.op];
    const fn = isStr && c.op !== "==" && c.op !== "!=" ? `$s${base}` : `$${base}`;
    return `${fn}(${l}, ${r})`;
  }

  // -- functions ------------------------------------------------------------------------

  /**
   * The body of one function evaluating `segments` (names, closed under dependencies) and
   * `traits`, with the return statement given by `role`.
   */
  generate(fnName: string, role: FnRole): string {
    const ir = this.ir;
    const entSegs = ir.segments.filter((s) => s.entity === this.entity);
    const traits = role.kind === "traits" ? ir.traits.filter((t) => t.entity === this.entity) : [];
    /** The segments `names` need, with those they need in turn, in IR (topological) order. */
    const closure = (names: string[]): IRSegment[] => {
      const need = new Set<string>();
      const visit = (name: string): void => {
        if (need.has(name)) return;
        need.add(name);
        const s = entSegs.find((x) => x.name === name);
        if (!s) throw new JsCompileError(`unknown segment ${name} of entity ${this.entity}`);
        for (const d of [...s.dependsOn, ...segRefsOf(s.condition)]) visit(d);
      };
      names.forEach(visit);
      return entSegs.filter((s) => need.has(s.name));
    };
    let segs = entSegs;
    if (role.kind === "segment") segs = closure([role.name]);
    // A trait may ask for segments (`trait big = in big_accounts`): those are computed first.
    else if (role.kind === "traits") segs = closure(traits.flatMap((t) => segRefsOf({ k: "truthy", value: t.value })));

    // aggregates needed, in ir.aggregates order
    const needIds = new Set<string>();
    for (const s of segs) aggIdsOf({ cond: s.condition }, needIds);
    for (const t of traits) aggIdsOf({ expr: t.value }, needIds);
    const aggs = ir.aggregates.filter((a) => needIds.has(a.id));
    for (const id of needIds) {
      if (!aggs.some((a) => a.id === id)) throw new JsCompileError(`aggregate ${id} is not in ir.aggregates`);
    }
    const loop = this.aggregateLoop(aggs);

    // Attribute reads needed by the event pass are hoisted; every other read is emitted just
    // before the first statement that uses it, so a failed conjunct skips later reads.
    const hoisted = this.attrDecls.length;
    let emitted = hoisted;
    const newReads = (): string[] => {
      const out = this.attrDecls.slice(emitted);
      emitted = this.attrDecls.length;
      return out;
    };

    // segments in topological (IR) order
    const segLines: string[] = [];
    let ret: string | null = null;
    for (const s of segs) {
      const v = `S${ir.segments.indexOf(s)}`;
      for (const d of segRefsOf(s.condition)) {
        if (!this.segVars.has(d)) {
          throw new JsCompileError(`segment ${s.name} references ${d}, which is not before it (ir.segments must be topologically sorted)`);
        }
      }
      if (role.kind === "segment" && s.name === role.name && s.condition.k === "and" && s.condition.args.length > 0) {
        // the predicate's own top-level conjunction: one early return per conjunct
        for (const arg of s.condition.args) {
          const c = this.cond(arg, null);
          segLines.push(...newReads(), `if (!${c}) return false;`);
        }
        ret = "return true;";
        continue;
      }
      const c = this.cond(s.condition, null);
      segLines.push(...newReads(), `const ${v} = ${c};`);
      this.segVars.set(s.name, v);
    }

    if (ret !== null) {
      // set above
    } else if (role.kind === "all") {
      ret = `return { ${segs.map((s) => `${jsString(s.name)}: ${this.segVars.get(s.name)}`).join(", ")} };`;
    } else if (role.kind === "segment") {
      ret = `return ${this.segVars.get(role.name)};`;
    } else {
      const parts = traits.map((t) => {
        const x = this.expr(t.value, null);
        return `${jsString(t.name)}: ${t.type === "timestamp" ? `$iso(${x})` : x}`;
      });
      ret = `return { ${parts.join(", ")} };`;
    }
    segLines.push(...newReads());

    const body: string[] = [];
    if (this.usesAttrs) {
      const names = this.ownAttrNames.length ? `, ${this.consts.add(`names:${JSON.stringify(this.ownAttrNames)}`, `Object.freeze(${JSON.stringify(this.ownAttrNames)})`)}` : "";
      body.push(
        "let A = rec.attributes;",
        `if (A === undefined || A === null) A = $missing(rec, "attributes"${names}${names ? ', "an attribute"' : ""}); else if (typeof A !== "object" || Array.isArray(A)) $bad("attributes", -1, "", "an object", A);`,
      );
    }
    if (this.keyVar) {
      const keyType = this.ir.entities.find((e) => e.name === this.entity)!.key.type;
      body.push(
        "let KEY = rec.key;",
        keyType === "number"
          ? // A 64-bit key (a bigint) that a double holds exactly becomes that number; one that
            // no double holds stays a bigint, which compares exactly with numbers (`<`, `>`) and
            // equals none (`===`, Set.has), as SQL compares an integer column with a literal.
            // NaN and ±Infinity are missing, as any number is.
            'if (KEY === undefined) { $missing(rec, "key"); KEY = null; } else if (typeof KEY === "bigint") { const n = Number(KEY); if (BigInt(n) === KEY) KEY = n; } else if (typeof KEY === "number") { if (KEY - KEY !== 0) KEY = null; } else if (KEY !== null) $bad("key", -1, "", "a number or a bigint (the key is declared a number)", KEY);'
          : 'if (KEY === undefined) { $missing(rec, "key"); KEY = null; } else if (KEY !== null && typeof KEY !== "string") $bad("key", -1, "", "a string (the key is declared a string)", KEY);',
      );
      if (this.keyNumberUsed) body.push('const KEYN = typeof KEY === "bigint" ? Number(KEY) : KEY;');
    }
    body.push(...this.attrDecls.slice(0, hoisted), ...this.timeDecls);
    if (aggs.length > 0) {
      // the event pass runs once, on the first use of an aggregate (so `plan == "x" and
      // did ...` skips the events of every record that is not on plan x)
      body.push(
        `let ${aggs.map((a) => this.aggVars.get(a.id)!).join(", ")}, SC = false;`,
        "function scan() {",
        // locals shadow the outer time constants so the hot loop reads no closure context
        ...this.timeDecls.map((l) => indent(l, 1)),
        ...loop.map((l) => indent(l, 1)),
        indent("SC = true;", 1),
        indent("return true;", 1),
        "}",
      );
    }
    body.push(...segLines, ret);
    return `function ${fnName}(rec, asOf) {\n${body.map((l) => indent(l, 1)).join("\n")}\n}`;
  }

  /** State declarations, the one event loop, and the aggregate finalisation lines. */
  private aggregateLoop(aggs: IRAggregate[]): string[] {
    if (aggs.length === 0) return [];
    const decls: string[] = [];
    const fins: string[] = [];
    // selector groups, in first-use order
    interface Group {
      sel: IREventSelector;
      /** Updates that need no property values (sequence steps). */
      updates: string[];
    }
    const groups = new Map<string, Group>();
    const groupOf = (sel: IREventSelector): Group => {
      const key = JSON.stringify([sel.event, sel.filter ?? null, sel.window]);
      let g = groups.get(key);
      if (!g) {
        g = { sel, updates: [] };
        groups.set(key, g);
      }
      return g;
    };
    // value expressions are compiled later, inside their event context; keep them as thunks
    const pending: { group: Group; k: number; agg: Extract<IRAggregate, { kind: "events" }> }[] = [];
    aggs.forEach((a, k) => {
      const out = `G${this.ir.aggregates.indexOf(a)}`;
      this.aggVars.set(a.id, out);
      if (a.kind === "sequence") {
        if (a.steps.length === 0) throw new JsCompileError(`sequence ${a.id} has no steps`);
        a.steps.forEach((st, s) => {
          if (st.negated && s !== a.steps.length - 1) throw new JsCompileError(`sequence ${a.id}: only the last step may be negated`);
          if (s > 0 && (st.withinMs === undefined || !Number.isFinite(st.withinMs))) {
            throw new JsCompileError(`sequence ${a.id}: step ${s} has no withinMs`);
          }
          decls.push(`const q${k}_${s} = [];`);
          groupOf(st.select).updates.push(`q${k}_${s}.push(t);`);
        });
        const within = a.steps.map((st) => jsNumber(st.withinMs ?? 0)).join(", ");
        const neg = a.steps[a.steps.length - 1]!.negated === true;
        if (a.steps.length === 2) {
          fins.push(`${out} = $seq2(q${k}_0, q${k}_1, ${jsNumber(a.steps[1]!.withinMs!)}, ${neg}, asOf);`);
        } else {
          fins.push(`${out} = $seq([${a.steps.map((_, s) => `q${k}_${s}`).join(", ")}], [${within}], ${neg}, asOf);`);
        }
        return;
      }
      pending.push({ group: groupOf(a.select), k, agg: a });
      switch (a.fn) {
        case "count":
          decls.push(`let c${k} = 0;`);
          fins.push(`${out} = c${k};`);
          break;
        case "sum":
          decls.push(`let s${k} = 0;`);
          fins.push(`${out} = $sig($fin(s${k}));`);
          break;
        case "avg":
          decls.push(`let s${k} = 0, c${k} = 0;`);
          fins.push(`${out} = c${k} === 0 ? null : $sig($fin(s${k} / c${k}));`);
          break;
        case "min":
        case "max":
          decls.push(`let m${k} = null;`);
          fins.push(`${out} = m${k};`);
          break;
        case "distinct":
        case "activeDays":
          decls.push(`let d${k} = null;`);
          fins.push(`${out} = d${k} === null ? 0 : d${k}.size;`);
          break;
        case "firstTime":
          decls.push(`let f${k} = Infinity;`);
          fins.push(`${out} = f${k} === Infinity ? null : f${k};`);
          break;
        case "lastTime":
          decls.push(`let f${k} = -Infinity;`);
          fins.push(`${out} = f${k} === -Infinity ? null : f${k};`);
          break;
        case "firstValue":
          decls.push(`let f${k} = Infinity, x${k} = null;`);
          fins.push(`${out} = x${k};`);
          break;
        case "lastValue":
          decls.push(`let f${k} = -Infinity, x${k} = null;`);
          fins.push(`${out} = x${k};`);
          break;
      }
    });

    // dispatch: `any` groups first, then one case per event name (first-use order)
    const anyGroups = [...groups.values()].filter((g) => g.sel.event === null);
    const byName = new Map<string, Group[]>();
    for (const g of groups.values()) {
      if (g.sel.event === null) continue;
      const list = byName.get(g.sel.event) ?? [];
      list.push(g);
      byName.set(g.sel.event, list);
    }

    const updatesFor = (g: Group, ev: EvCtx): string[] => {
      const lines = [...g.updates];
      for (const p of pending) {
        if (p.group !== g) continue;
        lines.push(...this.aggUpdate(p.agg, p.k, ev));
      }
      return lines;
    };

    const body: string[] = [];
    const groupBlock = (g: Group, ev: EvCtx, declsInside: boolean): string[] => {
      const conds = windowConds(g.sel.window, (r) => this.time(r));
      const before = ev.decls.length;
      const updates = updatesFor(g, ev);
      const filter = g.sel.filter ? this.cond(g.sel.filter, ev) : null;
      const propDecls = declsInside ? ev.decls.splice(before) : [];
      const inner: string[] = [...propDecls];
      if (filter) inner.push(`if (${filter}) {`, ...updates.map((u) => indent(u, 1)), "}");
      else inner.push(...updates);
      if (conds.length === 0) return inner;
      return [`if (${conds.join(" && ")}) {`, ...inner.map((l) => indent(l, 1)), "}"];
    };

    const timeFirst = anyGroups.length > 0;
    const timeLines = (skip: "continue" | "break"): string[] => [
      "let t = ev.time;",
      'if (typeof t !== "number" || !(t >= -8.64e15 && t <= 8.64e15)) t = $evTime(t, i, n);',
      `if (t > asOf) ${skip};`,
    ];
    for (const g of anyGroups) {
      const ev: EvCtx = { props: new Map(), decls: [], pvar: "PA" };
      const block = groupBlock(g, ev, true);
      if (this.usesPvar(block, "PA")) body.push("{", ...propsObject("PA").map((l) => indent(l, 1)), ...block.map((l) => indent(l, 1)), "}");
      else body.push(...block);
    }
    // An event under the value its table stores (`event login named "Login"`) is a mistake:
    // ignored, it would silently leave the login events out.
    // With `any` aggregates the time is read (and a later event skipped) before the switch:
    // the stored names are tested before that, so that every entry point refuses them alike.
    const entityEvents = this.ir.events.filter((e) => e.entity === this.entity);
    const stored = [...storedEventNames(this.ir, this.entity).entries()];
    const storedCheck = stored.map(([value, name], j) => `${j ? "else " : ""}if (n === ${jsString(value)}) $storedName(i, n, ${jsString(name)});`);
    if (byName.size > 0 || (stored.length > 0 && !timeFirst)) {
      body.push("switch (n) {");
      for (const [name, gs] of byName) {
        const ev: EvCtx = { props: new Map(), decls: [], pvar: "P", event: entityEvents.find((e) => e.name === name) };
        const blocks: string[] = [];
        for (const g of gs) blocks.push(...groupBlock(g, ev, false));
        const caseLines: string[] = [];
        // without `any` aggregates, only events of a used name have their time read
        if (!timeFirst) caseLines.push(...timeLines("break"));
        if (ev.decls.length > 0) {
          // the names read, for $noProps to recognise properties written beside name and time
          const read = [...ev.props.keys()].map((k) => k.split("\u0000")[0]!).filter((p) => !["name", "time", "properties"].includes(p));
          const names = this.consts.add(`names:${JSON.stringify(read)}`, `Object.freeze(${JSON.stringify(read)})`);
          caseLines.push(...propsObject("P", names), ...ev.decls);
        }
        caseLines.push(...blocks, "break;");
        body.push(indent(`case ${jsString(name)}: {`, 1), ...caseLines.map((l) => indent(l, 2)), indent("}", 1));
      }
      if (!timeFirst) for (const [value, name] of stored) body.push(indent(`case ${jsString(value)}: $storedName(i, n, ${jsString(name)});`, 1));
      body.push("}");
    }

    return [
      ...decls,
      "const evs = rec.events;",
      "if (evs !== undefined && evs !== null) {",
      indent('if (!Array.isArray(evs)) $bad("events", -1, "", "an array", evs);', 1),
      indent("for (let i = 0; i < evs.length; i++) {", 1),
      indent("const ev = evs[i];", 2),
      indent('if (typeof ev !== "object" || ev === null || typeof ev.name !== "string") $event(ev, i);', 2),
      indent("const n = ev.name;", 2),
      ...(timeFirst ? [...storedCheck, ...timeLines("continue")].map((l) => indent(l, 2)) : []),
      ...body.map((l) => indent(l, 2)),
      indent("}", 1),
      '} else $missing(rec, "events");',
      ...fins,
    ];
  }

  private usesPvar(lines: string[], pvar: string): boolean {
    return lines.some((l) => l.includes(`${pvar}[`));
  }

  private aggUpdate(a: Extract<IRAggregate, { kind: "events" }>, k: number, ev: EvCtx): string[] {
    const needsValue = !(a.fn === "count" || a.fn === "activeDays" || a.fn === "firstTime" || a.fn === "lastTime");
    if (!needsValue) {
      switch (a.fn) {
        case "count":
          return [`c${k}++;`];
        case "activeDays":
          return [`(d${k} === null ? (d${k} = new Set()) : d${k}).add(Math.floor(t / $DAY));`];
        case "firstTime":
          return [`if (t < f${k}) f${k} = t;`];
        case "lastTime":
          return [`if (t > f${k}) f${k} = t;`];
      }
    }
    if (!a.value) throw new JsCompileError(`aggregate ${a.id} (${a.fn}) has no value`);
    const vt = exprType(a.value);
    const v = `v${k}`;
    const val = this.expr(a.value, ev);
    const less = (x: string, y: string): string => (vt === "string" ? `$cp(${x}, ${y}) < 0` : `${x} < ${y}`);
    const more = (x: string, y: string): string => (vt === "string" ? `$cp(${x}, ${y}) > 0` : `${x} > ${y}`);
    const lines = [`const ${v} = ${val};`];
    switch (a.fn) {
      case "sum":
        lines.push(`if (${v} !== null) s${k} += ${v};`);
        break;
      case "avg":
        lines.push(`if (${v} !== null) { s${k} += ${v}; c${k}++; }`);
        break;
      case "min":
        lines.push(`if (${v} !== null && (m${k} === null || ${less(v, `m${k}`)})) m${k} = ${v};`);
        break;
      case "max":
        lines.push(`if (${v} !== null && (m${k} === null || ${more(v, `m${k}`)})) m${k} = ${v};`);
        break;
      case "distinct":
        lines.push(`if (${v} !== null) (d${k} === null ? (d${k} = new Set()) : d${k}).add(${v});`);
        break;
      case "firstValue":
        lines.push(
          `if (t < f${k}) { f${k} = t; x${k} = ${v}; } else if (t === f${k} && ${v} !== null && (x${k} === null || ${less(v, `x${k}`)})) x${k} = ${v};`,
        );
        break;
      case "lastValue":
        lines.push(
          `if (t > f${k}) { f${k} = t; x${k} = ${v}; } else if (t === f${k} && ${v} !== null && (x${k} === null || ${more(v, `x${k}`)})) x${k} = ${v};`,
        );
        break;
      default:
        throw new JsCompileError(`unknown aggregate function ${String(a.fn)}`);
    }
    return [`{`, ...lines.map((l) => indent(l, 1)), `}`];
  }
}

/**
 * `obj[name]`, or an own-property read for names that every object inherits
 * (`constructor`, `toString`, ...), so a missing attribute with such a name is missing.
 */
function member(obj: string, name: string): string {
  return name in Object.prototype
    ? `(Object.prototype.hasOwnProperty.call(${obj}, ${jsString(name)}) ? ${obj}[${jsString(name)}] : undefined)`
    : `${obj}[${jsString(name)}]`;
}

function isIdent(s: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s) && s !== "null" && s !== "true" && s !== "false";
}

/** The event's properties object; `names` (a const): the property names read, for `$noProps`. */
function propsObject(v: string, names?: string): string[] {
  const absent = names === undefined ? "$EMPTY" : `$noProps(ev, i, n, ${names})`;
  return [
    `let ${v} = ev.properties;`,
    `if (${v} === undefined || ${v} === null) ${v} = ${absent}; else if (typeof ${v} !== "object" || Array.isArray(${v})) $props(${v}, i, n);`,
  ];
}

/**
 * The column name of `name` among `fields` when it differs from the name and is no other
 * field's name: a value found under it (and not under the name) is a database row passed as
 * it is (`ltv_usd` for `lifetime_value`), which `$byColumn` reports.
 */
function columnAlias<F extends { name: string }>(
  fields: readonly F[],
  name: string,
  columnOf: (f: F) => string,
  others: readonly string[] = [],
): string | undefined {
  const f = fields.find((x) => x.name === name);
  if (f === undefined) return undefined;
  const column = columnOf(f);
  return column === name || others.includes(column) || fields.some((x) => x.name === column) ? undefined : column;
}

function isNullLit(e: IRExpr): boolean {
  return e.k === "lit" && e.value === null;
}

function windowConds(w: IRWindow, time: (r: IRTimeRef) => string): string[] {
  const out: string[] = [];
  if (w.after) out.push(`t > ${time(w.after)}`);
  if (w.until && !(w.until.k === "asOf" && w.until.offsetMs >= 0)) out.push(`t <= ${time(w.until)}`);
  if (w.before) out.push(`t < ${time(w.before)}`);
  return out;
}

/**
 * A cheap test that is false for every valid, present value of `type` (so the slow
 * coercion helper runs only for missing, non-finite or invalid input).
 */
function fastFail(type: IRValueType, v: string): string {
  switch (type) {
    case "string":
      return `typeof ${v} !== "string"`;
    case "number":
      return `typeof ${v} !== "number" || ${v} - ${v} !== 0`;
    case "timestamp":
      // JavaScript's Date range, as $toMs: a finite number beyond it is no time either
      return `typeof ${v} !== "number" || !(${v} >= -8.64e15 && ${v} <= 8.64e15)`;
    case "boolean":
      return `typeof ${v} !== "boolean"`;
    case "list":
      return `!Array.isArray(${v})`;
  }
}

function coerce(type: IRValueType): string {
  switch (type) {
    case "string":
      return "$str";
    case "number":
      return "$num";
    case "boolean":
      return "$bool";
    case "timestamp":
      return "$ts";
    case "list":
      return "$list";
  }
}

function literal(type: IRValueType, value: string | number | boolean | null): string {
  if (value === null) return "null";
  if (type === "timestamp") {
    if (typeof value !== "string") throw new JsCompileError(`timestamp literal must be an ISO string`);
    return jsNumber(instantMs(value));
  }
  if (typeof value === "string") return jsString(value);
  if (typeof value === "number") return jsNumber(value);
  return value ? "true" : "false";
}

function listSrc(values: (string | number)[]): string {
  return `[${values.map((v) => (typeof v === "string" ? jsString(v) : jsNumber(v))).join(", ")}]`;
}

function indent(line: string, depth: number): string {
  if (line === "") return line;
  const pad = "  ".repeat(depth);
  return line
    .split("\n")
    .map((l) => pad + l)
    .join("\n");
}

/** Validates the record and reads asOf, inline (a helper call here costs ~2x on attribute-only predicates). */
const PROLOGUE = [
  '  if (typeof record !== "object" || record === null || Array.isArray(record)) $rec(record);',
  "  let t;",
  '  if (options === undefined || options === null || typeof (t = options.asOf) !== "number" || !(t >= -8.64e15 && t <= 8.64e15)) t = $asOf(options);',
].join("\n");

/** `statement` with a SegInputError it throws naming the record's key (`user "u1": …`). */
function keyed(statement: string, entity: string): string {
  return `try { ${statement} } catch (e) { throw $keyed(e, record, ${jsString(entity)}); }`;
}

/** The chunk for one entity: its constants and functions, and `$E<i>`, the object of them. */
export function genEntityChunk(ir: IRProject, entity: string): EntityChunk {
  const idx = ir.entities.findIndex((e) => e.name === entity);
  if (idx < 0) throw new JsCompileError(`unknown entity ${entity}`);
  const prefix = `$E${idx}_`;
  const consts = new Consts(prefix);
  const segs = ir.segments.filter((s) => s.entity === entity);
  const fns: string[] = [];
  fns.push(new FnGen(ir, entity, consts).generate(`${prefix}all`, { kind: "all" }));
  const predicates = new Map<string, string>();
  segs.forEach((s) => {
    const fname = `${prefix}seg${ir.segments.indexOf(s)}`;
    fns.push(`// segment ${s.name}\n${new FnGen(ir, entity, consts).generate(fname, { kind: "segment", name: s.name })}`);
    // one public wrapper per segment (not a shared closure), so each call site stays monomorphic
    const predicate = `${prefix}is${ir.segments.indexOf(s)}`;
    fns.push(`function ${predicate}(record, options) {\n${PROLOGUE}\n  ${keyed(`return ${fname}(record, t);`, entity)}\n}`);
    predicates.set(s.name, predicate);
  });
  fns.push(new FnGen(ir, entity, consts).generate(`${prefix}traits`, { kind: "traits" }));
  const names = {
    evaluate: `${prefix}evaluate`,
    members: `${prefix}members`,
    traits: `${prefix}traitsOf`,
  };
  const varName = `$E${idx}`;
  const preds = [...predicates].map(([name, fn]) => `${jsString(name)}: ${fn}`);
  const text = [
    `// entity ${entity}`,
    ...consts.decls,
    ...fns,
    `function ${names.evaluate}(record, options) {\n${PROLOGUE}\n  ${keyed(`return ${prefix}all(record, t);`, entity)}\n}`,
    `function ${names.members}(record, options) {`,
    PROLOGUE,
    "  let r;",
    `  ${keyed(`r = ${prefix}all(record, t);`, entity)}`,
    "  const out = [];",
    ...segs.map((s) => `  if (r[${jsString(s.name)}] === true) out.push(${jsString(s.name)});`),
    "  return out;",
    "}",
    `function ${names.traits}(record, options) {\n${PROLOGUE}\n  ${keyed(`return ${prefix}traits(record, t);`, entity)}\n}`,
    `const ${varName} = { entity: ${jsString(entity)}, names: [${segs.map((s) => jsString(s.name)).join(", ")}], evaluate: ${names.evaluate}, members: ${names.members}, preds: { ${preds.join(", ")} }, traits: ${names.traits} };`,
    "",
  ].join("\n");
  return { varName, ...names, predicates, text };
}

/** Entities that have segments or traits, in IR order; the first is the default one. */
export function entitiesWithCode(ir: IRProject): string[] {
  return ir.entities
    .map((e) => e.name)
    .filter((n) => ir.segments.some((s) => s.entity === n) || ir.traits.some((t) => t.entity === n));
}
