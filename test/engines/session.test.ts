/**
 * The session every engine opens: UTC whatever the server's default or the target URL says,
 * since the compiled SQL reads `timestamp` (without time zone) columns as UTC instants.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openEngine, type Engine } from "../../compiler/engines/index.ts";
import { describeEngines, PG_URL, testEngines } from "../helpers/engines.ts";

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
