/**
 * User text that lands outside SQL string literals: the header comment of views and dbt
 * models (doc, owner) and, in dbt models, everything that Jinja renders first. A line break
 * in an owner must not end the comment (it ran `DROP TABLE`), and `{{`, `{%`, `{#` in a
 * literal or a comment must reach the engine as written (`'{{x}}'` rendered as `''` matched
 * every row). The dbt models are rendered with Jinja itself (Python's jinja2, which dbt uses).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import type { Engine, EngineName } from "../../compiler/engines/index.ts";
import { compileSegment, getDialect } from "../../compiler/sql/index.ts";
import { testEngines } from "../helpers/engines.ts";
import { jinjaMissing, renderJinja } from "../helpers/jinja.ts";

const SOURCE = `
entity user {
  table "users"
  key id: string
  email: string
}
/// Matches {{ x }}, {% raw %} and {# these #} as written.
segment braces {
  owner "growth\\nDROP TABLE users; --\\r\\u{2028}x"
  where email contains "{{x}}" or email == "{%a%}" or email starts with "{#"
}
`;
const ROWS: [string, string][] = [
  ["a", "p/{{x}}/q"],
  ["b", "other"],
  ["c", "{%a%}"],
  ["d", "{#c"],
  ["e", "{x}"],
];
const MEMBERS = ["a", "c", "d"];

const { ir, diagnostics } = checkProject([{ path: "/p/a.seg", text: SOURCE }]);

if (jinjaMissing && !process.env.CI) console.warn("test/sql/user-text.test.ts: python3 with jinja2 not found; the dbt rendering tests are skipped");

test("the project checks clean", () => {
  expect(diagnostics).toEqual([]);
});

const engines = await testEngines(["sqlite", "duckdb", "postgres", "mysql"]);

describe.each(engines)("$name", (fx) => {
  let engine: Engine;
  const dialect = getDialect(fx.name as EngineName);
  beforeAll(async () => {
    if (!fx.available) return;
    engine = await fx.open();
    await engine.createTable(["users"], [
      { name: "id", type: "string" },
      { name: "email", type: "string" },
    ]);
    await engine.insertRows(["users"], ["id", "email"], ROWS);
  });
  afterAll(async () => {
    await engine?.close();
  });
  const ids = (rows: Record<string, unknown>[]): string[] => rows.map((r) => String(r.id)).sort();

  test.skipIf(!fx.available)("a view's header comment holds the owner's line breaks; the view's members are right", async () => {
    const view = compileSegment(ir, "braces", dialect, { emit: "view", resolveTable: engine.resolveTable });
    expect(view).toContain("-- owner: growth\\nDROP TABLE users; --\\r\\u2028x\n");
    await engine.exec(view);
    // deployed again, as every CI run deploys: the view replaces the one before
    await engine.exec(view);
    expect(ids(await engine.query(`SELECT id FROM ${engine.quoteTable(engine.resolveTable(["braces"]))}`))).toEqual(MEMBERS);
    expect(Number((await engine.query(`SELECT COUNT(*) AS n FROM ${engine.quoteTable(engine.resolveTable(["users"]))}`))[0]!.n)).toBe(ROWS.length);
  });

  test.skipIf(!fx.available || (jinjaMissing && !process.env.CI))("a dbt model rendered by Jinja reads `{{`, `{%`, `{#` as written", async () => {
    const model = compileSegment(ir, "braces", dialect, { emit: "dbt", resolveTable: engine.resolveTable });
    const rendered = renderJinja(model);
    expect(rendered).toContain("-- Matches {{ x }}, {% raw %} and {# these #} as written.");
    expect(ids(await engine.query(rendered))).toEqual(MEMBERS);
  });
});
