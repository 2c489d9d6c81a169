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

  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      await problem(dir, e);
      return;
    }
    for (const ent of entries) {
      if (ent.name.startsWith(".") || ent.name === "node_modules") continue;
      const p = join(dir, ent.name);
      if (ent.isDirectory()) await walk(p);
      else if (ent.name.endsWith(".seg") && (ent.isFile() || ent.isSymbolicLink())) found.add(p);
    }
  };

  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p);
      else found.add(p);
    } catch (e) {
      await problem(p, e);
    }
  }

  const files: SourceFile[] = [];
  for (const p of [...found].sort()) {
    let bytes: Buffer;
    try {
      bytes = await readFile(p);
    } catch (e) {
      await problem(p, e);
      continue;
    }
    // Decoding would replace a stray byte (Latin-1 `é`) with U+FFFD, silently, and `seg fmt`
    // would then write that back: such a file is refused, at the first bad byte.
    if (!isUtf8(bytes)) {
      const at = invalidUtf8Position(bytes);
      const message = `\`${p}\` is not valid UTF-8 (line ${at.line + 1}, column ${at.character + 1}): save it as UTF-8`;
      diagnostics.push({ code: C.unreadable, severity: "error", message, file: p, range: { start: at, end: at } });
      continue;
    }
    files.push({ path: p, text: bytes.toString("utf8") });
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
