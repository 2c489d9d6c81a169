/**
 * The as_of parameter of compiled SQL, as an application binds it with its own driver:
 * every engine reads the same ISO-8601 text as the same instant (a `Z` or numeric offset,
 * none as UTC, a fraction cut to milliseconds); text that is no such time stops the query
 * (PostgreSQL, DuckDB) or is read as NULL, now (SQLite, MariaDB). The fixture has logins at as_of and 1 ms after it, so an instant read 1 ms, or an
 * offset's hours, off changes the members.
 */
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { compileMembership, compileSegment, getDialect, withAsOf } from "../../compiler/sql/index.ts";
import type { Engine } from "../../compiler/engines/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { jinjaMissing, renderJinja } from "../helpers/jinja.ts";
import { AS_OF, CASES, casesProject, loadData } from "./cases.ts";

const fixtures = await testEngines();
const ir = casesProject(CASES);

/** AS_OF (2024-03-10T12:00:00.000Z) written other ways. */
const SAME_INSTANT = [
  "2024-03-10T12:00:00Z",
  "2024-03-10T12:00:00",
  "2024-03-10 12:00",
  "2024-03-10T20:00:00+08:00",
  "2024-03-10T20:00:00.000+0800",
  "2024-03-10T20:00+08",
  "2024-03-10T06:30:00-05:30",
  "2024-03-10T12:00:00.0009Z",
];
/** 1 ms after AS_OF, with an offset: u5's login at that instant enters the windows. */
const ONE_MS_LATER = { text: "2024-03-10T20:00:00.001+08:00", utc: "2024-03-10T12:00:00.001Z" };
const NOT_ISO = ["yesterday", "2024-02-30T00:00:00Z", "2024-03-10T12:00:00+24:00", "10/03/2024", ""];

/** A session time zone 5 hours off UTC, and seg's own (every engine session runs in UTC). */
const SESSION_ZONE: Partial<Record<string, { set: string; reset: string }>> = {
  postgres: { set: "SET TimeZone = 'America/New_York'", reset: "SET TimeZone = 'UTC'" },
  duckdb: { set: "SET TimeZone = 'America/New_York'", reset: "SET TimeZone = 'UTC'" },
  mysql: { set: "SET time_zone = '-05:00'", reset: "SET time_zone = '+00:00'" },
};

/** Each segment's members, from the membership query run with `asOf` bound as given. */
async function membersAt(engine: Engine, asOf: string | null): Promise<Record<string, string[]>> {
  const q = compileMembership(ir, getDialect(engine.name), { resolveTable: (t) => engine.resolveTable(t) });
  const rows = await engine.query(q.sql, [asOf, ...q.parameters.slice(1)]);
  const members: Record<string, string[]> = {};
  for (const s of ir.segments) members[s.name] = rows.filter((r) => r[s.name] === true || r[s.name] === 1).map((r) => String(r.id));
  return members;
}

describeEngines("the as_of text bound to compiled SQL", fixtures, (get) => {
  beforeAll(async () => {
    await loadData(get());
  });

  test.each(SAME_INSTANT)("%s is as_of", async (text) => {
    expect(await membersAt(get(), text)).toEqual(await membersAt(get(), AS_OF));
  });

  test("an offset is applied to the fraction's millisecond", async () => {
    const later = await membersAt(get(), ONE_MS_LATER.utc);
    expect(later).not.toEqual(await membersAt(get(), AS_OF));
    expect(await membersAt(get(), ONE_MS_LATER.text)).toEqual(later);
  });

  test.skipIf(jinjaMissing && !process.env.CI)("a dbt model's var('as_of') is read the same", async () => {
    const engine = get();
    const [atAsOf, later] = [await membersAt(engine, AS_OF), await membersAt(engine, ONE_MS_LATER.utc)];
    // the segments whose members the millisecond changes, at both instants written with an offset
    const edge = ir.segments.map((s) => s.name).filter((name) => JSON.stringify(atAsOf[name]) !== JSON.stringify(later[name]));
    expect(edge.length).toBeGreaterThan(0);
    for (const name of edge) {
      const model = compileSegment(ir, name, getDialect(engine.name), { emit: "dbt", resolveTable: (t) => engine.resolveTable(t) });
      for (const [text, expected] of [["2024-03-10T06:30:00-05:30", atAsOf[name]], [ONE_MS_LATER.text, later[name]]] as const) {
        const rows = await engine.query(renderJinja(model, { as_of: text }));
        expect(rows.map((r) => String(r.id)).sort(), `${name} at ${text}`).toEqual([...expected!].sort());
      }
    }
  });

  test.each(NOT_ISO)("%j is no ISO-8601 time: an error where the engine can raise one, else now", async (text) => {
    const engine = get();
    if (engine.name === "postgres" || engine.name === "duckdb") await expect(membersAt(engine, text)).rejects.toThrow(`seg: as_of is no ISO-8601 time: ${text}`);
    else expect(await membersAt(engine, text)).toEqual(await membersAt(engine, null));
  });
});

// SQLite sessions have no time zone.
describeEngines("the as_of text bound to compiled SQL, in a session of another time zone", fixtures.filter((fx) => SESSION_ZONE[fx.name] !== undefined), (get) => {
  beforeAll(async () => {
    await loadData(get());
  });

  test("is read the same", async () => {
    const engine = get();
    const zone = SESSION_ZONE[engine.name]!;
    await engine.exec(zone.set);
    try {
      const atAsOf = await membersAt(engine, AS_OF);
      for (const text of ["2024-03-10T12:00:00", "2024-03-10T20:00:00+08:00"]) expect(await membersAt(engine, text), text).toEqual(atAsOf);
    } finally {
      await engine.exec(zone.reset);
    }
  });
});

describe("the API's asOf, normalised before it is bound", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  test("is read as the SQL reads it: no zone is UTC, also in a process of another zone", () => {
    process.env.TZ = "America/New_York";
    const q = compileMembership(ir, getDialect("sqlite"));
    for (const text of [AS_OF, ...SAME_INSTANT]) expect(withAsOf(q, text).parameters[0], text).toBe(AS_OF);
    expect(compileMembership(ir, getDialect("duckdb"), { asOf: ONE_MS_LATER.text }).parameters[0]).toBe(ONE_MS_LATER.utc);
  });

  test.each(NOT_ISO)("%j is an error, not now", (text) => {
    expect(() => compileMembership(ir, getDialect("postgres"), { asOf: text })).toThrow(`asOf is not an ISO-8601 instant: ${JSON.stringify(text)}`);
  });
});
