/**
 * Isolated, throw-away namespaces for one test on one SQL engine (compiler/engines/CONTEXT.md,
 * "Table names"): a fresh in-memory database for sqlite and duckdb; on postgres and mysql a
 * uniquely named schema / database prefix, created through an admin connection and dropped
 * (with every `<prefix>_<schema>` the test created) when the engine is closed.
 */
import { randomBytes } from "node:crypto";
import { EngineError, openEngine, redactTarget, type Engine, type EngineName } from "../engines/index.ts";
import { errorText } from "../engines/types.ts";

/** Opens isolated namespaces on one engine; `close()` ends the admin connection. */
export interface NamespaceFactory {
  readonly engine: EngineName;
  readonly target: string;
  open(): Promise<Engine>;
  close(): Promise<void>;
}

function newNamespace(): string {
  return `seg_test_${randomBytes(5).toString("hex")}`;
}

/** `engine` with a close() that closes it, then runs `cleanup` (once). */
function withCleanup(engine: Engine, cleanup: () => Promise<void>): Engine {
  let closed = false;
  return new Proxy(engine, {
    get(target, prop, receiver) {
      if (prop === "close") {
        return async () => {
          if (closed) return;
          closed = true;
          try {
            await target.close();
          } finally {
            await cleanup();
          }
        };
      }
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * Connects once (so an unreachable server fails here, with an EngineError naming the
 * target) and returns a factory of isolated namespaces.
 */
export async function namespaceFactory(engine: EngineName, target?: string): Promise<NamespaceFactory> {
  if (engine === "sqlite" || engine === "duckdb") {
    const t = engine === "sqlite" ? ":memory:" : "duckdb::memory:";
    return { engine, target: t, open: () => openEngine(t), close: async () => {} };
  }
  if (!target) throw new EngineError(`${engine}: no connection target given`);
  const shown = redactTarget(target);
  const admin = await openEngine(target);
  if (admin.name !== engine) {
    await admin.close();
    throw new EngineError(`${shown} is a ${admin.name} target, not ${engine}`);
  }
  // Every name through the engine's quoting: the test's own schemas are named after the
  // schema's tables (`<ns>_<schema>`), which the user writes, quotes and all.
  const quoted = (name: string): string => admin.quoteTable([name]);
  // A login that may not create schemas fails here once, as an engine that cannot run
  // (`seg test` reports it "not run", exit 2), not in every test as a failure.
  const kind = engine === "postgres" ? "SCHEMA" : "DATABASE";
  const probe = newNamespace();
  try {
    await admin.exec(`CREATE ${kind} ${quoted(probe)}`);
  } catch (e) {
    await admin.close();
    throw new EngineError(`${shown}: seg test cannot create its ${kind.toLowerCase()}s there (${errorText(e)}); it needs a login that may create and drop them`);
  }
  try {
    await admin.exec(`DROP ${kind} ${quoted(probe)}`);
  } catch (e) {
    // Closing must not hide the reason; the probe is left for the user to drop.
    await admin.close().catch(() => undefined);
    throw new EngineError(
      `${shown}: seg test created the ${kind.toLowerCase()} ${probe} but cannot drop it (${errorText(e)}); drop it by hand, and use a login that may create and drop them`,
    );
  }
  if (engine === "postgres") {
    return {
      engine,
      target: shown,
      async open() {
        const ns = newNamespace();
        await admin.exec(`CREATE SCHEMA ${quoted(ns)}`);
        let conn: Engine;
        try {
          conn = await openEngine(target, { schemaPrefix: ns });
        } catch (e) {
          await admin.exec(`DROP SCHEMA IF EXISTS ${quoted(ns)} CASCADE`);
          throw e;
        }
        return withCleanup(conn, async () => {
          const rows = await admin.query(
            "SELECT nspname FROM pg_namespace WHERE nspname = $1 OR starts_with(nspname, $2)",
            [ns, `${ns}_`],
          );
          for (const r of rows) await admin.exec(`DROP SCHEMA IF EXISTS ${quoted(String(r.nspname))} CASCADE`);
        });
      },
      close: () => admin.close(),
    };
  }
  return {
    engine,
    target: shown,
    async open() {
      const ns = newNamespace();
      await admin.exec(`CREATE DATABASE ${quoted(ns)} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
      let conn: Engine;
      try {
        conn = await openEngine(target, { schemaPrefix: ns });
      } catch (e) {
        await admin.exec(`DROP DATABASE IF EXISTS ${quoted(ns)}`);
        throw e;
      }
      return withCleanup(conn, async () => {
        const rows = await admin.query(
          "SELECT schema_name AS s FROM information_schema.schemata WHERE schema_name = ? OR LEFT(schema_name, ?) = ?",
          [ns, ns.length + 1, `${ns}_`],
        );
        for (const r of rows) await admin.exec(`DROP DATABASE IF EXISTS ${quoted(String(r.s))}`);
      });
    },
    close: () => admin.close(),
  };
}
