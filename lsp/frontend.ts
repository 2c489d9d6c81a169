/**
 * The one place where the language server touches the compiler and the grammar: their
 * public APIs (`compiler/index.ts`, `grammar/index.ts`), wrapped so that a change of shape
 * is adapted here only. Nothing here throws: a compiler crash becomes `undefined` (the
 * server keeps answering from what it had).
 */
import type { Range } from "../grammar/ast.ts";
import {
  KEYWORDS as COMPILER_KEYWORDS,
  ProjectChecker,
  format,
  lineBreaks,
  parse,
  type CheckResult,
  type IRProject,
  type SymbolDef,
  SymbolIndex,
  type SymbolRef,
} from "../compiler/index.ts";
import { compileSegment, getDialect } from "../compiler/sql/index.ts";


export { lineBreaks, SymbolIndex };
export type { CheckResult, SymbolDef, SymbolRef };

export interface Token {
  /** Chevrotain token type name: `Identifier`, `Kw_did`, `StringLit`, `NumberLit`, `Dot`... */
  type: string;
  range: Range;
  image: string;
}

/** A comment as the parser reports it (`kind`: line, block or doc). */
export interface Comment {
  text: string;
  range: Range;
  kind: string;
}

export type ParseResult = ReturnType<typeof parse>;
export type { IRProject };

export const KEYWORDS: readonly string[] = COMPILER_KEYWORDS;

export function parseText(text: string, path: string): ParseResult {
  return parse(text, path);
}

export interface Checker {
  update(path: string, text: string): void;
  remove(path: string): void;
  check(): CheckResult;
  /** The checker's own parse of a file's current text (saves parsing twice). */
  parsed?(path: string): ParseResult | undefined;
}

export function createChecker(): Checker {
  return new ProjectChecker();
}

/** The formatted text, or undefined when the formatter refuses (syntax errors) or fails. */
export function formatText(text: string, path: string): string | undefined {
  try {
    const out = format(text, path);
    if (out.diagnostics.some((d) => d.severity === "error")) return undefined;
    return out.text;
  } catch {
    return undefined;
  }
}

/** The SQL that `seg compile` would print for one segment, or undefined. */
export function previewSql(result: CheckResult, segment: string, dialect: string): string | undefined {
  try {
    if (!result.ir.segments.some((s) => s.name === segment)) return undefined;
    return compileSegment(result.ir, segment, getDialect(dialect), { emit: "select" });
  } catch (e) {
    return `-- no preview: ${e instanceof Error ? e.message : String(e)}`;
  }
}
