import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { MYSQL_URL, PG_URL, testEngines } from "../helpers/engines.ts";
import { SCHEMA, TESTS } from "../testing/fixture.ts";
import { REPO_ROOT, runCli, tempProject } from "../helpers/cli.ts";
import { nameHint, unknownName } from "../../cli/suggest.ts";
import { main } from "../../cli/main.ts";

let dir: string;

/** A temporary project: the runner fixture, plus `extra` appended to its tests file. */
function writeProject(name: string, extra = ""): string {
  const p = path.join(dir, name);
  fs.mkdirSync(p, { recursive: true });
  fs.writeFileSync(path.join(p, "schema.seg"), SCHEMA);
  fs.writeFileSync(path.join(p, "tests.seg"), TESTS + extra);
  return p;
}

const WRONG = `
test "wrong" {
  as of 2025-06-01T00:00:00Z
  user carol {
    purchase { amount: 50 } at 40 days ago
  }
  expect carol in buyers
}
`;

// A passing test whose name contains "wrong" and "buyers": substring filters select it.
const STAYS_OUT = `
test "wrong buyers stay out" {
  as of 2025-06-01T00:00:00Z
  user dan {
    purchase { amount: 50 } at 40 days ago
  }
  expect dan not in buyers
}
`;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "seg-test-cmd-"));
  writeProject("ok");
  writeProject("wrong", WRONG);
  writeProject("picks", WRONG + STAYS_OUT);
  const empty = path.join(dir, "empty");
  fs.mkdirSync(empty);
  fs.writeFileSync(path.join(empty, "schema.seg"), SCHEMA);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("seg test", () => {
  test("all passing: one line per test with its engines, closing count, exit 0", async () => {
    const r = await runCli(["test", "ok"], dir);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("✓ buyers and refunds [js, sqlite, duckdb]\n\n1 test on 3 engines: 3 passed, 0 failed\n");
    expect(r.code).toBe(0);
  });

  test("a failed expectation: engine, file:line, alias, key, segment, expected and actual, and why, once; exit 1", async () => {
    const r = await runCli(["test", "wrong", "--engines", "js,sqlite"], dir);
    expect(r.code).toBe(1);
    const line = (TESTS + WRONG).split("\n").findIndex((l) => l.includes("expect carol in buyers")) + 1;
    const detail = `    ${path.join("wrong", "tests.seg")}:${line}: expect carol in buyers: user carol (key "carol") is not a member`;
    expect(r.stdout).toBe(
      [
        "✓ buyers and refunds [js, sqlite]",
        "✗ wrong [js]",
        detail,
        "      why (a member needs every clause; as the js backend computes it):",
        "        ✗ did purchase (where amount is at least 10) in the last 30 days",
        "            the number of purchase (where amount is at least 10) events in the last 30 days = 0",
        "✗ wrong [sqlite]",
        detail,
        "",
        "2 tests on 2 engines: 2 passed, 2 failed",
        "",
      ].join("\n"),
    );
  });

  test("a test's name and values reach the terminal with control characters shown, not run", async () => {
    const p = writeProject("escapes", WRONG.replace('test "wrong"', 'test "wrong\\u{1b}[2Jname"'));
    const r = await runCli(["test", p, "--engines", "js"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout).toContain("✗ wrong␛[2Jname [js]");
  });

  test("the progress line on a terminal shows a test name's control characters too", async () => {
    const p = writeProject("escapes-progress", WRONG.replace('test "wrong"', 'test "wrong\\u{1b}[2Jname"'));
    const written: string[] = [];
    const wasTty = process.stderr.isTTY;
    process.stderr.isTTY = true;
    const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    // Every update painted: the line repaints at most every 80 ms.
    let now = 0;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => (now += 1000));
    try {
      const io = { stdout: () => {}, stderr: () => {}, cwd: dir, isTty: true, stderrIsTty: true, env: {} };
      expect(await main(["test", p, "--engines", "js"], io)).toBe(1);
    } finally {
      write.mockRestore();
      clock.mockRestore();
      process.stderr.isTTY = wasTty;
    }
    expect(written.join("")).toContain("testing 1/");
    expect(written.join("")).toContain("wrong␛[2Jname");
    expect(written.join("")).not.toContain("\u001b");
  });

  test("json: counts, results with 1-based lines, and located diagnostics", async () => {
    const r = await runCli(["test", "wrong", "--engines", "js", "--format", "json"], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect([out.passed, out.failed]).toEqual([1, 1]);
    const line = (TESTS + WRONG).split("\n").findIndex((l) => l.includes("expect carol in buyers")) + 1;
    expect(out.results[1].failures[0]).toMatchObject({ alias: "carol", segment: "buyers", expected: true, actual: false, engine: "js", line });
    expect(out.results[1].failures[0].why.clauses.map((c: { holds: boolean }) => c.holds)).toEqual([false]);
    expect(out.diagnostics).toEqual([
      expect.objectContaining({ file: path.join("wrong", "tests.seg"), line, column: 3, code: "SEG-TEST", severity: "error" }),
    ]);
  });

  test("a tests file saved with CR line endings: failures located at the expectation's line and column", async () => {
    const p = writeProject("wrong-cr", WRONG);
    fs.writeFileSync(path.join(p, "tests.seg"), (TESTS + WRONG).replace(/\n/g, "\r"));
    const line = (TESTS + WRONG).split("\n").findIndex((l) => l.includes("expect carol in buyers")) + 1;
    const r = await runCli(["test", "wrong-cr", "--engines", "js", "--format", "json"], dir);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([expect.objectContaining({ line, column: 3, endColumn: 25, code: "SEG-TEST" })]);
  });

  test("github and sarif: failures located at the expectation", async () => {
    const line = (TESTS + WRONG).split("\n").findIndex((l) => l.includes("expect carol in buyers")) + 1;
    const gh = await runCli(["test", "wrong", "--engines", "js,duckdb", "--format", "github"], dir);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toContain(`::error file=${path.join("wrong", "tests.seg")},line=${line},col=3,`);
    expect(gh.stdout).toContain(
      "title=SEG-TEST::test \"wrong\" [js, duckdb]: expect carol in buyers: user carol (key \"carol\") is not a member; " +
        "✗ did purchase (where amount is at least 10) in the last 30 days " +
        "(the number of purchase (where amount is at least 10) events in the last 30 days = 0)",
    );
    expect(gh.stdout.trimEnd().split("\n").at(-1)).toBe("2 tests on 2 engines: 2 passed, 2 failed");
    const sarif = await runCli(["test", "wrong", "--engines", "sqlite", "--format", "sarif"], dir);
    const result = JSON.parse(sarif.stdout).runs[0].results[0];
    expect(result.ruleId).toBe("SEG-TEST");
    expect(result.locations[0].physicalLocation.region.startLine).toBe(line);
  });

  test("unknown engine: exit 2 with did-you-mean", async () => {
    const r = await runCli(["test", "ok", "--engines", "js,duckbd"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("seg: unknown engine `duckbd`; did you mean `duckdb`?\n");
    expect(r.stdout).toBe("");
  });

  test("a file instead of the project's directory: exit 2, naming the directory to give", async () => {
    const r = await runCli(["test", path.join("ok", "tests.seg")], dir);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe(`seg: seg test takes a project's directory, and ${path.join("ok", "tests.seg")} is a file: give its directory (seg test ok; -t <name> runs only some tests)\n`);
    writeProject("my tests #1");
    const spaced = await runCli(["test", path.join("my tests #1", "tests.seg")], dir);
    expect(spaced.stderr).toContain("give its directory (seg test 'my tests #1'; ");
  });

  test("missing directory: exit 2", async () => {
    const r = await runCli(["test", "nope"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("seg: no such file or directory: nope\n");
  });

  test("unreachable database: exit 2 naming engine and target; the reachable engines still report", async () => {
    const r = await runCli(["test", "ok", "--engines", "js,postgres"], dir, { SEG_PG_URL: "postgres://postgres@127.0.0.1:1/x" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^seg: postgres: cannot connect .*postgres:\/\/postgres@127\.0\.0\.1:1\/x/);
    expect(r.stdout).toBe("✓ buyers and refunds [js]\n\n1 test on 1 engine: 1 passed, 0 failed; not run on postgres (its error is on stderr)\n");
  });

  test("a server URL that is no URL of its engine: exit 2, and no file made of it", async () => {
    const r = await runCli(["test", "ok", "--engines", "js,postgres"], dir, { SEG_PG_URL: "not a url" });
    expect([r.code, r.stderr]).toEqual([2, 'seg: SEG_PG_URL must be a postgres:// URL (such as postgres://postgres@127.0.0.1:5432/test), got "not a url"\n']);
    expect(fs.existsSync(path.join(dir, "not a url"))).toBe(false);
    const my = await runCli(["test", "ok", "--engines", "mysql"], dir, { SEG_MYSQL_URL: "postgres://bob:secret@db/x" });
    expect([my.code, my.stderr]).toEqual([2, 'seg: SEG_MYSQL_URL must be a mysql:// URL (such as mysql://root@127.0.0.1:3306/test), got "postgres://bob:***@db/x"\n']);
  });

  test("a project with errors is not tested: exit 1", async () => {
    const p = writeProject("broken", `test "bad" {\n  as of 2025-06-01\n  expect nobody in buyers\n}\n`);
    const r = await runCli(["test", path.basename(p)], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no record `nobody`");
    expect(r.stdout).toBe("");
    // a machine format still reports the errors on stdout, for CI annotations
    const json = await runCli(["test", path.basename(p), "--format", "json"], dir);
    expect(json.code).toBe(1);
    const body = JSON.parse(json.stdout) as { passed: number; diagnostics: { severity: string; message: string; line: number }[] };
    expect(body.passed).toBe(0);
    expect(body.diagnostics).toEqual([expect.objectContaining({ severity: "error", file: "broken/tests.seg", code: "SEG1016", message: "no record `nobody` in this test" })]);
    const github = await runCli(["test", path.basename(p), "--format", "github"], dir);
    expect(github.stdout).toMatch(/^::error file=broken\/tests\.seg,line=27,.*no record `nobody`/);
    const sarif = JSON.parse((await runCli(["test", path.basename(p), "--format", "sarif"], dir)).stdout) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(1);
  });
});

describe("seg test --filter", () => {
  test("a substring selects every test whose name contains it; the rest are counted as filtered out", async () => {
    const r = await runCli(["test", "picks", "--engines", "js,sqlite", "--filter", "buyers"], dir);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      "✓ buyers and refunds [js, sqlite]\n✓ wrong buyers stay out [js, sqlite]\n\n2 tests on 2 engines: 4 passed, 0 failed (1 test filtered out)\n",
    );
    expect(r.code).toBe(0);
  });

  test("--exact selects the test with exactly that name; its failure still exits 1", async () => {
    const substring = await runCli(["test", "picks", "--engines", "js", "-t", "wrong"], dir);
    expect(substring.stdout).toMatch(/^✗ wrong \[js\]\n(?:    .*\n)+✓ wrong buyers stay out \[js\]\n\n2 tests on 1 engine: 1 passed, 1 failed \(1 test filtered out\)\n$/);
    expect(substring.code).toBe(1);
    const exact = await runCli(["test", "picks", "--engines", "js", "-t", "wrong", "--exact"], dir);
    expect(exact.stdout).toMatch(/^✗ wrong \[js\]\n(?:    .*\n)+\n1 test on 1 engine: 0 passed, 1 failed \(2 tests filtered out\)\n$/);
    expect(exact.code).toBe(1);
  });

  test("repeated filters select the union, in the project's order", async () => {
    const exact = await runCli(["test", "picks", "--engines", "js", "-t", "wrong buyers stay out", "--filter", "buyers and refunds", "--exact"], dir);
    expect(exact.stdout).toBe("✓ buyers and refunds [js]\n✓ wrong buyers stay out [js]\n\n2 tests on 1 engine: 2 passed, 0 failed (1 test filtered out)\n");
    expect(exact.code).toBe(0);
    const union = await runCli(["test", "picks", "--engines", "js", "-t", "stay out", "--filter", "buyers and refunds"], dir);
    expect(union.stdout).toBe("✓ buyers and refunds [js]\n✓ wrong buyers stay out [js]\n\n2 tests on 1 engine: 2 passed, 0 failed (1 test filtered out)\n");
    expect(union.code).toBe(0);
  });

  test("a filter that matches no test: exit 2, nothing run, the tests listed", async () => {
    const r = await runCli(["test", "picks", "--filter", "refunded"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("seg: no test name contains `refunded`; known: `buyers and refunds`, `wrong`, `wrong buyers stay out`\n");
  });

  test("a near miss gets a did-you-mean; one unmatched filter among several is enough to stop", async () => {
    const exact = await runCli(["test", "picks", "--filter", "wrnog", "--exact"], dir);
    expect(exact.code).toBe(2);
    expect(exact.stderr).toBe("seg: no test is named `wrnog`; did you mean `wrong`?\n");
    const mixed = await runCli(["test", "picks", "-t", "buyers", "-t", "Buyers and Refunds"], dir);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toBe("seg: no test name contains `Buyers and Refunds`; did you mean `buyers and refunds`?\n");
    expect(mixed.stdout).toBe("");
  });

  test("long lists of tests are cut after ten names", () => {
    const names = Array.from({ length: 13 }, (_, i) => `test number ${i}`);
    expect(nameHint("zzz", names, { limit: 10, quote: true })).toBe(
      `known: ${names.slice(0, 10).map((n) => `\`${n}\``).join(", ")} … and 3 more`,
    );
    expect(nameHint("zzz", [])).toBe("known: (none)");
    // Unknown segments (explain, compile, run) too: a project may have hundreds.
    const segments = Array.from({ length: 230 }, (_, i) => `segment_${i}`);
    expect(unknownName("segment", "zzz", segments)).toBe(`unknown segment \`zzz\`; known: ${segments.slice(0, 10).join(", ")} … and 220 more`);
  });

  test("json reports only the selected tests and how many were filtered out", async () => {
    const r = await runCli(["test", "picks", "--engines", "js", "-t", "wrong", "--format", "json"], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect([out.passed, out.failed, out.filteredOut]).toEqual([1, 1, 1]);
    expect(out.results.map((x: { test: string }) => x.test)).toEqual(["wrong", "wrong buyers stay out"]);
    expect(out.diagnostics).toHaveLength(1);
    const all = JSON.parse((await runCli(["test", "ok", "--engines", "js", "--format", "json"], dir)).stdout);
    expect(all.filteredOut).toBe(0);
  });

  test("github and sarif: annotations for the selected tests only, the summary counts the rest", async () => {
    const gh = await runCli(["test", "picks", "--engines", "js", "-t", "wrong", "--exact", "--format", "github"], dir);
    expect(gh.code).toBe(1);
    expect(gh.stdout.match(/^::error /gm)).toHaveLength(1);
    expect(gh.stdout.trimEnd().split("\n").at(-1)).toBe("1 test on 1 engine: 0 passed, 1 failed (2 tests filtered out)");
    const sarif = await runCli(["test", "picks", "--engines", "js", "-t", "stay out", "--format", "sarif"], dir);
    expect(sarif.code).toBe(0);
    expect(JSON.parse(sarif.stdout).runs[0].results).toEqual([]);
  });
});

describe("seg test on a project without test blocks", () => {
  test("text: a notice on stderr and exit 1, like vitest's \"No test files found\"", async () => {
    const r = await runCli(["test", "empty"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("seg: no test blocks found in empty (--pass-with-no-tests exits 0)\n");
    expect(r.stdout).toBe("0 passed, 0 failed\n");
  });

  test("--pass-with-no-tests: the notice, exit 0", async () => {
    const r = await runCli(["test", "empty", "--pass-with-no-tests"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("seg: no test blocks found in empty\n");
    expect(r.stdout).toBe("0 passed, 0 failed\n");
  });

  test("a filter does not turn the notice into an unknown-test error", async () => {
    const r = await runCli(["test", "empty", "-t", "anything"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("seg: no test blocks found in empty (--pass-with-no-tests exits 0)\n");
  });

  test("json, sarif and github stay parseable: the notice goes to stderr only", async () => {
    const json = await runCli(["test", "empty", "--format", "json"], dir);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ passed: 0, failed: 0, filteredOut: 0, results: [], diagnostics: [] });
    expect(json.stderr).toMatch(/^seg: no test blocks found in empty/);
    const sarif = await runCli(["test", "empty", "--format", "sarif", "--pass-with-no-tests"], dir);
    expect(sarif.code).toBe(0);
    expect(JSON.parse(sarif.stdout).runs[0].results).toEqual([]);
    const gh = await runCli(["test", "empty", "--format", "github"], dir);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toBe("0 passed, 0 failed\n");
  });
});

// The example library's own tests on every engine: servers skip visibly outside CI and are
// mandatory with CI=true (the fixture then reports them available and a failure fails).
const servers = await testEngines(["postgres", "mysql"]);
const missing = servers.filter((s) => !s.available);
describe("seg test segments", () => {
  test("passes on js, sqlite and duckdb", async () => {
    const r = await runCli(["test", "segments"], REPO_ROOT);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toContain("✗");
    expect(r.stdout).toMatch(/\n\d+ tests? on \d+ engines?: \d+ passed, 0 failed\n$/);
    expect(r.code).toBe(0);
  });

  test.skipIf(missing.length > 0)(
    `passes on all five engines${missing.length ? ` (skipped: ${missing.map((m) => m.reason).join("; ")})` : ""}`,
    async () => {
      const r = await runCli(["test", "segments", "--engines", "js,sqlite,duckdb,postgres,mysql"], REPO_ROOT, {
        SEG_PG_URL: PG_URL,
        SEG_MYSQL_URL: MYSQL_URL,
      });
      expect(r.stderr).toBe("");
      expect(r.stdout).not.toContain("✗");
      for (const line of r.stdout.split("\n").filter((l) => l.startsWith("✓"))) {
        expect(line.endsWith("[js, sqlite, duckdb, postgres, mysql]")).toBe(true);
      }
      expect(r.code).toBe(0);
    },
  );
});

test("relations and attributes named like Object.prototype members are missing unless a test gives them", async () => {
  const dir = tempProject({
    "p.seg": `entity user {
  table "users"
  key id: string
  constructor: string
  toString: team via team_id
}

entity team {
  table "teams"
  key id: string
  size: number
}

segment big_team of user = toString.size >= 10
segment unbuilt of user = constructor is not set

test "inherited names" {
  as of 2024-06-01
  team t { size: 12 }
  user a { toString: t }
  user b { constructor: "x" }
  expect a in big_team
  expect b not in big_team
  expect a in unbuilt
  expect b not in unbuilt
}
`,
  });
  const run = await runCli(["test", ".", "--engines", "js,sqlite,duckdb"], dir);
  expect(run.stdout).toMatch(/1 test on 3 engines: 3 passed, 0 failed/);
  expect(run.code).toBe(0);
});

test("relation paths of any length: the JavaScript engine gets each one the segments read", async () => {
  const dir = tempProject({
    "p.seg": `entity user { table "users" key id: string account: account via account_id }
entity account { table "accounts" key id: string employees: number parent: account via parent_id }
segment five_up of user = account.parent.parent.parent.parent.employees > 0
segment parent5 of account = parent.parent.parent.parent.parent.employees > 0
test "six parents" {
  as of 2024-06-01T00:00:00Z
  account a0 { employees: 1, parent: a1 }
  account a1 { employees: 1, parent: a2 }
  account a2 { employees: 1, parent: a3 }
  account a3 { employees: 1, parent: a4 }
  account a4 { employees: 1, parent: a5 }
  account a5 { employees: 1, parent: a6 }
  account a6 { employees: 1 }
  user u1 { account: a0 }
  expect u1 in five_up
  expect a0 in parent5
  expect a1 in parent5
  expect a2 not in parent5
}
`,
  });
  const r = await runCli(["test", "."], dir);
  expect([r.code, r.stdout]).toEqual([0, "✓ six parents [js, sqlite, duckdb]\n\n1 test on 3 engines: 3 passed, 0 failed\n"]);
  fs.rmSync(dir, { recursive: true, force: true });
});
