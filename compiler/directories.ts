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

/**
 * Why seg must not write its output to `file`, or undefined when a regular file or nothing
 * is there. A symbolic link is never written through, not even with --force: the output
 * folder of a checkout from a pull request could link `out/x.sql` to any file the job may
 * write (and write-file-atomic follows links). Checked with lstat, so a link is seen as one.
 */
export function outputRefusal(file: string): string | undefined {
  let stats: fs.Stats;
  try {
    stats = fs.lstatSync(file);
  } catch (error) {
    // Nothing there (or a file where a folder should be, which creating the folders reports).
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
  if (stats.isSymbolicLink()) return "it is a symbolic link, and seg never writes through one (not even with --force): remove the link and compile again";
  if (!stats.isFile()) return "it is a directory or other non-file";
  return undefined;
}
