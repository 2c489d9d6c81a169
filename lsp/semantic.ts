/**
 * Semantic tokens (full document): keywords, literals, comments from the lexer; names
 * classified by what they name (segment, trait, const, event, attribute...) using the
 * project's names from fresh parses.
 */
import type { SemanticTokens, SemanticTokensLegend } from "vscode-languageserver/node";
import type { Comment, Token } from "./frontend.ts";
import type { ProjectModel } from "./model.ts";
import { cmpPos } from "./positions.ts";
import { AGG_FNS, DECL_KEYWORDS, isCompare, isKw, isNumber, isPunct, isString, isTime, isUnit } from "./tokens.ts";

export const TOKEN_TYPES = [
  "keyword",
  "string",
  "number",
  "comment",
  "variable",
  "property",
  "function",
  "type",
  "enumMember",
  "event",
  "class",
  "operator",
  "parameter",
  "namespace",
] as const;
export const TOKEN_MODIFIERS = ["declaration", "readonly", "deprecated", "documentation", "defaultLibrary"] as const;

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TT = (typeof TOKEN_TYPES)[number];
type TM = (typeof TOKEN_MODIFIERS)[number];

const T = (t: TT): number => TOKEN_TYPES.indexOf(t);
const M = (...ms: TM[]): number => ms.reduce((acc, m) => acc | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);

interface Item {
  line: number;
  char: number;
  length: number;
  type: number;
  mods: number;
}

const NAME_AFTER = new Set([...DECL_KEYWORDS, "event", "key"]);

/** Every name the project declares (attributes, keys, relations, events, properties, segments, …). */
function declaredNames(model: ProjectModel): Set<string> {
  const names = new Set([...model.named.keys(), ...model.events.keys(), ...model.entities.keys()]);
  for (const e of model.entities.values()) for (const m of e.members.keys()) names.add(m);
  for (const e of model.events.values()) for (const p of e.properties.keys()) names.add(p);
  return names;
}

/**
 * A soft keyword the project uses as a name (`tags`, `owner`, `count`, `time`, `table`,
 * `key`), where the keyword would be followed by what it takes (`owner "x"`, `tags [`,
 * `count(`, `time column`, `key id`, `segment s {`).
 */
function softKeywordAsName(t: Token, next: Token | undefined, names: Set<string>): boolean {
  if (!names.has(t.image)) return false;
  return next === undefined || !(isString(next) || isPunct(next, "[", "(", "{", ":") || isKw(next, "column") || next.type === "Identifier");
}

export function semanticTokens(tokens: readonly Token[], comments: readonly Comment[], model: ProjectModel): SemanticTokens {
  const items: Item[] = [];
  const names = declaredNames(model);
  const push = (t: { range: Token["range"]; image: string }, type: number, mods = 0) => {
    if (t.range.start.line === t.range.end.line) {
      items.push({ line: t.range.start.line, char: t.range.start.character, length: t.range.end.character - t.range.start.character, type, mods });
      return;
    }
    // multi-line token (block comment): one item per line
    const lines = t.image.split(/\r\n|\r|\n/);
    lines.forEach((text, k) => {
      if (text.length === 0) return;
      items.push({ line: t.range.start.line + k, char: k === 0 ? t.range.start.character : 0, length: text.length, type, mods });
    });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (isString(t)) push(t, T("string"));
    else if (isNumber(t) || isTime(t)) push(t, T("number"));
    else if (isCompare(t) || isPunct(t, "+", "-", "*", "/", "=")) push(t, T("operator"));
    else if (t.type === "Identifier" || t.type.startsWith("Kw_")) {
      const asName =
        t.type === "Identifier" ||
        isPunct(prev, ".") ||
        isPunct(next, ":") ||
        (isKw(prev, ...NAME_AFTER) && !isPunct(next, "(") && prev!.range.end.line === t.range.start.line) ||
        softKeywordAsName(t, next, names);
      if (!asName) {
        if (isKw(t, ...AGG_FNS, "days_since") && isPunct(next, "(")) push(t, T("function"), M("defaultLibrary"));
        else if (isUnit(t)) push(t, T("keyword"));
        else if (isKw(t, "true", "false", "now")) push(t, T("keyword"));
        else if (isKw(t, "string", "number", "boolean", "timestamp", "enum", "list")) push(t, T("type"), M("defaultLibrary"));
        else push(t, T("keyword"));
        continue;
      }
      const decl = isKw(prev, ...NAME_AFTER) || isPunct(next, ":") ? M("declaration") : 0;
      const named = model.named.get(t.image);
      if (isPunct(prev, ".")) push(t, T("property"));
      else if (isKw(prev, "segment") || named?.kind === "segment")
        push(t, T("class"), decl | (named?.deprecated ? M("deprecated") : 0));
      else if (isKw(prev, "trait") || named?.kind === "trait") push(t, T("function"), decl);
      else if (isKw(prev, "const") || named?.kind === "const") push(t, T("variable"), decl | M("readonly"));
      else if (isKw(prev, "param") || named?.kind === "param") push(t, T("parameter"), decl | M("readonly"));
      else if (isKw(prev, "event") || (model.events.has(t.image) && !isPunct(next, ":"))) push(t, T("event"), decl);
      else if (isKw(prev, "entity") || (model.entities.has(t.image) && !isPunct(next, ":"))) push(t, T("type"), decl);
      else if (isKw(prev, "test")) push(t, T("string"));
      else push(t, T("property"), decl);
    }
  }
  for (const c of comments) push({ range: c.range, image: c.text }, T("comment"), c.kind === "doc" ? M("documentation") : 0);

  items.sort((a, b) => cmpPos({ line: a.line, character: a.char }, { line: b.line, character: b.char }));
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const it of items) {
    const dl = it.line - line;
    const dc = dl === 0 ? it.char - char : it.char;
    if (dl < 0 || (dl === 0 && dc < 0)) continue; // overlapping (never expected)
    data.push(dl, dc, it.length, it.type, it.mods);
    line = it.line;
    char = it.char;
  }
  return { data };
}
