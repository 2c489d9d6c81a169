/**
 * What the SQL golden files are made of: the IR fixture of test/sql/cases.ts, the example
 * library `segments/`, and each `test/corpus/*.seg` (checked alone, or with
 * segments/schema.seg when it needs a schema). Each source gives, per dialect, the
 * membership query text of every entity plus each segment's SELECT, view and dbt model.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkProject } from "../../compiler/index.ts";
import type { IRProject } from "../../compiler/ir.ts";
import { compileMembershipText, compileSegment, segmentEntities } from "../../compiler/sql/compile.ts";
import type { Dialect } from "../../compiler/sql/dialect.ts";
import { CASES, casesProject, REGEX_CASES } from "../sql/cases.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const GOLDEN_DIR = path.join(ROOT, "test/golden");

export interface GoldenSource {
  /** Folder name under test/golden. */
  name: string;
  ir?: IRProject;
  /** Why there is no IR (check errors): the test reports it instead of comparing. */
  problem?: string;
}

function read(file: string): { path: string; text: string } {
  return { path: path.relative(ROOT, file), text: fs.readFileSync(file, "utf8") };
}

function checked(name: string, files: string[]): GoldenSource {
  const result = checkProject(files.map(read));
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    return { name, problem: `${errors.length} check error(s), first: ${errors[0]!.code} ${errors[0]!.message}` };
  }
  return { name, ir: result.ir };
}

export function goldenSources(): GoldenSource[] {
  const out: GoldenSource[] = [{ name: "ir-fixture", ir: casesProject([...CASES, ...REGEX_CASES]) }];
  const segDir = path.join(ROOT, "segments");
  if (fs.existsSync(segDir)) {
    const files = fs.readdirSync(segDir).filter((f) => f.endsWith(".seg")).sort().map((f) => path.join(segDir, f));
    out.push(checked("segments", files));
  }
  const corpus = path.join(ROOT, "test/corpus");
  if (fs.existsSync(corpus)) {
    for (const f of fs.readdirSync(corpus).filter((x) => x.endsWith(".seg")).sort()) {
      const file = path.join(corpus, f);
      let src = checked(f.replace(/\.seg$/, ""), [file]);
      if (src.problem && fs.existsSync(path.join(segDir, "schema.seg"))) {
        const withSchema = checked(src.name, [path.join(segDir, "schema.seg"), file]);
        if (!withSchema.problem) src = withSchema;
      }
      out.push(src);
    }
  }
  return out;
}

/** The golden text of one source in one dialect. */
export function goldenText(ir: IRProject, dialect: Dialect): string {
  const parts: string[] = [];
  for (const entity of segmentEntities(ir)) {
    parts.push(`-- ===== membership of ${entity}\n${compileMembershipText(ir, dialect, { entity })}`);
  }
  for (const s of ir.segments) {
    for (const emit of ["select", "view", "dbt"] as const) {
      parts.push(`-- ===== ${s.name} (${emit})\n${compileSegment(ir, s.name, dialect, { emit })}`);
    }
  }
  return parts.join("\n");
}

export function goldenPath(source: string, dialect: string): string {
  return path.join(GOLDEN_DIR, source, `${dialect}.sql`);
}
