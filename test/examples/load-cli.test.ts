/**
 * The examples' loaders (examples/load-cli.ts) as users run them, on small files of their
 * own (no real data needed): counts on success; a bad argument, a malformed file or a
 * missing one is a one-line message and exit code 2, never a stack trace.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "seg-loader-"));
const load = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

test("a loader writes the tables and prints their row counts", () => {
  const data = path.join(tmp, "tiny.csv");
  fs.writeFileSync(data, "1,10,100,pv,1511544070\n1,10,100,buy,1511544170\n2,11,100,fav,1511544270\n");
  const r = load("examples/taobao/load.ts", "--db", path.join(tmp, "t.db"), "--data", data);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`loaded ${data} into ${path.join(tmp, "t.db")}\nshoppers   2\nbehaviors  3\n`);
});

test("bad input: one line and exit code 2", () => {
  const bad = path.join(tmp, "bad.txt");
  fs.writeFileSync(bad, "00001 19970101 1 11.77\n00001 1997-01-02 1 5\n");
  const cases = [
    { r: load("examples/cdnow/load.ts", "--db", path.join(tmp, "c.db"), "--data", bad), message: `load.ts: ${bad}:2: expected \`customer_id yyyymmdd cds dollars\`` },
    { r: load("examples/cdnow/load.ts", "--data", path.join(tmp, "missing.txt")), message: `load.ts: no CDNOW data at ${path.join(tmp, "missing.txt")}` },
    { r: load("examples/taobao/load.ts", "--bogus"), message: "load.ts: unknown argument --bogus" },
    { r: load("examples/taobao/load.ts", "--db"), message: "load.ts: --db needs a value" },
  ];
  for (const { r, message } of cases) {
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.split("\n")[0]).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }
});
