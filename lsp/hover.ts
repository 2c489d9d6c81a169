/** Hover: type and doc of what the cursor names; for segments owner, tags and SQL preview. */
import type { Hover } from "vscode-languageserver/node";
import type { Range } from "../grammar/ast.ts";
import type { SymbolDef } from "./frontend.ts";
import type { ProjectModel } from "./model.ts";

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

export function hoverContent(
  info: HoverInfo,
  model: ProjectModel,
  sqlPreview: (segment: string) => { dialect: string; sql: string | undefined } | undefined,
): Hover {
  const sig = signature(info.qualifiedName, info.def, model);
  const parts: string[] = [fence("seg", sig.head)];
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
