// Rename without a server: which new names are refused, and which edits a rename makes,
// checked by applying the edits and checking the project again.
import { describe, expect, test } from "vitest";
import { checkProject, type SourceFile } from "../../compiler/index.ts";
import { parse } from "../../grammar/index.ts";
import type { TextEdit } from "../../grammar/diagnostic.ts";
import { KEYWORDS_SAFE_AS_VALUE_NAMES, renameEdits, storageProblem, validateNewName } from "../../lsp/rename.ts";

const FILES: SourceFile[] = [
  {
    path: "schema.seg",
    text: `entity user {
  key id: string
  country: string
  account: account via account_id
}

entity account {
  key id: string
  employees: number
}

events of user {
  table "events"
  user column "user_id"
  event login
  event purchase { user column "buyer_id"  amount: number }
}
`,
  },
  {
    path: "values.seg",
    text: `const markets = ["US", "CA"]
param min_spend = 10
trait ltv of user = sum(purchase.amount)
`,
  },
  {
    path: "segments.seg",
    text: `segment buyers of user = ltv >= min_spend and country in markets
segment loyal of user = in buyers and did login in last 30 days
`,
  },
];

function project(files: SourceFile[]) {
  const result = checkProject(files);
  return { result, symbols: result.symbols };
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split("\n");
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

function rename(qualifiedName: string, newName: string): SourceFile[] {
  const { symbols } = project(FILES);
  const def = symbols.lookup(qualifiedName)!;
  expect(validateNewName(def, newName, symbols)).toBeUndefined();
  const edits = renameEdits(def, newName, symbols, (file) => parse(FILES.find((f) => f.path === file)!.text, file).file);
  return FILES.map((f) => ({ path: f.path, text: applyEdits(f.text, edits.get(f.path) ?? []) }));
}

function refusal(qualifiedName: string, newName: string): string | undefined {
  const { symbols } = project(FILES);
  return validateNewName(symbols.lookup(qualifiedName)!, newName, symbols);
}

describe("rename", () => {
  test("the fixture checks clean", () => {
    expect(project(FILES).result.diagnostics).toEqual([]);
  });

  test("an entity's rename changes the `user column` settings of its events too", () => {
    const renamed = rename("user", "person");
    const schema = renamed.find((f) => f.path === "schema.seg")!.text;
    expect(schema).toContain(`person column "user_id"`);
    expect(schema).toContain(`person column "buyer_id"`);
    expect(checkProject(renamed).diagnostics).toEqual([]);
  });

  test("an entity whose table and events' key column come from its name keeps them (the compiled SQL reads the same tables)", () => {
    const files: SourceFile[] = [
      { path: "a.seg", text: `entity user {\n  key id: string\n  plan: string\n}\n\nevents of user {\n  table "events"\n  event login\n}\n` },
      { path: "b.seg", text: `events of user {\n  /// A support ticket.\n  /// Opened by the user.\n  event ticket { table "tickets" }\n}\n\nsegment s of user = plan == "pro" and did login then ticket within 1 day\n` },
    ];
    const before = checkProject(files);
    expect(before.diagnostics).toEqual([]);
    const edits = renameEdits(before.symbols.lookup("user")!, "person", before.symbols, (file) => parse(files.find((f) => f.path === file)!.text, file).file);
    const renamed = files.map((f) => ({ path: f.path, text: applyEdits(f.text, edits.get(f.path) ?? []) }));
    expect(renamed[0]!.text).toBe(`entity person {\n  table "user"\n  key id: string\n  plan: string\n}\n\nevents of person {\n  table "events"\n  person column "user_id"\n  event login\n}\n`);
    // before the event's doc comment, which stays the event's
    expect(renamed[1]!.text).toContain(`events of person {\n  person column "user_id"\n  /// A support ticket.\n  /// Opened by the user.\n  event ticket`);
    const after = checkProject(renamed);
    expect(after.diagnostics).toEqual([]);
    const storage = (ir: typeof before.ir) => [ir.entities.map((e) => e.table), ir.eventSources.map((s) => [s.table, s.entityColumn]), ir.events.map((e) => e.doc)];
    expect(storage(after.ir)).toEqual(storage(before.ir));
  });

  test("no name spelt like a keyword where it would read as the keyword: `did any`, `x in last`", () => {
    expect(refusal("login", "any")).toMatch(/^`any` is a keyword of seg: as a name it would read as the keyword in places .*; choose another name$/);
    expect(refusal("markets", "last")).toMatch(/^`last` is a keyword of seg/);
    expect(refusal("user.country", "in")).toBe("`in` is a keyword and cannot be a name");
    expect(refusal("login", "signin")).toBeUndefined();
    // soft keywords that stay names where they stand (segments/schema.seg has `tags`)
    for (const name of ["tags", "owner", "count", "min", "key"]) expect([name, refusal("user.country", name)]).toEqual([name, undefined]);
  });

  test("a member and a trait, const or param never take each other's name", () => {
    expect(refusal("ltv", "country")).toMatch(/^`country` is already the name of an attribute of user \(schema\.seg:3\): a condition would read one where it meant the other$/);
    expect(refusal("user.country", "ltv")).toMatch(/already the name of a trait/);
    expect(refusal("user.account", "markets")).toMatch(/already the name of a const/);
    expect(refusal("min_spend", "employees")).toMatch(/attribute of account/);
  });

  test("`now` is refused: it is always read as the evaluation time", () => {
    for (const name of ["ltv", "markets", "min_spend", "user.country", "login"]) expect(refusal(name, "now")).toMatch(/always read as the evaluation time/);
  });

  test("a segment cannot take its entity's key name (SEG1029)", () => {
    expect(refusal("buyers", "id")).toMatch(/^a segment of user cannot be named `id`/);
    // As the checker compares it: without case (SQL column names).
    expect(refusal("buyers", "ID")).toMatch(/^a segment of user cannot be named `ID`/);
    // The renamed project would have had that error.
    const { symbols } = project(FILES);
    const edits = renameEdits(symbols.lookup("buyers")!, "id", symbols, () => undefined);
    const renamed = FILES.map((f) => ({ path: f.path, text: applyEdits(f.text, edits.get(f.path) ?? []) }));
    expect(checkProject(renamed).diagnostics.map((d) => d.code)).toContain("SEG1029");
  });

  test("renames that change nothing but names still check clean", () => {
    for (const [name, newName] of [["ltv", "lifetime_value"], ["user.country", "nation"], ["buyers", "spenders"], ["markets", "regions"]] as const)
      expect(checkProject(rename(name, newName)).diagnostics).toEqual([]);
  });
});

test("a JSON property is not renamed (its name is the key read in the data); a column property keeps its column", () => {
  const { symbols } = project(FILES);
  const amount = symbols.lookup("purchase.amount")!;
  expect(storageProblem(amount, parse(FILES[0]!.text, "schema.seg").file)).toMatch(/^`amount` is the key of a JSON property of purchase/);
  const own: SourceFile[] = [{ path: "p.seg", text: `entity user {\n  key id: string\n}\nevents of user {\n  event invoice { table "invoices"  total: number }\n}\n` }];
  const ownSymbols = project(own).symbols;
  const total = ownSymbols.lookup("invoice.total")!;
  const file = parse(own[0]!.text, "p.seg").file;
  expect(storageProblem(total, file)).toBeUndefined();
  const edits = renameEdits(total, "amount", ownSymbols, () => file).get("p.seg")!;
  expect(applyEdits(own[0]!.text, edits)).toContain('amount: number column "total"');
});

describe("soft keywords allowed as names of values", () => {
  // Every construct a value's name can stand in: conditions over several lines, windows,
  // sequences, aggregates and their filters, lists, test records and their events.
  const RICH: SourceFile[] = [
    {
      path: "rich.seg",
      text: `entity user {
  key id: string
  country: string
  age: number
  signed_up_at: timestamp
  labels: list<string>
}
events of user {
  table "events"
  event login
  event purchase { amount: number, currency: string }
}
const markets = ["US", "CA"]
param lookback = 30 days
param floor = 10
trait spend of user = sum(purchase.amount where currency == "USD" in last lookback)
segment buyers of user {
  owner "growth"
  tags ["x"]
  where spend >= floor
    and country in markets
    and age
      between 18 and 99
    and labels has "vip"
    and signed_up_at before 7 days ago
    and did purchase where (amount > floor and currency in markets) in last lookback
    and did login then purchase within 1 day
}
test "t" {
  as of 2024-06-01
  user alice {
    country: "US"
    age: 30
    signed_up_at: 2024-01-01
    labels: ["vip"]
    purchase { amount: 50, currency: "USD" } at 1 day ago
    login at 2 days ago
    purchase { amount: 20, currency: "USD" } at 1 day ago
  }
  expect alice in buyers
}
`,
    },
  ];

  test("every value of a project renamed to each of them still checks, with no error", () => {
    const { result, symbols } = project(RICH);
    expect(result.diagnostics).toEqual([]);
    const values = symbols.definitions.filter((d) => ["attribute", "property", "trait", "const", "param"].includes(d.kind));
    expect(values.length).toBeGreaterThan(8);
    for (const def of values) {
      for (const word of KEYWORDS_SAFE_AS_VALUE_NAMES) {
        if (validateNewName(def, word, symbols) !== undefined) continue; // taken in that scope
        const edits = renameEdits(def, word, symbols, (file) => parse(RICH.find((f) => f.path === file)!.text, file).file);
        const renamed = RICH.map((f) => ({ path: f.path, text: applyEdits(f.text, edits.get(f.path) ?? []) }));
        const errors = checkProject(renamed).diagnostics.filter((d) => d.severity === "error");
        expect([def.qualifiedName, word, errors.map((d) => d.message)]).toEqual([def.qualifiedName, word, []]);
      }
    }
  });

  test("the other soft keywords are refused", () => {
    const { symbols } = project(RICH);
    for (const word of ["after", "between", "segment", "any", "last", "ago", "days"]) {
      expect([word, validateNewName(symbols.lookup("user.country")!, word, symbols)]).toEqual([word, expect.stringMatching(/is a keyword of seg/)]);
    }
  });
});
