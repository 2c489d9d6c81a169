import { describe, expect, test } from "vitest";
import { DAY_MS, generateData, loadData, tableRows } from "../../compiler/datagen/index.ts";
import { normalizeValue, openEngine } from "../../compiler/engines/index.ts";
import type { IRProject } from "../../compiler/ir.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { exampleSchemaIR } from "../helpers/example-ir.ts";

const asOf = new Date("2025-06-01T12:00:00.000Z");
const ir = exampleSchemaIR();

function rowsOf(data: ReturnType<typeof generateData>, name: string): Record<string, unknown>[] {
  const t = data.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return tableRows(t);
}

describe("determinism", () => {
  test("same seed, same rows; iterating twice gives the same rows", () => {
    const a = generateData(ir, { users: 200, seed: 42, asOf });
    const b = generateData(ir, { users: 200, seed: 42, asOf });
    for (const name of ["user", "account", "user_events"]) {
      const ra = rowsOf(a, name);
      expect(rowsOf(b, name)).toEqual(ra);
      expect(rowsOf(a, name)).toEqual(ra);
    }
  });

  test("a different seed gives different rows", () => {
    const a = rowsOf(generateData(ir, { users: 50, seed: 1, asOf }), "user_events");
    const b = rowsOf(generateData(ir, { users: 50, seed: 2, asOf }), "user_events");
    expect(b).not.toEqual(a);
  });

  test("batch size does not change the rows", () => {
    const a = rowsOf(generateData(ir, { users: 100, seed: 7, asOf, batchSize: 17 }), "user_events");
    const b = rowsOf(generateData(ir, { users: 100, seed: 7, asOf }), "user_events");
    expect(a).toEqual(b);
  });

  test("does not use Math.random", () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error("Math.random used");
    };
    try {
      const d = generateData(ir, { users: 20, seed: 3, asOf });
      for (const t of d.tables) tableRows(t);
    } finally {
      Math.random = original;
    }
  });
});

describe("shape", () => {
  const data = generateData(ir, { users: 2000, seed: 11, asOf });
  const users = rowsOf(data, "user");
  const accounts = rowsOf(data, "account");
  const events = rowsOf(data, "user_events");

  test("one table per entity and event source, with the IR's columns", () => {
    expect(data.tables.map((t) => t.table.join("."))).toEqual(["analytics.users", "crm.accounts", "analytics.events"]);
    expect(data.tables[0]!.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      "id:string", "email:string", "country:string", "age:number", "plan:string", "signed_up_at:timestamp",
      "opted_in:boolean", "tags:json", "ltv_usd:number", "account_id:string",
    ]);
    expect(data.tables[2]!.columns.map((c) => c.name)).toEqual(["user_id", "occurred_at", "event", "props"]);
    expect(users).toHaveLength(2000);
    expect(accounts).toHaveLength(500);
    expect(data.entityCounts).toEqual({ user: 2000, account: 500 });
  });

  test("values have the column types; keys are unique and never null", () => {
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    for (const u of users) {
      expect(typeof u.id).toBe("string");
      if (u.age !== null) expect(Number.isInteger(u.age) && (u.age as number) >= 16).toBe(true);
      if (u.plan !== null) expect(["free", "trial", "pro", "enterprise"]).toContain(u.plan);
      if (u.signed_up_at !== null) expect(u.signed_up_at).toBeInstanceOf(Date);
      if (u.opted_in !== null) expect(typeof u.opted_in).toBe("boolean");
      if (u.tags !== null) expect(Array.isArray(u.tags)).toBe(true);
      if (u.country !== null) expect(u.country).toMatch(/^[A-Z]{2}$/);
    }
  });

  test("about 5–10% missing values in optional attributes, none in keys", () => {
    const nullShare = users.filter((u) => u.email === null).length / users.length;
    expect(nullShare).toBeGreaterThan(0.03);
    expect(nullShare).toBeLessThan(0.12);
    expect(users.every((u) => u.id !== null)).toBe(true);
  });

  test("accounts are shared by several users, and every foreign key resolves", () => {
    const accountIds = new Set(accounts.map((a) => a.id));
    const perAccount = new Map<unknown, number>();
    for (const u of users) {
      if (u.account_id === null) continue;
      expect(accountIds.has(u.account_id)).toBe(true);
      perAccount.set(u.account_id, (perAccount.get(u.account_id) ?? 0) + 1);
    }
    expect(Math.max(...perAccount.values())).toBeGreaterThanOrEqual(10);
    expect(users.some((u) => u.account_id === null)).toBe(true);
  });

  test("activity is heavy-tailed: power users, occasional users, dormant users", () => {
    const perUser = new Map<unknown, number>();
    for (const e of events) perUser.set(e.user_id, (perUser.get(e.user_id) ?? 0) + 1);
    const counts = users.map((u) => perUser.get(u.id) ?? 0).sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)]!;
    const top = counts[counts.length - 1]!;
    expect(top).toBeGreaterThan(10 * median);
    expect(counts.filter((c) => c === 0).length).toBeGreaterThan(0);
    // Dormant users: active in the past but not in the last 30 days.
    const lastSeen = new Map<unknown, number>();
    for (const e of events) {
      const t = (e.occurred_at as Date).getTime();
      if (t <= asOf.getTime()) lastSeen.set(e.user_id, Math.max(lastSeen.get(e.user_id) ?? 0, t));
    }
    const dormant = [...lastSeen.values()].filter((t) => t < asOf.getTime() - 30 * DAY_MS).length;
    expect(dormant).toBeGreaterThan(users.length * 0.05);
  });

  test("event times: spread over the history, recency-biased, with edges and a few after asOf", () => {
    const times = events.map((e) => (e.occurred_at as Date).getTime());
    const a = asOf.getTime();
    expect(times.reduce((m, t) => Math.min(m, t), Infinity)).toBeGreaterThanOrEqual(a - 181 * DAY_MS);
    const lastMonth = times.filter((t) => t > a - 30 * DAY_MS && t <= a).length;
    const firstMonth = times.filter((t) => t <= a - 150 * DAY_MS).length;
    expect(lastMonth).toBeGreaterThan(firstMonth);
    for (const d of [7, 30]) {
      expect(times.filter((t) => t === a - d * DAY_MS).length).toBeGreaterThan(0);
    }
    expect(times.filter((t) => t % DAY_MS === 0).length).toBeGreaterThan(0);
    expect(times.filter((t) => t > a).length).toBeGreaterThan(0);
    expect(times.filter((t) => t % 1000 !== 0).length).toBeGreaterThan(times.length / 2);
  });

  test("every declared event occurs, with plausible properties", () => {
    const names = new Set(events.map((e) => e.event));
    for (const ev of ir.events) expect(names.has(ev.name), ev.name).toBe(true);
    const bad: unknown[] = [];
    const browsers = ["Chrome", "Safari", "Firefox", "Edge", "Opera", "Samsung Internet"];
    for (const e of events) {
      const p = e.props as Record<string, unknown>;
      if (typeof p !== "object" || p === null) bad.push(e);
      else if (e.event === "purchase" && typeof p.amount === "number" && !(p.amount > 0)) bad.push(e);
      else if (e.event === "nps_response" && p.score != null && !(Number.isInteger(p.score) && (p.score as number) >= 0 && (p.score as number) <= 10)) bad.push(e);
      else if (e.event === "session_started" && typeof p.browser === "string" && !browsers.includes(p.browser)) bad.push(e);
      else if (e.event === "support_ticket_opened" && p.priority != null && !["low", "normal", "high", "urgent"].includes(p.priority as string)) bad.push(e);
    }
    expect(bad).toEqual([]);
    // Some properties are missing (absent key or null), most are present.
    const purchases = events.filter((e) => e.event === "purchase");
    const missing = purchases.filter((e) => (e.props as Record<string, unknown>).amount == null).length;
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(purchases.length * 0.15);
  });

  test("sequences happen both ways: some carts are bought within the hour, some are not", () => {
    const byUser = new Map<unknown, Record<string, unknown>[]>();
    for (const e of events) {
      if (e.event !== "add_to_cart" && e.event !== "purchase") continue;
      const list = byUser.get(e.user_id) ?? [];
      list.push(e);
      byUser.set(e.user_id, list);
    }
    let bought = 0;
    let abandoned = 0;
    for (const list of byUser.values()) {
      for (const e of list) {
        if (e.event !== "add_to_cart") continue;
        const t = (e.occurred_at as Date).getTime();
        const hit = list.some((p) => p.event === "purchase" && (p.occurred_at as Date).getTime() > t && (p.occurred_at as Date).getTime() <= t + 3_600_000);
        if (hit) bought++;
        else abandoned++;
      }
    }
    expect(bought).toBeGreaterThan(0);
    expect(abandoned).toBeGreaterThan(0);
  });
});

describe("other schemas", () => {
  test("number keys, unix timestamps, per-event tables with typed columns", () => {
    const custom: IRProject = {
      version: 1,
      entities: [{
        name: "device", table: ["devices"], key: { name: "id", column: "device_id", type: "number" },
        attributes: [{ name: "seen_at", column: "seen", type: { kind: "timestamp", storage: "unix_seconds" } }],
        relations: [],
      }],
      eventSources: [{ id: "ping", entity: "device", table: ["telemetry", "pings"], entityColumn: "dev", timeColumn: "ts", timeStorage: "unix_millis" }],
      events: [{ name: "ping", entity: "device", source: "ping", properties: [
        { name: "latency", type: { kind: "number" }, storage: { kind: "column", column: "latency_ms" } },
      ] }],
      aggregates: [], traits: [], segments: [], tests: [],
    };
    const data = generateData(custom, { users: 30, seed: 5, asOf });
    const devices = rowsOf(data, "device");
    expect(devices.map((d) => d.device_id)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    // unix seconds with their milliseconds, as a double
    expect(devices.every((d) => d.seen === null || (typeof d.seen === "number" && Number.isInteger(Math.round((d.seen as number) * 1000))))).toBe(true);
    expect(data.tables[1]!.columns).toEqual([
      { name: "dev", type: "integer" }, { name: "ts", type: "integer" }, { name: "latency_ms", type: "number" },
    ]);
    const pings = rowsOf(data, "ping");
    expect(pings.length).toBeGreaterThan(0);
    expect(pings.every((p) => Number.isInteger(p.ts) && (p.ts as number) > 1.5e12)).toBe(true);
  });
});

describe("loadData with an AbortSignal (seg generate's Ctrl-C)", () => {
  test("an abort from a macrotask, as a process signal handler runs, stops SQLite's synchronous load", async () => {
    const engine = await openEngine(":memory:");
    try {
      const controller = new AbortController();
      // It runs only if the load yields to the event loop: better-sqlite3 never does, and
      // without the yield the load ran to its end.
      setImmediate(() => controller.abort(new Error("stopped by the test")));
      const data = generateData(ir, { users: 300, seed: 3, asOf, batchSize: 10 });
      await expect(loadData(engine, ir, data, { signal: controller.signal })).rejects.toThrow("stopped by the test");
    } finally {
      await engine.close();
    }
  });
});

const fixtures = await testEngines();
describeEngines("loadData", fixtures, (get) => {
  const data = generateData(ir, { users: 300, seed: 9, asOf });
  const expected = Object.fromEntries(data.tables.map((t) => [t.table.join("."), tableRows(t)]));

  test("creates every table and inserts every row", async () => {
    const e = get();
    const summary = await loadData(e, ir, data);
    expect(summary.tables).toEqual(data.tables.map((t) => ({ table: t.table.join("."), rows: expected[t.table.join(".")]!.length })));
    for (const t of data.tables) {
      const q = await e.query(`SELECT count(*) AS c FROM ${e.quoteTable(e.resolveTable(t.table))}`);
      expect(q[0]!.c).toBe(expected[t.table.join(".")]!.length);
    }
  });

  test("values survive the round trip", async () => {
    const e = get();
    const users = await e.query(`SELECT * FROM ${e.quoteTable(e.resolveTable(["analytics", "users"]))} ORDER BY id`);
    const want = [...expected["analytics.users"]!].sort((a, b) => String(a.id) < String(b.id) ? -1 : 1);
    const norm = (u: Record<string, unknown>) => ({
      ...u,
      signed_up_at: normalizeValue(u.signed_up_at, "timestamp"),
      opted_in: normalizeValue(u.opted_in, "boolean"),
      tags: normalizeValue(u.tags, "json"),
    });
    expect(users.map(norm)).toEqual(want.map(norm));
    const events = await e.query(
      `SELECT count(*) AS c, min(occurred_at) AS lo, max(occurred_at) AS hi FROM ${e.quoteTable(e.resolveTable(["analytics", "events"]))}`,
    );
    const times = expected["analytics.events"]!.map((r) => (r.occurred_at as Date).getTime());
    expect(normalizeValue(events[0]!.lo, "timestamp")).toBe(new Date(times.reduce((m, t) => Math.min(m, t), Infinity)).toISOString());
    expect(normalizeValue(events[0]!.hi, "timestamp")).toBe(new Date(times.reduce((m, t) => Math.max(m, t), -Infinity)).toISOString());
  });
});
