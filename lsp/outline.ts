/** Document symbols (outline), workspace symbols and folding ranges, from ASTs. */
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type SymbolInformation,
} from "vscode-languageserver/node";
import type { Range, SegFile } from "../grammar/ast.ts";
import type { Comment, SymbolDef, Token } from "./frontend.ts";
import { pathToUri } from "./uris.ts";
import { typeText } from "./model.ts";
import { cmpPos } from "./positions.ts";

function sym(name: string, kind: SymbolKind, range: Range, selection: Range, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  // the selection range must lie inside the full range
  const full = cmpPos(selection.start, range.start) < 0 || cmpPos(range.end, selection.end) < 0 ? selection : range;
  return { name: name || "?", kind, range: full, selectionRange: selection, detail, children };
}

export function documentSymbols(file: SegFile): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const d of file.declarations) {
    switch (d.kind) {
      case "entity":
        out.push(
          sym(
            d.name.text,
            SymbolKind.Class,
            d.range,
            d.name.range,
            "entity",
            d.members.map((m) =>
              m.kind === "relation"
                ? sym(m.name.text, SymbolKind.Field, m.range, m.name.range, `→ ${m.target.text}`)
                : sym(m.name.text, m.kind === "key" ? SymbolKind.Key : SymbolKind.Field, m.range, m.name.range, typeText(m.type)),
            ),
          ),
        );
        break;
      case "events":
        out.push(
          sym(
            `events of ${d.entity.text}`,
            SymbolKind.Namespace,
            d.range,
            d.entity.range,
            d.table?.value,
            d.events.map((e) =>
              sym(
                e.name.text,
                SymbolKind.Event,
                e.range,
                e.name.range,
                "event",
                e.properties.map((p) => sym(p.name.text, SymbolKind.Property, p.range, p.name.range, typeText(p.type))),
              ),
            ),
          ),
        );
        break;
      case "const":
        out.push(sym(d.name.text, SymbolKind.Constant, d.range, d.name.range, "const"));
        break;
      case "param":
        out.push(sym(d.name.text, SymbolKind.Variable, d.range, d.name.range, "param"));
        break;
      case "trait":
        out.push(sym(d.name.text, SymbolKind.Function, d.range, d.name.range, "trait"));
        break;
      case "segment":
        out.push(sym(d.name.text, SymbolKind.Module, d.range, d.name.range, d.owner ? `segment · ${d.owner.value}` : "segment"));
        break;
      case "test":
        out.push(sym(`test ${JSON.stringify(d.name.value)}`, SymbolKind.Method, d.range, d.name.range, "test"));
        break;
    }
  }
  return out;
}

const KIND_OF: Record<string, SymbolKind> = {
  entity: SymbolKind.Class,
  attribute: SymbolKind.Field,
  key: SymbolKind.Key,
  relation: SymbolKind.Field,
  events: SymbolKind.Namespace,
  event: SymbolKind.Event,
  property: SymbolKind.Property,
  const: SymbolKind.Constant,
  param: SymbolKind.Variable,
  trait: SymbolKind.Function,
  segment: SymbolKind.Module,
  test: SymbolKind.Method,
};

/** Case-insensitive subsequence match (`pwu` finds `power_users`). */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  let i = 0;
  for (let j = 0; j < n.length && i < q.length; j++) if (n[j] === q[i]) i++;
  return i === q.length;
}

export function workspaceSymbols(defs: readonly SymbolDef[], query: string, uriOf: (file: string) => string = pathToUri, limit = 1000): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const d of defs) {
    // test records are local names, like a function's variables: every test has its `alice`
    if (d.kind === "events" || d.kind === "record") continue;
    if (!fuzzyMatch(query, d.qualifiedName)) continue;
    const dot = d.qualifiedName.lastIndexOf(".");
    out.push({
      name: d.name,
      kind: KIND_OF[d.kind] ?? SymbolKind.Variable,
      location: { uri: uriOf(d.file), range: d.nameRange },
      containerName: dot > 0 ? d.qualifiedName.slice(0, dot) : d.kind,
      tags: d.deprecated ? [1] : undefined,
    });
    if (out.length >= limit) break;
  }
  return out;
}

export function foldingRanges(file: SegFile, comments: readonly Comment[], tokens: readonly Token[]): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (r: Range, kind?: FoldingRangeKind) => {
    if (r.end.line > r.start.line) out.push({ startLine: r.start.line, endLine: r.end.line, kind });
  };
  for (const d of file.declarations) {
    add(d.range);
    if (d.kind === "events") for (const e of d.events) add(e.range);
    if (d.kind === "test") for (const r of d.records) add(r.range);
  }
  // Block comments, and runs of line comments alone on their lines: a comment after code
  // ends a run (folding it would hide the code).
  const codeLines = new Set<number>();
  for (const t of tokens) for (let l = t.range.start.line; l <= t.range.end.line; l++) codeLines.add(l);
  let run: Range | undefined;
  for (const c of comments) {
    if (c.kind === "block") {
      // code after the comment's end on its last line stays visible
      const end = codeLines.has(c.range.end.line) ? c.range.end.line - 1 : c.range.end.line;
      add({ start: c.range.start, end: { line: end, character: 0 } }, FoldingRangeKind.Comment);
      continue;
    }
    const alone = !codeLines.has(c.range.start.line);
    if (run && alone && c.range.start.line === run.end.line + 1) run = { start: run.start, end: c.range.end };
    else {
      if (run) add(run, FoldingRangeKind.Comment);
      run = alone ? c.range : undefined;
    }
  }
  if (run) add(run, FoldingRangeKind.Comment);
  return out;
}
