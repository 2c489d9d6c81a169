/**
 * The check worker (a `worker_threads` Worker started by `workspace.ts`): it owns the
 * incremental `ProjectChecker` and the texts it checked, so that a check — an O(project)
 * pass — never runs on the main thread, which keeps answering requests.
 *
 * Edits are applied on the next turn of the event loop after they arrive, once every
 * message already queued has been read, and only the newest text of each file is parsed:
 * typing in a large file sends a text per keystroke, and parsing each (hundreds of ms on
 * 8,000 lines) made a burst of N keystrokes cost N parses before its check. A `check` is
 * run the same way, after the queued edits are applied (so a burst of edits gives one
 * check of the newest texts). After a check it posts the diagnostics of the
 * files where they (or the document version) changed. The symbols of the files where they
 * changed follow on request (definition, references, rename) or once the worker has been
 * idle for IDLE_MS after a check: building the index costs about as much as an
 * incremental check, and must not delay the next edit's diagnostics. References of
 * declarations the checker reused keep their identity, so comparing them is cheap.
 */
import { parentPort } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import type { Diagnostic } from "../grammar/diagnostic.ts";
import { createChecker, previewSql, type CheckResult, type Checker, type SymbolDef, type SymbolRef } from "./frontend.ts";
import type { FileDiagnostics, FileSymbols, FromWorker, ToWorker } from "./worker-protocol.ts";

const port = parentPort;
if (!port) throw new Error("lsp/check-worker.ts runs as a worker thread");

const post = (m: FromWorker): void => port.postMessage(m);

const texts = new Map<string, { text: string; version?: number }>();
/** Files whose newest text (in `texts`) the checker has not parsed yet. */
const unparsed = new Set<string>();
let applyScheduled = false;
const TRACE = !!process.env.SEG_LSP_TRACE;
let checker: Checker = createChecker();
let seq = 0;
let scheduled = false;
let last: CheckResult | undefined;
/** The edit `last` reflects, and whether its symbols were sent. */
let lastAt = -1;
let symbolsSent = true;
let idle: ReturnType<typeof setTimeout> | undefined;
const IDLE_MS = 150;
/** What the main thread holds: per file `version:diagnostics JSON`, and per file symbols. */
const sentDiagnostics = new Map<string, string>();
const sentSymbols = new Map<string, { defs: SymbolDef[]; refs: SymbolRef[] }>();

function errorText(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

function rebuild(): void {
  unparsed.clear();
  try {
    checker = createChecker();
    for (const [p, f] of texts) checker.update(p, f.text);
  } catch {
    // keep the new (possibly partial) checker
  }
}

/** Parses the newest text of every file updated since the last call. */
function applyUpdates(): void {
  applyScheduled = false;
  for (const path of unparsed) {
    unparsed.delete(path);
    const text = texts.get(path)!.text;
    const t0 = TRACE ? performance.now() : 0;
    try {
      checker.update(path, text);
    } catch (e) {
      post({ t: "error", message: `seg: internal error in the parser: ${errorText(e)}` });
      rebuild();
      return;
    }
    if (TRACE) post({ t: "parsed", path, ms: performance.now() - t0 });
  }
}

port.on("message", (m: ToWorker) => {
  switch (m.t) {
    case "update":
      seq = m.seq;
      stopIdle();
      texts.set(m.path, { text: m.text, version: m.version });
      unparsed.add(m.path);
      if (!applyScheduled) {
        applyScheduled = true;
        setImmediate(applyUpdates);
      }
      break;
    case "remove":
      seq = m.seq;
      stopIdle();
      texts.delete(m.path);
      unparsed.delete(m.path);
      try {
        checker.remove(m.path);
      } catch (e) {
        post({ t: "error", message: `seg: internal error: ${errorText(e)}` });
        rebuild();
      }
      break;
    case "check":
      if (!scheduled) {
        scheduled = true;
        setImmediate(runScheduled);
      }
      break;
    case "symbols":
      if (scheduled || !last) runScheduled();
      stopIdle();
      if (last && !symbolsSent) postSymbols(last, lastAt);
      // the main thread waits for symbols as of its latest edit: when the check of it
      // failed, what we sent last is all there is
      if (lastAt !== seq) post({ t: "symbols", seq, files: [], removed: [] });
      break;
    case "preview": {
      if (scheduled || !last) runScheduled(); // the preview of the newest texts
      let sql: string | undefined;
      try {
        sql = last ? previewSql(last, m.segment, m.dialect) : undefined;
      } catch (e) {
        sql = `-- no preview: ${e instanceof Error ? e.message : String(e)}`;
      }
      post({ t: "preview", id: m.id, sql });
      break;
    }
  }
});

function runScheduled(): void {
  if (!scheduled && last) return; // already run (by a preview)
  scheduled = false;
  applyUpdates();
  const at = seq;
  const t0 = performance.now();
  let result: CheckResult;
  try {
    result = checker.check();
  } catch (e) {
    post({ t: "error", message: `seg: internal error in the checker: ${errorText(e)}` });
    rebuild(); // its state may be inconsistent: rebuild it from the texts we hold
    return;
  }
  last = result;
  lastAt = at;
  symbolsSent = false;
  const ms = performance.now() - t0;
  postDiagnostics(result, at, ms);
  stopIdle();
  idle = setTimeout(() => {
    idle = undefined;
    if (last === result && !symbolsSent) postSymbols(result, at);
  }, IDLE_MS);
}

function stopIdle(): void {
  if (idle !== undefined) clearTimeout(idle);
  idle = undefined;
}

function postDiagnostics(result: CheckResult, at: number, ms: number): void {
  const byFile = new Map<string, Diagnostic[]>();
  for (const p of texts.keys()) byFile.set(p, []);
  for (const d of result.diagnostics) {
    let l = byFile.get(d.file);
    if (!l) byFile.set(d.file, (l = []));
    l.push(d);
  }
  const files: FileDiagnostics[] = [];
  for (const [path, diagnostics] of byFile) {
    const version = texts.get(path)?.version;
    const key = `${version ?? ""}:${JSON.stringify(diagnostics)}`;
    const prev = sentDiagnostics.get(path);
    if (prev === key) continue;
    // a closed file without problems that was never reported needs no message
    if (prev === undefined && diagnostics.length === 0 && version === undefined) continue;
    sentDiagnostics.set(path, key);
    files.push({ path, version, diagnostics });
  }
  const removed: string[] = [];
  for (const path of sentDiagnostics.keys())
    if (!byFile.has(path)) {
      sentDiagnostics.delete(path);
      removed.push(path);
    }
  post({ t: "diagnostics", seq: at, ms, files, removed });
}

function sameRange(a: SymbolDef["range"], b: SymbolDef["range"]): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function sameDef(a: SymbolDef, b: SymbolDef): boolean {
  return (
    a.kind === b.kind &&
    a.qualifiedName === b.qualifiedName &&
    a.name === b.name &&
    a.type === b.type &&
    a.doc === b.doc &&
    a.entity === b.entity &&
    a.owner === b.owner &&
    a.deprecated === b.deprecated &&
    (a.tags ?? []).join("\u0000") === (b.tags ?? []).join("\u0000") &&
    (a.tags === undefined) === (b.tags === undefined) &&
    sameRange(a.range, b.range) &&
    sameRange(a.nameRange, b.nameRange)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !eq(a[i]!, b[i]!)) return false;
  return true;
}

function sameRef(a: SymbolRef, b: SymbolRef): boolean {
  return a.target === b.target && sameRange(a.range, b.range);
}

function postSymbols(result: CheckResult, at: number): void {
  symbolsSent = true;
  let symbols;
  try {
    symbols = result.symbols;
  } catch (e) {
    post({ t: "error", message: `seg: internal error building the symbol index: ${errorText(e)}` });
    return;
  }
  const byFile = new Map<string, { defs: SymbolDef[]; refs: SymbolRef[] }>();
  const of = (file: string) => {
    let e = byFile.get(file);
    if (!e) byFile.set(file, (e = { defs: [], refs: [] }));
    return e;
  };
  for (const d of symbols.definitions) of(d.file).defs.push(d);
  for (const r of symbols.references) of(r.file).refs.push(r);
  const files: FileSymbols[] = [];
  for (const [path, e] of byFile) {
    const prev = sentSymbols.get(path);
    sentSymbols.set(path, e);
    if (prev && sameList(prev.refs, e.refs, sameRef) && sameList(prev.defs, e.defs, sameDef)) continue;
    files.push({ path, defs: e.defs, refs: e.refs });
  }
  const removed: string[] = [];
  for (const path of sentSymbols.keys())
    if (!byFile.has(path)) {
      sentSymbols.delete(path);
      removed.push(path);
    }
  post({ t: "symbols", seq: at, files, removed });
}
