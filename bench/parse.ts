/**
 * Parser benchmark: parse (lex + CST + AST) the generated 10,000-segment project, no
 * checking. Part of the front-end budget measured by bench/front-end.ts.
 *
 *   npx tsx bench/parse.ts [segments=10000] [runs=5]
 */
import { loadavg } from "node:os";
import { parse } from "../grammar/index.ts";
import { generateSegProject } from "./project-generator.ts";

const segments = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
const files = generateSegProject(segments, 7);
const bytes = files.reduce((total, f) => total + Buffer.byteLength(f.text), 0);

for (const f of files) parse(f.text, f.path); // warm-up
const times: number[] = [];
const cpus: number[] = [];
for (let i = 0; i < runs; i++) {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (const f of files) parse(f.text, f.path);
  times.push(performance.now() - start);
  const cpu = process.cpuUsage(cpu0);
  cpus.push((cpu.user + cpu.system) / 1000);
}
cpus.sort((a, b) => a - b);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`files:      ${files.length} (${(bytes / 1e6).toFixed(2)} MB, ${segments} segments)`);
console.log(`parse:      median ${median.toFixed(0)} ms, best ${times[0]!.toFixed(0)} ms over ${runs} runs`);
console.log(`cpu time:   median ${cpus[Math.floor(cpus.length / 2)]!.toFixed(0)} ms, best ${cpus[0]!.toFixed(0)} ms (this process, all threads)`);
console.log(`throughput: ${(bytes / 1e6 / (times[0]! / 1000)).toFixed(2)} MB/s (best run)`);
console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
