import fs from "node:fs";
import path from "node:path";
import type { CheckResult } from "../../compiler/index.ts";
import { C } from "../../compiler/check/codes.ts";
import { displayPath, formatDiagnostics, plural, type DiagnosticFormat } from "../report.ts";
import { loadAndCheck } from "../project.ts";
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
 * `seg check segments/a.seg` (a pre-commit hook passing the changed files) checks that file
 * as a project of its own, so without the schema of its directory every segment is SEG1009.
 * When only files were given and none declares an entity, say how to check the project.
 */
function wholeProjectHint(paths: string[], result: CheckResult, io: CliIo): string | undefined {
  const absolute = paths.map((p) => path.resolve(io.cwd, p));
  if (!absolute.every((p) => fs.statSync(p).isFile())) return undefined;
  if (!result.diagnostics.some((d) => d.code === C.entityAmbiguous)) return undefined;
  if ([...result.parsed.values()].some((parsed) => parsed.file.declarations.some((d) => d.kind === "entity"))) return undefined;
  const directory = displayPath(path.dirname(absolute[0]!), io.cwd);
  return `only files were given, so they were checked as a project of their own, which declares no entity; to check a file with the rest of its project (its schema), give the project's directory: seg check ${directory === io.cwd ? "." : directory}`;
}
