/**
 * Language-server latency on a generated 5,000-segment project (50 files × 100 segments
 * plus a schema): time from a `didChange` to the `publishDiagnostics` of that version, and
 * completion response time, p50 / p95 / max over ~100 edits; then completion sent right
 * after a didChange (while the check of that edit runs: "no request blocks on a check").
 * Targets: diagnostics p95 < 50 ms, completion p95 < 20 ms (also during a check).
 *
 *   npx tsx bench/lsp-latency.ts [--edits 100] [--segments 5000]
 */
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { LspClient, uriOf } from "../test/lsp/client.ts";
import { generateSegProject } from "./project-generator.ts";

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}
const EDITS = arg("edits", 100);
const SEGMENTS = arg("segments", 5000);
const PER_FILE = 100;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "seg-bench-"));
  // The same generated project as the front-end benchmark (schema + segments in files of 100).
  const files: string[] = [];
  for (const file of generateSegProject(SEGMENTS, 1, PER_FILE)) {
    const p = join(root, file.path);
    writeFileSync(p, file.text);
    if (file.path !== "schema.seg") files.push(p);
  }
  const target = files[Math.floor(files.length / 2)]!;
  const { readFileSync } = await import("node:fs");
  const original = readFileSync(target, "utf8");
  const uri = uriOf(target);

  const t0 = performance.now();
  // Started as editors start it: `seg lsp --stdio`, with the V8 flag of bin/seg.mjs's shebang.
  const client = await LspClient.start(root, {
    initializationOptions: { diagnosticsDelay: 0 },
    command: ["--max-semi-space-size=64", join(REPO_ROOT, "bin", "seg.mjs"), "lsp", "--stdio"],
  });
  await client.open(uri, original);
  const first = await client.diagnosticsFor(uri, 1);
  const loadMs = performance.now() - t0;
  if (first.length > 0) console.error("unexpected diagnostics in the generated project:", first.slice(0, 3));

  // ~100 edits: change a number in one segment; every fifth edit introduces an unknown name
  const diagMs: number[] = [];
  const completionMs: number[] = [];
  const lines = original.split("\n");
  const whereLines = lines.map((l, i) => (l.startsWith("  where ") ? i : -1)).filter((i) => i >= 0);
  let text = original;
  let brokenLine = -1;
  for (let e = 0; e < EDITS; e++) {
    const line = whereLines[e % whereLines.length]!;
    const ls = text.split("\n");
    const broken = e % 5 === 4;
    if (brokenLine >= 0) ls[brokenLine] = `  where age > 1`;
    ls[line] = broken ? `  where agee > ${e}` : `  where age > ${e} and plan == "pro"`;
    brokenLine = broken ? line : -1;
    text = ls.join("\n");
    const start = performance.now();
    const version = await client.change(uri, text);
    const diags = await client.diagnosticsFor(uri, version);
    diagMs.push(performance.now() - start);
    if (broken !== diags.some((d) => d.code === "SEG1001")) throw new Error(`edit ${e}: unexpected diagnostics ${JSON.stringify(diags)}`);

    const c0 = performance.now();
    const items = await client.request<unknown[]>("textDocument/completion", {
      textDocument: { uri },
      position: { line, character: "  where ".length },
    });
    completionMs.push(performance.now() - c0);
    if (!Array.isArray(items) || items.length === 0) throw new Error("empty completion");
  }

  // completion while a check runs: didChange (the server starts checking at once, delay 0),
  // then immediately a completion; its response time must not include the check
  const duringMs: number[] = [];
  for (let e = 0; e < EDITS; e++) {
    const line = whereLines[e % whereLines.length]!;
    const ls = text.split("\n");
    ls[line] = `  where age > ${1000 + e} and plan == "pro"`;
    text = ls.join("\n");
    const version = await client.change(uri, text);
    const c0 = performance.now();
    const items = await client.request<unknown[]>("textDocument/completion", {
      textDocument: { uri },
      position: { line, character: "  where ".length },
    });
    duringMs.push(performance.now() - c0);
    if (!Array.isArray(items) || items.length === 0) throw new Error("empty completion");
    await client.diagnosticsFor(uri, version);
  }
  await client.stop();
  if (process.env.SEG_LSP_TRACE) console.log(client.stderr.join("").split("\n").slice(-60).join("\n"));
  rmSync(root, { recursive: true, force: true });

  const row = (name: string, xs: number[], target: number) =>
    `| ${name.padEnd(28)} | ${pct(xs, 50).toFixed(1).padStart(7)} | ${pct(xs, 95).toFixed(1).padStart(7)} | ${Math.max(...xs).toFixed(1).padStart(7)} | ${String(target).padStart(6)} | ${pct(xs, 95) < target ? "ok  " : "SLOW"} |`;
  console.log(`seg language server: ${SEGMENTS} segments in ${files.length} files, ${EDITS} edits (initial load + check ${loadMs.toFixed(0)} ms)`);
  console.log("| measure                      | p50 ms  | p95 ms  | max ms  | target | p95  |");
  console.log("|------------------------------|---------|---------|---------|--------|------|");
  console.log(row("didChange → publishDiagnostics", diagMs, 50));
  console.log(row("completion", completionMs, 20));
  console.log(row("completion during a check", duringMs, 20));
  console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
