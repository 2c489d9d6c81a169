// Rename without a server: which new names are refused, and which edits a rename makes,
// checked by applying the edits and checking the project again.
import { describe, expect, test } from "vitest";
import { checkProject, type SourceFile } from "../../compiler/index.ts";
import { parse } from "../../grammar/index.ts";
import type { TextEdit } from "../../grammar/diagnostic.ts";
import { renameEdits, validateNewName } from "../../lsp/rename.ts";

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

  test("no name spelt like a keyword where it would read as the keyword: `did any`, `x in last`", () => {
    expect(refusal("login", "any")).toMatch(/^`any` is a keyword of seg: `did any` and `count\(any\)` mean events of every name; choose another name$/);
    expect(refusal("markets", "last")).toMatch(/^`last` is a keyword of seg: `x in last` reads as the start of a window/);
    expect(refusal("user.country", "in")).toBe("`in` is a keyword and cannot be a name");
    expect(refusal("login", "signin")).toBeUndefined();
    // soft keywords that stay names where they stand (segments/schema.seg has `tags`)
    for (const name of ["tags", "owner", "count", "time", "min", "first"]) expect([name, refusal("user.country", name)]).toEqual([name, undefined]);
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
