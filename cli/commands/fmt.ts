import writeFileAtomic from "write-file-atomic";
import { format, lineBreaks, loadProject, type LineBreak } from "../../compiler/index.ts";
import { displayPath, formatDiagnostics } from "../report.ts";
import { resolvePaths } from "../project.ts";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from "../io.ts";

/**
 * `seg fmt [paths]` rewrites files in the canonical layout; `--check` writes nothing and
 * exits 1 listing the files that would change. A file with syntax errors is never
 * rewritten: its errors are printed and the exit code is 1.
 */
export async function fmtCommand(paths: string[], options: { check?: boolean }, io: CliIo): Promise<number> {
  const loaded = await loadProject(resolvePaths(paths, io), { root: io.cwd });
  const unreadable = loaded.diagnostics.filter((d) => d.severity === "error");
  if (unreadable.length > 0) throw new CliError(unreadable.map((d) => d.message).join("\n"), EXIT_USAGE);

  let failed = false;
  const changed: string[] = [];
  /**
   * Files whose only change is their line endings, by what they hold: CRLF (a checkout with
   * core.autocrlf, say), old-Mac CR, or a mix of kinds (each named, none taken for the file's).
   */
  const lineEndingsOnly = new Map<string, string[]>();
  for (const file of loaded.files) {
    const formatted = format(file.text, file.path);
    if (formatted.diagnostics.some((d) => d.severity === "error")) {
      failed = true;
      const sources = new Map([[file.path, file.text]]);
      io.stderr(formatDiagnostics(formatted.diagnostics, "text", { sources, cwd: io.cwd, color: io.stderrIsTty }));
      continue;
    }
    if (formatted.text === file.text) continue;
    changed.push(file.path);
    if (formatted.text === file.text.replace(/\r\n?/g, "\n")) {
      const held = lineEndingsHeld(file.text);
      const group = lineEndingsOnly.get(held) ?? [];
      group.push(file.path);
      lineEndingsOnly.set(held, group);
    }
    // A new file renamed over the old one: a failed write (a full disk) leaves the old intact.
    if (!options.check) await writeFileAtomic(file.path, (file.bom ? "\uFEFF" : "") + formatted.text, "utf8");
  }
  for (const file of changed) io.stdout(`${displayPath(file, io.cwd)}\n`);
  for (const [has, files] of lineEndingsOnly) {
    const which = `${files.length === 1 ? "the file has" : "the files have"} ${has}`;
    io.stderr(`seg: only the line endings of ${files.map((f) => displayPath(f, io.cwd)).join(", ")} ${options.check ? "differ" : "changed"}: seg fmt writes LF, ${which}\n`);
  }
  if (options.check && changed.length > 0) {
    io.stderr(`${changed.length} file${changed.length === 1 ? "" : "s"} would be reformatted (run \`seg fmt\`)\n`);
    return EXIT_FAILURE;
  }
  return failed ? EXIT_FAILURE : EXIT_OK;
}

const LINE_BREAK_NAMES: Record<LineBreak, string> = { "\n": "LF", "\r\n": "CRLF", "\r": "CR" };

/**
 * The line endings of a file that are not all LF, in words. git converts CRLF on checkout
 * (so .gitattributes helps), never a lone CR (old Mac). A file mixing kinds is named so,
 * with the kinds in the order they first appear (the first is the one the language
 * server's formatting keeps).
 */
function lineEndingsHeld(text: string): string {
  const breaks = lineBreaks(text);
  if (breaks.length > 1) {
    const names = breaks.map((b) => LINE_BREAK_NAMES[b]);
    return `mixed line endings (${names.slice(0, -1).join(", ")} and ${names.at(-1)!})`;
  }
  return breaks[0] === "\r\n" ? "CRLF (a .gitattributes line `*.seg text eol=lf` keeps checkouts in LF)" : "CR (old Mac)";
}
