/**
 * Front-end benchmark: parse + check a generated project of 10,000 segments in one
 * process and report time and throughput. Target: under 1 second on this machine.
 *
 *   npx tsx bench/front-end.ts [segments=10000] [runs=5]
 */
import { checkProject } from "../compiler/index.ts";
import { generateSegProject } from "./project-generator.ts";

const segments = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
const files = generateSegProject(segments, 7);
const bytes = files.reduce((total, f) => total + Buffer.byteLength(f.text), 0);

// One warm-up run: the first run also pays for module loading and JIT.
const warm = checkProject(files);
const errors = warm.diagnostics.filter((d) => d.severity === "error");
if (errors.length > 0) {
  console.error(`generated project has ${errors.length} errors, first: ${errors[0]!.code} ${errors[0]!.message}`);
  process.exit(1);
}

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  checkProject(files);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`segments:        ${segments} in ${files.length} files (${(bytes / 1e6).toFixed(2)} MB)`);
console.log(`parse + check:   median ${median.toFixed(0)} ms, best ${times[0]!.toFixed(0)} ms over ${runs} runs`);
console.log(`throughput:      ${(bytes / 1e6 / (median / 1000)).toFixed(2)} MB/s`);
console.log(`target < 1000 ms: ${median < 1000 ? "met" : "NOT met"}`);
