/** Loading a project from disk: files and directories → sorted `SourceFile`s. */
import { isUtf8 } from "node:buffer";
import { existsSync, lstatSync } from "node:fs";
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../grammar/diagnostic.ts";
import { C } from "./check/codes.ts";

export interface SourceFile {
  path: string;
  /** Without the byte order mark, if the file has one. */
  text: string;
  /** The file starts with a UTF-8 byte order mark (`seg fmt` writes it back). */
  bom?: boolean;
}

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Entries a project's folders never take files from: dot-folders (and dot-files) and `node_modules`. */
export function isSkippedEntry(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

/**
 * The `.seg` files under `dir`, recursively, skipping `isSkippedEntry` names; `onError`
 * hears of every folder that cannot be read.
 */
export async function findSegFiles(dir: string, onError: (path: string, e: unknown) => Promise<void> | void = () => {}): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (e) {
      await onError(folder, e);
      return;
    }
    for (const ent of entries) {
      if (isSkippedEntry(ent.name)) continue;
      const p = join(folder, ent.name);
      if (ent.isDirectory()) await walk(p);
      else if (ent.name.endsWith(".seg") && (ent.isFile() || ent.isSymbolicLink())) found.push(p);
    }
  };
  await walk(dir);
  return found;
}

/**
 * A source file's text, or the SEG9001 diagnostic of a file that is not UTF-8 (decoding
 * would replace a stray byte, a Latin-1 `é`, with U+FFFD, silently, and `seg fmt` would
 * then write that back). File-system errors are thrown.
 */
export async function readSourceText(path: string): Promise<{ text: string; bom?: boolean } | { notUtf8: Diagnostic }> {
  const bytes = await readFile(path);
  if (isUtf8(bytes)) {
    const text = bytes.toString("utf8");
    // Without the byte order mark, as editors show the text: it would shift every position
    // on the first line by one.
    return text.startsWith("\uFEFF") ? { text: text.slice(1), bom: true } : { text };
  }
  const at = invalidUtf8Position(bytes);
  const message = `\`${path}\` is not valid UTF-8 (line ${at.line + 1}, column ${at.character + 1}): save it as UTF-8`;
  return { notUtf8: { code: C.unreadable, severity: "error", message, file: path, range: { start: at, end: at } } };
}

export interface LoadOptions {
  /**
   * The project folder for paths outside any git work tree (the CLI passes its working
   * directory). A path given inside a git work tree has that tree's top level as its project
   * folder; otherwise a path given inside `root` has `root`, a folder given outside it is its
   * own project folder, and a file given outside it is read as named. Without `root`, every
   * folder given outside a work tree is its own project folder. A file is read only if its
   * real path, after every symbolic link, lies inside its project folder's.
   */
  root?: string;
}

/**
 * The top level of the git work tree holding the folder `start` (a folder with `.git`, a
 * folder or a file), or undefined. A top reached through a symbolic link (`lib` → a
 * repository elsewhere) does not count: the work tree around that link does, so a checkout
 * cannot widen its project folder with a link to another repository on the machine.
 */
function workTreeTop(start: string): string | undefined {
  let top: string | undefined;
  let linkAbove = false;
  for (let dir = start; ; dir = dirname(dir)) {
    const link = isLink(dir);
    if (top !== undefined && link) linkAbove = true;
    if ((top === undefined ? !link : linkAbove) && existsSync(join(dir, ".git"))) {
      top = dir;
      linkAbove = false;
    }
    if (dirname(dir) === dir) return top;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether `path` is `folder` or lies inside it. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** Whether `path` is `folder` or lies inside it where `findSegFiles` looks: no `isSkippedEntry` on the way. */
export function isWithin(path: string, folder: string): boolean {
  return isInside(path, folder) && !relative(folder, path).split(sep).some(isSkippedEntry);
}

/**
 * Why a file of the project folder `root` (real path `realRoot`) must not be read, or undefined: a project
 * checked out from a pull request could link `env.seg` to `/proc/self/environ` or
 * `/etc/passwd`, and the parser's error excerpts would print that file. Reached through
 * links, a file must end inside the project and be a regular file (not a device, a FIFO
 * that blocks, or a /proc entry). File-system errors (a dangling link) are thrown.
 */
async function refusal(path: string, root: string, realRoot: string): Promise<string | undefined> {
  const real = await realpath(path);
  if (!isInside(real, realRoot)) {
    return `\`${path}\` is a symbolic link (or lies in a linked folder) leading to \`${real}\`, outside the project folder \`${root}\`: it is not read; copy the file into the project, or link to a file inside it`;
  }
  if (!(await stat(real)).isFile()) {
    return `\`${path}\` is not a regular file (a device, a FIFO or a special file): it is not read; a .seg file must be a plain file`;
  }
  return undefined;
}

/**
 * SEG9002 for the `.seg` file `path` found under the folder `folder` (the language server's
 * workspace folder), as `loadProject` of that folder would report it, or undefined.
 * File-system errors (a dangling link) are thrown.
 */
export async function linkRefusal(path: string, folder: string): Promise<Diagnostic | undefined> {
  const top = workTreeTop(resolve(folder)) ?? folder;
  const refused = await refusal(path, top, await realpath(top));
  return refused === undefined ? undefined : { code: C.outsideProject, severity: "error", message: refused, file: path, range: ZERO };
}

/**
 * Reads every `*.seg` file under `paths` (directories recursively, skipping
 * `node_modules` and dot-folders; a file given explicitly is read whatever its name).
 * Files come back sorted by path, each once. Missing or unreadable paths are reported as
 * SEG9001 diagnostics, files refused (links out of their project folder, see `LoadOptions`) as SEG9002,
 * never thrown.
 */
export async function loadProject(
  paths: string[],
  options: LoadOptions = {},
): Promise<{ files: SourceFile[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  /** Each file found, with the project folder it must stay inside (none: read as named). */
  const found = new Map<string, string | undefined>();
  const root = options.root === undefined ? undefined : resolve(options.root);

  const problem = async (path: string, e: unknown) => {
    const code = (e as { code?: string }).code;
    const brokenLink = code === "ENOENT" && (await lstat(path).then((s) => s.isSymbolicLink(), () => false));
    const why = brokenLink
      ? "is a symbolic link to a file that does not exist"
      : code === "ENOENT"
        ? "does not exist"
        : code === "EACCES"
          ? "is not readable (permission denied)"
          : `cannot be read (${(e as Error).message})`;
    diagnostics.push({ code: C.unreadable, severity: "error", message: `\`${path}\` ${why}`, file: path, range: ZERO });
  };

  for (const p of paths) {
    try {
      const s = await stat(p);
      const absolute = resolve(p);
      const top = workTreeTop(s.isDirectory() ? absolute : dirname(absolute));
      const inRoot = top ?? (root !== undefined && isInside(absolute, root) ? root : undefined);
      if (s.isDirectory()) {
        const folder = inRoot ?? p;
        for (const f of await findSegFiles(p, problem)) if (!found.has(f)) found.set(f, folder);
      } else found.set(p, inRoot);
    } catch (e) {
      await problem(p, e);
    }
  }

  // Each project folder resolved once, not once per file.
  const realFolders = new Map<string, string>();
  const realFolder = async (folder: string): Promise<string> => {
    let real = realFolders.get(folder);
    if (real === undefined) realFolders.set(folder, (real = await realpath(folder)));
    return real;
  };
  const files: SourceFile[] = [];
  for (const p of [...found.keys()].sort()) {
    let read;
    try {
      const folder = found.get(p);
      const refused = folder === undefined ? undefined : await refusal(p, folder, await realFolder(folder));
      if (refused !== undefined) {
        diagnostics.push({ code: C.outsideProject, severity: "error", message: refused, file: p, range: ZERO });
        continue;
      }
      read = await readSourceText(p);
    } catch (e) {
      await problem(p, e);
      continue;
    }
    if ("notUtf8" in read) diagnostics.push(read.notUtf8);
    else files.push(read.bom ? { path: p, text: read.text, bom: true } : { path: p, text: read.text });
  }
  return { files, diagnostics };
}

/** Where the first byte sequence that is no UTF-8 starts, as a line and a UTF-16 column. */
function invalidUtf8Position(bytes: Buffer): { line: number; character: number } {
  let byte = 0;
  let line = 0;
  let character = 0;
  for (const ch of bytes.toString("utf8")) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfffd && !(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) break;
    byte += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (ch === "\n") {
      line++;
      character = 0;
    } else character += ch.length;
  }
  return { line, character };
}
