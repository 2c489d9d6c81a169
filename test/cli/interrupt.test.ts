/**
 * Ctrl-C, SIGTERM or SIGHUP during `seg run` / `seg generate` on a server: the statement the
 * server runs is cancelled (a client that only exits leaves it running), and the command ends
 * with 130 / 143 / 129. During the load of `seg generate` into a SQLite or DuckDB file, or of
 * `seg demo`: the load stops at its next batch and the files the run created are removed.
 * SIGINT or SIGTERM during `seg test`: the running tests drop their schemas first.
 * The signal comes from a test emitter, not the process, so the test runner is not touched.
 */
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import fs from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { randomBytes } from "node:crypto";
import { CancelError, openEngine, type Engine } from "../../compiler/engines/index.ts";
import path from "node:path";
import { cancellingOnInterrupt, stoppingOnInterrupt } from "../../cli/commands/run.ts";
import { testCommand } from "../../cli/commands/test.ts";
import { CliError, type CliIo } from "../../cli/io.ts";
import { REPO_ROOT, tempProject } from "../helpers/cli.ts";
import { PG_URL, sessionId, testEngines, untilRunning } from "../helpers/engines.ts";

const SEGMENTS = path.resolve(import.meta.dirname, "../../segments");

const fixtures = await testEngines();

function captureIo(): CliIo & { err: () => string } {
  let stderr = "";
  return { stdout: () => undefined, stderr: (t) => void (stderr += t), cwd: ".", isTty: false, stderrIsTty: false, env: {}, err: () => stderr };
}

const SLOW: Record<string, string> = { postgres: "SELECT pg_sleep(60) AS x", mysql: "SELECT SLEEP(60) AS x" };
/** What the server says of a statement it cancelled. */
const CANCELLED = /canceling statement due to user request|Query execution was interrupted/;

describe("Ctrl-C cancels the server's statement", () => {
  for (const fx of fixtures.filter((f) => f.name === "postgres" || f.name === "mysql")) {
    test.skipIf(!fx.available)(`${fx.name}: the query stops, and the command fails with 130`, async () => {
      const engine = await fx.open();
      const signals = new EventEmitter();
      const io = captureIo();
      try {
        const session = await sessionId(engine);
        let queryError: unknown;
        const slow = () => engine.query(SLOW[fx.name]!).catch((e: unknown) => Promise.reject((queryError = e)));
        const run = cancellingOnInterrupt(engine, io, slow, signals).catch((e: unknown) => e);
        // the Ctrl-C once the server runs the statement (a fixed delay was too short under load)
        await untilRunning(fx.name as "postgres" | "mysql", session, run);
        signals.emit("SIGINT");
        const error = await run;
        // the server ended the statement (it did not run its minute out)
        expect(String(queryError)).toMatch(CANCELLED);
        expect(error).toBeInstanceOf(CliError);
        expect((error as CliError).exitCode).toBe(130);
        expect((error as CliError).message).toBe(`interrupted; the query on ${engine.target} was cancelled`);
        expect(io.err()).toContain("seg: interrupted: cancelling the running query on");
        // Only once: the next Ctrl-C is the default one, which quits.
        expect(signals.listenerCount("SIGINT")).toBe(0);
      } finally {
        await engine.close();
      }
    });
  }

  const server = fixtures.find((f) => f.name === "postgres")!;
  test.skipIf(!server.available)("a step that swallows the cancelled query's error still ends the command with 130", async () => {
    // As the column-type check reads a failed query as "type unknown" and goes on.
    const engine = await server.open();
    const signals = new EventEmitter();
    try {
      const session = await sessionId(engine);
      const run = cancellingOnInterrupt(engine, captureIo(), async () => {
        await engine.query(SLOW.postgres!).catch(() => undefined);
        return "results";
      }, signals).catch((e: unknown) => e);
      await untilRunning("postgres", session, run);
      signals.emit("SIGINT");
      const error = await run;
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(130);
    } finally {
      await engine.close();
    }
  });

  test.skipIf(!server.available)("postgres: a role at its CONNECTION LIMIT is cancelled too (CancelRequest, no second session)", async () => {
    const admin = await openEngine(PG_URL);
    // Roles are cluster-wide: a name of this run's own.
    const role = `fixops_cancel_${randomBytes(4).toString("hex")}`;
    await admin.exec(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 1`);
    const url = new URL(PG_URL);
    url.username = role;
    url.password = "";
    const engine = await openEngine(url.toString());
    const signals = new EventEmitter();
    const io = captureIo();
    try {
      const session = await sessionId(engine);
      let queryError: unknown;
      const slow = () => engine.query(SLOW.postgres!).catch((e: unknown) => Promise.reject((queryError = e)));
      const run = cancellingOnInterrupt(engine, io, slow, signals).catch((e: unknown) => e);
      await untilRunning("postgres", session, run);
      signals.emit("SIGINT");
      const error = await run;
      expect(io.err()).not.toContain("could not cancel");
      expect((error as CliError).message).toBe(`interrupted; the query on ${engine.target} was cancelled`);
      expect(String(queryError)).toMatch(CANCELLED);
    } finally {
      await engine.close();
      await admin.exec(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '${role}'`);
      await admin.exec(`DROP ROLE ${role}`);
      await admin.close();
    }
  });

  test("a cancel that fails is not reported as done: the query may still run, in the session named", async () => {
    let finish = (): void => undefined;
    const engine = {
      target: "postgres://db.example/prod",
      cancel: () => Promise.reject(new CancelError("postgres (postgres://db.example/prod): could not cancel the running query (backend pid 4242): too many connections", "backend pid 4242")),
    } as unknown as Engine;
    const signals = new EventEmitter();
    const io = captureIo();
    // The query ends of itself (it was not cancelled) after the signal.
    const run = cancellingOnInterrupt(engine, io, () => new Promise<string>((resolve) => (finish = () => resolve("rows"))), signals).catch((e: unknown) => e);
    signals.emit("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 10));
    finish();
    const error = await run;
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(143);
    expect((error as CliError).message).toBe("stopped by SIGTERM; the query on postgres://db.example/prod may still be running on the server (backend pid 4242)");
    expect(io.err()).toContain("seg: postgres (postgres://db.example/prod): could not cancel the running query (backend pid 4242): too many connections\n");
  });

  test("an in-process engine runs the work as it is, with no handler", async () => {
    const engine = await openEngine(":memory:");
    const signals = new EventEmitter();
    try {
      let seen = -1;
      const rows = await cancellingOnInterrupt(engine, captureIo(), async () => {
        seen = signals.listenerCount("SIGINT");
        return engine.query("SELECT 1 AS one");
      }, signals);
      expect(rows).toEqual([{ one: 1 }]);
      expect(seen).toBe(0);
    } finally {
      await engine.close();
    }
  });

  const pg = fixtures.find((f) => f.name === "postgres")!;
  test.skipIf(!pg.available)("without a Ctrl-C, a server command's errors are its own and the handler is removed", async () => {
    const engine = await pg.open();
    const signals = new EventEmitter();
    try {
      const error = await cancellingOnInterrupt(engine, captureIo(), () => engine.query("SELECT * FROM no_such_table"), signals).catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(CliError);
      expect(String(error)).toMatch(/no_such_table/);
      expect(signals.listenerCount("SIGINT")).toBe(0);
    } finally {
      await engine.close();
    }
  });
});

describe("SIGTERM or SIGHUP during `seg run` (a job cancelled, a terminal closed)", () => {
  const pg = fixtures.find((f) => f.name === "postgres")!;
  for (const [signal, code] of [["SIGTERM", 143], ["SIGHUP", 129]] as const) {
    test.skipIf(!pg.available)(`${signal}: the server's query is cancelled and seg exits with ${code}`, async () => {
      const engine = await pg.open();
      // The fixture's namespace, written out in the schema: the CLI maps no table names.
      const [ns] = engine.resolveTable(["users"]);
      // A view whose rows take a minute: the checks that read no row pass, the first that reads rows runs on.
      await engine.exec(`CREATE VIEW "${ns}".slow_users AS SELECT 'u1'::text AS id FROM (SELECT pg_sleep(60)) s`);
      const dir = tempProject({ "p.seg": `entity user {\n  table "${ns}.slow_users"\n  key id: string\n}\nsegment everyone = id is set\n` });
      const running = async (): Promise<number> =>
        // the query that reads rows, asleep in the view (the checks before it read none, briefly)
        (await engine.query("SELECT count(*) AS n FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND state = 'active' AND wait_event = 'PgSleep' AND strpos(query, $1) > 0", [ns!]))[0]!.n as number;
      const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin", "seg.mjs"), "run", ".", "--db", PG_URL], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
      const exited = new Promise<number | string | null>((resolve) => child.on("close", (status, killedBy) => resolve(status ?? killedBy)));
      try {
        for (let i = 0; i < 600 && (await running()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
        expect(await running(), "the slow query runs").toBe(1);
        child.kill(signal);
        expect(await exited).toBe(code);
        expect(stderr).toContain(`seg: ${signal}: cancelling the running query on`);
        // PostgreSQL ends a cancelled backend's query at its next check: give it a moment.
        for (let i = 0; i < 600 && (await running()) > 0; i++) await new Promise((r) => setTimeout(r, 50));
        expect(await running(), "the query left on the server").toBe(0);
      } finally {
        child.kill("SIGKILL");
        await engine.exec(`SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND strpos(query, '${ns}') > 0`);
        await engine.close();
      }
    }, 60_000);
  }
});

describe("SIGTERM or SIGINT during `seg test` (a CI job cancelled or timed out)", () => {
  const pg = fixtures.find((f) => f.name === "postgres")!;
  test.skipIf(!pg.available)("no test starts, the running ones drop their schemas, exit 143 / 130 without a report", async () => {
    // A database of its own: every seg_test_ schema in it is this run's. In the shared one,
    // another file's `seg test` (or another run on the server) made schemas that this test
    // took for its own, and signalled too early or found them left.
    const database = `seg_sig_${randomBytes(5).toString("hex")}`;
    const server = await openEngine(PG_URL);
    await server.exec(`CREATE DATABASE "${database}"`);
    const url = new URL(PG_URL);
    url.pathname = `/${database}`;
    const admin = await openEngine(url.toString());
    const schemas = async (): Promise<string[]> =>
      (await admin.query("SELECT nspname FROM pg_namespace WHERE starts_with(nspname, 'seg_test_')")).map((r) => String(r.nspname));
    // a test's schemas hold its tables; seg test's probe of the login (created, then dropped) holds none
    const withTables = async (): Promise<string[]> =>
      (
        await admin.query(
          "SELECT DISTINCT n.nspname FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid WHERE starts_with(n.nspname, 'seg_test_')",
        )
      ).map((r) => String(r.nspname));
    try {
      for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130]] as const) {
        const signals = new EventEmitter();
        const io = captureIo();
        let stdout = "";
        io.stdout = (t) => void (stdout += t);
        const run = testCommand(SEGMENTS, { engines: "postgres", format: "text" }, { ...io, env: { SEG_PG_URL: url.toString() } }, signals).catch((e: unknown) => e);
        // a test of the example library is running once its schemas hold tables
        let running: string[] = [];
        for (let i = 0; i < 600 && running.length === 0; i++) {
          running = await withTables();
          if (running.length === 0) await new Promise((r) => setTimeout(r, 25));
        }
        expect(running.length, "a test's schemas appeared").toBeGreaterThan(0);
        signals.emit(signal, signal);
        const error = await run;
        expect(error).toBeInstanceOf(CliError);
        expect((error as CliError).exitCode).toBe(code);
        expect((error as CliError).message).toBe(`interrupted by ${signal}: no test report`);
        expect(io.err()).toContain(`seg: ${signal}: stopping once the running tests have dropped their schemas`);
        expect(stdout).toBe("");
        // none left: neither the running tests' nor any of a test started after the signal
        expect(await schemas()).toEqual([]);
        expect(signals.listenerCount(signal)).toBe(0);
      }
    } finally {
      await admin.close();
      await server.exec(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await server.close();
    }
  }, 60_000);
});

describe("a signal while the last test runs (JS: the test awaits nothing)", () => {
  // A regex that backtracks for a second or so (a warning, SEG3011): the signal comes while the test runs.
  const SLOW_TEST = `entity user {
  table "users"
  key id: string
  name: string
}
segment slow = name matches "^(a|aa)+$"
test "slow" {
  as of 2024-06-01
  user u { name: "${"a".repeat(33)}b" }
  expect u not in slow
}
`;

  test("exit 143 without a report, as for a signal between tests", async () => {
    // The signal, 20 ms after seg test listens for it: the test has started by then.
    const signals = new (class extends EventEmitter {
      override on(event: string | symbol, listener: (...args: unknown[]) => void): this {
        if (event === "SIGTERM") setTimeout(() => this.emit("SIGTERM", "SIGTERM"), 20);
        return super.on(event, listener);
      }
    })();
    const io = captureIo();
    let stdout = "";
    io.stdout = (t) => void (stdout += t);
    const error = await testCommand(tempProject({ "slow.seg": SLOW_TEST }), { engines: "js", format: "text" }, io, signals).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(143);
    expect(io.err()).toContain("seg: SIGTERM: stopping");
    expect(stdout).toBe("");
  });
});

/**
 * Runs `seg <args>` in `cwd`, sends `signal` once `file` (in `cwd`) has grown past 2 MB (the
 * load is under way), and gives the exit status and stderr.
 */
async function signalDuringLoad(args: string[], cwd: string, file: string, signal: NodeJS.Signals): Promise<{ status: number | string | null; stderr: string }> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin", "seg.mjs"), ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
  let ended = false;
  const exited = new Promise<number | string | null>((resolve) =>
    child.on("close", (status, killedBy) => {
      ended = true;
      resolve(status ?? killedBy);
    }),
  );
  try {
    const size = (): number => (fs.existsSync(path.join(cwd, file)) ? fs.statSync(path.join(cwd, file)).size : 0);
    for (let i = 0; i < 2400 && !ended && size() < 2_000_000; i++) await new Promise((r) => setTimeout(r, 25));
    expect(ended, `seg ended before its load was under way: ${stderr}`).toBe(false);
    child.kill(signal);
    return { status: await exited, stderr };
  } finally {
    child.kill("SIGKILL");
  }
}

describe("a signal during the load of `seg generate` into a SQLite or DuckDB file, or of `seg demo`", () => {
  // 20,000 users: about 2.5 million events, a load of many seconds.
  const generate = (db: string): string[] => ["generate", SEGMENTS, "--users", "20000", "--db", db];

  test("SQLite, Ctrl-C: exit 130, and the files it created (the schemas' files beside it) are removed", async () => {
    const dir = tempProject({});
    const { status, stderr } = await signalDuringLoad(generate("data.db"), dir, "data.analytics.db", "SIGINT");
    expect(stderr).toContain("seg: interrupted: stopping the load into");
    expect(stderr).toMatch(/seg: interrupted; the load into \S*data\.db stopped: the files it created are removed\n$/);
    expect(status).toBe(130);
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 60_000);

  test("DuckDB, SIGTERM: exit 143, the file and its WAL removed", async () => {
    const dir = tempProject({});
    const { status, stderr } = await signalDuringLoad(generate("duckdb:data.duckdb"), dir, "data.duckdb.wal", "SIGTERM");
    expect(stderr).toContain("seg: SIGTERM: stopping the load into duckdb:");
    expect(stderr).toContain("seg: stopped by SIGTERM; the load into duckdb:");
    expect(status).toBe(143);
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 60_000);

  test("a database that existed before is left (with its own table), only the files the run created go", async () => {
    const dir = tempProject({});
    const before = new Database(path.join(dir, "data.db"));
    before.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me')");
    before.close();
    const { status, stderr } = await signalDuringLoad(generate("data.db"), dir, "data.analytics.db", "SIGINT");
    expect(status).toBe(130);
    expect(stderr).toContain("the files it created are removed; the tables it wrote into data.db, which existed before, are left half filled");
    expect(fs.readdirSync(dir)).toEqual(["data.db"]);
    const after = new Database(path.join(dir, "data.db"), { readonly: true });
    try {
      expect(after.prepare("SELECT text FROM notes").all()).toEqual([{ text: "keep me" }]);
    } finally {
      after.close();
    }
  }, 60_000);

  test("seg demo, SIGHUP: exit 129 and none of its files left", async () => {
    const dir = tempProject({});
    const { status, stderr } = await signalDuringLoad(["demo", "--dir", SEGMENTS, "--users", "20000"], dir, ".seg-demo/demo.analytics.db", "SIGHUP");
    expect(stderr).toMatch(/seg: stopped by SIGHUP; the load into \S*demo\.db stopped: none of the demo's files are kept\n$/);
    expect(status).toBe(129);
    expect(fs.readdirSync(path.join(dir, ".seg-demo"))).toEqual([]);
  }, 60_000);

  test("only the first signal stops the load: the handlers are gone after it, so a second quits at once", async () => {
    const signals = new EventEmitter();
    const io = captureIo();
    const engine = { target: "data.db" } as unknown as Engine;
    const load = stoppingOnInterrupt(engine, io, "the files it created are removed", (signal) =>
      new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason as Error))), signals).catch((e: unknown) => e);
    signals.emit("SIGINT");
    expect(signals.listenerCount("SIGINT") + signals.listenerCount("SIGTERM") + signals.listenerCount("SIGHUP")).toBe(0);
    const error = await load;
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(130);
    expect((error as CliError).message).toBe("interrupted; the load into data.db stopped: the files it created are removed");
    expect(io.err()).toBe("seg: interrupted: stopping the load into data.db at its next batch (Ctrl-C again quits at once)\n");
  });
});
