/**
 * Property-based checks of the JS backend over random records for the example library
 * (segments/*.seg through the checker): the separately generated code paths agree with
 * each other (`evaluate`, every `predicate`, `members`, the emitted module), and answers do
 * not depend on the input's form (event order, Date / ISO / epoch-ms times).
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { IRColumnType } from "../../compiler/ir.ts";
import { checkProject } from "../../compiler/index.ts";
import { compileJs, SegInputError, writeJsModule, type EntityInput, type EventInput } from "../../compiler/js/index.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const files = readdirSync(join(ROOT, "segments"))
  .filter((f) => f.endsWith(".seg"))
  .sort()
  .map((f) => ({ path: `segments/${f}`, text: readFileSync(join(ROOT, "segments", f), "utf8") }));
const { ir } = checkProject(files);
const compiled = compileJs(ir, { entity: "user" });
const user = ir.entities.find((e) => e.name === "user")!;
const account = ir.entities.find((e) => e.name === "account")!;
const events = ir.events.filter((e) => e.entity === "user");

const ASOF = Date.parse("2024-03-10T00:00:00.000Z");
const H = 3_600_000;
const D = 86_400_000;
/** Offsets from asOf that sit on or next to the window edges the library uses. */
const EDGES = [0, 1, -1, -H, -H + 1, -H - 1, -D, -7 * D, -7 * D + 1, -14 * D, -14 * D + 1, -30 * D, -30 * D + 1, -30 * D - 1, -90 * D, -90 * D + 1, -365 * D];

function valueArb(t: IRColumnType): fc.Arbitrary<unknown> {
  switch (t.kind) {
    case "string":
      return fc.constantFrom("US", "CA", "DE", "fintech", "saas", "reports", "exports", "Safari", "Chrome", "iOS", "B", "A", "USD", "EUR", "a\u{1F600}", "");
    case "enum":
      return fc.constantFrom(...t.values);
    case "number":
      return fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.constantFrom(0, 6, 7, 9, 10, 50, 100, 1000, 5000));
    case "boolean":
      return fc.boolean();
    case "timestamp":
      return fc.oneof(fc.constantFrom(...EDGES).map((o) => ASOF + o), fc.integer({ min: -400, max: 2 }).map((d) => ASOF + d * D));
    case "list":
      return t.element === "string"
        ? fc.array(fc.constantFrom("beta", "vip", "partner", "x"), { maxLength: 3 })
        : fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 });
  }
}

function recordOf(attrs: readonly IRColumnType[], names: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(...attrs.map((t) => fc.option(valueArb(t), { nil: null, freq: 4 }))).map((vals) => {
    const o: Record<string, unknown> = {};
    vals.forEach((v, i) => {
      if (v !== null) o[names[i]!] = v;
    });
    return o;
  });
}

const eventArb: fc.Arbitrary<EventInput> = fc
  .tuple(
    fc.integer({ min: 0, max: events.length - 1 }),
    fc.oneof(fc.constantFrom(...EDGES), fc.integer({ min: -120 * D, max: H })),
    fc.integer({ min: 0, max: 3 }),
  )
  .chain(([ei, off, jitter]) => {
    const ev = events[ei]!;
    return recordOf(
      ev.properties.map((p) => p.type),
      ev.properties.map((p) => p.name),
    ).map((properties) => ({ name: ev.name, time: ASOF + off - jitter * 10 * 60_000, properties }));
  });

const recordArb: fc.Arbitrary<EntityInput> = fc
  .tuple(
    recordOf(user.attributes.map((a) => a.type), user.attributes.map((a) => a.name)),
    fc.option(recordOf(account.attributes.map((a) => a.type), account.attributes.map((a) => a.name)), { nil: null }),
    fc.array(eventArb, { maxLength: 25 }),
  )
  .map(([attributes, acc, evs]) => ({ key: "u", attributes, related: { account: acc }, events: evs }));

const opts = { asOf: ASOF };
const dir = mkdtempSync(join(tmpdir(), "seg-js-prop-"));
let mod: { evaluate: (r: EntityInput, o?: { asOf?: number }) => Record<string, boolean>; traits: (r: EntityInput, o?: { asOf?: number }) => Record<string, unknown> };
beforeAll(async () => {
  const file = join(dir, "lib.mjs");
  writeJsModule(ir, file);
  mod = (await import(pathToFileURL(file).href)) as typeof mod;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("evaluate, every predicate, members and the emitted module agree", () => {
  const hit = new Set<string>();
  fc.assert(
    fc.property(recordArb, (r) => {
      const all = compiled.evaluate(r, opts);
      for (const n of compiled.segmentNames) if (all[n]) hit.add(n);
      expect(Object.keys(all)).toEqual([...compiled.segmentNames]);
      for (const name of compiled.segmentNames) expect(compiled.predicate(name)(r, opts), name).toBe(all[name]);
      expect(compiled.members(r, opts)).toEqual(compiled.segmentNames.filter((n) => all[n]));
      expect(mod.evaluate(r, opts)).toEqual(all);
      expect(mod.traits(r, opts)).toEqual(compiled.traits(r, opts));
    }),
    { numRuns: 300, seed: 20240310 },
  );
  // the random records reach most segments, so the agreement is not between empty sets
  expect(hit.size).toBeGreaterThan(compiled.segmentNames.length * 0.6);
});

test("answers do not depend on event order or on the form of times", () => {
  fc.assert(
    fc.property(recordArb, fc.integer({ min: 0, max: 1_000_000 }), (r, seed) => {
      const want = compiled.evaluate(r, opts);
      const evs = [...(r.events ?? [])];
      // a deterministic shuffle
      let s = seed;
      for (let i = evs.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) % 2147483648;
        const j = s % (i + 1);
        [evs[i], evs[j]] = [evs[j]!, evs[i]!];
      }
      const forms = evs.map((e, i) => {
        const t = e.time as number;
        const time = i % 3 === 0 ? new Date(t) : i % 3 === 1 ? new Date(t).toISOString() : new Date(t).toISOString().replace("T", " ").replace("Z", "");
        return { ...e, time };
      });
      const sig = new Date(ASOF).toISOString();
      expect(compiled.evaluate({ ...r, events: forms }, { asOf: sig })).toEqual(want);
    }),
    { numRuns: 300, seed: 7 },
  );
});

test("a record from untyped JSON is answered or refused with a SegInputError naming it, never another error", () => {
  // values of every JSON shape and then some (a bigint, an invalid Date, an object without
  // a prototype), under the field names the library reads and their database names
  const keys = ["name", "time", "properties", "props", "amount", "score", "feature", "plan", "tags", "age", "signed_up_at", "opted_in", "ltv_usd", "lifetime_value", "account", "employees", "industry", "id", "x"];
  const json: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof(
      { depthSize: "small" },
      fc.constantFrom(null, undefined, true, 0, -1.5, NaN, Infinity, 2n ** 70n, "", "pro", "2024-03-09", "2024-03-09T10:00:00+02:00", "login", 1e300, new Date(NaN)),
      fc.array(tie("v"), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...keys), tie("v"), { maxKeys: 4 }),
      fc.dictionary(fc.constantFrom(...keys), tie("v"), { maxKeys: 3 }).map((o) => Object.assign(Object.create(null) as object, o)),
    ),
  })).v;
  const event = fc.record({ name: fc.oneof(fc.constantFrom(...events.map((e) => e.name)), json), time: fc.oneof(fc.constant(ASOF - D), json), properties: json }, { requiredKeys: [] });
  const record = fc.record(
    { key: json, attributes: json, related: fc.oneof(json, fc.record({ account: json })), events: fc.oneof(fc.array(event, { maxLength: 4 }), json), plan: json },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(record, (r) => {
      const calls: (() => unknown)[] = [() => compiled.evaluate(r as EntityInput, { asOf: ASOF }), () => compiled.traits(r as EntityInput, { asOf: ASOF })];
      for (const name of compiled.segmentNames) calls.push(() => compiled.predicate(name)(r as EntityInput, { asOf: ASOF }));
      for (const f of calls) {
        try {
          f();
        } catch (e) {
          if (!(e instanceof SegInputError)) throw e;
        }
      }
    }),
    { numRuns: 1000, seed: 11 },
  );
});
