/**
 * The formatter: canonical layout of a `.seg` file, printed from the AST.
 *
 * - 2-space indentation; one blank line between declarations; inside blocks a blank line
 *   is kept (at most one) where the source had one.
 * - Segment conditions: the first operand on the `where` line; when the condition is
 *   longer than 80 columns or has more than 2 top-level `and`/`or` operands (or comments
 *   between them), every further operand goes on its own line, indented `    and ...`.
 * - Normalized spacing, canonical unit spelling (`1 day`, `2 days`), frequency spelled
 *   in full (`on at least 3 days`), strings re-escaped canonically, parentheses kept as
 *   written (the AST keeps them), so the result parses to the same AST.
 * - Comments stay in place: between declarations / members / items, trailing a line, or
 *   between the top-level operands of a condition. A declaration with a comment anywhere
 *   else (inside an expression) is kept verbatim.
 * - A file with syntax errors is returned unchanged, with the diagnostics.
 */
import type * as A from "./ast.ts";
import type { Diagnostic } from "./diagnostic.ts";
import { parse, type Comment, type TokenInfo } from "./index.ts";
import { LineMap } from "./visitor.ts";

export interface FormatResult {
  text: string;
  diagnostics: Diagnostic[];
}

export const MAX_WIDTH = 80;

export function format(text: string, path = "<format>"): FormatResult {
  const r = parse(text, path);
  if (r.diagnostics.some((d) => d.severity === "error")) return { text, diagnostics: r.diagnostics };
  const f = new Formatter(text, r.file, r.comments, r.tokens);
  return { text: f.run(), diagnostics: r.diagnostics };
}

/** A line break as a file holds it. */
export type LineBreak = "\n" | "\r\n" | "\r";

/**
 * The kinds of line break `text` holds, in the order they first appear. The first is the
 * file's own, its first line's (as prettier's `endOfLine: "auto"` reads a file): the
 * language server's formatting and edits write it on every line; `seg fmt` writes LF and
 * names a file with more than one kind as mixed (docs/language.md, "Formatting").
 */
export function lineBreaks(text: string): LineBreak[] {
  const found: LineBreak[] = [];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    const kind = m[0] as LineBreak;
    if (!found.includes(kind) && found.push(kind) === 3) break;
  }
  return found;
}

class Fallback extends Error {}

interface Item {
  start: number;
  end: number;
  print: () => string[];
}

interface CommentInfo {
  c: Comment;
  start: number;
  end: number;
  used: boolean;
}

const UNIT_PLURAL: Record<A.DurationUnit, string> = {
  second: "seconds",
  minute: "minutes",
  hour: "hours",
  day: "days",
  week: "weeks",
  month: "months",
  year: "years",
};

export function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f || cp === 0x2028 || cp === 0x2029) out += `\\u{${cp.toString(16).toUpperCase()}}`;
    else out += ch;
  }
  return out + '"';
}

class Formatter {
  private readonly lines: LineMap;
  private readonly comments: CommentInfo[];
  private readonly tokStarts: number[];

  constructor(
    private readonly text: string,
    private readonly file: A.SegFile,
    comments: Comment[],
    private readonly tokens: TokenInfo[],
  ) {
    this.lines = new LineMap(text);
    // A block comment's own line breaks as the output's (LF): a lone `\r` would otherwise
    // pass for no line break and stay in the LF output.
    this.comments = comments.map((c) => ({ c: { ...c, text: c.text.replace(/\r\n?/g, "\n") }, start: this.off(c.range.start), end: this.off(c.range.end), used: false }));
    this.tokStarts = tokens.map((t) => this.off(t.range.start));
  }

  private off(p: A.Position): number {
    return this.lines.offset(p);
  }
  private s(n: { range: A.Range }): number {
    return this.off(n.range.start);
  }
  private e(n: { range: A.Range }): number {
    return this.off(n.range.end);
  }
  private lineOf(offset: number): number {
    return this.lines.position(offset).line;
  }
  /** Index of the token starting at `offset` (or the first after it). */
  private tokIndex(offset: number): number {
    let lo = 0;
    let hi = this.tokStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokStarts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Start offset of the token `k` tokens before the one starting at `offset`. */
  private tokBefore(offset: number, k: number): number {
    const i = this.tokIndex(offset) - k;
    return i >= 0 ? this.tokStarts[i] : offset;
  }
  /** Offset of the first `{` token at or after `offset`. */
  private braceAfter(offset: number): number {
    for (let i = this.tokIndex(offset); i < this.tokens.length; i++) if (this.tokens[i].type === "LBrace") return this.tokStarts[i];
    return offset;
  }
  private commentsIn(start: number, end: number): CommentInfo[] {
    return this.comments.filter((c) => !c.used && c.start >= start && c.end <= end);
  }
  private hasBlankLineBetween(a: number, b: number): boolean {
    return /\n[ \t]*\r?\n|\r[ \t]*\r/.test(this.text.slice(a, b));
  }

  run(): string {
    const items: Item[] = this.file.declarations.map((d) => ({
      start: this.s(d),
      end: this.e(d),
      print: () => this.declaration(d),
    }));
    const { lines } = this.sequence(items, 0, this.text.length, "", true);
    const out = lines.join("\n").replace(/[ \t]+$/gm, "");
    return out.length ? out + "\n" : "";
  }

  /**
   * Lays out items and the comments between them in [start, end). Items are printed at
   * `indent`; `headerTrailing` is a comment on the line of the opening `{` (at `start`).
   */
  private sequence(
    items: Item[],
    start: number,
    end: number,
    indent: string,
    topLevel: boolean,
  ): { lines: string[]; headerTrailing?: string } {
    items = [...items].sort((a, b) => a.start - b.start);
    const comments = this.commentsIn(start, end).filter((c) => !items.some((it) => c.start >= it.start && c.end <= it.end));
    type Entry = { kind: "item"; item: Item } | { kind: "comment"; c: CommentInfo };
    const entries: Entry[] = [
      ...items.map((item) => ({ kind: "item" as const, item })),
      ...comments.map((c) => ({ kind: "comment" as const, c })),
    ].sort((a, b) => (a.kind === "item" ? a.item.start : a.c.start) - (b.kind === "item" ? b.item.start : b.c.start));
    const out: string[] = [];
    let headerTrailing: string | undefined;
    let prevEnd = start;
    let prevKind: "item" | "comment" | "none" = "none";
    for (const en of entries) {
      const s = en.kind === "item" ? en.item.start : en.c.start;
      if (en.kind === "comment") {
        en.c.used = true;
        const text = en.c.c.text.replace(/[ \t]+$/, "");
        const sameLine = this.lineOf(s) === this.lineOf(prevEnd) && !text.includes("\n");
        if (sameLine && prevKind === "item") {
          out[out.length - 1] += " " + text;
        } else if (sameLine && prevKind === "none" && !topLevel) {
          headerTrailing = text;
        } else {
          if (prevKind === "item" && topLevel) out.push("");
          else if (prevKind !== "none" && this.hasBlankLineBetween(prevEnd, s)) out.push("");
          out.push(...this.reindentComment(text, indent));
          prevKind = "comment";
        }
        prevEnd = en.c.end;
        continue;
      }
      const printed = en.item.print();
      if (prevKind === "item" && topLevel) out.push("");
      else if (prevKind !== "none" && this.hasBlankLineBetween(prevEnd, s)) out.push("");
      out.push(...printed.map((l) => (l.length ? indent + l : l)));
      prevKind = "item";
      prevEnd = en.item.end;
    }
    return headerTrailing !== undefined ? { lines: out, headerTrailing } : { lines: out };
  }

  private reindentComment(text: string, indent: string): string[] {
    if (!text.includes("\n")) return [indent + text];
    // block comment over several lines: keep its lines as written
    const ls = text.split(/\r\n|\r|\n/);
    return [indent + ls[0], ...ls.slice(1)];
  }

  /** Prints a block `{ ... }` body with items; returns lines including the braces' content. */
  private block(header: string, braceOffset: number, closeOffset: number, items: Item[]): string[] {
    const { lines, headerTrailing } = this.sequence(items, braceOffset + 1, closeOffset, "  ", false);
    const head = header + " {" + (headerTrailing ? " " + headerTrailing : "");
    if (lines.length === 0) return [header + " {}" + (headerTrailing ? " " + headerTrailing : "")];
    return [head, ...lines, "}"];
  }

  private declaration(d: A.Declaration): string[] {
    const start = this.s(d);
    const end = this.e(d);
    const snapshot = this.comments.map((c) => c.used);
    try {
      const out = this.declarationInner(d);
      if (this.comments.some((c) => !c.used && c.start >= start && c.end <= end)) throw new Fallback();
      return out;
    } catch (e) {
      if (!(e instanceof Fallback)) throw e;
      this.comments.forEach((c, i) => {
        c.used = snapshot[i] || (c.start >= start && c.end <= end);
      });
      return this.text.slice(start, end).split(/\r\n|\r|\n/);
    }
  }

  private declarationInner(d: A.Declaration): string[] {
    switch (d.kind) {
      case "entity":
        return this.entity(d);
      case "events":
        return this.events(d);
      case "const":
      case "param": {
        const line = `${d.kind} ${d.name.text} = ${this.expr(d.value)}`;
        // A long list, one item per line: a review diff then shows the item that changed.
        if (line.length <= MAX_WIDTH || d.value.kind !== "list") return [line];
        return [`${d.kind} ${d.name.text} = [`, ...d.value.items.map((i, k, all) => `  ${this.expr(i)}${k < all.length - 1 ? "," : ""}`), "]"];
      }
      case "trait":
        return [`trait ${d.name.text}${d.entity ? ` of ${d.entity.text}` : ""} = ${this.expr(d.value)}`];
      case "segment":
        return this.segment(d);
      case "test":
        return this.test(d);
    }
  }

  // ----------------------------------------------------------------------------------
  // Schema

  private stringItem(keyword: string, lit: A.StringLit, tokensBefore: number): Item {
    return {
      start: this.tokBefore(this.s(lit), tokensBefore),
      end: this.e(lit),
      print: () => [`${keyword} ${quote(lit.value)}`],
    };
  }

  private type(t: A.TypeRef): string {
    switch (t.kind) {
      case "string":
      case "number":
      case "boolean":
        return t.kind;
      case "timestamp":
        return t.storage === "native" ? "timestamp" : `timestamp(${t.storage})`;
      case "enum":
        return `enum(${t.values.map((v) => quote(v.value)).join(", ")})`;
      case "list":
        return `list<${this.type(t.element)}>`;
    }
  }

  private typed(m: { name: A.Name; type: A.TypeRef; column?: A.StringLit }): string {
    return `${m.name.text}: ${this.type(m.type)}${m.column ? ` column ${quote(m.column.value)}` : ""}`;
  }

  private entity(d: A.EntityDecl): string[] {
    const items: Item[] = [];
    if (d.table) items.push(this.stringItem("table", d.table, 1));
    for (const m of d.members) {
      items.push({
        start: this.s(m),
        end: this.e(m),
        print: () => {
          if (m.kind === "relation") return [`${m.name.text}: ${m.target.text} via ${m.foreignKey.text}`];
          return [(m.kind === "key" ? "key " : "") + this.typed(m)];
        },
      });
    }
    return this.block(`entity ${d.name.text}`, this.braceAfter(this.e(d.name)), this.e(d) - 1, items);
  }

  private columnItem(
    name: string,
    lit: A.StringLit,
    storage?: { storage: A.TimestampStorage; range: A.Range },
  ): Item {
    return {
      start: this.tokBefore(this.s(lit), 2),
      end: storage ? this.e(storage) : this.e(lit),
      // The storage as written, `(native)` too: an event's own time column without one takes the block's.
      print: () => [
        `${name} column ${quote(lit.value)}${storage ? ` (${storage.storage})` : ""}`,
      ],
    };
  }

  private events(d: A.EventsDecl): string[] {
    const items: Item[] = [];
    if (d.table) items.push(this.stringItem("table", d.table, 1));
    if (d.entityColumn) items.push(this.columnItem(d.entity.text, d.entityColumn));
    if (d.timeColumn) items.push(this.columnItem("time", d.timeColumn, d.timeStorage));
    if (d.nameColumn) items.push(this.columnItem("name", d.nameColumn));
    if (d.propertiesColumn) items.push(this.columnItem("properties", d.propertiesColumn));
    for (const ev of d.events) items.push({ start: this.s(ev), end: this.e(ev), print: () => this.event(ev, d.entity.text) });
    return this.block(`events of ${d.entity.text}`, this.braceAfter(this.e(d.entity)), this.e(d) - 1, items);
  }

  private event(ev: A.EventDecl, entity: string): string[] {
    const header = `event ${ev.name.text}${ev.storedName ? ` named ${quote(ev.storedName.value)}` : ""}`;
    const hasBody = this.text[this.e(ev) - 1] === "}";
    if (!hasBody) return [header];
    const simple =
      !ev.table && !ev.entityColumn && !ev.timeColumn && ev.properties.every((p) => p.doc === undefined);
    const start = this.s(ev);
    const end = this.e(ev);
    const noComments = this.commentsIn(start, end).length === 0;
    if (simple && noComments) {
      const inline = ev.properties.length
        ? `${header} { ${ev.properties.map((p) => this.typed(p)).join(", ")} }`
        : `${header} {}`;
      if (inline.length + 4 <= MAX_WIDTH) return [inline];
    }
    const items: Item[] = [];
    if (ev.table) items.push(this.stringItem("table", ev.table, 1));
    if (ev.entityColumn) items.push(this.columnItem(entity, ev.entityColumn));
    if (ev.timeColumn) items.push(this.columnItem("time", ev.timeColumn, ev.timeStorage));
    for (const p of ev.properties) items.push({ start: this.s(p), end: this.e(p), print: () => [this.typed(p)] });
    return this.block(header, this.braceAfter(this.e(ev.name)), end - 1, items);
  }

  // ----------------------------------------------------------------------------------
  // Segments and tests

  private segment(d: A.SegmentDecl): string[] {
    const header = `segment ${d.name.text}${d.entity ? ` of ${d.entity.text}` : ""}`;
    if (d.short) {
      if (!d.where) throw new Fallback();
      return this.condition(`${header} =`, d.where, 0);
    }
    const items: Item[] = [];
    if (d.owner) items.push(this.stringItem("owner", d.owner, 1));
    if (d.tags) {
      const tags = d.tags;
      items.push({ start: this.tokBefore(this.s(tags), 1), end: this.e(tags), print: () => [`tags ${this.expr(tags)}`] });
    }
    if (d.deprecated) {
      const dep = d.deprecated;
      items.push({
        start: this.s(dep),
        end: this.e(dep),
        print: () => [dep.reason ? `deprecated ${quote(dep.reason.value)}` : "deprecated"],
      });
    }
    if (d.where) {
      const w = d.where;
      items.push({ start: this.tokBefore(this.s(w), 1), end: this.e(w), print: () => this.condition("where", w, 2) });
    }
    const brace = this.braceAfter(d.entity ? this.e(d.entity) : this.e(d.name));
    const close = this.e(d) - 1;
    // `segment x { where <short condition> }` stays on one line
    if (items.length === 1 && d.where && this.commentsIn(this.s(d), this.e(d)).length === 0) {
      const one = this.condition("where", d.where, 2);
      if (one.length === 1) {
        const line = `${header} { ${one[0]} }`;
        if (line.length <= MAX_WIDTH) return [line];
      }
    }
    return this.block(header, brace, close, items);
  }

  /**
   * `<lead> <condition>`: on one line when short, else the first operand on the lead line
   * and each further top-level `and`/`or` operand on its own line (`    and ...`).
   */
  private condition(lead: string, e: A.Expr, indentWidth: number): string[] {
    const operands: A.Expr[] = [];
    const ops: string[] = [];
    const op = e.kind === "logical" ? e.op : undefined;
    const flatten = (x: A.Expr): void => {
      if (x.kind === "logical" && x.op === op) {
        flatten(x.left);
        ops.push(x.op);
        flatten(x.right);
      } else operands.push(x);
    };
    flatten(e);
    // comments between operands
    const gaps: CommentInfo[][] = [];
    let anyComment = false;
    for (let i = 0; i + 1 < operands.length; i++) {
      const cs = this.commentsIn(this.e(operands[i]), this.s(operands[i + 1]));
      gaps.push(cs);
      if (cs.length) anyComment = true;
    }
    const oneLine = `${lead} ${this.expr(e)}`;
    if (!anyComment && (operands.length <= 2 || !op) && oneLine.length + indentWidth <= MAX_WIDTH) return [oneLine];
    if (operands.length === 1) return this.operand(lead, e, indentWidth);
    const out = this.operand(lead, operands[0]!, indentWidth);
    for (let i = 1; i < operands.length; i++) {
      for (const c of gaps[i - 1]) {
        c.used = true;
        const text = c.c.text.replace(/[ \t]+$/, "");
        if (this.lineOf(c.start) === this.lineOf(this.e(operands[i - 1])) && !text.includes("\n")) out[out.length - 1] += " " + text;
        else out.push(...this.reindentComment(text, "  "));
      }
      out.push(...this.operand(ops[i - 1]!, operands[i]!, indentWidth + 2).map((l) => `  ${l}`));
    }
    return out;
  }

  private test(d: A.TestDecl): string[] {
    const items: Item[] = [];
    if (d.asOf) {
      const a = d.asOf;
      items.push({ start: this.tokBefore(this.s(a), 2), end: this.e(a), print: () => [`as of ${this.expr(a)}`] });
    }
    for (const r of d.records) items.push({ start: this.s(r), end: this.e(r), print: () => this.record(r) });
    for (const x of d.expectations)
      items.push({
        start: this.s(x),
        end: this.e(x),
        print: () => [`expect ${x.alias.text}${x.member ? "" : " not"} in ${x.segment.text}`],
      });
    return this.block(`test ${quote(d.name.value)}`, this.braceAfter(this.e(d.name)), this.e(d) - 1, items);
  }

  private fields(fs: A.TestField[]): string {
    return fs.map((f) => `${f.name.text}: ${this.expr(f.value)}`).join(", ");
  }

  private record(r: A.TestRecord): string[] {
    const header = `${r.entity.text} ${r.alias.text}`;
    const noComments = this.commentsIn(this.s(r), this.e(r)).length === 0;
    if (noComments && r.events.length === 0) {
      const line = r.fields.length ? `${header} { ${this.fields(r.fields)} }` : `${header} {}`;
      if (line.length + 4 <= MAX_WIDTH) return [line];
    }
    const items: Item[] = [
      ...r.fields.map((f) => ({ start: this.s(f), end: this.e(f), print: () => [`${f.name.text}: ${this.expr(f.value)}`] })),
      ...r.events.map((ev) => ({
        start: this.s(ev),
        end: this.e(ev),
        print: () => [
          `${ev.event.text}${ev.properties.length ? ` { ${this.fields(ev.properties)} }` : ""} at ${this.expr(ev.time)}`,
        ],
      })),
    ];
    return this.block(header, this.braceAfter(this.e(r.alias)), this.e(r) - 1, items);
  }

  // ----------------------------------------------------------------------------------
  // Expressions (parentheses come from ParenExpr nodes, exactly as written)

  expr(e: A.Expr): string {
    switch (e.kind) {
      case "number":
        return e.text;
      case "string":
        return quote(e.value);
      case "bool":
        return e.value ? "true" : "false";
      case "time":
        return e.text;
      case "now":
        return "now";
      case "duration":
        return `${e.amount.text} ${e.amount.value === 1 ? e.unit : UNIT_PLURAL[e.unit]}`;
      case "ago":
        return `${this.expr(e.duration)} ago`;
      case "list":
        return `[${e.items.map((i) => this.expr(i)).join(", ")}]`;
      case "ref":
        return e.name.text;
      case "member":
        return `${this.expr(e.object)}.${e.member.text}`;
      case "paren":
        return `(${this.expr(e.inner)})`;
      case "unary": {
        const inner = this.expr(e.operand);
        return inner.startsWith("-") ? `- ${inner}` : `-${inner}`;
      }
      case "binary":
      case "logical":
        return `${this.expr(e.left)} ${e.op} ${this.expr(e.right)}`;
      case "not":
        return `not ${this.expr(e.operand)}`;
      case "compare":
        return `${this.expr(e.left)} ${e.op} ${this.expr(e.right)}${e.ignoreCase ? " ignoring case" : ""}`;
      case "between":
        return `${this.expr(e.value)} between ${this.expr(e.low)} and ${this.expr(e.high)}`;
      case "inList":
        return `${this.expr(e.value)}${e.negated ? " not" : ""} in ${this.expr(e.list)}${e.ignoreCase ? " ignoring case" : ""}`;
      case "isSet":
        return `${this.expr(e.value)} is ${e.negated ? "not " : ""}set`;
      case "stringPred": {
        const op = e.op === "contains" ? "contains" : e.op === "startsWith" ? "starts with" : "ends with";
        return `${this.expr(e.value)}${e.negated ? " not" : ""} ${op} ${this.expr(e.pattern)}${e.ignoreCase ? " ignoring case" : ""}`;
      }
      case "regex":
        return `${this.expr(e.value)}${e.negated ? " not" : ""} matches ${quote(e.pattern.value)}${e.ignoreCase ? " ignoring case" : ""}`;
      case "has":
        return `${this.expr(e.list)} has ${e.mode === "one" ? "" : e.mode + " "}${this.expr(e.values)}`;
      case "timeWindow":
        return `${this.expr(e.value)} ${this.window(e.window)}`;
      case "segmentRef":
        return `in ${e.segment.text}`;
      case "did": {
        const { head, steps, tail } = this.didParts(e);
        return [head, ...steps, ...(tail ? [tail] : [])].join(" ");
      }
      case "aggregate": {
        let s = `${e.fn}(${this.step(e.step, e.property)}`;
        for (const w of e.windows) s += " " + this.window(w);
        return s + ")";
      }
      case "daysSince":
        return `days_since(${this.expr(e.value)})`;
      case "error":
        throw new Fallback();
    }
  }

  /** `did A [where P]`, one part per `then` step, and its frequencies and windows ("" for none). */
  private didParts(e: A.DidExpr): { head: string; steps: string[]; tail: string } {
    return {
      head: `did${e.negated ? " not" : ""} ${this.step(e.first)}`,
      steps: e.then.map((t) => `then${t.negated ? " not" : ""} ${this.step(t.step)}${t.within ? ` within ${this.expr(t.within)}` : ""}`),
      tail: [...e.frequencies.map((f) => this.frequency(f)), ...e.windows.map((w) => this.window(w))].join(" "),
    };
  }

  /**
   * An operand of a condition after its `lead` (`where`, `and`, …): one line, or, when that
   * is too wide for `indentWidth` and the operand is a `did`, continuation lines indented two
   * more: a line per `then` step of a sequence (its frequency and window on the last one),
   * else its frequency and window.
   */
  private operand(lead: string, x: A.Expr, indentWidth: number): string[] {
    const line = `${lead} ${this.expr(x)}`;
    if (line.length + indentWidth <= MAX_WIDTH || x.kind !== "did") return [line];
    const { head, steps, tail } = this.didParts(x);
    if (steps.length === 0) return tail ? [`${lead} ${head}`, `  ${tail}`] : [line];
    if (tail) steps[steps.length - 1] += ` ${tail}`;
    return [`${lead} ${head}`, ...steps.map((t) => `  ${t}`)];
  }

  private step(s: A.EventStep, property?: A.Name): string {
    const ev = s.event ? s.event.text : "any";
    return `${ev}${property ? "." + property.text : ""}${s.where ? ` where ${this.expr(s.where)}` : ""}`;
  }

  private frequency(f: A.Frequency): string {
    const bound = f.bound === "atLeast" ? "at least" : f.bound === "atMost" ? "at most" : "exactly";
    const one = f.count.value === 1;
    return f.unit === "days"
      ? `on ${bound} ${f.count.text} ${one ? "day" : "days"}`
      : `${bound} ${f.count.text} ${one ? "time" : "times"}`;
  }

  private window(w: A.Window): string {
    switch (w.kind) {
      case "last":
        return `in last ${this.expr(w.duration)}`;
      case "betweenAgo":
        return `between ${this.expr(w.from)} and ${this.expr(w.to)} ago`;
      case "before":
        return `before ${this.expr(w.time)}`;
      case "after":
        return `after ${this.expr(w.time)}`;
    }
  }
}
