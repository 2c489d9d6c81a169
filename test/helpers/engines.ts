/**
 * Engine fixtures for tests: every test file gets its own isolated namespace on every
 * engine, dropped afterwards.
 *
 * - sqlite, duckdb: a fresh in-memory database.
 * - postgres: schema `seg_t_<random>` (search_path) plus, for qualified IR table names,
 *   schemas `seg_t_<random>_<schema>` (the engine's `resolveTable` maps
 *   `analytics.users` → `seg_t_<random>_analytics.users`).
 * - mysql: database `seg_t_<random>` (the connection's default) plus databases
 *   `seg_t_<random>_<schema>` likewise.
 *
 * Unreachable servers: the fixture is `available: false` with a reason outside CI (tests
 * skip visibly); with `CI` set it stays available and opening fails the test.
 *
 * Usage:
 *   const engines = await testEngines();
 *   describe.each(engines)("$name", (fx) => {
 *     let engine: Engine;
 *     beforeAll(async () => { engine = await fx.open(); });
 *     afterAll(async () => { await engine?.close(); });   // drops the namespace
 *     test.skipIf(!fx.available)(...)   // or: describe.skipIf(!fx.available)
 *   });
 * or the shorthand `describeEngines("title", (get) => { test("x", async () => get().query(...)) })`.
 */
import { randomBytes } from "node:crypto";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe } from "vitest";
import { ENGINE_NAMES, openEngine, type Engine, type EngineName } from "../../compiler/engines/index.ts";

export const PG_URL = process.env.SEG_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const MYSQL_URL = process.env.SEG_TEST_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test";
const IN_CI = Boolean(process.env.CI);

export interface EngineFixture {
  name: EngineName;
  /** False only when the server is unreachable and we are not in CI. */
  available: boolean;
  /** Why it is unavailable ("" when available). */
  reason: string;
  /** Opens an isolated namespace. The returned engine's close() drops it. */
  open(): Promise<Engine>;
}

let probed: Promise<Record<EngineName, string>> | undefined;

/** "" when reachable, else the one-line reason. Probed once per test file. */
function probe(): Promise<Record<EngineName, string>> {
  probed ??= (async () => {
    const check = async (url: string): Promise<string> => {
      try {
        const e = await openEngine(url);
        await e.close();
        return "";
      } catch (err) {
        return err instanceof Error ? err.message : String(err);
      }
    };
    const [pg, my] = await Promise.all([check(PG_URL), check(MYSQL_URL)]);
    return { sqlite: "", duckdb: "", postgres: pg, mysql: my };
  })();
  return probed;
}

function newNamespace(): string {
  return `seg_t_${randomBytes(5).toString("hex")}`;
}

/** An engine whose close() first runs `cleanup`. */
function withCleanup(engine: Engine, cleanup: () => Promise<void>): Engine {
  let closed = false;
  return new Proxy(engine, {
    get(target, prop, receiver) {
      if (prop === "close") {
        return async () => {
          if (closed) return;
          closed = true;
          try {
            await cleanup();
          } finally {
            await target.close();
          }
        };
      }
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** Opens a fresh isolated namespace on one engine (throws EngineError when unreachable). */
export async function withEngine(name: EngineName): Promise<Engine> {
  switch (name) {
    case "sqlite":
      return openEngine(":memory:");
    case "duckdb":
      return openEngine("duckdb::memory:");
    case "postgres": {
      const ns = newNamespace();
      const admin = await openEngine(PG_URL);
      try {
        await admin.exec(`CREATE SCHEMA ${admin.quoteTable([ns])}`);
      } finally {
        await admin.close();
      }
      const engine = await openEngine(PG_URL, { schemaPrefix: ns });
      return withCleanup(engine, async () => {
        const rows = await engine.query(
          "SELECT nspname FROM pg_namespace WHERE nspname = $1 OR starts_with(nspname, $2)",
          [ns, `${ns}_`],
        );
        for (const r of rows) await engine.exec(`DROP SCHEMA IF EXISTS ${engine.quoteTable([String(r.nspname)])} CASCADE`);
      });
    }
    case "mysql": {
      const ns = newNamespace();
      const admin = await openEngine(MYSQL_URL);
      try {
        await admin.exec(`CREATE DATABASE ${admin.quoteTable([ns])} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
      } finally {
        await admin.close();
      }
      const engine = await openEngine(MYSQL_URL, { schemaPrefix: ns });
      return withCleanup(engine, async () => {
        const rows = await engine.query(
          "SELECT schema_name AS s FROM information_schema.schemata WHERE schema_name = ? OR LEFT(schema_name, ?) = ?",
          [ns, ns.length + 1, `${ns}_`],
        );
        for (const r of rows) await engine.exec(`DROP DATABASE IF EXISTS ${engine.quoteTable([String(r.s)])}`);
      });
    }
  }
}

/** One fixture per engine, in ENGINE_NAMES order. */
export async function testEngines(names: readonly EngineName[] = ENGINE_NAMES): Promise<EngineFixture[]> {
  const reasons = await probe();
  return names.map((name) => {
    const reason = reasons[name];
    const available = reason === "" || IN_CI;
    return {
      name,
      available,
      reason: available ? "" : `${name} unreachable: ${reason}`,
      open: () => withEngine(name),
    };
  });
}

/**
 * Registers `describe(<title> [<engine>])` for every engine, skipped visibly when the
 * engine is unavailable; `get()` returns the engine opened in beforeAll.
 */
export function describeEngines(
  title: string,
  fixtures: EngineFixture[],
  body: (get: () => Engine, fx: EngineFixture) => void,
): void {
  for (const fx of fixtures) {
    const label = fx.available ? `${title} [${fx.name}]` : `${title} [${fx.name}] (skipped: ${fx.reason})`;
    describe.skipIf(!fx.available)(label, () => {
      let engine: Engine | undefined;
      beforeAll(async () => {
        engine = await fx.open();
      });
      afterAll(async () => {
        await engine?.close();
      });
      body(() => {
        if (!engine) throw new Error(`${fx.name} engine was not opened`);
        return engine;
      }, fx);
    });
  }
}

/**
 * The session id of `engine` on its server (PostgreSQL's backend pid, MySQL's connection id),
 * for `untilRunning`.
 */
export async function sessionId(engine: Engine): Promise<number> {
  const sql = engine.name === "postgres" ? "SELECT pg_backend_pid() AS id" : "SELECT CONNECTION_ID() AS id";
  return Number((await engine.query(sql))[0]!.id);
}

/**
 * Resolves once session `id` is asleep in a statement (pg_sleep / SLEEP), as another
 * session sees it. A cancel sent before then finds nothing to cancel and the statement runs
 * its full time: a fixed delay before the cancel was too short now and then under load.
 * `statement` is the run of that statement: should it end before it is seen running (a
 * login, a grant, a syntax error), this fails with its outcome at once.
 */
export async function untilRunning(name: "postgres" | "mysql", id: number, statement: Promise<unknown>): Promise<void> {
  let ended: string | undefined;
  void statement.then(
    (outcome) => (ended = `it ended with ${inspect(outcome, { breakLength: Infinity })}`),
    (error: unknown) => (ended = `it failed: ${inspect(error, { breakLength: Infinity })}`),
  );
  const watcher = await openEngine(name === "postgres" ? PG_URL : MYSQL_URL);
  const sql =
    name === "postgres"
      ? "SELECT count(*) AS n FROM pg_stat_activity WHERE pid = $1 AND state = 'active' AND wait_event = 'PgSleep'"
      : "SELECT COUNT(*) AS n FROM information_schema.processlist WHERE ID = ? AND COMMAND = 'Query' AND STATE = 'User sleep'";
  try {
    // a wait for the server's state, each look a round trip: the test's timeout bounds it
    while (Number((await watcher.query(sql, [id]))[0]!.n) === 0) {
      if (ended !== undefined) throw new Error(`session ${id}'s statement was never seen running: ${ended}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await watcher.close();
  }
}
