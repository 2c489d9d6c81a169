/**
 * The membership query against a hand-written expert query and against one query per
 * segment, on generated data (compiler/datagen), for every segment of segments/.
 *
 *   npx tsx bench/membership.ts [--users 100000] [--engines sqlite,duckdb,postgres,mysql]
 *                               [--runs 3] [--only membership,handwritten,per-segment]
 *                               [--segments a,b,…] [--detail]
 *
 * `--segments` restricts membership and per-segment to those segments (and what they
 * depend on), to see where the time goes; the hand-written query covers all of them and is
 * skipped then.
 *
 * Data is generated once per engine and user count and cached: SQLite and DuckDB files under
 * bench/.data/ (gitignored), PostgreSQL / MariaDB in schemas `seg_bench_u<users>_*`
 * (databases on MariaDB). A marker table written last says the load completed; delete the
 * files / drop the schemas to force a reload.
 *
 * `--detail` prints each per-segment query's time, slowest first.
 *
 * `--engines` defaults to sqlite,duckdb,postgres; add mysql for MariaDB / MySQL.
 *
 * (b) is bench/handwritten/<dialect>.sql, one per engine: sqlite.sql, duckdb.sql,
 * postgres.sql and mysql.sql (MariaDB 10.11, in syntax MySQL 8 shares). Each is one
 * SELECT with the same columns as the membership query, as_of as its only parameter (`?` or
 * `$1`), and table names `analytics.events`, … (bare or quoted) that this script maps to the
 * cached schemas. Before timing, the script checks that the hand-written query and the
 * per-segment queries return exactly the membership query's members, and fails loudly
 * otherwise.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkProject, loadProject, type IRProject } from "../compiler/index.ts";
import { generateData, loadData } from "../compiler/datagen/index.ts";
import { columnValues, openEngine, type ColumnarResult, type Engine, type EngineName } from "../compiler/engines/index.ts";
import { compileMembership, compileSegmentQuery, getDialect } from "../compiler/sql/index.ts";
import { truthy } from "../compiler/sql/run.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const DATA_DIR = path.join(here, ".data");
const AS_OF = "2025-06-01T00:00:00.000Z";
const SEED = 1;
/** Bump when the generator or the load changes, so stale caches are rebuilt. */
const DATA_VERSION = 1;

const PG_URL = process.env.SEG_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const MYSQL_URL = process.env.SEG_TEST_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test";

interface Args {
  users: number;
  engines: EngineName[];
  runs: number;
  only: Set<string>;
  segments?: string[];
  /** Print each per-segment query's time, slowest first. */
  detail: boolean;
}

function parseArgs(argv: string[]): Args {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const users = Number(get("--users") ?? 10_000);
  if (!Number.isInteger(users) || users <= 0) throw new Error("--users must be a positive integer");
  const engines = (get("--engines") ?? "sqlite,duckdb,postgres").split(",").map((s) => s.trim()) as EngineName[];
  for (const e of engines) {
    if (!["sqlite", "duckdb", "postgres", "mysql"].includes(e)) throw new Error(`unknown engine ${e}`);
  }
  const runs = Number(get("--runs") ?? 3);
  const segments = get("--segments")?.split(",").map((s) => s.trim());
  const only = new Set((get("--only") ?? (segments ? "membership,per-segment" : "membership,handwritten,per-segment")).split(","));
  if (segments && only.has("handwritten")) throw new Error("--segments cannot be combined with the hand-written query");
  return { users, engines, runs, only, detail: argv.includes("--detail"), ...(segments ? { segments } : {}) };
}

async function loadIR(): Promise<IRProject> {
  const loaded = await loadProject([path.join(root, "segments")]);
  const result = checkProject(loaded.files);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`segments/ has errors: ${errors.map((d) => d.message).join("; ")}`);
  return result.ir;
}

// ---------------------------------------------------------------------------------------
// Cached data

const META = ["seg_bench_meta"];

async function openCached(name: EngineName, users: number): Promise<Engine> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const prefix = `seg_bench_u${users}`;
  switch (name) {
    case "sqlite":
      return openEngine(path.join(DATA_DIR, `sqlite-u${users}.db`));
    case "duckdb":
      return openEngine(`duckdb:${path.join(DATA_DIR, `duckdb-u${users}.duckdb`)}`);
    case "postgres":
      return openEngine(PG_URL, { schemaPrefix: prefix });
    case "mysql": {
      // The connection's default database is the prefix itself: it must exist.
      const admin = await openEngine(MYSQL_URL);
      try {
        await admin.exec(`CREATE DATABASE IF NOT EXISTS \`${prefix}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
      } finally {
        await admin.close();
      }
      return openEngine(MYSQL_URL, { schemaPrefix: prefix });
    }
  }
}

async function isLoaded(engine: Engine, users: number): Promise<boolean> {
  try {
    const rows = await engine.query(`SELECT version, users FROM ${engine.quoteTable(engine.resolveTable(META))}`);
    return rows.length === 1 && Number(rows[0]!.version) === DATA_VERSION && Number(rows[0]!.users) === users;
  } catch {
    return false;
  }
}

/** Removes whatever a previous (possibly interrupted) load left. */
async function clear(engine: Engine, ir: IRProject, users: number): Promise<Engine> {
  const tables = [META, ...ir.entities.map((e) => e.table), ...ir.eventSources.map((s) => s.table)];
  if (engine.name === "sqlite" || engine.name === "duckdb") {
    await engine.close();
    for (const f of fs.readdirSync(DATA_DIR)) {
      if (f.startsWith(`${engine.name}-u${users}.`)) fs.rmSync(path.join(DATA_DIR, f), { force: true });
    }
    return openCached(engine.name, users);
  }
  const schemas = new Set(tables.map((t) => engine.resolveTable(t)[0]!));
  for (const s of schemas) {
    const q = engine.quoteTable([s]);
    await engine.exec(engine.name === "postgres" ? `DROP SCHEMA IF EXISTS ${q} CASCADE` : `DROP DATABASE IF EXISTS ${q}`);
  }
  return engine;
}

async function prepare(name: EngineName, ir: IRProject, users: number): Promise<Engine> {
  let engine = await openCached(name, users);
  if (await isLoaded(engine, users)) return engine;
  engine = await clear(engine, ir, users);
  const started = performance.now();
  process.stdout.write(`${name}: generating and loading ${users} users … `);
  const data = generateData(ir, { users, seed: SEED, asOf: new Date(AS_OF) });
  const summary = await loadData(engine, ir, data);
  await engine.createTable(META, [
    { name: "version", type: "integer" },
    { name: "users", type: "integer" },
  ]);
  await engine.insertRows(META, ["version", "users"], [[DATA_VERSION, users]]);
  const rows = summary.tables.map((t) => `${t.table} ${t.rows}`).join(", ");
  console.log(`${((performance.now() - started) / 1000).toFixed(0)} s (${rows})`);
  return engine;
}

// ---------------------------------------------------------------------------------------
// The three contenders

type Members = Map<string, string[]>;

function membersOf(result: ColumnarResult, key: string, segments: string[]): Members {
  const keys = columnValues(result, key);
  const out: Members = new Map();
  for (const s of segments) {
    const flags = columnValues(result, s);
    const list: string[] = [];
    for (let r = 0; r < flags.length; r++) if (truthy(flags[r])) list.push(String(keys[r]));
    out.set(s, list.sort());
  }
  return out;
}

/** The hand-written query for this engine, table names mapped to the cached schemas. */
function handwritten(engine: Engine, ir: IRProject): string | undefined {
  const file = path.join(here, "handwritten", `${engine.name}.sql`);
  if (!fs.existsSync(file)) return undefined;
  let text = fs.readFileSync(file, "utf8");
  const tables = [...ir.entities.map((e) => e.table), ...ir.eventSources.map((s) => s.table)];
  for (const t of tables) {
    // Written bare (`analytics.events`) or quoted (`"analytics"."events"`, backticks on MySQL).
    const q = engine.name === "mysql" ? "`" : '"';
    const esc = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const bare = t.map(esc).join("\\.");
    const quoted = t.map((p) => esc(q + p + q)).join("\\.");
    const pattern = new RegExp(`${quoted}|(?<![\\w."\`])${bare}(?![\\w"\`])`, "g");
    text = text.replace(pattern, () => engine.quoteTable(engine.resolveTable(t)));
  }
  return text;
}

interface Timing {
  best: number;
  members: Members;
}

async function timeIt(runs: number, once: () => Promise<Members>): Promise<Timing> {
  let best = Infinity;
  let members: Members = new Map();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    members = await once();
    best = Math.min(best, performance.now() - t);
  }
  return { best, members };
}

function compare(what: string, expected: Members, actual: Members): string[] {
  const problems: string[] = [];
  for (const [seg, want] of expected) {
    const got = actual.get(seg);
    if (!got) {
      problems.push(`${what}: no column ${seg}`);
      continue;
    }
    if (got.length !== want.length || got.some((k, i) => k !== want[i])) {
      const w = new Set(want);
      const g = new Set(got);
      const missing = want.filter((k) => !g.has(k)).slice(0, 3);
      const extra = got.filter((k) => !w.has(k)).slice(0, 3);
      problems.push(`${what}: ${seg} has ${got.length} members, expected ${want.length} (missing ${missing.join(" ")}; extra ${extra.join(" ")})`);
    }
  }
  return problems;
}

interface Row {
  engine: string;
  membership?: number;
  handwritten?: number;
  perSegment?: number;
  problems: string[];
}

async function benchEngine(engine: Engine, ir: IRProject, args: Args): Promise<Row> {
  const dialect = getDialect(engine.name);
  const resolveTable = (t: string[]): string[] => engine.resolveTable(t);
  const entity = ir.segments[0]!.entity;
  const key = ir.entities.find((e) => e.name === entity)!.key.name;
  const segments = ir.segments.filter((s) => s.entity === entity && (!args.segments || args.segments.includes(s.name))).map((s) => s.name);
  for (const s of args.segments ?? []) if (!segments.includes(s)) throw new Error(`--segments: no segment ${s} about ${entity}`);
  const row: Row = { engine: engine.name, problems: [] };

  const membership = compileMembership(ir, dialect, { asOf: AS_OF, resolveTable, segments });
  const m = await timeIt(args.runs, async () => membersOf(await engine.queryColumns(membership.sql, membership.parameters), key, segments));
  row.membership = m.best;
  console.log(`  ${engine.name} membership: ${fmt(m.best)}`);

  if (args.only.has("handwritten")) {
    const text = handwritten(engine, ir);
    if (text === undefined) {
      row.problems.push(`no bench/handwritten/${engine.name}.sql`);
    } else {
      const h = await timeIt(args.runs, async () => membersOf(await engine.queryColumns(text, [AS_OF]), key, segments));
      row.handwritten = h.best;
      row.problems.push(...compare("hand-written", m.members, h.members));
      console.log(`  ${engine.name} hand-written: ${fmt(h.best)}`);
    }
  }

  if (args.only.has("per-segment")) {
    const queries = segments.map((s) => ({ s, q: compileSegmentQuery(ir, s, dialect, { asOf: AS_OF, resolveTable }) }));
    // Slow: one run unless asked for more than 3.
    const timings = new Map<string, number>();
    const p = await timeIt(Math.max(1, args.runs - 2), async () => {
      const out: Members = new Map();
      for (const { s, q } of queries) {
        const started = performance.now();
        out.set(s, columnValues(await engine.queryColumns(q.sql, q.parameters), key).map(String).sort());
        timings.set(s, Math.min(timings.get(s) ?? Infinity, performance.now() - started));
      }
      return out;
    });
    if (args.detail) {
      for (const [s, ms] of [...timings].sort((a, b) => b[1] - a[1])) console.log(`    ${fmt(ms).padStart(8)}  ${s}`);
    }
    row.perSegment = p.best;
    row.problems.push(...compare("per-segment", m.members, p.members));
    console.log(`  ${engine.name} per-segment: ${fmt(p.best)}`);
  }
  return row;
}

function fmt(ms: number | undefined): string {
  if (ms === undefined) return "—";
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined ? "—" : `${(a / b).toFixed(2)}x`;
}

const args = parseArgs(process.argv.slice(2));
const ir = await loadIR();
console.log(`membership benchmark: ${args.segments?.length ?? ir.segments.length} segments, ${args.users} users, as of ${AS_OF}, best of ${args.runs}`);
const results: Row[] = [];
for (const name of args.engines) {
  let engine: Engine | undefined;
  try {
    engine = await prepare(name, ir, args.users);
    const counted = await engine.query(
      `SELECT COUNT(*) AS n FROM ${engine.quoteTable(engine.resolveTable(ir.eventSources[0]!.table))}`,
    );
    console.log(`${name}: ${Number(counted[0]!.n).toLocaleString("en-US")} events`);
    results.push(await benchEngine(engine, ir, args));
  } catch (e) {
    results.push({ engine: name, problems: [e instanceof Error ? e.message.split("\n")[0]! : String(e)] });
  } finally {
    await engine?.close();
  }
}

console.log("");
const header = ["engine", "membership", "hand-written", "per-segment", "memb/hand", "per-seg/memb"];
const table = results.map((r) => [
  r.engine,
  fmt(r.membership),
  fmt(r.handwritten),
  fmt(r.perSegment),
  ratio(r.membership, r.handwritten),
  ratio(r.perSegment, r.membership),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log(line(header));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const r of table) console.log(line(r));
const problems = results.flatMap((r) => r.problems.map((p) => `${r.engine}: ${p}`));
if (problems.length > 0) {
  console.log("\nPROBLEMS");
  for (const p of problems) console.log(`  ${p}`);
  process.exitCode = 1;
}
