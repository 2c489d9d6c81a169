/**
 * Project boundaries: which seg project (one `Workspace`, one checker) a document belongs
 * to, so that the editor shows what `seg check <project folder>` shows in CI.
 *
 * Each workspace folder is checked on its own, never merged with another. Within a folder,
 * the projects are the folders listed in its `seg.projects` setting, or else found from the
 * entity declarations of the files on disk (`detectProjects`): the folder is one project
 * unless two folders side by side in it declare the same entity — then the folders on the
 * way down to them are split, each subfolder a project of its own (split the same way),
 * and the files of a split folder itself belong to none.
 * Documents of no project get syntax errors and the one-file features only. `untitled:`
 * documents and those of non-file folders (`vscode-vfs:`) join the only project when there
 * is one, else form a project of their own (as every open document does without folders).
 */
import { stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { findSegFiles, isInside, isWithin, linkRefusal, readSourceText } from "../compiler/project.ts";
import { parseText } from "./frontend.ts";
import { isUri } from "./uris.ts";
import { Workspace, type WorkspaceOptions } from "./workspace.ts";

/**
 * The entities a file declares. Only a file with a line that starts with `entity` is parsed
 * (on the main thread, at every save: a large file of segments is not).
 */
export function declaredEntities(text: string, path: string): string[] {
  if (!/^\s*entity\b/m.test(text)) return [];
  return parseText(text, path).file.declarations.flatMap((d) => (d.kind === "entity" && d.name ? [d.name.text] : []));
}

/**
 * The project folders of the workspace folder `folder` from the entities each of its
 * `.seg` files declares: the folder itself, unless some folder in it (itself included) has
 * two subfolders that declare the same entity — two projects side by side, which `seg
 * check` of the whole would report as declared twice; then each of its subfolders is
 * detected in turn, and its own files belong to no project.
 */
export function detectProjects(folder: string, entitiesByFile: ReadonlyMap<string, readonly string[]>): string[] {
  const files = [...entitiesByFile.keys()].filter((p) => p !== folder && isWithin(p, folder));
  if (!files.length) return [];
  if (!hasProjectsSideBySide(folder, files, entitiesByFile)) return [folder];
  return [...bySubfolder(folder, files).keys()].sort().flatMap((sub) => detectProjects(sub, entitiesByFile));
}

/** The files under each subfolder of `folder` (its own files left out). */
function bySubfolder(folder: string, files: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of files) {
    const parts = relative(folder, f).split(sep);
    if (parts.length < 2) continue;
    const sub = join(folder, parts[0]!);
    const subFiles = out.get(sub);
    if (subFiles) subFiles.push(f);
    else out.set(sub, [f]);
  }
  return out;
}

function hasProjectsSideBySide(folder: string, files: readonly string[], entitiesByFile: ReadonlyMap<string, readonly string[]>): boolean {
  const subs = bySubfolder(folder, files);
  const declaredIn = new Map<string, string>();
  for (const [sub, subFiles] of subs)
    for (const f of subFiles)
      for (const entity of entitiesByFile.get(f) ?? []) {
        const first = declaredIn.get(entity);
        if (first === undefined) declaredIn.set(entity, sub);
        else if (first !== sub) return true;
      }
  return [...subs].some(([sub, subFiles]) => hasProjectsSideBySide(sub, subFiles, entitiesByFile));
}

/** The folder of `folders` that `folders[i]` lies inside (of two equal ones, the first), or undefined. */
function enclosingFolder(folders: readonly string[], i: number): string | undefined {
  const folder = folders[i]!;
  return folders.find((outer, j) => j !== i && isWithin(folder, outer) && (folder !== outer || j < i));
}

/**
 * The folders of a `seg.projects` setting, absolute; undefined when the setting is unset or
 * empty (detection). Entries that are not folder paths inside the workspace folder, or lie
 * inside another entry (whose `seg check` reads them), are reported and left out.
 */
export function configuredProjects(folder: string, setting: unknown, report: (message: string) => void): string[] | undefined {
  if (setting === undefined || setting === null) return undefined;
  if (!Array.isArray(setting)) {
    report(`seg.projects must be a list of folders relative to the workspace folder (such as ["packages/growth/segments"]), not ${JSON.stringify(setting)}: projects are detected instead`);
    return undefined;
  }
  const out: string[] = [];
  for (const entry of setting) {
    const abs = typeof entry === "string" && entry.trim() ? resolve(folder, entry.trim()) : undefined;
    if (abs === undefined || !isWithin(abs, folder)) {
      report(`seg.projects: ${JSON.stringify(entry)} is not a folder inside the workspace folder \`${folder}\` (nor in a dot-folder or node_modules): left out`);
      continue;
    }
    out.push(abs);
  }
  const kept = out.filter((p, i) => {
    const outer = enclosingFolder(out, i);
    if (outer) report(`seg.projects: \`${relative(folder, p) || "."}\` lies inside \`${relative(folder, outer) || "."}\`, whose \`seg check\` reads it: left out`);
    return !outer;
  });
  return kept.length ? kept.sort() : undefined;
}

export class Projects {
  /** The projects on disk, by folder. */
  private readonly byRoot = new Map<string, Workspace>();
  /**
   * Open documents that are no files (`untitled:`, `vscode-vfs:` folders) when there is not
   * exactly one project on disk, and every document without a workspace folder; also hosts
   * the parses of documents outside every project.
   */
  readonly documents: Workspace;
  private folders: string[] = [];
  private uriFolders: string[] = [];
  /** `seg.projects` per workspace folder (raw setting). */
  private readonly settings = new Map<string, unknown>();
  /** Every `.seg` file under the folders, with the entities it declares on disk. */
  private readonly entities = new Map<string, string[]>();
  private delay: number;
  /** Whether the layout is known (the folders were read). */
  ready = false;
  /** Shut down: nothing more is read, and no project is created. */
  private disposed = false;

  constructor(
    private readonly opts: WorkspaceOptions,
    private readonly report: (message: string) => void,
  ) {
    this.delay = opts.delay;
    this.documents = new Workspace({ ...opts });
    this.loaded = new Promise((resolve) => (this.markLoaded = resolve));
  }

  /** Every project, the documents' last. */
  all(): Workspace[] {
    return [...this.byRoot.values(), this.documents];
  }

  /**
   * The workspace folders: file folders and folders of other schemes, as URIs. A file folder
   * inside another is part of that one, as `seg check` of the outer folder reads it: each file
   * is checked by one project.
   */
  setFolders(folders: string[], uriFolders: string[]): void {
    this.folders = folders.filter((_, i) => enclosingFolder(folders, i) === undefined);
    this.uriFolders = uriFolders;
  }

  /** The folders this server reads, to ask for their settings. */
  get fileFolders(): readonly string[] {
    return this.folders;
  }

  /** Sets a folder's `seg.projects` (undefined: the same for every folder, from initializationOptions). */
  setProjectsSetting(folder: string | undefined, setting: unknown): void {
    for (const f of folder === undefined ? this.folders : [folder]) this.settings.set(f, setting);
  }

  setDelay(ms: number): void {
    this.delay = ms;
    for (const ws of this.all()) ws.setDelay(ms);
  }

  /**
   * The project of a document, or undefined when it belongs to none (a file outside the
   * project folders, a `git:` copy in a diff view) or the layout is not read yet.
   */
  of(path: string): Workspace | undefined {
    if (isUri(path)) {
      if (!path.startsWith("untitled:") && !this.uriFolders.some((f) => path.startsWith(f.endsWith("/") ? f : `${f}/`))) return undefined;
      return this.byRoot.size === 1 && this.uriFolders.length === 0 ? [...this.byRoot.values()][0] : this.documents;
    }
    if (this.folders.length === 0) return this.documents;
    if (!this.ready) return undefined;
    let best: string | undefined;
    for (const root of this.byRoot.keys()) if (isWithin(path, root) && path !== root && (best === undefined || root.length > best.length)) best = root;
    return best === undefined ? undefined : this.byRoot.get(best);
  }

  /**
   * The project a document is read with: its own, else — for a document of none, parsed
   * alone (`setOutside`) — the one whose names it sees in hover and completion: the project
   * around its path (a `git:` copy of a project file: the file's), else the only one.
   */
  host(path: string): Workspace {
    const own = this.of(path);
    if (own) return own;
    let filePath = path;
    if (isUri(path)) {
      try {
        filePath = decodeURIComponent(new URL(path).pathname);
      } catch {
        filePath = "";
      }
    }
    let best: string | undefined;
    for (const root of this.byRoot.keys()) if (isInside(filePath, root) && (best === undefined || root.length > best.length)) best = root;
    if (best !== undefined) return this.byRoot.get(best)!;
    return this.byRoot.size === 1 ? [...this.byRoot.values()][0]! : this.documents;
  }

  /** A document of no project was closed (or joined one): its parse goes. */
  closeOutside(path: string): void {
    for (const ws of this.all()) ws.closeOutside(path);
  }

  /** Resolves once the projects are read and their checks may start. */
  readonly loaded: Promise<void>;
  private markLoaded: () => void = () => {};

  /** The project folders the settings and the files on disk give. */
  private layout(): string[] {
    const roots = this.folders.flatMap((f) => configuredProjects(f, this.settings.get(f), this.report) ?? detectProjects(f, this.entities));
    return [...new Set(roots)].sort();
  }

  /** Reads the folders, finds the projects and loads them; checks start once each is read. */
  async load(): Promise<void> {
    for (const f of this.folders) {
      const isFolder = await stat(f).then((s) => s.isDirectory(), () => false);
      for (const p of isFolder ? await findSegFiles(f) : []) {
        if (this.disposed) return;
        await this.readEntities(p);
      }
    }
    if (this.disposed) return;
    this.ready = true;
    await this.relayout();
    if (this.disposed) return;
    this.documents.resume();
    this.markLoaded();
  }

  /** Settings changed: the layout may have. */
  async settingsChanged(): Promise<void> {
    if (this.ready) await this.relayout();
  }

  private async readEntities(path: string): Promise<void> {
    try {
      // a link out of the project, or to a FIFO or device, is never read (a FIFO would block
      // the load): it declares no entity, and its project reports it (SEG9002) as `seg check` does
      const folder = this.folders.find((f) => isInside(path, f));
      if (folder !== undefined && (await linkRefusal(path, folder)) !== undefined) {
        this.entities.set(path, []);
        return;
      }
      const read = await readSourceText(path);
      this.entities.set(path, "text" in read ? declaredEntities(read.text, path) : []);
    } catch {
      this.entities.delete(path);
    }
  }

  /**
   * A file or folder changed on disk: the entities it declares are read again (the layout
   * may change: a project copied in, a schema moved), then each project takes the change.
   */
  async diskChanged(path: string, change: "created" | "changed" | "deleted"): Promise<void> {
    if (this.disposed || !this.folders.some((f) => isWithin(path, f))) return;
    if (change === "deleted") {
      for (const p of [...this.entities.keys()]) if (p === path || p.startsWith(path + sep)) this.entities.delete(p);
    } else {
      const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
      if (isFolder) for (const p of await findSegFiles(path)) await this.readEntities(p);
      else if (path.endsWith(".seg")) await this.readEntities(path);
    }
    if (this.ready) await this.relayout();
    if (this.disposed) return;
    await Promise.all([...this.byRoot.values()].map((ws) => ws.diskChanged(path, change)));
  }

  /**
   * Applies a new layout: new projects are created and read, files whose project changed
   * leave their old one (the server takes the open documents in again: `rehome`), and a
   * project that is gone clears what it showed.
   */
  private relayout(): Promise<void> {
    // one at a time: disk events and settings come concurrently
    this.layoutDone = this.layoutDone
      .then(() => this.applyLayout())
      .catch((e: unknown) => this.opts.onError(`seg: cannot read the projects: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
    return this.layoutDone;
  }

  private layoutDone = Promise.resolve();

  private async applyLayout(): Promise<void> {
    if (this.disposed) return;
    const roots = this.layout();
    const added: Workspace[] = [];
    for (const root of roots) {
      if (this.byRoot.has(root)) continue;
      const ws = new Workspace({ ...this.opts, delay: this.delay });
      ws.setFolders([root]);
      this.byRoot.set(root, ws);
      added.push(ws);
    }
    const previous = this.all();
    const gone = [...this.byRoot].filter(([root]) => !roots.includes(root)).map(([root, ws]) => (this.byRoot.delete(root), ws));
    const moved: [Workspace, string][] = [];
    for (const ws of previous) {
      for (const path of [...ws.files.keys()]) {
        const owner = this.of(path);
        if (owner === ws) continue;
        ws.forget(path);
        if (owner && !added.includes(owner)) moved.push([owner, path]);
      }
      for (const path of [...ws.unreadable.keys()]) {
        if (this.of(path) === ws) continue;
        ws.unreadable.delete(path);
        this.opts.onUnreadable(path, undefined);
      }
    }
    for (const ws of gone) {
      // its worker stops before it reports the files that left: clear them here
      const shown = [...ws.diagnostics.keys()];
      ws.dispose();
      if (shown.length) this.opts.onChecked([], shown, 0);
    }
    // a project that stays reads the files it gained (an open one is taken in by the server)
    for (const [owner, path] of moved) await owner.diskChanged(path, "changed");
    for (const ws of added) {
      if (this.disposed) return;
      await ws.loadRoots();
      ws.resume();
    }
  }

  /**
   * Server shutdown: stops every project, and a load or layout in progress goes no further;
   * requests waiting for the load (`loaded`) are released, to be refused.
   */
  dispose(): void {
    this.disposed = true;
    for (const ws of this.all()) ws.dispose();
    this.markLoaded();
  }
}
