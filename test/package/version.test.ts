/**
 * The version seg reports (`--version`, generated headers, SARIF) is its package's, also
 * where a team publishes seg under its organisation's scope as the README says
 * (`@your-org/seg`): the manifest is found by the `seg` command it declares.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { SEG_VERSION } from "../../compiler/version.ts";

const root = path.resolve(import.meta.dirname, "../..");

test("the checkout's version is package.json's", () => {
  expect(SEG_VERSION).toBe(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version);
});

test("under a scoped name, in an installed package's folder", async () => {
  const pkg = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seg-version-")), "node_modules", "@your-org", "seg");
  fs.mkdirSync(path.join(pkg, "compiler"), { recursive: true });
  fs.writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "@your-org/seg", version: "7.8.9", bin: { seg: "bin/seg.mjs" } }));
  fs.copyFileSync(path.join(root, "compiler", "version.ts"), path.join(pkg, "compiler", "version.ts"));
  // an unrelated package.json nearer the module would not do either
  fs.mkdirSync(path.join(pkg, "compiler", "inner"));
  fs.writeFileSync(path.join(pkg, "compiler", "inner", "package.json"), JSON.stringify({ name: "other", version: "1.0.0" }));
  fs.renameSync(path.join(pkg, "compiler", "version.ts"), path.join(pkg, "compiler", "inner", "version.ts"));
  const { SEG_VERSION: scoped } = (await import(path.join(pkg, "compiler", "inner", "version.ts"))) as { SEG_VERSION: string };
  expect(scoped).toBe("7.8.9");
});
