/**
 * Drives the real language server (child process, JSON-RPC over stdio) through every
 * capability, on the fixture project.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  SemanticTokens,
  SignatureHelp,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver/node";
import { checkProject } from "../../compiler/index.ts";
import { parse } from "../../grammar/index.ts";
import { declaredValue } from "../../lsp/hover.ts";
import { mark } from "../helpers/markers.ts";
import { LspClient, uriOf } from "./client.ts";
import { writeFixture, type Fixture } from "./fixture.ts";

let fx: Fixture;
let client: LspClient;
let n = 0;

beforeAll(async () => {
  fx = writeFixture();
  client = await LspClient.start(fx.root);
  // the project is loaded and checked once the first open document gets its diagnostics
  const uri = uriOf(fx.path("segments.seg"));
  await client.open(uri, fx.texts["segments.seg"]!);
  await client.diagnosticsFor(uri);
});

afterAll(async () => {
  await client?.stop();
});

test("the server names seg's version in serverInfo", () => {
  const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "..", "package.json"), "utf8")) as { version: string };
  expect(client.initializeResult?.serverInfo).toEqual({ name: "seg", version: pkg.version });
});

// After beforeAll, so that this second server does not compile the sources alongside the first.
test("the server ends when its editor closes stdin without `exit`", async () => {
  const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const child = spawn(process.execPath, ["--import", "tsx", join(repo, "lsp", "main.ts"), "--stdio"], { cwd: repo, stdio: ["pipe", "ignore", "ignore"] });
  child.stdin!.end();
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  expect(code).toBe(1);
});

test("workspace symbols of a server that has just started list the whole project, with no document open", async () => {
  const fresh = await LspClient.start(fx.root);
  try {
    const symbols = await fresh.request<SymbolInformation[]>("workspace/symbol", { query: "" });
    expect(symbols.map((s) => s.name)).toEqual(expect.arrayContaining(["power_users", "big"]));
  } finally {
    await fresh.stop();
  }
});

test("a hover while the project is still loading publishes no diagnostics of the half-loaded project", async () => {
  const fresh = await LspClient.start(fx.root);
  try {
    const uri = uriOf(fx.path("segments.seg"));
    await fresh.open(uri, fx.texts["segments.seg"]!);
    const hover = fresh.request("textDocument/hover", { textDocument: { uri }, position: fx.named["segments.seg"]!.power_users!.start });
    const first = await fresh.diagnosticsFor(uri);
    await hover;
    // Without the schema file loaded, every segment would be "about which entity?" (SEG1009).
    expect(first.map((d) => d.code).filter((code) => code === "SEG1009" || code === "SEG1005")).toEqual([]);
  } finally {
    await fresh.stop();
  }
});

test("a server stopped with shutdown and exit ends with 0, though the editor closes stdin at once", async () => {
  const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const child = spawn(process.execPath, ["--import", "tsx", join(repo, "lsp", "main.ts"), "--stdio"], { cwd: repo, stdio: ["pipe", "ignore", "ignore"] });
  const frame = (message: object) => {
    const body = JSON.stringify({ jsonrpc: "2.0", ...message });
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  };
  child.stdin!.end(
    frame({ id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }) +
      frame({ method: "initialized", params: {} }) +
      frame({ id: 2, method: "shutdown" }) +
      frame({ method: "exit" }),
  );
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  expect(code).toBe(0);
});

test("a malformed first message and stdin closed: exit 1 and a line, not exit 7 and a stack", async () => {
  const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const child = spawn(process.execPath, ["--import", "tsx", join(repo, "lsp", "main.ts"), "--stdio"], { cwd: repo, stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin!.end("Content-Length: 2\r\n\r\n{}");
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  expect(code).toBe(1);
  expect(stderr).not.toMatch(/\n\s+at /);
});

test("requests after shutdown are refused (InvalidRequest), as the protocol says", async () => {
  const fresh = await LspClient.start(fx.root);
  try {
    const uri = uriOf(fx.path("segments.seg"));
    await fresh.request("shutdown", null);
    await expect(fresh.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } })).rejects.toMatchObject({
      code: -32600,
      message: "the server is shutting down",
    });
    await expect(fresh.request("shutdown", null)).rejects.toMatchObject({ code: -32600 });
  } finally {
    await fresh.stop();
  }
});

/** Opens a new scratch document from marked source; returns its uri, text and markers. */
async function scratch(src: string) {
  const m = mark(src);
  const uri = uriOf(fx.path(`scratch${++n}.seg`));
  await client.open(uri, m.text);
  return { uri, ...m, pos: m.cursor! };
}

async function completion(src: string): Promise<CompletionItem[]> {
  const s = await scratch(src);
  const r = await client.request<CompletionItem[] | { items: CompletionItem[] }>("textDocument/completion", {
    textDocument: { uri: s.uri },
    position: s.pos,
  });
  await client.close(s.uri);
  return Array.isArray(r) ? r : r.items;
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split("\n");
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((a, l) => a + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe("diagnostics", () => {
  test("are the checker's, for every file of the project, and clear when fixed", async () => {
    const s = await scratch(`segment d1 = contry == "US" and age > "x"\n`);
    const diags = await client.diagnosticsFor(s.uri, 1);
    const expected = checkProject([
      ...Object.keys(fx.texts).map((name) => ({ path: fx.path(name), text: fx.texts[name]! })),
      { path: fx.path(`scratch${n}.seg`), text: s.text },
    ]).diagnostics.filter((d) => d.file === fx.path(`scratch${n}.seg`));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(diags.map((d) => [d.code, d.message, d.range])).toEqual(expected.map((d) => [d.code, d.message, d.range]));

    const v = await client.change(s.uri, `segment d1 = country == "US" and age > 3\n`);
    expect(await client.diagnosticsFor(s.uri, v)).toEqual([]);
    await client.close(s.uri);
  });

  test("editing the schema re-checks the files that use it", async () => {
    const user = await scratch(`segment d2 = age > 30\n`);
    expect(await client.diagnosticsFor(user.uri, 1)).toEqual([]);
    const schemaUri = uriOf(fx.path("schema.seg"));
    await client.open(schemaUri, fx.texts["schema.seg"]!);
    client.diagnostics.delete(user.uri);
    await client.change(schemaUri, fx.texts["schema.seg"]!.replace("  age: number\n", "  years: number\n"));
    const broken = await client.diagnosticsFor(user.uri);
    expect(broken.map((d) => d.code)).toContain("SEG1001");
    expect(broken[0]!.message).toContain("age");
    client.diagnostics.delete(user.uri);
    await client.change(schemaUri, fx.texts["schema.seg"]!);
    expect(await client.diagnosticsFor(user.uri)).toEqual([]);
    await client.close(schemaUri);
    await client.close(user.uri);
  });

  test("a segment that can never have members (a project-wide warning) is shown with the referenced segment", async () => {
    const s = await scratch(`segment «d4» = in power_users and not did login in last 14 days\n`);
    const diags = await client.diagnosticsFor(s.uri, 1);
    expect(diags.map((d) => [d.code, d.severity, d.range])).toEqual([["SEG3005", 2, s.ranges[0]]]);
    expect(diags[0]!.message).toMatch(/^`d4` can never have members: `power_users` requires did login in the last 7 days/);
    expect(diags[0]!.relatedInformation).toEqual([
      expect.objectContaining({ location: { uri: uriOf(fx.path("segments.seg")), range: fx.named["segments.seg"]!.power_users } }),
    ]);
    const v = await client.change(s.uri, `segment d4 = in power_users and not did login in last 3 days\n`);
    expect(await client.diagnosticsFor(s.uri, v)).toEqual([]);
    await client.close(s.uri);
  });

  test("syntax errors are reported with their range", async () => {
    const s = await scratch(`segment d3 { where «)» }\n`);
    const diags = await client.diagnosticsFor(s.uri, 1);
    expect(diags.some((d) => d.severity === 1 && d.range.start.line === s.ranges[0]!.start.line)).toBe(true);
    await client.close(s.uri);
  });
});

describe("completion", () => {
  test("attributes, traits and consts at the start of a condition, with type and doc", async () => {
    const items = await completion(`segment c1 { where <|> }`);
    expect(labels(items)).toEqual(expect.arrayContaining(["country", "plan", "account", "ltv", "core_features", "did", "not", "count"]));
    expect(labels(items)).not.toContain("login");
    expect(labels(items)).not.toContain("power_users");
    const plan = items.find((i) => i.label === "plan")!;
    expect(plan.detail).toBe('enum("free", "trial", "pro", "enterprise")');
    expect(JSON.stringify(plan.documentation)).toContain("Current billing plan.");
    expect(plan.kind).toBe(5); // Field
  });

  test("members of the related entity after `account.`", async () => {
    const items = await completion(`segment c2 { where account.<|> }`);
    expect(labels(items)).toEqual(expect.arrayContaining(["industry", "employees"]));
    expect(labels(items)).not.toContain("country");
    // The related entity's traits read like its attributes; the user's own do not appear.
    const withTrait = await completion(`trait big_co of account = employees >= 1000\nsegment c2t { where account.<|> }`);
    expect(labels(withTrait)).toEqual(expect.arrayContaining(["employees", "big_co"]));
    expect(labels(withTrait)).not.toContain("ltv");
  });

  test("event names after did, then, and in aggregates", async () => {
    for (const src of [`segment c3 { where did <|> }`, `segment c4 { where did login then <|> }`, `segment c5 { where count(<|>) > 1 }`]) {
      const items = await completion(src);
      expect(labels(items)).toEqual(expect.arrayContaining(["login", "feature_used", "purchase", "any"]));
      expect(items.find((i) => i.label === "purchase")!.kind).toBe(23); // Event
      expect(labels(items)).not.toContain("country");
    }
  });

  test("an event's properties inside its where and after `purchase.`", async () => {
    const inWhere = await completion(`segment c6 { where did purchase where <|> }`);
    expect(labels(inWhere)).toEqual(expect.arrayContaining(["order_id", "amount"]));
    expect(labels(inWhere)).not.toContain("country");
    const inAgg = await completion(`segment c7 { where count(purchase where <|>) > 1 }`);
    expect(labels(inAgg)).toEqual(expect.arrayContaining(["order_id", "amount"]));
    const dotted = await completion(`segment c8 { where sum(purchase.<|>) > 1 }`);
    expect(labels(dotted).sort()).toEqual(["amount", "order_id"]);
    // the filter of an aggregate over a property: the event's properties too
    for (const text of [`segment c8b { where sum(purchase.amount where <|>) > 1 }`, `segment c8c { where avg(purchase.amount where amount > 1 and <|>) > 1 }`]) {
      const inPropertyAgg = await completion(text);
      expect(labels(inPropertyAgg)).toEqual(expect.arrayContaining(["order_id", "amount"]));
      expect(labels(inPropertyAgg)).not.toContain("country");
    }
  });

  test("after `in last` durations only; after `x in` lists only", async () => {
    const window = labels(await completion(`param lookback_c = 7 days\nconst five_c = 5\nsegment c8f { where did login in last <|> }`));
    expect(window).toContain("lookback_c");
    expect(window).not.toContain("five_c");
    expect(window).not.toContain("core_features");
    const list = labels(await completion(`param lookback_d = 7 days\nsegment c8g { where country in <|> }`));
    expect(list).toContain("core_features");
    expect(list).not.toContain("lookback_d");
  });

  test("segment blocks: no keyword inside the tags list, none given twice; `within` only after `then`", async () => {
    expect(labels(await completion(`segment c8h {\n  tags ["vip", <|>\n  where age > 1\n}`))).toEqual([]);
    const rest = labels(await completion(`segment c8i {\n  owner "growth"\n  <|>\n  where age > 1\n}`));
    expect(rest.sort()).toEqual(["deprecated", "tags"]);
    // an attribute `tags` in the condition is no `tags` item
    const attribute = labels(await completion(`segment c8l {\n  where tags has "vip"\n  <|>\n}`));
    expect(attribute.sort()).toEqual(["deprecated", "owner", "tags"]);
    // on one line too
    expect(labels(await completion(`segment c8m { owner "x" tags ["a"] <|> }`)).sort()).toEqual(["deprecated", "where"]);
    expect(labels(await completion(`segment c8j { where did login <|> }`))).not.toContain("within");
    expect(labels(await completion(`segment c8k { where did login then purchase <|> }`))).toContain("within");
  });

  test("`is not |` offers `set`; `between 30 days and 7 days |` offers `ago`", async () => {
    expect(labels(await completion(`segment c8w { where country is not <|> }`))).toEqual(["set"]);
    expect(labels(await completion(`segment c8x { where did login between 30 days and 7 days <|> }`))).toEqual(["ago"]);
  });

  test("segments and events of another entity than the declaration's are not offered", async () => {
    const forAccount = labels(await completion(`segment c8r of account = employees > 10\nsegment c8s of account = in <|>`));
    expect(forAccount).toContain("c8r");
    expect(forAccount).not.toContain("power_users");
    // account has no events: none of user's is offered for a declaration `of account`
    expect(labels(await completion(`segment c8t of account = did <|>`))).not.toContain("login");
    const forUser = labels(await completion(`segment c8u of account = employees > 10\nsegment c8v = in <|>`));
    expect(forUser).toContain("power_users");
    expect(forUser).not.toContain("c8u");
  });

  test("a word at the start of a line after a one-line declaration may start the next declaration", async () => {
    const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? "").localeCompare(b.sortText ?? "")).map((i) => i.label);
    for (const src of [`segment c8n of user = plan == "pro"\nse<|>`, `const c8o = 3\n<|>`, `segment c8p of user = age > 3\n\n<|>`]) {
      expect([src, sorted(await completion(src)).slice(0, 7).sort()]).toEqual([src, ["const", "entity", "events", "param", "segment", "test", "trait"]]);
    }
    // an indented line continues the condition, and an unfinished one goes on: no declaration keywords there
    expect(labels(await completion(`segment c8q of user = plan == "pro"\n  <|>`))).not.toContain("segment");
    for (const src of [`segment c8y of user =\n<|>`, `segment c8z of user = plan ==\n<|>`, `segment c9a of user = age > 3 and\n<|>`]) {
      expect([src, labels(await completion(src))]).not.toEqual([src, expect.arrayContaining(["segment"])]);
    }
  });

  test("an aggregate before an existing `(` completes to its name alone", async () => {
    const before = await completion(`segment c8d { where cou<|>(login) > 1 }`);
    const count = before.find((i) => i.label === "count")!;
    expect([count.insertText, count.insertTextFormat]).toEqual(["count", undefined]);
    const fresh = await completion(`segment c8e { where cou<|> }`);
    expect(fresh.find((i) => i.label === "count")!.insertText).toBe("count($1)");
  });

  test("enum values after `plan ==` and inside `plan in [`", async () => {
    const eq = await completion(`segment c9 { where plan == <|> }`);
    expect(labels(eq)).toEqual(expect.arrayContaining(['"free"', '"trial"', '"pro"', '"enterprise"']));
    expect(eq.find((i) => i.label === '"pro"')!.kind).toBe(20); // EnumMember
    const list = await completion(`segment c10 { where plan in ["free", <|>] }`);
    expect(labels(list)).toEqual(expect.arrayContaining(['"trial"', '"pro"']));
    expect(labels(list)).not.toContain('"free"');
  });

  test("segment names after `in`, durations after a number", async () => {
    const seg = await completion(`segment c11 { where country == "US" and in <|> }`);
    expect(labels(seg)).toEqual(expect.arrayContaining(["power_users", "big", "whales"]));
    expect(labels(seg)).not.toContain("c11");
    const units = await completion(`segment c12 { where did login in last 7 <|> }`);
    expect(labels(units)).toEqual(expect.arrayContaining(["days", "hours", "weeks"]));
    expect(labels(units)).not.toContain("and");
    const freq = await completion(`segment c13 { where did login at least 3 <|> }`);
    expect(labels(freq)).toContain("times");
    // right after the digits: inserted after a space, so the digits are no filter prefix
    const touching = await completion(`segment c13b { where did login in last 7<|> }`);
    expect(touching.find((i) => i.label === "days")!.textEdit).toEqual({ range: { start: { line: 0, character: 40 }, end: { line: 0, character: 40 } }, newText: " days" });
    // after a number compared with a value: what follows a value, and units after them
    // (`signed_up_at > 3 days ago`)
    const compared = await completion(`segment c13c { where age > 30 <|> }`);
    expect(labels(compared)).toEqual(expect.arrayContaining(["and", "or", "days"]));
    expect(compared.find((i) => i.label === "and")!.sortText! < compared.find((i) => i.label === "days")!.sortText!).toBe(true);
    // a window's bound: units first; a list's number: no units
    const bound = await completion(`segment c13d { where did login between 60 <|> }`);
    expect(bound.find((i) => i.label === "days")!.sortText! < bound.find((i) => i.label === "and")!.sortText!).toBe(true);
    expect(labels(await completion(`segment c13e { where age in [1, 2 <|>] }`))).not.toContain("days");
  });

  test("keywords valid at the cursor", async () => {
    expect(labels(await completion(`<|>`))).toEqual(expect.arrayContaining(["segment", "entity", "events", "const", "trait"]));
    expect(labels(await completion(`segment c14 {\n  <|>\n}`))).toEqual(expect.arrayContaining(["owner", "tags", "where"]));
    const afterStep = labels(await completion(`segment c15 { where did login <|> }`));
    expect(afterStep).toEqual(expect.arrayContaining(["where", "then", "in last", "at least"]));
    const afterValue = labels(await completion(`segment c16 { where age <|> }`));
    expect(afterValue).toEqual(expect.arrayContaining(["between", "in", "is", "and", "or"]));
    const storage = labels(await completion(`entity e17 {\n  table "t"\n  key id: string\n  seen: timestamp(<|>\n}`));
    expect(storage).toEqual(expect.arrayContaining(["unix_seconds", "unix_millis", "iso_text"]));
  });

  test("nothing inside comments (a space typed there would open the list)", async () => {
    expect(await completion(`segment c18 = plan == "pro" // users who did <|>`)).toEqual([]);
    expect(await completion(`/// users in <|>\nsegment c19 = age > 3`)).toEqual([]);
    expect(await completion(`segment c20 { where age > 3 and /* did <|> */ age < 9 }`)).toEqual([]);
    // a block comment left open at the end of the file
    expect(await completion(`segment c22 = age > 3\n/* did <|>`)).toEqual([]);
    // right after a block comment's end, completion works again
    expect(labels(await completion(`segment c21 { where plan == "pro" /* x */ <|> }`))).toContain("and");
  });

  test("in a test record: attributes and events, also after a field's comma, not after a list's", async () => {
    const test = (body: string) => `test "t18" {\n  as of 2024-06-01\n  user a { ${body} }\n  expect a in power_users\n}`;
    for (const body of [`<|>`, `plan: "pro" <|>`, `plan: "pro", <|>`, `tags: ["a", "b"], <|>`]) {
      expect(labels(await completion(test(body))), body).toEqual(expect.arrayContaining(["plan", "country", "login"]));
    }
    expect(labels(await completion(test(`tags: ["a", <|>]`)))).not.toContain("plan");
 
    // inside an event of a record: its properties
    for (const body of [`purchase { <|> } at 1 day ago`, `purchase { amount: 5, <|> } at 1 day ago`]) {
      expect(labels(await completion(test(body))).sort(), body).toEqual(["amount", "order_id"]);
    }
  });
});

describe("test records", () => {
  const records = (cursorAt: string, body = "") =>
    `test "r${++n}" {\n  as of 2024-06-01\n  account acme { employees: 5 }\n  user ann { ${body} }\n  user bo { }\n  ${cursorAt}\n}`;

  test("completion: the test's records after `expect`, the target entity's after a relation, its entity's segments after `in`", async () => {
    expect(labels(await completion(records("expect <|>"))).sort()).toEqual(["acme", "ann", "bo"]);
    expect(labels(await completion(records("expect ann in power_users", "account: <|>")))).toEqual(["acme"]);
    const userSegments = labels(await completion(records("expect ann not in <|>")));
    expect(userSegments).toContain("power_users");
    const accountSegments = labels(await completion(`segment r_big of account = employees > 10\n${records("expect acme in <|>")}`));
    expect(accountSegments).toContain("r_big");
    expect(accountSegments).not.toContain("power_users");
  });

  test("definition, references, hover and rename of a record, from its uses in relations and expectations", async () => {
    const s = await scratch(
      `test "records nav" {\n  as of 2024-06-01\n  account «acme_def:acme» { employees: 5 }\n  user «ann_def:ann» { account: «acme_use:acme» }\n` +
        `  expect «ann_use1:ann» in power_users\n  expect «ann_use2:a<|>nn» not in power_users\n}`,
    );
    await client.diagnosticsFor(s.uri);
    const at = { textDocument: { uri: s.uri }, position: s.pos };
    expect(await client.request<Location>("textDocument/definition", at)).toEqual({ uri: s.uri, range: s.named.ann_def });
    const refs = await client.request<Location[]>("textDocument/references", { ...at, context: { includeDeclaration: true } });
    expect(refs.map((r) => r.range)).toEqual([s.named.ann_def, s.named.ann_use1, s.named.ann_use2]);
    const acme = await client.request<Location>("textDocument/definition", { textDocument: { uri: s.uri }, position: s.named.acme_use!.start });
    expect(acme.range).toEqual(s.named.acme_def);
    const hover = await client.request<Hover>("textDocument/hover", at);
    expect((hover.contents as { value: string }).value).toContain('user ann  // a record of test "records nav"');
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", { ...at, newName: "anna" });
    const renamed = applyEdits(s.text, edit.changes![s.uri]!);
    expect(renamed).toContain("user anna { account: acme }");
    expect(renamed.match(/expect anna (not )?in power_users/g)).toHaveLength(2);
    // a name another record of the test has is refused
    await expect(client.request("textDocument/rename", { ...at, newName: "acme" })).rejects.toThrow(/already defined/);
    await client.close(s.uri);
  });

  test("renaming a record to the key another record of its entity gives is refused; a case twin is fine", async () => {
    const s = await scratch(`test "records keys" {\n  as of 2024-06-01\n  user a<|>nn { }\n  user u { id: "bob" }\n  user Bo { }\n  expect ann in power_users\n}`);
    await client.diagnosticsFor(s.uri);
    const at = { textDocument: { uri: s.uri }, position: s.pos };
    await expect(client.request("textDocument/rename", { ...at, newName: "bob" })).rejects.toThrow(/`u` has the key "bob", which `ann` would take with the name/);
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", { ...at, newName: "bo" });
    expect(applyEdits(s.text, edit.changes![s.uri]!)).toContain("user bo { }");
    await client.close(s.uri);
  });
});

describe("hover", () => {
  async function hover(src: string): Promise<string> {
    const s = await scratch(src);
    const h = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri: s.uri }, position: s.pos });
    await client.close(s.uri);
    return h ? (h.contents as { value: string }).value : "";
  }

  test("attributes, events, properties, consts and traits show type and doc", async () => {
    const attr = await hover(`segment h1 { where pl<|>an == "pro" }`);
    expect(attr).toContain('enum("free", "trial", "pro", "enterprise")');
    expect(attr).toContain("Current billing plan.");
    expect(await hover(`segment h2 { where did lo<|>gin }`)).toContain("A successful sign-in.");
    expect(await hover(`segment h3 { where sum(purchase.am<|>ount) > 3 }`)).toMatch(/amount: number/);
    const consts = await hover(`segment h4 { where did feature_used where feature in core_<|>features }`);
    expect(consts).toContain("The features that matter.");
    // a const's value as written
    expect(consts).toContain('core_features: list<string> = ["reports", "dashboards", "exports"]');
    expect(await hover(`segment h5 { where lt<|>v > 3 }`)).toContain("Lifetime value in dollars.");
  });

  test("a const's or param's value as written, on one line", () => {
    const parsed = parse(`param lookback = 30 days\nconst xs = [\n  1,\n  2\n]\nconst long = "${"x".repeat(200)}"\n`, "t.seg");
    expect(declaredValue(parsed, "lookback")).toBe("30 days");
    expect(declaredValue(parsed, "xs")).toBe("[ 1, 2 ]");
    expect(declaredValue(parsed, "long")).toHaveLength(120);
    expect(declaredValue(parsed, "nothing")).toBeUndefined();
  });

  test("keywords and aggregates explain themselves", async () => {
    expect(await hover(`segment k1 { where d<|>id login in last 7 days }`)).toContain("the record has a matching event");
    expect(await hover(`segment k2 { where co<|>unt(login) > 1 }`)).toContain("count(<event> [where <condition>] [<window>])");
    expect(await hover(`segment k3 { where did login in la<|>st 7 days }`)).toContain("in last <duration>");
    expect(await hover(`segment k4 { where country == "x" ign<|>oring case }`)).toContain("ASCII case folding");
  });

  test("segments show description, owner and tags", async () => {
    const h = await hover(`segment h6 { where in power_<|>users }`);
    expect(h).toContain("Engaged customers on the top plan.");
    expect(h).toContain("growth");
    expect(h).toContain("engagement");
  });

  test("segments show a SQL preview in the default dialect (sqlite)", async () => {
    const h = await hover(`segment h7 { where in power_<|>users }`);
    expect(h).toContain("SQL (sqlite)");
    expect(h).toContain("```sql");
    expect(h.toLowerCase()).toContain("select");
  });

  test("the SQL preview is of the text as it is, even while the check waits for its debounce", async () => {
    const slow = await LspClient.start(fx.root, { configuration: { diagnosticsDelay: 5000 } });
    try {
      const uri = uriOf(fx.path("preview.seg"));
      await slow.open(uri, `segment fresh_preview = plan == "pro"\n`);
      await slow.diagnosticsFor(uri);
      await slow.change(uri, `segment fresh_preview = plan == "enterprise"\n`);
      const h = await slow.request<Hover>("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 10 } });
      const text = (h.contents as { value: string }).value;
      expect(text).toContain("'enterprise'");
      expect(text).not.toContain("'pro'");
    } finally {
      await slow.stop();
    }
  });

  test("seg.previewDialect chooses the preview's dialect (workspace configuration)", async () => {
    const other = await LspClient.start(fx.root, { configuration: { previewDialect: "postgres" } });
    try {
      const uri = uriOf(fx.path("segments.seg"));
      await other.open(uri, fx.texts["segments.seg"]!);
      await other.diagnosticsFor(uri);
      const h = await other.request<Hover>("textDocument/hover", {
        textDocument: { uri },
        position: fx.named["segments.seg"]!.power_ref!.start,
      });
      const text = (h.contents as { value: string }).value;
      expect(text).toContain("SQL (postgres)");
      expect(text.toLowerCase()).toContain("select");
    } finally {
      await other.stop();
    }
  });
});

describe("navigation", () => {
  test("go to definition across files", async () => {
    const s = await scratch(`segment n1 { where in power_<|>users and plan == "pro" }`);
    const loc = await client.request<Location>("textDocument/definition", { textDocument: { uri: s.uri }, position: s.pos });
    expect(loc).toEqual({ uri: uriOf(fx.path("segments.seg")), range: fx.named["segments.seg"]!.power_users });
    await client.close(s.uri);
  });

  test("find references, with and without the declaration", async () => {
    const uri = uriOf(fx.path("segments.seg"));
    const pos = fx.named["segments.seg"]!.plan_use1!.start;
    const refs = await client.request<Location[]>("textDocument/references", {
      textDocument: { uri },
      position: pos,
      context: { includeDeclaration: true },
    });
    expect(refs).toContainEqual({ uri: uriOf(fx.path("schema.seg")), range: fx.named["schema.seg"]!.plan });
    expect(refs).toContainEqual({ uri, range: fx.named["segments.seg"]!.plan_use1 });
    const noDecl = await client.request<Location[]>("textDocument/references", {
      textDocument: { uri },
      position: pos,
      context: { includeDeclaration: false },
    });
    expect(noDecl).not.toContainEqual({ uri: uriOf(fx.path("schema.seg")), range: fx.named["schema.seg"]!.plan });
  });

  test("a segment block's `tags` keyword is no reference to an attribute `tags`", async () => {
    const uri = uriOf(fx.path("segments.seg"));
    const position = fx.named["segments.seg"]!.tags_kw!.start;
    expect(await client.request("textDocument/hover", { textDocument: { uri }, position })).toBeNull();
    expect(await client.request("textDocument/definition", { textDocument: { uri }, position })).toBeNull();
    await expect(client.request("textDocument/prepareRename", { textDocument: { uri }, position })).rejects.toThrow(/can be renamed/);
  });

  test("rename a segment across files", async () => {
    const uri = uriOf(fx.path("segments.seg"));
    const pos = fx.named["segments.seg"]!.power_ref!.start;
    const prep = await client.request<{ range: unknown; placeholder: string }>("textDocument/prepareRename", { textDocument: { uri }, position: pos });
    expect(prep.placeholder).toBe("power_users");
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", { textDocument: { uri }, position: pos, newName: "engaged" });
    const edits = edit.changes![uri]!;
    expect(edits.map((e) => e.range)).toEqual(
      expect.arrayContaining([fx.named["segments.seg"]!.power_users, fx.named["segments.seg"]!.power_ref]),
    );
    expect(applyEdits(fx.texts["segments.seg"]!, edits)).toContain("in engaged");
  });

  test("rename an attribute keeps its column", async () => {
    const uri = uriOf(fx.path("segments.seg"));
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", {
      textDocument: { uri },
      position: fx.named["segments.seg"]!.country_use!.start,
      newName: "nation",
    });
    const schema = applyEdits(fx.texts["schema.seg"]!, edit.changes![uriOf(fx.path("schema.seg"))]!);
    expect(schema).toContain('nation: string column "country"');
    expect(applyEdits(fx.texts["segments.seg"]!, edit.changes![uri]!)).toContain('nation == "US"');
  });

  test("references and definition sent right after an edit answer for the edited text", async () => {
    // the check runs in a worker; these requests wait for the check of the newest edit
    const s = await scratch(`segment fresh_a { where age > 1 }\nsegment fresh_b { where in fresh_a }\n`);
    const edited = mark(`segment «def:fresh_c» { where age > 1 }\nsegment fresh_b { where in «use:fresh_c» }\n`);
    await client.change(s.uri, edited.text);
    const refs = await client.request<Location[]>("textDocument/references", {
      textDocument: { uri: s.uri },
      position: edited.named.use!.start,
      context: { includeDeclaration: true },
    });
    expect(refs).toEqual(
      expect.arrayContaining([
        { uri: s.uri, range: edited.named.def },
        { uri: s.uri, range: edited.named.use },
      ]),
    );
    expect(refs).toHaveLength(2);
    const loc = await client.request<Location>("textDocument/definition", { textDocument: { uri: s.uri }, position: edited.named.use!.start });
    expect(loc).toEqual({ uri: s.uri, range: edited.named.def });
    await client.close(s.uri);
  });

  test("rename refuses invalid or taken names with an error", async () => {
    const uri = uriOf(fx.path("segments.seg"));
    const position = fx.named["segments.seg"]!.power_ref!.start;
    for (const newName of ["1abc", "and", "big", "has space"])
      await expect(client.request("textDocument/rename", { textDocument: { uri }, position, newName })).rejects.toThrow();
    // Names the checker would then reject (SEG1028, SEG1030, SEG1027) are refused up front.
    const refusals: [string, RegExp][] = [
      ["Big", /differs from the segment `big` only in case/],
      ["__proto__", /`__proto__` cannot be a name/],
      ["s".repeat(64), /at most 63 characters/],
    ];
    for (const [newName, reason] of refusals)
      await expect(client.request("textDocument/rename", { textDocument: { uri }, position, newName })).rejects.toThrow(reason);
  });

  test("document symbols (outline) and workspace symbols", async () => {
    const syms = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: uriOf(fx.path("schema.seg")) } });
    const user = syms.find((s) => s.name === "user")!;
    expect(user.selectionRange).toEqual(fx.named["schema.seg"]!.user);
    expect(user.children!.map((c) => c.name)).toEqual(expect.arrayContaining(["country", "plan", "account"]));
    expect(syms.find((s) => s.name === "events of user")!.children!.map((c) => c.name)).toEqual(["login", "feature_used", "purchase"]);
    const ws = await client.request<SymbolInformation[]>("workspace/symbol", { query: "pwusr" });
    expect(ws.map((s) => s.name)).toContain("power_users");
    expect(ws.find((s) => s.name === "power_users")!.location.range).toEqual(fx.named["segments.seg"]!.power_users);
  });

  test("a run of comments folds only comments alone on their lines, never the code of a trailing one", async () => {
    const s = await scratch(`// Paid users\nsegment f1 = plan == "pro" // the pro plan\n// one\n// two\nsegment f2 { where age > 1 // a\n  and age < 99 // b\n}\n`);
    const folds = await client.request<FoldingRange[]>("textDocument/foldingRange", { textDocument: { uri: s.uri } });
    await client.close(s.uri);
    expect(folds.filter((f) => f.kind === "comment").map((f) => [f.startLine, f.endLine])).toEqual([[2, 3]]);
    // a block comment whose last line goes on with code folds up to the line before
    const b = await scratch(`/* about\n   the next\n   segment */ segment f3 = age > 1\n`);
    const blockFolds = await client.request<FoldingRange[]>("textDocument/foldingRange", { textDocument: { uri: b.uri } });
    await client.close(b.uri);
    expect(blockFolds.filter((f) => f.kind === "comment").map((f) => [f.startLine, f.endLine])).toEqual([[0, 1]]);
  });

  test("folding ranges cover multi-line declarations", async () => {
    const folds = await client.request<FoldingRange[]>("textDocument/foldingRange", { textDocument: { uri: uriOf(fx.path("schema.seg")) } });
    const userLine = fx.named["schema.seg"]!.user!.start.line;
    expect(folds.some((f) => f.startLine === userLine && f.endLine > userLine + 5)).toBe(true);
  });
});

describe("editing aids", () => {
  test("semantic tokens classify keywords, names, strings and comments", async () => {
    const s = await scratch(`/// doc\nsegment st1 { where plan == "pro" and in power_users }\nsegment st2 {\n  tags ["a"]\n  where tags has "beta"\n}\n`);
    const legend = ["keyword", "string", "number", "comment", "variable", "property", "function", "type", "enumMember", "event", "class", "operator", "parameter", "namespace"];
    const toks = await client.request<SemanticTokens>("textDocument/semanticTokens/full", { textDocument: { uri: s.uri } });
    const decoded: { line: number; char: number; len: number; type: string; mods: number }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < toks.data.length; i += 5) {
      line += toks.data[i]!;
      char = toks.data[i]! === 0 ? char + toks.data[i + 1]! : toks.data[i + 1]!;
      decoded.push({ line, char, len: toks.data[i + 2]!, type: legend[toks.data[i + 3]!]!, mods: toks.data[i + 4]! });
    }
    const at = (l: number, word: string) => {
      const c = s.text.split("\n")[l]!.indexOf(word);
      return decoded.find((d) => d.line === l && d.char === c);
    };
    expect(at(0, "/// doc")?.type).toBe("comment");
    expect(at(1, "segment")?.type).toBe("keyword");
    expect(at(1, "st1")?.type).toBe("class");
    expect(at(1, "st1")!.mods & 1).toBe(1); // declaration
    expect(at(1, "plan")?.type).toBe("property");
    expect(at(1, '"pro"')?.type).toBe("string");
    expect(at(1, "power_users")?.type).toBe("class");
    // a soft keyword: the clause `tags [` is the keyword, the attribute `tags has` a name
    expect(at(3, "tags")?.type).toBe("keyword");
    expect(at(4, "tags")?.type).toBe("property");
    await client.close(s.uri);
  });

  test("quick fixes for diagnostics that carry a fix", async () => {
    const s = await scratch(`segment qf1 = contry == "US"\n`);
    const diags = await client.diagnosticsFor(s.uri, 1);
    const d = diags.find((x) => x.code === "SEG1001")!;
    expect(d).toBeDefined();
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: s.uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    expect(actions.length).toBe(1);
    expect(actions[0]!.kind).toBe("quickfix");
    const fixed = applyEdits(s.text, actions[0]!.edit!.changes![s.uri]!);
    expect(fixed).toBe(`segment qf1 = country == "US"\n`);
    const v = await client.change(s.uri, fixed);
    expect(await client.diagnosticsFor(s.uri, v)).toEqual([]);
    await client.close(s.uri);
  });

  test("a quick fix that inserts: the missing `within` of a sequence step (SEG1033)", async () => {
    const s = await scratch(`segment qf2 = did login then feature_used then purchase within 2 hours\n`);
    const d = (await client.diagnosticsFor(s.uri, 1)).find((x) => x.code === "SEG1033")!;
    expect(d).toBeDefined();
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: s.uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    expect(actions.map((a) => a.title)).toEqual(["Add `within 2 hours`"]);
    const fixed = applyEdits(s.text, actions[0]!.edit!.changes![s.uri]!);
    expect(fixed).toBe(`segment qf2 = did login then feature_used within 2 hours then purchase within 2 hours\n`);
    const v = await client.change(s.uri, fixed);
    expect((await client.diagnosticsFor(s.uri, v)).map((x) => `${x.code} ${x.message}`)).toEqual([]);
    await client.close(s.uri);
  });

  test("signature help inside aggregates", async () => {
    const s = await scratch(`segment sh1 { where count(purchase where <|>) > 1 }`);
    const h = await client.request<SignatureHelp>("textDocument/signatureHelp", { textDocument: { uri: s.uri }, position: s.pos });
    expect(h.signatures[0]!.label).toMatch(/^count\(/);
    expect(h.activeParameter).toBe(1);
    const s2 = await scratch(`segment sh2 { where sum(<|>`);
    const h2 = await client.request<SignatureHelp>("textDocument/signatureHelp", { textDocument: { uri: s2.uri }, position: s2.pos });
    expect(h2.signatures[0]!.label).toMatch(/^sum\(<event>\.<property>/);
    expect(h2.activeParameter).toBe(0);
    await client.close(s.uri);
    await client.close(s2.uri);
  });

  test("formatting applies the formatter", async () => {
    const { format } = await import("../../compiler/index.ts");
    const messy = `segment   fm1 {where plan=="pro"   and age>3}\n`;
    const s = await scratch(messy);
    const edits = await client.request<TextEdit[]>("textDocument/formatting", {
      textDocument: { uri: s.uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    const expected = format(messy).text;
    expect(applyEdits(messy, edits)).toBe(expected);
    expect(expected).not.toBe(messy);
    await client.close(s.uri);
  });
});

describe("a document with CRLF line endings", () => {
  const formatting = (uri: string) => client.request<TextEdit[]>("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });

  // The formatter writes LF: a formatted CRLF document got a whole-document edit each time,
  // and an editor that does not convert inserted line breaks got mixed endings.
  test("formatting keeps the document's line endings and byte order mark, and a formatted document gets no edit", async () => {
    const { format } = await import("../../compiler/index.ts");
    const messy = `segment   crlf1 {where plan=="pro"   and age>3}\r\n/* a\r\n   b */\r\nsegment crlf2 = age > 3\r\n`;
    const s = await scratch(messy);
    const formatted = applyEdits(messy, await formatting(s.uri));
    expect(formatted).toBe(format(messy).text.replaceAll("\n", "\r\n"));
    await client.close(s.uri);
    const tidy = await scratch(formatted);
    expect(await formatting(tidy.uri)).toEqual([]);
    await client.close(tidy.uri);
    // a byte order mark an editor left in the text stays, as `seg fmt` keeps it
    const bom = await scratch(`\uFEFF${formatted}`);
    expect(await formatting(bom.uri)).toEqual([]);
    await client.close(bom.uri);
  });

  // The rule `seg fmt` names such a file by (lineBreaks): the first line's ending is the
  // document's, as prettier's endOfLine "auto" reads a file.
  test("formatting a document that mixes line endings writes its first line's ending on every line", async () => {
    const { format } = await import("../../compiler/index.ts");
    for (const [messy, eol] of [
      ["segment   crmix1 = age>3\r\rsegment crmix2 = age > 4\r\n", "\r"],
      ["segment   crmix3 = age>3\r\n\r\nsegment crmix4 = age > 4\r\n/* a\r   b */\n", "\r\n"],
    ] as const) {
      const s = await scratch(messy);
      expect(applyEdits(messy, await formatting(s.uri)), JSON.stringify(messy)).toBe(format(messy).text.replaceAll("\n", eol));
      await client.close(s.uri);
    }
  });

  test("rename inserts its new lines (an entity's kept table) with the document's line endings", async () => {
    const s = await scratch(`entity crlf_thing {\r\n  key id: string\r\n}\r\nsegment crlf3 of <|>crlf_thing = id == "x"\r\n`);
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", { textDocument: { uri: s.uri }, position: s.pos, newName: "crlf_other" });
    const renamed = applyEdits(s.text, edit.changes![s.uri]!);
    expect(renamed).toBe(`entity crlf_other {\r\n  table "crlf_thing"\r\n  key id: string\r\n}\r\nsegment crlf3 of crlf_other = id == "x"\r\n`);
    await client.close(s.uri);
  });
});

test("the server never wrote anything but protocol to stdout and is still alive", () => {
  expect(client.exited).toBeUndefined();
});

test("`seg lsp --stdio` (the CLI, tsx registered in the main thread only) starts its check worker", async () => {
  const cli = await LspClient.start(fx.root, { command: ["bin/seg.mjs", "lsp", "--stdio"] });
  try {
    const uri = uriOf(fx.path("cli-scratch.seg"));
    await cli.open(uri, `segment cli1 = contry == "US"\n`);
    expect((await cli.diagnosticsFor(uri, 1)).map((d) => d.code)).toEqual(["SEG1001"]);
  } finally {
    await cli.stop();
  }
});

describe("project files on disk", () => {
  test("a new file reported by the file watcher joins the project; closing a document reverts to disk", async () => {
    const { writeFileSync, unlinkSync } = await import("node:fs");
    const path = fx.path("ondisk.seg");
    writeFileSync(path, `segment disk1 = contry == "US"\n`);
    const uri = uriOf(path);
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: 1 }] });
    const diags = await client.diagnosticsFor(uri);
    expect(diags.map((d) => d.code)).toEqual(["SEG1001"]);

    // open with other content: the editor's text wins; close: back to the disk content
    await client.open(uri, `segment disk1 = country == "US"\n`);
    expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
    client.diagnostics.delete(uri);
    await client.close(uri);
    expect((await client.diagnosticsFor(uri)).map((d) => d.code)).toEqual(["SEG1001"]);

    // deleted on disk: its diagnostics are cleared
    unlinkSync(path);
    client.diagnostics.delete(uri);
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: 3 }] });
    expect(await client.diagnosticsFor(uri)).toEqual([]);
  });
});
