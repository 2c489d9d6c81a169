/** Loading a project from disk: files and directories → sorted `SourceFile`s. */
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
    try {
      files.push({ path: p, text: await readFile(p, "utf8") });
    } catch (e) {
      await problem(p, e);
    }
  }
  return { files, diagnostics };
}
