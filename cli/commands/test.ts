/**
 * `seg test [dir] [--engines js,sqlite,duckdb,postgres,mysql] [--filter <text>]... [--exact]
 * [--pass-with-no-tests] [--format text|json|sarif|github]`: runs the project's `test` blocks
 * (or those `--filter` selects) on every requested engine (docs/testing.md).
 *
 * Exit codes: 0 every test passed on every engine; 1 a failed expectation, an engine
 * disagreement, a test an engine could not run, a project with errors, or a project without
 * test blocks (unless --pass-with-no-tests); 2 bad usage (unknown engine, missing directory,
 * a filter that matches no test) or an unreachable engine.
 */
import type { Diagnostic, Range } from "../../compiler/index.ts";
import {
  runSegTests,
  TEST_ENGINE_NAMES,
  type Disagreement,
  type ExpectationFailure,
  type MembershipExplanation,
  type TestEngineName,
  type TestEngineSpec,
  type TestReport,
  type TestRunResult,
} from "../../compiler/testing/index.ts";
import { redactTarget } from "../../compiler/engines/index.ts";
import type { TestFlags } from "../main.ts";
import type { EventEmitter } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { CliError, EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE, type CliIo } from "../io.ts";
import { createProgress } from "../progress.ts";
import { loadValidProject, shellWord } from "../project.ts";
import { DIAGNOSTIC_FORMATS, displayPath, formatDiagnostics, sourceLines, visibleControls, type DiagnosticFormat, type ReportOptions } from "../report.ts";
import { nameHint, unknownName } from "../suggest.ts";

export const DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/test";
export const DEFAULT_MYSQL_URL = "mysql://root@127.0.0.1:3306/test";

/** Diagnostic codes of test results in json/sarif/github output. */
export const TEST_CODES = {
  failure: "SEG-TEST",
  disagreement: "SEG-TEST-DISAGREE",
  error: "SEG-TEST-ERROR",
} as const;

/** `--engines` → engine specs, targets of server engines from SEG_PG_URL / SEG_MYSQL_URL. */
export function parseEngines(list: string, env: Record<string, string | undefined>): TestEngineSpec[] {
  const names = list
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  if (names.length === 0) throw new CliError(`--engines needs at least one of ${TEST_ENGINE_NAMES.join(", ")}`, EXIT_USAGE);
  const specs: TestEngineSpec[] = [];
  for (const name of names) {
    if (!(TEST_ENGINE_NAMES as readonly string[]).includes(name)) {
      throw new CliError(unknownName("engine", name, TEST_ENGINE_NAMES), EXIT_USAGE);
    }
    if (specs.some((s) => s.name === name)) continue;
    const engine = name as TestEngineName;
    const target =
      engine === "postgres" ? env.SEG_PG_URL || DEFAULT_PG_URL : engine === "mysql" ? env.SEG_MYSQL_URL || DEFAULT_MYSQL_URL : undefined;
    // Anything else would be read as a SQLite file path (and that file created)
    const schemes = engine === "postgres" ? ["postgres:", "postgresql:"] : ["mysql:", "mariadb:"];
    if (target !== undefined && !schemes.some((s) => target.toLowerCase().startsWith(s))) {
      const variable = engine === "postgres" ? "SEG_PG_URL" : "SEG_MYSQL_URL";
      throw new CliError(`${variable} must be a ${schemes[0]}// URL (such as ${engine === "postgres" ? DEFAULT_PG_URL : DEFAULT_MYSQL_URL}), got ${JSON.stringify(redactTarget(target))}`, EXIT_USAGE);
    }
    specs.push(target === undefined ? { name: engine } : { name: engine, target });
  }
  return specs;
}

/**
 * The test names `--filter` selects: names containing one of `filters` (case-sensitive), or
 * equal to one with `exact`; undefined without filters (every test). A filter that selects
 * nothing is a usage error listing the tests, so a typo never passes as "0 failed".
 */
export function selectTests(names: readonly string[], filters: readonly string[], exact: boolean): string[] | undefined {
  if (filters.length === 0) return undefined;
  const unique = [...new Set(names)];
  const matches = (name: string, filter: string) => (exact ? name === filter : name.includes(filter));
  for (const filter of filters) {
    if (unique.some((name) => matches(name, filter))) continue;
    const hint = nameHint(filter, unique, { limit: 10, quote: true });
    throw new CliError(`no test ${exact ? "is named" : "name contains"} \`${filter}\`; ${hint}`, EXIT_USAGE);
  }
  return unique.filter((name) => filters.some((filter) => matches(name, filter)));
}

/** `--format json`: the counts, results (1-based lines), disagreements, engine failures and located diagnostics. */
function jsonReport(report: TestReport, filteredOut: number, diagnostics: Diagnostic[], options: ReportOptions): string {
  const cwd = options.cwd;
  const parsed = JSON.parse(formatDiagnostics(diagnostics, "json", options)) as { diagnostics: unknown[] };
  const body = {
    passed: report.passed,
    failed: report.failed,
    filteredOut,
    engines: report.engines,
    results: report.results.map((r) => ({ ...r, file: displayPath(r.file, cwd), line: r.line + 1, failures: r.failures.map((f) => jsonFailure(f, cwd)) })),
    disagreements: report.disagreements.map((d) => ({ ...d, file: displayPath(d.file, cwd), line: d.line + 1 })),
    engineFailures: report.engineFailures,
    diagnostics: parsed.diagnostics,
  };
  return JSON.stringify(body, null, 2) + "\n";
}

/**
 * `seg test`. SIGINT or SIGTERM (a CI job cancelled or timed out) stops it cleanly: no
 * test starts, the running ones finish and drop their schemas on the servers, then it exits
 * 130 / 143 without a report; a second signal quits at once.
 */
export async function testCommand(dir: string, flags: TestFlags, io: CliIo, signals: EventEmitter = process): Promise<number> {
  const format = flags.format as DiagnosticFormat;
  if (!(DIAGNOSTIC_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(unknownName("format", flags.format, DIAGNOSTIC_FORMATS), EXIT_USAGE);
  }
  const engines = parseEngines(flags.engines, io.env);
  // `seg test tests.seg`: one file of a project is no project (its schema is elsewhere)
  const given = path.resolve(io.cwd, dir);
  if (fs.existsSync(given) && fs.statSync(given).isFile()) {
    const parent = displayPath(path.dirname(given), io.cwd);
    throw new CliError(
      `seg test takes a project's directory, and ${dir} is a file: give its directory (seg test ${shellWord(parent)}; -t <name> runs only some tests)`,
      EXIT_USAGE,
    );
  }
  // A project with errors runs no test; a machine format still reports them (CI annotations).
  const project = await loadValidProject([dir], io, flags.param, (diagnostics, { sources }) => {
    if (format === "text") return;
    const options = { sources, cwd: io.cwd, color: false };
    const none: TestReport = { passed: 0, failed: 0, engines: [], results: [], disagreements: [], engineFailures: [] };
    io.stdout(format === "json" ? jsonReport(none, 0, diagnostics, options) : formatDiagnostics(diagnostics, format, options));
  });
  const ir = project.result.ir;
  const noTests = ir.tests.length === 0;
  if (noTests) {
    const hint = flags.passWithNoTests ? "" : " (--pass-with-no-tests exits 0)";
    io.stderr(`seg: no test blocks found in ${dir}${hint}\n`);
  }
  const only = noTests ? undefined : selectTests(ir.tests.map((t) => t.name), flags.filter ?? [], flags.exact ?? false);
  const filteredOut = only ? ir.tests.filter((t) => !only.includes(t.name)).length : 0;

  const progress = createProgress(io.isTty);
  const stop = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stoppedBy !== undefined) {
      // the second one: the default action (the schemas of the running tests stay)
      for (const s of STOP_SIGNALS) signals.removeAllListeners(s);
      process.kill(process.pid, signal);
      return;
    }
    stoppedBy = signal;
    progress.done();
    io.stderr(`seg: ${signal}: stopping once the running tests have dropped their schemas (again to quit at once)\n`);
    stop.abort();
  };
  for (const s of STOP_SIGNALS) signals.on(s, onSignal);
  let report: TestReport;
  try {
    report = await runSegTests(ir, {
      engines,
      ...(only ? { only } : {}),
      signal: stop.signal,
      onProgress: (p) => progress.update(`testing ${p.done}/${p.total}: ${shown(p.test)} [${p.engine}]`),
    });
  } catch (error) {
    if (stoppedBy === undefined) throw error;
    throw new CliError(`interrupted by ${stoppedBy}: no test report`, stoppedBy === "SIGINT" ? EXIT_INTERRUPTED : EXIT_TERMINATED);
  } finally {
    progress.done();
    for (const s of STOP_SIGNALS) signals.off(s, onSignal);
  }

  for (const f of report.engineFailures) {
    const where = f.message.includes(f.target) ? f.engine : `${f.engine} (${f.target})`;
    io.stderr(`seg: ${where}: ${f.message}\n`);
  }
  const diagnostics = toDiagnostics(report, project.sources);
  const options = { sources: project.sources, cwd: io.cwd, color: io.isTty };
  switch (format) {
    case "text":
      io.stdout(renderText(report, filteredOut, io.cwd, io.isTty));
      break;
    case "json":
      io.stdout(jsonReport(report, filteredOut, diagnostics, options));
      break;
    case "sarif":
      io.stdout(formatDiagnostics(diagnostics, "sarif", options));
      break;
    case "github":
      io.stdout(formatDiagnostics(diagnostics, "github", options));
      io.stdout(summary(report, filteredOut) + "\n");
      break;
  }
  if (report.engineFailures.length > 0) return EXIT_USAGE;
  if (noTests && !flags.passWithNoTests) return EXIT_FAILURE;
  return report.failed > 0 || report.disagreements.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

const STOP_SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

/** One expectation failing one way, whichever engines it failed on (merged, explained once). */
function failureKey(f: ExpectationFailure): string {
  return `${f.file}\u0000${f.line}\u0000${f.alias}\u0000${f.segment}\u0000${f.actual}`;
}

function jsonFailure(f: ExpectationFailure, cwd: string): ExpectationFailure {
  return { ...f, file: displayPath(f.file, cwd), line: f.line + 1 };
}

/**
 * The closing line: the tests and engines, then test × engine pairs (so "6 passed" of two
 * tests on three engines is not read as six tests), the tests `--filter` left out, and the
 * engines that could not run (so a pass never reads as full when PostgreSQL was down).
 */
function summary(report: TestReport, filteredOut: number): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const tests = new Set(report.results.map((r) => `${r.file}:${r.line}`)).size;
  const ran = tests > 0 ? `${plural(tests, "test")} on ${plural(report.engines.length, "engine")}: ` : "";
  const skipped = filteredOut > 0 ? ` (${plural(filteredOut, "test")} filtered out)` : "";
  const notRun = report.engineFailures.map((f) => f.engine);
  const engines = notRun.length > 0 ? `; not run on ${notRun.join(", ")} (its error is on stderr)` : "";
  return `${ran}${report.passed} passed, ${report.failed} failed${skipped}${engines}`;
}

function paint(on: boolean, code: number, text: string): string {
  return on ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function member(m: boolean): string {
  return m ? "a member" : "not a member";
}

export function describeFailure(f: ExpectationFailure): string {
  return `expect ${f.alias} ${f.expected ? "in" : "not in"} ${f.segment}: ${f.entity} ${f.alias} (key ${JSON.stringify(f.key)}) is ${member(f.actual)}`;
}

function clauseWithValues(c: MembershipExplanation["clauses"][number]): string {
  const values = c.values.map((v) => `${v.name} = ${v.value}`).join(", ");
  return `${c.holds ? "✓" : "✗"} ${c.clause}${values ? ` (${values})` : ""}`;
}

/**
 * The clauses that decide the membership: those that fail for a non-member of an `and`,
 * those that hold for a member of an `or`, every clause otherwise.
 */
function decidingClauses(why: MembershipExplanation, member: boolean): MembershipExplanation["clauses"] {
  return why.clauses.filter((c) => c.holds === member);
}

/** A failure on one line, with the clauses that decided it (for annotations). */
function describeFailureWithWhy(f: ExpectationFailure): string {
  if (!f.why) return describeFailure(f);
  return `${describeFailure(f)}; ${decidingClauses(f.why, f.actual).map(clauseWithValues).join("; ")}`;
}

/** The project's text (test names, values) with no raw ESC or other control for the terminal. */
const shown = (text: string): string => visibleControls(text);

/** Every clause of the segment, with its mark and the values it read, under the failure. */
function explanationLines(why: MembershipExplanation, color: boolean): string[] {
  const rule = why.mode === "all" ? "a member needs every clause" : "a member needs one clause";
  const out = [`      why (${rule}; as the js backend computes it):`];
  for (const c of why.clauses) {
    out.push(`        ${paint(color, c.holds ? 32 : 31, c.holds ? "✓" : "✗")} ${shown(c.clause)}`);
    for (const v of c.values) out.push(`            ${shown(v.name)} = ${shown(v.value)}`);
  }
  return out;
}

export function describeDisagreement(d: Disagreement): string {
  return `engines disagree on ${d.entity} ${d.alias} (key ${JSON.stringify(d.key)}) in ${d.segment}: member on ${d.members.join(", ")}; not a member on ${d.nonMembers.join(", ")}`;
}

function renderText(report: TestReport, filteredOut: number, cwd: string, color: boolean): string {
  const out: string[] = [];
  // Results are in test order, then engine order: group them by test.
  const byTest = new Map<string, TestRunResult[]>();
  for (const r of report.results) {
    const key = `${r.file}\u0000${r.line}`;
    byTest.set(key, [...(byTest.get(key) ?? []), r]);
  }
  for (const results of byTest.values()) {
    const first = results[0]!;
    // A failure on several engines is explained once, under the first.
    const explained = new Set<string>();
    const passed = results.filter((r) => r.status === "passed");
    if (passed.length > 0) out.push(`${paint(color, 32, "✓")} ${shown(first.test)} [${passed.map((r) => r.engine).join(", ")}]`);
    for (const r of results) {
      if (r.status === "passed") continue;
      out.push(`${paint(color, 31, "✗")} ${shown(r.test)} [${r.engine}]`);
      if (r.status === "error") out.push(`    ${displayPath(r.file, cwd)}:${r.line + 1}: error: ${shown(r.error ?? "")}`);
      for (const f of r.failures) {
        out.push(`    ${displayPath(f.file, cwd)}:${f.line + 1}: ${shown(describeFailure(f))}`);
        const key = failureKey(f);
        if (f.why && !explained.has(key)) {
          explained.add(key);
          out.push(...explanationLines(f.why, color));
        }
      }
      if (r.disagrees) out.push(`    disagrees with the other engines (below)`);
    }
    for (const d of report.disagreements) {
      if (d.file === first.file && d.line === first.line) out.push(`  ${paint(color, 33, "≠")} ${displayPath(d.file, cwd)}:${d.line + 1}: ${shown(`${d.test}: ${describeDisagreement(d)}`)}`);
    }
  }
  if (out.length > 0) out.push("");
  out.push(summary(report, filteredOut));
  return out.join("\n") + "\n";
}

/** The range of line `line` without its indentation (a whole-line marker for annotations). */
function lineRange(sources: ReadonlyMap<string, string>, file: string, line: number): Range {
  const text = sourceLines(sources.get(file) ?? "")[line] ?? "";
  const start = text.length - text.trimStart().length;
  return { start: { line, character: start }, end: { line, character: Math.max(start, text.trimEnd().length) } };
}

/** Failures (merged across engines), errors and disagreements as located diagnostics. */
export function toDiagnostics(report: TestReport, sources: ReadonlyMap<string, string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const merged = new Map<string, { f: ExpectationFailure; engines: string[] }>();
  for (const r of report.results) {
    for (const f of r.failures) {
      const k = failureKey(f);
      const m = merged.get(k);
      if (m) m.engines.push(f.engine);
      else merged.set(k, { f, engines: [f.engine] });
    }
    if (r.status === "error") {
      out.push({
        code: TEST_CODES.error,
        severity: "error",
        message: `test "${r.test}" could not run on ${r.engine}: ${r.error}`,
        file: r.file,
        range: lineRange(sources, r.file, r.line),
      });
    }
  }
  for (const { f, engines } of merged.values()) {
    out.push({
      code: TEST_CODES.failure,
      severity: "error",
      message: `test "${f.test}" [${engines.join(", ")}]: ${describeFailureWithWhy(f)}`,
      file: f.file,
      range: lineRange(sources, f.file, f.line),
    });
  }
  for (const d of report.disagreements) {
    out.push({
      code: TEST_CODES.disagreement,
      severity: "error",
      message: `test "${d.test}": ${describeDisagreement(d)}`,
      file: d.file,
      range: lineRange(sources, d.file, d.line),
    });
  }
  return out;
}

