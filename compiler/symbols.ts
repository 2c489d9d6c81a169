/** The symbol index the language server uses: every definition and every resolved use. */
import type { Position, Range } from "../grammar/ast.ts";
import { inRange } from "./check/types.ts";

export type SymbolKind =
  | "entity"
  | "attribute"
  | "key"
  | "relation"
  | "events"
  | "event"
  | "property"
  | "const"
  | "param"
  | "trait"
  | "segment"
  | "test"
  /** A record of a `test` block (`user alice { … }`): qualifiedName `test:<test name>.<alias>`. */
  | "record";

export interface SymbolDef {
  kind: SymbolKind;
  name: string;
  /** Project-unique: `user`, `user.country`, `purchase.amount`, `power_users`, `events:user`. */
  qualifiedName: string;
  file: string;
  /** The whole declaration. */
  range: Range;
  nameRange: Range;
  /** Display type: `number`, `enum("free", "pro")`, `list<string>`, `account` (relations). */
  type?: string;
  doc?: string;
  /** The entity an attribute, event, trait or segment belongs to. */
  entity?: string;
  owner?: string;
  tags?: string[];
  deprecated?: string | true;
}

export interface SymbolRef {
  file: string;
  range: Range;
  /** The qualifiedName of the definition. */
  target: string;
}

function size(r: Range): number {
  return (r.end.line - r.start.line) * 100_000 + (r.end.character - r.start.character);
}

export class SymbolIndex {
  readonly byName = new Map<string, SymbolDef>();
  constructor(
    readonly definitions: SymbolDef[],
    readonly references: SymbolRef[],
  ) {
    for (const d of definitions) if (!this.byName.has(d.qualifiedName)) this.byName.set(d.qualifiedName, d);
  }

  /** The definition whose name is at `position` (innermost declaration when none). */
  definitionAt(file: string, position: Position): SymbolDef | undefined {
    let best: SymbolDef | undefined;
    for (const d of this.definitions) {
      if (d.file !== file) continue;
      if (inRange(d.nameRange, position)) return d;
      if (inRange(d.range, position) && (!best || size(d.range) < size(best.range))) best = d;
    }
    return best;
  }

  /** The resolved name use at `position`, if any. */
  referenceAt(file: string, position: Position): SymbolRef | undefined {
    let best: SymbolRef | undefined;
    for (const r of this.references) {
      if (r.file === file && inRange(r.range, position) && (!best || size(r.range) < size(best.range))) best = r;
    }
    return best;
  }

  /** The definition a qualified name points at. */
  lookup(qualifiedName: string): SymbolDef | undefined {
    return this.byName.get(qualifiedName);
  }

  /** Every use of a definition (not including the definition itself). */
  referencesTo(qualifiedName: string): SymbolRef[] {
    return this.references.filter((r) => r.target === qualifiedName);
  }
}
