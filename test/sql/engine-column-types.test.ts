/**
 * Columns of the engines' own types that the schema may declare otherwise, read alike by
 * the SQL backend and by the JS backend over the loader's records (compiler/js/load.ts
 * reads number and string columns through the SQL backend's columnValue):
 * - a boolean held in a number column is true for every number but 0 (docs/data.md):
 *   MariaDB's BOOLEAN is TINYINT and DuckDB compared `x = TRUE`, i.e. `x = 1`, so 2 and
 *   -1 were false in SQL and true in JS;
 * - single-precision floats (PostgreSQL `real`, MariaDB `FLOAT`) are their double, as SQL
 *   reads them: the drivers gave JS the shortest text, 0.1 where SQL read 0.10000000149…;
 * - times, decimals and BIGINTs declared strings (MariaDB, SQLite) are the engine's text,
 *   where JS read a Date's `toString()`, `12.5` for `12.50` and 2^53 for 2^53 + 1.
 */
import { beforeAll, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import type { Engine } from "../../compiler/engines/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import { readingTests } from "./members.ts";

const AS_OF = "2024-06-01T00:00:00.000Z";
const { ir, diagnostics } = checkProject([
  {
    path: "ect.seg",
    text: `
entity user {
  table "ect_users"
  key id: string
  flag: boolean
  ratio: number
  joined: string
  price: string
  big: string
}
segment flagged = flag
segment unflagged = not flag
segment flag_true = flag == true
segment tenth = ratio == 0.1
segment tenth_as_float = ratio > 0.1 and ratio < 0.1000001
segment joined_in_may = joined starts with "2024-05-01"
segment priced = price == "12.50"
segment big_id = big == "9007199254740993"
`,
  },
]);
expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);

/**
 * Per engine, the column types. Flags: u1 1, u2 2, u3 -1, u4 0, u5 NULL (PostgreSQL's
 * booleans hold no numbers: TRUE, TRUE, TRUE, FALSE, NULL). SQLite's REAL is a double: it
 * holds the double of the single-precision 0.1 that the other engines' floats hold.
 */
const TYPES: Record<Engine["name"], { flag: string; ratio: string; joined: string; price: string; big: string }> = {
  mysql: { flag: "BOOLEAN", ratio: "FLOAT", joined: "DATETIME", price: "DECIMAL(10, 2)", big: "BIGINT" },
  duckdb: { flag: "INTEGER", ratio: "FLOAT", joined: "VARCHAR", price: "VARCHAR", big: "VARCHAR" },
  postgres: { flag: "boolean", ratio: "real", joined: "text", price: "text", big: "text" },
  sqlite: { flag: "INTEGER", ratio: "REAL", joined: "TEXT", price: "TEXT", big: "INTEGER" },
};
const EXPECTED: Record<string, string[]> = {
  flagged: ["u1", "u2", "u3"],
  unflagged: ["u4", "u5"],
  flag_true: ["u1", "u2", "u3"],
  // a single-precision 0.1 is 0.100000001490116…
  tenth: [],
  tenth_as_float: ["u1"],
  joined_in_may: ["u1"],
  priced: ["u1"],
  big_id: ["u1"],
};

describeEngines("engine column types read alike by SQL and JS", await testEngines(), (get) => {
  const engine = (): Engine => get();

  beforeAll(async () => {
    const t = TYPES[engine().name];
    const table = engine().quoteTable(engine().resolveTable(["ect_users"]));
    await engine().exec(`CREATE TABLE ${table} (id VARCHAR(10), flag ${t.flag}, ratio ${t.ratio}, joined ${t.joined}, price ${t.price}, big ${t.big})`);
    const flags = engine().name === "postgres" ? ["TRUE", "TRUE", "TRUE", "FALSE", "NULL"] : ["1", "2", "-1", "0", "NULL"];
    const joined = "'2024-05-01 10:00:00'";
    const price = engine().name === "mysql" ? "12.50" : "'12.50'";
    const big = engine().name === "sqlite" || engine().name === "mysql" ? "9007199254740993" : "'9007199254740993'";
    const ratio = engine().name === "sqlite" ? String(Math.fround(0.1)) : "0.1";
    const rows = flags.map((f, i) => `('u${i + 1}', ${f}, ${i === 0 ? ratio : "NULL"}, ${i === 0 ? joined : "NULL"}, ${i === 0 ? price : "NULL"}, ${i === 0 ? big : "NULL"})`);
    await engine().exec(`INSERT INTO ${table} VALUES ${rows.join(", ")}`);
  });

  readingTests(get, ir, "user", EXPECTED, AS_OF, (key) => key);
});

// One column declared as two kinds (a number and a boolean, ISO text and a number): the
// JS loader reads it as it is, and stops on a value one declaration cannot read, as before
// the typed reads. (Read through the number conversion, `'true'` and ISO text became NULL
// in JS only: other members than the SQL's, silently.)
const shared = checkProject([
  {
    path: "shared.seg",
    text: `
entity user {
  table "ect_shared"
  key id: string
  n: number
  flag: boolean column "n"
  t: timestamp(iso_text)
  tn: number column "t"
}
segment flag_set = flag
segment positive = n > 0
segment recent = t after 2024-01-01
segment numbered = tn is set
`,
  },
]);
expect(shared.diagnostics.filter((d) => d.severity === "error")).toEqual([]);

describeEngines("a column declared as two kinds", await testEngines(["sqlite"]), (get) => {
  beforeAll(async () => {
    const table = get().quoteTable(get().resolveTable(["ect_shared"]));
    await get().exec(`CREATE TABLE ${table} (id TEXT, n, t)`);
    await get().exec(`INSERT INTO ${table} VALUES ('u1', 1, '2024-03-01T00:00:00Z'), ('u2', '2', 5), ('u3', 'true', NULL), ('u5', 2.5, NULL), ('u7', '1e2', NULL)`);
  });
  test("the SQL reads each declaration by its rule; the JS backend stops rather than differ", async () => {
    const run = await runMembership(get(), shared.ir, { asOf: AS_OF });
    expect(Object.fromEntries(Object.entries(run.segments).map(([name, r]) => [name, r.members]))).toEqual({
      flag_set: ["u1", "u3", "u5"],
      positive: ["u1", "u2", "u5", "u7"],
      recent: ["u1"],
      numbered: ["u2"],
    });
    const js = compileJs(shared.ir, { entity: "user" });
    const evaluateAll = async (): Promise<void> => {
      for await (const record of loadEntitiesFromEngine(get(), shared.ir, "user")) js.members(record, { asOf: AS_OF });
    };
    await expect(evaluateAll()).rejects.toThrow(/must be a (number|boolean), got the string/);
  });
});
