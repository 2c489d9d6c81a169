import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

/** Every `.seg` file of test/corpus and segments/ (the example library), with its text. */
export function corpusFiles(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of ["test/corpus", "segments"]) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).sort()) {
      if (f.endsWith(".seg")) out.push({ name: `${dir}/${f}`, text: readFileSync(join(abs, f), "utf8") });
    }
  }
  return out;
}

/** A deep copy of an AST without source positions (for structural comparison). */
export function stripRanges(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripRanges);
  if (v && typeof v === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === "range" || k.endsWith("Range") || k === "path") continue;
      o[k] = stripRanges(x);
    }
    return o;
  }
  return v;
}
