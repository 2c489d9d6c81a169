// The published package runs without seg's devDependencies: a user's `npm install seg`
// never installs them. Every package that the code built into dist/ imports at run time
// (bundled or left external by scripts/build.mjs) must therefore be a runtime dependency.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  files: string[];
  dependencies: Record<string, string>;
};
/** What the package runs: the bin, and the sources that dist/ is built from. */
const shippedSourceFolders = ["bin", "cli", "compiler", "grammar", "lsp"];

/**
 * Loaded only when seg runs from a git checkout (bin/seg.mjs; the worker bootstrap in
 * lsp/workspace.ts), which `npm ci` gives its devDependencies; never by dist/.
 */
const CHECKOUT_ONLY = new Set(["tsx"]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(ts|mts|mjs|js)$/.test(name) && !name.endsWith(".d.ts"))
    .map((name) => join(folder, name));
}

/** Bare specifiers a module loads at run time (`import type` is erased, so left out). */
function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /^\s*import\s+(?!type\s)[^"';]*?from\s*"([^"]+)"/gm,
    /^\s*export\s+(?!type\s)[^"';]*?from\s*"([^"]+)"/gm,
    /^\s*import\s*"([^"]+)"/gm,
    /\bimport\(\s*"([^"]+)"\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) specifiers.push(match[1]!);
  }
  return specifiers.filter((specifier) => !specifier.startsWith("."));
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

describe("the published package", () => {
  it("ships the bin, and no TypeScript sources (dist/ is built from them)", () => {
    expect(manifest.files).toContain("bin");
    expect(manifest.files.filter((entry) => shippedSourceFolders.includes(entry) && entry !== "bin")).toEqual([]);
  });

  it("does not need tsx or esbuild, which only a git checkout uses", () => {
    expect(Object.keys(manifest.dependencies)).not.toEqual(expect.arrayContaining(["tsx"]));
    expect(Object.keys(manifest.dependencies)).not.toEqual(expect.arrayContaining(["esbuild"]));
  });

  it("imports at run time only its dependencies and Node's built-in modules", () => {
    const builtins = new Set(builtinModules);
    const missing: string[] = [];
    for (const folder of shippedSourceFolders) {
      for (const file of sourceFiles(join(root, folder))) {
        for (const specifier of runtimeImports(readFileSync(file, "utf8"))) {
          const name = packageName(specifier);
          if (specifier.startsWith("node:") || builtins.has(name)) continue;
          if (!(name in manifest.dependencies) && !CHECKOUT_ONLY.has(name)) missing.push(`${file.slice(root.length + 1)}: ${specifier}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("finds the imports it checks", () => {
    const found = runtimeImports('import { a } from "kysely";\nimport type { B } from "pg";\nconst m = await import("vscode-languageserver/node");');
    expect(found).toEqual(["kysely", "vscode-languageserver/node"]);
  });
});
