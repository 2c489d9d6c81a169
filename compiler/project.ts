/** Loading a project from disk: files and directories → sorted `SourceFile`s. */
import { isUtf8 } from "node:buffer";
import { lstat, readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../grammar/diagnostic.ts";
import { C } from "./check/codes.ts";

export interface SourceFile {
  path: string;
  text: string;
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
export async function readSourceText(path: string): Promise<{ text: string } | { notUtf8: Diagnostic }> {
  const bytes = await readFile(path);
  if (isUtf8(bytes)) return { text: bytes.toString("utf8") };
  const at = invalidUtf8Position(bytes);
  const message = `\`${path}\` is not valid UTF-8 (line ${at.line + 1}, column ${at.character + 1}): save it as UTF-8`;
  return { notUtf8: { code: C.unreadable, severity: "error", message, file: path, range: { start: at, end: at } } };
}

/**
 * Reads every `*.seg` file under `paths` (directories recursively, skipping
 * `node_modules` and dot-folders; a file given explicitly is read whatever its name).
 * Files come back sorted by path, each once. Missing or unreadable paths are reported as
 * SEG9001 diagnostics, never thrown.
 */
export async function loadProject(
  paths: string[],
): Promise<{ files: SourceFile[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const found = new Set<string>();

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
      if (s.isDirectory()) for (const f of await findSegFiles(p, problem)) found.add(f);
      else found.add(p);
    } catch (e) {
      await problem(p, e);
    }
  }

  const files: SourceFile[] = [];
  for (const p of [...found].sort()) {
    let read;
    try {
      read = await readSourceText(p);
    } catch (e) {
      await problem(p, e);
      continue;
    }
    if ("notUtf8" in read) diagnostics.push(read.notUtf8);
    else files.push({ path: p, text: read.text });
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
