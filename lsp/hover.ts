/** Hover: type and doc of what the cursor names; for segments owner, tags and SQL preview. */
import type { Hover } from "vscode-languageserver/node";
import type { Range } from "../grammar/ast.ts";
import type { ParseResult } from "../grammar/index.ts";
import type { SymbolDef } from "./frontend.ts";
import type { ProjectModel } from "./model.ts";
import { SIGS } from "./signature.ts";

export interface HoverInfo {
  qualifiedName: string;
  range: Range;
  def?: SymbolDef;
}

function fence(lang: string, text: string): string {
  return "```" + lang + "\n" + text + "\n```";
}

/** The first line of a hover: how the thing is declared. */
function signature(qn: string, def: SymbolDef | undefined, model: ProjectModel): { head: string; doc?: string; kind?: string } {
  if (def) {
    const t = def.type ? `: ${def.type}` : "";
    switch (def.kind) {
      case "attribute":
      case "key":
        return { head: `${def.kind === "key" ? "key" : "attribute"} ${def.qualifiedName}${t}`, doc: def.doc, kind: def.kind };
      case "relation":
        return { head: `relation ${def.qualifiedName}${t ? ` → ${def.type}` : ""}`, doc: def.doc, kind: def.kind };
      case "property":
        return { head: `property ${def.qualifiedName}${t}`, doc: def.doc, kind: def.kind };
      case "event": {
        const ev = model.events.get(def.name);
        const props = ev ? [...ev.properties.values()].map((p) => `${p.name}: ${p.detail}`).join(", ") : "";
        return {
          head: `event ${def.name}${props ? ` { ${props} }` : ""}${def.entity ? `  // of ${def.entity}` : ""}`,
          doc: def.doc,
          kind: def.kind,
        };
      }
      case "segment":
        return { head: `segment ${def.name}${def.entity ? ` of ${def.entity}` : ""}`, doc: def.doc, kind: def.kind };
      case "trait":
        return { head: `trait ${def.name}${t}${def.entity ? `  // of ${def.entity}` : ""}`, doc: def.doc, kind: def.kind };
      case "record": {
        const test = def.qualifiedName.slice("test:".length, def.qualifiedName.length - def.name.length - 1);
        return { head: `${def.entity ?? "record"} ${def.name}  // a record of test ${JSON.stringify(test)}`, kind: def.kind };
      }
      default:
        return { head: `${def.kind} ${def.qualifiedName}${t}`, doc: def.doc, kind: def.kind };
    }
  }
  // from the fresh parses only
  const dot = qn.indexOf(".");
  if (dot > 0) {
    const a = qn.slice(0, dot);
    const b = qn.slice(dot + 1);
    const p = model.events.get(a)?.properties.get(b);
    if (p) return { head: `property ${qn}: ${p.detail}`, doc: p.doc, kind: "property" };
    const m = model.entities.get(a)?.members.get(b);
    if (m)
      return {
        head: m.kind === "relation" ? `relation ${qn} → ${m.target}` : `${m.kind} ${qn}: ${m.detail.replace(/^key /, "")}`,
        doc: m.doc,
        kind: m.kind,
      };
  }
  const n = model.named.get(qn);
  if (n) {
    if (n.kind === "segment") return { head: `segment ${n.name}${n.entity ? ` of ${n.entity}` : ""}`, doc: n.doc, kind: "segment" };
    return { head: `${n.kind} ${n.name}: ${n.detail}`, doc: n.doc, kind: n.kind };
  }
  const ev = model.events.get(qn);
  if (ev) {
    const props = [...ev.properties.values()].map((p) => `${p.name}: ${p.detail}`).join(", ");
    return { head: `event ${ev.name}${props ? ` { ${props} }` : ""}  // of ${ev.entity}`, doc: ev.doc, kind: "event" };
  }
  const en = model.entities.get(qn);
  if (en) return { head: `entity ${en.name}`, doc: en.doc, kind: "entity" };
  return { head: qn };
}

/**
 * The source text of a const's or param's value (`30 days`, `["US", "CA"]`), from the
 * parse of its file: its tokens with the spacing they had on the line (one space across
 * lines), shortened past 120 characters.
 */
export function declaredValue(parsed: ParseResult, name: string): string | undefined {
  const decl = parsed.file.declarations.find((d) => (d.kind === "const" || d.kind === "param") && d.name.text === name);
  if (!decl || (decl.kind !== "const" && decl.kind !== "param") || !decl.value) return undefined;
  const { start, end } = decl.value.range;
  const before = (a: Range["start"], b: Range["start"]): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const tokens = parsed.tokens.filter((t) => before(start, t.range.start) && before(t.range.end, end));
  if (tokens.length === 0) return undefined;
  let text = "";
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev) text += prev.range.end.line === t.range.start.line ? " ".repeat(Math.max(0, t.range.start.character - prev.range.end.character)) : " ";
    text += t.image;
  });
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

export function hoverContent(
  info: HoverInfo,
  model: ProjectModel,
  sqlPreview: (segment: string) => { dialect: string; sql: string | undefined } | undefined,
  /** A const's or param's value as written (declaredValue), shown after its type. */
  value?: string,
): Hover {
  const sig = signature(info.qualifiedName, info.def, model);
  const parts: string[] = [fence("seg", value === undefined ? sig.head : `${sig.head} = ${value}`)];
  if (sig.doc) parts.push(sig.doc);
  if (sig.kind === "segment") {
    const named = model.named.get(info.qualifiedName);
    const owner = info.def?.owner ?? named?.owner;
    const tags = info.def?.tags ?? named?.tags;
    const deprecated = info.def?.deprecated ?? (named?.deprecated ? true : undefined);
    const meta: string[] = [];
    if (owner) meta.push(`**owner** ${owner}`);
    if (tags && tags.length > 0) meta.push(`**tags** ${tags.map((t) => "`" + t + "`").join(", ")}`);
    if (meta.length > 0) parts.push(meta.join(" · "));
    if (deprecated) parts.push(`**deprecated**${typeof deprecated === "string" ? `: ${deprecated}` : ""}`);
    const preview = sqlPreview(info.qualifiedName);
    if (preview?.sql) parts.push(`SQL (${preview.dialect}):\n\n` + fence("sql", preview.sql.trimEnd()));
  }
  return { contents: { kind: "markdown", value: parts.join("\n\n---\n\n") }, range: info.range };
}

/** What the language's keywords mean, for a hover on one (aggregates: their signature). */
const KEYWORD_DOCS: Record<string, string> = {
  did: "`did <event> [where …] [<window>] [<frequency>]`: the record has a matching event. `did not` is its complement.",
  then: "`did A then B within <duration>`: a sequence; each step strictly after the one before, at most the duration later. `then not B`: no B followed within the duration.",
  within: "Bounds a sequence step: `then purchase within 7 days` (inclusive).",
  where: "In a segment block: its condition. After an event: a filter on its properties (`did purchase where amount > 100`).",
  in: "`in <segment>`: membership of another segment of the same entity. `x in [..]`: one of the values. `in last <duration>`: a window.",
  last: "`in last <duration>`: events after `as_of − duration`, up to `as_of`. `last(e.p)`: the latest matching event's property.",
  between: "`x between a and b` (inclusive). As a window: `between 60 days and 30 days ago`.",
  before: "After an event or aggregate, a window: events before the time (exclusive). After a time value: earlier than (`signed_up_at before 30 days ago`).",
  after: "After an event or aggregate, a window: events after the time (exclusive). After a time value: later than.",
  ago: "`<duration> ago`: the time that long before `as_of`.",
  now: "The evaluation instant (`as_of`), never the wall clock of the machine.",
  not: "The complement: a condition on a missing value is false, and `not` of it is true.",
  and: "Both conditions.",
  or: "Either condition.",
  is: "`x is set` / `x is not set`: whether the value is present (there is no null).",
  has: "`list has x`, `has any [..]`, `has all [..]`: membership in a list attribute (exact, no `ignoring case`).",
  contains: "`s contains \"x\"`: a substring (case-sensitive unless `ignoring case`).",
  starts: "`s starts with \"x\"`.",
  ends: "`s ends with \"x\"`.",
  matches: "`s matches \"regex\"`: a search with the portable regex subset (docs/language.md).",
  ignoring: "`ignoring case`: ASCII case folding for string comparisons.",
  at: "`at least <n> times` / `at most <n> times` in a frequency; `<event> at <time>` in a test record.",
  exactly: "`exactly <n> times` in a frequency.",
  times: "A frequency counts matching events: `at least 3 times`.",
  on: "`on at least <n> days`: a frequency of distinct UTC days.",
  any: "`did any`, `count(any)`: events of every name, declared or not.",
};

/** The hover of a keyword under the cursor (no name resolved there), or null. */
export function keywordHover(word: { type: string; range: Range }, next: { image: string } | undefined): Hover | null {
  if (!word.type.startsWith("Kw_")) return null;
  const name = word.type.slice(3);
  // `last(` is the aggregate, `in last` the window
  const sig = next?.image === "(" ? SIGS[name] : undefined;
  const text = sig ? `${fence("seg", sig.label)}\n\n${sig.doc}` : KEYWORD_DOCS[name];
  return text === undefined ? null : { contents: { kind: "markdown", value: text }, range: word.range };
}
