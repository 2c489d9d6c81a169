import { describe, expect, test } from "vitest";
import { EngineError, normalizeValue, openEngine, parseTarget, redactTarget } from "../../compiler/engines/index.ts";
import { describeEngines, MYSQL_URL, PG_URL, sessionId, testEngines, untilRunning } from "../helpers/engines.ts";

const fixtures = await testEngines();

const HOSTILE = [
  "plain",
  "it's",
  'double "quoted"',
  "back\\slash\\",
  "trailing backslash \\",
  "-- comment",
  "/* block */",
  "a; DROP TABLE t; --",
  "emoji 😀 👩‍👩‍👧 and ünïcödé ß İ",
  "tab\tnew\nline\rreturn",
  "%_like_wildcards%",
  "$1 ? :name @p",
  "x".repeat(10_000),
  "",
  "   spaces   ",
];

describeEngines("round trip", fixtures, (get, fx) => {
  test("hostile strings come back byte for byte", async () => {
    const e = get();
    await e.createTable(["hostile"], [
      { name: "id", type: "integer" },
      { name: "s", type: "string" },
    ]);
    await e.insertRows(["hostile"], ["id", "s"], HOSTILE.map((s, i) => [i, s]));
    const rows = await e.query(`SELECT id, s FROM ${e.quoteTable(e.resolveTable(["hostile"]))} ORDER BY id`);
    expect(rows.map((r) => r.s)).toEqual(HOSTILE);
    expect(rows.map((r) => r.id)).toEqual(HOSTILE.map((_, i) => i));
  });

  test("hostile strings as query parameters", async () => {
    const e = get();
    const ph = e.name === "postgres" ? "$1" : "?";
    for (const s of HOSTILE) {
      const rows = await e.query(`SELECT count(*) AS c FROM ${e.quoteTable(e.resolveTable(["hostile"]))} WHERE s = ${ph}`, [s]);
      expect(rows[0]!.c).toBe(1);
    }
  });

  test("string comparison is case-sensitive", async () => {
    const e = get();
    const ph = e.name === "postgres" ? "$1" : "?";
    const rows = await e.query(`SELECT count(*) AS c FROM ${e.quoteTable(e.resolveTable(["hostile"]))} WHERE s = ${ph}`, ["PLAIN"]);
    expect(rows[0]!.c).toBe(0);
  });

  test("NUL characters: stored, or reported clearly (postgres)", async () => {
    const e = get();
    await e.createTable(["nul"], [{ name: "s", type: "string" }]);
    const value = "before\u0000after";
    if (fx.name === "postgres") {
      await expect(e.insertRows(["nul"], ["s"], [[value]])).rejects.toThrow(/cannot hold the NUL character.*column s, row 1/);
      return;
    }
    await e.insertRows(["nul"], ["s"], [[value]]);
    const rows = await e.query(`SELECT s FROM ${e.quoteTable(e.resolveTable(["nul"]))}`);
    expect(rows[0]!.s).toBe(value);
  });

  test("timestamps keep milliseconds and are UTC", async () => {
    const e = get();
    const times = [
      "2024-03-01T00:00:00.000Z",
      "2024-03-01T23:59:59.999Z",
      "2024-02-29T12:34:56.789Z",
      "1999-12-31T23:59:59.001Z",
      "2038-01-19T03:14:08.500Z",
    ];
    await e.createTable(["analytics", "times"], [
      { name: "id", type: "integer" },
      { name: "t", type: "timestamp" },
    ]);
    // Date objects and ISO strings are both accepted.
    await e.insertRows(["analytics", "times"], ["id", "t"], times.map((t, i) => [i, i % 2 ? t : new Date(t)]));
    await e.insertRows(["analytics", "times"], ["id", "t"], [[99, null]]);
    const rows = await e.query(`SELECT id, t FROM ${e.quoteTable(e.resolveTable(["analytics", "times"]))} ORDER BY id`);
    expect(rows.map((r) => normalizeValue(r.t, "timestamp"))).toEqual([...times, null]);
    // Ordering by the stored value is chronological.
    const ordered = await e.query(`SELECT id FROM ${e.quoteTable(e.resolveTable(["analytics", "times"]))} WHERE t IS NOT NULL ORDER BY t`);
    expect(ordered.map((r) => r.id)).toEqual([3, 2, 0, 1, 4]);
  });

  test("JSON values", async () => {
    const e = get();
    const docs: unknown[] = [
      { feature: "reports", n: 3, ok: true, nested: { a: [1, 2, "x"] } },
      { quote: "it's \"q\" \\ 😀" },
      [],
      {},
      null,
    ];
    await e.createTable(["docs"], [
      { name: "id", type: "integer" },
      { name: "j", type: "json" },
    ]);
    await e.insertRows(["docs"], ["id", "j"], docs.map((d, i) => [i, d]));
    const rows = await e.query(`SELECT id, j FROM ${e.quoteTable(e.resolveTable(["docs"]))} ORDER BY id`);
    expect(rows.map((r) => normalizeValue(r.j, "json"))).toEqual(docs);
  });

  test("booleans, numbers and NULLs", async () => {
    const e = get();
    await e.createTable(["mixed"], [
      { name: "id", type: "integer" },
      { name: "b", type: "boolean" },
      { name: "n", type: "number" },
      { name: "s", type: "string" },
    ]);
    const input: unknown[][] = [
      [1, true, 1.5, "a"],
      [2, false, -0.25, null],
      [3, null, null, null],
      [4, true, 1e15, "d"],
      [5, undefined, 0, ""],
    ];
    await e.insertRows(["mixed"], ["id", "b", "n", "s"], input);
    const rows = await e.query(`SELECT id, b, n, s FROM ${e.quoteTable(e.resolveTable(["mixed"]))} ORDER BY id`);
    expect(rows.map((r) => [r.id, normalizeValue(r.b, "boolean"), r.n, r.s])).toEqual(
      input.map((r) => r.map((v) => (v === undefined ? null : v))),
    );
    const t = await e.query(
      `SELECT count(*) AS c FROM ${e.quoteTable(e.resolveTable(["mixed"]))} WHERE b = ${e.name === "sqlite" ? 1 : "TRUE"}`,
    );
    expect(t[0]!.c).toBe(2);
  });

  test("batched inserts keep every row", async () => {
    const e = get();
    await e.createTable(["analytics", "many"], [
      { name: "id", type: "integer" },
      { name: "s", type: "string" },
    ]);
    const n = 25_000;
    const rows = Array.from({ length: n }, (_, i) => [i, `row ${i} 'q'`]);
    await e.insertRows(["analytics", "many"], ["id", "s"], rows);
    const r = await e.query(`SELECT count(*) AS c, sum(id) AS s FROM ${e.quoteTable(e.resolveTable(["analytics", "many"]))}`);
    expect(r[0]!.c).toBe(n);
    expect(Number(r[0]!.s)).toBe((n * (n - 1)) / 2);
  });

  test("inserts into tables created with plain SQL (types from the catalog, NULL-only columns too)", async () => {
    const e = get();
    const t = e.quoteTable(e.resolveTable(["plain"]));
    const ts = { sqlite: "TEXT", postgres: "timestamptz", mysql: "DATETIME(3)", duckdb: "TIMESTAMP" }[e.name];
    const js = { sqlite: "TEXT", postgres: "jsonb", mysql: "JSON", duckdb: "JSON" }[e.name];
    const bool = e.name === "sqlite" ? "INTEGER" : "BOOLEAN";
    await e.exec(`CREATE TABLE ${t} (id INTEGER, t ${ts}, j ${js}, b ${bool}, n DOUBLE PRECISION)`);
    await e.insertRows(["plain"], ["id", "t", "j", "b", "n"], [
      [1, new Date("2024-03-01T12:00:00.250Z"), { a: 1 }, true, null],
      [2, null, null, null, null],
    ]);
    const rows = await e.query(`SELECT id, t, j, b, n FROM ${t} ORDER BY id`);
    expect(rows.map((r) => [r.id, normalizeValue(r.t, "timestamp"), normalizeValue(r.j, "json"), normalizeValue(r.b, "boolean"), r.n])).toEqual([
      [1, "2024-03-01T12:00:00.250Z", { a: 1 }, true, null],
      [2, null, null, null, null],
    ]);
  });

  test("exec runs several statements; errors are EngineErrors naming the target", async () => {
    const e = get();
    await e.exec(`CREATE TABLE ${e.quoteTable(e.resolveTable(["x1"]))} (a INTEGER); CREATE TABLE ${e.quoteTable(e.resolveTable(["x2"]))} (a INTEGER)`);
    const err = await e.query("SELECT * FROM no_such_table_here").catch((x: unknown) => x);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as Error).message).toContain(e.name);
    expect((err as Error).message).not.toContain("\n");
  });
});

describe("test namespaces", () => {
  for (const fx of fixtures.filter((f) => f.name === "postgres" || f.name === "mysql")) {
    test.skipIf(!fx.available)(`${fx.name}: qualified names are isolated and dropped on close`, async () => {
      const e = await fx.open();
      const resolved = e.resolveTable(["analytics", "users"]);
      expect(resolved[0]).toMatch(/^seg_t_[0-9a-f]{10}_analytics$/);
      expect(resolved[1]).toBe("users");
      const ns = resolved[0]!.slice(0, -"_analytics".length);
      expect(e.resolveTable(["users"])).toEqual([ns, "users"]);
      await e.createTable(["analytics", "users"], [{ name: "id", type: "string" }]);
      await e.close();
      const admin = await openEngine(fx.name === "postgres" ? PG_URL : MYSQL_URL);
      try {
        const rows = fx.name === "postgres"
          ? await admin.query("SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)", [ns])
          : await admin.query("SELECT schema_name FROM information_schema.schemata WHERE LEFT(schema_name, ?) = ?", [ns.length, ns]);
        expect(rows).toEqual([]);
      } finally {
        await admin.close();
      }
    });
  }
});

describe("MySQL / MariaDB session", () => {
  const fx = fixtures.find((f) => f.name === "mysql")!;
  test.skipIf(!fx.available)("UTC, and intermediate tables in memory up to 256 MB (16 MB sent them to disk)", async () => {
    const e = await fx.open();
    try {
      const [row] = await e.query("SELECT @@time_zone AS zone, @@tmp_table_size AS tmp, @@max_heap_table_size AS heap");
      expect(row!.zone).toBe("+00:00");
      expect(Number(row!.tmp)).toBeGreaterThanOrEqual(256 * 1024 * 1024);
      expect(Number(row!.heap)).toBeGreaterThanOrEqual(256 * 1024 * 1024);
    } finally {
      await e.close();
    }
  });
});

describe("targets", () => {
  test("parseTarget picks the engine", () => {
    expect(parseTarget("postgres://u@h/db").engine).toBe("postgres");
    expect(parseTarget("postgresql://u@h/db").engine).toBe("postgres");
    expect(parseTarget("mysql://root@h/db").engine).toBe("mysql");
    expect(parseTarget("mariadb://root@h/db").engine).toBe("mysql");
    expect(parseTarget("duckdb::memory:")).toEqual({ engine: "duckdb", location: ":memory:" });
    expect(parseTarget("duckdb:/tmp/x.duckdb")).toEqual({ engine: "duckdb", location: "/tmp/x.duckdb" });
    expect(parseTarget("sqlite:/tmp/x.db")).toEqual({ engine: "sqlite", location: "/tmp/x.db" });
    expect(parseTarget(":memory:")).toEqual({ engine: "sqlite", location: ":memory:" });
    expect(parseTarget("data/app.db")).toEqual({ engine: "sqlite", location: "data/app.db" });
    expect(() => parseTarget("oracle://x")).toThrow(EngineError);
  });

  test("passwords are redacted", () => {
    expect(redactTarget("postgres://bob:s3cret@db:5432/x")).toBe("postgres://bob:***@db:5432/x");
    expect(redactTarget("mysql://root@h/db")).toBe("mysql://root@h/db");
    // An unencoded `@` in the password: the user information ends at the last one.
    expect(redactTarget("postgres://u:Sec@retPW@127.0.0.1:1/x")).toBe("postgres://u:***@127.0.0.1:1/x");
    expect(redactTarget("postgres://postgres@127.0.0.1:5432/nonexist?password=S3cretPW")).toBe(
      "postgres://postgres@127.0.0.1:5432/nonexist?password=***",
    );
    expect(redactTarget("postgres://h/db?sslmode=require&sslpassword=a@b&sslkey=/k.pem&PGPASSWORD=c")).toBe(
      "postgres://h/db?sslmode=require&sslpassword=***&sslkey=***&PGPASSWORD=***",
    );
    expect(redactTarget("data/app.db")).toBe("data/app.db");
    // an `@` in the query is no user information: the host and port stay as written
    expect(redactTarget("postgres://h:5432/db?application_name=a@b")).toBe("postgres://h:5432/db?application_name=a@b");
    // `?`, `#` and `/` in an unencoded password: still user information, up to the `@`
    expect(redactTarget("postgres://u:pa?ss@host/db")).toBe("postgres://u:***@host/db");
    expect(redactTarget("postgres://u:pa#ss@host/db")).toBe("postgres://u:***@host/db");
    expect(redactTarget("postgres://u:pa/ss@host/db")).toBe("postgres://u:***@host/db");
    expect(redactTarget("postgres://u:p@ss@h/db?application_name=a@b")).toBe("postgres://u:***@h/db?application_name=a@b");
    // a parameter's value runs to the next `&`, a `#` included
    expect(redactTarget("postgres://h/db?password=ab#cd")).toBe("postgres://h/db?password=***");
    expect(redactTarget("postgres://h/db?password=ab#cd&sslmode=require")).toBe("postgres://h/db?password=***&sslmode=require");
    expect(redactTarget("mysql://h/db?pwd=a&pass=b&passwd=c&sslpassword=d&sslkey=e&user=f")).toBe(
      "mysql://h/db?pwd=***&pass=***&passwd=***&sslpassword=***&sslkey=***&user=f",
    );
  });

  test("unreachable servers give a one-line EngineError naming the target", async () => {
    for (const t of ["postgres://bob:s3cret@127.0.0.1:1/x", "mysql://bob:s3cret@127.0.0.1:1/x"]) {
      const err = await openEngine(t).catch((x: unknown) => x);
      expect(err).toBeInstanceOf(EngineError);
      const msg = (err as Error).message;
      expect(msg).toContain("127.0.0.1:1");
      expect(msg).not.toContain("s3cret");
      expect(msg).not.toContain("\n");
    }
  });

  test("sqlite has REGEXP (JavaScript semantics, code points, NULL-safe)", async () => {
    const e = await openEngine(":memory:");
    try {
      const rows = await e.query(
        "SELECT ('/checkout/pay' REGEXP '^/checkout(/|$)') AS a, ('/checkouts' REGEXP '^/checkout(/|$)') AS b, " +
          "('😀' REGEXP '^.$') AS c, (NULL REGEXP 'x') AS d, ('a-b' REGEXP 'a\\-b') AS e",
      );
      expect(rows).toEqual([{ a: 1, b: 0, c: 1, d: null, e: 1 }]);
    } finally {
      await e.close();
    }
  });

  test("sqlite files keep qualified tables in attached files", async () => {
    const { mkdtempSync, rmSync, existsSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "seg-sqlite-"));
    try {
      const path = join(dir, "app.db");
      const e = await openEngine(path);
      await e.createTable(["analytics", "users"], [{ name: "id", type: "string" }]);
      await e.insertRows(["analytics", "users"], ["id"], [["u1"], ["u2"]]);
      await e.close();
      expect(existsSync(join(dir, "app.analytics.db"))).toBe(true);
      const again = await openEngine(`sqlite:${path}`);
      expect(await again.query(`SELECT id FROM "analytics"."users" ORDER BY id`)).toEqual([{ id: "u1" }, { id: "u2" }]);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("cancel: a server stops the running statement", () => {
  // A statement that would run for a minute; each server's own way of waiting.
  const SLOW: Record<string, string> = {
    postgres: "SELECT pg_sleep(60) AS x",
    mysql: "SELECT SLEEP(60) AS x",
  };
  for (const fx of fixtures.filter((f) => f.name === "postgres" || f.name === "mysql")) {
    test.skipIf(!fx.available)(`${fx.name}: cancel() ends the query at once`, async () => {
      const e = await fx.open();
      try {
        const session = await sessionId(e);
        const running = e.query(SLOW[fx.name]!).then(
          (rows) => ({ rows }),
          (error: unknown) => ({ error }),
        );
        // once the server runs it: a cancel before then finds nothing to cancel
        await untilRunning(fx.name as "postgres" | "mysql", session, running);
        await e.cancel!();
        // the server's own word that it cancelled the statement (not that it ran its minute)
        const outcome = await running;
        expect(outcome).toEqual({
          error: expect.objectContaining({
            name: "EngineError",
            message: expect.stringMatching(/canceling statement due to user request|Query execution was interrupted/),
          }),
        });
        // The connection stays usable.
        expect(await e.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
      } finally {
        await e.close();
      }
    });
  }
});
