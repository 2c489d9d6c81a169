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

/** A file as seg names it to the user: relative to `cwd` when below it (`.` for `cwd`), else absolute. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === "") return ".";
  return !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/**
 * Why seg must not write its output to `file`, or undefined when a regular file or nothing
 * is there. A symbolic link is never written through, not even with --force: the output
 * folder of a checkout from a pull request could link `out/x.sql` (or `out` itself) to any
 * file or folder the job may write (and write-file-atomic follows links). So `file` must not
 * be a link, nor may any folder on its path below `root` (the working directory: folders
 * above it, such as a linked /tmp, are the machine's, not the checkout's). Checked with
 * lstat, so a link is seen as one.
 */
export function outputRefusal(file: string, root: string): string | undefined {
  const linked = folderRefusal(path.dirname(path.resolve(file)), root);
  if (linked !== undefined) return linked;
  const stats = lstatIfAny(file);
  if (stats === undefined) return undefined;
  if (stats.isSymbolicLink()) return "it is a symbolic link, and seg never writes through one (not even with --force): remove the link and compile again";
  if (!stats.isFile()) return "it is a directory or other non-file";
  return undefined;
}

/**
 * Why seg must not write into the folder `dir`: it, or a folder above it below `root`, is a
 * symbolic link (named relative to `root`, as the CLI names files).
 */
export function folderRefusal(dir: string, root: string): string | undefined {
  const linked = linkedFolder(path.resolve(dir), path.resolve(root));
  if (linked === undefined) return undefined;
  return `${displayPath(linked, root)} is a symbolic link, and seg never writes through one (not even with --force): remove the link and compile again`;
}

/** The first existing folder of `dir` (itself included) strictly below `root` that is a symbolic link. */
function linkedFolder(dir: string, root: string): string | undefined {
  const relative = path.relative(root, dir);
  if (relative === "" || relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  let current = root;
  for (const part of relative.split(path.sep)) {
    current = path.join(current, part);
    const stats = lstatIfAny(current);
    if (stats === undefined) return undefined;
    if (stats.isSymbolicLink()) return current;
  }
  return undefined;
}

function lstatIfAny(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    // Nothing there (or a file where a folder should be, which creating the folders reports).
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}
