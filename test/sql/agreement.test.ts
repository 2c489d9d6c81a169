/**
 * The example library (segments/) on generated data: every engine gives the same members,
 * and so do literal views (escaping) and the per-segment SELECTs. Also hostile table and
 * column names round-trip on every engine.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { generateData, loadData as loadGenerated } from "../../compiler/datagen/index.ts";
import type { IRProject } from "../../compiler/ir.ts";
import { compileSegment, getDialect, runMembership, type RunResult } from "../../compiler/sql/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { ROOT } from "../golden/sources.ts";
import { AS_OF, CASES, casesProject, HOSTILE, loadData } from "./cases.ts";
import { cmp, attr, lit, segment } from "./fixtures.ts";

const fixtures = await testEngines();
const segDir = path.join(ROOT, "segments");
const files = fs.readdirSync(segDir).filter((f) => f.endsWith(".seg")).sort();
const checked = checkProject(files.map((f) => ({ path: `segments/${f}`, text: fs.readFileSync(path.join(segDir, f), "utf8") })));
const library: IRProject = checked.ir;
const libraryErrors = checked.diagnostics.filter((d) => d.severity === "error");

/** Segments that use `matches` (SQLite needs an application-defined regexp()). */
function usesRegex(ir: IRProject, name: string): boolean {
  const seg = ir.segments.find((s) => s.name === name)!;
  return JSON.stringify(seg.condition).includes('"k":"regex"') || seg.dependsOn.some((d) => usesRegex(ir, d));
}

/** SQLite: a view in the main database cannot read attached databases; a TEMP view can. */
function sqliteTemp(engine: string, ddl: string): string {
  return engine === "sqlite" ? ddl.replace("CREATE VIEW", "CREATE TEMP VIEW") : ddl;
}

const results = new Map<string, RunResult>();

describeEngines("example library agrees across engines", fixtures, (get) => {
  beforeAll(async () => {
    const data = generateData(library, { users: 300, seed: 7, asOf: new Date(AS_OF) });
    await loadGenerated(get(), library, data, { indexes: false, analyze: false });
  });

  test("the library checks without errors", () => {
    expect(libraryErrors.map((d) => d.message)).toEqual([]);
  });

  test("membership equals that of the other engines", async () => {
    const engine = get();
    let segments = library.segments.map((s) => s.name);
    const regexOk = await engine.query("SELECT 'a' REGEXP 'a' AS x").then(() => true, () => false);
    if (engine.name === "sqlite" && !regexOk) segments = segments.filter((n) => !usesRegex(library, n));
    const result = await runMembership(engine, library, { asOf: AS_OF, segments });
    const sizes = Object.values(result.segments).map((s) => s.size);
    expect(sizes.some((n) => n > 0)).toBe(true);
    results.set(engine.name, result);
    for (const [other, r] of results) {
      for (const name of segments) {
        if (!r.segments[name]) continue;
        expect(result.segments[name]!.members, `${name}: ${engine.name} vs ${other}`).toEqual(r.segments[name]!.members);
      }
    }
  });
});

describeEngines("literal views and hostile names", fixtures, (get) => {
  beforeAll(async () => {
    await loadData(get());
  });

  test("a view with hostile literals selects the same members", async () => {
    const engine = get();
    const ir = casesProject(CASES);
    for (const name of ["hostile_equal", "north_america", "signed_recent", "cart_abandoner"]) {
      const viewName = engine.resolveTable([`v_${name}`]);
      const ddl = compileSegment(ir, name, getDialect(engine.name), {
        emit: "view",
        viewName,
        resolveTable: (t) => engine.resolveTable(t),
      });
      // Views evaluate at the engine's now: only as_of-independent segments compare here.
      await engine.exec(sqliteTemp(engine.name, ddl));
      const rows = await engine.query(`SELECT * FROM ${engine.quoteTable(viewName)}`);
      if (name === "hostile_equal" || name === "north_america") {
        const expected = CASES.find((c) => c[0] === name)![2];
        expect(rows.map((r) => r.id), ddl).toEqual(expected);
      }
    }
  });

  test("hostile table and column names round-trip", async () => {
    const engine = get();
    const table = ["analytics", `us"er's \`t\` -- ; x`];
    const idCol = `i"d ' x`;
    const nameCol = `na\`me -- ;`;
    await engine.createTable(table, [
      { name: idCol, type: "string" },
      { name: nameCol, type: "string" },
    ]);
    // Line breaks too: a view's literal splices them in (no line break inside the SQL literal).
    const weird = (engine.name === "postgres" ? HOSTILE : HOSTILE + "\u0000nul") + "\r\nline\rcr\n";
    await engine.insertRows(table, [idCol, nameCol], [
      ["k1", weird],
      ["k2", "plain"],
      ["k3", "x".repeat(3000) + "😀"],
    ]);
    const base = casesProject([]);
    const ir: IRProject = {
      ...base,
      entities: [
        {
          name: "user",
          table,
          key: { name: "id", column: idCol, type: "string" },
          attributes: [{ name: "name", column: nameCol, type: { kind: "string" } }],
          relations: [],
        },
      ],
      eventSources: [],
      events: [],
      aggregates: [],
      segments: [
        segment("weird", cmp("==", attr("name", "string"), lit(weird))),
        segment("long", cmp("==", attr("name", "string"), lit("x".repeat(3000) + "😀"))),
      ],
    };
    const result = await runMembership(engine, ir, { asOf: AS_OF });
    expect(result.segments.weird!.members).toEqual(["k1"]);
    expect(result.segments.long!.members).toEqual(["k3"]);
    // The same through literals (a view) where the engine can hold the string in SQL text.
    const viewName = engine.resolveTable(["v_weird"]);
    const ddl = compileSegment(ir, "weird", getDialect(engine.name), { emit: "view", viewName, resolveTable: (t) => engine.resolveTable(t) });
    await engine.exec(sqliteTemp(engine.name, ddl));
    const rows = await engine.query(`SELECT * FROM ${engine.quoteTable(viewName)}`);
    expect(rows.map((r) => r.id)).toEqual(["k1"]);
  });
});
