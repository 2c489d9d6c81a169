/**
 * What does the word at the cursor name? First from the latest completed check (the
 * checker's resolved references), when the file has not changed since; otherwise by name
 * from the fresh parses (`ProjectModel`), which is what completion uses too.
 */
import type { Position, Range } from "../grammar/ast.ts";
import type { SymbolDef, SymbolIndex, Token } from "./frontend.ts";
import { cursorContext } from "./context.ts";
import { defaultEntity, type ProjectModel } from "./model.ts";
import { touches } from "./positions.ts";
import { isKw, isPunct, isString, isWord, lastTokenBefore } from "./tokens.ts";

export interface Resolved {
  /** Qualified name as the checker spells it: `user.country`, `purchase.amount`, `ltv`. */
  qualifiedName: string;
  /** The word under the cursor. */
  range: Range;
  def?: SymbolDef;
}

/** The word token touching `pos` (the cursor may be right after it). */
export function wordAt(tokens: readonly Token[], pos: Position): Token | undefined {
  const i = lastTokenBefore(tokens, { line: pos.line, character: pos.character + 1 });
  const t = tokens[i];
  if (t && isWord(t) && touches(t.range, pos)) return t;
  const u = tokens[i - 1];
  if (u && isWord(u) && touches(u.range, pos)) return u;
  return undefined;
}

export function resolveFromIndex(symbols: SymbolIndex, file: string, pos: Position): Resolved | undefined {
  const ref = symbols.referenceAt(file, pos);
  if (ref) return { qualifiedName: ref.target, range: ref.range, def: symbols.lookup(ref.target) };
  const def = symbols.definitionAt(file, pos);
  if (def && touches(def.nameRange, pos)) return { qualifiedName: def.qualifiedName, range: def.nameRange, def };
  return undefined;
}

export function resolveByName(
  file: string,
  tokens: readonly Token[],
  pos: Position,
  model: ProjectModel,
  symbols?: SymbolIndex,
): Resolved | undefined {
  const w = wordAt(tokens, pos);
  if (!w) return undefined;
  const i = tokens.indexOf(w);
  // A segment block's `tags [...]`, `owner "…"`, `deprecated "…"`: keywords, even in a
  // project with an attribute `tags`.
  if ((isKw(w, "tags") && isPunct(tokens[i + 1], "[")) || (isKw(w, "owner", "deprecated") && isString(tokens[i + 1]))) return undefined;
  const name = w.image;
  const withDef = (qn: string): Resolved => ({ qualifiedName: qn, range: w.range, def: symbols?.lookup(qn) });
  const ctx = cursorContext(tokens, w.range.end);
  const entityName = ctx.declEntity ?? (ctx.declName ? model.named.get(ctx.declName)?.entity : undefined) ?? defaultEntity(model);

  if (isPunct(tokens[i - 1], ".") && isWord(tokens[i - 2])) {
    const objName = tokens[i - 2]!.image;
    const ev = model.events.get(objName);
    if (ev?.properties.has(name)) return withDef(`${objName}.${name}`);
    // relation chain
    const chain: string[] = [objName];
    let j = i - 3;
    while (isPunct(tokens[j], ".") && isWord(tokens[j - 1])) {
      chain.unshift(tokens[j - 1]!.image);
      j -= 2;
    }
    let entity = model.entities.get(entityName ?? "");
    for (const c of chain) {
      const m = entity?.members.get(c);
      entity = m?.kind === "relation" ? model.entities.get(m.target ?? "") : undefined;
    }
    if (entity?.members.has(name)) return withDef(`${entity.name}.${name}`);
    return undefined;
  }
  if (ctx.filterEvent) {
    const ev = model.events.get(ctx.filterEvent);
    if (ev?.properties.has(name)) return withDef(`${ev.name}.${name}`);
  }
  // inside an entity or event declaration: its members
  for (const e of model.entities.values())
    for (const m of e.members.values()) if (m.file === file && sameStart(m.nameRange, w.range)) return withDef(`${e.name}.${m.name}`);
  for (const ev of model.events.values()) {
    if (ev.file === file && sameStart(ev.nameRange, w.range)) return withDef(ev.name);
    for (const p of ev.properties.values()) if (p.file === file && sameStart(p.nameRange, w.range)) return withDef(`${ev.name}.${p.name}`);
  }
  if (model.named.has(name)) return withDef(name);
  if (model.events.has(name)) return withDef(name);
  const entity = model.entities.get(entityName ?? "");
  if (entity?.members.has(name)) return withDef(`${entity.name}.${name}`);
  if (model.entities.has(name)) return withDef(name);
  return undefined;
}

function sameStart(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character;
}
