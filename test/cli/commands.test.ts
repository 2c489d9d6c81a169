import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { REPO_ROOT, runCli, tempProject, USERS_AND_EVENTS as SCHEMA } from "../helpers/cli.ts";
import { describeFileError } from "../../cli/io.ts";
import { main } from "../../cli/main.ts";


const SEGMENTS = `/// Buyers from the US.
segment us_buyers {
  where country == "US" and did purchase in last 30 days
}

segment adults = age >= 18
`;

const validProject = () => tempProject({ "schema.seg": SCHEMA, "segments.seg": SEGMENTS });

describe("seg check", () => {
  test("exit 0 on a clean project, and a one-line summary", async () => {
    const run = await runCli(["check", "."], validProject());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 files checked, no problems");
  });

  test("exit 1 with file:line:col, code, frame and fix on an error", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "bad.seg": "segment x = contry == \"US\"\n" });
    const run = await runCli(["check", "."], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^bad\.seg:1:13: error SEG\d{4} .*contry/m);
    expect(run.stdout).toContain("^^^^^^");
    expect(run.stdout).toMatch(/did you mean `country`|country/);
  });

  test("a file saved with a UTF-8 byte order mark: columns on line 1 are the editor's", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "bad.seg": "\uFEFFsegment x = contry == \"US\"\n" });
    const run = await runCli(["check", "."], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^bad\.seg:1:13: error SEG\d{4} .*contry/m);
  });

  test("json format: the documented shape with 1-based positions", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "bad.seg": "segment x = contry == \"US\"\n" });
    const run = await runCli(["check", ".", "--format", "json"], dir);
    expect(run.code).toBe(1);
    const [first] = JSON.parse(run.stdout).diagnostics;
    expect(first).toMatchObject({ file: "bad.seg", line: 1, column: 13, endLine: 1, endColumn: 19, severity: "error" });
    expect(first.code).toMatch(/^SEG\d{4}$/);
  });

  test("--max-warnings n: exit 1 when there are more than n warnings; a bad n is a usage error", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "unused.seg": "const unused_a = 1\nconst unused_b = 2\n" });
    expect((await runCli(["check", "."], dir)).code).toBe(0);
    expect((await runCli(["check", ".", "--max-warnings", "2"], dir)).code).toBe(0);
    const strict = await runCli(["check", ".", "--max-warnings", "0", "--format", "github"], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout.match(/^::warning /gm)).toHaveLength(2);
    expect(strict.stderr).toBe("seg: 2 warnings, more than --max-warnings 0 allows\n");
    for (const bad of ["-1", "1.5", "x", "1e3", ""]) {
      expect(await runCli(["check", ".", `--max-warnings=${bad}`], dir)).toEqual({
        code: 2,
        stdout: "",
        stderr: `seg: --max-warnings expects a whole number, 0 or more (0 fails on any warning), got ${JSON.stringify(bad)}\n`,
      });
    }
  });

  test("a file given alone is a project of its own: without the schema, a note says to give the directory", async () => {
    const dir = tempProject({ "segments/schema.seg": SCHEMA, "segments/adults.seg": "segment adults = age >= 18\n" });
    const alone = await runCli(["check", "segments/adults.seg"], dir);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toContain("SEG1009");
    expect(alone.stderr).toBe(
      "seg: note: only files were given, so they were checked as a project of their own, without the other .seg files of segments (schema.seg); to check them with the rest of their project, give its directory: seg check segments\n",
    );
    expect(await runCli(["check", "segments"], dir)).toMatchObject({ code: 0, stderr: "" });
    expect(await runCli(["check", "segments/adults.seg", "segments/schema.seg"], dir)).toMatchObject({ code: 0, stderr: "" });
    // a schema and one segment file of several: a segment it names is unknown, and the note says why
    fs.writeFileSync(path.join(dir, "segments/grown.seg"), "segment grown = in adults and age >= 30\n");
    const two = await runCli(["check", "segments/schema.seg", "segments/grown.seg"], dir);
    expect(two.code).toBe(1);
    expect(two.stderr).toBe(
      "seg: note: only files were given, so they were checked as a project of their own, without the other .seg files of segments (adults.seg); to check them with the rest of their project, give its directory: seg check segments\n",
    );
    // a directory with a space: quoted, so that the command runs as pasted
    fs.renameSync(path.join(dir, "segments"), path.join(dir, "my segments"));
    expect((await runCli(["check", "my segments/schema.seg", "my segments/grown.seg"], dir)).stderr).toMatch(/give its directory: seg check 'my segments'\n$/);
    // a file with an error of its own and no other file beside it: no note
    const lone = tempProject({ "one.seg": SCHEMA + "segment bad = contry == 1\n" });
    expect((await runCli(["check", "one.seg"], lone)).stderr).toBe("");
  });

  test("three independent syntax errors are all reported", async () => {
    const dir = tempProject({
      "schema.seg": SCHEMA,
      "bad.seg": "segment a = age >\n\nsegment b = country == \n\nsegment c { where age >= 18 and }\n",
    });
    const run = await runCli(["check", ".", "--format", "json"], dir);
    expect(run.code).toBe(1);
    const lines = JSON.parse(run.stdout).diagnostics.filter((d: { severity: string }) => d.severity === "error").map((d: { line: number }) => d.line);
    expect(new Set(lines).size).toBeGreaterThanOrEqual(3);
  });

  test("exit 2 on a missing path, with a one-line message and no stack", async () => {
    const run = await runCli(["check", "does-not-exist"], validProject());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("seg: no such file or directory: does-not-exist\n");
  });

  test("a .seg link out of the project (a CI job's environment, a file elsewhere) is refused, its content never printed", async () => {
    const outside = tempProject({ "secret.txt": "TOKEN=hunter2\n" });
    const dir = validProject();
    fs.symlinkSync(path.join(outside, "secret.txt"), path.join(dir, "env.seg"));
    if (fs.existsSync("/proc/self/environ")) fs.symlinkSync("/proc/self/environ", path.join(dir, "proc.seg"));
    const run = await runCli(["check", "."], dir);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(/^seg: `.*env\.seg` is a symbolic link \(or lies in a linked folder\) leading to `.*secret\.txt`, outside the project folder `.*`: it is not read; copy the file into the project, or link to a file inside it\n/);
    expect(run.stderr).not.toContain("hunter2");
    expect(run.stderr).not.toMatch(/PATH=/);
    // A folder of the project that is a link out of it is refused the same way.
    const linkedFolder = validProject();
    fs.symlinkSync(outside, path.join(linkedFolder, "lib"));
    fs.renameSync(path.join(outside, "secret.txt"), path.join(outside, "secret.seg"));
    const folder = await runCli(["check", "lib"], linkedFolder);
    expect([folder.code, folder.stdout]).toEqual([2, ""]);
    expect(folder.stderr).toMatch(/^seg: `.*lib\/secret\.seg` is a symbolic link \(or lies in a linked folder\)/);
    expect(folder.stderr).not.toContain("hunter2");
  });

  test("the project folder of a path in a git work tree is the tree's top level, wherever seg runs", async () => {
    const gitInit = (dir: string) => expect(spawnSync("git", ["init", "-q", dir]).status).toBe(0);
    // Run from above the checkout, a link out of it to a file inside the working directory is refused.
    const base = tempProject({ "secret.txt": "TOKEN=hunter2\n", "ev/pr/segments/schema.seg": SCHEMA, "ev/pr/segments/segments.seg": SEGMENTS });
    gitInit(path.join(base, "ev/pr"));
    fs.symlinkSync("../../../secret.txt", path.join(base, "ev/pr/segments/env.seg"));
    const above = await runCli(["check", "ev/pr/segments"], base);
    expect([above.code, above.stdout]).toEqual([2, ""]);
    expect(above.stderr).toMatch(/^seg: `.*env\.seg` is a symbolic link \(or lies in a linked folder\) leading to `.*secret\.txt`, outside the project folder `.*ev\/pr`/);
    expect(above.stderr).not.toContain("hunter2");
    // A link to another folder of the checkout is read, from the checkout's top or below it.
    const repo = tempProject({ "shared/schema.seg": SCHEMA, "segments/segments.seg": SEGMENTS });
    gitInit(repo);
    fs.symlinkSync("../shared/schema.seg", path.join(repo, "segments/schema.seg"));
    expect((await runCli(["check", "."], path.join(repo, "segments"))).code).toBe(0);
    expect((await runCli(["check", "segments"], repo)).code).toBe(0);
    // A link in the checkout to another repository on the machine does not widen it.
    const other = tempProject({ "env.seg": "TOKEN=hunter2\n" });
    gitInit(other);
    fs.symlinkSync(other, path.join(repo, "lib"));
    const linked = await runCli(["check", "lib"], repo);
    expect([linked.code, linked.stdout]).toEqual([2, ""]);
    expect(linked.stderr).toMatch(/^seg: `.*lib\/env\.seg` is a symbolic link \(or lies in a linked folder\)/);
    expect(linked.stderr).not.toContain("hunter2");
  });

  test("exit 2 on a directory without .seg files", async () => {
    const run = await runCli(["check", "."], tempProject({ "README.md": "hi" }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no \.seg files/);
  });

  test("exit 2 and one `seg:` line on an unknown option or command, a missing option, a bad choice", async () => {
    const dir = validProject();
    const usage = " (run `seg --help` for usage)\n";
    expect(await runCli(["check", "--frobnicate"], dir)).toEqual({ code: 2, stdout: "", stderr: `seg: unknown option '--frobnicate'${usage}` });
    expect(await runCli(["chek"], dir)).toEqual({ code: 2, stdout: "", stderr: `seg: unknown command 'chek' (did you mean check?)${usage}` });
    expect((await runCli(["run", "."], dir)).stderr).toBe(`seg: required option '--db <target>' not specified${usage}`);
    expect((await runCli(["run", ".", "--db", "x.db", "--format", "xml"], dir)).stderr).toBe(
      `seg: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, json, csv.${usage}`,
    );
  });

  test("the example library in segments/ is clean", async () => {
    const run = await runCli(["check", "segments"], REPO_ROOT);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  // What a team's CI runs on its own files: our examples must pass it too.
  test("segments/ and examples/ are in seg fmt's layout", async () => {
    const run = await runCli(["fmt", "--check", "segments", "examples"], REPO_ROOT);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, "", ""]);
  });
});

describe("seg fmt", () => {
  test("--check lists files that would change and exits 1 without writing", async () => {
    const messy = "segment   adults=age>=18\n";
    const dir = tempProject({ "schema.seg": SCHEMA, "messy.seg": messy });
    const run = await runCli(["fmt", "--check", "."], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("messy.seg\n");
    expect(fs.readFileSync(path.join(dir, "messy.seg"), "utf8")).toBe(messy);
  });

  test("--check says when a file differs only in its line endings (CRLF)", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "crlf.seg": "segment adults = age >= 18\r\n", "messy.seg": "segment   adults2=age>=18\n" });
    const run = await runCli(["fmt", "--check", "."], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("crlf.seg\nmessy.seg\n");
    expect(run.stderr).toBe(
      "seg: only the line endings of crlf.seg differ: seg fmt writes LF, the file has CRLF (a .gitattributes line `*.seg text eol=lf` keeps checkouts in LF)\n" +
        "2 files would be reformatted (run `seg fmt`)\n",
    );
  });

  test("--check says when a file differs only in its line endings (CR, old Mac)", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "cr.seg": "segment adults = age >= 18\r" });
    const run = await runCli(["fmt", "--check", "."], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("cr.seg\n");
    expect(run.stderr).toBe("seg: only the line endings of cr.seg differ: seg fmt writes LF, the file has CR (old Mac)\n1 file would be reformatted (run `seg fmt`)\n");
  });

  // The .gitattributes advice is for CRLF only: git converts CRLF on checkout, never a lone CR.
  test("--check names CRLF and CR files apart", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "a.seg": "segment adults = age >= 18\r\n", "b.seg": "segment adults2 = age >= 21\r", "c.seg": "segment adults3 = age >= 30\r\n" });
    const run = await runCli(["fmt", "--check", "."], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "seg: only the line endings of a.seg, c.seg differ: seg fmt writes LF, the files have CRLF (a .gitattributes line `*.seg text eol=lf` keeps checkouts in LF)\n" +
        "seg: only the line endings of b.seg differ: seg fmt writes LF, the file has CR (old Mac)\n" +
        "3 files would be reformatted (run `seg fmt`)\n",
    );
  });

  // A file holding both CRLF and a lone CR was named a CRLF file, with the .gitattributes
  // advice, which cannot mend its lone CRs.
  test("--check names a file that mixes line endings as such, with the kinds in the order they appear", async () => {
    const dir = tempProject({
      "schema.seg": SCHEMA,
      "a.seg": "segment adults = age >= 18\r\n\r\nsegment adults2 = age >= 21\r",
      "b.seg": "segment adults3 = age >= 30\r\rsegment adults4 = age >= 40\r\n",
      "c.seg": "segment adults5 = age >= 50\n\nsegment adults6 = age >= 60\r\n\r\nsegment adults7 = age >= 70\r",
    });
    const run = await runCli(["fmt", "--check", "."], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "seg: only the line endings of a.seg differ: seg fmt writes LF, the file has mixed line endings (CRLF and CR)\n" +
        "seg: only the line endings of b.seg differ: seg fmt writes LF, the file has mixed line endings (CR and CRLF)\n" +
        "seg: only the line endings of c.seg differ: seg fmt writes LF, the file has mixed line endings (LF, CRLF and CR)\n" +
        "3 files would be reformatted (run `seg fmt`)\n",
    );
  });

  test("rewrites files, after which --check is clean", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "messy.seg": "segment   adults=age>=18\n" });
    expect((await runCli(["fmt", "."], dir)).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "messy.seg"), "utf8")).toBe("segment adults = age >= 18\n");
    const again = await runCli(["fmt", "--check", "."], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe("");
  });

  test("keeps a file's UTF-8 byte order mark", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "bom.seg": "\uFEFFsegment   adults=age>=18\n", "clean.seg": "\uFEFFsegment teens = age < 18\n" });
    const run = await runCli(["fmt", "."], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("bom.seg\n");
    expect(fs.readFileSync(path.join(dir, "bom.seg"), "utf8")).toBe("\uFEFFsegment adults = age >= 18\n");
    expect(fs.readFileSync(path.join(dir, "clean.seg"), "utf8")).toBe("\uFEFFsegment teens = age < 18\n");
  });

  test("writes a new file over the old one, keeping its mode and a link to it", async () => {
    // Renamed into place, so a failed write (a full disk) cannot leave half a file.
    const dir = tempProject({ "schema.seg": SCHEMA, "real.seg": "segment   adults=age>=18\n" });
    fs.chmodSync(path.join(dir, "real.seg"), 0o640);
    fs.mkdirSync(path.join(dir, "linked"));
    fs.symlinkSync(path.join(dir, "real.seg"), path.join(dir, "linked", "adults.seg"));
    expect((await runCli(["fmt", "linked"], dir)).code).toBe(0);
    expect(fs.lstatSync(path.join(dir, "linked", "adults.seg")).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, "real.seg"), "utf8")).toBe("segment adults = age >= 18\n");
    expect(fs.statSync(path.join(dir, "real.seg")).mode & 0o777).toBe(0o640);
  });

  test("never rewrites a file with syntax errors", async () => {
    const broken = "segment x = age >\n";
    const dir = tempProject({ "broken.seg": broken });
    const run = await runCli(["fmt", "."], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.seg:1:/);
    expect(fs.readFileSync(path.join(dir, "broken.seg"), "utf8")).toBe(broken);
  });
});

describe("seg compile", () => {
  test("SQL to stdout is deterministic", async () => {
    const dir = validProject();
    const first = await runCli(["compile", ".", "--dialect", "postgres"], dir);
    const second = await runCli(["compile", ".", "--dialect", "postgres"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('"users"');
    expect(first.stdout).toBe(second.stdout);
    // The aliases docs/dialects.md lists name the same dialect.
    for (const alias of ["pg", "postgresql", "PostgreSQL"]) expect((await runCli(["compile", ".", "--dialect", alias], dir)).stdout).toBe(first.stdout);
    const mysql = await runCli(["compile", ".", "--dialect", "mysql"], dir);
    expect((await runCli(["compile", ".", "--dialect", "mariadb"], dir)).stdout).toBe(mysql.stdout);
  });

  test("several statements on stdout each end with `;` (one script); one statement as its file holds it", async () => {
    const dir = validProject();
    const all = await runCli(["compile", ".", "--dialect", "sqlite"], dir);
    const segments = (all.stdout.match(/^-- segment /gm) ?? []).length;
    expect(segments).toBeGreaterThan(1);
    // every statement ends in `;`, and SQLite reads the script as that many statements
    expect(all.stdout.trimEnd().endsWith(";")).toBe(true);
    const db = new Database(":memory:");
    const statements = all.stdout.split(/;\n/).filter((s) => s.trim() !== "");
    expect(statements).toHaveLength(segments);
    for (const statement of statements) expect(() => db.prepare(statement)).toThrow(/no such table/);
    const one = await runCli(["compile", ".", "--dialect", "sqlite", "--segment", "us_buyers"], dir);
    expect(one.stdout).not.toMatch(/;\s*$/);
    // dbt models are files that must not end with `;`
    expect((await runCli(["compile", ".", "--dialect", "postgres", "--emit", "dbt"], dir)).stdout).not.toMatch(/;\s*$/m);
  });

  test("unknown dialect and unknown segment exit 2 with a suggestion", async () => {
    const dir = validProject();
    const dialect = await runCli(["compile", ".", "--dialect", "postgress"], dir);
    expect(dialect.code).toBe(2);
    expect(dialect.stderr).toBe("seg: unknown dialect `postgress`; did you mean `postgres`?\n");
    const segment = await runCli(["compile", ".", "--segment", "us_buyer"], dir);
    expect(segment.code).toBe(2);
    expect(segment.stderr).toBe("seg: unknown segment `us_buyer`; did you mean `us_buyers`?\n");
  });

  test("a project with errors is not compiled (exit 1, errors on stderr)", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "bad.seg": "segment x = contry == \"US\"\n" });
    const run = await runCli(["compile", "."], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/bad\.seg:1:13: error/);
  });

  test("--out writes one file per segment, and never overwrites a file seg did not write", async () => {
    const dir = validProject();
    const out = path.join(dir, "out");
    expect((await runCli(["compile", ".", "--emit", "view", "--out", "out"], dir)).code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(["adults.sql", "us_buyers.sql"]);
    // Regenerating over our own files is fine; identical ones are left untouched.
    const adults = path.join(out, "adults.sql");
    fs.utimesSync(adults, new Date("2020-01-01"), new Date("2020-01-01"));
    fs.appendFileSync(path.join(out, "us_buyers.sql"), "-- edited since\n");
    const again = await runCli(["compile", ".", "--emit", "view", "--out", "out"], dir);
    // Paths relative to the working directory, as `seg check` names files.
    expect([again.code, again.stderr]).toEqual([0, "wrote 1 file to out (1 unchanged)\n"]);
    expect(fs.statSync(adults).mtime.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(fs.readFileSync(path.join(out, "us_buyers.sql"), "utf8")).not.toContain("-- edited since");

    fs.writeFileSync(path.join(out, "adults.sql"), "-- my own notes\n");
    const refused = await runCli(["compile", ".", "--emit", "view", "--out", "out"], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refusing to overwrite .*adults\.sql/);
    expect(fs.readFileSync(path.join(out, "adults.sql"), "utf8")).toBe("-- my own notes\n");

    expect((await runCli(["compile", ".", "--emit", "view", "--out", "out", "--force"], dir)).code).toBe(0);
    expect(fs.readFileSync(path.join(out, "adults.sql"), "utf8")).toMatch(/CREATE VIEW/);
  });

  test("outputs name the version of seg that wrote them; an upgrade rewrites an earlier version's files and says so", async () => {
    const version = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
    const dir = validProject();
    const out = path.join(dir, "out");
    expect((await runCli(["compile", ".", "--emit", "dbt", "--out", "out"], dir)).code).toBe(0);
    const adults = path.join(out, "adults.sql");
    const text = fs.readFileSync(adults, "utf8");
    expect(text.split("\n")[0]).toBe(`-- Generated by seg ${version}. Do not edit: regenerate with \`seg compile\`.`);
    expect((await runCli(["--version"], dir)).stdout).toBe(`${version}\n`);

    // as seg wrote them before headers named a version, and as a later release would
    const unversioned = text.replace(/^-- Generated by seg \S+\./, "-- Generated by seg.");
    fs.writeFileSync(adults, unversioned);
    const usBuyers = path.join(out, "us_buyers.sql");
    fs.writeFileSync(usBuyers, fs.readFileSync(usBuyers, "utf8").replace(/^-- Generated by seg \S+\./, "-- Generated by seg 9.9.9."));
    fs.writeFileSync(path.join(out, "gone.sql"), unversioned.replace("-- segment adults", "-- segment gone"));
    const upgrade = await runCli(["compile", ".", "--emit", "dbt", "--out", "out"], dir);
    expect(upgrade.code).toBe(0);
    expect(upgrade.stderr).toContain(`seg: note: 1 of them was written by an earlier seg (its header names no version); this is seg ${version}`);
    expect(upgrade.stderr).toContain(`seg: note: 1 of them was written by seg 9.9.9; this is seg ${version}`);
    // an earlier version's file of a deleted segment is still seg's own: listed as stale
    expect(upgrade.stderr).toContain("gone.sql");
    expect(fs.readFileSync(adults, "utf8")).toBe(text);

    // the JS module: the same, and an earlier version's module is rewritten without --force
    expect((await runCli(["compile", ".", "--target", "js", "--out", "segments.mjs"], dir)).code).toBe(0);
    const js = fs.readFileSync(path.join(dir, "segments.mjs"), "utf8");
    expect(js.split("\n")[0]).toBe(`// Generated by seg ${version} (compiler/js). Do not edit: regenerate with \`seg compile --target js\`.`);
    fs.writeFileSync(path.join(dir, "segments.mjs"), js.replace(/^\/\/ Generated by seg \S+ /, "// Generated by seg "));
    expect((await runCli(["compile", ".", "--target", "js", "--out", "segments.mjs"], dir)).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "segments.mjs"), "utf8")).toBe(js);
  });

  test("an --out for SQL that names a file is refused, not made a folder", async () => {
    const dir = validProject();
    const run = await runCli(["compile", ".", "--segment", "adults", "--out", "build/one.sql"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("names a file, but for SQL it is the directory seg writes one file per segment into");
    expect(run.stderr).toContain("> one.sql");
    expect(fs.existsSync(path.join(dir, "build"))).toBe(false);
  });

  test("--out never writes through a symbolic link, not even with --force", async () => {
    const dir = validProject();
    expect((await runCli(["compile", ".", "--emit", "view", "--out", "out"], dir)).code).toBe(0);
    // A file elsewhere that starts like seg's output: the header check alone would overwrite it.
    const victim = path.join(tempProject({}), "victim.sql");
    fs.copyFileSync(path.join(dir, "out", "adults.sql"), victim);
    fs.appendFileSync(victim, "-- the victim's own line\n");
    const before = fs.readFileSync(victim, "utf8");
    const link = path.join(dir, "out", "adults.sql");
    fs.rmSync(link);
    fs.symlinkSync(victim, link);
    for (const force of [[], ["--force"]]) {
      const run = await runCli(["compile", ".", "--emit", "view", "--out", "out", ...force], dir);
      expect([run.code, run.stderr]).toEqual([
        2,
        `seg: cannot write out/adults.sql: it is a symbolic link, and seg never writes through one (not even with --force): remove the link and compile again\n`,
      ]);
    }
    expect(fs.readFileSync(victim, "utf8")).toBe(before);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });

  test("--out never writes through a linked output folder, nor creates one through it", async () => {
    const dir = validProject();
    const victim = tempProject({ "adults.sql": "-- the victim's own file\n" });
    const link = path.join(dir, "out");
    fs.symlinkSync(victim, link);
    for (const out of ["out", "out/sql"]) {
      const run = await runCli(["compile", ".", "--dialect", "postgres", "--out", out, "--force"], dir);
      expect([run.code, run.stderr]).toEqual([
        2,
        `seg: cannot write ${out}: out is a symbolic link, and seg never writes through one (not even with --force): remove the link and compile again\n`,
      ]);
    }
    expect(fs.readdirSync(victim)).toEqual(["adults.sql"]);
    expect(fs.readFileSync(path.join(victim, "adults.sql"), "utf8")).toBe("-- the victim's own file\n");
  });

  test("files --out wrote for segments that are gone: listed, deleted only with --prune", async () => {
    const dir = validProject();
    const out = path.join(dir, "out");
    expect((await runCli(["compile", ".", "--emit", "dbt", "--out", "out"], dir)).code).toBe(0);
    expect((await runCli(["compile", ".", "--emit", "membership", "--out", "out"], dir)).code).toBe(0);
    fs.writeFileSync(path.join(out, "notes.sql"), "-- my own notes\n");
    // us_buyers is deleted from the project.
    fs.writeFileSync(path.join(dir, "segments.seg"), "segment adults = age >= 18\n");

    const warned = await runCli(["compile", ".", "--emit", "dbt", "--out", "out"], dir);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(`seg: warning: out still has 1 file seg wrote for segments that no longer exist: us_buyers.sql (delete them with --prune)`);
    expect(fs.existsSync(path.join(out, "us_buyers.sql"))).toBe(true);

    // Compiling one segment cannot tell what is gone: nothing is reported or removed.
    const one = await runCli(["compile", ".", "--segment", "adults", "--out", "out", "--prune"], dir);
    expect(one.stderr).toMatch(/--prune only applies to the output of a whole project \(not with --segment\)/);
    expect(fs.existsSync(path.join(out, "us_buyers.sql"))).toBe(true);

    const pruned = await runCli(["compile", ".", "--emit", "dbt", "--out", "out", "--prune"], dir);
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain("removed 1 file for segments that no longer exist: us_buyers.sql");
    // The user's file and the membership query (not a segment's file) stay.
    expect(fs.readdirSync(out).sort()).toEqual(["adults.sql", "membership.sql", "notes.sql"]);
  });

  test("membership files of entities the output no longer has: listed, deleted only with --prune, segments' files untouched", async () => {
    const dir = validProject();
    fs.writeFileSync(path.join(dir, "account.seg"), 'entity account { table "accounts" key id: string employees: number }\nsegment big of account = employees > 100\n');
    fs.writeFileSync(path.join(dir, "segments.seg"), "segment adults of user = age >= 18\nsegment us_buyers of user = country == \"US\"\n");
    const out = path.join(dir, "out");
    expect((await runCli(["compile", ".", "--out", "out"], dir)).code).toBe(0);
    expect((await runCli(["compile", ".", "--emit", "membership", "--out", "out"], dir)).code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(["adults.sql", "big.sql", "membership_account.sql", "membership_user.sql", "us_buyers.sql"]);
    // the account segments are gone: one entity, one membership.sql
    fs.writeFileSync(path.join(dir, "account.seg"), 'entity account { table "accounts" key id: string employees: number }\n');
    const warned = await runCli(["compile", ".", "--emit", "membership", "--out", "out"], dir);
    expect(warned.stderr).toContain(
      `seg: warning: out still has 2 files seg wrote for membership queries this project no longer has: membership_account.sql, membership_user.sql (delete them with --prune)`,
    );
    const pruned = await runCli(["compile", ".", "--emit", "membership", "--out", "out", "--prune"], dir);
    expect(pruned.stderr).toContain("removed 2 files for membership queries this project no longer has: membership_account.sql, membership_user.sql");
    // big.sql is a segment's file: another kind of output, not this run's to judge
    expect(fs.readdirSync(out).sort()).toEqual(["adults.sql", "big.sql", "membership.sql", "us_buyers.sql"]);
  });

  test("SQLite views of tables in another schema: a warning at compile time, which SQLite would only give on CREATE", async () => {
    const dir = tempProject({ "schema.seg": 'entity user {\n  table "analytics.users"\n  key id: string\n  age: number\n}\n', "s.seg": "segment adults = age >= 18\n" });
    const view = await runCli(["compile", ".", "--emit", "view"], dir);
    expect(view.code).toBe(0);
    expect(view.stderr).toContain("seg: warning: SQLite views cannot read tables of another schema (an attached database): analytics.users;");
    expect((await runCli(["compile", ".", "--emit", "view", "--dialect", "postgres"], dir)).stderr).toBe("");
    expect((await runCli(["compile", ".", "--emit", "select"], dir)).stderr).toBe("");
  });

  test("a segment named membership and the membership query never overwrite each other", async () => {
    const dir = validProject();
    fs.writeFileSync(path.join(dir, "segments.seg"), "segment membership = age >= 18\n");
    const out = path.join(dir, "out");
    expect((await runCli(["compile", ".", "--out", "out"], dir)).code).toBe(0);
    const segmentFile = fs.readFileSync(path.join(out, "membership.sql"), "utf8");
    expect(segmentFile).toContain("-- segment membership\n");

    const refused = await runCli(["compile", ".", "--emit", "membership", "--out", "out"], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `refusing to overwrite out/membership.sql: it holds seg's output for the segment membership, not the membership query of entity user; write to another --out directory (or use --force to overwrite)`,
    );
    expect(fs.readFileSync(path.join(out, "membership.sql"), "utf8")).toBe(segmentFile);

    // The other way round, into a directory holding the membership query.
    expect((await runCli(["compile", ".", "--emit", "membership", "--out", "queries"], dir)).code).toBe(0);
    const back = await runCli(["compile", ".", "--out", "queries"], dir);
    expect(back.code).toBe(2);
    expect(back.stderr).toMatch(/it holds seg's output for the membership query of entity user, not the segment membership/);

    // A directory where a file would go is a clear error, not a crash.
    fs.mkdirSync(path.join(dir, "dirs", "membership.sql"), { recursive: true });
    const blocked = await runCli(["compile", ".", "--out", "dirs"], dir);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/cannot write .*membership\.sql: it is a directory/);
  });

  test("a reader that stops early (`| head`) ends the command quietly, without an EPIPE stack", async () => {
    // 300 segments: about 400 KB of SQL, far more than a pipe (64 KB) and its reader buffer;
    // 1,000 took up to 45 s to compile on a loaded CI machine, near the test's timeout.
    const many = Array.from({ length: 300 }, (_, i) => `segment s${i} = country == "c${i}"`).join("\n");
    const dir = tempProject({ "schema.seg": SCHEMA, "segments.seg": many });
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin", "seg.mjs"), "compile", dir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Once output arrives, close the pipe unread, as `head` does after its lines: the
    // command is still writing.
    await new Promise<void>((resolve) => child.stdout.once("readable", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).toBe("");
    expect(code).toBe(141);
  });

  test("a full disk on stdout is one line and exit 2, not a stack", async () => {
    const out = fs.openSync("/dev/full", "w");
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin", "seg.mjs"), "compile", validProject()], { stdio: ["ignore", out, "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    fs.closeSync(out);
    expect(stderr).toBe("seg: cannot write the output: no space left on device\n");
    expect(code).toBe(2);
  });

  test("a file-system error names its file relative to the working directory, as every other message does", () => {
    const denied = (file: string): NodeJS.ErrnoException => Object.assign(new Error("EACCES"), { code: "EACCES", syscall: "open", path: file });
    const cwd = path.join(os.tmpdir(), "project");
    expect(describeFileError(denied(path.join(cwd, "segments", "a.seg")), cwd)).toBe("cannot access segments/a.seg: permission denied");
    expect(describeFileError(denied("/etc/seg/a.seg"), cwd)).toBe("cannot access /etc/seg/a.seg: permission denied");
  });

  test("file-system errors under --out are one line and exit 2; links in --out are left alone", async () => {
    const dir = validProject();
    fs.writeFileSync(path.join(dir, "afile"), "x");
    const underFile = await runCli(["compile", ".", "--out", "afile/sub"], dir);
    expect([underFile.code, underFile.stderr]).toEqual([2, `seg: cannot create afile/sub: a part of the path is a file, not a directory\n`]);
    const js = await runCli(["compile", ".", "--target", "js", "--out", "afile/x.mjs"], dir);
    expect(js.code).toBe(2);
    expect(js.stderr).toBe(`seg: cannot create afile: a file is there, where a directory is needed\n`);
    // Node's recursive mkdir spun forever on a path the kernel refuses (/proc).
    if (fs.existsSync("/proc/self")) {
      for (const out of [["--out", "/proc/seg-out"], ["--target", "js", "--out", "/proc/seg-out/x.mjs"]]) {
        const refused = await runCli(["compile", ".", ...out], dir);
        expect([refused.code, refused.stderr]).toEqual([2, "seg: cannot create /proc/seg-out: no such file or directory\n"]);
      }
    }
    // A dangling link and a link loop named like seg's output: reported stale files are
    // regular files only, so the second compile neither crashes nor touches them.
    expect((await runCli(["compile", ".", "--out", "sql"], dir)).code).toBe(0);
    fs.symlinkSync(path.join(dir, "nowhere"), path.join(dir, "sql", "dangling.sql"));
    fs.symlinkSync("loop.sql", path.join(dir, "sql", "loop.sql"));
    const again = await runCli(["compile", ".", "--out", "sql", "--prune"], dir);
    expect(again.code).toBe(0);
    expect(fs.lstatSync(path.join(dir, "sql", "dangling.sql")).isSymbolicLink()).toBe(true);
  });

  test("--emit membership warns when one query would have more columns than engines accept", async () => {
    const wide = Array.from({ length: 900 }, (_, i) => `segment s${i} = country == "c${i}"`).join("\n");
    const run = await runCli(["compile", ".", "--emit", "membership"], tempProject({ "schema.seg": SCHEMA, "segments.seg": wide }));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("seg: warning: the membership query of user has more than 800 columns");
    const small = await runCli(["compile", ".", "--emit", "membership"], validProject());
    expect(small.stderr).not.toContain("warning");
  });

  test("membership and dbt outputs", async () => {
    const dir = validProject();
    const membership = await runCli(["compile", ".", "--emit", "membership", "--dialect", "duckdb"], dir);
    expect(membership.code).toBe(0);
    expect(membership.stdout).toMatch(/us_buyers/);
    expect(membership.stdout).toMatch(/adults/);
    const dbt = await runCli(["compile", ".", "--emit", "dbt", "--segment", "adults"], dir);
    expect(dbt.stdout).toContain("\n-- segment adults\n");
    expect(dbt.stdout).not.toContain("config(");
    expect(dbt.stdout).toContain("{% if var('as_of', none) %}");
  });

  test("--target js writes a module and its types, refusing foreign files", async () => {
    const dir = validProject();
    // As docs/ci.md writes it: a folder that does not exist yet is created.
    const wrote = await runCli(["compile", ".", "--target", "js", "--out", "build/js/segments.mjs"], dir);
    expect([wrote.code, wrote.stderr]).toEqual([0, "wrote build/js/segments.mjs and build/js/segments.d.mts\n"]);
    const js = fs.readFileSync(path.join(dir, "build/js/segments.mjs"), "utf8");
    expect(js).toMatch(/^\/\/ Generated by seg/);
    expect(fs.readdirSync(path.join(dir, "build/js")).sort()).toEqual(["segments.d.mts", "segments.mjs"]);
    const mod = await import(path.join(dir, "build/js/segments.mjs"));
    const record = {
      attributes: { country: "US", age: 40 },
      events: [{ name: "purchase", time: "2024-05-30T00:00:00Z", properties: { amount: 5 } }],
    };
    expect(mod.members(record, { asOf: "2024-06-01T00:00:00Z" })).toEqual(["us_buyers", "adults"]);

    fs.writeFileSync(path.join(dir, "mine.mjs"), "export const x = 1;\n");
    const refused = await runCli(["compile", ".", "--target", "js", "--out", "mine.mjs"], dir);
    expect([refused.code, refused.stderr]).toEqual([2, "seg: refusing to overwrite mine.mjs: it was not generated by seg (use --force to overwrite)\n"]);
    expect(fs.readFileSync(path.join(dir, "mine.mjs"), "utf8")).toBe("export const x = 1;\n");
  });

  test("--target js to a .js file in a CommonJS package warns that Node would not load it as a module", async () => {
    const dir = validProject();
    fs.mkdirSync(path.join(dir, "cjs"));
    fs.writeFileSync(path.join(dir, "cjs/package.json"), '{"type": "commonjs"}\n');
    const cjs = await runCli(["compile", ".", "--target", "js", "--out", "cjs/segments.js"], dir);
    expect(cjs.code).toBe(0);
    expect(cjs.stderr).toContain("seg: warning: cjs/segments.js is an ES module, but Node reads a .js file under cjs/package.json as CommonJS");
    // the warning is right: Node refuses it there (vitest's own import would transform it)
    const load = (file: string) => spawnSync(process.execPath, ["-e", `import(${JSON.stringify(path.join(dir, file))}).then((m) => console.log(typeof m.members))`], { encoding: "utf8" });
    expect(load("cjs/segments.js").stderr).toContain("SyntaxError");
    fs.mkdirSync(path.join(dir, "esm"));
    fs.writeFileSync(path.join(dir, "esm/package.json"), '{"type": "module"}\n');
    const esm = await runCli(["compile", ".", "--target", "js", "--out", "esm/segments.js"], dir);
    expect(esm.stderr).not.toContain("warning");
    expect(load("esm/segments.js").stdout).toBe("function\n");
  });

  test("--target js warns about segments whose named predicates would collide", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "segments.seg": SEGMENTS + "segment paid_users = age > 1\nsegment paid__users = age > 2\n" });
    const r = await runCli(["compile", ".", "--target", "js"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'seg: warning: no named predicate for paid_users, paid__users: paid_users and paid__users would both be isPaidUsers; use segments["paid_users"] or predicate("paid_users")\n',
    );
    expect(r.stdout).toContain('"paid__users"');
  });

  test("--target js with --segment is a usage error, not a module of every segment", async () => {
    const dir = validProject();
    const r = await runCli(["compile", ".", "--target", "js", "--segment", "adults"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--segment selects a segment's SQL; `--target js` writes one module with every segment");
    expect(r.stdout).toBe("");
  });

  test("a project without segments: compile and run stop (exit 2), nothing is written", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA });
    for (const args of [["compile", ".", "--out", "out"], ["compile", ".", "--target", "js"], ["run", ".", "--db", "x.db"]]) {
      const r = await runCli(args, dir);
      expect([args.join(" "), r.code, r.stderr]).toEqual([args.join(" "), 2, `seg: the project in . has no segments${args[0] === "run" ? "" : ": nothing to compile"}\n`]);
    }
    expect(fs.readdirSync(dir)).toEqual(["schema.seg"]);
  });

  test("--dbt-sources: dbt models read schema.table through source(); with another output, a usage error", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA.replace('table "users"', 'table "crm.users"'), "segments.seg": SEGMENTS });
    const r = await runCli(["compile", ".", "--dialect", "bigquery", "--emit", "dbt", "--dbt-sources"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("{{ source('crm', 'users') }}");
    for (const args of [[], ["--emit", "view"], ["--target", "js"]]) {
      const wrong = await runCli(["compile", ".", ...args, "--dbt-sources"], dir);
      expect([wrong.code, wrong.stderr]).toEqual([2, "seg: --dbt-sources applies to dbt models: add `--emit dbt`\n"]);
    }
  });

  test("options that do nothing for what is asked are usage errors, not silently ignored", async () => {
    const dir = validProject();
    for (const [args, message] of [
      [["--target", "js", "--emit", "view"], "--emit applies to SQL; `--target js` writes a JavaScript module"],
      [["--target", "js", "--dialect", "postgres", "--emit", "view"], "--dialect and --emit apply to SQL; `--target js` writes a JavaScript module"],
      [["--prune"], "--prune deletes stale files of an --out directory: give --out"],
      [["--target", "js", "--out", "s.mjs", "--prune"], "--prune deletes stale SQL files of an --out directory; `--target js` writes one module"],
    ] as const) {
      const r = await runCli(["compile", ".", ...args], dir);
      expect([args, r.code, r.stderr]).toEqual([args, 2, `seg: ${message}\n`]);
    }
    // The defaults themselves are no mistake.
    expect((await runCli(["compile", ".", "--target", "js", "--out", "s.mjs"], dir)).code).toBe(0);
  });
});

test("a string PostgreSQL cannot hold (NUL) is a one-line error of compile and explain, and other dialects compile it", async () => {
  const dir = tempProject({ "p.seg": `entity user {\n  table "users"\n  key id: string\n  country: string\n}\nsegment a = country == "x\\u{0}y"\n` });
  expect((await runCli(["check", "."], dir)).code).toBe(0);
  for (const emit of ["select", "membership"]) {
    const r = await runCli(["compile", ".", "--dialect", "postgres", "--emit", emit], dir);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toMatch(/^seg: cannot compile (segment a|the membership query of user) for postgres: PostgreSQL text cannot contain the NUL character \(U\+0000\)\n$/);
  }
  const explained = await runCli(["explain", "a", "--dir", ".", "--dialect", "postgres"], dir);
  expect([explained.code, explained.stderr]).toEqual([2, "seg: postgres: PostgreSQL text cannot contain the NUL character (U+0000)\n"]);
  expect((await runCli(["compile", ".", "--dialect", "duckdb"], dir)).code).toBe(0);
});

test("a backtick in a column or table name is a one-line error for BigQuery (sql-formatter could not read it), and other dialects compile it", async () => {
  for (const [table, column] of [["users", "a`b"], ["us`ers", "name"]]) {
    const dir = tempProject({ "p.seg": `entity user {\n  table "${table}"\n  key id: string\n  name: string column "${column}"\n}\nsegment a = name == "x"\n` });
    for (const emit of ["select", "membership"]) {
      const r = await runCli(["compile", ".", "--dialect", "bigquery", "--emit", emit], dir);
      expect([r.code, r.stdout]).toEqual([1, ""]);
      expect(r.stderr).toMatch(/^seg: cannot compile (segment a|the membership query of user) for bigquery: BigQuery names cannot contain a backtick \(`\): "(a`b|us`ers)"; rename/);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
    expect((await runCli(["compile", ".", "--dialect", "postgres"], dir)).code).toBe(0);
  }
});

test("diagnostics on stderr are coloured by whether stderr is a terminal, not stdout", async () => {
  const dir = tempProject({ "schema.seg": SCHEMA, "segments.seg": "segment bad = contry == 1\n" });
  for (const [stdoutTty, stderrTty] of [
    [true, false],
    [false, true],
  ]) {
    let stderr = "";
    const code = await main(["compile", "."], { stdout: () => undefined, stderr: (t) => void (stderr += t), cwd: dir, isTty: stdoutTty!, stderrIsTty: stderrTty!, env: {} });
    expect(code).toBe(1);
    expect([stdoutTty, stderrTty, stderr.includes("\u001b[")]).toEqual([stdoutTty, stderrTty, stderrTty]);
  }
});

describe("seg generate and seg run", () => {
  test("generated data, then the same sizes from the SQL and the JS engine, as json and csv", async () => {
    const dir = validProject();
    const gen = await runCli(["generate", ".", "--db", "data.db", "--users", "200", "--as-of", "2024-06-01"], dir);
    expect(gen.stderr).toBe("");
    expect(gen.code).toBe(0);
    expect(gen.stdout).toMatch(/users: 200 rows/);

    const args = ["run", ".", "--db", "data.db", "--as-of", "2024-06-01T00:00:00Z", "--format", "json", "--members"];
    const sql = await runCli(args, dir);
    const js = await runCli([...args, "--engine", "js"], dir);
    expect(sql.code).toBe(0);
    expect(js.code).toBe(0);
    const parsed = JSON.parse(sql.stdout);
    expect(parsed.asOf).toBe("2024-06-01T00:00:00.000Z");
    expect(Object.keys(parsed.segments)).toEqual(["us_buyers", "adults"]);
    expect(parsed.segments.adults.size).toBeGreaterThan(0);
    expect(parsed.segments.adults.members).toHaveLength(parsed.segments.adults.size);
    expect(js.stdout).toBe(sql.stdout);
    // An offset of hours alone, as data may write it (`-05`), is the same instant.
    const offset = await runCli(["run", ".", "--db", "data.db", "--as-of", "2024-05-31T19:00:00-05", "--format", "json", "--members"], dir);
    expect(offset.stdout).toBe(sql.stdout);

    const csv = await runCli(["run", ".", "--db", "data.db", "--as-of", "2024-06-01", "--format", "csv"], dir);
    expect(csv.stdout.split("\n")[0]).toBe("segment,size");
    expect(csv.stdout).toContain(`adults,${parsed.segments.adults.size}`);
  });

  test("two event blocks on one table (user and account keys side by side): generate, test and run", async () => {
    const dir = tempProject({
      "schema.seg": `entity account {
  table "accounts"
  key id: string
}
entity user {
  table "users"
  key id: string
  account: account via account_id
}
events of user {
  table "events"
  user column "user_id"
  time column "occurred_at"
  event login
}
events of account {
  table "events"
  account column "account_id"
  time column "occurred_at"
  event account_login named "login"
}
`,
      // A user segment declared after an account segment: output follows the project's order.
      "segments.seg": `segment recent_users of user = did login in last 30 days
segment recent_accounts of account = did account_login in last 30 days
segment any_users of user = did login in last 1000 days
test "each block reads its own rows" {
  as of 2024-03-01
  account a1 { id: "a1"  account_login at 1 day ago }
  account a2 { id: "a2" }
  user u1 { id: "u1", account: a1  login at 40 days ago }
  expect a1 in recent_accounts
  expect a2 not in recent_accounts
  expect u1 not in recent_users
  expect u1 in any_users
}
`,
    });
    const tested = await runCli(["test", "."], dir);
    expect(tested.stdout).toContain("✓ each block reads its own rows [js, sqlite, duckdb]");
    expect(tested.code).toBe(0);

    const gen = await runCli(["generate", ".", "--db", "data.db", "--users", "50", "--as-of", "2024-06-01"], dir);
    expect(gen.stderr).toBe("");
    expect(gen.stdout).toMatch(/events: \d+ rows/);
    expect(gen.code).toBe(0);
    const args = ["run", ".", "--db", "data.db", "--as-of", "2024-06-01", "--format", "json", "--members"];
    const sql = await runCli(args, dir);
    const js = await runCli([...args, "--engine", "js"], dir);
    expect(sql.code).toBe(0);
    expect(Object.keys(JSON.parse(sql.stdout).segments)).toEqual(["recent_users", "recent_accounts", "any_users"]);
    expect(JSON.parse(sql.stdout).segments.recent_accounts.size).toBeGreaterThan(0);
    expect(js.stdout).toBe(sql.stdout);
  });

  test("generate refuses an --as-of whose data would fall outside the times every engine stores", async () => {
    const dir = validProject();
    for (const asOf of ["9999-12-27", "1000-06-01"]) {
      const r = await runCli(["generate", ".", "--db", "data.db", "--users", "5", "--as-of", asOf], dir);
      expect([r.code, r.stderr]).toEqual([
        2,
        `seg: --as-of "${asOf}": the generated data spans the 360 days before it and 126 after, which must stay within 1000-01-01 to 9999-12-31; choose an --as-of between 1000-12-27T00:00:00.000Z and 9999-08-28T14:59:59.999Z\n`,
      ]);
      expect(fs.existsSync(path.join(dir, "data.db"))).toBe(false);
    }
    // The bounds the message names are the exact ones.
    expect((await runCli(["generate", ".", "--db", "late.db", "--users", "5", "--as-of", "9999-08-28T14:59:59.999Z"], dir)).code).toBe(0);
    expect((await runCli(["generate", ".", "--db", "later.db", "--users", "5", "--as-of", "9999-08-28T15:00:00Z"], dir)).code).toBe(2);
    expect((await runCli(["generate", ".", "--db", "early.db", "--users", "5", "--as-of", "1000-12-27T00:00:00Z"], dir)).code).toBe(0);
    expect((await runCli(["generate", ".", "--db", "earlier.db", "--users", "5", "--as-of", "1000-12-26T23:59:59.999Z"], dir)).code).toBe(2);
  });

  test("the table format shows control characters of member keys as their pictures; csv keeps them, quoted", async () => {
    const dir = tempProject({ "p.seg": `entity user {\n  table "users"\n  key id: string\n}\nsegment everyone = id is set\n` });
    const db = new Database(path.join(dir, "k.db"));
    db.exec(`CREATE TABLE users (id TEXT); INSERT INTO users VALUES ('line' || char(10) || 'break'), ('esc' || char(27) || '[2J'), ('rtl' || char(8238) || 'x')`);
    db.close();
    const table = await runCli(["run", ".", "--db", "k.db", "--members", "--as-of", "2024-01-01"], dir);
    expect(table.stdout.split("\n").slice(4, 8)).toEqual(["everyone         3", "  esc\u241b[2J", "  line\u240abreak", "  rtl\\u{202E}x"]);
    const csv = await runCli(["run", ".", "--db", "k.db", "--members", "--as-of", "2024-01-01", "--format", "csv"], dir);
    expect(csv.stdout).toBe('segment,key\neveryone,esc\u001b[2J\neveryone,"line\nbreak"\neveryone,rtl\u202ex\n');
  });

  test("generate refuses tables that exist, before it writes anything", async () => {
    const dir = validProject();
    // What an interrupted run leaves: one table, half filled.
    const db = new Database(path.join(dir, "data.db"));
    db.exec(`CREATE TABLE users (id TEXT); INSERT INTO users VALUES ('left over')`);
    db.close();
    const again = await runCli(["generate", ".", "--db", "data.db", "--users", "20"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^seg: sqlite \(.*data\.db\): table users already exists; seg generate writes new tables only: drop them \(an interrupted run leaves its tables half filled\) or choose another --db\n$/);
    const after = new Database(path.join(dir, "data.db"), { readonly: true });
    const tables = after.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    after.close();
    expect(tables).toEqual(["users"]);
  });

  test("a failed generate removes the database files it created, and no other", async () => {
    // analytics.users is written (to data.analytics.db) before the events' table, whose
    // three-part name SQLite refuses.
    const schema = SCHEMA.replace('table "users"', 'table "analytics.users"').replace('table "events"', 'table "x.y.events"');
    const dir = tempProject({ "schema.seg": schema, "segments.seg": SEGMENTS, "keep.db": "theirs" });
    const failed = await runCli(["generate", ".", "--db", "data.db", "--users", "20"], dir);
    expect([failed.code, failed.stderr]).toEqual([2, "seg: sqlite: table name x.y.events has more than two parts\n"]);
    expect(fs.readdirSync(dir).sort()).toEqual(["keep.db", "schema.seg", "segments.seg"]);
    // A database that was there before keeps its file, and the schema file it had.
    new Database(path.join(dir, "data.db")).close();
    new Database(path.join(dir, "data.analytics.db")).close();
    expect((await runCli(["generate", ".", "--db", "data.db", "--users", "20"], dir)).code).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(["data.analytics.db", "data.db", "keep.db", "schema.seg", "segments.seg"]);
  });

  test("--engine js stops with the fix, not a heap crash, when the events would not fit in memory", async () => {
    const dir = validProject();
    expect((await runCli(["generate", ".", "--db", "data.db", "--users", "4000"], dir)).code).toBe(0);
    // A real process with a small heap (the in-process runCli shares vitest's).
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin", "seg.mjs"), "run", ".", "--db", "data.db", "--engine", "js"], {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=96" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).toMatch(
      /^seg: --engine js keeps every event in memory: events holds [\d,]+ events of user, about [\d.]+ GB, more than this process's heap of 0\.1 GB; raise it \(NODE_OPTIONS=--max-old-space-size=\d+\) or compare the engines on a smaller database\n$/,
    );
    expect(code).toBe(2);
  });

  test("unreachable database, bad --as-of and unknown segment exit 2 with one line", async () => {
    const dir = validProject();
    const down = await runCli(["run", ".", "--db", "postgres://postgres@127.0.0.1:1/nowhere"], dir);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/^seg: .*127\.0\.0\.1:1.*\n$/);
    const asOf = await runCli(["run", ".", "--db", "x.db", "--as-of", "yesterday"], dir);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toMatch(/--as-of expects an ISO-8601 instant/);
    // No day rolls over into the next month (JavaScript's Date.parse reads this as March 1st).
    const feb30 = await runCli(["run", ".", "--db", "x.db", "--as-of", "2024-02-30"], dir);
    expect([feb30.code, feb30.stderr]).toEqual([2, 'seg: --as-of "2024-02-30": February 2024 has only 29 days\n']);
    const badZone = await runCli(["run", ".", "--db", "x.db", "--as-of", "2024-06-01T12:00:00+99:99"], dir);
    expect([badZone.code, badZone.stderr]).toEqual([2, 'seg: --as-of "2024-06-01T12:00:00+99:99": +99:99 is no UTC offset (offsets run from -23:59 to +23:59)\n']);
    const early = await runCli(["run", ".", "--db", "x.db", "--as-of", "0999-12-31T23:59:59.999Z"], dir);
    expect([early.code, early.stderr]).toEqual([2, 'seg: --as-of "0999-12-31T23:59:59.999Z": this time is outside 1000-01-01 to 9999-12-31 (UTC), the range of times every engine stores\n']);
    const segment = await runCli(["run", ".", "--db", "x.db", "--segment", "nope"], dir);
    expect(segment.code).toBe(2);
  });

  test("seg run --segment repeats: those segments, in the project's order, each once; an unknown one is named", async () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "segments.seg": `${SEGMENTS}segment americans = country == "US"\n` });
    const asOf = ["--as-of", "2024-06-01"];
    expect((await runCli(["generate", ".", "--db", "data.db", "--users", "200", ...asOf], dir)).code).toBe(0);
    const all = await runCli(["run", ".", "--db", "data.db", "--format", "json", ...asOf], dir);
    const sizes = JSON.parse(all.stdout).segments as Record<string, { size: number }>;
    const some = await runCli(["run", ".", "--db", "data.db", "--format", "json", ...asOf, "--segment", "americans", "--segment", "us_buyers", "--segment", "americans"], dir);
    expect(some.code, some.stderr).toBe(0);
    const chosen = JSON.parse(some.stdout).segments as Record<string, { size: number }>;
    expect(Object.entries(chosen)).toEqual([["us_buyers", sizes["us_buyers"]], ["americans", sizes["americans"]]]);
    expect(sizes["americans"]!.size).toBeGreaterThan(0);
    const unknown = await runCli(["run", ".", "--db", "data.db", "--segment", "adults", "--segment", "adultz"], dir);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringMatching(/^seg: unknown segment `adultz`.*adults/)]);
  });

  test("seg run names each segment's entity: in JSON always, in the table when the segments are of several", async () => {
    const schema = `entity team { table "teams"  key id: string  seats: number }\n${SCHEMA.replace("  age: number\n", "  age: number\n  team: team via team_id\n")}`;
    const dir = tempProject({ "schema.seg": schema, "segments.seg": `${SEGMENTS}segment big_teams of team = seats >= 10\n` });
    const asOf = ["--as-of", "2024-06-01"];
    expect((await runCli(["generate", ".", "--db", "data.db", "--users", "100", ...asOf], dir)).code).toBe(0);
    const json = await runCli(["run", ".", "--db", "data.db", "--format", "json", ...asOf], dir);
    const entities = Object.entries(JSON.parse(json.stdout).segments as Record<string, { entity: string }>).map(([name, r]) => [name, r.entity]);
    expect(entities).toEqual([["us_buyers", "user"], ["adults", "user"], ["big_teams", "team"]]);
    const table = await runCli(["run", ".", "--db", "data.db", ...asOf], dir);
    expect(table.stdout).toMatch(/^as of 2024-06-01T00:00:00\.000Z\n\nsegment    entity      size\n---------  ------  --------\nus_buyers  user    +\d+\nadults     user    +\d+\nbig_teams  team    +\d+\n$/);
    const users = await runCli(["run", ".", "--db", "data.db", ...asOf, "--segment", "adults"], dir);
    expect(users.stdout).toMatch(/\n\nsegment +size\n-+ +-+\nadults +\d+\n$/);
  });

  test("seg run changes nothing in the database: the file's bytes stay, no journal files appear", async () => {
    const dir = validProject();
    expect((await runCli(["generate", ".", "--db", "data.db", "--users", "50"], dir)).code).toBe(0);
    // As another tool would leave it: the default rollback journal, which WAL would replace.
    const db = new Database(path.join(dir, "data.db"));
    db.pragma("journal_mode = DELETE");
    db.close();
    const digest = (): string => createHash("sha256").update(fs.readFileSync(path.join(dir, "data.db"))).digest("hex");
    const files = (): string[] => fs.readdirSync(dir).filter((f) => f.startsWith("data.")).sort();
    const before = { digest: digest(), files: files() };
    for (const engine of ["sql", "js"]) {
      const run = await runCli(["run", ".", "--db", "data.db", "--engine", engine], dir);
      expect(run.code).toBe(0);
      expect({ digest: digest(), files: files() }).toEqual(before);
    }
  });

  test("a database file that does not exist, or a directory, is an error, and nothing is created", async () => {
    const dir = validProject();
    const run = await runCli(["run", ".", "--db", "missing.db"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("seg: no database at missing.db (create one with `seg generate` or `seg demo`)\n");
    expect(fs.existsSync(path.join(dir, "missing.db"))).toBe(false);
    expect((await runCli(["run", ".", "--db", "duckdb:missing.duckdb"], dir)).code).toBe(2);
    expect(fs.existsSync(path.join(dir, "missing.duckdb"))).toBe(false);
    fs.mkdirSync(path.join(dir, "data"));
    for (const command of [["run", "."], ["generate", "."]]) {
      const onDirectory = await runCli([...command, "--db", "data"], dir);
      expect([onDirectory.code, onDirectory.stderr]).toEqual([2, "seg: data is a directory, not a database file\n"]);
    }
  });

  test("an in-memory target is refused: nothing would be read or kept", async () => {
    const dir = validProject();
    for (const db of ["duckdb:", "sqlite:", ":memory:", "duckdb::memory:"]) {
      for (const command of [["run", "."], ["generate", ".", "--users", "5"]]) {
        const r = await runCli([...command, "--db", db], dir);
        expect([db, r.code, r.stderr]).toEqual([db, 2, expect.stringMatching(/^seg: --db ".*" names no file: give the database's path/)]);
      }
    }
  });

  test("a schema file another process holds locked is a one-line error", async () => {
    const dir = tempProject({ "p.seg": `entity user {\n  table "crm.users"\n  key id: string\n}\nsegment everyone = id is set\n` });
    const main = new Database(path.join(dir, "data.db"));
    main.close();
    const locker = new Database(path.join(dir, "data.crm.db"));
    locker.exec("CREATE TABLE users (id TEXT); BEGIN EXCLUSIVE; INSERT INTO users VALUES ('u1')");
    try {
      const run = await runCli(["run", ".", "--db", "data.db"], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^seg: cannot open SQLite database .*data\.crm\.db \(schema crm of .*data\.db\): database is locked \(SQLITE_BUSY\)\n$/);
    } finally {
      locker.exec("ROLLBACK");
      locker.close();
    }
  });

  test("missing tables are a clear error naming the target", async () => {
    const dir = validProject();
    fs.writeFileSync(path.join(dir, "empty.db"), "");
    const run = await runCli(["run", ".", "--db", "empty.db"], dir);
    expect(run.code).toBe(2);
    // each table with its own reason
    expect(run.stderr).toMatch(
      /^seg: .*empty\.db: tables "users" \(user's records: no such table: users \(SQLITE_ERROR\)\), "events" \(user's events: no such table: events \(SQLITE_ERROR\)\) cannot be read: check/,
    );
    expect(run.stderr).toContain("check --db and the table names in the schema");
    expect(run.stderr).not.toContain("SELECT");
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  test("columns the schema declares but the table lacks are named, with their declaration", async () => {
    const dir = validProject();
    const db = new Database(path.join(dir, "cols.db"));
    db.exec(`CREATE TABLE users (id TEXT, land TEXT, age REAL); CREATE TABLE events (user_id TEXT, occurred_at TEXT)`);
    db.close();
    const run = await runCli(["run", ".", "--db", "cols.db"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      expect.stringMatching(/^seg: .*cols\.db: column "country" of table "users" cannot be read \(no such column: .*\): check the column names in the schema \(and that this login may read them\)$/),
      // not "props": these segments read no property
      expect.stringMatching(/^seg: .*cols\.db: column "event" \(the name column of user's events\) of table "events" cannot be read/),
    ]);
  });
});

describe("seg demo", () => {
  test("a demo interrupted while loading is replaced by the next one", async () => {
    const dir = tempProject({});
    const segments = path.join(REPO_ROOT, "segments");
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin", "seg.mjs"), "demo", "--users", "2000000", "--dir", segments], { cwd: dir, stdio: "ignore" });
    // Interrupted once the generated data is being written: the file past the megabyte its
    // first batches take (it exists, marked, before any data, so its mere existence came
    // too early: only a machine under load let the load start before the interrupt).
    const analytics = path.join(dir, ".seg-demo", "demo.analytics.db");
    while (!(fs.existsSync(analytics) && fs.statSync(analytics).size > 1 << 20)) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill("SIGINT");
    await new Promise((resolve) => child.on("close", resolve));
    const again = await runCli(["demo", "--users", "100", "--dir", segments], dir);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
  });

  test("a demo whose load was cut mid-transaction (a hot journal beside its file) is replaced by the next one", async () => {
    const dir = tempProject({});
    const segments = path.join(REPO_ROOT, "segments");
    expect((await runCli(["demo", "--users", "50", "--dir", segments], dir)).code).toBe(0);
    // A load interrupted once SQLite has spilled pages of its transaction into the file: the
    // journal is hot, and a read-only connection cannot open the file until it is rolled back.
    const analytics = path.join(dir, ".seg-demo", "demo.analytics.db");
    const loading = `const db = new (require("better-sqlite3"))(${JSON.stringify(analytics)});
db.exec("PRAGMA cache_size = 2; BEGIN; CREATE TABLE loading (v TEXT)");
const insert = db.prepare("INSERT INTO loading VALUES (?)");
for (let i = 0; i < 2000; i++) insert.run("x".repeat(200));
console.log("spilled");
setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["-e", loading], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] });
    await new Promise((resolve, reject) => {
      child.stdout.once("data", resolve);
      child.once("exit", (code) => reject(new Error(`the loading process exited first (${code})`)));
    });
    child.kill("SIGINT");
    await new Promise((resolve) => child.on("close", resolve));
    expect(() => new Database(analytics, { readonly: true }).prepare("SELECT 1 FROM sqlite_master").all()).toThrow(expect.objectContaining({ code: "SQLITE_READONLY_ROLLBACK" }));

    const again = await runCli(["demo", "--users", "50", "--dir", segments], dir);
    expect([again.code, again.stderr]).toEqual([0, ""]);
    expect(fs.readdirSync(path.join(dir, ".seg-demo")).sort()).toEqual(["demo.analytics.db", "demo.crm.db", "demo.db"]);
  });

  test("a segment's share is of its own entity's rows: an account segment's of the accounts", async () => {
    const schema = `entity team { table "teams"  key id: string  seats: number }\n${SCHEMA.replace("  age: number\n", "  age: number\n  team: team via team_id\n")}`;
    const dir = tempProject({ "p/schema.seg": schema, "p/segments.seg": "segment all_teams of team = seats >= 0 or seats < 0\nsegment everyone = age >= 0 or age < 0 or not (age >= 0 or age < 0)\n" });
    const run = await runCli(["demo", "--users", "200", "--dir", "p"], dir);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const teams = Number(/teams \((\d+) rows\)/.exec(run.stdout)![1]);
    expect(teams).toBeLessThan(200);
    // every team with a number of seats: a share of the teams near 100%, never of the users
    const [, size, share] = /all_teams\s+(\d+)\s+([\d.]+)%/.exec(run.stdout)!;
    expect(Number(share)).toBeCloseTo((100 * Number(size)) / teams, 1);
    expect(run.stdout).toMatch(/everyone\s+200\s+100\.0%/);
  });

  test("builds a database, prints segment sizes, and replaces only its own database", async () => {
    const dir = tempProject({});
    const segments = path.join(REPO_ROOT, "segments");
    const run = await runCli(["demo", "--users", "150", "--dir", segments], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/power_users\s+\d+\s+[\d.]+%/);
    // The user's files beside the demo database survive its replacement (they once did not).
    const demoDir = path.join(dir, ".seg-demo");
    const theirs = ["demo.backup.db", "demo.notes.db", "demo.db.db"];
    for (const f of theirs) fs.writeFileSync(path.join(demoDir, f), "keep");
    // Without --dir in a directory with no segments/ (a fresh `npm install seg`): seg's own library.
    const bundled = await runCli(["demo", "--users", "100"], dir);
    expect([bundled.code, bundled.stderr]).toEqual([0, ""]);
    expect(bundled.stdout).toMatch(/^evaluated \d+ segments/m);
    expect(bundled.stdout).toContain(`next: seg run ${path.relative(dir, segments)} --db .seg-demo/demo.db`);
    for (const f of theirs) expect(fs.readFileSync(path.join(demoDir, f), "utf8")).toBe("keep");
    expect(fs.readdirSync(demoDir).filter((f) => f.endsWith("-journal") || f.endsWith("-wal"))).toEqual([]);

    fs.writeFileSync(path.join(dir, "precious.db"), "");
    const refused = await runCli(["demo", "--users", "100", "--dir", segments, "--db", "precious.db"], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("seg: refusing to replace precious.db: it was not created by `seg demo` (move it, or choose another --db)\n");
    expect(fs.statSync(path.join(dir, "precious.db")).size).toBe(0);
    // Outside the working directory, the path is absolute.
    const outside = tempProject({ "precious.db": "" });
    const away = await runCli(["demo", "--users", "100", "--dir", segments, "--db", path.join(outside, "precious.db")], dir);
    expect([away.code, away.stderr]).toEqual([2, `seg: refusing to replace ${path.join(outside, "precious.db")}: it was not created by \`seg demo\` (move it, or choose another --db)\n`]);
  });

  test("the seg run it suggests quotes a folder and a database with a space or `#`", async () => {
    const dir = tempProject({});
    fs.cpSync(path.join(REPO_ROOT, "segments"), path.join(dir, "my segments #1"), { recursive: true });
    const run = await runCli(["demo", "--users", "50", "--dir", "my segments #1", "--db", "demo #1.db"], dir);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("next: seg run 'my segments #1' --db 'demo #1.db' --segment ");
  });

  test("never replaces a schema file beside its database that it did not create, and a failed demo leaves nothing", async () => {
    const dir = tempProject({});
    const segments = path.join(REPO_ROOT, "segments");
    fs.writeFileSync(path.join(dir, "demo.analytics.db"), "my analytics notes");
    for (let attempt = 0; attempt < 2; attempt++) {
      const run = await runCli(["demo", "--users", "50", "--dir", segments, "--db", "demo.db"], dir);
      expect([run.code, run.stderr]).toEqual([2, "seg: refusing to replace demo.analytics.db: it was not created by `seg demo` (move it, or choose another --db)\n"]);
    }
    expect(fs.readFileSync(path.join(dir, "demo.analytics.db"), "utf8")).toBe("my analytics notes");
    expect(fs.readdirSync(dir).sort()).toEqual(["demo.analytics.db"]);
  });

  test("replaces a demo of an earlier version (marker in the main file only), not a schema file holding other tables", async () => {
    const dir = tempProject({});
    const segments = path.join(REPO_ROOT, "segments");
    const make = (file: string, sql: string): void => {
      const db = new Database(path.join(dir, file));
      db.exec(sql);
      db.close();
    };
    make("demo.db", "CREATE TABLE seg_demo (created_at TEXT)");
    make("demo.analytics.db", "CREATE TABLE users (id TEXT); CREATE TABLE events (user_id TEXT); CREATE INDEX e ON events (user_id); INSERT INTO events VALUES ('u'); ANALYZE");
    make("demo.crm.db", "CREATE TABLE accounts (id TEXT)");
    const rerun = await runCli(["demo", "--users", "50", "--dir", segments, "--db", "demo.db"], dir);
    expect([rerun.code, rerun.stderr]).toEqual([0, ""]);
    for (const sql of ["CREATE TABLE accounts (id TEXT); CREATE TABLE my_notes (text TEXT)", "CREATE TABLE accounts (id TEXT); CREATE VIEW mine AS SELECT 1", "CREATE TABLE other (id TEXT)"]) {
      fs.rmSync(path.join(dir, "demo.crm.db"), { force: true });
      make("demo.crm.db", sql);
      const refused = await runCli(["demo", "--users", "50", "--dir", segments, "--db", "demo.db"], dir);
      expect([sql, refused.code]).toEqual([sql, 2]);
      expect(refused.stderr).toMatch(/refusing to replace .*demo\.crm\.db/);
    }
  });

  test("--db is a SQLite file path: URLs, engine prefixes and directories are refused before anything is written", async () => {
    const dir = tempProject({});
    const segments = path.join(REPO_ROOT, "segments");
    const refusals: [string, RegExp][] = [
      ["postgres://postgres@127.0.0.1:5432/test", /^seg: seg demo writes a SQLite file: --db takes its path, not "postgres:.*use `seg generate <dir> --db postgres:/],
      ["duckdb:x.duckdb", /^seg: seg demo writes a SQLite file: --db takes its path, not "duckdb:x.duckdb"/],
      ["out/", /^seg: out\/ is a directory: --db takes the path of the demo's SQLite file/],
      ["", /^seg: --db is empty/],
    ];
    for (const [db, message] of refusals) {
      const run = await runCli(["demo", "--users", "50", "--dir", segments, "--db", db], dir);
      expect([db, run.code]).toEqual([db, 2]);
      expect(run.stderr).toMatch(message);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("--param overrides a param in every command that checks the project", () => {
  const PARAMS = `param lookback = 30 days
param home = "US"
segment recent_buyers = did purchase in last lookback
segment home_adults = country == home and age >= 18
test "lookback" {
  as of 2024-06-01
  user a { purchase at 10 days ago }
  expect a in recent_buyers
}
`;
  const project = () => tempProject({ "schema.seg": SCHEMA, "p.seg": PARAMS });

  test("compile, run, explain and test see the overridden values", async () => {
    const dir = project();
    const compiled = await runCli(["compile", ".", "--segment", "recent_buyers", "--param", "lookback=7 days"], dir);
    expect(compiled.code).toBe(0);
    expect(compiled.stdout).toContain("604800000"); // 7 days in ms, where 30 days was
    expect(compiled.stdout).not.toContain("2592000000");
    const both = await runCli(["compile", ".", "--emit", "membership", "--param", "lookback=7 days", "--param", 'home="CA"'], dir);
    expect(both.stdout).toContain("'CA'");
    expect(both.stdout).not.toContain("'US'");
    const explained = await runCli(["explain", "recent_buyers", "--param", "lookback=1 day"], dir);
    expect(explained.stdout).toContain("did purchase in the last 1 day");
    // The test block passes with the default (an event 10 days ago is within 30 days) …
    expect((await runCli(["test", ".", "--engines", "js,sqlite"], dir)).code).toBe(0);
    // … and fails once lookback is 7 days, on every engine.
    const failed = await runCli(["test", ".", "--engines", "js,sqlite", "--param", "lookback=7 days"], dir);
    expect(failed.code).toBe(1);

    expect((await runCli(["generate", ".", "--db", "data.db", "--users", "300", "--as-of", "2024-06-01"], dir)).code).toBe(0);
    const sizes = async (...params: string[]) => {
      const run = await runCli(["run", ".", "--db", "data.db", "--as-of", "2024-06-01", "--format", "json", ...params], dir);
      expect(run.stderr).toBe("");
      return JSON.parse(run.stdout).segments.recent_buyers.size as number;
    };
    const month = await sizes();
    const week = await sizes("--param", "lookback=7 days");
    expect(week).toBeGreaterThan(0);
    expect(week).toBeLessThan(month);
  });

  test("an unknown override is in no file: no location in SARIF, an annotation without file in GitHub output", async () => {
    const dir = project();
    const sarif = JSON.parse((await runCli(["check", ".", "--param", "nope=1", "--format", "sarif"], dir)).stdout);
    const [result] = sarif.runs[0].results;
    expect(result.ruleId).toBe("SEG1019");
    expect(result.locations).toBeUndefined();
    const github = await runCli(["check", ".", "--param", "nope=1", "--format", "github"], dir);
    expect(github.stdout).toMatch(/^::error title=SEG1019::a value is given for `nope`/);
  });

  test("a bad override is an error of the project (exit 1), a malformed flag a usage error (exit 2)", async () => {
    const dir = project();
    const unknown = await runCli(["check", ".", "--param", "lookbak=7 days"], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(/SEG1019 a value is given for `lookbak`, but the project has no param of that name; did you mean `lookback`\?/);
    const wrongType = await runCli(["check", ".", "--param", "lookback=7"], dir);
    expect(wrongType.stdout).toMatch(/the value given for param `lookback` \("7"\) is a number, but the param is a duration/);
    // The shell ate the quotes (or there were none): say how a string is written.
    const bare = await runCli(["compile", ".", "--param", "home=CA"], dir);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toMatch(/in the value given for param `home`: unknown const `CA`; a string is written in double quotes: "CA"/);
    // The command it suggests reproduces the errors: with the values given, quoted for the shell.
    expect(bare.stderr).toMatch(/fix them first \(seg check \. --param home=CA\)\n$/);
    const quoted = await runCli(["compile", ".", "--param", "home=it's CA"], dir);
    expect(quoted.stderr).toMatch(/fix them first \(seg check \. --param 'home=it'\\''s CA'\)\n$/);
    for (const flag of ["lookback", "=7 days", "lookback="]) {
      const run = await runCli(["check", ".", "--param", flag], dir);
      expect([run.code, run.stdout]).toEqual([2, ""]);
      expect(run.stderr).toBe(`seg: --param needs name=value (e.g. --param lookback="7 days"), got ${JSON.stringify(flag)}\n`);
    }
    const twice = await runCli(["check", ".", "--param", "lookback=7 days", "--param", "lookback=30 days"], dir);
    expect([twice.code, twice.stderr]).toEqual([2, 'seg: --param lookback is given twice ("7 days" and "30 days"): give it once\n']);
    // A value is one expression: a declaration after it is not slipped into the project.
    const smuggled = await runCli(["check", ".", "--param", "lookback=7 days\nsegment extra = true"], dir);
    expect(smuggled.code).toBe(1);
    expect(smuggled.stdout).toMatch(/is not a valid expression: it goes on after the value with a segment declaration/);
  });
});

describe("every command: bad input is one line on stderr and exit 2", () => {
  const missing = "no-such-dir";
  test.each([
    ["check", [missing]],
    ["fmt", [missing]],
    ["compile", [missing]],
    ["run", [missing, "--db", "x.db"]],
    ["test", [missing]],
    ["generate", [missing, "--db", "x.db"]],
    ["explain", ["power_users", "--dir", missing]],
    ["demo", ["--dir", missing]],
  ])("%s with a missing directory", async (command, args) => {
    const run = await runCli([command, ...args], validProject());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`seg: no such file or directory: ${missing}\n`);
    expect(run.stdout).toBe("");
  });

  test.each([
    ["check", [""]],
    ["fmt", [""]],
    ["compile", [""]],
    ["run", ["", "--db", "x.db"]],
    ["test", [""]],
    ["generate", ["", "--db", "x.db"]],
    ["explain", ["power_users", "--dir", ""]],
    ["demo", ["--dir", ""]],
    ["compile", [".", "--out", ""]],
  ])("%s with an empty path (an unset shell variable) reads nothing, writes nothing", async (command, args) => {
    const dir = validProject();
    const before = fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]);
    const run = await runCli([command, ...args], dir);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(/^seg: (an empty path was given|--out is empty) \(?an unset shell variable\?\)?[;:] write `(\.|--out \.)` for the working directory\n$/);
    expect(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")])).toEqual(before);
  });

  test.each([
    ["generate", [".", "--db", "postgres://postgres@127.0.0.1:1/x"]],
    ["test", [".", "--engines", "postgres"]],
  ])("%s with an unreachable database", async (command, args) => {
    const dir = tempProject({ "schema.seg": SCHEMA, "segments.seg": SEGMENTS, "t.seg": 'test "t" {\n  as of 2024-06-01\n  user a { age: 20 }\n  expect a in adults\n}\n' });
    const run = await runCli([command, ...args], dir, { SEG_PG_URL: "postgres://postgres@127.0.0.1:1/x" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/127\.0\.0\.1:1/);
  });

  // Read before any connection is tried: no server needs to be up.
  test.each([
    ["postgres://postgres@127.0.0.1:99999/x", /^seg: cannot read the PostgreSQL target postgres:\/\/postgres@127\.0\.0\.1:99999\/x: Invalid URL/],
    ["postgres://postgres@127.0.0.1/x?sslmode=verify-full&sslrootcert=no-such-ca.pem", /^seg: cannot read the PostgreSQL target .*: ENOENT: no such file or directory, open 'no-such-ca\.pem'/],
    ["mysql://b%zz@127.0.0.1/x", /^seg: mysql:\/\/b%zz@127\.0\.0\.1\/x: the user name is not valid percent-encoding/],
    ["mysql://root:s3cret%@127.0.0.1/x", /^seg: mysql:\/\/root:\*\*\*@127\.0\.0\.1\/x: the password is not valid percent-encoding/],
    ["mysql://root@127.0.0.1/x?ssl=true", /unknown parameter "ssl"/],
  ])("run with the malformed target %s", async (target, message) => {
    const run = await runCli(["run", ".", "--db", target], validProject());
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  // Nothing listens on port 1: the connection fails, and its message names the target.
  test.each([
    ["postgres://u:Sec@retPW@127.0.0.1:1/x", "retPW"],
    ["postgres://postgres@127.0.0.1:1/nonexist?password=S3cretPW", "S3cretPW"],
    ["mysql://u:Sec@retPW@127.0.0.1:1/x", "retPW"],
  ])("a failing run --db %s never shows the password", async (target, secret) => {
    const run = await runCli(["run", ".", "--db", target], validProject());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/127\.0\.0\.1:1/);
    expect(run.stderr + run.stdout).not.toContain(secret);
  });

  test.each([
    ["generate", [".", "--db", "x.db", "--users", "many"], /--users expects a whole number/],
    ["demo", ["--users", "0"], /--users expects a whole number/],
    ["demo", ["--users", "0x10"], /--users expects a whole number/],
    // commander keeps the last of a repeated option: `run --segment a --segment b` ran b alone.
    ["compile", [".", "--segment", "a", "--segment", "b"], /^seg: --segment is given twice; give it once\n$/],
    ["compile", [".", "--dialect", "sqlite", "--dialect=duckdb"], /^seg: --dialect is given twice; give it once\n$/],
    ["generate", [".", "--db", "x.db", "--users", "1e3"], /--users expects a whole number/],
    // An extra digit or three would generate for days: refused before anything opens.
    ["generate", [".", "--db", "x.db", "--users", "99999999999"], /^seg: --users expects a whole number from 1 to 10,000,000, got "99999999999"\n$/],
    // Seeds are 32-bit: 4294967297 or -5 would silently give the data of seed 1 or 4294967291.
    ["generate", [".", "--db", "x.db", "--seed", "4294967297"], /^seg: --seed expects a whole number from 0 to 4,294,967,295, got "4294967297"\n$/],
    ["generate", [".", "--db", "x.db", "--seed", "-5"], /--seed expects a whole number from 0/],
    ["generate", [".", "--db", "x.db", "--seed", "1e300"], /--seed expects a whole number from 0/],
    ["run", [".", "--db", "x.db", "--engine", "python"], /invalid/],
    ["compile", [".", "--emit", "pdf"], /invalid/],
    ["check", [".", "--format", "xml"], /invalid/],
  ])("%s with an invalid option value", async (command, args, message) => {
    const run = await runCli([command, ...(args as string[])], validProject());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message as RegExp);
  });
});

test("too many arguments: a --param value the shell split, and seg explain's project given without --dir, are named", async () => {
  const dir = tempProject({ "schema.seg": SCHEMA, "p.seg": "param lookback: duration = 30 days\nsegment adults = age >= 18\n" });
  const split = await runCli(["run", ".", "--db", "x.db", "--param", "lookback=7", "days"], dir);
  expect(split.code).toBe(2);
  expect(split.stderr).toBe(
    "seg: too many arguments for 'run'. Expected 1 argument but got 2; `lookback=7 days` was split by the shell: quote it, --param \"lookback=7 days\" (run `seg --help` for usage)\n",
  );
  const explain = await runCli(["explain", "adults", "."], dir);
  expect(explain.stderr).toContain("; seg explain takes the project's directory as --dir: seg explain <segment> --dir <dir> (run `seg --help` for usage)");
});
