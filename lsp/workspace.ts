/**
 * One project as the server sees it (projects.ts says which: one per project folder, what
 * `seg check <folder>` reads): every `.seg` file of its folder (disk content, overridden by
 * open documents), a parse cache per document text, the name model,
 * and what the latest completed check produced (diagnostics per file, the symbol index).
 *
 * The incremental `ProjectChecker` lives in a worker thread (`check-worker.ts`): every
 * edit is posted to it at once (it parses in the background), a check is requested after
 * a short debounce (a newer edit re-arms the timer; edits queued in the worker are applied
 * before it checks, so a burst gives one check of the newest texts). The main thread never
 * runs a check: requests answer from the latest completed check plus the fresh parse of
 * the current document (`parsed(path)`), parsed here while idle (`warm`).
 */
import { stat } from "node:fs/promises";
import { sep } from "node:path";
import { Worker } from "node:worker_threads";
import type { Diagnostic } from "../grammar/diagnostic.ts";
import { findSegFiles, isInside, isWithin, linkRefusal, readSourceText } from "../compiler/project.ts";
import { parseText, SymbolIndex, type ParseResult, type SymbolDef, type SymbolRef } from "./frontend.ts";
import { fileModel, mergeModels, type FileModel, type ProjectModel } from "./model.ts";
import type { FileDiagnostics, FromWorker, ToWorker } from "./worker-protocol.ts";
import { isUri } from "./uris.ts";

export interface FileState {
  text: string;
  /** Document version when open in the editor; undefined for disk content. */
  version?: number;
  open: boolean;
}

interface ParseEntry {
  text: string;
  result: ParseResult;
  model: FileModel;
}

export interface WorkspaceOptions {
  /** Debounce between the last edit and the check, in ms. */
  delay: number;
  /**
   * Called after every completed check with the files whose diagnostics (or document
   * version) changed, and the files that left the project (their diagnostics are `[]`).
   */
  onChecked: (files: FileDiagnostics[], removed: string[], checkMs: number) => void;
  /**
   * A project file on disk is not UTF-8 or is a link out of the project (its diagnostic,
   * kept out of the check as `seg check` keeps it out), or no longer so (undefined: its
   * diagnostic is to be cleared).
   */
  onUnreadable: (path: string, diagnostic: Diagnostic | undefined) => void;
  /** A compiler crash: logged, never fatal. */
  onError: (message: string) => void;
  /** A parse on the main thread (traces: SEG_LSP_TRACE). */
  onParse?: (path: string, ms: number) => void;
  /** A parse in the check worker (traces: the worker reports them when SEG_LSP_TRACE is set). */
  onWorkerParse?: (path: string, ms: number) => void;
}

/**
 * An edited document is parsed here once typing pauses this long: editors send an edit per
 * keystroke, and a parse per edit (a 5,000-line file takes 20–250 ms) kept every request,
 * for any file, waiting behind the parses of a burst. Requests meanwhile parse the current
 * text when they need it (`parsed`), once per text.
 */
const WARM_AFTER_EDIT_MS = 50;

/** Starts `check-worker.ts` (through tsx when running from the TypeScript sources). */
function startWorker(): Worker {
  // "../lsp/": bundled in the published package, this code may be in dist/cli/main.js or a
  // chunk (dist/chunks/), each one folder below dist/ as lsp/ is.
  const url = new URL(import.meta.url.endsWith(".ts") ? "../lsp/check-worker.ts" : "../lsp/check-worker.js", import.meta.url).href;
  if (!url.endsWith(".ts")) return new Worker(new URL(url));
  // A worker does not inherit tsx's loader hooks (`--import tsx` or `register()` in the
  // main thread): the bootstrap registers them when importing the .ts module fails.
  const tsx = import.meta.resolve("tsx/esm/api");
  const code = `
const url = ${JSON.stringify(url)};
import(url).catch(async (e) => {
  if (e?.code !== "ERR_UNKNOWN_FILE_EXTENSION") throw e;
  const { register } = await import(${JSON.stringify(tsx)});
  register();
  await import(url + "?tsx");
});`;
  return new Worker(code, { eval: true });
}

export class Workspace {
  readonly files = new Map<string, FileState>();
  /** Files of the project on disk that are not read (not UTF-8, linked out of the project), with their diagnostic. */
  readonly unreadable = new Map<string, Diagnostic>();
  /** The project folder (none: the project is the open documents). */
  private roots: string[] = [];
  /**
   * Open documents that are not part of any project (projects.ts `of`): parsed here for the
   * features of one file (outline, folding, highlighting, hover, completion), never checked
   * with the project, whose declarations they would clash with.
   */
  private readonly outside = new Map<string, string>();
  private readonly parses = new Map<string, ParseEntry>();
  private worker: Worker | undefined;
  /** Edits sent to the worker so far (each `update`/`remove` gets the next number). */
  private seq = 0;
  /** Per path, the edit not yet reflected in the symbols the main thread holds. */
  private readonly editedAt = new Map<string, number>();
  /** The edit the latest symbols reflect (-1: none yet). */
  private symbolsSeq = -1;
  /** Diagnostics per file, from the latest completed check (files without any: absent). */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly symbolFiles = new Map<string, { defs: SymbolDef[]; refs: SymbolRef[] }>();
  private index: SymbolIndex | undefined;
  private waiters: { seq: number; resolve: () => void }[] = [];
  private readonly previews = new Map<number, (sql: string | undefined) => void>();
  private nextPreview = 0;
  private restarts = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private modelCache: ProjectModel | undefined;
  private warmQueue: string[] = [];
  private readonly warmTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Number of completed checks (the bench and traces read it). */
  checks = 0;
  /** Duration of the last check() in the worker, in ms. */
  lastCheckMs = 0;

  constructor(private readonly opts: WorkspaceOptions) {}

  private spawn(): void {
    let w: Worker;
    try {
      w = startWorker();
    } catch (e) {
      this.opts.onError(`seg: cannot start the check worker: ${e instanceof Error ? e.message : String(e)}`);
      this.worker = undefined;
      return;
    }
    w.unref(); // never keeps the process alive on its own
    w.on("message", (m: FromWorker) => this.receive(w, m));
    w.on("error", (e) => this.opts.onError(`seg: the check worker failed: ${e.stack ?? e.message}`));
    w.on("exit", () => this.workerExited(w));
    this.worker = w;
  }

  /** The worker died (a crash, out of memory): start a new one with every text we hold. */
  private workerExited(w: Worker): void {
    if (this.worker !== w || this.disposed) return;
    this.worker = undefined;
    for (const p of this.previews.values()) p(undefined);
    this.previews.clear();
    if (++this.restarts > 3) {
      this.opts.onError("seg: the check worker keeps failing; diagnostics are off until the server restarts");
      this.releaseWaiters(Infinity);
      return;
    }
    // its successor reports every file afresh: clear what was shown
    const shown = [...this.diagnostics.keys()];
    this.diagnostics.clear();
    this.symbolFiles.clear();
    this.index = undefined;
    if (shown.length) this.opts.onChecked([], shown, 0);
    this.spawn();
    for (const [path, st] of this.files) this.send({ t: "update", seq: this.seq, path, text: st.text, version: st.version });
    this.schedule();
  }

  private disposed = false;

  /**
   * Stops the worker (server shutdown). Requests waiting for its check or a preview are
   * released (their handlers answer without it), as are those waiting for the project load.
   */
  dispose(): void {
    this.disposed = true;
    void this.worker?.terminate();
    this.worker = undefined;
    this.releaseWaiters(Infinity);
    for (const p of this.previews.values()) p(undefined);
    this.previews.clear();
    this.markLoaded();
  }

  /** Whether the worker was started (at the first file: a project without any needs none). */
  private started = false;

  private send(m: ToWorker): void {
    if (!this.started && !this.disposed && m.t === "update") {
      this.started = true;
      this.spawn();
    }
    this.worker?.postMessage(m);
  }

  private receive(w: Worker, m: FromWorker): void {
    if (w !== this.worker) return;
    switch (m.t) {
      case "diagnostics": {
        this.restarts = 0;
        this.checks++;
        this.lastCheckMs = m.ms;
        // The result of a document's text that the editor has since closed (unsaved) is
        // not shown: the check of the disk text, already requested, follows.
        const files = m.files.filter((f) => f.version === undefined || this.files.get(f.path)?.open);
        for (const f of files) {
          if (f.diagnostics.length) this.diagnostics.set(f.path, f.diagnostics);
          else this.diagnostics.delete(f.path);
        }
        for (const p of m.removed) this.diagnostics.delete(p);
        this.opts.onChecked(files, m.removed, m.ms);
        if (this.checks === 1) for (const p of this.files.keys()) if (!this.parses.has(p)) this.warm(p);
        break;
      }
      case "symbols":
        for (const f of m.files) this.symbolFiles.set(f.path, { defs: f.defs, refs: f.refs });
        for (const p of m.removed) this.symbolFiles.delete(p);
        if (m.files.length || m.removed.length) this.index = undefined;
        this.symbolsSeq = Math.max(this.symbolsSeq, m.seq);
        for (const [p, at] of this.editedAt) if (at <= m.seq) this.editedAt.delete(p);
        this.releaseWaiters(m.seq);
        break;
      case "preview": {
        const p = this.previews.get(m.id);
        this.previews.delete(m.id);
        p?.(m.sql);
        break;
      }
      case "error":
        this.opts.onError(m.message);
        break;
      case "parsed":
        this.opts.onWorkerParse?.(m.path, m.ms);
        break;
    }
  }

  private releaseWaiters(seq: number): void {
    const keep: typeof this.waiters = [];
    for (const w of this.waiters) (w.seq <= seq ? w.resolve() : keep.push(w));
    this.waiters = keep;
  }

  /** Whether `path` was edited after the check the symbols come from. */
  isDirty(path: string): boolean {
    return this.editedAt.has(path);
  }

  /** The symbol index of the latest completed check (rebuilt on first use after a change). */
  get symbols(): SymbolIndex | undefined {
    if (this.symbolsSeq < 0) return undefined;
    if (this.index) return this.index;
    const defs: SymbolDef[] = [];
    const refs: SymbolRef[] = [];
    for (const p of [...this.symbolFiles.keys()].sort()) {
      const f = this.symbolFiles.get(p)!;
      for (const d of f.defs) defs.push(d);
      for (const r of f.refs) refs.push(r);
    }
    this.index = new SymbolIndex(defs, refs);
    return this.index;
  }

  /**
   * Resolves once the symbols reflect every edit made so far (definition, references and
   * rename need exact ranges): a pending check is started at once. The main thread stays
   * free meanwhile; other requests are answered.
   */
  fresh(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    // While the project loads there is nothing complete to answer from: wait for it.
    if (this.paused) return this.loaded.then(() => this.fresh());
    const target = this.seq;
    if (!this.worker || this.symbolsSeq >= target) return Promise.resolve();
    this.checkNow();
    this.send({ t: "symbols" });
    return new Promise((resolve) => this.waiters.push({ seq: target, resolve }));
  }

  /** The compiled SQL of a segment (computed in the worker from its latest check). */
  preview(segment: string, dialect: string): Promise<string | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    // The worker would check the half-loaded project to answer, and publish its diagnostics.
    if (this.paused) return this.loaded.then(() => this.preview(segment, dialect));
    if (!this.worker) return Promise.resolve(undefined);
    // Of the texts as they are now, not of the check before the pending one.
    this.checkNow();
    const id = ++this.nextPreview;
    return new Promise((resolve) => {
      this.previews.set(id, resolve);
      this.send({ t: "preview", id, segment, dialect });
    });
  }

  /** Starts the check that waits for its debounce at once. */
  private checkNow(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.send({ t: "check" });
  }

  setDelay(ms: number): void {
    this.opts.delay = Math.max(0, ms);
  }

  /**
   * The project's folder (none: the project is the open documents, see projects.ts), set
   * before any document opens.
   */
  setFolders(roots: string[]): void {
    this.roots = roots;
  }

  /** Whether `path` is a file or folder of the project on disk (under a root, not skipped). */
  private onDisk(path: string): boolean {
    if (isUri(path)) return false;
    return this.roots.some((root) => path !== root && isWithin(path, root));
  }

  /** Whether closing `path` reverts it to its disk content (else it leaves the project). */
  revertsToDisk(path: string): boolean {
    return this.onDisk(path);
  }

  /** Reads every `.seg` file under the roots (as `seg check` of each root would). */
  async loadRoots(): Promise<void> {
    const found: string[] = [];
    for (const r of this.roots) {
      try {
        if ((await stat(r)).isDirectory()) found.push(...(await findSegFiles(r)));
      } catch {
        // a missing folder is an empty project
      }
    }
    found.sort();
    for (const p of found) await this.readFromDisk(p);
  }

  /**
   * Takes a closed file's disk content (a file that can no longer be read leaves the
   * project). The editor's text wins: a document opened while the file was read is kept.
   */
  private async readFromDisk(path: string): Promise<void> {
    if (this.files.get(path)?.open) return;
    let read: { text: string } | { problem: Diagnostic } | undefined;
    try {
      // a link out of the project: refused, never read, as `seg check` refuses it
      const folder = this.roots.find((r) => isInside(path, r));
      const refused = folder === undefined ? undefined : await linkRefusal(path, folder);
      const text = refused === undefined ? await readSourceText(path) : undefined;
      read = refused !== undefined ? { problem: refused } : text !== undefined && "text" in text ? text : text && { problem: text.notUtf8 };
    } catch {
      read = undefined;
    }
    if (this.files.get(path)?.open) return;
    if (read && "text" in read) {
      if (this.unreadable.delete(path)) this.opts.onUnreadable(path, undefined);
      this.setText(path, { text: read.text, open: false });
      return;
    }
    if (read) {
      this.unreadable.set(path, read.problem);
      this.opts.onUnreadable(path, read.problem);
    } else if (this.unreadable.delete(path)) this.opts.onUnreadable(path, undefined);
    this.removeFile(path);
  }

  private setText(path: string, st: FileState): void {
    const prev = this.files.get(path);
    this.files.set(path, st);
    if (prev && prev.text === st.text && prev.version === st.version) return;
    this.seq++;
    this.editedAt.set(path, this.seq);
    this.send({ t: "update", seq: this.seq, path, text: st.text, version: st.version });
    if (prev && prev.text === st.text) return;
    this.modelCache = undefined;
    // while the project loads, the worker's first check goes first; the rest is parsed
    // here once its diagnostics are out
    if (st.open && prev?.open) this.warmAfterEdit(path);
    else if (st.open || !this.paused) this.warm(path);
  }

  /**
   * Parses an edited document when the edits pause (WARM_AFTER_EDIT_MS), and only if no
   * edit came meanwhile: the timer's parse waits for one turn of the event loop, after the
   * messages already received (the connection handles one per turn). A burst the server
   * had read whole but handled slower than that (a loaded machine) was parsed text by text.
   */
  private warmAfterEdit(path: string): void {
    clearTimeout(this.warmTimers.get(path));
    const timer = setTimeout(() => {
      this.warmTimers.delete(path);
      setImmediate(() => {
        // an edit handled meanwhile started a timer of its own
        if (!this.warmTimers.has(path)) this.warm(path);
      });
    }, WARM_AFTER_EDIT_MS);
    timer.unref();
    this.warmTimers.set(path, timer);
  }

  open(path: string, text: string, version: number): void {
    this.setText(path, { text, version, open: true });
    this.schedule();
  }

  change(path: string, text: string, version: number): void {
    this.setText(path, { text, version, open: true });
    this.schedule();
  }

  /** The editor closed the document: fall back to the disk content (or drop the file). */
  async close(path: string): Promise<void> {
    const st = this.files.get(path);
    if (!st) return;
    st.open = false;
    st.version = undefined;
    await this.readFromDisk(path);
    this.schedule();
  }

  /**
   * A file or folder changed on disk (watched files). A `.seg` file is read again, unless
   * the editor has it open; a deleted folder takes its files out of the project and a
   * created one (moved in) brings its files in: editors report a folder, not its files.
   */
  async diskChanged(path: string, change: "created" | "changed" | "deleted"): Promise<void> {
    if (!this.onDisk(path)) return;
    if (change === "deleted") {
      const under = path + sep;
      for (const p of [...this.files.keys()]) if ((p === path || p.startsWith(under)) && !this.files.get(p)!.open) this.removeFile(p);
      for (const p of [...this.unreadable.keys()])
        if (p === path || p.startsWith(under)) {
          this.unreadable.delete(p);
          this.opts.onUnreadable(p, undefined);
        }
    } else {
      // a folder may be named `x.seg` too
      const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
      if (!isFolder) {
        if (path.endsWith(".seg")) await this.readFromDisk(path);
      } else if (change === "created") for (const p of (await findSegFiles(path)).sort()) await this.readFromDisk(p);
    }
    this.schedule();
  }

  /** Drops a file that is not part of the workspace folders (closed in the editor). */
  forget(path: string): void {
    this.removeFile(path);
    this.schedule();
  }

  private removeFile(path: string): void {
    if (!this.files.has(path)) return;
    this.files.delete(path);
    this.parses.delete(path);
    this.modelCache = undefined;
    this.seq++;
    this.editedAt.set(path, this.seq);
    this.send({ t: "remove", seq: this.seq, path });
  }

  /** While paused (the project is still loading), checks wait. */
  private paused = true;
  private markLoaded: () => void = () => {};
  /** Resolves when the initial load is done (resume). */
  private readonly loaded = new Promise<void>((resolve) => (this.markLoaded = resolve));

  /** Starts checking (after the initial load). */
  resume(): void {
    this.paused = false;
    this.markLoaded();
    this.schedule();
  }

  /** Debounce: re-armed by every edit, but never postponed beyond 4× the delay. */
  schedule(): void {
    if (this.paused) return;
    const now = Date.now();
    if (this.timer === undefined) this.firstPending = now;
    else clearTimeout(this.timer);
    const waited = now - this.firstPending;
    const delay = waited >= this.opts.delay * 4 ? 0 : this.opts.delay;
    if (delay === 0) {
      // At once, not on a 0 ms timer: the edited document's main-thread parse (`warm`, a
      // setImmediate) would run first and delay the worker's check by a parse.
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = undefined;
      this.send({ t: "check" });
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.send({ t: "check" });
    }, delay);
  }

  /** Whether a check is waiting for its debounce. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /**
   * Parses files on the main thread while it is idle, one per turn of the event loop, so
   * that requests (which need the fresh parse of their document and the name model of
   * every file) rarely have to parse. The worker parses the same texts for itself.
   */
  private warm(path: string): void {
    this.warmQueue.push(path);
    if (this.warmQueue.length === 1) setImmediate(() => this.warmNext());
  }

  private warmNext(): void {
    const path = this.warmQueue.shift();
    if (path === undefined) return;
    const st = this.files.get(path);
    if (st) this.entry(path, st.text);
    if (this.warmQueue.length) setImmediate(() => this.warmNext());
  }

  private safe<T>(f: () => T): T | undefined {
    try {
      return f();
    } catch (e) {
      this.opts.onError(`seg: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return undefined;
    }
  }

  /** Fresh parse of a project file (cached per text). */
  parsed(path: string): ParseResult | undefined {
    const text = this.files.get(path)?.text ?? this.outside.get(path);
    if (text === undefined) return undefined;
    return this.entry(path, text)?.result;
  }

  /** An open document outside every project: its text, for parsed(). */
  setOutside(path: string, text: string): void {
    this.outside.set(path, text);
  }

  /** The editor closed a document outside the project. */
  closeOutside(path: string): void {
    this.outside.delete(path);
    this.parses.delete(path);
  }

  private entry(path: string, text: string): ParseEntry | undefined {
    const cached = this.parses.get(path);
    if (cached && cached.text === text) return cached;
    const started = this.opts.onParse ? performance.now() : 0;
    const result = this.safe(() => parseText(text, path));
    this.opts.onParse?.(path, performance.now() - started);
    if (!result) return undefined;
    const e: ParseEntry = { text, result, model: fileModel(result.file) };
    this.parses.set(path, e);
    return e;
  }

  /** Names of the whole project from fresh parses (entities, events, consts, segments...). */
  model(): ProjectModel {
    if (this.modelCache) return this.modelCache;
    const models: FileModel[] = [];
    for (const [p, st] of this.files) {
      const e = this.entry(p, st.text);
      if (e) models.push(e.model);
    }
    this.modelCache = mergeModels(models);
    return this.modelCache;
  }
}
