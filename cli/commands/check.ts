import fs from "node:fs";
import path from "node:path";
import type { CheckResult } from "../../compiler/index.ts";
import { C } from "../../compiler/check/codes.ts";
import { displayPath, formatDiagnostics, plural, type DiagnosticFormat } from "../report.ts";
import { loadAndCheck, shellWord } from "../project.ts";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from "../io.ts";
import type { CheckFlags } from "../main.ts";

/** `seg check [paths]`: exit 0 when clean (warnings allowed up to --max-warnings), 1 on errors. */
export async function checkCommand(paths: string[], options: CheckFlags, io: CliIo): Promise<number> {
  const maxWarnings = options.maxWarnings === undefined ? Infinity : parseMaxWarnings(options.maxWarnings);
  const { result, sources } = await loadAndCheck(paths, io, options.param);
  const format = options.format as DiagnosticFormat;
  const output = formatDiagnostics(result.diagnostics, format, { sources, cwd: io.cwd, color: io.isTty });
  if (output) io.stdout(output);
  else if (format === "text") io.stdout(`${sources.size} file${sources.size === 1 ? "" : "s"} checked, no problems\n`);
  const projectHint = wholeProjectHint(paths, result, io);
  if (projectHint) io.stderr(`seg: note: ${projectHint}\n`);
  const warnings = result.diagnostics.filter((d) => d.severity === "warning").length;
  if (warnings > maxWarnings) io.stderr(`seg: ${plural(warnings, "warning")}, more than --max-warnings ${maxWarnings} allows\n`);
  return result.diagnostics.some((d) => d.severity === "error") || warnings > maxWarnings ? EXIT_FAILURE : EXIT_OK;
}

function parseMaxWarnings(text: string): number {
  // Digits only: Number() would also take "0x10", "1e3", " 7 " and "-1".
  if (!/^[0-9]+$/.test(text)) {
    throw new CliError(`--max-warnings expects a whole number, 0 or more (0 fails on any warning), got ${JSON.stringify(text)}`, EXIT_USAGE);
  }
  return Number(text);
}

/**
 * `seg check segments/a.seg` (a pre-commit hook passing the changed files) checks the files
 * given as a project of their own: without the schema or the segments beside them, their
 * names are unknown (SEG1009 for every segment when no entity is among them). When only
 * files were given, there are errors, and other `.seg` files sit beside them, say how to
 * check the project.
 */
function wholeProjectHint(paths: string[], result: CheckResult, io: CliIo): string | undefined {
  const absolute = paths.map((p) => path.resolve(io.cwd, p));
  if (!absolute.every((p) => fs.statSync(p).isFile())) return undefined;
  if (!result.diagnostics.some((d) => d.severity === "error")) return undefined;
  const given = new Set(absolute);
  const dir = path.dirname(absolute[0]!);
  const others = fs.readdirSync(dir).filter((name) => name.endsWith(".seg") && !given.has(path.join(dir, name)));
  const noEntity = result.diagnostics.some((d) => d.code === C.entityAmbiguous) && ![...result.parsed.values()].some((parsed) => parsed.file.declarations.some((d) => d.kind === "entity"));
  if (others.length === 0 && !noEntity) return undefined;
  const shown = displayPath(dir, io.cwd);
  const without = others.length > 0 ? `without the other .seg files of ${shown} (${others.slice(0, 3).join(", ")}${others.length > 3 ? ", …" : ""})` : "which declares no entity";
  return `only files were given, so they were checked as a project of their own, ${without}; to check them with the rest of their project, give its directory: seg check ${shellWord(shown)}`;
}
