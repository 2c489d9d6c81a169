/**
 * The size limits of compiler/check/limits.ts: what sits exactly at a limit checks clean,
 * what is declared in any order gives the same errors, and no input crashes the checker.
 * (test/sql/execute.test.ts runs IR at these limits on every engine.)
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkProject, ProjectChecker } from "../../compiler/index.ts";
import { MAX_CHAIN, MAX_DEPTH, MAX_DIVISOR_NESTING } from "../../compiler/check/limits.ts";
import { tempProject } from "../helpers/cli.ts";
import { SCHEMA } from "./fixture.ts";

const codes = (text: string) =>
  checkProject([
    { path: "schema.seg", text: SCHEMA },
    { path: "main.seg", text },
  ]).diagnostics.filter((d) => d.severity === "error");

/** Traits t0 … t(count-1), each reading the one before, listed first to last or last to first. */
function traitChain(count: number, order: "forward" | "reverse"): string {
  const lines = Array.from({ length: count }, (_, i) => `trait t${i} = ${i === 0 ? "age" : `t${i - 1}`}`);
  if (order === "reverse") lines.reverse();
  return `${lines.join("\n")}\nsegment s = t${count - 1} > 1\n`;
}

function segmentChain(count: number, order: "forward" | "reverse"): string {
  const lines = Array.from({ length: count }, (_, i) => `segment s${i} = ${i === 0 ? "age > 1" : `in s${i - 1}`}`);
  if (order === "reverse") lines.reverse();
  return `${lines.join("\n")}\n`;
}

describe("at the limits: no error", () => {
  test(`a chain of ${MAX_CHAIN} traits and one of ${MAX_CHAIN} segments`, () => {
    expect(codes(traitChain(MAX_CHAIN, "forward"))).toEqual([]);
    expect(codes(segmentChain(MAX_CHAIN, "forward"))).toEqual([]);
  });

  test(`an expression ${MAX_DEPTH} levels deep, and divisions nested ${MAX_DIVISOR_NESTING} deep`, () => {
    // The comparison, the additions and the attribute.
    expect(codes(`segment s = age${" + 1".repeat(MAX_DEPTH - 2)} > 0`)).toEqual([]);
    expect(codes(`segment s = ${"1 / (".repeat(MAX_DIVISOR_NESTING)}age${")".repeat(MAX_DIVISOR_NESTING)} > 0`)).toEqual([]);
  });

  test("traits reading traits without nesting deeper (aliases) are only limited by the chain", () => {
    const r = codes(traitChain(MAX_CHAIN + 1, "forward"));
    expect(r.map((d) => d.code)).toEqual(["SEG1031"]);
  });
});

describe("declaration order does not matter, and long chains never crash", () => {
  test.each(["forward", "reverse"] as const)("10,000 traits listed %s: one error, at the first past the limit", (order) => {
    const r = codes(traitChain(10_000, order));
    expect(r.map((d) => [d.code, d.message.split(" ")[0]])).toEqual([["SEG1031", `\`t${MAX_CHAIN}\``]]);
  });

  test.each(["forward", "reverse"] as const)("10,000 segments listed %s: one error, at the first past the limit", (order) => {
    const r = codes(segmentChain(10_000, order));
    expect(r.map((d) => [d.code, d.message.split(" ")[0]])).toEqual([["SEG1031", `\`s${MAX_CHAIN}\``]]);
  });

  test("an edit that lengthens a chain is seen by an incremental re-check", () => {
    const pc = new ProjectChecker();
    pc.update("schema.seg", SCHEMA);
    pc.update("main.seg", traitChain(MAX_CHAIN, "forward"));
    expect(pc.check().diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // t0 now reads one more trait: every trait is one step further from the start. The
    // other lines stay where they were, so their cached results are carried over.
    pc.update("main.seg", `${traitChain(MAX_CHAIN, "forward").replace("trait t0 = age", "trait t0 = base")}trait base = age\n`);
    const errors = pc.check().diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.message.split(" ")[0]])).toEqual([["SEG1031", `\`t${MAX_CHAIN - 1}\``]]);
  });

  test("when the stack runs out, the declaration gets an error, not a crash", () => {
    const dir = tempProject({ "schema.seg": SCHEMA, "main.seg": `segment s = age${" + 1".repeat(990)} > 0\n` });
    const bin = path.resolve(import.meta.dirname, "../../bin/seg.mjs");
    // A small stack stands in for an expression too deep for the default one.
    const run = spawnSync(process.execPath, ["--stack-size=300", bin, "check", dir], { encoding: "utf8" });
    expect(run.stderr + run.stdout).toContain("error SEG1032 `s` is nested too deeply to check");
    expect(run.stderr + run.stdout).not.toContain("internal error");
    expect(run.status).toBe(1);
  });
});
