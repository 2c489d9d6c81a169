/**
 * The project as the server sees it: every `.seg` file of the workspace folders (disk
 * content, overridden by open documents), one incremental checker, a parse cache per
 * document version and the result of the latest completed check.
 *
 * Edits are cheap: `change()` stores the text and tells the checker (`update`), then a
 * check is scheduled after a short debounce; a newer edit re-arms the timer, so pending
 * work for an older version is dropped. Requests never wait for a check: they read
 * `lastCheck` and the current document's fresh parse (`parsed(path)`).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Diagnostic } from "../grammar/diagnostic.ts";
import {
  createChecker,
  parseText,
  type CheckResult,
  type Checker,
  type ParseResult,
} from "./frontend.ts";
import { fileModel, mergeModels, type FileModel, type ProjectModel } from "./model.ts";

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
  /** Called after every completed check with the diagnostics grouped per project file. */
  onChecked: (result: CheckResult, byFile: Map<string, Diagnostic[]>) => void;
  /** A compiler crash: logged, never fatal. */
  onError: (message: string) => void;
}

export class Workspace {
  readonly files = new Map<string, FileState>();
  private readonly parses = new Map<string, ParseEntry>();
  private checker: Checker;
  lastCheck: CheckResult | undefined;
  /** Paths whose text changed since the last completed check. */
  readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private modelCache: ProjectModel | undefined;
  /** Number of completed checks (tests and the bench read it). */
  checks = 0;
  /** Duration of the last check() call, in ms. */
  lastCheckMs = 0;

  constructor(private readonly opts: WorkspaceOptions) {
    this.checker = createChecker();
  }

  setDelay(ms: number): void {
    this.opts.delay = Math.max(0, ms);
  }

  /** Reads every `.seg` file under the roots (skipping dot-folders and node_modules). */
  async loadRoots(roots: string[]): Promise<void> {
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const ent of entries) {
        if (ent.name.startsWith(".") || ent.name === "node_modules") continue;
        const p = join(dir, ent.name);
        if (ent.isDirectory()) await walk(p);
        else if (ent.name.endsWith(".seg")) found.push(p);
      }
    };
    for (const r of roots) {
      try {
        if ((await stat(r)).isDirectory()) await walk(r);
      } catch {
        // a missing folder is an empty project
      }
    }
    found.sort();
    for (const p of found) {
      if (this.files.get(p)?.open) continue;
      try {
        const text = await readFile(p, "utf8");
        this.setText(p, { text, open: false });
      } catch {
        // unreadable: skip (the CLI reports it; the editor cannot show it anyway)
      }
    }
  }

  private setText(path: string, st: FileState): void {
    const prev = this.files.get(path);
    this.files.set(path, st);
    if (prev && prev.text === st.text) return;
    this.modelCache = undefined;
    this.safe(() => this.checker.update(path, st.text));
    this.dirty.add(path);
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
    try {
      const text = await readFile(path, "utf8");
      if (this.files.get(path)?.open) return;
      this.setText(path, { text, open: false });
    } catch {
      if (this.files.get(path)?.open) return;
      this.removeFile(path);
    }
    this.schedule();
  }

  /** A file changed on disk (watched files): ignored while the editor has it open. */
  async diskChanged(path: string, deleted: boolean): Promise<void> {
    if (this.files.get(path)?.open) return;
    if (deleted) this.removeFile(path);
    else {
      try {
        this.setText(path, { text: await readFile(path, "utf8"), open: false });
      } catch {
        this.removeFile(path);
      }
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
    this.dirty.add(path);
    this.safe(() => this.checker.remove(path));
  }

  /** While paused (the project is still loading), checks wait. */
  private paused = true;

  /** Starts checking (after the initial load). */
  resume(): void {
    this.paused = false;
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
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.runCheck();
    }, delay);
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Runs the pending check now (used before rename/references, which need fresh data). */
  flush(): CheckResult | undefined {
    if (this.paused) return this.lastCheck;
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.runCheck();
    } else if (!this.lastCheck) this.runCheck();
    return this.lastCheck;
  }

  private runCheck(): void {
    let result: CheckResult;
    const t0 = performance.now();
    try {
      result = this.checker.check();
    } catch (e) {
      this.opts.onError(`seg: internal error in the checker: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      this.rebuildChecker(); // its state may be inconsistent: rebuild it from the texts we hold
      return;
    }
    this.lastCheck = result;
    this.dirty.clear();
    this.checks++;
    this.lastCheckMs = performance.now() - t0;
    const byFile = new Map<string, Diagnostic[]>();
    for (const p of this.files.keys()) byFile.set(p, []);
    for (const d of result.diagnostics) {
      let list = byFile.get(d.file);
      if (!list) byFile.set(d.file, (list = []));
      list.push(d);
    }
    this.opts.onChecked(result, byFile);
  }

  private safe<T>(f: () => T): T | undefined {
    try {
      return f();
    } catch (e) {
      this.opts.onError(`seg: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return undefined;
    }
  }

  private rebuildChecker(): void {
    try {
      this.checker = createChecker();
      for (const [p, st] of this.files) this.checker.update(p, st.text);
    } catch {
      // keep the new (possibly empty) checker
    }
  }

  /** Fresh parse of a project file (cached per text). */
  parsed(path: string): ParseResult | undefined {
    const st = this.files.get(path);
    if (!st) return undefined;
    return this.entry(path, st.text)?.result;
  }

  private entry(path: string, text: string): ParseEntry | undefined {
    const cached = this.parses.get(path);
    if (cached && cached.text === text) return cached;
    // the checker parsed this text already (update() is called on every change)
    const fromChecker = this.safe(() => this.checker.parsed?.(path));
    const result = fromChecker ?? this.safe(() => parseText(text, path));
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
