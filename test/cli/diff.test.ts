/**
 * `seg diff`: the members a change to the segments moves, against a git revision or a
 * directory. The expected keys come from `seg run --members` of each version, so the test
 * checks the comparison against the runner, not against itself.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { REPO_ROOT, runCli, tempProject, USERS_AND_EVENTS as SCHEMA } from "../helpers/cli.ts";

const BEFORE = `segment adults = age >= 18
segment buyers = did purchase in last 30 days
segment americans = country == "US"
`;
const AFTER = `segment adults = age >= 21
segment buyers = did purchase in last 30 days
segment big_buyers = sum(purchase.amount in last 30 days) > 100
`;
const AS_OF = ["--as-of", "2024-06-01"];

const git = (dir: string, ...args: string[]): string =>
  execFileSync("git", ["-c", "user.name=seg", "-c", "user.email=seg@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: dir, encoding: "utf8" });

/** A repository whose last commit has BEFORE, with AFTER in the working tree, and data. */
let repo: string;
let project: string;
beforeAll(async () => {
  repo = tempProject({ "segments/schema.seg": SCHEMA, "segments/segments.seg": BEFORE });
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", ".");
  git(repo, "commit", "-q", "-m", "segments");
  project = path.join(repo, "segments");
  const generated = await runCli(["generate", ".", "--db", "../data.db", "--users", "300", ...AS_OF], project);
  expect(generated.code).toBe(0);
  fs.writeFileSync(path.join(project, "segments.seg"), AFTER);
});

/** Member keys of every segment, from seg run. */
async function membersOf(dir: string): Promise<Record<string, string[]>> {
  const run = await runCli(["run", dir, "--db", "data.db", "--members", "--format", "json", ...AS_OF], repo);
  expect(run.stderr).toBe("");
  const segments = JSON.parse(run.stdout).segments as Record<string, { members: string[] }>;
  return Object.fromEntries(Object.entries(segments).map(([name, s]) => [name, s.members]));
}

describe("seg diff", () => {
  test("against a git revision: sizes, joined and left keys of each segment, as seg run gives them", async () => {
    const baseDir = tempProject({ "schema.seg": SCHEMA, "segments.seg": BEFORE });
    fs.copyFileSync(path.join(repo, "data.db"), path.join(baseDir, "data.db"));
    const before = await membersOf(baseDir);
    const after = await membersOf("segments");
    const minus = (a: string[] = [], b: string[] = []): string[] => a.filter((k) => !b.includes(k));

    const diff = await runCli(["diff", "segments", "--db", "data.db", "--base", "main", "--members", "--format", "json", ...AS_OF], repo);
    expect(diff.stderr).toBe("");
    expect(diff.code).toBe(0);
    const out = JSON.parse(diff.stdout);
    const commit = git(repo, "rev-parse", "main").trim();
    expect(out.base).toBe(`main (${commit.slice(0, 12)})`);
    expect(out.asOf).toBe("2024-06-01T00:00:00.000Z");
    // The project's order, then the segments it removed.
    expect(Object.keys(out.segments)).toEqual(["adults", "buyers", "big_buyers", "americans"]);
    for (const name of ["adults", "buyers", "big_buyers", "americans"]) {
      const joined = minus(after[name], before[name]);
      const left = minus(before[name], after[name]);
      const change = !before[name] ? "added" : !after[name] ? "removed" : joined.length + left.length > 0 ? "changed" : "unchanged";
      expect([name, out.segments[name]]).toEqual([
        name,
        {
          change,
          entity: "user",
          before: before[name]?.length ?? null,
          after: after[name]?.length ?? null,
          joined: joined.length,
          left: left.length,
          joinedMembers: joined,
          leftMembers: left,
        },
      ]);
    }
    // The data makes every kind of change happen.
    expect(out.segments.adults.left).toBeGreaterThan(0);
    expect(out.segments.buyers.change).toBe("unchanged");

    const table = await runCli(["diff", "segments", "--db", "data.db", "--base", "main", ...AS_OF], repo);
    const s = out.segments;
    expect(table.stdout).toBe(
      [
        `as of 2024-06-01T00:00:00.000Z, against main (${commit.slice(0, 12)})`,
        "",
        "segment                before     after    joined      left",
        "-------------------  --------  --------  --------  --------",
        `adults               ${String(s.adults.before).padStart(8)}  ${String(s.adults.after).padStart(8)}         0  ${`-${s.adults.left}`.padStart(8)}`,
        `big_buyers (new)            -  ${String(s.big_buyers.after).padStart(8)}  ${`+${s.big_buyers.joined}`.padStart(8)}         0`,
        `americans (removed)  ${String(s.americans.before).padStart(8)}         -         0  ${`-${s.americans.left}`.padStart(8)}`,
        "",
        "3 segments changed, 1 unchanged",
        "",
      ].join("\n"),
    );
  });

  test("docs/cli.md shows this project's diff", async () => {
    const docs = fs.readFileSync(path.join(REPO_ROOT, "docs", "cli.md"), "utf8");
    const [, command, shown] = /```console\n\$ (seg diff [^\n]*)\n([\s\S]*?)```/.exec(docs)!;
    const diff = await runCli(command!.split(" ").slice(1), repo);
    const commit = git(repo, "rev-parse", "main").trim().slice(0, 12);
    expect(diff.stdout.replace(commit, "97bad3e7fc82")).toBe(shown);
  });

  test("--exit-code, --segment, csv, and a directory as the base", async () => {
    const baseDir = tempProject({ "schema.seg": SCHEMA, "segments.seg": BEFORE });
    const changed = await runCli(["diff", "segments", "--db", "data.db", "--base-dir", baseDir, "--exit-code", "--format", "csv", ...AS_OF], repo);
    expect(changed.code).toBe(1);
    expect(changed.stdout.split("\n")[0]).toBe("segment,change,before,after,joined,left");
    expect(changed.stdout).toMatch(/^buyers,unchanged,(\d+),\1,0,0$/m);
    const same = await runCli(["diff", "segments", "--db", "data.db", "--base", "main", "--segment", "buyers", "--exit-code", ...AS_OF], repo);
    expect([same.code, same.stderr]).toEqual([0, ""]);
    expect(same.stdout).toBe(`as of 2024-06-01T00:00:00.000Z, against main (${git(repo, "rev-parse", "main").trim().slice(0, 12)})\n\nno segment's members changed (1 segment compared)\n`);
    // Repeated: those segments only, a removed one (americans) and a changed one (adults).
    const two = await runCli(["diff", "segments", "--db", "data.db", "--base", "main", "--segment", "americans", "--segment", "adults", "--format", "csv", ...AS_OF], repo);
    expect(two.stdout.split("\n").slice(1, -1).map((row) => row.split(",").slice(0, 2).join(","))).toEqual(["adults,changed", "americans,removed"]);
    const keys = await runCli(["diff", "segments", "--db", "data.db", "--base", "main", "--segment", "americans", "--members", "--format", "csv", ...AS_OF], repo);
    const rows = keys.stdout.trim().split("\n");
    expect(rows[0]).toBe("segment,change,key");
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row).toMatch(/^americans,left,user_\d+$/);
  });

  test("--format markdown: a table for a pull request, text escaped, each segment's keys collapsed, at most 50 a side", async () => {
    // `nobody`: a new segment without members, which gets a table row but no key list
    const root = tempProject({ "old|*_dir/all.seg": SCHEMA + BEFORE, "new/all.seg": SCHEMA + AFTER + "segment __init__ = age > 80\nsegment nobody = age > 1000\n" });
    fs.copyFileSync(path.join(repo, "data.db"), path.join(root, "data.db"));
    const args = ["diff", "new", "--db", "data.db", "--base-dir", "old|*_dir", "--members", ...AS_OF];
    const s = JSON.parse((await runCli([...args, "--format", "json"], root)).stdout).segments;
    const md = await runCli([...args, "--format", "markdown"], root);
    expect([md.code, md.stderr]).toEqual([0, ""]);
    const side = (sign: string, word: string, keys: string[]): string[] => [
      ...keys.slice(0, 50).map((key) => `${sign} ${key}`),
      ...(keys.length > 50 ? [`… ${keys.length - 50} more ${word} (--format csv --members lists them all)`] : []),
    ];
    const members = (name: string): string[] => [
      "",
      `<details><summary>${name}: ${s[name].joined} joined, ${s[name].left} left</summary>`,
      "",
      "```diff",
      ...side("+", "joined", s[name].joinedMembers),
      ...side("-", "left", s[name].leftMembers),
      "```",
      "",
      "</details>",
    ];
    expect(md.stdout).toBe(
      [
        "### seg diff: as of 2024-06-01T00:00:00.000Z, against old\\|\\*\\_dir",
        "",
        "| segment | before | after | joined | left |",
        "|:---|---:|---:|---:|---:|",
        `| adults | ${s.adults.before} | ${s.adults.after} | 0 | -${s.adults.left} |`,
        `| big\\_buyers (new) | - | ${s.big_buyers.after} | +${s.big_buyers.joined} | 0 |`,
        `| \\_\\_init\\_\\_ (new) | - | ${s.__init__.after} | +${s.__init__.joined} | 0 |`,
        "| nobody (new) | - | 0 | 0 | 0 |",
        `| americans (removed) | ${s.americans.before} | - | 0 | -${s.americans.left} |`,
        "",
        "5 segments changed, 1 unchanged",
        ...members("adults"),
        ...members("big_buyers"),
        ...members("__init__"),
        ...members("americans"),
        "",
      ].join("\n"),
    );
    // The data cuts a list short.
    expect(s.americans.left).toBeGreaterThan(50);

    const same = await runCli(["diff", "new", "--db", "data.db", "--base-dir", "old|*_dir", "--segment", "buyers", "--format", "markdown", ...AS_OF], root);
    expect(same.stdout).toBe("### seg diff: as of 2024-06-01T00:00:00.000Z, against old\\|\\*\\_dir\n\nno segment's members changed (1 segment compared)\n");
  });

  test("segments named like Object's own properties, a segment moved to another entity, a param only one version declares", async () => {
    const accounts = `entity account {\n  table "users"\n  key id: string\n  country: string\n  age: number\n}\n`;
    const base = tempProject({ "schema.seg": SCHEMA, "s.seg": "segment adults = age >= 18\nsegment grown = age >= 40\n" });
    const next = tempProject({
      "schema.seg": SCHEMA + accounts,
      "s.seg": [
        "param min_age = 21",
        "segment adults of user = age >= min_age",
        "segment constructor of user = age >= 30",
        "segment toString of user = age < 0",
        "segment grown of account = age >= 40",
        "",
      ].join("\n"),
    });
    const diff = await runCli(["diff", next, "--db", "data.db", "--base-dir", base, "--param", "min_age=30", "--format", "json", ...AS_OF], repo);
    expect(diff.stderr).toBe("");
    const out = JSON.parse(diff.stdout).segments;
    expect(Object.keys(out)).toEqual(["adults", "constructor", "toString", "grown"]);
    expect([out.constructor.change, out.constructor.before, out.toString.change, out.toString.before]).toEqual(["added", null, "added", null]);
    expect([out.grown.change, out.grown.entityBefore, out.grown.entity, out.grown.joined, out.grown.left]).toEqual(["moved", "user", "account", out.grown.after, out.grown.before]);
    // min_age=30 applies to the version that declares it
    const adults30 = await runCli(["run", next, "--db", "data.db", "--param", "min_age=30", "--segment", "constructor", "--format", "json", ...AS_OF], repo);
    expect(out.adults.after).toBe(JSON.parse(adults30.stdout).segments.constructor.size);
    // seg run of one segment listed `constructor` and `toString` too (Object's own properties).
    const one = await runCli(["run", next, "--db", "data.db", "--param", "min_age=30", "--segment", "adults", "--format", "csv", ...AS_OF], repo);
    expect(one.stdout.trim().split("\n").map((row) => row.split(",")[0])).toEqual(["segment", "adults"]);
    const nowhere = await runCli(["diff", next, "--db", "data.db", "--base-dir", base, "--param", "max_age=3"], repo);
    expect([nowhere.code, nowhere.stderr]).toEqual([2, "seg: neither version declares the param `max_age` given with --param\n"]);
  });

  test("a segment renamed is one row, by its definition and members; equal members with another definition are not a rename", async () => {
    // Aggregate ids are numbered across the project: buyers' count is a1 in the base and a3
    // here, and phantoms' count (90 days) takes ghosts' id (a2, 7 days).
    const base = tempProject({
      "schema.seg": SCHEMA,
      "s.seg": "segment buyers = did purchase in last 30 days\nsegment ghosts = did purchase in last 7 days and age > 1000\nsegment adults = age >= 18\n",
    });
    const next = tempProject({
      "schema.seg": SCHEMA,
      "s.seg": [
        "segment spenders = sum(purchase.amount) > 10",
        "segment phantoms = did purchase in last 90 days and age > 1000",
        "segment recent_buyers = did purchase in last 30 days",
        "segment adults = age >= 18",
        "",
      ].join("\n"),
    });
    const diff = await runCli(["diff", next, "--db", "data.db", "--base-dir", base, "--members", "--format", "json", ...AS_OF], repo);
    expect(diff.stderr).toBe("");
    const out = JSON.parse(diff.stdout).segments;
    expect(Object.keys(out)).toEqual(["spenders", "phantoms", "recent_buyers", "adults", "ghosts"]);
    const buyers = out.recent_buyers;
    expect(buyers.after).toBeGreaterThan(0);
    expect(buyers).toEqual({ change: "renamed", entity: "user", renamedFrom: "buyers", before: buyers.after, after: buyers.after, joined: 0, left: 0, joinedMembers: [], leftMembers: [] });
    expect([out.phantoms.change, out.phantoms.after, out.ghosts.change, out.ghosts.before]).toEqual(["added", 0, "removed", 0]);
    const table = await runCli(["diff", next, "--db", "data.db", "--base-dir", base, "--exit-code", ...AS_OF], repo);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(new RegExp(`^recent_buyers \\(renamed from buyers\\) +${buyers.after} +${buyers.after} +0 +0$`, "m"));
    expect(table.stdout).not.toMatch(/^buyers/m);
  });

  test("a .seg file that is a symbolic link in git is followed in the base, as in the working tree", async () => {
    fs.mkdirSync(path.join(repo, "linked"));
    fs.symlinkSync("../segments/schema.seg", path.join(repo, "linked", "schema.seg"));
    fs.writeFileSync(path.join(repo, "linked", "s.seg"), "segment adults = age >= 18\n");
    git(repo, "add", "linked");
    git(repo, "commit", "-q", "-m", "linked");
    try {
      const diff = await runCli(["diff", "linked", "--db", "data.db", "--base", "HEAD", "--exit-code", ...AS_OF], repo);
      expect([diff.code, diff.stderr]).toEqual([0, ""]);
      expect(diff.stdout).toMatch(/no segment's members changed \(1 segment compared\)/);
    } finally {
      git(repo, "reset", "-q", "--hard", "HEAD~1");
      fs.writeFileSync(path.join(project, "segments.seg"), AFTER);
    }
  });

  test("links followed through a chain; a link out of the repository left out with a warning; a directory named with a leading blank", async () => {
    fs.mkdirSync(path.join(repo, " lead", "lib"), { recursive: true });
    fs.copyFileSync(path.join(project, "schema.seg"), path.join(repo, " lead", "lib", "c.schema"));
    fs.symlinkSync("c.schema", path.join(repo, " lead", "lib", "b.link"));
    fs.symlinkSync("lib/b.link", path.join(repo, " lead", "schema.seg"));
    fs.writeFileSync(path.join(repo, "outside.seg"), "segment outside = age > 1\n");
    fs.symlinkSync("/nonexistent/elsewhere.seg", path.join(repo, " lead", "gone.seg"));
    fs.writeFileSync(path.join(repo, " lead", "s.seg"), "segment adults = age >= 18\n");
    git(repo, "add", " lead");
    git(repo, "commit", "-q", "-m", "lead");
    fs.rmSync(path.join(repo, " lead", "gone.seg"));
    try {
      const diff = await runCli(["diff", ".", "--db", "../data.db", "--base", "HEAD", "--exit-code", ...AS_OF], path.join(repo, " lead"));
      expect(diff.stderr).toBe("seg: warning: HEAD: lead/gone.seg is a symbolic link to no file of that commit; the base is read without it\n");
      expect([diff.code, diff.stdout.split("\n").at(-2)]).toEqual([0, "no segment's members changed (1 segment compared)"]);
    } finally {
      git(repo, "reset", "-q", "--hard", "HEAD~1");
      fs.rmSync(path.join(repo, " lead"), { recursive: true, force: true });
      fs.rmSync(path.join(repo, "outside.seg"), { force: true });
      fs.writeFileSync(path.join(project, "segments.seg"), AFTER);
    }
  });

  test("a crafted tree with `..` entries is refused before anything is written", async () => {
    const evil = tempProject({ "base.seg": SCHEMA + BEFORE });
    git(evil, "init", "-q", "-b", "main");
    git(evil, "add", ".");
    git(evil, "commit", "-q", "-m", "base");
    const gitIn = (input: string, ...args: string[]): string => execFileSync("git", args, { cwd: evil, input, encoding: "utf8" }).trim();
    // Entries named `..` (git mktree takes them) would write base.seg's neighbour 3 folders up.
    const blob = gitIn('segment pwned = name == "y"\n', "hash-object", "-w", "--stdin");
    const t1 = gitIn(`100644 blob ${blob}\tpwned.seg\n`, "mktree");
    const t2 = gitIn(`040000 tree ${t1}\t..\n`, "mktree");
    const t3 = gitIn(`040000 tree ${t2}\t..\n`, "mktree");
    const t4 = gitIn(`100644 blob ${gitIn("", "rev-parse", "HEAD:base.seg")}\tbase.seg\n040000 tree ${t3}\t..\n`, "mktree");
    git(evil, "branch", "evil", gitIn("", "commit-tree", t4, "-m", "x", "-p", "HEAD"));
    // The temporary folder three levels below `evil`, so an escape would land in it.
    const tmp = path.join(evil, "t1", "t2");
    fs.mkdirSync(tmp, { recursive: true });
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const diff = await runCli(["diff", ".", "--db", path.join(repo, "data.db"), "--base", "evil", ...AS_OF], evil);
      expect([diff.code, diff.stdout, diff.stderr]).toEqual([
        2,
        "",
        'seg: --base: evil holds a file named "../../../pwned.seg", with a `..`, `.` or empty part (a tree git itself never writes, only a crafted one): nothing was written; compare with a checkout of the base with --base-dir\n',
      ]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(fs.existsSync(path.join(evil, "pwned.seg"))).toBe(false);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  test("a base revision without the directory: every segment is new, with a note", async () => {
    fs.mkdirSync(path.join(repo, "later"), { recursive: true });
    fs.writeFileSync(path.join(repo, "later", "all.seg"), SCHEMA + AFTER);
    try {
      const diff = await runCli(["diff", "later", "--db", "data.db", "--base", "main", "--format", "json", ...AS_OF], repo);
      // Said, since a directory renamed since the base looks the same.
      expect([diff.code, diff.stderr]).toEqual([
        0,
        "seg: note: later/ does not exist at main: every segment counts as new (moved or renamed? compare with --base-dir <a checkout of the old directory>)\n",
      ]);
      const out = JSON.parse(diff.stdout);
      expect(Object.values(out.segments).map((s) => (s as { change: string }).change)).toEqual(["added", "added", "added"]);
    } finally {
      fs.rmSync(path.join(repo, "later"), { recursive: true });
    }
  });

  test("a project with errors: the check it suggests names its directory quoted for the shell", async () => {
    const root = tempProject({ "my segments #1/schema.seg": SCHEMA, "my segments #1/s.seg": "segment x = agee > 1\n", "base/schema.seg": SCHEMA });
    const broken = await runCli(["diff", "my segments #1", "--db", "data.db", "--base-dir", "base"], root);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/fix them first \(seg check 'my segments #1'\)\n$/);
  });

  test("errors: nothing to compare with, two bases, an unknown revision, one a shallow clone lacks, no repository, a base with errors", async () => {
    const none = await runCli(["diff", "segments", "--db", "data.db"], repo);
    expect([none.code, none.stderr]).toEqual([2, "seg: give what to compare with: --base <git revision> (e.g. main) or --base-dir <directory>\n"]);
    const both = await runCli(["diff", "segments", "--db", "data.db", "--base", "main", "--base-dir", "segments"], repo);
    expect([both.code, both.stderr]).toEqual([2, "seg: give only one version to compare with: --base <git revision> or --base-dir <directory>, not both\n"]);
    const unknown = await runCli(["diff", "segments", "--db", "data.db", "--base", "mian"], repo);
    expect([unknown.code, unknown.stderr]).toEqual([2, 'seg: --base: no git revision "mian" (a branch, tag or commit of the repository of segments)\n']);
    // A shallow clone has no HEAD~1: the error says to fetch the history.
    const origin = tempProject({ "segments/all.seg": SCHEMA + BEFORE });
    git(origin, "init", "-q", "-b", "main");
    git(origin, "add", ".");
    git(origin, "commit", "-q", "-m", "first");
    git(origin, "commit", "-q", "--allow-empty", "-m", "second");
    const clone = path.join(tempProject({}), "clone");
    git(repo, "clone", "-q", "--depth", "1", `file://${origin}`, clone);
    const shallow = await runCli(["diff", "segments", "--db", path.join(repo, "data.db"), "--base", "HEAD~1"], clone);
    expect([shallow.code, shallow.stderr]).toEqual([
      2,
      'seg: --base: no git revision "HEAD~1" (a branch, tag or commit of the repository of segments); the clone is shallow: fetch the base\'s history, e.g. git fetch --unshallow, or actions/checkout with fetch-depth: 0\n',
    ]);
    const option = await runCli(["diff", "segments", "--db", "data.db", "--base=--output=x"], repo);
    expect([option.code, option.stderr]).toEqual([2, 'seg: --base expects a git revision (a branch, tag or commit), got "--output=x"\n']);
    const outside = tempProject({ "all.seg": SCHEMA + AFTER });
    const noRepo = await runCli(["diff", ".", "--db", path.join(repo, "data.db"), "--base", "main"], outside);
    expect([noRepo.code, noRepo.stderr]).toEqual([2, "seg: --base: . is not in a git repository; compare with a directory with --base-dir\n"]);

    // A revision whose files have an error: named <revision>:<path>, exit 1.
    fs.writeFileSync(path.join(project, "segments.seg"), "segment adults = agee >= 18\n");
    git(repo, "commit", "-q", "-am", "a typo");
    fs.writeFileSync(path.join(project, "segments.seg"), AFTER);
    try {
      const broken = await runCli(["diff", "segments", "--db", "data.db", "--base", "HEAD"], repo);
      expect(broken.code).toBe(1);
      // Named as git names it: `git show HEAD:segments/segments.seg`.
      expect(broken.stderr).toMatch(/^HEAD:segments\/segments\.seg:1:18: error SEG1001 /);
      expect(broken.stderr).toMatch(/\nseg: the project at HEAD \([0-9a-f]{12}\) has errors, so its members cannot be compared\n$/);
    } finally {
      git(repo, "reset", "-q", "--hard", "main");
      fs.writeFileSync(path.join(project, "segments.seg"), AFTER);
    }
  });
});
