import { expect, test } from "vitest";
import { EngineError, type ColumnarResult, type Engine, type Row } from "../../compiler/engines/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";

const fixtures = await testEngines();

/** queryColumns' result as row objects (a later column of the same name wins, as in drivers' rows). */
function asRows(res: ColumnarResult): Row[] {
  const count = res.values[0]?.length ?? 0;
  for (const col of res.values) expect(col).toHaveLength(count);
  expect(res.values).toHaveLength(res.columns.length);
  const rows: Row[] = [];
  for (let r = 0; r < count; r++) {
    const row: Row = {};
    res.columns.forEach((name, c) => (row[name] = res.values[c]![r]));
    rows.push(row);
  }
  return rows;
}

/** Every value with its JS type, so 1 and 1n (or a Date and its ISO text) differ. */
function typed(rows: Row[]): unknown[] {
  return rows.map((row) =>
    Object.entries(row).map(([k, v]) => [k, v === null ? "null" : v instanceof Date ? "Date" : typeof v, v]),
  );
}

/** Runs both and checks queryColumns is query transposed, value by value and type by type. */
async function same(e: Engine, sql: string, params: unknown[] = []): Promise<{ rows: Row[]; cols: ColumnarResult }> {
  const rows = await e.query(sql, params);
  const cols = await e.queryColumns(sql, params);
  expect(typed(asRows(cols))).toEqual(typed(rows));
  if (rows.length > 0) expect([...new Set(cols.columns)]).toEqual(Object.keys(rows[0]!));
  return { rows, cols };
}

const BIG = 2n ** 60n + 1n;

describeEngines("queryColumns", fixtures, (get) => {
  const table = (e: Engine): string => e.quoteTable(e.resolveTable(["analytics", "every_type"]));

  test("every storage type, NULLs, big integers: equal to query", async () => {
    const e = get();
    await e.createTable(["analytics", "every_type"], [
      { name: "id", type: "integer" },
      { name: "s", type: "string" },
      { name: "n", type: "number" },
      { name: "i", type: "integer" },
      { name: "b", type: "boolean" },
      { name: "t", type: "timestamp" },
      { name: "j", type: "json" },
    ]);
    await e.insertRows(["analytics", "every_type"], ["id", "s", "n", "i", "b", "t", "j"], [
      [1, "a 'q' 😀", 1.5, 42, true, "2024-03-01T12:00:00.250Z", { a: [1, "x"], ok: true }],
      [2, "", -0.25, -7, false, new Date("1999-12-31T23:59:59.001Z"), [1, 2]],
      [3, null, null, null, null, null, null],
      [4, "big", 1e15, Number.MAX_SAFE_INTEGER, true, "2038-01-19T03:14:08.000Z", "\"text\""],
    ]);
    const { rows } = await same(e, `SELECT id, s, n, i, b, t, j FROM ${table(e)} ORDER BY id`);
    // Not vacuous: the values are there, integers are numbers.
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect(rows[3]!.i).toBe(Number.MAX_SAFE_INTEGER);
    expect(rows[2]!.s).toBeNull();
  });

  test("computed columns: integers beyond 2^53, booleans, counts, a repeated name", async () => {
    const e = get();
    const big = e.name === "mysql" ? `CAST(${BIG} AS SIGNED)` : `CAST(${BIG} AS BIGINT)`;
    const { rows } = await same(
      e,
      `SELECT ${big} AS big, (id > 2) AS gt, count(*) OVER () AS c, NULL AS empty_value, s AS x, id AS x ` +
        `FROM ${table(e)} ORDER BY id`,
    );
    expect(rows).toHaveLength(4);
    expect(rows[0]!.c).toBe(4);
    // SQLite without safe integers gives an (imprecise) number; the others the exact bigint.
    if (e.name !== "sqlite") expect(rows[0]!.big === BIG || rows[0]!.big === String(BIG)).toBe(true);
  });

  test("parameters", async () => {
    const e = get();
    const ph = e.name === "postgres" ? "$1" : "?";
    const { rows } = await same(e, `SELECT id, s FROM ${table(e)} WHERE s = ${ph} ORDER BY id`, ["big"]);
    expect(rows.map((r) => r.id)).toEqual([4]);
  });

  test("empty result: the columns, no values", async () => {
    const e = get();
    const { cols } = await same(e, `SELECT id, s, b FROM ${table(e)} WHERE id < 0`);
    expect(cols).toEqual({ columns: ["id", "s", "b"], values: [[], [], []] });
  });

  test("many rows (several DuckDB chunks) in order", async () => {
    const e = get();
    await e.createTable(["wide"], [
      { name: "k", type: "string" },
      ...Array.from({ length: 8 }, (_, i) => ({ name: `seg_${i}`, type: "boolean" as const })),
    ]);
    const n = 5000;
    const input = Array.from({ length: n }, (_, r) => [`u${String(r).padStart(5, "0")}`, ...Array.from({ length: 8 }, (_, i) => (r + i) % 3 === 0)]);
    await e.insertRows(["wide"], ["k", ...Array.from({ length: 8 }, (_, i) => `seg_${i}`)], input);
    const { cols } = await same(e, `SELECT * FROM ${e.quoteTable(e.resolveTable(["wide"]))} ORDER BY k`);
    expect(cols.values[0]).toEqual(input.map((r) => r[0]));
    expect(cols.values[1]!.map((v) => v === true || v === 1)).toEqual(input.map((r) => r[1]));
  });

  test("a statement without a result set", async () => {
    const e = get();
    const t = e.quoteTable(e.resolveTable(["ddl_only"]));
    const cols = await e.queryColumns(`CREATE TABLE ${t} (a INTEGER)`);
    expect(asRows(cols)).toEqual(await e.query(`DROP TABLE ${t}`));
  });

  test("a failing statement: the same EngineError as query", async () => {
    const e = get();
    const sql = "SELECT * FROM no_such_table_here";
    const a = await e.query(sql).catch((x: unknown) => x);
    const b = await e.queryColumns(sql).catch((x: unknown) => x);
    expect(b).toBeInstanceOf(EngineError);
    expect((b as Error).message).toBe((a as Error).message);
    expect((b as Error).message).toContain(e.target);
    expect((b as Error).message).not.toContain("\n");
  });
});
