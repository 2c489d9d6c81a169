/**
 * `seg init`: the project it starts checks, is formatted, passes its tests and runs on
 * generated data as written; it never writes over a project or a file.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { INIT_FILES } from "../../cli/commands/init.ts";
import { shellWord } from "../../cli/project.ts";
import { runCli, tempProject } from "../helpers/cli.ts";

describe("seg init", () => {
  test("a new project that checks, is formatted, passes its tests and runs", { timeout: 60_000 }, async () => {
    const cwd = tempProject({});
    const init = await runCli(["init"], cwd);
    expect([init.code, init.stderr]).toEqual([0, ""]);
    expect(init.stdout).toContain("created segments/ with schema.seg, segments.seg, tests.seg");
    expect(fs.readdirSync(path.join(cwd, "segments")).sort()).toEqual(Object.keys(INIT_FILES).sort());

    expect(await runCli(["check", "segments"], cwd)).toMatchObject({ code: 0, stdout: "3 files checked, no problems\n" });
    expect((await runCli(["fmt", "--check", "segments"], cwd)).code).toBe(0);
    const tests = await runCli(["test", "segments", "--engines", "js,sqlite"], cwd);
    expect([tests.code, tests.stdout]).toEqual([0, expect.stringContaining("4 passed, 0 failed")]);
    expect((await runCli(["generate", "segments", "--db", "demo.db", "--users", "200"], cwd)).code).toBe(0);
    const run = await runCli(["run", "segments", "--db", "demo.db", "--format", "json"], cwd);
    expect(run.code).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout).segments)).toEqual(["engaged_payers", "big_spenders", "churn_risk"]);
  });

  // Pasted, `seg check my proj #1` checked `my` and `proj` (`#1` a comment).
  test("the commands it suggests quote a folder with a space or `#`, so they run as pasted", async () => {
    const cwd = tempProject({});
    const init = await runCli(["init", "my proj #1"], cwd);
    expect(init.code).toBe(0);
    const commands = init.stdout.split("\n").filter((l) => l.includes("npx --no-install seg check"));
    expect(commands).toEqual(["  npx --no-install seg check 'my proj #1'"]);
    const words = execFileSync("sh", ["-c", commands[0]!.replace("npx --no-install seg", "printf '%s\\n'")], { encoding: "utf8" });
    expect(words).toBe("check\nmy proj #1\n");
    expect((await runCli(["check", "my proj #1"], cwd)).code).toBe(0);
  });

  // On Windows, single quotes are no quotes to cmd.exe, and `\` separates a path's folders.
  test("on Windows, the words are quoted as cmd.exe passes arguments to node", () => {
    expect(shellWord("segments\\ok", "win32")).toBe("segments\\ok");
    expect(shellWord("C:\\Users\\Jane Doe\\proj", "win32")).toBe('"C:\\Users\\Jane Doe\\proj"');
    // a trailing backslash doubled, or it would escape the closing quote
    expect(shellWord("C:\\my proj\\", "win32")).toBe('"C:\\my proj\\\\"');
    expect(shellWord('region="EU"', "win32")).toBe('"region=\\"EU\\""');
    expect(shellWord("my proj #1", "linux")).toBe("'my proj #1'");
    expect(shellWord("it's", "darwin")).toBe("'it'\\''s'");
  });

  test("seg check where there is no project points to seg init", async () => {
    const cwd = tempProject({});
    expect(await runCli(["check"], cwd)).toMatchObject({ code: 2, stderr: "seg: no .seg files found in . (`seg init` starts a project)\n" });
  });

  test("a folder of another name, with other files in it", async () => {
    const cwd = tempProject({ "analytics/segments/README.md": "ours\n" });
    const init = await runCli(["init", "analytics/segments"], cwd);
    expect(init.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, "analytics/segments/README.md"), "utf8")).toBe("ours\n");
    expect(fs.existsSync(path.join(cwd, "analytics/segments/schema.seg"))).toBe(true);
  });

  test("a folder that holds .seg files, or a file, is refused and left as it is", async () => {
    const cwd = tempProject({ "segments/deep/mine.seg": "segment mine = true\n", "notes.txt": "x\n" });
    const again = await runCli(["init"], cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`seg: segments already holds .seg files (${path.join("segments", "deep", "mine.seg")}): seg init starts a new project and writes over nothing\n`);
    expect(fs.readdirSync(path.join(cwd, "segments"))).toEqual(["deep"]);
    const file = await runCli(["init", "notes.txt"], cwd);
    expect([file.code, file.stderr]).toEqual([2, "seg: notes.txt is a file; give a folder for the new project\n"]);
  });
});
