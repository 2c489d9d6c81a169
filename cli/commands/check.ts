import { formatDiagnostics, type DiagnosticFormat } from "../report.ts";
import { loadAndCheck } from "../project.ts";
import { EXIT_FAILURE, EXIT_OK, type CliIo } from "../io.ts";
import type { CheckFlags } from "../main.ts";

/** `seg check [paths]`: exit 0 when clean (warnings allowed), 1 on errors. */
export async function checkCommand(paths: string[], options: CheckFlags, io: CliIo): Promise<number> {
  const { result, sources } = await loadAndCheck(paths, io, options.param);
  const format = options.format as DiagnosticFormat;
  const output = formatDiagnostics(result.diagnostics, format, { sources, cwd: io.cwd, color: io.isTty });
  if (output) io.stdout(output);
  else if (format === "text") io.stdout(`${sources.size} file${sources.size === 1 ? "" : "s"} checked, no problems\n`);
  return result.diagnostics.some((d) => d.severity === "error") ? EXIT_FAILURE : EXIT_OK;
}
