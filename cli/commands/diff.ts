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
import { checkProject, type IRProject, type SourceFile } from "../../compiler/index.ts";
import { parse } from "../../grammar/index.ts";
import type { MemberKey } from "../../compiler/engines/index.ts";
import type { RunResult } from "../../compiler/sql/index.ts";
import type { DiffFlags } from "../main.ts";
import { jsonPieces, linesOf, writeChunked } from "../output.ts";
import { loadSources, shellWord } from "../project.ts";
import { formatDiagnostics, visibleControls } from "../report.ts";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from "../io.ts";
import { unknownName } from "../suggest.ts";
import { parseInstant } from "../time.ts";
import { asCliError, cancellingOnInterrupt, csv, evaluateProject, exactKeys, open, sortKeys } from "./run.ts";

type Change = "changed" | "unchanged" | "added" | "removed" | "moved" | "renamed";

interface SegmentDiff {
  change: Change;
  /** A renamed segment's name in the base. */
  renamedFrom?: string;
  /** The entity in the base and in the project (a segment may move to another entity). */
  entityBefore: string | null;
  entityAfter: string | null;
  /** Sizes in the base and in the project; null where the segment does not exist. */
  before: number | null;
  after: number | null;
  joined: MemberKey[];
  left: MemberKey[];
}

export async function diffCommand(dir: string, flags: DiffFlags, io: CliIo): Promise<number> {
  if (flags.base !== undefined && flags.baseDir !== undefined) {
    throw new CliError("give only one version to compare with: --base <git revision> or --base-dir <directory>, not both", EXIT_USAGE);
  }
  if (flags.base === undefined && flags.baseDir === undefined) {
    throw new CliError("give what to compare with: --base <git revision> (e.g. main) or --base-dir <directory>", EXIT_USAGE);
  }
  const params = flags.param ?? {};
  const current = await projectInDirectory(dir, io);
  const base = flags.base !== undefined ? await projectAtRevision(dir, flags.base, io) : await projectInDirectory(flags.baseDir!, io);
  // A --param applies to each version that declares it (a change may add or remove one).
  const undeclared = Object.keys(params).filter((name) => !current.params.has(name) && !base.params.has(name));
  if (undeclared.length > 0) {
    throw new CliError(`neither version declares ${undeclared.length === 1 ? "the param" : "the params"} ${undeclared.map((n) => `\`${n}\``).join(", ")} given with --param`, EXIT_USAGE);
  }
  const ir = checkedIr(current, params, io, `the project has errors; fix them first (seg check ${shellWord(dir)})`);
  base.ir = base.files.length === 0 ? null : checkedIr(base, params, io);
  const unknown = flags.segment?.find((name) => !ir.segments.some((s) => s.name === name) && !base.ir?.segments.some((s) => s.name === name));
  if (unknown !== undefined) {
    const names = [...new Set([...ir.segments, ...(base.ir?.segments ?? [])].map((s) => s.name))];
    throw new CliError(unknownName("segment", unknown, names));
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
      const only = flags.segment?.filter((name) => project.segments.some((s) => s.name === name));
      if (only?.length === 0) return Promise.resolve({ asOf, segments: {} });
      if (project.segments.length === 0) return Promise.resolve({ asOf, segments: {} });
      return evaluateProject(engine, project, { asOf, segments: only, backend: "sql" }, once);
    };
    // One snapshot for both versions: a change to the data meanwhile is no change of members.
    const [before, after] = await cancellingOnInterrupt(engine, io, () => engine.snapshot(async () => {
      let was: RunResult = { asOf, segments: {} };
      try {
        if (base.ir) was = await evaluate(base.ir);
      } catch (error) {
        // The tables may have changed with the project: say which version could not run.
        if (error instanceof CliError) throw new CliError(`the project at ${base.label}: ${error.message}`, error.exitCode);
        throw error;
      }
      return [was, await evaluate(ir)];
    }));
    const diffs = compare(before, after, base.ir, ir);
    writeChunked(io, render(diffs, { asOf, base: base.label }, flags));
    const changed = [...diffs.values()].some((d) => d.change !== "unchanged");
    return flags.exitCode && changed ? EXIT_FAILURE : EXIT_OK;
  } catch (error) {
    throw asCliError(error, flags.db);
  } finally {
    await engine.close();
  }
}

/** A version of the project: its files (not checked yet: with the params it declares). */
interface Version {
  files: SourceFile[];
  /** The params its files declare. */
  params: Set<string>;
  ir: IRProject | null;
  /** How the output names it. */
  label: string;
}

function version(files: SourceFile[], label: string): Version {
  const params = new Set<string>();
  for (const f of files) for (const d of parse(f.text, f.path).file.declarations) if (d.kind === "param") params.add(d.name.text);
  return { files, params, ir: null, label };
}

async function projectInDirectory(dir: string, io: CliIo): Promise<Version> {
  return version(await loadSources([dir], io), dir);
}

/** The IR of a version checked with the params it declares; its errors stop the command. */
function checkedIr(v: Version, params: Record<string, string>, io: CliIo, failure?: string): IRProject {
  const own = Object.fromEntries(Object.entries(params).filter(([name]) => v.params.has(name)));
  const result = checkProject(v.files, { params: own });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return result.ir;
  const sources = new Map(v.files.map((f) => [f.path, f.text]));
  io.stderr(formatDiagnostics(errors, "text", { sources, cwd: io.cwd, color: io.stderrIsTty }));
  throw new CliError(failure ?? `the project at ${v.label} has errors, so its members cannot be compared`, EXIT_FAILURE);
}

/**
 * The project's directory as it is at a git revision: its .seg files (symbolic links
 * followed within the commit) are read from git in one batch into a temporary directory,
 * removed afterwards, and loaded there as `seg check` loads a directory.
 */
async function projectAtRevision(dir: string, revision: string, io: CliIo): Promise<Version> {
  // A revision that starts with "-" would be read by git as an option.
  if (revision.trim() === "" || revision.startsWith("-")) throw new CliError(`--base expects a git revision (a branch, tag or commit), got ${JSON.stringify(revision)}`, EXIT_USAGE);
  const cwd = path.resolve(io.cwd, dir);
  if (!fs.existsSync(cwd) || !fs.statSync(cwd).isDirectory()) throw new CliError(`no such directory: ${dir}`, EXIT_USAGE);
  /** git's output, or `failed` (a CliError) with what git said. */
  const git = (args: string[], failed?: string, input?: string): Buffer => {
    try {
      return execFileSync("git", args, { cwd, input, stdio: ["pipe", "pipe", "pipe"], maxBuffer: 1 << 30 });
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
      if (e.code === "ENOENT") throw new CliError("--base reads the project from git, which is not installed here; compare with a directory with --base-dir", EXIT_USAGE);
      const said = e.stderr?.toString("utf8").trim().split("\n")[0] || e.message;
      throw new CliError(failed ?? `git: ${said}`, EXIT_USAGE);
    }
  };
  git(["rev-parse", "--is-inside-work-tree"], `--base: ${dir} is not in a git repository; compare with a directory with --base-dir`);
  let commit: string;
  try {
    commit = git(
      ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`],
      `--base: no git revision ${JSON.stringify(revision)} (a branch, tag or commit of the repository of ${dir})`,
    )
      .toString("utf8")
      .trim();
  } catch (error) {
    // CI checks out one commit by default: the base branch or HEAD~1 is then missing, not misspelt.
    const shallow = git(["rev-parse", "--is-shallow-repository"]).toString("utf8").trim() === "true";
    if (!(error instanceof CliError) || !shallow) throw error;
    throw new CliError(`${error.message}; the clone is shallow: fetch the base's history, e.g. git fetch --unshallow, or actions/checkout with fetch-depth: 0`, EXIT_USAGE);
  }
  const label = `${revision} (${commit.slice(0, 12)})`;
  // The directory's path from the repository's root, as git names files (`segments/`).
  // Only the newline cut: a directory's name may start or end with a blank.
  const prefix = git(["rev-parse", "--show-prefix"]).toString("utf8").replace(/\n$/, "");
  const listing = git(["ls-tree", "-r", "-z", "--full-tree", commit]).toString("utf8");
  const tree = new Map<string, { mode: string; object: string }>();
  for (const line of listing.split("\0")) {
    if (line === "") continue;
    const tab = line.indexOf("\t");
    const [mode, type, object] = line.slice(0, tab).split(" ");
    if (type === "blob") tree.set(line.slice(tab + 1), { mode: mode!, object: object! });
  }
  // Kept as an empty project (a new project's segments are all new), but said: a moved directory looks the same.
  if (prefix !== "" && ![...tree.keys()].some((file) => file.startsWith(prefix))) {
    io.stderr(`seg: note: ${prefix} does not exist at ${revision}: every segment counts as new (moved or renamed? compare with --base-dir <a checkout of the old directory>)\n`);
  }
  const blobs = (ids: string[]): Buffer[] => {
    // One `git cat-file --batch` for all: `<id> blob <size>\n<bytes>\n` each.
    const out = git(["cat-file", "--batch"], undefined, ids.map((id) => `${id}\n`).join(""));
    const found: Buffer[] = [];
    let at = 0;
    for (let i = 0; i < ids.length; i++) {
      const eol = out.indexOf(10, at);
      const size = Number(out.subarray(at, eol).toString("latin1").split(" ")[2]);
      found.push(out.subarray(eol + 1, eol + 1 + size));
      at = eol + 1 + size + 1;
    }
    return found;
  };
  // Files under the directory; a symbolic link is followed to the file it names in the commit.
  const files = [...tree.keys()].filter((file) => file.startsWith(prefix) && file.endsWith(".seg"));
  // Checked before anything is written: the files are written under a temporary folder.
  const unsafe = files.find((file) => !isPlainTreePath(file));
  if (unsafe !== undefined) {
    throw new CliError(
      `--base: ${revision} holds a file named ${JSON.stringify(unsafe)}, with a \`..\`, \`.\` or empty part (a tree git itself never writes, only a crafted one): nothing was written; compare with a checkout of the base with --base-dir`,
      EXIT_USAGE,
    );
  }
  // A file of the commit itself, or a link's target followed through links (at most 40, as the kernel does).
  const resolve = (link: string): { mode: string; object: string } | undefined => {
    let at = link;
    for (let hops = 0; hops < 40; hops++) {
      const entry = tree.get(at);
      if (!entry || entry.mode !== "120000") return entry;
      const [target] = blobs([entry.object]);
      at = path.posix.normalize(path.posix.join(path.posix.dirname(at), target!.toString("utf8")));
    }
    return undefined;
  };
  // Each file with the blob it reads (a link's target's).
  const readable: { file: string; object: string }[] = [];
  for (const file of files) {
    const target = resolve(file);
    // A link out of the repository (or to nothing) has no content at that commit: left out, said once.
    if (target) readable.push({ file, object: target.object });
    else io.stderr(`seg: warning: ${revision}:${file} is a symbolic link to no file of that commit; the base is read without it\n`);
  }
  if (readable.length === 0) return version([], label);

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "seg-diff-"));
  const inTemp = (file: string): string => path.relative(temp, file).split(path.sep).join("/");
  try {
    blobs(readable.map((r) => r.object)).forEach((bytes, i) => {
      const target = path.join(temp, readable[i]!.file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, bytes);
    });
    let loaded;
    try {
      loaded = await loadSources([path.join(temp, prefix)], { ...io, cwd: temp });
    } catch (error) {
      // A file that is no UTF-8: named as git names it, not by the temporary path.
      if (error instanceof CliError) throw new CliError(error.message.replaceAll(`${temp}${path.sep}`, `${revision}:`), error.exitCode);
      throw error;
    }
    // Named as git names them: `git show <revision>:<path>` shows the file.
    return version(loaded.map((f) => ({ path: `${revision}:${inTemp(f.path)}`, text: f.text })), label);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Whether a path from a git tree names a file below the folder it is written under. A
 * crafted tree can hold entries named `..`, `.` or `` (git mktree takes them), which would
 * make `path.join(temp, file)` write anywhere (a `\` separates too, on Windows).
 */
function isPlainTreePath(file: string): boolean {
  return !path.isAbsolute(file) && file.split(/[/\\]/).every((part) => part !== "" && part !== "." && part !== "..");
}

/**
 * The segments of both versions, the project's order first, then those it removed. Keys
 * are compared as text (a key declared `number` in one version and `string` in the other
 * names the same record); a segment of another entity in each version has moved, and all
 * its keys joined and left.
 */
function compare(before: RunResult, after: RunResult, baseIr: IRProject | null, ir: IRProject): Map<string, SegmentDiff> {
  const entityOf = (project: IRProject | null, name: string): string | null => project?.segments.find((s) => s.name === name)?.entity ?? null;
  const was = new Map(Object.entries(before.segments));
  const out = new Map<string, SegmentDiff>();
  for (const [name, now] of Object.entries(after.segments)) {
    const old = was.get(name);
    const afterKeys = now.members ?? [];
    const entities = { entityBefore: entityOf(baseIr, name), entityAfter: entityOf(ir, name) };
    if (!old) {
      out.set(name, { change: "added", ...entities, before: null, after: now.size, joined: afterKeys, left: [] });
      continue;
    }
    const beforeKeys = old.members ?? [];
    if (entities.entityBefore !== entities.entityAfter) {
      out.set(name, { change: "moved", ...entities, before: old.size, after: now.size, joined: afterKeys, left: beforeKeys });
      continue;
    }
    const wasIds = new Set(beforeKeys.map(String));
    const nowIds = new Set(afterKeys.map(String));
    const joined = afterKeys.filter((k) => !wasIds.has(String(k)));
    const left = beforeKeys.filter((k) => !nowIds.has(String(k)));
    const change = joined.length === 0 && left.length === 0 ? "unchanged" : "changed";
    out.set(name, { change, ...entities, before: old.size, after: now.size, joined, left });
  }
  for (const [name, old] of was) {
    if (!out.has(name)) {
      out.set(name, { change: "removed", entityBefore: entityOf(baseIr, name), entityAfter: null, before: old.size, after: null, joined: [], left: old.members ?? [] });
    }
  }
  if (baseIr) pairRenamed(out, baseIr, ir);
  return out;
}

/**
 * A segment removed and one added with the same entity, definition and members is one
 * segment renamed: one row, `renamed`, with no keys that joined or left. Each pairs once.
 */
function pairRenamed(diffs: Map<string, SegmentDiff>, baseIr: IRProject, ir: IRProject): void {
  const removed = new Map<string, string>();
  for (const [name, d] of diffs) {
    const meaning = d.change === "removed" ? definition(baseIr, name) : undefined;
    if (meaning !== undefined && !removed.has(meaning)) removed.set(meaning, name);
  }
  for (const [name, d] of diffs) {
    const meaning = d.change === "added" ? definition(ir, name) : undefined;
    const oldName = meaning === undefined ? undefined : removed.get(meaning);
    const old = oldName === undefined ? undefined : diffs.get(oldName)!;
    if (!old || !sameKeys(old.left, d.joined)) continue;
    removed.delete(meaning!);
    diffs.delete(oldName!);
    diffs.set(name, { change: "renamed", renamedFrom: oldName!, entityBefore: old.entityBefore, entityAfter: d.entityAfter, before: old.before, after: d.after, joined: [], left: [] });
  }
}

/**
 * A segment's meaning: its entity and its condition with every aggregate written out, since
 * aggregate ids are numbered across the whole project and differ between versions.
 */
function definition(project: IRProject, name: string): string | undefined {
  const segment = project.segments.find((s) => s.name === name);
  if (!segment) return undefined;
  const aggregates = new Map(project.aggregates.map((a) => [a.id, a]));
  return JSON.stringify([segment.entity, segment.condition], (_key, value: unknown) => {
    if (typeof value !== "object" || value === null || (value as { k?: unknown }).k !== "agg") return value;
    const { id: _id, ...spelt } = aggregates.get((value as { id: string }).id) ?? {};
    return { k: "agg", of: spelt };
  });
}

function sameKeys(a: MemberKey[], b: MemberKey[]): boolean {
  if (a.length !== b.length) return false;
  const texts = new Set(a.map(String));
  return b.every((k) => texts.has(String(k)));
}

/** The output of `seg diff`, in pieces (cli/output.ts: the keys that joined may be millions). */
function* render(diffs: Map<string, SegmentDiff>, header: { asOf: string; base: string }, flags: DiffFlags): Generator<string> {
  const withMembers = Boolean(flags.members);
  if (flags.format === "json") {
    const segments: Record<string, object> = {};
    for (const [name, d] of diffs) {
      segments[name] = {
        change: d.change,
        entity: d.entityAfter ?? d.entityBefore,
        ...(d.change === "moved" ? { entityBefore: d.entityBefore } : {}),
        ...(d.renamedFrom !== undefined ? { renamedFrom: d.renamedFrom } : {}),
        before: d.before,
        after: d.after,
        joined: d.joined.length,
        left: d.left.length,
        ...(withMembers ? { joinedMembers: sortKeys(d.joined), leftMembers: sortKeys(d.left) } : {}),
      };
    }
    yield* jsonPieces({ asOf: header.asOf, base: header.base, segments }, exactKeys);
    yield "\n";
    return;
  }
  if (flags.format === "csv") {
    yield withMembers ? "segment,change,key\n" : "segment,change,before,after,joined,left\n";
    for (const [name, d] of diffs) {
      if (!withMembers) yield [csv(name), d.change, d.before ?? "", d.after ?? "", d.joined.length, d.left.length].join(",") + "\n";
      else {
        for (const key of sortKeys(d.joined)) yield `${csv(name)},joined,${csv(String(key))}\n`;
        for (const key of sortKeys(d.left)) yield `${csv(name)},left,${csv(String(key))}\n`;
      }
    }
    return;
  }
  const shown = [...diffs].filter(([, d]) => d.change !== "unchanged");
  const unchanged = diffs.size - shown.length;
  const noChange = `no segment's members changed (${unchanged} ${unchanged === 1 ? "segment" : "segments"} compared)`;
  const counts = `${shown.length} ${shown.length === 1 ? "segment" : "segments"} changed, ${unchanged} unchanged`;
  if (flags.format === "markdown") {
    yield renderMarkdown(shown, header, withMembers, shown.length === 0 ? noChange : counts);
    return;
  }
  yield `as of ${header.asOf}, against ${header.base}\n\n`;
  if (shown.length === 0) {
    yield noChange + "\n";
    return;
  }
  const width = Math.max("segment".length, ...shown.map(([name, d]) => label(name, d).length));
  const cell = (v: string): string => v.padStart(8);
  yield `${"segment".padEnd(width)}  ${cell("before")}  ${cell("after")}  ${cell("joined")}  ${cell("left")}\n`;
  yield `${"-".repeat(width)}  ${"-".repeat(8)}  ${"-".repeat(8)}  ${"-".repeat(8)}  ${"-".repeat(8)}\n`;
  for (const [name, d] of shown) {
    yield `${label(name, d).padEnd(width)}  ${cell(size(d.before))}  ${cell(size(d.after))}  ${cell(signed("+", d.joined.length))}  ${cell(signed("-", d.left.length))}\n`;
    if (withMembers) yield* linesOf(memberLines(d, "  "));
  }
  yield `\n${counts}\n`;
}

/** The keys of a segment's Markdown member list, of those that joined and of those that left; the rest are counted. */
const MARKDOWN_KEYS_SHOWN = 50;

/**
 * A Markdown table of the changed segments for a pull request (a step summary, a comment),
 * with their keys under --members in a collapsed `diff` block each: at most
 * MARKDOWN_KEYS_SHOWN of each side, since GitHub caps a comment at 65,536 characters.
 */
function renderMarkdown(shown: [string, SegmentDiff][], header: { asOf: string; base: string }, withMembers: boolean, closing: string): string {
  const lines = [`### seg diff: as of ${markdownText(header.asOf)}, against ${markdownText(header.base)}`, ""];
  if (shown.length > 0) {
    lines.push("| segment | before | after | joined | left |", "|:---|---:|---:|---:|---:|");
    for (const [name, d] of shown) {
      lines.push(`| ${markdownText(label(name, d))} | ${size(d.before)} | ${size(d.after)} | ${signed("+", d.joined.length)} | ${signed("-", d.left.length)} |`);
    }
    lines.push("");
  }
  lines.push(closing);
  if (withMembers) {
    for (const [name, d] of shown) {
      // an added or removed segment without members has no keys to show
      if (d.joined.length + d.left.length === 0) continue;
      // A segment's name is an identifier, so it needs no escaping in the HTML of the summary.
      lines.push("", `<details><summary>${name}: ${d.joined.length} joined, ${d.left.length} left</summary>`, "", "```diff");
      lines.push(...memberLines(d, "", MARKDOWN_KEYS_SHOWN), "```", "", "</details>");
    }
  }
  return lines.join("\n") + "\n";
}

/** A segment's label in a table: its name, and how it changed unless only its members did. */
function label(name: string, d: SegmentDiff): string {
  if (d.renamedFrom !== undefined) return `${name} (renamed from ${d.renamedFrom})`;
  return d.change === "added" ? `${name} (new)` : d.change === "removed" ? `${name} (removed)` : d.change === "moved" ? `${name} (${d.entityBefore} → ${d.entityAfter})` : name;
}

function size(n: number | null): string {
  return n === null ? "-" : String(n);
}

/** `+ key` for each key that joined, then `- key` for each that left; beyond `most` keys of a side, a line that counts the rest. */
function* memberLines(d: SegmentDiff, indent: string, most = Infinity): Generator<string> {
  for (const [sign, keys] of [["+", d.joined], ["-", d.left]] as const) {
    const sorted = sortKeys(keys);
    // A key's control characters as their pictures: a newline or a CR would break the listing.
    for (const key of sorted.slice(0, most)) yield `${indent}${sign} ${visibleControls(String(key))}`;
    if (sorted.length > most) yield `${indent}… ${sorted.length - most} more ${sign === "+" ? "joined" : "left"} (--format csv --members lists them all)`;
  }
}

/**
 * Text as Markdown shows it literally: the characters that start inline markup
 * (emphasis, code, links, HTML, entities, GitHub's strikethrough and math, a table's cell
 * separator) escaped, controls as their pictures.
 */
function markdownText(text: string): string {
  return visibleControls(text).replace(/[\\`*_[\]<>&|~$]/g, "\\$&");
}

/** A count of keys that joined (`+`) or left (`-`): 0 without a sign. */
function signed(sign: "+" | "-", n: number): string {
  return n === 0 ? "0" : `${sign}${n}`;
}
