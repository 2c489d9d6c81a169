/**
 * CST → AST. Every node gets an LSP range (0-based, end exclusive) computed from source
 * offsets; names carry their own range; `///` doc comments are attached here. Where the
 * parser recovered from an error, optional parts are omitted and missing values become
 * `{ kind: "error" }` — this code never throws on a recovered CST.
 */
import { tokenFix } from "./fixes.ts";
import type { CstNode, IToken } from "chevrotain";
import type * as A from "./ast.ts";
import type { Diagnostic, Fix } from "./diagnostic.ts";
import * as T from "./lexer.ts";
import { checkerReportsName, FILTER_BEFORE_WINDOW, isSqlInterval, isSqlTimeType, unexpectedAtTopLevel } from "./messages.ts";
import { MAX_NESTING } from "./parser.ts";

/** Characters that follow a backslash in a regex (`\d`, `\.`), not in a string literal. */
const REGEX_ESCAPES = "dDwWsSbB.()[]{}*+?^$|/-";

type Child = CstNode | IToken;

const MEMO_SIZE = 1024;
const MEMO_OFFSETS = new Int32Array(MEMO_SIZE);
const MEMO_POSITIONS = new Array<A.Position | undefined>(MEMO_SIZE).fill(undefined);

/** Offset ↔ position conversion for one text. */
export class LineMap {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  /**
   * While set (during one build), positions are shared per offset: nested nodes start
   * and end at the same offsets, and positions are never mutated.
   */
  private sharing = false;
  /** Shares positions per offset until `endSharing` (the AST builder uses this). */
  startSharing(): void {
    MEMO_OFFSETS.fill(-1);
    MEMO_POSITIONS.fill(undefined);
    this.sharing = true;
  }
  endSharing(): void {
    this.sharing = false;
    MEMO_POSITIONS.fill(undefined);
  }
  position(offset: number): A.Position {
    if (!this.sharing) return this.compute(offset);
    // A small direct-mapped cache: the offsets asked for are close to each other.
    const h = offset & (MEMO_SIZE - 1);
    if (MEMO_OFFSETS[h] === offset) return MEMO_POSITIONS[h]!;
    const p = this.compute(offset);
    MEMO_OFFSETS[h] = offset;
    MEMO_POSITIONS[h] = p;
    return p;
  }
  private compute(offset: number): A.Position {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - s[lo] };
  }
  /**
   * The offset of a position. A character past the end of its line is the line's end,
   * before its line break (as the LSP specification reads such a position), not a place on
   * a later line; a line past the last is the end of the text.
   */
  offset(pos: A.Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.starts[pos.line]!;
    return start + Math.max(0, Math.min(pos.character, this.lineEnd(pos.line) - start));
  }
  /** Where line `line`'s text ends: before its `\n`, `\r\n` or lone `\r`, or at the end of the text. */
  private lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    const breakAt = next - 1;
    return this.text.charCodeAt(breakAt) === 10 && this.text.charCodeAt(breakAt - 1) === 13 && breakAt - 1 >= this.starts[line]! ? breakAt - 1 : breakAt;
  }
  /** `end` is exclusive. */
  range(start: number, end: number): A.Range {
    return { start: this.position(start), end: this.position(end) };
  }
}

export function validToken(t: IToken | undefined): t is IToken {
  return t !== undefined && !t.isInsertedInRecovery && Number.isFinite(t.startOffset) && t.image !== "";
}

/** Index of the first token (of `ts`, in source order) starting at or after `offset`. */
function firstAtOrAfter(ts: readonly IToken[], offset: number): number {
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid].startOffset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tokenEnd(t: IToken): number {
  return t.startOffset + t.image.length;
}

const isTok = (c: Child): c is IToken => (c as IToken).tokenType !== undefined;

export interface BuildContext {
  path: string;
  lines: LineMap;
  tokens: IToken[];
  comments: IToken[];
  diagnostics: Diagnostic[];
  tooDeepAt: IToken[];
  junkAt: IToken[];
  /** Start offsets of the tokens where the parser reported errors. */
  errorOffsets: number[];
  /** Start offsets of single-quoted times read as times (the checker reports them), filled here. */
  quotedTimes: Set<number>;
}

export function buildFile(cst: CstNode | undefined, ctx: BuildContext): A.SegFile {
  const b = new Builder(ctx);
  ctx.lines.startSharing();
  try {
    return b.file(cst);
  } finally {
    ctx.lines.endSharing();
  }
}

/**
 * Operators (`and`, `or`, `not`, `+ - * /`, unary `-`) in one declaration (SEG0011). Chains
 * parse without recursion, but they become nested binary nodes that the checker, the
 * formatter and the backends walk recursively: far past this they exhaust the stack.
 */
export const MAX_OPERATORS = 1000;

const UNIT_NAMES: Record<string, A.DurationUnit> = T.UNIT_OF;
/** Shared empty child lists (read only). */
const NO_TOKENS: IToken[] = [];
const NO_NODES: CstNode[] = [];

class Builder {
  /** Operators seen in the current declaration, and whether SEG0011 was reported for it. */
  private operators = 0;
  private tooManyReported = false;

  constructor(private readonly ctx: BuildContext) {}

  /** Counts `count` operators of node `n`; false (reported once) past MAX_OPERATORS. */
  private spendOperators(count: number, n: CstNode): boolean {
    this.operators += count;
    if (this.operators <= MAX_OPERATORS) return true;
    if (!this.tooManyReported) {
      this.tooManyReported = true;
      this.diag(
        "SEG0011",
        `expression too long: more than ${MAX_OPERATORS} operators (\`and\`, \`or\`, \`not\`, arithmetic) in one declaration; for many alternatives use \`in [...]\`, or split it into traits or segments`,
        this.rangeOf(n),
      );
    }
    return false;
  }

  // ----------------------------------------------------------------------------------
  // Ranges, tokens, nodes

  private tokRange(t: IToken): A.Range {
    return this.ctx.lines.range(t.startOffset, tokenEnd(t));
  }
  /** [start, end) offsets of a CST node, from its tokens; undefined when it has none. */
  private span(n: Child | undefined): [number, number] | undefined {
    if (!n) return undefined;
    if (isTok(n)) return validToken(n) ? [n.startOffset, tokenEnd(n)] : undefined;
    const loc = n.location;
    if (loc && Number.isFinite(loc.startOffset) && Number.isFinite(loc.endOffset) && loc.endOffset! >= loc.startOffset) {
      return [loc.startOffset, loc.endOffset! + 1];
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (const k in n.children) {
      for (const c of n.children[k]) {
        const s = this.span(c);
        if (s) {
          if (s[0] < lo) lo = s[0];
          if (s[1] > hi) hi = s[1];
        }
      }
    }
    return lo <= hi ? [lo, hi] : undefined;
  }
  private rangeOf(n: Child | undefined, fallback?: A.Range): A.Range {
    // The common cases without the [start, end] pair `span` allocates.
    if (n !== undefined) {
      if (isTok(n)) {
        if (validToken(n)) return this.ctx.lines.range(n.startOffset, tokenEnd(n));
      } else {
        const loc = n.location;
        if (loc && Number.isFinite(loc.startOffset) && Number.isFinite(loc.endOffset) && loc.endOffset! >= loc.startOffset)
          return this.ctx.lines.range(loc.startOffset, loc.endOffset! + 1);
      }
    }
    const s = this.span(n);
    if (s) return this.ctx.lines.range(s[0], s[1]);
    return fallback ?? this.ctx.lines.range(0, 0);
  }
  private join(a: A.Range, b: A.Range): A.Range {
    return { start: a.start, end: b.end };
  }
  private tok(n: CstNode, key: string, i = 0): IToken | undefined {
    const t = n.children[key]?.[i] as IToken | undefined;
    return validToken(t) ? t : undefined;
  }
  private toks(n: CstNode, key: string): IToken[] {
    const ts = n.children[key] as IToken[] | undefined;
    if (ts === undefined) return NO_TOKENS;
    for (const t of ts) if (!validToken(t)) return ts.filter(validToken);
    return ts;
  }
  private node(n: CstNode, key: string, i = 0): CstNode | undefined {
    return n.children[key]?.[i] as CstNode | undefined;
  }
  private nodes(n: CstNode, key: string): CstNode[] {
    return (n.children[key] ?? NO_NODES) as CstNode[];
  }
  /** A test record's name; a number there is the key written as the name (reported once, where the record is declared). */
  private recordName(n: CstNode | undefined, entity: IToken | undefined): A.Name | undefined {
    const t = n ? this.tok(n, "alias") : undefined;
    if (t && entity && t.tokenType === T.NumberLit) {
      this.diag(
        "SEG0001",
        `a test record is named by a word, not a number: name it (\`${entity.image} r${t.image} { … }\`), give its key as a field under the key's name (\`id: ${t.image}\`), and write \`expect r${t.image} in …\``,
        this.tokRange(t),
      );
    }
    return this.name(t);
  }

  private name(t: IToken | undefined): A.Name | undefined {
    return t ? { text: t.image, range: this.tokRange(t) } : undefined;
  }
  private error(n: Child | undefined, fallback?: A.Range): A.ErrorExpr {
    return { kind: "error", range: this.rangeOf(n, fallback) };
  }
  private diag(code: string, message: string, range: A.Range, fix?: Fix): void {
    this.ctx.diagnostics.push({ code, severity: "error", message, file: this.ctx.path, range, ...(fix ? { fix } : {}) });
  }
  private string(t: IToken): A.StringLit {
    return { kind: "string", value: this.decode(t), range: this.tokRange(t) };
  }

  /** Decodes a string token's escapes; reports unknown escapes (SEG0007). */
  private decode(t: IToken): string {
    const img = t.image;
    const closed = (t.tokenType === T.StringLit && img.length >= 2 && img.endsWith('"')) || t.tokenType === T.SingleQuotedString;
    const body = img.slice(1, closed ? -1 : undefined);
    if (!body.includes("\\")) return body;
    let out = "";
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = body[i + 1];
      const at = t.startOffset + 1 + i;
      switch (e) {
        case '"':
        case "\\":
          out += e;
          i++;
          break;
        case "n":
          out += "\n";
          i++;
          break;
        case "t":
          out += "\t";
          i++;
          break;
        case "r":
          out += "\r";
          i++;
          break;
        case "u": {
          const m = /^u\{([0-9a-fA-F]{1,6})\}/.exec(body.slice(i + 1));
          const cp = m ? parseInt(m[1], 16) : NaN;
          // A surrogate pair written as two escapes (as JavaScript allows) is one character.
          const low = m && cp >= 0xd800 && cp <= 0xdbff ? /^\\u\{([0-9a-fA-F]{1,6})\}/.exec(body.slice(i + 1 + m[0].length)) : null;
          const lowCp = low ? parseInt(low[1]!, 16) : NaN;
          if (m && low && lowCp >= 0xdc00 && lowCp <= 0xdfff) {
            out += String.fromCharCode(cp, lowCp);
            i += m[0].length + low[0].length;
          } else if (m && (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) {
            // No engine stores these: SQL text would get U+FFFD where JS keeps the value.
            const why = cp > 0x10ffff ? "beyond U+10FFFF, the last code point" : "a UTF-16 surrogate, not a character";
            this.diag("SEG0007", `\`\\u{${m[1]}}\` is ${why}`, this.ctx.lines.range(at, at + 1 + m[0].length));
            i += m[0].length;
          } else if (m) {
            out += String.fromCodePoint(cp);
            i += m[0].length;
          } else {
            this.diag("SEG0007", "a `\\u` escape is written `\\u{1F600}` (1 to 6 hex digits)", this.ctx.lines.range(at, at + 2));
            i++;
          }
          break;
        }
        default:
          if (e === undefined) {
            out += "\\";
          } else {
            const range = this.ctx.lines.range(at, at + 2);
            // A regex escape (`"\d+"`) is the usual cause: the backslash itself must be escaped.
            const regexEscape = REGEX_ESCAPES.includes(e);
            this.diag(
              "SEG0007",
              `unknown escape \`\\${e}\` in a string: use \`\\"\`, \`\\\\\`, \`\\n\`, \`\\t\`, \`\\r\` or \`\\u{...}\`` +
                (regexEscape ? `; a regex writes it with two backslashes: \`\\\\${e}\`` : ""),
              range,
              regexEscape ? { title: `Change to \`\\\\${e}\``, edits: [{ range, newText: `\\\\${e}` }] } : undefined,
            );
            out += e;
            i++;
          }
      }
    }
    return out;
  }

  // ----------------------------------------------------------------------------------
  // Doc comments

  private docText(c: IToken): string {
    let s = c.image.slice(3);
    if (s.startsWith(" ")) s = s.slice(1);
    return s.replace(/\s+$/, "");
  }

  /**
   * Leading `///` lines directly before `start` (not trailing the previous token's line),
   * plus a trailing `///` on the line where the node ends.
   */
  private doc(n: CstNode): string | undefined {
    const s = this.span(n);
    if (!s) return undefined;
    const [start, end] = s;
    const lines = this.ctx.lines;
    const cs = this.ctx.comments;
    const ti = firstAtOrAfter(this.ctx.tokens, start);
    const prev = ti > 0 ? this.ctx.tokens[ti - 1] : undefined;
    const prevEnd = prev ? tokenEnd(prev) : -1;
    const prevLine = prev ? lines.position(prevEnd).line : -1;
    const parts: string[] = [];
    let ci = firstAtOrAfter(cs, start) - 1;
    let nextLine = lines.position(start).line;
    while (ci >= 0) {
      const c = cs[ci];
      if (c.startOffset < prevEnd || c.tokenType !== T.DocComment) break;
      const line = lines.position(c.startOffset).line;
      if (line === prevLine || line < nextLine - 1) break;
      parts.unshift(this.docText(c));
      nextLine = line;
      ci--;
    }
    // trailing doc on the same line as the node's end
    const after = firstAtOrAfter(cs, end);
    const c = cs[after];
    if (c && c.tokenType === T.DocComment) {
      const endLine = lines.position(end).line;
      const next = this.ctx.tokens[firstAtOrAfter(this.ctx.tokens, end)];
      if (lines.position(c.startOffset).line === endLine && (!next || next.startOffset > c.startOffset)) {
        parts.push(this.docText(c));
      }
    }
    return parts.length ? parts.join("\n") : undefined;
  }

  private withDoc<N extends { doc?: string }>(node: N, cst: CstNode): N {
    const d = this.doc(cst);
    if (d !== undefined) node.doc = d;
    return node;
  }

  // ----------------------------------------------------------------------------------
  // File and declarations

  file(cst: CstNode | undefined): A.SegFile {
    const declarations: A.Declaration[] = [];
    const lines = this.ctx.lines;
    const decls = cst ? this.nodes(cst, "declaration") : [];
    for (const n of decls) {
      const d = this.declaration(n);
      if (d) declarations.push(d);
    }
    // Junk after a broken declaration is the rest of that declaration: already reported.
    const starts = decls.map((d) => this.span(d)?.[0] ?? -1).sort((a, b) => a - b);
    for (const first of this.ctx.junkAt) {
      if (!validToken(first)) continue;
      let declStart = -1;
      for (const s of starts) if (s <= first.startOffset) declStart = s;
      const reported = this.ctx.errorOffsets.some((o) => o >= declStart && o <= first.startOffset);
      if (reported) continue;
      const at = this.ctx.tokens.indexOf(first);
      // `NOT opted_in`: the checker reports `NOT` with the fix to `not`, which mends this too
      if (checkerReportsName(this.ctx.tokens[at - 1], first)) continue;
      this.diag("SEG0001", unexpectedAtTopLevel(first, this.ctx.tokens[at - 1], this.ctx.tokens[at - 2]), this.tokRange(first), tokenFix(first, this.ctx.tokens, this.ctx.lines));
    }
    for (const t of this.ctx.tooDeepAt) {
      if (validToken(t))
        this.diag(
          "SEG0004",
          `nesting too deep: this expression nests parentheses or lists more than ${MAX_NESTING} levels; simplify it`,
          this.tokRange(t),
        );
    }
    return {
      kind: "file",
      path: this.ctx.path,
      declarations,
      range: lines.range(0, lines.text.length),
    };
  }

  private declaration(n: CstNode): A.Declaration | undefined {
    this.operators = 0;
    this.tooManyReported = false;
    const key = Object.keys(n.children)[0];
    const inner = key ? this.node(n, key) : undefined;
    if (!inner) return undefined;
    let d: A.Declaration | undefined;
    switch (inner.name) {
      case "entityDecl":
        d = this.entity(inner);
        break;
      case "eventsDecl":
        d = this.events(inner);
        break;
      case "constDecl":
      case "paramDecl": {
        const name = this.name(this.tok(inner, "name"));
        if (!name) return undefined;
        d = {
          kind: inner.name === "constDecl" ? "const" : "param",
          name,
          value: this.expr(this.node(inner, "expr"), inner),
          range: this.rangeOf(inner),
        };
        break;
      }
      case "traitDecl": {
        const name = this.name(this.tok(inner, "name"));
        if (!name) return undefined;
        const t: A.TraitDecl = { kind: "trait", name, value: this.expr(this.node(inner, "expr"), inner), range: this.rangeOf(inner) };
        const entity = this.name(this.tok(inner, "entity"));
        if (entity) t.entity = entity;
        d = t;
        break;
      }
      case "segmentDecl":
        d = this.segment(inner);
        break;
      case "testDecl":
        d = this.test(inner);
        break;
    }
    return d ? this.withDoc(d, inner) : undefined;
  }

  private duplicate(what: string, t: Child): void {
    this.diag("SEG0009", `\`${what}\` is given twice here; keep one`, this.rangeOf(t));
  }

  /** A `table "…"` clause of `owner`: sets its table, or reports the second one (SEG0009). */
  private tableClause(table: CstNode, owner: { table?: A.StringLit }): void {
    const v = this.tok(table, "value");
    if (!v) return;
    if (owner.table) this.duplicate("table", table);
    else owner.table = this.string(v);
  }

  private entity(n: CstNode): A.EntityDecl | undefined {
    const name = this.name(this.tok(n, "name"));
    if (!name) return undefined;
    const e: A.EntityDecl = { kind: "entity", name, members: [], range: this.rangeOf(n) };
    for (const m of this.nodes(n, "entityMember")) {
      const table = this.node(m, "tableClause");
      if (table) {
        this.tableClause(table, e);
        continue;
      }
      const rel = this.node(m, "relationMember");
      if (rel) {
        const rn = this.name(this.tok(rel, "name"));
        const target = this.name(this.tok(rel, "target"));
        const fk = this.name(this.tok(rel, "foreignKey"));
        if (rn && target && fk)
          e.members.push(this.withDoc<A.RelationDecl>({ kind: "relation", name: rn, target, foreignKey: fk, range: this.rangeOf(m) }, m));
        continue;
      }
      const tm = this.node(m, "typedMember");
      if (!tm) continue;
      const typed = this.typed(tm);
      if (!typed) continue;
      const isKey = this.tok(m, "Kw_key") !== undefined;
      const member: A.KeyDecl | A.AttributeDecl = { kind: isKey ? "key" : "attribute", ...typed, range: this.rangeOf(m) };
      e.members.push(this.withDoc(member, m));
    }
    return e;
  }

  private typed(n: CstNode): { name: A.Name; type: A.TypeRef; column?: A.StringLit } | undefined {
    const name = this.name(this.tok(n, "name"));
    const type = this.type(this.node(n, "type"));
    if (!name || !type) return undefined;
    const col = this.tok(n, "column");
    return col ? { name, type, column: this.string(col) } : { name, type };
  }

  private type(n: CstNode | undefined): A.TypeRef | undefined {
    if (!n) return undefined;
    const range = this.rangeOf(n);
    const c = n.children;
    if (c.Kw_string) return { kind: "string", range };
    if (c.Kw_number) return { kind: "number", range };
    if (c.Kw_boolean) return { kind: "boolean", range };
    if (c.Kw_timestamp) {
      const st = this.node(n, "storage");
      return { kind: "timestamp", storage: st ? (this.storage(st)?.storage ?? "native") : "native", range };
    }
    if (c.Kw_enum) return { kind: "enum", values: this.toks(n, "values").map((t) => this.string(t)), range };
    if (c.Kw_list) {
      const element = this.type(this.node(n, "element"));
      return element ? { kind: "list", element, range } : undefined;
    }
    return undefined;
  }

  private storage(n: CstNode): { storage: A.TimestampStorage; range: A.Range } | undefined {
    if (n.children.Kw_unix_seconds) return { storage: "unix_seconds", range: this.rangeOf(n) };
    if (n.children.Kw_unix_millis) return { storage: "unix_millis", range: this.rangeOf(n) };
    if (n.children.Kw_iso_text) return { storage: "iso_text", range: this.rangeOf(n) };
    if (n.children.Kw_native) return { storage: "native", range: this.rangeOf(n) };
    return undefined;
  }

  private events(n: CstNode): A.EventsDecl | undefined {
    const entity = this.name(this.tok(n, "entity"));
    if (!entity) return undefined;
    const ev: A.EventsDecl = { kind: "events", entity, events: [], range: this.rangeOf(n) };
    for (const m of this.nodes(n, "eventsMember")) {
      const table = this.node(m, "tableClause");
      if (table) {
        this.tableClause(table, ev);
        continue;
      }
      const col = this.node(m, "columnClause");
      if (col) {
        const nameTok = this.tok(col, "name");
        const value = this.tok(col, "value");
        if (!nameTok || !value) continue;
        const st = this.node(col, "storage");
        const which = nameTok.image;
        const setOnce = (key: "timeColumn" | "nameColumn" | "propertiesColumn" | "entityColumn"): void => {
          if (ev[key]) this.duplicate(`${which} column`, col);
          else ev[key] = this.string(value);
        };
        if (which === "time") {
          setOnce("timeColumn");
          const s = st ? this.storage(st) : undefined;
          if (s) ev.timeStorage = s;
          continue;
        }
        if (st) this.diag("SEG0010", "only the `time` column takes a storage such as `(unix_seconds)`", this.rangeOf(st));
        if (which === "name") setOnce("nameColumn");
        else if (which === "properties") setOnce("propertiesColumn");
        else if (which === entity.text) {
          setOnce("entityColumn");
          ev.entityColumnNameRange ??= this.tokRange(nameTok);
        }
        else
          this.diag(
            "SEG0010",
            `unknown column setting \`${which} column\`: expected \`${entity.text} column\`, \`time column\`, \`name column\` or \`properties column\``,
            this.tokRange(nameTok),
          );
        continue;
      }
      const ed = this.node(m, "eventDecl");
      if (ed) {
        const e = this.event(ed, entity.text);
        if (e) ev.events.push(this.withDoc(e, m));
      }
    }
    return ev;
  }

  private event(n: CstNode, entityName: string): A.EventDecl | undefined {
    const name = this.name(this.tok(n, "name"));
    if (!name) return undefined;
    const e: A.EventDecl = { kind: "event", name, properties: [], range: this.rangeOf(n) };
    const stored = this.tok(n, "storedName");
    if (stored) e.storedName = this.string(stored);
    for (const m of this.nodes(n, "eventMember")) {
      const table = this.node(m, "tableClause");
      if (table) {
        this.tableClause(table, e);
        continue;
      }
      const col = this.node(m, "columnClause");
      if (col) {
        const nameTok = this.tok(col, "name");
        const value = this.tok(col, "value");
        if (!nameTok || !value) continue;
        const st = this.node(col, "storage");
        if (nameTok.image === "time") {
          if (e.timeColumn) this.duplicate("time column", col);
          else e.timeColumn = this.string(value);
          const s = st ? this.storage(st) : undefined;
          if (s) e.timeStorage = s;
        } else if (nameTok.image === entityName) {
          if (st) this.diag("SEG0010", "only the `time` column takes a storage such as `(unix_seconds)`", this.rangeOf(st));
          if (e.entityColumn) this.duplicate(`${entityName} column`, col);
          else e.entityColumn = this.string(value);
          e.entityColumnNameRange ??= this.tokRange(nameTok);
        } else {
          this.diag(
            "SEG0010",
            `unknown column setting \`${nameTok.image} column\` in an event: expected \`${entityName} column\` or \`time column\``,
            this.tokRange(nameTok),
          );
        }
        continue;
      }
      const tm = this.node(m, "typedMember");
      if (tm) {
        const typed = this.typed(tm);
        if (typed) e.properties.push(this.withDoc<A.PropertyDecl>({ kind: "property", ...typed, range: this.rangeOf(m) }, m));
      }
    }
    return e;
  }

  private segment(n: CstNode): A.SegmentDecl | undefined {
    const name = this.name(this.tok(n, "name"));
    if (!name) return undefined;
    const short = n.children.Assign !== undefined;
    const s: A.SegmentDecl = { kind: "segment", name, short, range: this.rangeOf(n) };
    const entity = this.name(this.tok(n, "entity"));
    if (entity) s.entity = entity;
    if (short) {
      s.where = this.expr(this.node(n, "expr"), n);
      return s;
    }
    for (const item of this.nodes(n, "segmentItem")) {
      if (item.children.Kw_owner) {
        const o = this.tok(item, "owner");
        if (!o) continue;
        if (s.owner) this.duplicate("owner", item);
        else s.owner = this.string(o);
      } else if (item.children.Kw_tags) {
        const l = this.node(item, "list");
        if (!l) continue;
        if (s.tags) this.duplicate("tags", item);
        else s.tags = this.list(l);
      } else if (item.children.Kw_deprecated) {
        if (s.deprecated) {
          this.duplicate("deprecated", item);
          continue;
        }
        const r = this.tok(item, "reason");
        s.deprecated = r ? { reason: this.string(r), range: this.rangeOf(item) } : { range: this.rangeOf(item) };
      } else if (item.children.Kw_where) {
        const e = this.expr(this.node(item, "expr"), item);
        if (s.where) {
          // `where did purchase in last 30 days where amount > 100`: the filter after the window
          const filterAfterWindow = s.where.kind === "did" && s.where.windows.length > 0 && !s.where.first.where;
          this.diag(
            "SEG0009",
            filterAfterWindow
              ? `a segment has one \`where\`: ${FILTER_BEFORE_WINDOW}`
              : "a segment has one `where`; join the conditions with `and`",
            this.rangeOf(item),
          );
        }
        else s.where = e;
      }
    }
    return s;
  }

  private test(n: CstNode): A.TestDecl | undefined {
    const nameTok = this.tok(n, "name");
    if (!nameTok) return undefined;
    const t: A.TestDecl = { kind: "test", name: this.string(nameTok), records: [], expectations: [], range: this.rangeOf(n) };
    for (const item of this.nodes(n, "testItem")) {
      if (item.children.Kw_as) {
        const e = this.expr(this.node(item, "expr"), item);
        if (t.asOf) this.duplicate("as of", item);
        else t.asOf = e;
      } else if (item.children.Kw_expect) {
        const alias = this.recordName(this.node(item, "recordName"), undefined);
        const segment = this.name(this.tok(item, "segment"));
        if (alias && segment)
          t.expectations.push({ alias, segment, member: item.children.Kw_not === undefined, range: this.rangeOf(item) });
      } else {
        const r = this.node(item, "testRecord");
        if (!r) continue;
        const entity = this.name(this.tok(r, "entity"));
        const alias = this.recordName(this.node(r, "recordName"), this.tok(r, "entity"));
        if (!entity || !alias) continue;
        const rec: A.TestRecord = { kind: "testRecord", entity, alias, fields: [], events: [], range: this.rangeOf(r) };
        for (const f of this.nodes(r, "testField")) {
          const tf = this.testField(f);
          if (tf) rec.fields.push(tf);
        }
        for (const ev of this.nodes(r, "testEvent")) {
          const event = this.name(this.tok(ev, "event"));
          if (!event) continue;
          const properties: A.TestField[] = [];
          for (const f of this.nodes(ev, "testField")) {
            const tf = this.testField(f);
            if (tf) properties.push(tf);
          }
          rec.events.push({ event, properties, time: this.expr(this.node(ev, "expr"), ev), range: this.rangeOf(ev) });
        }
        t.records.push(rec);
      }
    }
    return t;
  }

  private testField(n: CstNode): A.TestField | undefined {
    const name = this.name(this.tok(n, "name"));
    if (!name) return undefined;
    return { name, value: this.expr(this.node(n, "expr"), n), range: this.rangeOf(n) };
  }

  // ----------------------------------------------------------------------------------
  // Expressions

  /** `parent` gives the error node's range when the expression is missing entirely. */
  expr(n: CstNode | undefined, parent?: CstNode): A.Expr {
    if (!n) return this.missing(parent);
    return this.chain(n, "andExpr", "or");
  }

  /** An error node at the end of `parent` (where the missing part would have been). */
  private missing(parent?: CstNode): A.ErrorExpr {
    const s = parent ? this.span(parent) : undefined;
    const at = s ? s[1] : 0;
    return { kind: "error", range: this.ctx.lines.range(at, at) };
  }

  private chain(n: CstNode, key: "andExpr" | "notExpr", op: "or" | "and"): A.Expr {
    const ops = this.nodes(n, "operands");
    if (ops.length === 0 || !this.spendOperators(ops.length - 1, n)) return this.error(n);
    const and = key === "andExpr";
    let left = and ? this.chain(ops[0], "notExpr", "and") : this.not(ops[0]);
    for (let i = 1; i < ops.length; i++) {
      const right = and ? this.chain(ops[i], "notExpr", "and") : this.not(ops[i]);
      left = { kind: "logical", op, left, right, range: this.join(left.range, right.range) };
    }
    return left;
  }

  private not(n: CstNode): A.Expr {
    const nots = this.toks(n, "Kw_not");
    if (!this.spendOperators(nots.length, n)) return this.error(n);
    const p = this.node(n, "predicate");
    let e: A.Expr = p ? this.predicate(p) : this.missing(n);
    for (let i = nots.length - 1; i >= 0; i--) {
      e = { kind: "not", operand: e, range: this.join(this.tokRange(nots[i]), e.range) };
    }
    return e;
  }

  private predicate(n: CstNode): A.Expr {
    if (n.children.Kw_in) {
      const seg = this.name(this.tok(n, "segment"));
      return seg ? { kind: "segmentRef", segment: seg, range: this.rangeOf(n) } : this.error(n);
    }
    const did = this.node(n, "didExpr");
    if (did) return this.did(did);
    const add = this.node(n, "additive");
    if (!add) return this.error(n);
    const value = this.additive(add);
    const suffix = this.node(n, "suffix");
    return suffix ? this.suffix(value, suffix) : value;
  }

  private suffix(value: A.Expr, n: CstNode): A.Expr {
    const c = n.children;
    const range = this.join(value.range, this.rangeOf(n, value.range));
    const ignoreCase = (this.nodes(n, "ignoringCase").length > 0);
    if (c.CompareOp) {
      const opTok = c.CompareOp[0] as IToken;
      const op = (opTok.tokenType === T.SqlNotEq ? "!=" : opTok.image) as A.CompareExpr["op"];
      return { kind: "compare", op, left: value, right: this.additiveOr(n, "additive"), ignoreCase, range };
    }
    if (c.Kw_between) {
      const low = this.additiveOr(n, "low");
      const high = this.additiveOr(n, "high");
      if (!isTime(low) && high.kind === "ago") {
        return {
          kind: "timeWindow",
          value,
          window: { kind: "betweenAgo", from: low, to: high.duration, range: this.rangeOf(n) },
          range,
        };
      }
      return { kind: "between", value, low, high, range };
    }
    if (c.inLast) {
      return { kind: "timeWindow", value, window: { kind: "last", duration: this.additiveOr(n, "duration"), range: this.rangeOf(n) }, range };
    }
    if (c.Kw_before || c.Kw_after) {
      const kind = c.Kw_before ? "before" : "after";
      return { kind: "timeWindow", value, window: { kind, time: this.additiveOr(n, "time"), range: this.rangeOf(n) }, range };
    }
    if (c.Kw_is) return { kind: "isSet", value, negated: c.Kw_not !== undefined, range };
    const negated = c.Kw_not !== undefined;
    if (c.Kw_in) {
      const l = this.node(n, "list");
      const ref = this.tok(n, "listRef");
      const list: A.Expr = l
        ? this.list(l)
        : ref
          ? { kind: "ref", name: this.name(ref)!, range: this.tokRange(ref) }
          : this.missing(n);
      return { kind: "inList", value, negated, list, ignoreCase, range };
    }
    if (c.Kw_contains || c.Kw_starts || c.Kw_ends) {
      const op = c.Kw_contains ? "contains" : c.Kw_starts ? "startsWith" : "endsWith";
      return { kind: "stringPred", op, value, negated, pattern: this.additiveOr(n, "pattern"), ignoreCase, range };
    }
    if (c.Kw_matches) {
      const r = this.tok(n, "regex");
      if (!r) return this.error(n);
      return { kind: "regex", value, negated, pattern: this.string(r), ignoreCase, range };
    }
    if (c.Kw_has) {
      const mode = c.Kw_any ? "any" : c.Kw_all ? "all" : "one";
      return { kind: "has", list: value, mode, values: this.additiveOr(n, "values"), range };
    }
    return this.error(n);
  }

  private additiveOr(n: CstNode, key: string): A.Expr {
    const a = this.node(n, key);
    return a ? this.additive(a) : this.missing(n);
  }

  private additive(n: CstNode): A.Expr {
    return this.binary(n, true);
  }

  /** An additive (`outer`) or multiplicative chain; no closures, this runs per operand. */
  private binary(n: CstNode, outer: boolean): A.Expr {
    const operands = this.nodes(n, "operands");
    const ops = (n.children.ops ?? NO_TOKENS) as IToken[];
    if (operands.length === 0 || !this.spendOperators(operands.length - 1, n)) return this.error(n);
    let left = outer ? this.binary(operands[0], false) : this.unary(operands[0]);
    for (let i = 1; i < operands.length; i++) {
      const right = outer ? this.binary(operands[i], false) : this.unary(operands[i]);
      const op = (ops[i - 1]?.image ?? "+") as A.BinaryExpr["op"];
      left = { kind: "binary", op, left, right, range: this.join(left.range, right.range) };
    }
    return left;
  }

  private unary(n: CstNode): A.Expr {
    const minus = this.toks(n, "Minus");
    if (!this.spendOperators(minus.length, n)) return this.error(n);
    let e = this.postfix(n);
    for (let i = minus.length - 1; i >= 0; i--) {
      e = { kind: "unary", op: "-", operand: e, range: this.join(this.tokRange(minus[i]), e.range) };
    }
    return e;
  }

  /** The primary of a `unary` node with its `.member`s and `ago`. */
  private postfix(n: CstNode): A.Expr {
    const p = this.node(n, "primary");
    let e: A.Expr = p ? this.primary(p) : this.missing(n);
    for (const m of this.toks(n, "members")) {
      e = { kind: "member", object: e, member: this.name(m)!, range: this.join(e.range, this.tokRange(m)) };
    }
    const ago = this.tok(n, "Kw_ago");
    if (ago) e = { kind: "ago", duration: e, range: this.join(e.range, this.tokRange(ago)) };
    return e;
  }

  private primary(n: CstNode): A.Expr {
    const c = n.children;
    const range = this.rangeOf(n);
    if (c.NumberLit) {
      const t = this.tok(n, "NumberLit");
      if (!t) return this.error(n);
      const num: A.NumberLit = { kind: "number", value: Number(t.image), text: t.image, range: this.tokRange(t) };
      const u = this.tok(n, "Unit");
      if (u) {
        const unit = UNIT_NAMES[u.tokenType.name] ?? "day";
        return { kind: "duration", amount: num, unit, unitRange: this.tokRange(u), range };
      }
      return num;
    }
    if (c.StringLit) {
      const t = this.tok(n, "StringLit");
      if (!t) return this.error(n);
      // `'2024-01-01'`, SQL's quoted time: the checker reports it, with the fix its use asks for
      const quotedTime = t.tokenType === T.SingleQuotedString ? t.image.slice(1, -1) : undefined;
      if (quotedTime === undefined || !T.isTimeLiteral(quotedTime)) return this.string(t);
      this.ctx.quotedTimes.add(t.startOffset);
      return { kind: "time", text: quotedTime, range, quoted: true };
    }
    if (c.TimeLit) {
      const t = this.tok(n, "TimeLit");
      return t ? { kind: "time", text: t.image, range } : this.error(n);
    }
    if (c.Kw_true) return { kind: "bool", value: true, range };
    if (c.Kw_false) return { kind: "bool", value: false, range };
    if (c.Kw_now) return { kind: "now", range };
    const l = this.node(n, "list");
    if (l) return this.list(l);
    if (c.LParen) return { kind: "paren", inner: this.expr(this.node(n, "expr"), n), range };
    const agg = this.node(n, "aggregate");
    if (agg) return this.aggregate(agg);
    const ds = this.node(n, "daysSince");
    if (ds) return { kind: "daysSince", value: this.expr(this.node(ds, "expr"), ds), range: this.rangeOf(ds) };
    const id = this.tok(n, "Identifier");
    if (id) return this.sqlCallReported(id) ? this.error(n) : { kind: "ref", name: this.name(id)!, range };
    return this.error(n);
  }

  /**
   * `NOW()`, `percentile(ltv)`, `INTERVAL '7 days'`: a name the parser's error on the next
   * token already explains (a function the language does not have, SQL's interval), so the
   * checker is not also told to look the name up.
   */
  private sqlCallReported(id: IToken): boolean {
    // the usual case, a file the parser took whole: nothing to look at
    if (this.ctx.errorOffsets.length === 0 && this.ctx.junkAt.length === 0) return false;
    const text = this.ctx.lines.text;
    let next = id.startOffset + id.image.length;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (text[next] !== "(" && !isSqlInterval(id) && !isSqlTimeType(id)) return false;
    return this.ctx.errorOffsets.includes(next) || this.ctx.junkAt.some((t) => t.startOffset === next);
  }

  list(n: CstNode): A.ListExpr {
    return { kind: "list", items: this.nodes(n, "items").map((i) => this.expr(i, n)), range: this.rangeOf(n) };
  }

  private aggregate(n: CstNode): A.Expr {
    const fnTok = this.tok(n, "AggFn");
    const evTok = this.tok(n, "event");
    if (!fnTok || !evTok) return this.error(n);
    const fn = T.keywordOf(fnTok.tokenType.name) as A.AggregateFn;
    const step: A.EventStep = this.eventStepFrom(evTok, this.node(n, "expr"), n);
    const agg: A.AggregateExpr = {
      kind: "aggregate",
      fn,
      fnRange: this.tokRange(fnTok),
      step,
      windows: this.nodes(n, "window").map((w) => this.window(w)),
      range: this.rangeOf(n),
    };
    const prop = this.name(this.tok(n, "property"));
    if (prop) agg.property = prop;
    return agg;
  }

  private eventStepFrom(evTok: IToken, where: CstNode | undefined, parent: CstNode, whereIsNot = false): A.EventStep {
    const isAny = evTok.tokenType === T.Any;
    const step: A.EventStep = { event: isAny ? null : this.name(evTok)!, range: this.tokRange(evTok) };
    if (isAny) step.anyRange = this.tokRange(evTok);
    if (where) {
      const w = whereIsNot ? this.not(where) : this.expr(where, parent);
      step.where = w;
      step.range = this.join(step.range, w.range);
    }
    return step;
  }

  private didStep(n: CstNode | undefined): A.EventStep | undefined {
    if (!n) return undefined;
    const ev = this.tok(n, "event");
    if (!ev) return undefined;
    return this.eventStepFrom(ev, this.node(n, "notExpr"), n, true);
  }

  private did(n: CstNode): A.Expr {
    const first = this.didStep(this.node(n, "first"));
    if (!first) return this.error(n);
    const then: A.ThenStep[] = [];
    for (const t of this.nodes(n, "thenStep")) {
      const step = this.didStep(this.node(t, "step"));
      if (!step) continue;
      const ts: A.ThenStep = { negated: t.children.Kw_not !== undefined, step, range: this.rangeOf(t) };
      const w = this.node(t, "within");
      if (w) ts.within = this.additive(w);
      then.push(ts);
    }
    const frequencies: A.Frequency[] = [];
    for (const f of this.nodes(n, "frequency")) {
      const fr = this.frequency(f);
      if (fr) frequencies.push(fr);
    }
    return {
      kind: "did",
      negated: n.children.Kw_not !== undefined,
      first,
      then,
      frequencies,
      windows: this.nodes(n, "window").map((w) => this.window(w)),
      range: this.rangeOf(n),
    };
  }

  private frequency(n: CstNode): A.Frequency | undefined {
    const countTok = this.tok(n, "count");
    if (!countTok) return undefined;
    const b = this.node(n, "bound");
    const bound: A.Frequency["bound"] = b
      ? b.children.Kw_exactly
        ? "exactly"
        : b.children.Kw_most
          ? "atMost"
          : "atLeast"
      : "atLeast";
    return {
      unit: n.children.Kw_on ? "days" : "times",
      bound,
      count: { kind: "number", value: Number(countTok.image), text: countTok.image, range: this.tokRange(countTok) },
      range: this.rangeOf(n),
    };
  }

  private window(n: CstNode): A.Window {
    const range = this.rangeOf(n);
    const c = n.children;
    if (c.Kw_between) {
      const from = this.additiveOr(n, "low");
      const high = this.additiveOr(n, "high");
      // (`between 30 days ago and 7 days ago` is the window with one `ago` too many: the checker's fix)
      if (isTime(from) && from.kind !== "ago" && isTime(high)) return this.windowBetweenTimes(n, range);
      if (high.kind !== "ago" && high.kind !== "error")
        this.diag("SEG0008", "a `between` window reads `between 30 days and 7 days ago`: add `ago`", high.range);
      return { kind: "betweenAgo", from, to: high.kind === "ago" ? high.duration : high, range };
    }
    if (c.Kw_before) return { kind: "before", time: this.additiveOr(n, "time"), range };
    if (c.Kw_after) return { kind: "after", time: this.additiveOr(n, "time"), range };
    return { kind: "last", duration: this.additiveOr(n, "duration"), range };
  }

  /**
   * `did x between 2011-10-01 and 2011-12-01`: a range of times, as attributes take it, but a
   * window takes durations. One error with the window of times that events take (the
   * checker would otherwise report each bound, and `add ago` fits neither).
   */
  private windowBetweenTimes(n: CstNode, range: A.Range): A.Window {
    const source = (key: string): string | undefined => {
      const s = this.span(this.node(n, key));
      return s && this.ctx.lines.text.slice(s[0], s[1]);
    };
    const low = source("low");
    const high = source("high");
    const written = low !== undefined && high !== undefined ? `after ${low} before ${high}` : undefined;
    this.diag(
      "SEG0008",
      `an event window between two times reads \`${written ?? "after <time> before <time>"}\` (both bounds excluded); \`between … and … ago\` takes durations (\`between 30 days and 7 days ago\`)`,
      range,
      written ? { title: `Change to \`${written}\``, edits: [{ range, newText: written }] } : undefined,
    );
    return { kind: "betweenAgo", from: this.error(undefined, range), to: this.error(undefined, range), range };
  }
}

/**
 * A time for certain, whatever its names stand for: a date, `now`, `… ago`, or arithmetic
 * on one (`now - 30 days`). `x between <time> and 1 hour ago` is a range of times; only
 * `between <duration> and <duration> ago` is the window.
 */
function isTime(e: A.Expr): boolean {
  switch (e.kind) {
    case "time":
    case "now":
    case "ago":
      return true;
    case "paren":
      return isTime(e.inner);
    case "binary":
      return isTime(e.left) || isTime(e.right);
    default:
      return false;
  }
}
