import type { Range } from "./ast.ts";

export type Severity = "error" | "warning" | "info";

/** A suggested edit: replace `range` in `file` by `newText`. */
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** Short imperative title, shown as a code action ("Change to `country`"). */
  title: string;
  edits: TextEdit[];
}

/**
 * What every stage reports instead of throwing. Ranges are zero-based and LSP-shaped, so
 * the CLI (which prints 1-based line:column) and the language server show the same thing.
 */
export interface Diagnostic {
  /** Stable code, e.g. `SEG1001`; documented in docs/diagnostics.md. */
  code: string;
  severity: Severity;
  message: string;
  /** The file the range is in (path as given to the parser). */
  file: string;
  range: Range;
  fix?: Fix;
  /** Other places that matter (the other duplicate, the rest of a cycle). */
  related?: { file: string; range: Range; message: string }[];
}
