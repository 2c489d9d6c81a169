/**
 * `seg diff <dir> --db <target> (--base <git-ref> | --base-dir <dir>)`: what a change to
 * the segments does to their members. Both versions of the project are evaluated on the
 * same database at the same instant; per segment, its size before and after and the keys
 * that join or leave it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { IRProject } from "../../compiler/index.ts";
import type { MemberKey } from "../../compiler/engines/index.ts";
import type { RunResult } from "../../compiler/sql/index.ts";
import type { DiffFlags } from "../main.ts";
import { loadAndCheck, loadValidProject } from "../project.ts";
import { formatDiagnostics, visibleControls } from "../report.ts";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from "../io.ts";
import { unknownName } from "../suggest.ts";
import { parseInstant } from "../time.ts";
import { asCliError, cancellingOnInterrupt, csv, evaluateProject, exactKeys, open, sortKeys } from "./run.ts";

type Change = "changed" | "unchanged" | "added" | "removed";

interface SegmentDiff {
  change: Change;
  /** Sizes in the base and in the project; null where the segment does not exist. */
  before: number | null;
  after: number | null;
  joined: MemberKey[];
  left: MemberKey[];
}

export async function diffCommand(dir: string, flags: DiffFlags, io: CliIo): Promise<number> {
  if ((flags.base === undefined) === (flags.baseDir === undefined)) {
    throw new CliError("give what to compare with: --base <git revision> (e.g. main) or --base-dir <directory>", EXIT_USAGE);
  }
  const { result } = await loadValidProject([dir], io, flags.param);
  const base = flags.base !== undefined ? await projectAtRevision(dir, flags.base, io, flags.param) : await baseDirectory(flags.baseDir!, io, flags.param);
  const ir = result.ir;
  if (flags.segment !== undefined && !ir.segments.some((s) => s.name === flags.segment) && !base.ir?.segments.some((s) => s.name === flags.segment)) {
    const names = [...new Set([...ir.segments, ...(base.ir?.segments ?? [])].map((s) => s.name))];
    throw new CliError(unknownName("segment", flags.segment, names));
  }
  const asOf = flags.asOf === undefined ? new Date().toISOString() : parseInstant(flags.asOf, "--as-of");

  const engine = await open(flags.db, io, { mustExist: true, readOnly: true });
  try {
    // The checks of the tables run for each version; a warning about the data is shown once.
    const shown = new Set<string>();
    const once: CliIo = {
      ...io,
      stderr: (text) => {
        if (!shown.has(text)) io.stderr(text);
        shown.add(text);
      },
    };
    const evaluate = (project: IRProject): Promise<RunResult> => {
      const only = flags.segment === undefined ? undefined : [flags.segment];
      if (only && !project.segments.some((s) => s.name === flags.segment)) return Promise.resolve({ asOf, segments: {} });
      if (project.segments.length === 0) return Promise.resolve({ asOf, segments: {} });
      return evaluateProject(engine, project, { asOf, segments: only, backend: "sql" }, once);
    };
    const [before, after] = await cancellingOnInterrupt(engine, io, async () => {
      let was: RunResult = { asOf, segments: {} };
      try {
        if (base.ir) was = await evaluate(base.ir);
      } catch (error) {
        // The tables may have changed with the project: say which version could not run.
        if (error instanceof CliError) throw new CliError(`the project at ${base.label}: ${error.message}`, error.exitCode);
        throw error;
      }
      return [was, await evaluate(ir)];
    });
    const diffs = compare(before, after);
    io.stdout(render(diffs, { asOf, base: base.label }, flags));
    const changed = [...diffs.values()].some((d) => d.change !== "unchanged");
    return flags.exitCode && changed ? EXIT_FAILURE : EXIT_OK;
  } catch (error) {
    throw asCliError(error, flags.db);
  } finally {
    await engine.close();
  }
}

/** The base project: its IR (null when it has no .seg files) and how the output names it. */
interface BaseProject {
  ir: IRProject | null;
  label: string;
}

async function baseDirectory(dir: string, io: CliIo, params: Record<string, string> | undefined): Promise<BaseProject> {
  const { result } = await loadValidProject([dir], io, params);
  return { ir: result.ir, label: dir };
}

/**
 * The project's directory as it is at a git revision: its .seg files are read from git
 * into a temporary directory (removed afterwards) and checked there; diagnostics name them
 * `<revision>:<path>`.
 */
async function projectAtRevision(dir: string, revision: string, io: CliIo, params: Record<string, string> | undefined): Promise<BaseProject> {
  // A revision that starts with "-" would be read by git as an option.
  if (revision.trim() === "" || revision.startsWith("-")) throw new CliError(`--base expects a git revision (a branch, tag or commit), got ${JSON.stringify(revision)}`, EXIT_USAGE);
  const cwd = path.resolve(io.cwd, dir);
  if (!fs.existsSync(cwd) || !fs.statSync(cwd).isDirectory()) throw new CliError(`no such directory: ${dir}`, EXIT_USAGE);
  /** git's output, or `failed` (a CliError) with what git said. */
  const git = (args: string[], failed?: string): Buffer => {
    try {
      return execFileSync("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 });
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
      if (e.code === "ENOENT") throw new CliError("--base reads the project from git, which is not installed here; compare with a directory with --base-dir", EXIT_USAGE);
      const said = e.stderr?.toString("utf8").trim().split("\n")[0] || e.message;
      throw new CliError(failed ?? `git: ${said}`, EXIT_USAGE);
    }
  };
  git(["rev-parse", "--is-inside-work-tree"], `--base: ${dir} is not in a git repository; compare with a directory with --base-dir`);
  const commit = git(
    ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`],
    `--base: no git revision ${JSON.stringify(revision)} (a branch, tag or commit of the repository of ${dir})`,
  )
    .toString("utf8")
    .trim();
  const label = `${revision} (${commit.slice(0, 12)})`;
  // Blobs under the directory at that commit, paths relative to it.
  const listing = git(["ls-tree", "-r", "-z", commit, "--", "."]).toString("utf8");
  const files = listing
    .split("\0")
    .filter((line) => line !== "")
    .map((line) => {
      const [meta, file] = [line.slice(0, line.indexOf("\t")), line.slice(line.indexOf("\t") + 1)];
      const [mode, type, object] = meta.split(" ");
      return { mode, type, object: object!, file };
    })
    .filter((f) => f.type === "blob" && f.mode !== "120000" && f.file.endsWith(".seg"));
  if (files.length === 0) return { ir: null, label };

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "seg-diff-"));
  try {
    for (const f of files) {
      const target = path.join(temp, f.file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, git(["cat-file", "blob", f.object]));
    }
    const project = await loadAndCheck([temp], { ...io, cwd: temp }, params);
    const errors = project.result.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      const named = (file: string): string => `${revision}:${path.relative(temp, file).split(path.sep).join("/")}`;
      const sources = new Map([...project.sources].map(([file, text]) => [named(file), text]));
      io.stderr(formatDiagnostics(errors.map((d) => ({ ...d, file: named(d.file) })), "text", { sources, cwd: io.cwd, color: io.stderrIsTty }));
      throw new CliError(`the project at ${label} has errors, so its members cannot be compared`, EXIT_FAILURE);
    }
    return { ir: project.result.ir, label };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/** The segments of both versions, the project's order first, then those it removed. */
function compare(before: RunResult, after: RunResult): Map<string, SegmentDiff> {
  const out = new Map<string, SegmentDiff>();
  const id = (key: MemberKey): string => `${typeof key === "string" ? "s" : "n"}:${String(key)}`;
  for (const [name, now] of Object.entries(after.segments)) {
    const was = before.segments[name];
    const afterKeys = now.members ?? [];
    if (!was) {
      out.set(name, { change: "added", before: null, after: now.size, joined: afterKeys, left: [] });
      continue;
    }
    const beforeKeys = was.members ?? [];
    const wasIds = new Set(beforeKeys.map(id));
    const nowIds = new Set(afterKeys.map(id));
    const joined = afterKeys.filter((k) => !wasIds.has(id(k)));
    const left = beforeKeys.filter((k) => !nowIds.has(id(k)));
    const change = joined.length === 0 && left.length === 0 ? "unchanged" : "changed";
    out.set(name, { change, before: was.size, after: now.size, joined, left });
  }
  for (const [name, was] of Object.entries(before.segments)) {
    if (!out.has(name)) out.set(name, { change: "removed", before: was.size, after: null, joined: [], left: was.members ?? [] });
  }
  return out;
}

function render(diffs: Map<string, SegmentDiff>, header: { asOf: string; base: string }, flags: DiffFlags): string {
  const withMembers = Boolean(flags.members);
  if (flags.format === "json") {
    const segments: Record<string, object> = {};
    for (const [name, d] of diffs) {
      segments[name] = {
        change: d.change,
        before: d.before,
        after: d.after,
        joined: d.joined.length,
        left: d.left.length,
        ...(withMembers ? { joinedMembers: sortKeys(d.joined), leftMembers: sortKeys(d.left) } : {}),
      };
    }
    return JSON.stringify({ asOf: header.asOf, base: header.base, segments }, exactKeys, 2) + "\n";
  }
  if (flags.format === "csv") {
    const lines = withMembers ? ["segment,change,key"] : ["segment,change,before,after,joined,left"];
    for (const [name, d] of diffs) {
      if (!withMembers) lines.push([csv(name), d.change, d.before ?? "", d.after ?? "", d.joined.length, d.left.length].join(","));
      else {
        for (const key of sortKeys(d.joined)) lines.push(`${csv(name)},joined,${csv(String(key))}`);
        for (const key of sortKeys(d.left)) lines.push(`${csv(name)},left,${csv(String(key))}`);
      }
    }
    return lines.join("\n") + "\n";
  }
  const shown = [...diffs].filter(([, d]) => d.change !== "unchanged");
  const unchanged = diffs.size - shown.length;
  const lines = [`as of ${header.asOf}, against ${header.base}`, ""];
  if (shown.length === 0) {
    lines.push(`no segment's members changed (${unchanged} ${unchanged === 1 ? "segment" : "segments"} compared)`);
    return lines.join("\n") + "\n";
  }
  const label = (name: string, d: SegmentDiff): string => (d.change === "added" ? `${name} (new)` : d.change === "removed" ? `${name} (removed)` : name);
  const width = Math.max("segment".length, ...shown.map(([name, d]) => label(name, d).length));
  const cell = (v: string): string => v.padStart(8);
  lines.push(`${"segment".padEnd(width)}  ${cell("before")}  ${cell("after")}  ${cell("joined")}  ${cell("left")}`);
  lines.push(`${"-".repeat(width)}  ${"-".repeat(8)}  ${"-".repeat(8)}  ${"-".repeat(8)}  ${"-".repeat(8)}`);
  for (const [name, d] of shown) {
    const size = (n: number | null): string => (n === null ? "-" : String(n));
    lines.push(`${label(name, d).padEnd(width)}  ${cell(size(d.before))}  ${cell(size(d.after))}  ${cell(signed("+", d.joined.length))}  ${cell(signed("-", d.left.length))}`);
    if (withMembers) {
      // A key's control characters as their pictures: a newline or a CR would break the table.
      for (const key of sortKeys(d.joined)) lines.push(`  + ${visibleControls(String(key), false)}`);
      for (const key of sortKeys(d.left)) lines.push(`  - ${visibleControls(String(key), false)}`);
    }
  }
  lines.push("", `${shown.length} ${shown.length === 1 ? "segment" : "segments"} changed, ${unchanged} unchanged`);
  return lines.join("\n") + "\n";
}

/** A count of keys that joined (`+`) or left (`-`): 0 without a sign. */
function signed(sign: "+" | "-", n: number): string {
  return n === 0 ? "0" : `${sign}${n}`;
}
