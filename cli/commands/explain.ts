/**
 * `seg explain <segment> [--dir .] [--dialect sqlite]`: a segment's logic in plain words,
 * its metadata, what it depends on, and its SQL for one dialect.
 */
import path from "node:path";
import { explainSegment, explainTrait } from "../../compiler/explain/index.ts";
import { compileSegment, DialectLimitError, SqlCompileError } from "../../compiler/sql/index.ts";
import type { ExplainFlags } from "../main.ts";
import { CliError, EXIT_OK, EXIT_USAGE, type CliIo } from "../io.ts";
import { loadValidProject } from "../project.ts";
import { dialectOption } from "./compile.ts";
import { displayPath, visibleControls } from "../report.ts";
import { withArticle } from "../../compiler/check/types.ts";
import { unknownName } from "../suggest.ts";

export async function explainCommand(segment: string, flags: ExplainFlags, io: CliIo): Promise<number> {
  const dialect = dialectOption(flags.dialect);
  const { result } = await loadValidProject([flags.dir], io, flags.param);
  const ir = result.ir;
  const ex = explainSegment(ir, segment, result.symbols);
  if (!ex && /[/\\]|\.seg$/.test(segment)) {
    // A file where a segment's name belongs: name the segments it declares, if it is the project's.
    const file = path.resolve(io.cwd, segment);
    const declared = ir.segments.filter((s) => {
      const def = result.symbols.lookup(s.name);
      return def !== undefined && path.resolve(io.cwd, def.file) === file;
    });
    const its = declared.length > 0 ? `; ${displayPath(file, io.cwd)} declares ${declared.map((s) => s.name).join(", ")}` : "";
    throw new CliError(`explain takes a segment's name, not a file (seg explain <segment> --dir <dir>)${its}`, EXIT_USAGE);
  }
  if (!ex) throw new CliError(unknownName("segment", segment, ir.segments.map((s) => s.name)), EXIT_USAGE);

  let sql: string;
  try {
    sql = compileSegment(ir, segment, dialect, { emit: "select" });
  } catch (e) {
    if (e instanceof SqlCompileError || e instanceof DialectLimitError) throw new CliError(`${flags.dialect}: ${e.message}`);
    throw e;
  }

  const out: string[] = [];
  out.push(`segment ${ex.name} (of ${ex.entity})`);
  if (ex.location) out.push(`  declared at ${displayPath(ex.location.file, io.cwd)}:${ex.location.line + 1}`);
  if (ex.doc) for (const line of ex.doc.split("\n")) out.push(`  ${line}`);
  if (ex.owner) out.push(`  owner: ${ex.owner}`);
  if (ex.tags.length) out.push(`  tags: ${ex.tags.join(", ")}`);
  if (ex.deprecated !== undefined) out.push(`  deprecated${ex.deprecated === true ? "" : `: ${ex.deprecated}`}`);
  out.push("");
  out.push(`${capitalized(withArticle(ex.entity))} is in ${ex.name} when:`);
  ex.clauses.forEach((c, i) => out.push(`  ${i === 0 ? "    " : "AND "}${c}`));
  out.push("");
  out.push("Depends on");
  const d = ex.dependencies;
  const row = (label: string, items: string[]): void => {
    out.push(`  ${label.padEnd(11)} ${items.length ? items.join(", ") : "(none)"}`);
  };
  row("segments:", d.segments);
  row("traits:", d.traits);
  for (const t of d.traits) out.push(`    ${t} = ${explainTrait(ir, t) ?? "?"}`);
  row("consts:", d.consts);
  if (d.params.length) row("params:", d.params);
  row("events:", d.events);
  row("attributes:", d.attributes);
  // only when it reads one: most segments read no key, and their output stays as it was
  if (d.keys.length) row("keys:", d.keys);
  out.push("");
  out.push(`SQL (${flags.dialect})`);
  out.push(sql.trimEnd());
  // doc comments, owners and strings are the project's text: no raw ESC reaches the terminal
  io.stdout(out.join("\n").split("\n").map((line) => visibleControls(line)).join("\n") + "\n");
  return EXIT_OK;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
