// Builds dist/, what the published package runs (`npm run build`, run by `npm pack`): tsc
// emits the type declarations of the public API, esbuild bundles the JavaScript: dist/cli/main.js (the `seg` command), dist/lsp/check-worker.js (the
// language server's checker thread) and the public API entries of package.json "exports".
// Node loads an ES module per file: unbundled, `seg check` loaded 733 of them (640 from
// lodash-es, through chevrotain), about a second before any work at every start.
// The entries share their code through chunks (dist/chunks/), so `seg` and `seg/sql` see the
// same classes. The other dependencies stay external: native engine drivers cannot be
// bundled, and the rest are few modules loaded only by the commands that use them.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

const root = new URL("../", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));

// Nothing of an earlier build (a module since renamed or unbundled) may be packed.
rmSync(new URL("dist", root), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });

/** Bundled in: chevrotain and the ~700 modules it imports (lodash-es, @chevrotain/*). */
const BUNDLED = new Set(["chevrotain"]);

await build({
  absWorkingDir: new URL(".", root).pathname,
  entryPoints: [
    "cli/main.ts",
    "lsp/check-worker.ts",
    "compiler/index.ts",
    "compiler/sql/index.ts",
    "compiler/js/index.ts",
    "compiler/engines/index.ts",
    "compiler/testing/index.ts",
  ],
  outbase: ".",
  outdir: "dist",
  // Every chunk is one folder below dist/, like the entries of cli/ and lsp/, so the paths
  // the code finds relative to its own module (lsp/workspace.ts's worker, cli/report.ts's
  // docs) are the same in any of them.
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: Object.keys(manifest.dependencies).filter((name) => !BUNDLED.has(name)),
  logLevel: "warning",
});
