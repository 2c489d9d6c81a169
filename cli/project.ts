/** Loading and checking a project, shared by every command that needs the IR. */
import fs from "node:fs";
import path from "node:path";
import { checkProject, loadProject, type CheckResult, type Diagnostic, type SourceFile } from "../compiler/index.ts";
import { formatDiagnostics } from "./report.ts";
import { CliError, EXIT_FAILURE, EXIT_USAGE, type CliIo } from "./io.ts";

export interface LoadedProject {
  files: SourceFile[];
  result: CheckResult;
  sources: Map<string, string>;
}

/** Resolve user-given paths against the working directory; a missing path is a usage error. */
export function resolvePaths(paths: string[], io: CliIo): string[] {
  return paths.map((p) => {
    // `seg fmt "$DIR"` with DIR unset would otherwise rewrite the working directory.
    if (p.trim() === "") throw new CliError("an empty path was given (an unset shell variable?); write `.` for the working directory", EXIT_USAGE);
    const absolute = path.resolve(io.cwd, p);
    if (!fs.existsSync(absolute)) throw new CliError(`no such file or directory: ${p}`, EXIT_USAGE);
    return absolute;
  });
}

/**
 * The `.seg` files of `paths`, not checked; unreadable files and no files at all are usage
 * errors (exit 2).
 */
export async function loadSources(paths: string[], io: CliIo): Promise<SourceFile[]> {
  const absolute = resolvePaths(paths, io);
  const loaded = await loadProject(absolute, { root: io.cwd });
  const unreadable = loaded.diagnostics.filter((d) => d.severity === "error");
  if (unreadable.length > 0) {
    throw new CliError(unreadable.map((d) => d.message).join("\n"), EXIT_USAGE);
  }
  if (loaded.files.length === 0) {
    throw new CliError(`no .seg files found in ${paths.join(", ")} (\`seg init\` starts a project)`, EXIT_USAGE);
  }
  return loaded.files;
}

/** Load (loadSources) and check, with `--param` overrides. */
export async function loadAndCheck(paths: string[], io: CliIo, params?: Record<string, string>): Promise<LoadedProject> {
  const files = await loadSources(paths, io);
  const result = checkProject(files, params ? { params } : {});
  const sources = new Map(files.map((f) => [f.path, f.text]));
  return { files, result, sources };
}

/**
 * For commands that compile or run: refuse to go on with errors (printed to stderr in the
 * human format) — never silently wrong SQL from a broken project.
 */
export async function loadValidProject(
  paths: string[],
  io: CliIo,
  params?: Record<string, string>,
  /** Called with the project's diagnostics before it is refused (a report in a machine format). */
  onErrors?: (diagnostics: Diagnostic[], project: LoadedProject) => void,
): Promise<LoadedProject> {
  const project = await loadAndCheck(paths, io, params);
  const errors = project.result.diagnostics.filter((d: Diagnostic) => d.severity === "error");
  if (errors.length > 0) {
    onErrors?.(project.result.diagnostics, project);
    io.stderr(formatDiagnostics(errors, "text", { sources: project.sources, cwd: io.cwd, color: io.stderrIsTty }));
    const overrides = Object.entries(params ?? {}).map(([name, value]) => `--param ${shellWord(`${name}=${value}`)}`);
    throw new CliError(`the project has errors; fix them first (seg check ${[...paths.map((p) => shellWord(p)), ...overrides].join(" ")})`, EXIT_FAILURE);
  }
  return project;
}

/**
 * A word of a suggested command as the user's shell reads it back, so that the command
 * runs as pasted with a path holding a space or `#`. POSIX shells: as it is when plain,
 * else in single quotes (`$` and the rest kept as they are). Windows: single quotes are no
 * quotes to cmd.exe and `\` is a path's separator, so double quotes, as a program's
 * arguments are read there (`\"` for a quote, backslashes before one doubled, so that a
 * trailing `\` does not escape the closing quote). What cmd.exe (`%VAR%`) and PowerShell
 * (`$x`, a backtick) expand inside double quotes, no one form keeps for both: not promised.
 */
export function shellWord(word: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === "win32") {
    if (/^[\w@+=:,./\\-]+$/.test(word)) return word;
    return `"${word.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, "$1$1")}"`;
  }
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
