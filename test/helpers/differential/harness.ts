/**
 * The differential harness: evaluates one generated case (a project + its data) on the
 * JavaScript backend and on the SQL backend over every available engine, and reports
 * every (segment, key) on which they do not all agree — or any engine error — with the
 * segment IR, the data of the keys involved, what each engine said and the SQL.
 *
 * Engines are opened once (one isolated namespace each, test/helpers/engines.ts) and every
 * evaluation loads its tables under fresh names (`d<n>_users`, …), so cases never see each
 * other's rows and nothing needs dropping until the namespace goes.
 */
import { loadData } from "../../../compiler/datagen/index.ts";
import type { Engine, EngineName } from "../../../compiler/engines/index.ts";
import type { IRProject, IRSegment } from "../../../compiler/ir.ts";
import { compileJs } from "../../../compiler/js/index.ts";
import { compileMembershipText, getDialect, runMembership } from "../../../compiler/sql/index.ts";
import { testData, testInputs } from "../../../compiler/testing/index.ts";
import { testEngines } from "../engines.ts";
import type { DiffCase } from "./generate.ts";
import { prettyAgg, prettyCond, prettyData, prettySchema } from "./pretty.ts";

export type DiffEngineName = "js" | EngineName;
export const DIFF_ENGINES: readonly DiffEngineName[] = ["js", "sqlite", "duckdb", "postgres", "mysql"];

/** Per engine: a rewrite of the IR given to that engine only (mutation testing). */
export type IrTransforms = Partial<Record<DiffEngineName, (ir: IRProject) => IRProject>>;

export interface Disagreement {
  segment: string;
  key: string;
  members: DiffEngineName[];
  nonMembers: DiffEngineName[];
}

export interface CaseOutcome {
  /** (segment, key) evaluations compared: segments × user records. */
  pairs: number;
  /** Segments evaluated (a "case" of the suite is one (dataset, segment) pair). */
  segments: number;
  disagreements: Disagreement[];
  errors: { engine: DiffEngineName; message: string }[];
  /** Human-readable failure report ("" when everything agreed). */
  report: string;
}

type Membership = Map<string, Set<string>>; // key -> segments it is a member of

export interface Harness {
  /** Engines taking part (available ones). */
  engines: DiffEngineName[];
  /** Visible reasons for engines left out (unreachable servers outside CI). */
  skipped: string[];
  run(c: DiffCase, transforms?: IrTransforms): Promise<CaseOutcome>;
  close(): Promise<void>;
}

/** Tables renamed with a per-evaluation prefix (last part only: `crm.accounts` → `crm.d3_accounts`). */
function renameTables(ir: IRProject, prefix: string): IRProject {
  const rn = (t: string[]) => [...t.slice(0, -1), `${prefix}${t[t.length - 1]}`];
  return {
    ...ir,
    entities: ir.entities.map((e) => ({ ...e, table: rn(e.table) })),
    eventSources: ir.eventSources.map((s) => ({ ...s, table: rn(s.table) })),
  };
}

function errText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/**
 * Opens the harness on `names` (default: all five). Server engines that are unreachable
 * are skipped with a reason outside CI; in CI opening them fails (as test/helpers/engines.ts).
 */
export async function openHarness(names: readonly DiffEngineName[] = DIFF_ENGINES): Promise<Harness> {
  const sqlNames = names.filter((n): n is EngineName => n !== "js");
  const fixtures = await testEngines(sqlNames);
  const skipped: string[] = [];
  const sql: { name: EngineName; engine: Engine }[] = [];
  try {
    for (const fx of fixtures) {
      if (!fx.available) {
        skipped.push(fx.reason);
        continue;
      }
      sql.push({ name: fx.name, engine: await fx.open() });
    }
  } catch (e) {
    for (const s of sql) await s.engine.close().catch(() => {});
    throw e;
  }
  const engines: DiffEngineName[] = [...(names.includes("js") ? (["js"] as const) : []), ...sql.map((s) => s.name)];
  let counter = 0;

  async function evalJs(ir: IRProject, c: DiffCase): Promise<Membership> {
    const api = compileJs(ir, { entity: "user" });
    const out: Membership = new Map();
    for (const { record, input } of testInputs(ir, c.data, "user")) {
      out.set(String(record.key), new Set(api.members(input, { asOf: c.data.asOf })));
    }
    return out;
  }

  async function evalSql(engine: Engine, loaded: IRProject, ir: IRProject, c: DiffCase): Promise<Membership> {
    await loadData(engine, loaded, testData(loaded, c.data), { indexes: false, analyze: false });
    const result = await runMembership(engine, ir, { asOf: c.data.asOf });
    const out: Membership = new Map();
    const userKeys = new Set(c.data.records.filter((r) => r.entity === "user").map((r) => String(r.key)));
    for (const k of userKeys) out.set(k, new Set());
    for (const [name, r] of Object.entries(result.segments)) {
      const seen = new Set<string>();
      for (const key of r.members ?? []) {
        const k = String(key);
        // a duplicate or unknown key is a backend bug too: show it as its own "key"
        const shown = seen.has(k) ? `${k} (duplicate row)` : userKeys.has(k) ? k : `${k} (not a record)`;
        seen.add(k);
        if (!out.has(shown)) out.set(shown, new Set());
        out.get(shown)!.add(name);
      }
    }
    return out;
  }

  return {
    engines,
    skipped,
    async run(c, transforms = {}) {
      const prefix = `d${++counter}_`;
      const loaded = renameTables(c.ir, prefix);
      const segNames = c.ir.segments.map((s) => s.name);
      const irFor = (e: DiffEngineName) => (transforms[e] ? transforms[e]!(loaded) : loaded);
      const results = new Map<DiffEngineName, Membership>();
      const errors: { engine: DiffEngineName; message: string }[] = [];
      await Promise.all(
        engines.map(async (name) => {
          try {
            const m = name === "js" ? await evalJs(irFor(name), c) : await evalSql(sql.find((s) => s.name === name)!.engine, loaded, irFor(name), c);
            results.set(name, m);
          } catch (e) {
            errors.push({ engine: name, message: errText(e) });
          }
        }),
      );
      const disagreements: Disagreement[] = [];
      const keys = new Set<string>();
      for (const m of results.values()) for (const k of m.keys()) keys.add(k);
      for (const seg of segNames) {
        for (const key of keys) {
          const members: DiffEngineName[] = [];
          const nonMembers: DiffEngineName[] = [];
          for (const e of engines) {
            const m = results.get(e);
            if (!m) continue;
            (m.get(key)?.has(seg) ? members : nonMembers).push(e);
          }
          if (members.length > 0 && nonMembers.length > 0) disagreements.push({ segment: seg, key, members, nonMembers });
        }
      }
      const userCount = c.data.records.filter((r) => r.entity === "user").length;
      const outcome: CaseOutcome = { pairs: segNames.length * userCount, segments: segNames.length, disagreements, errors, report: "" };
      if (disagreements.length > 0 || errors.length > 0) outcome.report = report(c, loaded, outcome, sql, irFor);
      return outcome;
    },
    async close() {
      for (const s of sql) await s.engine.close().catch(() => {});
    },
  };
}

/** The segment and every segment it depends on, in IR order. */
function withDeps(ir: IRProject, name: string): IRSegment[] {
  const want = new Set<string>();
  const visit = (n: string) => {
    if (want.has(n)) return;
    want.add(n);
    for (const d of ir.segments.find((s) => s.name === n)?.dependsOn ?? []) visit(d);
  };
  visit(name);
  return ir.segments.filter((s) => want.has(s.name));
}

function report(
  c: DiffCase,
  loaded: IRProject,
  o: CaseOutcome,
  sql: { name: EngineName; engine: Engine }[],
  irFor: (e: DiffEngineName) => IRProject,
): string {
  const out: string[] = [];
  for (const e of o.errors) out.push(`ENGINE ERROR on ${e.engine}: ${e.message}`);
  const bySeg = new Map<string, Disagreement[]>();
  for (const d of o.disagreements) bySeg.set(d.segment, [...(bySeg.get(d.segment) ?? []), d]);
  const focus = [...bySeg.keys()].slice(0, 2);
  out.push(`${o.disagreements.length} disagreement(s) over ${bySeg.size} segment(s): ${[...bySeg.keys()].join(", ")}`);
  out.push("", "SCHEMA", prettySchema(c.ir));
  if (focus.length === 0) {
    out.push("", "SEGMENTS");
    for (const s of c.ir.segments) out.push(`  ${s.name} = ${prettyCond(s.condition)}`);
  }
  for (const seg of focus) {
    const ds = bySeg.get(seg)!;
    out.push("", `SEGMENT ${seg} (with what it depends on)`);
    for (const s of withDeps(c.ir, seg)) out.push(`  ${s.name} = ${prettyCond(s.condition)}`);
    out.push("DISAGREEMENTS");
    for (const d of ds) out.push(`  key ${d.key}: member on [${d.members.join(", ")}], not on [${d.nonMembers.join(", ")}]`);
    const keys = new Set(ds.map((d) => d.key));
    out.push("DATA (those keys)", prettyData(c.data, keys));
    // SQL of the engines on the smaller side (both sides on a tie)
    const sides = ds[0]!;
    const minority = sides.members.length < sides.nonMembers.length ? sides.members : sides.nonMembers.length < sides.members.length ? sides.nonMembers : [...sides.members, ...sides.nonMembers];
    for (const e of minority.filter((x): x is EngineName => x !== "js").slice(0, 2)) {
      const eng = sql.find((s) => s.name === e)?.engine;
      try {
        const text = compileMembershipText(irFor(e), getDialect(e), {
          entity: "user",
          segments: [seg],
          asOf: c.data.asOf,
          resolveTable: eng ? (t) => eng.resolveTable(t) : undefined,
        });
        out.push(`SQL (${e})`, text);
      } catch (err) {
        out.push(`SQL (${e}) could not be compiled: ${errText(err)}`);
      }
    }
  }
  const aggs = c.ir.aggregates.map((a) => `  ${prettyAgg(a)}`);
  if (aggs.length) out.push("", "AGGREGATES", ...aggs);
  out.push("", "ALL DATA", prettyData(c.data));
  out.push("", "REPRO (paste into test/differential/regressions.test.ts)", JSON.stringify(minimalCase(c, focus[0])));
  void loaded;
  return out.join("\n");
}

/** The case reduced to one segment (and its dependencies), for a regression test. */
export function minimalCase(c: DiffCase, segment: string | undefined): DiffCase {
  if (segment === undefined) return c;
  const segs = withDeps(c.ir, segment);
  const used = new Set<string>();
  const walk = (x: unknown) => {
    if (x && typeof x === "object") {
      const o = x as Record<string, unknown>;
      if (o.k === "agg" && typeof o.id === "string") used.add(o.id);
      for (const v of Object.values(o)) walk(v);
    }
  };
  walk(segs);
  return { ir: { ...c.ir, segments: segs, aggregates: c.ir.aggregates.filter((a) => used.has(a.id)) }, data: c.data };
}
