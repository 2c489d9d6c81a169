import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { REPO_ROOT, runCli, tempProject } from "../helpers/cli.ts";

/** The ```seg blocks of a markdown file, in order. */
export function segBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```seg\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe("README.md", () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");

  test("starts with the two commands: install and run the demo, and run the tests", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const commands = firstBlock.split("\n").filter(Boolean).map((line) => line.replace(/\s+#.*$/, ""));
    expect(commands).toEqual(["npm install && npx seg demo", "npm test"]);
    expect(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).scripts.test).toBe("vitest run");
    expect(fs.readFileSync(path.join(REPO_ROOT, ".ci/run"), "utf8")).toMatch(/\nnpm test\n/);
  });

  test("the tour's schema, segments and test form a project without errors", () => {
    const blocks = segBlocks(readme);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const result = checkProject(blocks.map((text, i) => ({ path: `readme-${i}.seg`, text })));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.ir.segments.map((s) => s.name)).toEqual(expect.arrayContaining(["power_users", "cart_abandoners"]));
    expect(result.ir.tests).toHaveLength(1);
  });

  test("the check output it shows is what seg check prints for the tour's files with the typo", async () => {
    const [schema, segments] = segBlocks(readme);
    const dir = tempProject({ "segments/schema.seg": schema!, "segments/engagement.seg": segments!.replace('plan == "enterprise"', 'pln == "enterprise"') });
    const [, command, shown] = /```console\n\$ npx (seg check [^\n]*)\n([\s\S]*?)```/.exec(readme)!;
    const run = await runCli(command!.split(" ").slice(1), dir);
    expect(run.stdout + run.stderr).toBe(shown);
  });

  test("every docs/ page it links to exists", () => {
    for (const [, link] of readme.matchAll(/\]\((docs\/[^)#]+)\)/g)) {
      expect(fs.existsSync(path.join(REPO_ROOT, link!)), link).toBe(true);
    }
  });
});
