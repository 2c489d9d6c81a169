import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { checkProject, type CheckResult } from "../../compiler/index.ts";
import { openEngine, type ColumnarResult, type Engine } from "../../compiler/engines/index.ts";
import { runSegTests, testData, testInputs, type TestEngineSpec } from "../../compiler/testing/index.ts";
import { MYSQL_URL, PG_URL, testEngines } from "../helpers/engines.ts";
import { project, TESTS } from "./fixture.ts";

const LOCAL: TestEngineSpec[] = [{ name: "js" }, { name: "sqlite" }, { name: "duckdb" }];

/** A SQLite engine whose membership rows lie: `segment` is flipped for the record `key`. */
function lyingSqlite(segment: string, key: string): TestEngineSpec {
  return {
    name: "sqlite",
    label: "liar",
    open: async (): Promise<Engine> => {
      const engine = await openEngine(":memory:");
      // runMembership reads the membership query column-wise.
      const queryColumns = async (sql: string, params?: unknown[]): Promise<ColumnarResult> => {
        const res = await engine.queryColumns(sql, params);
        const keys = res.values[res.columns.indexOf("id")];
        const flags = res.values[res.columns.indexOf(segment)];
        if (!keys || !flags) return res;
        return { ...res, values: res.values.map((col) => (col === flags ? flags.map((v, r) => (keys[r] === key ? (v ? 0 : 1) : v)) : col)) };
      };
      return new Proxy(engine, {
        get(target, prop) {
          if (prop === "queryColumns") return queryColumns;
          const v = Reflect.get(target, prop) as unknown;
          return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
    },
  };
}

describe("test data layout", () => {
  test("tables follow the schema: qualified names, wide and per-event tables, unix seconds, json properties", () => {
    const { ir } = project();
    const data = testData(ir, ir.tests[0]!);
    const byName = new Map(data.tables.map((t) => [t.table.join("."), t]));
    expect([...byName.keys()]).toEqual(["app.users", "accounts", "app.events", "app.refunds"]);
    const users = byName.get("app.users")!;
    expect(users.columns.map((c) => `${c.name}:${c.type}`)).toEqual(["id:string", "plan:string", "signed_up_at:number", "tags:json", "account_id:integer"]);
    const rows = [...users.batches()].flat();
    expect(rows[0]).toEqual(["alice", "pro", Date.parse("2025-05-30T00:00:00Z") / 1000, ["vip"], 7]);
    expect(rows[1]).toEqual(["bob", null, null, null, null]);
    const events = [...byName.get("app.events")!.batches()].flat();
    expect(events).toEqual([
      ["alice", new Date("2025-05-30T00:00:00.000Z"), "order_completed", { amount: 25 }],
      ["bob", new Date("2025-05-30T00:00:00.000Z"), "order_completed", { amount: 5 }],
    ]);
    const refunds = [...byName.get("app.refunds")!.batches()].flat();
    expect(byName.get("app.refunds")!.columns.map((c) => c.name)).toEqual(["uid", "at", "refund_amount"]);
    expect(refunds).toEqual([["bob", new Date("2025-05-31T00:00:00.000Z"), 5]]);
  });

  test("JS inputs carry attributes, related records and events by declared name", () => {
    const { ir } = project();
    const [alice, bob] = testInputs(ir, ir.tests[0]!, "user");
    expect(alice!.input.related).toEqual({ account: { id: 7, employees: 500 } });
    expect(alice!.input.events).toEqual([{ name: "purchase", time: "2025-05-30T00:00:00.000Z", properties: { amount: 25 } }]);
    expect(bob!.input.related).toEqual({ account: null });
    expect(bob!.input.events!.map((e) => e.name)).toEqual(["purchase", "refund"]);
  });
});

describe("runSegTests", () => {
  test("a correct test passes on every engine", async () => {
    const { ir } = project();
    const report = await runSegTests(ir, { engines: LOCAL });
    expect(report.engineFailures).toEqual([]);
    expect(report.disagreements).toEqual([]);
    expect(report.results.map((r) => [r.engine, r.status])).toEqual([
      ["js", "passed"],
      ["sqlite", "passed"],
      ["duckdb", "passed"],
    ]);
    expect([report.passed, report.failed]).toEqual([3, 0]);
  });

  test("a segment that tests another through a trait runs on every engine", async () => {
    const text = `entity user {\n  table "users"\n  key id: string\n  age: number\n}\nsegment grown_up = grown\ntrait grown = in adult\nsegment adult = age >= 18\ntest "t" {\n  as of 2025-06-01T00:00:00Z\n  user a { age: 30 }\n  user b { age: 3 }\n  expect a in grown_up\n  expect b not in grown_up\n}\n`;
    const report = await runSegTests(checkProject([{ path: "trait.seg", text }]).ir, { engines: LOCAL });
    expect(report.engineFailures).toEqual([]);
    expect(report.results.map((r) => [r.engine, r.status])).toEqual([
      ["js", "passed"],
      ["sqlite", "passed"],
      ["duckdb", "passed"],
    ]);
  });

  test("times with milliseconds in unix-seconds columns are kept, as the JS backend reads them", async () => {
    const text = `entity user {
  table "users"
  key id: string
  renews_at: timestamp(unix_seconds)
}
events of user {
  table "events"
  user column "user_id"
  time column "at" (unix_seconds)
  name column "event"
  event login
}
segment recent = did login in last 1 day
segment renews_soon = renews_at before now + 1 day
test "sub-second" {
  as of 2024-06-01T00:00:00.200Z
  user u1 { renews_at: 2024-06-02T00:00:00.100Z  login at 2024-05-31T00:00:00.500Z }
  user u2 { renews_at: 2024-06-02T00:00:00.300Z  login at 2024-05-31T00:00:00.100Z }
  expect u1 in recent
  expect u2 not in recent
  expect u1 in renews_soon
  expect u2 not in renews_soon
}
`;
    const report = await runSegTests(checkProject([{ path: "seconds.seg", text }]).ir, { engines: LOCAL });
    expect(report.engineFailures).toEqual([]);
    expect(report.results.map((r) => [r.engine, r.status])).toEqual([
      ["js", "passed"],
      ["sqlite", "passed"],
      ["duckdb", "passed"],
    ]);
  });

  test("a wrong expectation fails on every engine, naming test, record, segment, engine and line", async () => {
    const extra = `
test "wrong" {
  as of 2025-06-01T00:00:00Z
  user carol {
    purchase { amount: 50 } at 40 days ago
  }
  expect carol in buyers
}
`;
    const { ir } = project(extra);
    const line = (TESTS + extra).split("\n").findIndex((l) => l.includes("expect carol in buyers"));
    const report = await runSegTests(ir, { engines: LOCAL });
    const wrong = report.results.filter((r) => r.test === "wrong");
    expect(wrong.map((r) => r.status)).toEqual(["failed", "failed", "failed"]);
    expect(wrong[1]!.failures).toEqual([
      {
        test: "wrong",
        file: "/p/tests.seg",
        line,
        entity: "user",
        alias: "carol",
        key: "carol",
        segment: "buyers",
        expected: true,
        actual: false,
        engine: "sqlite",
        // the purchase is 40 days old: the one clause fails, and says what it counted
        why: {
          mode: "all",
          clauses: [
            {
              clause: "did purchase (where amount is at least 10) in the last 30 days",
              holds: false,
              values: [{ name: "the number of purchase (where amount is at least 10) events in the last 30 days", value: "0" }],
            },
          ],
        },
      },
    ]);
    expect(report.disagreements).toEqual([]);
    expect([report.passed, report.failed]).toEqual([3, 3]);
  });

  test("a failure's explanation: every clause with its mark and the values it read; an `or` needs one", async () => {
    const extra = `
segment pro_or_recent { where plan == "pro" or signed_up_at in last 7 days }
test "why" {
  as of 2025-06-01T00:00:00Z
  account small { id: 8  employees: 20 }
  user dora {
    plan: "free"
    account: small
    purchase { amount: 50 } at 3 days ago
    refund { amount: 5 } at 1 day ago
  }
  expect dora in loyal
  expect dora in pro_or_recent
  expect dora not in buyers
}
`;
    const { ir } = project(extra);
    const report = await runSegTests(ir, { engines: [{ name: "sqlite" }] });
    const whys = report.results.find((r) => r.test === "why")!.failures.map((f) => [f.segment, f.why]);
    expect(whys).toEqual([
      [
        "loyal",
        {
          mode: "all",
          clauses: [
            { clause: "is in buyers", holds: true, values: [] },
            { clause: "is not in refunded", holds: false, values: [] },
          ],
        },
      ],
      [
        "pro_or_recent",
        {
          mode: "any",
          clauses: [
            { clause: 'plan is "pro"', holds: false, values: [{ name: "plan", value: '"free"' }] },
            { clause: "signed_up_at is in the last 7 days", holds: false, values: [{ name: "signed_up_at", value: "missing" }] },
          ],
        },
      ],
      [
        "buyers",
        {
          mode: "all",
          clauses: [
            {
              clause: "did purchase (where amount is at least 10) in the last 30 days",
              holds: true,
              values: [{ name: "the number of purchase (where amount is at least 10) events in the last 30 days", value: "1" }],
            },
          ],
        },
      ],
    ]);
  });

  test("an engine that disagrees is named, even where no expectation covers the pair", async () => {
    const { ir } = project();
    // bob's `vip` membership has no expectation; the liar says he is one.
    const report = await runSegTests(ir, { engines: [...LOCAL, lyingSqlite("vip", "bob")] });
    expect(report.disagreements).toEqual([
      {
        test: "buyers and refunds",
        file: "/p/tests.seg",
        line: 1,
        entity: "user",
        alias: "bob",
        key: "bob",
        segment: "vip",
        members: ["liar"],
        nonMembers: ["js", "sqlite", "duckdb"],
        minority: ["liar"],
      },
    ]);
    const liar = report.results.find((r) => r.engine === "liar")!;
    expect(liar.status).toBe("failed");
    expect(liar.disagrees).toBe(true);
    expect(liar.failures).toEqual([]);
    expect(report.results.filter((r) => r.engine !== "liar").every((r) => r.status === "passed")).toBe(true);
  });

  test("a disagreement on an expected pair is also a failed expectation of that engine", async () => {
    const { ir } = project();
    const report = await runSegTests(ir, { engines: [{ name: "js" }, lyingSqlite("buyers", "alice")] });
    // Two engines, one each way: a tie blames both. (`loyal` is computed inside the query
    // from the true `buyers`, so only the flipped output column differs.)
    expect(report.disagreements.map((d) => [d.alias, d.segment, d.minority])).toEqual([["alice", "buyers", ["js", "liar"]]]);
    const liar = report.results.find((r) => r.engine === "liar")!;
    expect(liar.failures.map((f) => [f.alias, f.segment, f.expected, f.actual, f.engine])).toEqual([["alice", "buyers", true, false, "liar"]]);
    // js computes a member: its clauses would explain the other side, so none is given
    expect(liar.failures[0]!.why).toBeUndefined();
  });

  test("an unreachable server is an engine failure naming engine and target; the others still run", async () => {
    const { ir } = project();
    const report = await runSegTests(ir, {
      engines: [{ name: "js" }, { name: "postgres", target: "postgres://postgres@127.0.0.1:1/x" }],
    });
    expect(report.engineFailures).toHaveLength(1);
    expect(report.engineFailures[0]!.engine).toBe("postgres");
    expect(report.engineFailures[0]!.target).toBe("postgres://postgres@127.0.0.1:1/x");
    expect(report.engineFailures[0]!.message).toMatch(/cannot connect.*127\.0\.0\.1:1/);
    expect(report.engines).toEqual(["js"]);
    expect(report.results.map((r) => r.status)).toEqual(["passed"]);
  });

  test("an engine that cannot run a test reports an error result, not a crash", async () => {
    const { ir } = project();
    const broken: TestEngineSpec = {
      name: "sqlite",
      label: "broken",
      open: async () => {
        throw new Error("disk on fire");
      },
    };
    const report = await runSegTests(ir, { engines: [{ name: "js" }, broken] });
    const r = report.results.find((x) => x.engine === "broken")!;
    expect(r.status).toBe("error");
    expect(r.error).toBe("disk on fire");
    expect(report.failed).toBe(1);
  });

  test("an abort from a signal handler (a macrotask) stops a JS-only run: no test starts after it", async () => {
    const many = Array.from({ length: 400 }, (_, i) => `test "t${i}" {\n  as of 2025-06-01T00:00:00Z\n  user u${i} { plan: "pro" }\n  expect u${i} not in vip\n}\n`).join("");
    const { ir } = project(many);
    const stop = new AbortController();
    let started = 0;
    // as a SIGTERM handler runs: on a later turn of the event loop, not inside the runner
    setTimeout(() => stop.abort(new Error("stopped")), 0);
    await expect(runSegTests(ir, { engines: [{ name: "js" }], signal: stop.signal, onProgress: () => void started++ })).rejects.toThrow("stopped");
    expect(started).toBeLessThan(ir.tests.length);
  });

  test("progress is reported once per test and engine", async () => {
    const { ir } = project();
    const seen: string[] = [];
    await runSegTests(ir, { engines: LOCAL, onProgress: (p) => seen.push(`${p.engine}:${p.total}`) });
    expect(seen.sort()).toEqual(["duckdb:3", "js:3", "sqlite:3"]);
  });
});

/**
 * Names whose CTE columns (`seg_<segment>`, `attr_<attribute>`, `<event>__<property>`) pass
 * PostgreSQL's 63 characters, two by two sharing the first 63: PostgreSQL cut them to one
 * name ("column reference … is ambiguous").
 */
function longNamesProject(): CheckResult {
  const [seg, attr, ev, prop] = ["a".repeat(60), "b".repeat(58), "e".repeat(40), "p".repeat(40)];
  const text = `
entity user {
  table "users"
  key id: string
  ${attr}_1: number
  ${attr}_2: number
}
events of user {
  table "events"
  user column "user_id"
  time column "ts"
  name column "event"
  properties column "props"
  event ${ev} { ${prop}_1: number, ${prop}_2: number }
}
segment ${seg}_1 = ${attr}_1 > 40
segment ${seg}_2 = ${attr}_2 > 40
segment ${seg}_3 = sum(${ev}.${prop}_1) > 5
segment ${seg}_4 = sum(${ev}.${prop}_2) > 5
test "long names" {
  as of 2024-06-01
  user a {
    ${attr}_1: 50
    ${attr}_2: 10
    ${ev} { ${prop}_1: 10, ${prop}_2: 1 } at 1 day ago
  }
  user b {
    ${attr}_1: 10
    ${attr}_2: 50
    ${ev} { ${prop}_1: 1, ${prop}_2: 10 } at 1 day ago
  }
  expect a in ${seg}_1
  expect b not in ${seg}_1
  expect b in ${seg}_2
  expect a not in ${seg}_2
  expect a in ${seg}_3
  expect b not in ${seg}_3
  expect b in ${seg}_4
  expect a not in ${seg}_4
}
`;
  const result = checkProject([{ path: "long.seg", text }]);
  expect(result.diagnostics).toEqual([]);
  return result;
}

/** `account.industry` and an attribute named `account__industry`: one facts column before. */
function relationLikeAttributeProject(): CheckResult {
  const text = `
entity user {
  table "users"
  key id: string
  account__industry: string
  account: account via account_id
}
entity account {
  table "accounts"
  key id: string
  industry: string
}
segment fintech of user = account.industry == "fintech"
segment own_retail of user = account__industry == "retail"
test "a relation's attribute and a look-alike attribute" {
  as of 2024-06-01
  account acme { industry: "fintech" }
  user a {
    account__industry: "retail"
    account: acme
  }
  expect a in fintech
  expect a in own_retail
}
`;
  const result = checkProject([{ path: "lookalike.seg", text }]);
  expect(result.diagnostics).toEqual([]);
  return result;
}

test("an attribute named like a relation's attribute keeps its own column (SQLite was wrong)", async () => {
  const report = await runSegTests(relationLikeAttributeProject().ir, { engines: LOCAL });
  expect(report.engineFailures).toEqual([]);
  expect(report.disagreements).toEqual([]);
  expect(report.results.map((r) => r.status)).toEqual(["passed", "passed", "passed"]);
});

const servers = await testEngines(["postgres", "mysql"]);
for (const fx of servers) {
  const label = fx.available ? `runSegTests on ${fx.name}` : `runSegTests on ${fx.name} (skipped: ${fx.reason})`;
  describe.skipIf(!fx.available)(label, () => {
    test("the fixture passes in an isolated namespace that is dropped afterwards", async () => {
      const { ir } = project();
      const target = fx.name === "postgres" ? PG_URL : MYSQL_URL;
      const report = await runSegTests(ir, { engines: [{ name: "js" }, { name: fx.name, target }] });
      expect(report.engineFailures).toEqual([]);
      expect(report.disagreements).toEqual([]);
      expect(report.results.map((r) => r.status)).toEqual(["passed", "passed"]);
    });

    test.each([
      ["names past PostgreSQL's 63 characters stay distinct", longNamesProject],
      ["an attribute named like a relation's attribute keeps its own column", relationLikeAttributeProject],
    ])("%s", async (_name, make) => {
      const target = fx.name === "postgres" ? PG_URL : MYSQL_URL;
      const report = await runSegTests(make().ir, { engines: [...LOCAL, { name: fx.name, target }] });
      expect(report.engineFailures).toEqual([]);
      expect(report.disagreements).toEqual([]);
      expect(report.results.every((r) => r.status === "passed"), JSON.stringify(report.results)).toBe(true);
    });
  });
}

/**
 * A table whose schema name closes its quoted identifier and runs a statement: `seg test`
 * named its namespaces after it and dropped them by interpolating the name unquoted, which
 * dropped the schema / database `victim` instead.
 */
function injectingProject(victim: string, engine: "postgres" | "mysql"): CheckResult {
  const schema = engine === "postgres" ? `a\\";DROP SCHEMA ${victim} CASCADE;--` : `a\`;DROP DATABASE ${victim};#`;
  const text = `
entity user {
  table "${schema}.users"
  key id: string
  plan: string
}
segment pro = plan == "pro"
test "an injecting schema name" {
  as of 2024-06-01
  user a { plan: "pro" }
  expect a in pro
}
`;
  const result = checkProject([{ path: "inject.seg", text }]);
  expect(result.diagnostics).toEqual([]);
  return result;
}

for (const fx of servers) {
  const label = fx.available ? `namespace cleanup on ${fx.name}` : `namespace cleanup on ${fx.name} (skipped: ${fx.reason})`;
  describe.skipIf(!fx.available)(label, () => {
    test("a schema name that injects SQL drops only the test's own namespaces", async () => {
      const engine = fx.name as "postgres" | "mysql";
      const target = engine === "postgres" ? PG_URL : MYSQL_URL;
      // Short: the namespace named after the schema stays within PostgreSQL's 63 bytes.
      const victim = `sv_${randomBytes(4).toString("hex")}`;
      const admin = await openEngine(target);
      const schemas = engine === "postgres"
        ? "SELECT nspname AS s FROM pg_namespace WHERE nspname LIKE '%' || $1 || '%'"
        : "SELECT schema_name AS s FROM information_schema.schemata WHERE schema_name LIKE CONCAT('%', ?, '%')";
      try {
        await admin.exec(engine === "postgres" ? `CREATE SCHEMA ${victim}` : `CREATE DATABASE ${victim}`);
        const report = await runSegTests(injectingProject(victim, engine).ir, { engines: [{ name: engine, target }] });
        expect(report.engineFailures).toEqual([]);
        expect(report.results.map((r) => r.status)).toEqual(["passed"]);
        // The victim alone is left: the test's namespace named after it is gone.
        expect((await admin.query(schemas, [victim])).map((r) => r.s)).toEqual([victim]);
      } finally {
        await admin.exec(engine === "postgres" ? `DROP SCHEMA IF EXISTS ${victim} CASCADE` : `DROP DATABASE IF EXISTS ${victim}`);
        await admin.close();
      }
    });
  });
}

for (const fx of servers) {
  const label = fx.available ? `a login that may not create schemas on ${fx.name}` : `a login that may not create schemas on ${fx.name} (skipped: ${fx.reason})`;
  describe.skipIf(!fx.available)(label, () => {
    test("is one engine failure (seg test: not run), not a failure of every test", async () => {
      const engine = fx.name as "postgres" | "mysql";
      const admin = await openEngine(engine === "postgres" ? PG_URL : MYSQL_URL);
      const login = `seg_ro_${randomBytes(4).toString("hex")}`;
      // trust authentication (PostgreSQL) and an empty password (MariaDB), as the servers here
      const target = engine === "postgres" ? PG_URL.replace("postgres@", `${login}@`) : MYSQL_URL.replace("root@", `${login}@`);
      try {
        if (engine === "postgres") await admin.exec(`CREATE ROLE ${login} LOGIN`);
        else await admin.exec(`CREATE USER '${login}'@'%'; GRANT SELECT ON test.* TO '${login}'@'%'`);
        const report = await runSegTests(project().ir, { engines: [{ name: "js" }, { name: engine, target }] });
        expect(report.engineFailures.map((f) => [f.engine, f.message.replace(login, "<login>")])).toEqual([
          [engine, expect.stringMatching(new RegExp(`seg test cannot create its ${engine === "postgres" ? "schemas" : "databases"} there \\(.*denied.*\\); it needs a login that may create and drop them$`))],
        ]);
        expect(report.results.map((r) => r.engine)).toEqual(["js"]);
      } finally {
        await admin.exec(engine === "postgres" ? `DROP ROLE IF EXISTS ${login}` : `DROP USER IF EXISTS '${login}'@'%'`);
        await admin.close();
      }
    });
  });
}
