// bin/seg.mjs runs the compiled dist/ of an installed package (tsx takes seconds at every
// start), and the TypeScript sources in a git checkout (never a stale dist/).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";

const BIN = path.join(import.meta.dirname, "..", "..", "bin", "seg.mjs");

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function fakePackage(withGit: boolean): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "seg-bin-"));
  roots.push(root);
  fs.writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "seg", type: "module" }));
  fs.mkdirSync(path.join(root, "bin"));
  fs.copyFileSync(BIN, path.join(root, "bin", "seg.mjs"));
  fs.mkdirSync(path.join(root, "dist", "cli"), { recursive: true });
  fs.writeFileSync(path.join(root, "dist", "cli", "main.js"), 'export async function main(args) { console.log("compiled", args.join(" ")); return 3; }\n');
  fs.mkdirSync(path.join(root, "cli"));
  fs.writeFileSync(path.join(root, "cli", "main.ts"), 'export async function main(): Promise<number> { console.log("sources"); return 4; }\n');
  if (withGit) fs.mkdirSync(path.join(root, ".git"));
  return root;
}

test("an installed package runs dist/, with the arguments and exit code of main", () => {
  const root = fakePackage(false);
  const run = spawnSync(process.execPath, [path.join(root, "bin", "seg.mjs"), "check", "x"], { encoding: "utf8" });
  expect([run.status, run.stdout]).toEqual([3, "compiled check x\n"]);
});

test("a git checkout runs its sources, even beside a dist/", () => {
  const root = fakePackage(true);
  // tsx is resolved from the repository's node_modules, as it would be in a checkout.
  fs.symlinkSync(path.join(import.meta.dirname, "..", "..", "node_modules"), path.join(root, "node_modules"));
  const run = spawnSync(process.execPath, [path.join(root, "bin", "seg.mjs")], { encoding: "utf8" });
  expect([run.status, run.stdout, run.stderr]).toEqual([4, "sources\n", ""]);
});

// The kernel passes the rest of the shebang line to `env` as one argument: `env -S node
// --flag` only works with GNU env, and BusyBox's (Alpine images) refuses `-S`.
test("the shebang is plain `env node`, so the command starts on BusyBox", () => {
  expect(fs.readFileSync(BIN, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
});

const busybox = spawnSync("busybox", ["env", "true"]).status === 0;
test.skipIf(!busybox)("the command runs under BusyBox env as the kernel starts it (needs busybox)", () => {
  const root = fakePackage(false);
  const script = path.join(root, "bin", "seg.mjs");
  const interpreterArgument = fs.readFileSync(script, "utf8").split("\n")[0]!.replace(/^#!\/usr\/bin\/env /, "");
  const run = spawnSync("busybox", ["env", interpreterArgument, script, "check"], { encoding: "utf8" });
  expect([run.status, run.stdout, run.stderr]).toEqual([3, "compiled check\n", ""]);
});

test("an installed package without dist/ (its prepare never ran) says so, without a stack", () => {
  const root = fakePackage(false);
  fs.rmSync(path.join(root, "dist"), { recursive: true });
  const run = spawnSync(process.execPath, [path.join(root, "bin", "seg.mjs"), "check"], { encoding: "utf8" });
  expect(run.status).toBe(2);
  expect(run.stderr).toBe(
    "seg: this installation of seg has no build (dist/): its `prepare` script did not run (installed with --ignore-scripts?); reinstall it with scripts, or run `npm run build` in its folder\n",
  );
});
