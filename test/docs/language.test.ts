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

const diagnosticsOf = (condition: string): Diagnostic[] =>
  checkProject([
    { path: "schema.seg", text: schema },
    { path: "example.seg", text: `segment s = ${condition}\n` },
  ]).diagnostics;

/** `text` (one line) with every edit of the fix applied, the last first. */
function applyFix(text: string, d: Diagnostic): string {
  const edits = [...(d.fix?.edits ?? [])].sort((a, b) => b.range.start.character - a.range.start.character);
  for (const e of edits) {
    expect(e.range.start.line).toBe(0);
    text = text.slice(0, e.range.start.character) + e.newText + text.slice(e.range.end.character);
  }
  return text;
}

describe("docs/language.md, Coming from SQL", () => {
  test("lists the habits", () => {
    expect(rows.length).toBeGreaterThan(20);
  });

  test.each(rows)("%s → %s", (sql, seg) => {
    const diagnostics = diagnosticsOf(sql);
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toHaveLength(1);
    expect(diagnostics[0]!.fix, diagnostics[0]!.message).toBeDefined();
    expect(applyFix(`segment s = ${sql}`, diagnostics[0]!)).toBe(`segment s = ${seg}`);
    expect(diagnosticsOf(seg)).toEqual([]);
  });
});
