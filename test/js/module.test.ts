import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, test } from "vitest";
import type { IRProject } from "../../compiler/ir.ts";
import { checkProject } from "../../compiler/index.ts";
import {
  compileJs,
  emitJsModule,
  GENERATED_HEADER,
  JsCompileError,
  predicateExportName,
  writeJsModule,
  type EntityInput,
} from "../../compiler/js/index.ts";
import { exampleIR } from "../helpers/example-ir.ts";

/** The messages of strict TypeScript on `file` (an .mts using an emitted module). */
function typeErrors(file: string, options: ts.CompilerOptions = {}): string[] {
  const program = ts.createProgram([file], {
    ...options,
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
    skipLibCheck: false,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

const dir = mkdtempSync(join(tmpdir(), "seg-js-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ASOF = "2024-03-10T00:00:00.000Z";
const H = 3_600_000;
const D = 86_400_000;
const T = Date.parse(ASOF);

/** A handful of users that exercise every example segment both ways. */
const RECORDS: EntityInput[] = [
  {
    key: "alice",
    attributes: { plan: "enterprise" },
    related: { account: { employees: 5000, industry: "fintech" } },
    events: [
      { name: "login", time: T - 40 * D },
      { name: "purchase", time: T - 3 * D, properties: { amount: 1200 } },
      { name: "add_to_cart", time: T - 2 * H },
      { name: "nps_response", time: T - D, properties: { score: 4 } },
    ],
  },
  {
    key: "bob",
    attributes: { plan: "free" },
    related: { account: { employees: 10, industry: "fintech" } },
    events: [
      { name: "login", time: T - D },
      { name: "add_to_cart", time: T - 2 * H },
      { name: "purchase", time: T - H, properties: { amount: 20 } },
      { name: "nps_response", time: T - D, properties: { score: 9 } },
    ],
  },
  { key: "carol", attributes: {}, events: [] },
  { key: "dave", attributes: { plan: "enterprise" }, events: [{ name: "login", time: T - 20 * D }] },
];

describe("emitted ES module", () => {
  test("is byte-identical for the same IR, and changes with it", () => {
    const a = emitJsModule(exampleIR());
    const b = emitJsModule(structuredClone(exampleIR()));
    expect(a.js).toBe(b.js);
    expect(a.dts).toBe(b.dts);
    expect(a.js.startsWith(GENERATED_HEADER)).toBe(true);
    const changed = exampleIR();
    changed.segments[0]!.condition = { k: "const", value: false };
    expect(emitJsModule(changed).js).not.toBe(a.js);
  });

  test("importing the .mjs gives the same results as compileJs", async () => {
    const ir = exampleIR();
    const file = join(dir, "segments.mjs");
    const written = writeJsModule(ir, file);
    expect(written.dts).toBe(join(dir, "segments.d.mts"));
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown> & {
      evaluate: (r: EntityInput, o?: { asOf?: string }) => Record<string, boolean>;
      members: (r: EntityInput, o?: { asOf?: string }) => string[];
      traits: (r: EntityInput, o?: { asOf?: string }) => Record<string, unknown>;
      segments: Record<string, (r: EntityInput, o?: { asOf?: string }) => boolean>;
      segmentNames: readonly string[];
      SegInputError: new (m: string) => Error;
    };
    const c = compileJs(ir);
    expect([...mod.segmentNames]).toEqual([...c.segmentNames]);
    const seen = new Set<string>();
    for (const r of RECORDS) {
      const want = c.evaluate(r, { asOf: ASOF });
      expect(mod.evaluate(r, { asOf: ASOF })).toEqual(want);
      expect(mod.members(r, { asOf: ASOF })).toEqual(c.members(r, { asOf: ASOF }));
      expect(mod.traits(r, { asOf: ASOF })).toEqual(c.traits(r, { asOf: ASOF }));
      for (const name of c.segmentNames) {
        expect(mod.segments[name]!(r, { asOf: ASOF })).toBe(want[name]);
        const named = mod[predicateExportName(name)] as (r: EntityInput, o?: { asOf?: string }) => boolean;
        expect(named(r, { asOf: ASOF })).toBe(want[name]);
        if (want[name]) seen.add(name);
      }
    }
    // the records are not trivial: every example segment has a member
    expect([...seen].sort()).toEqual([...c.segmentNames].sort());
    expect(() => mod.evaluate({ events: [{ name: "login" } as never] }, { asOf: ASOF })).toThrow(mod.SegInputError);
  });

  test("the expected members, by hand", () => {
    const c = compileJs(exampleIR());
    const m = Object.fromEntries(RECORDS.map((r) => [r.key, c.members(r, { asOf: ASOF })]));
    expect(m).toEqual({
      alice: ["enterprise_plan", "churned", "high_ltv", "cart_abandoners", "enterprise_fintech", "detractors", "quiet_enterprise"],
      bob: [],
      carol: [],
      dave: ["enterprise_plan", "quiet_enterprise"],
    });
  });

  test("writeJsModule refuses to overwrite a file it did not generate, unless forced", () => {
    const ir = exampleIR();
    const file = join(dir, "handwritten.mjs");
    writeFileSync(file, "export const mine = 1;\n");
    expect(() => writeJsModule(ir, file)).toThrow(JsCompileError);
    expect(readFileSync(file, "utf8")).toBe("export const mine = 1;\n");
    writeJsModule(ir, file, { force: true });
    expect(readFileSync(file, "utf8").startsWith(GENERATED_HEADER)).toBe(true);
    // a file we generated is overwritten without force
    writeJsModule(ir, file);
    // a .js output gets a .d.ts beside it
    expect(writeJsModule(ir, join(dir, "plain.js"))).toEqual({ js: join(dir, "plain.js"), dts: join(dir, "plain.d.ts") });
  });

  test("writeJsModule never writes through a symbolic link, not even forced", () => {
    const ir = exampleIR();
    // A victim outside that looks like seg's output: the header check alone would pass it.
    const victim = join(mkdtempSync(join(tmpdir(), "seg-victim-")), "victim.mjs");
    writeFileSync(victim, `${GENERATED_HEADER}\nexport const mine = 1;\n`);
    const before = readFileSync(victim, "utf8");
    // The module linked, then its types: [the link, the module to write, the file beside it].
    const cases = [
      ["linked.mjs", "linked.mjs", "linked.d.mts"],
      ["types.d.mts", "types.mjs", "types.mjs"],
    ] as const;
    for (const [linked, out, other] of cases) {
      symlinkSync(victim, join(dir, linked));
      for (const force of [false, true]) {
        expect(() => writeJsModule(ir, join(dir, out), { force })).toThrow(
          `cannot write ${join(dir, linked)}: it is a symbolic link, and seg never writes through one (not even with --force): remove the link and compile again`,
        );
      }
      expect(lstatSync(join(dir, linked)).isSymbolicLink()).toBe(true);
      expect(existsSync(join(dir, other))).toBe(false);
    }
    expect(readFileSync(victim, "utf8")).toBe(before);
  });

  test("writeJsModule never writes through a linked folder below its root", () => {
    const victim = mkdtempSync(join(tmpdir(), "seg-victim-"));
    symlinkSync(victim, join(dir, "linked"));
    for (const out of ["linked/m.mjs", "linked/sub/m.mjs"]) {
      expect(() => writeJsModule(exampleIR(), join(dir, out), { force: true, root: dir })).toThrow(
        `cannot write ${out}: linked is a symbolic link, and seg never writes through one (not even with --force): remove the link and compile again`,
      );
    }
    expect(readdirSync(victim)).toEqual([]);
  });

  test("has no imports or requires (dependency-free)", () => {
    const { js } = emitJsModule(exampleIR());
    expect(js).not.toMatch(/^\s*import\s/m);
    expect(js).not.toMatch(/\brequire\(/);
    expect(js).not.toMatch(/\bimport\(/);
  });

  test("the .d.ts type-checks, and types a use of the module", () => {
    const ir = exampleIR();
    const base = join(dir, "typed");
    writeJsModule(ir, `${base}.mjs`);
    const use = join(dir, "use.mts");
    writeFileSync(
      use,
      [
        'import { evaluate, isEnterprisePlan, segments, type UserInput } from "./typed.mjs";',
        'const u: UserInput = { key: "a", attributes: { plan: "pro", tags: ["x"] }, events: [{ name: "purchase", time: 0, properties: { amount: 3 } }] };',
        "const r: boolean = evaluate(u).churned && isEnterprisePlan(u) && segments.high_ltv(u);",
        "export { r };",
        // a related record holds its key (`account.id`) beside its attributes
        'const withAccount: UserInput = { key: "b", related: { account: { id: "acme", employees: 10 } } };',
        "export { withAccount };",
        "// @ts-expect-error the account key is a string",
        "const badKey: UserInput = { related: { account: { id: 5 } } };",
        "export { badKey };",
        "// @ts-expect-error not a plan",
        'const bad: UserInput = { attributes: { plan: "gold" } };',
        "export { bad };",
      ].join("\n"),
    );
    expect(typeErrors(use)).toEqual([]);
  });

  test("the types take declared events only: a misspelt or stored name, a property of the wrong type or name is an error", () => {
    // an app's strictest settings: exactOptionalPropertyTypes, noUncheckedIndexedAccess
    const { ir, diagnostics } = checkProject([
      {
        path: "app.seg",
        text: [
          'entity user { table "users" key id: string  plan: enum("free", "pro")  ltv: number column "ltv_usd" }',
          'events of user { table "events" user column "user_id" time column "at" name column "event" properties column "props"',
          '  event login named "Login"  event purchase { amount: number, order: string column "order_id" } }',
          "segment buyer = sum(purchase.amount) > 10",
        ].join("\n"),
      },
    ]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    writeJsModule(ir, join(dir, "strict.mjs"));
    const use = join(dir, "use-strict.mts");
    writeFileSync(
      use,
      [
        'import { isBuyer, members, type UserEvent, type UserInput, type SegEvent } from "./strict.mjs";',
        'const ok: UserInput = { key: "u", attributes: { plan: "pro", ltv: 3 }, events: [{ name: "login", time: new Date(), properties: { any: 1 } }, { name: "purchase", time: 0, properties: { amount: 3, order: "o" } }] };',
        // a value that may be undefined, under exactOptionalPropertyTypes: the runtime reads it as missing
        "declare const maybe: { amount?: number; plan?: \"pro\" };",
        'const fromOptional: UserInput = { attributes: { plan: maybe.plan }, events: [{ name: "purchase", time: "2024-03-01", properties: { amount: maybe.amount } }] };',
        // data TypeScript cannot see is asserted to be declared events; the predicates check it at run time
        "declare const stream: SegEvent[];",
        "const fromStream: UserInput = { events: stream as readonly UserEvent[] };",
        "export const r: boolean = isBuyer(ok, { asOf: undefined }) && members(fromOptional).length + members(fromStream).length > 0;",
        "// @ts-expect-error a misspelt event name",
        'export const typo: UserInput = { events: [{ name: "purchse", time: 0 }] };',
        "// @ts-expect-error the stored name, not the declared one",
        'export const stored: UserInput = { events: [{ name: "Login", time: 0 }] };',
        "// @ts-expect-error a property of the wrong type",
        'export const wrongType: UserInput = { events: [{ name: "purchase", time: 0, properties: { amount: "12" } }] };',
        "// @ts-expect-error a property under its column name",
        'export const column: UserInput = { events: [{ name: "purchase", time: 0, properties: { order_id: "o" } }] };',
        "// @ts-expect-error an attribute under its column name",
        "export const attrColumn: UserInput = { attributes: { ltv_usd: 3 } };",
        "// @ts-expect-error an event without its time",
        'export const noTime: UserInput = { events: [{ name: "login" }] };',
      ].join("\n"),
    );
    expect(typeErrors(use, { exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true })).toEqual([]);
  });

  test("entities whose type names would collide (`seg`, `user_account` / `userAccount`) still type-check", () => {
    const { ir, diagnostics } = checkProject([
      {
        path: "c.seg",
        text: [
          'entity seg { table "s" key id: string }',
          'events of seg { table "se" seg column "sid" time column "t" event ping }',
          'entity user_account { table "a" key id: string }',
          'entity userAccount { table "b" key id: number }',
          "segment pinged of seg = did ping",
          'segment a1 of user_account = id == "x"',
          "segment b1 of userAccount = id > 1",
        ].join("\n"),
      },
    ]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const base = join(dir, "collide");
    writeJsModule(ir, `${base}.mjs`);
    const use = join(dir, "use-collide.mts");
    writeFileSync(
      use,
      [
        'import { entities, type Seg2Input, type UserAccountInput, type UserAccount2Input } from "./collide.mjs";',
        'const s: Seg2Input = { key: "k", events: [{ name: "ping", time: 0 }] };',
        'const a: UserAccountInput = { key: "x" };',
        "const b: UserAccount2Input = { key: 2 };",
        'export const r: boolean = entities.seg.predicate("pinged")(s) && entities.user_account.members(a).length > 0 && entities.userAccount.members(b).length > 0;',
      ].join("\n"),
    );
    expect(typeErrors(use)).toEqual([]);
  });

  test("several entities: each has its API under `entities`, predicates are exported for all", async () => {
    const ir: IRProject = exampleIR();
    ir.segments.push({
      name: "big_account",
      entity: "account",
      condition: { k: "cmp", op: ">=", left: { k: "attr", via: [], name: "employees", type: "number" }, right: { k: "lit", type: "number", value: 1000 } },
      tags: [],
      dependsOn: [],
    });
    const file = join(dir, "multi.mjs");
    writeJsModule(ir, file);
    const mod = (await import(pathToFileURL(file).href)) as {
      entities: Record<string, { segmentNames: string[]; members: (r: EntityInput) => string[] }>;
      isBigAccount: (r: EntityInput) => boolean;
      segmentNames: string[];
    };
    expect(Object.keys(mod.entities)).toEqual(["user", "account"]);
    expect(mod.entities["account"]!.segmentNames).toEqual(["big_account"]);
    expect(mod.isBigAccount({ attributes: { employees: 1000 } })).toBe(true);
    expect(mod.isBigAccount({ attributes: { employees: 999 } })).toBe(false);
    expect(mod.segmentNames).not.toContain("big_account");
    expect(compileJs(ir, { entity: "account" }).members({ attributes: { employees: 5000 } })).toEqual(["big_account"]);
  });

  test("the default entity is the first with segments, though one declared before has traits only", async () => {
    const { ir, diagnostics } = checkProject([
      {
        path: "p.seg",
        text: `entity account {
  table "accounts"
  key id: string
  employees: number
}
trait large of account = employees > 1000
entity user {
  table "users"
  key id: string
  age: number
}
segment adults of user = age >= 18
`,
      },
    ]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const file = join(dir, "default.mjs");
    writeJsModule(ir, file);
    const mod = (await import(pathToFileURL(file).href)) as { segmentNames: string[]; members: (r: EntityInput) => string[] };
    expect(mod.segmentNames).toEqual(["adults"]);
    expect(mod.members({ attributes: { age: 30 } })).toEqual(["adults"]);
    expect(compileJs(ir).entity).toBe("user");
  });
});

test("string literals write `<` as \\u003c: a value holding </script> cannot end a <script> the module is inlined in", async () => {
  const text = `entity user {
  table "users"
  key id: string
  name: string
  tags: list<string>
}
segment a = name == "</script><!--"
segment b = name matches "</scr"
segment c = tags has "</script>" or name in ["<", "y"]
`;
  const { ir, diagnostics } = checkProject([{ path: "s.seg", text }]);
  expect(diagnostics).toEqual([]);
  const { js } = emitJsModule(ir);
  expect(js).not.toMatch(/<\/script|<!--/i);
  expect(js).toContain('"\\u003c/script>\\u003c!--"');
  const file = join(dir, "script.mjs");
  writeFileSync(file, js);
  const mod = (await import(pathToFileURL(file).href)) as { members: (r: EntityInput, o?: { asOf?: string }) => string[] };
  const user = (name: string, tags: string[] = []): EntityInput => ({ key: "u", attributes: { name, tags } });
  expect(mod.members(user("</script><!--"), { asOf: ASOF })).toEqual(["a", "b"]);
  expect(mod.members(user("<", ["</script>"]), { asOf: ASOF })).toEqual(["c"]);
});
