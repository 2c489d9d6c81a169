/**
 * docs/diagnostics.md: its schema checks clean, and each worked example (a ```seg block
 * followed by the ```text message it reports) gives exactly that message.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { REPO_ROOT } from "../helpers/cli.ts";

const doc = fs.readFileSync(path.join(REPO_ROOT, "docs/diagnostics.md"), "utf8");
const schema = /```seg\n([\s\S]*?)```/.exec(doc)![1]!;

/** Each `### SEGxxxx` section's ```seg block and the ```text message after it. */
const examples = [...doc.matchAll(/^### (SEG\d{4})\b[\s\S]*?```seg\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)\n```/gm)].map((m) => ({
  code: m[1]!,
  src: m[2]!,
  message: m[3]!,
}));

describe("docs/diagnostics.md", () => {
  test("the schema of the examples checks without problems", () => {
    expect(checkProject([{ path: "schema.seg", text: schema }]).diagnostics).toEqual([]);
  });

  test("has worked examples, SEG3005 among them", () => {
    expect(examples.map((e) => e.code)).toContain("SEG3005");
  });

  for (const e of examples) {
    test(`${e.code}: the example reports the documented message, and nothing else`, () => {
      const r = checkProject([
        { path: "schema.seg", text: schema },
        { path: "example.seg", text: e.src },
      ]);
      expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([[e.code, e.message]]);
    });
  }
});
