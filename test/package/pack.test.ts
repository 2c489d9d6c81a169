// `npm pack` gives a package that runs from its bundled dist/ alone: the bin, the public
// API entries of "exports" with their types, and the language server's check worker,
// which the bundle finds relative to the chunk that starts it.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LspClient, uriOf } from "../lsp/client.ts";

const REPO = path.join(import.meta.dirname, "..", "..");
const manifest = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as {
  exports: Record<string, { types: string; default: string }>;
};

let tmp: string;
let pkg: string;
let files: string[];

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "seg-pack-"));
  // npm pack runs the build (prepare): tsc's declarations, then esbuild's bundle.
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", tmp], { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })) as { filename: string; files: { path: string }[] }[];
  files = packed[0]!.files.map((file) => file.path);
  execFileSync("tar", ["xzf", path.join(tmp, packed[0]!.filename), "-C", tmp]);
  pkg = path.join(tmp, "package");
  // The dependencies an install would bring (no .git here: the bin runs dist/).
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(pkg, "node_modules"));
}, 300_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the packed package", () => {
  test("holds the bin, the bundled entries, every export's code and types, and no TypeScript sources", () => {
    const exported = Object.values(manifest.exports).flatMap((entry) => [entry.types, entry.default].map((file) => file.replace(/^\.\//, "")));
    expect(files).toEqual(expect.arrayContaining(["bin/seg.mjs", "dist/cli/main.js", "dist/lsp/check-worker.js", ...exported]));
    expect(files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
  });

  test("seg check runs from it", () => {
    const project = path.join(tmp, "project");
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, "schema.seg"), 'entity user {\n  table "users"\n  key id: string\n  plan: string\n}\n');
    fs.writeFileSync(path.join(project, "pro.seg"), 'segment pro = pln == "pro"\n');
    const run = spawnSync(process.execPath, [path.join(pkg, "bin", "seg.mjs"), "check", project], { encoding: "utf8" });
    expect([run.status, run.stdout + run.stderr]).toEqual([1, expect.stringContaining("SEG1001")]);
  });

  test("its public entries share one compiler", async () => {
    const api = (await import(pathToFileURL(path.join(pkg, "dist", "compiler", "index.js")).href)) as Record<string, unknown>;
    const sql = (await import(pathToFileURL(path.join(pkg, "dist", "compiler", "sql", "index.js")).href)) as Record<string, unknown>;
    expect(typeof api.checkProject).toBe("function");
    expect(Object.keys(sql).length).toBeGreaterThan(0);
  });

  test("its language server starts the check worker and publishes diagnostics", async () => {
    const project = path.join(tmp, "lsp");
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, "schema.seg"), 'entity user {\n  table "users"\n  key id: string\n  plan: string\n}\n');
    const client = await LspClient.start(project, { command: [path.join(pkg, "bin", "seg.mjs"), "lsp", "--stdio"] });
    try {
      const uri = uriOf(path.join(project, "pro.seg"));
      await client.open(uri, 'segment pro = pln == "pro"\n');
      expect((await client.diagnosticsFor(uri)).map((d) => d.code)).toEqual(["SEG1001"]);
    } finally {
      await client.stop();
    }
  });
});
