/** docs/testing.md: every ```seg block, as one project, checks clean and its tests pass; its `why` output is true. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { runSegTests } from "../../compiler/testing/index.ts";
import { runCli, tempProject } from "../helpers/cli.ts";

const DOC = path.resolve(import.meta.dirname, "../../docs/testing.md");
const text = fs.readFileSync(DOC, "utf8");
const blocks = [...text.matchAll(/```seg\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe("docs/testing.md examples", () => {
  test("has examples with tests", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  test("check clean and pass on js, sqlite and duckdb", async () => {
    const result = checkProject(blocks.map((b, i) => ({ path: `/docs/block${i + 1}.seg`, text: b })));
    expect(result.diagnostics).toEqual([]);
    expect(result.ir.tests.length).toBe(blocks.filter((b) => b.includes("test \"")).length);
    const report = await runSegTests(result.ir, { engines: [{ name: "js" }, { name: "sqlite" }, { name: "duckdb" }] });
    expect(report.disagreements).toEqual([]);
    expect(report.results.filter((r) => r.status !== "passed")).toEqual([]);
    expect(report.passed).toBe(result.ir.tests.length * 3);
  });
});

test("the `why` shown in docs/testing.md is what seg test prints for the example's bob", async () => {
  const shown = text.match(/```\n(✗ power users[\s\S]*?)```/)![1]!.split("\n").slice(2).join("\n");
  const flipped = blocks.map((b) => b.replace("expect bob not in power_users", "expect bob in power_users"));
  expect(flipped.join("")).not.toBe(blocks.join(""));
  const dir = tempProject(Object.fromEntries(flipped.map((b, i) => [`block${i + 1}.seg`, b])));
  try {
    const r = await runCli(["test", dir, "--engines", "js"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`is not a member\n${shown}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
