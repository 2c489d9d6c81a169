import { isDeepStrictEqual } from "node:util";
import { describe, expect, test } from "vitest";
import { checkProject, loadProject, type IRTest } from "../../compiler/index.ts";
import { compileJs, type EntityInput } from "../../compiler/js/index.ts";
import { exampleSchemaIR } from "../helpers/example-ir.ts";

const { files, diagnostics: loadDiagnostics } = await loadProject(["segments"]);
const result = checkProject(files);

describe("segments/ (the example library)", () => {
  test("loads and checks without errors or warnings", () => {
    const all = [...loadDiagnostics, ...result.diagnostics].map(
      (d) => `${d.severity} ${d.code} ${(d as { file?: string }).file ?? ""}:${d.range.start.line + 1} ${d.message}`,
    );
    expect(all).toEqual([]);
  });

  test("every segment has a doc comment, an owner and tags (short-form compositions excepted)", () => {
    const segments = result.ir.segments;
    expect(segments.length).toBeGreaterThanOrEqual(30);
    for (const s of segments) {
      expect(s.doc, s.name).toBeTruthy();
      if (s.owner === undefined) expect(s.dependsOn.length, `${s.name} has no owner`).toBeGreaterThan(0);
      else expect(s.tags.length, s.name).toBeGreaterThan(0);
    }
  });

  test("covers every kind of LANGUAGE.md's segment table", () => {
    const names = new Set(result.ir.segments.map((s) => s.name));
    for (const n of [
      "na_mid_career", "enterprise_fintech", "safari_users", "mobile_users", "enterprise_plan", "new_signups",
      "power_users", "rage_clickers", "cart_abandoners", "promoters", "passives", "detractors", "high_ltv", "low_ltv",
      "rfm_recent_buyers", "rfm_frequent_buyers", "rfm_big_spenders", "churned", "inactive", "trial_converted",
      "trial_churned", "checkout_v2_variant_b", "at_risk", "free", "paid", "most_active",
    ]) {
      expect(names.has(n), n).toBe(true);
    }
    // Each IR building block is exercised somewhere: sequences (incl. negated), every
    // aggregate function the library needs, relations, lists, regexes.
    const aggs = result.ir.aggregates;
    expect(aggs.some((a) => a.kind === "sequence" && a.steps.at(-1)?.negated)).toBe(true);
    expect(aggs.some((a) => a.kind === "sequence" && a.steps.length === 3)).toBe(true);
    const fns = new Set(aggs.flatMap((a) => (a.kind === "events" ? [a.fn] : [])));
    for (const fn of ["count", "sum", "activeDays", "lastTime", "lastValue", "firstTime"]) expect(fns.has(fn as never), fn).toBe(true);
    const text = JSON.stringify([result.ir.segments, result.ir.aggregates, result.ir.traits]);
    for (const k of ['"k":"regex"', '"k":"has"', '"k":"str"', '"via":["account"]', '"k":"isSet"', '"k":"segment"']) {
      expect(text.includes(k), k).toBe(true);
    }
  });

  test("test/helpers/example-ir.ts is faithful to segments/schema.seg", () => {
    const hand = exampleSchemaIR();
    expect(isDeepStrictEqual(result.ir.entities, hand.entities)).toBe(true);
    expect(isDeepStrictEqual(result.ir.eventSources, hand.eventSources)).toBe(true);
    expect(result.ir.events).toEqual(hand.events);
  });
});

/** The records of an in-language test as JS backend inputs, by alias. */
function testInputs(t: IRTest, entity: string): Map<string, EntityInput> {
  const out = new Map<string, EntityInput>();
  for (const r of t.records) {
    if (r.entity !== entity) continue;
    const related: Record<string, Record<string, unknown> | null> = {};
    for (const [rel, key] of Object.entries(r.relations)) {
      related[rel] = t.records.find((x) => x.key === key && x.entity !== entity)?.attributes ?? null;
    }
    out.set(r.alias, {
      key: r.key,
      attributes: r.attributes,
      related,
      events: t.events
        .filter((e) => e.entity === entity && e.key === r.key)
        .map((e) => ({ name: e.event, time: e.time, properties: e.properties })),
    });
  }
  return out;
}

describe("segments/tests.seg through the JavaScript backend", () => {
  const compiled = compileJs(result.ir, { entity: "user" });
  test.each(result.ir.tests.map((t) => [t.name, t] as const))("%s", (_name, t) => {
    const inputs = testInputs(t, "user");
    const wrong: string[] = [];
    for (const x of t.expectations) {
      const input = inputs.get(x.alias);
      if (!input) throw new Error(`no record ${x.alias}`);
      const member = compiled.predicate(x.segment)(input, { asOf: t.asOf });
      if (member !== x.member) wrong.push(`line ${x.line + 1}: expected ${x.alias} ${x.member ? "in" : "not in"} ${x.segment}`);
    }
    expect(wrong).toEqual([]);
  });
});
