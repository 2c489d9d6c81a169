/**
 * Incremental checking, as the language server does it: a 5,000-segment project is
 * checked once, then one file is edited (`ProjectChecker.update`) and the project
 * re-checked (`check()`), many times. Reports update / check / total per edit (what
 * the diagnostics wait for), and apart the IR assembly that follows on first use.
 * The LSP target is diagnostics p95 < 50 ms after an edit.
 *
 *   npx tsx bench/incremental.ts [segments=5000] [edits=40]
 */
import { loadavg } from "node:os";
import { ProjectChecker } from "../compiler/index.ts";
import { generateSegProject } from "./project-generator.ts";

const segments = Number(process.argv[2] ?? 5000);
const edits = Number(process.argv[3] ?? 40);
const files = generateSegProject(segments, 7);
const pc = new ProjectChecker();
for (const f of files) pc.update(f.path, f.text);
let t = performance.now();
pc.check();
console.log(`first check:  ${(performance.now() - t).toFixed(0)} ms (${files.length} files)`);

const update: number[] = [];
const check: number[] = [];
const total: number[] = [];
const ir: number[] = [];
for (let i = 0; i < edits; i++) {
  // Edit a segment file in the middle: change one number (a value edit, same names).
  const f = files[1 + ((i * 7) % (files.length - 1))]!;
  const text = f.text.replace(/>= (\d+)/, (_, n: string) => `>= ${Number(n) + i + 1}`);
  t = performance.now();
  pc.update(f.path, text);
  const t1 = performance.now();
  const r = pc.check();
  const t2 = performance.now();
  if (r.diagnostics.some((d) => d.severity === "error")) throw new Error("the edit broke the project");
  update.push(t1 - t);
  check.push(t2 - t1);
  total.push(t2 - t);
  // The IR is assembled on first use (a SQL preview, a compile): measured apart.
  const t3 = performance.now();
  void r.ir;
  ir.push(performance.now() - t3);
}
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const row = (label: string, xs: number[]): string =>
  `${label.padEnd(14)} p50 ${pct(xs, 0.5).toFixed(1).padStart(6)} ms, p95 ${pct(xs, 0.95).toFixed(1).padStart(6)} ms`;
console.log(`segments:     ${segments}, ${edits} edits (one file each), stats of the last check: ${JSON.stringify(pc.stats)}`);
console.log(row("update:", update));
console.log(row("check():", check));
console.log(row("total:", total));
console.log(row("then r.ir:", ir));
console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
