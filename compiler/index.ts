/**
 * The public API of the compiler front end: everything lsp/, cli/ and the tests import.
 * Backends (compiler/sql, compiler/js) take the `IRProject` that `checkProject` returns.
 */
export { parse, tokenAt, tokenIndexBefore, KEYWORDS, HARD_KEYWORDS, LineMap } from "../grammar/index.ts";
export type { ParseResult, Comment, TokenInfo } from "../grammar/index.ts";
export { format, lineBreaks, type FormatResult, type LineBreak } from "../grammar/format.ts";
export type * from "../grammar/ast.ts";
export type { Diagnostic, Fix, Severity, TextEdit } from "../grammar/diagnostic.ts";
export { loadProject, type LoadOptions, type SourceFile } from "./project.ts";
export { checkProject, ProjectChecker, type CheckResult, type CheckOptions } from "./checker.ts";
export { SymbolIndex, type SymbolDef, type SymbolRef, type SymbolKind } from "./symbols.ts";
export * from "./ir.ts";
export { didYouMean } from "./check/types.ts";
export { SEG_VERSION } from "./version.ts";
