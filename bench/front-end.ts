/**
 * Front-end benchmark: parse + check a generated project of 10,000 segments in one
 * process and report time and throughput. Target: under 1 second on this machine.
 *
 *   node --max-semi-space-size=64 --import tsx bench/front-end.ts [segments=10000] [runs=5]
 *
 * (the same V8 flag as bin/seg.mjs, so the figure is what `seg check` and the language
 * server get; without it, garbage collection adds about a third)
 *
 * Each run is `checkProject` split in its two phases: parse (`ProjectChecker.update` of
 * every file) and check (`check()`: resolve, check, lower; then reading `ir` and
 * `symbols`, which are assembled on first use). Wall time is
 * what users wait for; CPU time (this process, all threads, so GC helpers too) is less
 * sensitive to other work on a shared machine. The load average is printed with the
 * figures: compare runs made under similar load.
 */
import { loadavg } from "node:os";
import { checkProject, ProjectChecker } from "../compiler/index.ts";
import { generateSegProject } from "./project-generator.ts";

const segments = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
const files = generateSegProject(segments, 7);
const bytes = files.reduce((total, f) => total + Buffer.byteLength(f.text), 0);

// One warm-up run: the first run also pays for module loading and JIT.
const warm = checkProject(files);
void warm.ir;
const errors = warm.diagnostics.filter((d) => d.severity === "error");
if (errors.length > 0) {
  console.error(`generated project has ${errors.length} errors, first: ${errors[0]!.code} ${errors[0]!.message}`);
  process.exit(1);
}

interface Sample {
  parse: number;
  check: number;
  total: number;
  cpu: number;
}
const samples: Sample[] = [];
for (let i = 0; i < runs; i++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const pc = new ProjectChecker();
  for (const f of files) pc.update(f.path, f.text);
  const t1 = performance.now();
  const r = pc.check();
  // The IR and the symbol index are built on first use: use them, as checkProject's
  // callers do, so that the figure includes lowering to IR.
  if (r.ir.segments.length === 0 || r.symbols.definitions.length === 0) throw new Error("empty result");
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  samples.push({ parse: t1 - t0, check: t2 - t1, total: t2 - t0, cpu: (cpu.user + cpu.system) / 1000 });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const best = (xs: number[]): number => Math.min(...xs);
const row = (label: string, xs: number[]): string =>
  `${label.padEnd(16)} median ${median(xs).toFixed(0).padStart(5)} ms, best ${best(xs).toFixed(0).padStart(5)} ms`;
const total = samples.map((s) => s.total);
const med = median(total);
console.log(`segments:        ${segments} in ${files.length} files (${(bytes / 1e6).toFixed(2)} MB), ${runs} runs`);
console.log(row("parse:", samples.map((s) => s.parse)));
console.log(row("check:", samples.map((s) => s.check)));
console.log(row("parse + check:", total));
console.log(row("cpu time:", samples.map((s) => s.cpu)));
console.log(`throughput:      ${(bytes / 1e6 / (med / 1000)).toFixed(2)} MB/s (median), ${(bytes / 1e6 / (best(total) / 1000)).toFixed(2)} MB/s (best)`);
console.log(`load average:    ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
console.log(`target < 1000 ms: ${med < 1000 ? "met" : "NOT met"}`);
