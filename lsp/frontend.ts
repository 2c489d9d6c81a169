/**
 * The one place where the language server touches the compiler and the grammar: their
 * public APIs (`compiler/index.ts`, `grammar/index.ts`), wrapped so that a change of shape
 * is adapted here only. Nothing here throws: a compiler crash becomes `undefined` (the
 * server keeps answering from what it had).
 */
import type { Range } from "../grammar/ast.ts";
import type { Diagnostic } from "../grammar/diagnostic.ts";
import {
  KEYWORDS as COMPILER_KEYWORDS,
  ProjectChecker,
  parse,
  type CheckResult,
  type IRProject,
  type SymbolDef,
  type SymbolIndex,
  type SymbolRef,
} from "../compiler/index.ts";

// The formatter and the SQL backend are loaded lazily: the server starts (and answers
// everything else) even when one of them is missing or fails to load.
type FormatFn = (text: string) => unknown;
type CompileSegmentFn = (ir: IRProject, name: string, dialect: string, options: { emit: "select" }) => unknown;
let formatFn: FormatFn | undefined;
let compileSegmentFn: CompileSegmentFn | undefined;
const FORMAT_MODULE = "../grammar/format.ts";
const SQL_MODULE = "../compiler/sql/index.ts";

/** Loads the optional parts (formatter, SQL backend); safe to call more than once. */
export async function loadOptional(): Promise<{ format: boolean; sql: boolean }> {
  if (!formatFn) {
    try {
      const m = (await import(FORMAT_MODULE)) as { format?: FormatFn };
      formatFn = m.format;
    } catch {
      formatFn = undefined;
    }
  }
  if (!compileSegmentFn) {
    try {
      const m = (await import(SQL_MODULE)) as { compileSegment?: CompileSegmentFn };
      compileSegmentFn = m.compileSegment;
    } catch {
      compileSegmentFn = undefined;
    }
  }
  return { format: !!formatFn, sql: !!compileSegmentFn };
}

export type { CheckResult, SymbolDef, SymbolIndex, SymbolRef };

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
export function formatText(text: string): string | undefined {
  try {
    if (!formatFn) return undefined;
    const out: unknown = formatFn(text);
    if (typeof out === "string") return out;
    if (out && typeof out === "object" && "text" in out && typeof (out as { text: unknown }).text === "string") {
      const o = out as { text: string; diagnostics?: Diagnostic[] };
      if (o.diagnostics && o.diagnostics.some((d) => d.severity === "error")) return undefined;
      return o.text;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** The SQL that `seg compile` would print for one segment, or undefined. */
export function previewSql(result: CheckResult, segment: string, dialect: string): string | undefined {
  try {
    if (!result.ir || !compileSegmentFn) return undefined;
    const out: unknown = compileSegmentFn(result.ir, segment, dialect, { emit: "select" });
    if (typeof out === "string") return out;
    if (out && typeof out === "object" && "sql" in out) return String((out as { sql: unknown }).sql);
    return undefined;
  } catch {
    return undefined;
  }
}

export function diagnosticsOf(p: ParseResult): Diagnostic[] {
  return p.diagnostics;
}
