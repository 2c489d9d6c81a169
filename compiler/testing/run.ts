/**
 * `runSegTests`: every `test` block of a project (IRTest) on every requested engine — the
 * JavaScript backend in-process, the SQL backend on SQLite, DuckDB, PostgreSQL, MySQL — each
 * test in its own empty namespace; then expectations are checked and memberships compared
 * across engines for every record and segment of the test.
 */
import { loadData } from "../datagen/index.ts";
import { errorText, type Engine } from "../engines/types.ts";
import { EngineError, redactTarget } from "../engines/index.ts";
import type { IRProject, IRTest } from "../ir.ts";
import { compileJs, type CompiledSegments } from "../js/index.ts";
import { runMembership } from "../sql/index.ts";
import { testData, testInputs } from "./data.ts";
import { MembershipExplainer } from "./explain.ts";
import { namespaceFactory, type NamespaceFactory } from "./namespace.ts";
import type {
  Disagreement,
  EngineFailure,
  ExpectationFailure,
  RunTestsOptions,
  TestEngineSpec,
  TestReport,
  TestRunResult,
} from "./types.ts";

/** Membership computed by one engine for one test: entity → key (as text) → segment → member. */
type Membership = Map<string, Map<string, Map<string, boolean>>>;

interface Outcome {
  membership?: Membership;
  error?: string;
}

/** A usable engine: how to evaluate one test on it. */
interface Runner {
  label: string;
  evaluate(test: IRTest): Promise<Membership>;
  close(): Promise<void>;
}

/** Segments by entity, in IR order. */
function segmentsByEntity(ir: IRProject): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of ir.segments) {
    const list = out.get(s.entity) ?? [];
    list.push(s.name);
    out.set(s.entity, list);
  }
  return out;
}

function jsRunner(ir: IRProject, label: string): Runner {
  const compiled = new Map<string, CompiledSegments>();
  for (const entity of segmentsByEntity(ir).keys()) compiled.set(entity, compileJs(ir, { entity }));
  return {
    label,
    async evaluate(test) {
      const membership: Membership = new Map();
      for (const [entity, api] of compiled) {
        const byKey = new Map<string, Map<string, boolean>>();
        for (const { record, input } of testInputs(ir, test, entity)) {
          const result = api.evaluate(input, { asOf: test.asOf });
          byKey.set(String(record.key), new Map(api.segmentNames.map((n) => [n, result[n] === true])));
        }
        membership.set(entity, byKey);
      }
      return membership;
    },
    close: async () => {},
  };
}

function sqlRunner(ir: IRProject, label: string, open: () => Promise<Engine>, close: () => Promise<void>): Runner {
  const byEntity = segmentsByEntity(ir);
  return {
    label,
    async evaluate(test) {
      const engine = await open();
      try {
        await loadData(engine, ir, testData(ir, test), { indexes: false, analyze: false });
        const result = await runMembership(engine, ir, { asOf: test.asOf });
        const membership: Membership = new Map();
        for (const [entity, names] of byEntity) {
          const byKey = new Map<string, Map<string, boolean>>();
          for (const r of test.records) {
            if (r.entity !== entity) continue;
            byKey.set(String(r.key), new Map(names.map((n) => [n, false])));
          }
          for (const name of names) {
            for (const key of result.segments[name]?.members ?? []) {
              const row = byKey.get(String(key));
              // A member that is not a test record would be a backend bug; record it so the
              // comparison shows it as a disagreement rather than hiding it.
              if (row) row.set(name, true);
              else byKey.set(String(key), new Map(names.map((n) => [n, n === name])));
            }
          }
          membership.set(entity, byKey);
        }
        return membership;
      } finally {
        await engine.close();
      }
    },
    close,
  };
}

async function makeRunner(ir: IRProject, spec: TestEngineSpec): Promise<Runner> {
  const label = spec.label ?? spec.name;
  if (spec.name === "js") return jsRunner(ir, label);
  if (spec.open) return sqlRunner(ir, label, spec.open, async () => {});
  const factory: NamespaceFactory = await namespaceFactory(spec.name, spec.target);
  return sqlRunner(ir, label, () => factory.open(), () => factory.close());
}

function describeError(e: unknown): string {
  return e instanceof Error ? errorText(e) : String(e);
}

/**
 * Runs every test of `ir` on every engine of `options.engines`. Never throws for a test or
 * engine problem: unreachable engines are `engineFailures`, a test an engine could not
 * run is a result with status `error`.
 */
export async function runSegTests(ir: IRProject, options: RunTestsOptions): Promise<TestReport> {
  const labels = options.engines.map((e) => e.label ?? e.name);
  const dup = labels.find((l, i) => labels.indexOf(l) !== i);
  if (dup !== undefined) throw new Error(`runSegTests: engine label ${dup} is used twice`);
  const tests = options.only ? ir.tests.filter((t) => options.only!.includes(t.name)) : ir.tests;

  const engineFailures: EngineFailure[] = [];
  const runners: Runner[] = [];
  await Promise.all(
    options.engines.map(async (spec, i) => {
      try {
        runners[i] = await makeRunner(ir, spec);
      } catch (e) {
        const target = spec.target ? redactTarget(spec.target) : spec.name === "sqlite" || spec.name === "duckdb" ? "in-memory" : "(no target)";
        const message = e instanceof EngineError ? e.message : describeError(e);
        engineFailures.push({ engine: spec.label ?? spec.name, target, message });
      }
    }),
  );
  engineFailures.sort((a, b) => labels.indexOf(a.engine) - labels.indexOf(b.engine));
  const usable = runners.filter((r): r is Runner => r !== undefined);

  // Engines run side by side; each runs its tests one after the other.
  const total = tests.length * usable.length;
  let done = 0;
  const outcomes = new Map<string, Outcome[]>(usable.map((r) => [r.label, []]));
  try {
    await Promise.all(
      usable.map(async (runner) => {
        const list = outcomes.get(runner.label)!;
        for (const test of tests) {
          // A turn of the event loop per test: the JS engine's tests await nothing that
          // waits, so a signal's handler (which aborts) would otherwise run only at the end.
          await new Promise((resolve) => setImmediate(resolve));
          if (options.signal?.aborted) break;
          try {
            list.push({ membership: await runner.evaluate(test) });
          } catch (e) {
            list.push({ error: describeError(e) });
          }
          done++;
          options.onProgress?.({ test: test.name, engine: runner.label, done, total });
        }
      }),
    );
  } finally {
    for (const r of usable) await r.close().catch(() => {});
  }
  // And one after the last test: a signal that came while it ran (a JS test awaits nothing
  // that waits) is handled only at the next turn, by then after the report had been given.
  await new Promise((resolve) => setImmediate(resolve));
  options.signal?.throwIfAborted();

  const results: TestRunResult[] = [];
  const disagreements: Disagreement[] = [];
  const explainer = new MembershipExplainer(ir);
  tests.forEach((test, ti) => {
    const perEngine = usable.map((r) => ({ label: r.label, outcome: outcomes.get(r.label)![ti]! }));
    const found = compare(test, perEngine);
    disagreements.push(...found);
    const blamed = new Set(found.flatMap((d) => d.minority));
    for (const { label, outcome } of perEngine) {
      const base = { test: test.name, file: test.file, line: test.line, engine: label };
      if (outcome.error !== undefined) {
        results.push({ ...base, status: "error", failures: [], disagrees: false, error: outcome.error });
        continue;
      }
      const failures = checkExpectations(ir, test, label, outcome.membership!, explainer);
      const disagrees = blamed.has(label);
      results.push({ ...base, status: failures.length === 0 && !disagrees ? "passed" : "failed", failures, disagrees });
    }
  });
  const passed = results.filter((r) => r.status === "passed").length;
  return { results, disagreements, engineFailures, passed, failed: results.length - passed, engines: usable.map((r) => r.label) };
}

function entityOfAlias(test: IRTest, alias: string): string | undefined {
  return test.records.find((r) => r.alias === alias)?.entity;
}

function checkExpectations(
  ir: IRProject,
  test: IRTest,
  engine: string,
  membership: Membership,
  explainer: MembershipExplainer,
): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  for (const x of test.expectations) {
    const entity = entityOfAlias(test, x.alias) ?? ir.segments.find((s) => s.name === x.segment)?.entity ?? "";
    const actual = membership.get(entity)?.get(String(x.key))?.get(x.segment) ?? false;
    if (actual !== x.member) {
      const why = explainer.explain(test, entity, x.key, x.segment, actual);
      failures.push({
        test: test.name,
        file: test.file,
        line: x.line,
        entity,
        alias: x.alias,
        key: x.key,
        segment: x.segment,
        expected: x.member,
        actual,
        engine,
        ...(why ? { why } : {}),
      });
    }
  }
  return failures;
}

/** Every (record, segment) on which the engines that ran the test do not all agree. */
function compare(test: IRTest, perEngine: { label: string; outcome: Outcome }[]): Disagreement[] {
  const ran = perEngine.filter((e) => e.outcome.membership !== undefined);
  if (ran.length < 2) return [];
  const out: Disagreement[] = [];
  const entities = new Set<string>();
  for (const e of ran) for (const ent of e.outcome.membership!.keys()) entities.add(ent);
  for (const entity of entities) {
    const keys = new Set<string>();
    const segments = new Set<string>();
    for (const e of ran) {
      for (const [key, segs] of e.outcome.membership!.get(entity) ?? []) {
        keys.add(key);
        for (const s of segs.keys()) segments.add(s);
      }
    }
    for (const key of keys) {
      const record = test.records.find((r) => r.entity === entity && String(r.key) === key);
      for (const segment of segments) {
        const members: string[] = [];
        const nonMembers: string[] = [];
        for (const e of ran) {
          const v = e.outcome.membership!.get(entity)?.get(key)?.get(segment) ?? false;
          (v ? members : nonMembers).push(e.label);
        }
        if (members.length === 0 || nonMembers.length === 0) continue;
        const minority =
          members.length < nonMembers.length ? members : nonMembers.length < members.length ? nonMembers : [...members, ...nonMembers];
        out.push({
          test: test.name,
          file: test.file,
          line: test.line,
          entity,
          alias: record?.alias ?? `(key ${key})`,
          key: record?.key ?? key,
          segment,
          members,
          nonMembers,
          minority,
        });
      }
    }
  }
  return out;
}
