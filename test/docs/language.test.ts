/**
 * docs/language.md, "Coming from SQL": each SQL habit, as a segment over the schema of
 * docs/diagnostics.md, gets one diagnostic whose fix gives the row's seg condition, and
 * that condition checks without problems.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkProject, type Diagnostic } from "../../compiler/index.ts";
import { REPO_ROOT } from "../helpers/cli.ts";

const language = fs.readFileSync(path.join(REPO_ROOT, "docs/language.md"), "utf8");
const schema = /```seg\n([\s\S]*?)```/.exec(fs.readFileSync(path.join(REPO_ROOT, "docs/diagnostics.md"), "utf8"))![1]!;
const section = /### Coming from SQL\n([\s\S]*?)\n## /.exec(language)![1]!;
/** `| `sql` | `seg` |` rows, with markdown's `\|` read as `|`. */
const rows = [...section.matchAll(/^\| `(.+)` \| `(.+)` \|$/gm)].map((m) => [m[1]!.replaceAll("\\|", "|"), m[2]!.replaceAll("\\|", "|")] as const);

/** The condition as a segment of each form: `segment s = …` and the block's `where`. */
const FORMS = [(c: string) => `segment s = ${c}\n`, (c: string) => `segment s {\n  where ${c}\n}\n`];

const diagnosticsOf = (text: string): Diagnostic[] =>
  checkProject([
    { path: "schema.seg", text: schema },
    { path: "example.seg", text },
  ]).diagnostics;

/** `text` with every edit of the fix applied, the last first. */
function applyFix(text: string, d: Diagnostic): string {
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  const offset = (p: { line: number; character: number }) => lineStarts[p.line]! + p.character;
  const edits = [...(d.fix?.edits ?? [])].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of edits) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}

describe("docs/language.md, Coming from SQL", () => {
  test("lists the habits", () => {
    expect(rows.length).toBeGreaterThan(20);
  });

  test.each(rows)("%s → %s", (sql, seg) => {
    for (const form of FORMS) {
      const diagnostics = diagnosticsOf(form(sql));
      expect(diagnostics.map((d) => `${d.code} ${d.message}`), form(sql)).toHaveLength(1);
      expect(diagnostics[0]!.fix, diagnostics[0]!.message).toBeDefined();
      expect(applyFix(form(sql), diagnostics[0]!)).toBe(form(seg));
      expect(diagnosticsOf(form(seg))).toEqual([]);
    }
  });
});
