/**
 * Messages between the language server's main thread and its check worker
 * (`check-worker.ts`). Only what the main thread needs crosses: per-file diagnostics and
 * per-file symbols, each sent only for the files where they changed; never the IR or ASTs.
 *
 * `seq` numbers the edits the main thread sent (`update`/`remove`): a result carries the
 * `seq` of the last edit it includes, so the main thread knows which edits it reflects.
 */
import type { Diagnostic } from "../grammar/diagnostic.ts";
import type { SymbolDef, SymbolRef } from "./frontend.ts";

export type ToWorker =
  /** A file's text (`version` set while the document is open in the editor). */
  | { t: "update"; seq: number; path: string; text: string; version?: number }
  | { t: "remove"; seq: number; path: string }
  /** Check now (the main thread debounces); edits queued behind it are applied first. */
  | { t: "check" }
  /** Send the symbols of the newest texts (checking first when a check is due). */
  | { t: "symbols" }
  /** The compiled SQL of one segment, from the latest check (hover preview). */
  | { t: "preview"; id: number; segment: string; dialect: string };

/** One file's diagnostics, as of the document version the check saw. */
export interface FileDiagnostics {
  path: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface FileSymbols {
  path: string;
  defs: SymbolDef[];
  refs: SymbolRef[];
}

export type FromWorker =
  /** A check finished: diagnostics of the files whose diagnostics or version changed. */
  | { t: "diagnostics"; seq: number; ms: number; files: FileDiagnostics[]; removed: string[] }
  /**
   * Symbols of the files whose definitions or references changed: on request, and after a
   * check once the worker has been idle for a moment (building the index costs as much as
   * an incremental check, so it is kept off the path from an edit to its diagnostics).
   */
  | { t: "symbols"; seq: number; files: FileSymbols[]; removed: string[] }
  | { t: "preview"; id: number; sql: string | undefined }
  /** An internal error (logged by the main thread; the worker rebuilt its checker). */
  | { t: "error"; message: string }
  /** The worker parsed a file's text (sent only when SEG_LSP_TRACE is set). */
  | { t: "parsed"; path: string; ms: number };
