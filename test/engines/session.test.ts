/**
 * The session every engine opens: UTC whatever the server's default or the target URL says,
 * since the compiled SQL reads `timestamp` (without time zone) columns as UTC instants.
 */
import net from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EngineError, openEngine, type Engine } from "../../compiler/engines/index.ts";
import { mysqlConnectionOptions, SESSION_SQL_MODE } from "../../compiler/engines/mysql.ts";
import { describeEngines, MYSQL_URL, PG_URL, testEngines } from "../helpers/engines.ts";

const fixtures = await testEngines(["duckdb", "postgres", "mysql"]);

/** The session's time zone setting, as the engine names it. */
const TIME_ZONE_QUERY: Record<string, string> = {
  duckdb: "SELECT current_setting('TimeZone') AS tz",
  postgres: "SELECT current_setting('TimeZone') AS tz",
  mysql: "SELECT @@session.time_zone AS tz",
};

describeEngines("session", fixtures, (get) => {
  test("runs in UTC", async () => {
    const e = get();
    const [row] = await e.query(TIME_ZONE_QUERY[e.name]!);
    expect(["UTC", "+00:00"]).toContain(row!.tz);
  });
});

const mysqlFixture = fixtures.filter((f) => f.name === "mysql");
describeEngines("mysql: the session's sql_mode", mysqlFixture, (get) => {
  test("is seg's own, whatever the server's: '' stays a string (EMPTY_STRING_IS_NULL made as_of now)", async () => {
    const [row] = await get().query("SELECT @@session.sql_mode AS mode, '' IS NULL AS empty_is_null, 'a' || 'b' AS piped");
    expect(row!.mode).toBe(SESSION_SQL_MODE);
    expect(Number(row!.empty_is_null)).toBe(0);
    // `||` is OR, not concatenation (PIPES_AS_CONCAT is off)
    expect(Number(row!.piped)).toBe(0);
  });
});

describeEngines("mysql: a regular expression that gives up at PCRE's match limit", mysqlFixture, (get) => {
  // PostgreSQL answers true for 40 a's and a b; MariaDB answered 0 with warning 1139.
  // (A statement that reads no table keeps the warnings of the one before: these read one.)
  const matches = (id: number) => `SELECT v REGEXP '^(a|aa)+c|^a*b$' AS m FROM regex_values WHERE id = ${id}`;
  beforeAll(async () => {
    await get().exec("CREATE TABLE regex_values (id INT, v TEXT)");
    await get().exec("INSERT INTO regex_values VALUES (1, CONCAT(REPEAT('a', 40), 'b')), (2, CONCAT(REPEAT('a', 10), 'b'))");
  });
  test("fails the statement instead of answering no match", async () => {
    const refused = /a regular expression gave up on a value \(Regex error 'match limit exceeded'\), so its "no match" could be wrong/;
    await expect(get().query(matches(1))).rejects.toThrow(refused);
    await expect(get().queryColumns(matches(1))).rejects.toThrow(refused);
  });
  test("within the limit, the answer stands", async () => {
    const [row] = await get().query(matches(2));
    expect(Number(row!.m)).toBe(1);
  });
});

const postgres = fixtures.find((f) => f.name === "postgres")!;

describe.skipIf(!postgres.available)("postgres: a target URL with its own options", () => {
  let engine: Engine;
  beforeAll(async () => {
    const url = new URL(PG_URL);
    url.searchParams.set("options", "-c TimeZone=America/New_York -c statement_timeout=123456 -c jit=on");
    engine = await openEngine(url.toString());
  });
  afterAll(async () => engine?.close());

  test("keeps the URL's other settings, and UTC and seg's own settings win", async () => {
    const [row] = await engine.query(
      "SELECT current_setting('TimeZone') AS tz, current_setting('statement_timeout') AS timeout, current_setting('jit') AS jit",
    );
    expect(row).toEqual({ tz: "UTC", timeout: "123456ms", jit: "off" });
  });

  test("a timestamp without time zone is read as a UTC instant", async () => {
    // In New York's time zone this naive time would be 17:00 UTC, and a window ending at
    // as_of would count it five hours late.
    const [row] = await engine.query(
      "SELECT CAST(TIMESTAMP '2024-03-01 12:00:00' AS TIMESTAMPTZ) = TIMESTAMPTZ '2024-03-01T12:00:00Z' AS same",
    );
    expect(row!.same).toBe(true);
  });
});

describe("postgres: connect_timeout and sslmode of the target", () => {
  test("connect_timeout is libpq's, in seconds, and the message says how long it waited", async () => {
    // a server that accepts and never answers
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      await expect(openEngine(`postgres://postgres@127.0.0.1:${port}/test?connect_timeout=1`)).rejects.toThrow(
        /timeout expired \(no answer within 1 s; the target's \?connect_timeout= sets it\)$/,
      );
    } finally {
      silent.close();
    }
  });

  test("an sslmode no driver knows, or a connect_timeout that is no number of seconds, is an error", async () => {
    await expect(openEngine("postgres://postgres@127.0.0.1:1/x?sslmode=bogus")).rejects.toThrow(
      'postgres://postgres@127.0.0.1:1/x?sslmode=bogus: sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full, no-verify, not "bogus"',
    );
    await expect(openEngine("postgres://postgres@127.0.0.1:1/x?connect_timeout=2.5")).rejects.toThrow('connect_timeout is a whole number of seconds, not "2.5"');
  });
});

describe("mysql: TLS parameters of the target", () => {
  const options = (query: string): ReturnType<typeof mysqlConnectionOptions> =>
    mysqlConnectionOptions(`mysql://bob:pw@db.example.com:3307/shop${query}`, "the target");
  const refusal = (query: string): string => {
    try {
      options(query);
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      return (e as Error).message;
    }
    throw new Error(`accepted ${query}`);
  };

  test("no parameters: no TLS; the URL's parts as options", () => {
    const o = options("");
    expect(o).toMatchObject({ host: "db.example.com", port: 3307, user: "bob", password: "pw", database: "shop" });
    expect(o.ssl).toBeUndefined();
    expect(options("?ssl-mode=disabled").ssl).toBeUndefined();
  });

  test("ssl-mode as the MySQL client names it, in any case", () => {
    expect(options("?ssl-mode=REQUIRED").ssl).toEqual({ rejectUnauthorized: false });
    expect(options("?ssl-mode=verify_ca").ssl).toEqual({ rejectUnauthorized: true, verifyIdentity: false });
    expect(options("?ssl-mode=Verify_Identity").ssl).toEqual({ rejectUnauthorized: true, verifyIdentity: true });
  });

  test("ssl-ca is read from its file; with REQUIRED it checks the certificate against it", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seg-ca-")), "ca.pem");
    fs.writeFileSync(file, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    const ca = fs.readFileSync(file, "utf8");
    const at = encodeURIComponent(file);
    expect(options(`?ssl-mode=VERIFY_IDENTITY&ssl-ca=${at}`).ssl).toEqual({ rejectUnauthorized: true, verifyIdentity: true, ca });
    expect(options(`?ssl-mode=REQUIRED&ssl-ca=${at}`).ssl).toEqual({ rejectUnauthorized: true, verifyIdentity: false, ca });
    expect(refusal(`?ssl-ca=${at}`)).toMatch(/ssl-ca needs an ssl-mode other than DISABLED/);
  });

  test("anything else is refused, never ignored", () => {
    expect(refusal("?ssl=true")).toBe(
      'the target: unknown parameter "ssl"; a MySQL target takes ssl-mode (DISABLED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY), ssl-ca (a CA certificate file) and socket (a unix socket file)',
    );
    expect(refusal("?ssl-mode=PREFERRED")).toMatch(/ssl-mode must be one of DISABLED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY, not "PREFERRED"/);
    expect(refusal("?ssl-mode=REQUIRED&ssl-ca=%2Fno%2Fsuch%2Fca.pem")).toMatch(/cannot read the ssl-ca file \/no\/such\/ca\.pem: ENOENT/);
  });

  test("an IPv6 address without its URL brackets; a unix socket through ?socket=", async () => {
    expect(mysqlConnectionOptions("mysql://root@[::1]:3306/test", "the target")).toMatchObject({ host: "::1", port: 3306 });
    expect(mysqlConnectionOptions("mysql://root@localhost/test?socket=/run/mysqld/mysqld.sock", "the target")).toMatchObject({
      socketPath: "/run/mysqld/mysqld.sock",
      database: "test",
    });
    // Port 1 is closed: the address was looked up and refused, not "not found" (ENOTFOUND [::1]).
    await expect(openEngine("mysql://root@[::1]:1/test")).rejects.toThrow(/cannot connect to MySQL.*ECONNREFUSED/);
    await expect(openEngine("mysql://root@localhost/test?socket=/nonexistent/mysqld.sock")).rejects.toThrow(/cannot connect to MySQL.*ENOENT/);
  });

  const [local] = mysqlFixture;
  test.skipIf(!local?.available)("connects through the server's unix socket when it is on this machine", async () => {
    const admin = await openEngine(MYSQL_URL);
    const socket = String((await admin.query("SELECT @@socket AS s"))[0]!.s);
    await admin.close();
    if (!fs.existsSync(socket)) return; // a server elsewhere: its socket is not here
    const url = new URL(MYSQL_URL);
    url.host = "localhost";
    url.searchParams.set("socket", socket);
    const engine = await openEngine(url.toString());
    try {
      expect(await engine.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await engine.close();
    }
  });

  test("a user name, password or database that is not valid percent-encoding is a clear error", () => {
    const refused = (url: string): string => {
      try {
        mysqlConnectionOptions(url, "the target");
      } catch (e) {
        expect(e).toBeInstanceOf(EngineError);
        return (e as Error).message;
      }
      throw new Error(`accepted ${url}`);
    };
    expect(refused("mysql://%zz@db/shop")).toBe("the target: the user name is not valid percent-encoding (write %25 for a % sign)");
    expect(refused("mysql://bob:50%@db/shop")).toMatch(/the password is not valid percent-encoding/);
    expect(refused("mysql://bob@db/sh%E0%A4op")).toMatch(/the database name is not valid percent-encoding/);
    expect(mysqlConnectionOptions("mysql://b%40b:p%25w@db/shop", "t")).toMatchObject({ user: "b@b", password: "p%w" });
  });

  const mysqlServer = fixtures.find((f) => f.name === "mysql")!;
  test.skipIf(!mysqlServer.available)("ssl-mode=REQUIRED on a real server: encrypted, or refused", async () => {
    const url = new URL(MYSQL_URL);
    url.searchParams.set("ssl-mode", "REQUIRED");
    let engine: Engine | undefined;
    try {
      engine = await openEngine(url.toString());
    } catch (e) {
      // A server without TLS (the test machine's): the connection is refused, not made in the clear.
      expect((e as Error).message).toMatch(/^cannot connect to MySQL at .*: Server does not support secure connection/);
      return;
    }
    try {
      const rows = await engine.query("SHOW SESSION STATUS LIKE 'Ssl_cipher'");
      expect(String(rows[0]!.Value)).not.toBe("");
    } finally {
      await engine.close();
    }
  });
});

describe("read-only sessions (seg run)", () => {
  const digest = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  const tempFile = (name: string): string => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seg-ro-")), name);

  test("SQLite: reads, refuses to write, and leaves the file's bytes and journal mode as they were", async () => {
    const file = tempFile("app.db");
    const writer = await openEngine(file);
    await writer.createTable(["users"], [{ name: "id", type: "string" }]);
    await writer.insertRows(["users"], ["id"], [["u1"]]);
    await writer.close();
    const before = digest(file);

    const reader = await openEngine(file, { readOnly: true });
    try {
      expect(await reader.query("SELECT id FROM users")).toEqual([{ id: "u1" }]);
      expect((await reader.query("PRAGMA journal_mode"))[0]).toEqual({ journal_mode: "delete" });
      await expect(reader.exec("CREATE TABLE other (x TEXT)")).rejects.toThrow(/readonly database/);
    } finally {
      await reader.close();
    }
    expect(digest(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(["app.db"]);
  });

  test("DuckDB: reads and refuses to write; the file is unchanged", async () => {
    const file = tempFile("warehouse.duckdb");
    const writer = await openEngine(`duckdb:${file}`);
    await writer.createTable(["users"], [{ name: "id", type: "string" }]);
    await writer.insertRows(["users"], ["id"], [["u1"]]);
    await writer.close();
    const before = digest(file);

    const reader = await openEngine(`duckdb:${file}`, { readOnly: true });
    try {
      expect(await reader.query("SELECT id FROM users")).toEqual([{ id: "u1" }]);
      await expect(reader.exec("CREATE TABLE other (x TEXT)")).rejects.toThrow(/read-only/);
    } finally {
      await reader.close();
    }
    expect(digest(file)).toBe(before);
  });

  const servers = fixtures.filter((f) => f.name === "postgres" || f.name === "mysql");
  describe.each(servers)("$name", (fx) => {
    test.skipIf(!fx.available)("reads, and a write is refused", async () => {
      const table = `seg_ro_${randomBytes(5).toString("hex")}`;
      const reader = await openEngine(fx.name === "postgres" ? PG_URL : MYSQL_URL, { readOnly: true });
      try {
        expect(await reader.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
        await expect(reader.exec(`CREATE TABLE ${table} (x INTEGER)`)).rejects.toThrow(/read-only transaction|READ ONLY transaction/i);
      } finally {
        await reader.close();
        // Only if the refusal failed: leave nothing behind.
        const admin = await openEngine(fx.name === "postgres" ? PG_URL : MYSQL_URL);
        await admin.exec(`DROP TABLE IF EXISTS ${table}`);
        await admin.close();
      }
    });
  });
});
