import fs from "node:fs";
import path from "node:path";

/**
 * `mkdir -p`: creates `dir` and its missing parents, one level at a time. Node's own
 * recursive mkdir spins forever on a path the kernel answers ENOENT for whatever exists
 * (`/proc/out`); here the first level that cannot be made throws its error, as the
 * recursive mkdir's would be.
 */
export function makeDirectories(dir: string): void {
  const missing: string[] = [];
  let existing = path.resolve(dir);
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) {
    missing.push(existing);
    existing = path.dirname(existing);
  }
  // Under a file: ENOTDIR for the first missing level, or EEXIST for the file itself.
  if (!fs.statSync(existing).isDirectory()) fs.mkdirSync(missing.at(-1) ?? existing);
  for (const d of missing.reverse()) fs.mkdirSync(d);
}
