/**
 * An example project of examples/ on its real data, run as users run it: loaded into SQLite
 * and DuckDB (in memory), every segment evaluated by each engine's SQL and by the
 * JavaScript backend. Shared by test/examples/.
 */
import { expect } from "vitest";
import { checkProject, loadProject, type IRProject } from "../../compiler/index.ts";
import { openEngine, type Engine } from "../../compiler/engines/index.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { runSegTests } from "../../compiler/testing/index.ts";

export type Backend = "sqlite" | "duckdb" | "js";

export interface ExampleRun<Counts> {
  ir: IRProject;
  /** The SQLite engine first, then DuckDB, with the data loaded. */
  engines: Engine[];
  /** What `load` returned, per engine. */
  counts: Counts[];
  /** Each backend's members of each segment, as sorted numbers (the examples' keys are numbers). */
  members: Record<Backend, Record<string, number[]>>;
  close(): Promise<void>;
}

const sortedNumbers = (keys: Iterable<unknown>): number[] => [...keys].map(Number).sort((a, b) => a - b);

/** The example's project, checked: not an error, not a warning. */
async function checkedExample(dir: string): Promise<IRProject> {
  const { files } = await loadProject([dir]);
  const checked = checkProject(files);
  expect(checked.diagnostics).toEqual([]);
  return checked.ir;
}

export async function runExample<Counts>(dir: string, entity: string, asOf: string, load: (engine: Engine) => Promise<Counts>): Promise<ExampleRun<Counts>> {
  const ir = await checkedExample(dir);
  const engines: Engine[] = [];
  const counts: Counts[] = [];
  const members = { sqlite: {}, duckdb: {}, js: {} } as ExampleRun<Counts>["members"];
  for (const target of [":memory:", "duckdb::memory:"]) {
    const engine = await openEngine(target);
    engines.push(engine);
    counts.push(await load(engine));
    const result = await runMembership(engine, ir, { asOf });
    for (const [name, s] of Object.entries(result.segments)) members[engine.name as Backend][name] = sortedNumbers(s.members ?? []);
  }
  const compiled = compileJs(ir, { entity });
  const js: Record<string, unknown[]> = Object.fromEntries(compiled.segmentNames.map((n) => [n, []]));
  for await (const record of loadEntitiesFromEngine(engines[0]!, ir, entity)) {
    for (const name of compiled.members(record, { asOf })) js[name]!.push(record.key);
  }
  for (const [name, keys] of Object.entries(js)) members.js[name] = sortedNumbers(keys);
  return { ir, engines, counts, members, close: async () => void (await Promise.all(engines.map((e) => e.close()))) };
}

/**
 * Every segment of the IR is evaluated, DuckDB and JavaScript give SQLite's members, and no
 * segment is trivial on the data: between 1 and `entities - 1` members.
 */
export function expectAgreement(run: ExampleRun<unknown>, entities: number): void {
  for (const { name } of run.ir.segments) {
    const sqlite = run.members.sqlite[name];
    expect(sqlite, `${name}: evaluated on sqlite`).toBeDefined();
    expect(run.members.duckdb[name], `${name}: duckdb vs sqlite`).toEqual(sqlite);
    expect(run.members.js[name], `${name}: js vs sqlite`).toEqual(sqlite);
    expect(sqlite!.length, name).toBeGreaterThan(0);
    expect(sqlite!.length, name).toBeLessThan(entities);
  }
}

/** The example's `test` blocks (there are `count`) pass on JavaScript, SQLite and DuckDB. */
export async function expectTestBlocksPass(dir: string, count: number): Promise<void> {
  const ir = await checkedExample(dir);
  expect(ir.tests).toHaveLength(count);
  const report = await runSegTests(ir, { engines: [{ name: "js" }, { name: "sqlite" }, { name: "duckdb" }] });
  expect(report.engineFailures).toEqual([]);
  expect(report.disagreements).toEqual([]);
  expect(report.results.filter((r) => r.status !== "passed")).toEqual([]);
  expect(report.passed).toBe(count * 3);
}
