/**
 * The formatter preserves meaning: for every project we ship (segments/ and each project of
 * the test corpus), formatting every file leaves the checked IR equal, and formatting again
 * changes nothing. Source line numbers (kept in the IR to report test results) are the one
 * thing formatting may move, so they are left out of the comparison.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkProject, format, type IRProject, type SourceFile } from "../../compiler/index.ts";

const root = path.resolve(import.meta.dirname, "../..");

function segFiles(dir: string): SourceFile[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".seg"))
    .sort()
    .map((name) => ({ path: path.join(dir, name), text: fs.readFileSync(path.join(dir, name), "utf8") }));
}

/** The corpus holds independent projects: files sharing the prefix before the first `-`. */
function corpusProjects(): [string, SourceFile[]][] {
  const groups = new Map<string, SourceFile[]>();
  for (const file of segFiles(path.join(root, "test/corpus"))) {
    const key = `corpus/${path.basename(file.path).split("-")[0]!}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups];
}

function withoutLines(ir: IRProject): string {
  return JSON.stringify(ir, (key, value) => (key === "line" ? undefined : value));
}

const projects: [string, SourceFile[]][] = [["segments", segFiles(path.join(root, "segments"))], ...corpusProjects()];

describe.each(projects)("formatting %s", (_name, files) => {
  test("keeps the IR equal and is idempotent", () => {
    expect(files.length).toBeGreaterThan(0);
    const before = checkProject(files);
    expect(before.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const formatted = files.map((f) => ({ path: f.path, text: format(f.text, f.path).text }));
    const after = checkProject(formatted);
    expect(withoutLines(after.ir)).toBe(withoutLines(before.ir));
    for (const f of formatted) expect(format(f.text, f.path).text, f.path).toBe(f.text);
  });
});
