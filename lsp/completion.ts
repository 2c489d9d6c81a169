/**
 * Completion in context, from the current document's tokens (fresh parse) and the
 * project's names (fresh parses of every file, plus the checker's types when a check has
 * completed). See `cursorContext` for how the cursor's place is found.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type MarkupContent,
} from "vscode-languageserver/node";
import type { Position, TypeRef } from "../grammar/ast.ts";
import type { SymbolIndex, Token } from "./frontend.ts";
import { cursorContext, type CursorContext } from "./context.ts";
import { cmpPos } from "./positions.ts";
import { defaultEntity, type EntityInfo, type EventInfo, type ProjectModel } from "./model.ts";
import {
  AGG_FNS,
  DECL_KEYWORDS,
  endsValue,
  isAggFn,
  isCompare,
  isKw,
  isNumber,
  isPunct,
  isString,
  isUnit,
  isWord,
  matchingOpen,
} from "./tokens.ts";

export interface CompletionInput {
  tokens: readonly Token[];
  position: Position;
  model: ProjectModel;
  /** Types and docs from the latest completed check, when there is one. */
  symbols?: SymbolIndex;
}

const UNITS = ["second", "minute", "hour", "day", "week"];
const EXPR_KEYWORDS = ["did", "not", "in", "days_since", "now", "true", "false"];
const AFTER_VALUE_KEYWORDS = [
  "and",
  "or",
  "in",
  "not",
  "is",
  "between",
  "contains",
  "starts with",
  "ends with",
  "matches",
  "has",
  "before",
  "after",
  "ignoring case",
];
const AFTER_STEP_KEYWORDS = [
  "where",
  "then",
  "within",
  "at least",
  "at most",
  "exactly",
  "on at least",
  "in last",
  "between",
  "before",
  "after",
  "and",
  "or",
];

function docOf(doc: string | undefined): MarkupContent | undefined {
  return doc ? { kind: "markdown", value: doc } : undefined;
}

function keyword(word: string, sort = "3"): CompletionItem {
  return { label: word, kind: CompletionItemKind.Keyword, sortText: sort + word };
}

class Collector {
  readonly items: CompletionItem[] = [];
  private readonly seen = new Set<string>();
  add(item: CompletionItem): void {
    if (this.seen.has(item.label)) return;
    this.seen.add(item.label);
    this.items.push(item);
  }
  keywords(words: string[], sort = "3"): void {
    for (const w of words) this.add(keyword(w, sort));
  }
}

export function complete(input: CompletionInput): CompletionItem[] {
  const ctx = cursorContext(input.tokens, input.position);
  const c = new Collector();
  const h = new Helper(input, ctx, c);
  h.run();
  return c.items;
}

class Helper {
  constructor(
    readonly input: CompletionInput,
    readonly ctx: CursorContext,
    readonly c: Collector,
  ) {}

  get model(): ProjectModel {
    return this.input.model;
  }

  tok(offset: number): Token | undefined {
    return this.ctx.tokens[this.ctx.prev - offset];
  }

  /** Type text from the checker when known, else from the AST. */
  typeOf(qualifiedName: string, fallback: string): string {
    return this.input.symbols?.lookup(qualifiedName)?.type ?? fallback;
  }

  entityOfDecl(): string | undefined {
    if (this.ctx.declEntity) return this.ctx.declEntity;
    if (this.ctx.declName) {
      const def = this.input.symbols?.lookup(this.ctx.declName);
      if (def?.entity) return def.entity;
      const named = this.model.named.get(this.ctx.declName);
      if (named?.entity) return named.entity;
    }
    return defaultEntity(this.model);
  }

  run(): void {
    const { ctx } = this;
    const p1 = this.tok(0);
    const p2 = this.tok(1);

    if (ctx.inString) {
      this.stringContext();
      return;
    }
    // member access: `account.`, `purchase.`, `first(purchase).`
    if (isPunct(p1, ".")) {
      this.memberAccess();
      return;
    }
    if (ctx.decl < 0 || (ctx.depth === 0 && (p1 === undefined || isPunct(p1, "}")))) {
      this.c.keywords(DECL_KEYWORDS, "1");
      return;
    }
    // A word at the start of a line after a one-line declaration (`segment a = … ⏎ se|`) may
    // start the next declaration (a continued condition is indented); offered before the rest.
    const atLineStart = (ctx.prefix?.range.start ?? this.input.position).character === 0;
    const previousComplete = p1 !== undefined && (endsValue(p1) || isPunct(p1, "}"));
    if (ctx.depth === 0 && atLineStart && previousComplete && p1.range.end.line < this.input.position.line) this.c.keywords(DECL_KEYWORDS, "0");
    if (isKw(p1, "of") && ctx.prev <= ctx.decl + 2) {
      this.entities();
      return;
    }
    switch (ctx.declKind) {
      case "entity":
        this.entityBody();
        return;
      case "events":
        this.eventsBody();
        return;
      case "test":
        this.testBody();
        return;
    }
    if (ctx.declKind === "segment" && !ctx.inExpr) {
      if (ctx.depth >= 1 && !this.inTagList()) this.c.keywords(["owner", "tags", "deprecated", "where"].filter((k) => !this.blockHas(k)), "1");
      return;
    }
    if (!ctx.inExpr) return;
    this.expression(p1, p2);
  }

  expression(p1: Token | undefined, p2: Token | undefined): void {
    const { ctx } = this;
    // events after did / then / did not / then not / an aggregate's `(`
    if (
      isKw(p1, "did", "then") ||
      (isKw(p1, "not") && isKw(p2, "did", "then")) ||
      (isPunct(p1, "(") && isAggFn(p2))
    ) {
      this.events();
      this.c.add(keyword("any", "2"));
      if (isKw(p1, "did")) this.c.add(keyword("not", "4"));
      return;
    }
    // units after a number; `times` / `days` in a frequency
    if (isNumber(p1)) {
      if (isKw(p2, "least", "most", "exactly", "on")) {
        let onForm = isKw(p2, "on");
        if (isKw(p2, "least", "most")) onForm = isKw(this.tok(3), "on");
        if (isKw(p2, "exactly")) onForm = isKw(this.tok(2), "on");
        this.c.keywords(onForm ? ["days", "day"] : ["times", "time"], "1");
        return;
      }
      // `in last 7 |` wants a unit, `age > 30 |` what follows a value, `signed_up_at > 3 |`
      // a unit again (`3 days ago`): without types, both, units first only where a window
      // or a sequence needs one.
      const durationOnly = isKw(p2, "last", "within");
      const inList = isPunct(p2, ",", "[");
      if (!inList) this.units(Number(p1!.image) === 1, p1!, durationOnly || isKw(p2, "between", "and") ? "0" : "2");
      if (!durationOnly) this.c.keywords(AFTER_VALUE_KEYWORDS, "1");
      return;
    }
    // enum values after `x ==`, `x !=`, `x in [`, `x in [a, `
    const enumValues = this.enumContext();
    if (enumValues) {
      for (const v of enumValues)
        this.c.add({ label: JSON.stringify(v), kind: CompletionItemKind.EnumMember, detail: "enum value", sortText: "0" + v });
    }
    if (isKw(p1, "in")) {
      if (this.isExpectIn()) {
        this.segments();
        return;
      }
      const before = isKw(p2, "not") ? this.tok(2) : p2;
      if (endsValue(before) && !isKw(before, "did", "then")) {
        this.c.add(keyword("last", "1"));
        this.valueNames(["const", "param"], (type) => type.startsWith("list"));
        return;
      }
      this.segments();
      return;
    }
    if (isKw(p1, "last") && isKw(p2, "in")) {
      this.valueNames(["const", "param"], (type) => type === "duration");
      return;
    }
    if (isKw(p1, "at", "on")) {
      this.c.keywords(isKw(p1, "on") ? ["at least", "at most", "exactly"] : ["least", "most"], "1");
      return;
    }
    if (isKw(p1, "starts", "ends")) {
      this.c.keywords(["with"], "1");
      return;
    }
    if (isKw(p1, "is")) {
      this.c.keywords(["set", "not set"], "1");
      return;
    }
    if (isKw(p1, "not") && isKw(p2, "is")) {
      this.c.keywords(["set"], "1");
      return;
    }
    // `between 30 days and 7 days |`: the window's end needs `ago`
    if (isUnit(p1) && isNumber(p2) && isKw(this.tok(2), "and") && isUnit(this.tok(3)) && isNumber(this.tok(4)) && isKw(this.tok(5), "between")) {
      this.c.keywords(["ago"], "1");
      return;
    }
    if (isKw(p1, "has")) {
      this.c.keywords(["any", "all"], "1");
      this.operands();
      return;
    }
    if (isKw(p1, "ignoring")) {
      this.c.keywords(["case"], "1");
      return;
    }
    // after an event step: its clauses
    if (this.isEventStepEnd()) {
      // `within` bounds a step of a sequence: after `then E` only.
      const afterThen = isKw(p2, "then") || (isKw(p2, "not") && isKw(this.tok(2), "then"));
      this.c.keywords(afterThen ? AFTER_STEP_KEYWORDS : AFTER_STEP_KEYWORDS.filter((k) => k !== "within"), "1");
      return;
    }
    if (endsValue(p1) && !isKw(p1, "any")) {
      this.c.keywords(AFTER_VALUE_KEYWORDS, "1");
      if (ctx.aggregate) this.c.keywords(["where", "in last", "before", "after", "between"], "2");
      return;
    }
    if (enumValues && enumValues.length > 0) return;
    this.operands();
  }

  /** Names and keywords that can start an operand. */
  operands(): void {
    const { ctx } = this;
    if (ctx.filterEvent) {
      const ev = this.model.events.get(ctx.filterEvent);
      if (ev) this.properties(ev);
      this.valueNames(["const", "param"]);
      this.c.keywords(["not", "now", "true", "false"], "4");
      return;
    }
    const entity = this.model.entities.get(this.entityOfDecl() ?? "");
    if (entity) this.members(entity);
    this.valueNames(["trait", "const", "param"]);
    this.c.keywords(EXPR_KEYWORDS, "4");
    // Before an existing `(` (`cou|(login)`), the name alone: the snippet would add `()`.
    const next = this.ctx.tokens[this.ctx.prefix ? this.ctx.prev + 2 : this.ctx.prev + 1];
    const parenFollows = next !== undefined && isPunct(next, "(") && cmpPos(next.range.start, this.ctx.prefix?.range.end ?? this.input.position) === 0;
    for (const fn of AGG_FNS)
      this.c.add({
        label: fn,
        kind: CompletionItemKind.Function,
        detail: "aggregate",
        ...(parenFollows ? { insertText: fn } : { insertText: `${fn}($1)`, insertTextFormat: InsertTextFormat.Snippet }),
        command: { title: "signature help", command: "editor.action.triggerParameterHints" },
        sortText: "4" + fn,
      });
  }

  entities(): void {
    for (const e of this.model.entities.values())
      this.c.add({ label: e.name, kind: CompletionItemKind.Class, detail: "entity", documentation: docOf(e.doc), sortText: "1" + e.name });
  }

  members(entity: EntityInfo): void {
    for (const m of entity.members.values()) {
      const qn = `${entity.name}.${m.name}`;
      this.c.add({
        label: m.name,
        kind: m.kind === "relation" ? CompletionItemKind.Reference : CompletionItemKind.Field,
        detail: m.kind === "relation" ? `relation to ${m.target}` : this.typeOf(qn, m.detail),
        documentation: docOf(this.input.symbols?.lookup(qn)?.doc ?? m.doc),
        sortText: "1" + m.name,
      });
    }
  }

  properties(ev: EventInfo): void {
    for (const p of ev.properties.values()) {
      const qn = `${ev.name}.${p.name}`;
      this.c.add({
        label: p.name,
        kind: CompletionItemKind.Property,
        detail: this.typeOf(qn, p.detail),
        documentation: docOf(this.input.symbols?.lookup(qn)?.doc ?? p.doc),
        sortText: "1" + p.name,
      });
    }
  }

  events(): void {
    const entity = this.entityOfDecl();
    // `of account` written: only account's events (another entity's would be SEG1011)
    const strict = this.ctx.declEntity !== undefined && this.model.entities.has(this.ctx.declEntity);
    for (const ev of this.model.events.values()) {
      if (entity && ev.entity !== entity && this.model.entities.has(entity) && (strict || this.model.eventEntities.has(entity))) continue;
      const props = [...ev.properties.values()].map((p) => `${p.name}: ${p.detail}`).join(", ");
      this.c.add({
        label: ev.name,
        kind: CompletionItemKind.Event,
        detail: `event of ${ev.entity}` + (props ? ` { ${props} }` : ""),
        documentation: docOf(this.input.symbols?.lookup(ev.name)?.doc ?? ev.doc),
        sortText: "1" + ev.name,
      });
    }
  }

  /** Segments of the declaration's entity, or of `forEntity` (the record of an `expect`). */
  segments(forEntity?: string): void {
    const entity = forEntity ?? this.entityOfDecl();
    for (const n of this.model.named.values()) {
      if (n.kind !== "segment" || n.name === this.ctx.declName) continue;
      const def = this.input.symbols?.lookup(n.name);
      // `in s` asks for a segment of the same entity (else SEG1011)
      const of = def?.entity ?? n.entity ?? defaultEntity(this.model);
      if (entity && of && of !== entity && this.model.entities.has(entity)) continue;
      this.c.add({
        label: n.name,
        kind: CompletionItemKind.Module,
        detail: n.detail,
        documentation: docOf(def?.doc ?? n.doc),
        tags: n.deprecated ? [1] : undefined,
        sortText: "1" + n.name,
      });
    }
  }

  /** Traits, consts and params of `kinds`; with `typed`, only those of a type it accepts. */
  valueNames(kinds: ("const" | "param" | "trait")[], typed?: (type: string) => boolean): void {
    for (const n of this.model.named.values()) {
      if (!(kinds as string[]).includes(n.kind) || n.name === this.ctx.declName) continue;
      const def = this.input.symbols?.lookup(n.name);
      const type = def?.type ?? n.detail;
      if (typed && type !== "?" && !typed(type)) continue;
      this.c.add({
        label: n.name,
        kind:
          n.kind === "const" ? CompletionItemKind.Constant : n.kind === "param" ? CompletionItemKind.Variable : CompletionItemKind.Value,
        detail: `${n.kind} ${def?.type ?? n.detail}`,
        documentation: docOf(def?.doc ?? n.doc),
        sortText: "2" + n.name,
      });
    }
  }

  /**
   * Duration units after `number`. Right after its last digit (`in last 7|`) a client would
   * take the digits for the word being completed and filter every unit out: the unit is
   * then inserted at the cursor, after a space.
   */
  units(singular: boolean, number?: Token, sort = "0"): void {
    const touching = number !== undefined && cmpPos(number.range.end, this.input.position) === 0;
    for (const u of UNITS) {
      const label = singular ? u : u + "s";
      const insert = touching ? { textEdit: { range: { start: this.input.position, end: this.input.position }, newText: ` ${label}` } } : {};
      this.c.add({ label, kind: CompletionItemKind.Unit, detail: "duration unit", sortText: sort + UNITS.indexOf(u), ...insert });
    }
  }

  /** `account.` → members of the related entity; `purchase.` → properties; `first(e).` → time. */
  memberAccess(): void {
    const { tokens } = this.ctx;
    const dot = this.ctx.prev;
    const obj = tokens[dot - 1];
    if (isPunct(obj, ")")) {
      const open = matchingOpen(tokens, dot - 1);
      if (open > 0 && isKw(tokens[open - 1], "first", "last"))
        this.c.add({ label: "time", kind: CompletionItemKind.Property, detail: "timestamp", sortText: "0" });
      return;
    }
    if (!isWord(obj)) return;
    // the chain a.b.c. before the cursor
    const chain: string[] = [obj!.image];
    let j = dot - 2;
    while (isPunct(tokens[j], ".") && isWord(tokens[j - 1])) {
      chain.unshift(tokens[j - 1]!.image);
      j -= 2;
    }
    if (chain.length === 1) {
      const ev = this.model.events.get(chain[0]!);
      if (ev && !this.ctx.filterEvent) {
        this.properties(ev);
        return;
      }
    }
    let entity = this.model.entities.get(this.entityOfDecl() ?? "");
    for (const name of chain) {
      const m = entity?.members.get(name);
      entity = m?.kind === "relation" ? this.model.entities.get(m.target ?? "") : undefined;
      if (!entity) break;
    }
    if (!entity) return;
    this.members(entity);
    this.traitsOf(entity.name);
  }

  /** The traits of a related entity, which read like its attributes (`account.large_company`). */
  traitsOf(entity: string): void {
    for (const n of this.model.named.values()) {
      if (n.kind !== "trait" || (n.entity ?? defaultEntity(this.model)) !== entity) continue;
      const def = this.input.symbols?.lookup(n.name);
      this.c.add({
        label: n.name,
        kind: CompletionItemKind.Value,
        detail: `trait ${def?.type ?? n.detail}`,
        documentation: docOf(def?.doc ?? n.doc),
        sortText: "2" + n.name,
      });
    }
  }

  /** The enum values allowed where the cursor is, when the left side is an enum. */
  enumContext(): string[] | undefined {
    const { tokens } = this.ctx;
    let k = this.ctx.prev;
    let opIdx = -1;
    if (isCompare(tokens[k]) && isPunct(tokens[k], "==", "!=")) opIdx = k;
    else {
      // inside a list: walk back to the unmatched `[`
      let depth = 0;
      for (; k > this.ctx.decl; k--) {
        const t = tokens[k]!;
        if (isPunct(t, "]", ")")) depth++;
        else if (isPunct(t, "[", "(")) {
          if (depth === 0) break;
          depth--;
        } else if (depth === 0 && !isPunct(t, ",") && !isString(t)) return undefined;
      }
      if (!isPunct(tokens[k], "[")) return undefined;
      if (isKw(tokens[k - 1], "in")) opIdx = isKw(tokens[k - 2], "not") ? k - 2 : k - 1;
      else if (isKw(tokens[k - 1], "any", "all") && isKw(tokens[k - 2], "has")) opIdx = k - 2;
      else return undefined;
    }
    const t = this.typeOfOperandBefore(opIdx);
    if (!t) return undefined;
    const base = t.kind === "list" ? t.element : t;
    if (base.kind !== "enum") return undefined;
    const already = new Set<string>();
    for (let j = opIdx + 1; j <= this.ctx.prev; j++) {
      const tj = tokens[j]!;
      if (isString(tj)) already.add(tj.image.replace(/^"|"$/g, ""));
    }
    return base.values.map((v) => v.value).filter((v) => !already.has(v));
  }

  /** Type of the name (or `a.b` chain) that ends just before token index `end`. */
  typeOfOperandBefore(end: number): TypeRef | undefined {
    const { tokens } = this.ctx;
    const chain: string[] = [];
    let j = end - 1;
    if (!isWord(tokens[j])) return undefined;
    chain.unshift(tokens[j]!.image);
    while (isPunct(tokens[j - 1], ".") && isWord(tokens[j - 2])) {
      chain.unshift(tokens[j - 2]!.image);
      j -= 2;
    }
    if (this.ctx.filterEvent && chain.length === 1) {
      const p = this.model.events.get(this.ctx.filterEvent)?.properties.get(chain[0]!);
      if (p) return p.type;
    }
    if (chain.length === 2) {
      const p = this.model.events.get(chain[0]!)?.properties.get(chain[1]!);
      if (p) return p.type;
    }
    let entity = this.model.entities.get(this.entityOfDecl() ?? "");
    for (let i = 0; i < chain.length && entity; i++) {
      const m = entity.members.get(chain[i]!);
      if (!m) return undefined;
      if (i === chain.length - 1) return m.type;
      entity = m.kind === "relation" ? this.model.entities.get(m.target ?? "") : undefined;
    }
    return undefined;
  }

  /** Inside a string after `plan == "`: the enum values, replacing the string. */
  stringContext(): void {
    const values = this.enumContext();
    const s = this.ctx.inString!;
    if (!values) return;
    for (const v of values)
      this.c.add({
        label: JSON.stringify(v),
        kind: CompletionItemKind.EnumMember,
        detail: "enum value",
        filterText: JSON.stringify(v),
        textEdit: { range: s.range, newText: JSON.stringify(v) },
      });
  }

  isExpectIn(): boolean {
    const t = (o: number) => this.tok(o);
    return (
      (isWord(t(1)) && isKw(t(2), "expect")) || (isKw(t(1), "not") && isWord(t(2)) && isKw(t(3), "expect"))
    );
  }

  /** Inside `tags [ … ]` of a segment block: no keyword fits there. */
  inTagList(): boolean {
    const { tokens } = this.ctx;
    for (let j = this.ctx.prev; j > this.ctx.decl; j--) {
      if (isPunct(tokens[j], "]", "{", "}")) return false;
      if (isPunct(tokens[j], "[")) return isKw(tokens[j - 1], "tags");
    }
    return false;
  }

  /**
   * Whether the segment block already has the item `keyword` (`owner`, `tags`, …): the
   * keyword where an item starts, after the `{` or first on its line (in a condition,
   * `tags has "vip"` is an attribute).
   */
  blockHas(keyword: string): boolean {
    const { tokens } = this.ctx;
    for (let j = this.ctx.decl + 1; j < tokens.length && !isPunct(tokens[j], "}"); j++) {
      const t = tokens[j]!;
      const before = tokens[j - 1]!;
      // after the `{`, first on its line, or after the end of an item on the same line
      // (`owner "x" tags ["a"]`: a string or a `]`)
      const startsItem = isPunct(before, "{", "]") || isString(before) || before.range.end.line < t.range.start.line;
      if (t !== this.ctx.prefix && startsItem && isKw(t, keyword)) return true;
    }
    return false;
  }

  /** The cursor follows `did E`, `did E where P`, `then E`, `did any`... */
  isEventStepEnd(): boolean {
    const p1 = this.tok(0);
    const p2 = this.tok(1);
    if (!isWord(p1)) return false;
    if (isKw(p2, "did", "then")) return true;
    if (isKw(p2, "not") && isKw(this.tok(2), "did", "then")) return true;
    return false;
  }

  entityBody(): void {
    const p1 = this.tok(0);
    if (this.ctx.depth < 1) return;
    if (isPunct(p1, ":") || (isPunct(p1, "<") && isKw(this.tok(1), "list"))) {
      this.c.keywords(["string", "number", "boolean", "timestamp", "enum", "list"], "1");
      if (isPunct(p1, ":")) this.entities();
      return;
    }
    if (isPunct(p1, "(") && isKw(this.tok(1), "timestamp")) {
      this.c.keywords(["unix_seconds", "unix_millis", "iso_text", "native"], "1");
      return;
    }
    if (isPunct(p1, "{") || endsValue(p1) || isPunct(p1, ">", ")")) {
      if (isWord(p1) && isKw(this.tok(1), "via")) return;
      if (!isPunct(p1, "{") && !isString(p1)) this.c.keywords(["column"], "1");
      if (!isPunct(p1, "{") && isWord(p1) && isPunct(this.tok(1), ":")) this.c.keywords(["via"], "1");
      this.c.keywords(["table", "key"], "2");
    }
  }

  eventsBody(): void {
    const p1 = this.tok(0);
    if (this.ctx.depth < 1) return;
    if (isPunct(p1, ":") || (isPunct(p1, "<") && isKw(this.tok(1), "list"))) {
      this.c.keywords(["string", "number", "boolean", "timestamp", "enum", "list"], "1");
      return;
    }
    if (isKw(p1, "time", "name", "properties") || (isWord(p1) && isPunct(this.tok(1), "{", "}"))) {
      this.c.keywords(["column"], "1");
    }
    if (isPunct(p1, "{", "}", ",") || isString(p1) || endsValue(p1)) {
      if (this.ctx.depth === 1) this.c.keywords(["event", "table", "time column", "name column", "properties column"], "2");
      else this.c.keywords(["table", "time column"], "2");
    }
  }

  testBody(): void {
    const p1 = this.tok(0);
    if (isKw(p1, "in")) {
      if (this.isExpectIn()) this.segments(this.testRecords().get(this.tok(isKw(this.tok(1), "not") ? 2 : 1)?.image ?? ""));
      return;
    }
    if (isKw(p1, "expect")) {
      this.records();
      return;
    }
    if (this.ctx.depth === 2 && isPunct(p1, ":") && isWord(this.tok(1))) {
      // a relation's value in a record: the records of its target entity
      const open = this.findOpenBrace();
      const entity = this.model.entities.get(open > 1 ? (this.ctx.tokens[open - 2]?.image ?? "") : "");
      const member = entity?.members.get(this.tok(1)!.image);
      if (member?.kind === "relation") this.records(member.target);
      return;
    }
    if (isKw(p1, "as")) {
      this.c.keywords(["of"], "1");
      return;
    }
    if (isKw(p1, "at")) {
      this.c.keywords(["now"], "1");
      return;
    }
    if (isNumber(p1)) {
      this.units(Number(p1!.image) === 1);
      return;
    }
    if (isWord(p1) && isKw(this.tok(1), "expect")) {
      this.c.keywords(["in", "not in"], "1");
      return;
    }
    if (this.ctx.depth === 1 && (isPunct(p1, "{", "}") || endsValue(p1))) {
      this.c.keywords(["as of", "expect"], "1");
      this.entities();
      return;
    }
    if (this.ctx.depth === 2 && (isPunct(p1, "{", "}") || endsValue(p1) || (isPunct(p1, ",") && !this.inBrackets()))) {
      // inside a record: attributes of its entity, events (also after `field: value,`)
      const open = this.findOpenBrace();
      const entityName = open > 1 ? this.ctx.tokens[open - 2]?.image : undefined;
      const entity = this.model.entities.get(entityName ?? "");
      if (entity) this.members(entity);
      this.events();
      return;
    }
    if (this.ctx.depth === 3 && (isPunct(p1, "{") || (isPunct(p1, ",") && !this.inBrackets()))) {
      // inside an event's properties in a record: `purchase { amount: 5, | }`
      const open = this.findOpenBrace();
      const event = this.model.events.get(open > 0 ? (this.ctx.tokens[open - 1]?.image ?? "") : "");
      if (event) this.properties(event);
    }
  }

  /**
   * The records of the test block around the cursor, alias → entity (`user alice {` at the
   * block's top level), wherever they are in the block: relations may name later records.
   */
  private testRecords(): Map<string, string> {
    const { tokens } = this.ctx;
    const out = new Map<string, string>();
    let depth = 0;
    for (let j = this.ctx.decl + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (isPunct(t, "{")) {
        if (depth === 1 && isWord(tokens[j - 1]) && isWord(tokens[j - 2])) out.set(tokens[j - 1]!.image, tokens[j - 2]!.image);
        depth++;
      } else if (isPunct(t, "}") && --depth === 0) break;
    }
    return out;
  }

  /** The test's records (of `entity` only, when given), for `expect |` and relation values. */
  private records(entity?: string): void {
    for (const [alias, of] of this.testRecords()) {
      if (entity !== undefined && of !== entity) continue;
      this.c.add({ label: alias, kind: CompletionItemKind.Variable, detail: `${of} (test record)`, sortText: "1" + alias });
    }
  }

  /** The cursor is inside `[…]` or `(…)` of the innermost `{…}`: a list's comma, not a field's. */
  private inBrackets(): boolean {
    let depth = 0;
    for (let j = this.findOpenBrace() + 1; j <= this.ctx.prev; j++) {
      const t = this.ctx.tokens[j]!;
      if (isPunct(t, "[", "(")) depth++;
      else if (isPunct(t, "]", ")")) depth--;
    }
    return depth > 0;
  }

  private findOpenBrace(): number {
    let depth = 0;
    for (let j = this.ctx.prev; j >= 0; j--) {
      const t = this.ctx.tokens[j]!;
      if (isPunct(t, "}")) depth++;
      else if (isPunct(t, "{")) {
        if (depth === 0) return j;
        depth--;
      }
    }
    return -1;
  }
}
