/**
 * Several seg projects under one workspace (a monorepo, a multi-root workspace): each is
 * checked on its own, as CI's `seg check <project folder>` checks it, and navigation stays
 * inside the document's project. Project detection and the `seg.projects` setting.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { CompletionItem, Diagnostic, Location } from "vscode-languageserver/node";
import { configuredProjects, declaredEntities, detectProjects, Projects } from "../../lsp/projects.ts";
import { LspClient, uriOf } from "./client.ts";

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

/** A schema per team: the same entity and events, one attribute of each team's own. */
const schema = (own: string) => `entity user {
  table "users"
  key id: string
  plan: string
  ${own}: number
}

events of user {
  table "events" user column "user_id" time column "at" name column "name"
  event login
}
`;

/** packages/growth/segments and packages/risk/segments, each its own project (as CI checks them). */
function writeMonorepo(): string {
  const root = mkdtempSync(join(tmpdir(), "seg-lsp-mono-"));
  for (const [team, own] of [
    ["growth", "ltv"],
    ["risk", "risk_score"],
  ] as const) {
    mkdirSync(join(root, "packages", team, "segments"), { recursive: true });
    writeFileSync(join(root, "packages", team, "segments", "schema.seg"), schema(own));
  }
  writeFileSync(join(root, "packages", "growth", "segments", "growth.seg"), `segment payers = ltv > 100\nsegment regulars = did login in last 7 days\n`);
  writeFileSync(join(root, "packages", "risk", "segments", "risk.seg"), `segment risky = risk_score > 0.8 and did login in last 7 days\n`);
  return root;
}

describe("project detection", () => {
  const files = (entries: Record<string, string[]>) => new Map(Object.entries(entries).map(([p, e]) => [join("/w", p), e]));

  test("two folders side by side that declare the same entity are two projects, however deep", () => {
    const layout = files({
      "packages/growth/segments/schema.seg": ["user"],
      "packages/growth/segments/growth.seg": [],
      "packages/risk/segments/schema.seg": ["user"],
      "packages/risk/segments/risk.seg": [],
      "tools/scratch.seg": [],
      "loose.seg": [],
    });
    expect(detectProjects("/w", layout)).toEqual(["/w/packages/growth", "/w/packages/risk", "/w/tools"]);
  });

  test("one project whose entities are declared in several folders stays one project", () => {
    const layout = files({ "users/schema.seg": ["user"], "accounts/schema.seg": ["account"], "growth/a.seg": [], "top.seg": [] });
    expect(detectProjects("/w", layout)).toEqual(["/w"]);
    // an entity declared twice in one folder is the project's error, not a second project
    expect(detectProjects("/w", files({ "schema/a.seg": ["user"], "schema/b.seg": ["user"], "x.seg": [] }))).toEqual(["/w"]);
  });

  test("the entities of a file: its entity declarations (only such a file is parsed)", () => {
    expect(declaredEntities(schema("ltv"), "/w/schema.seg")).toEqual(["user"]);
    expect(declaredEntities(`entity a {\n  table "a"\n  key id: string\n}\n  entity b {\n  table "b"\n  key id: string\n}\n`, "/w/s.seg")).toEqual(["a", "b"]);
    expect(declaredEntities(`// every entity of the schema\nsegment s = plan == "entity"\n`, "/w/s.seg")).toEqual([]);
  });

  test("a folder with no .seg file is no project; node_modules and dot-folders are not read", () => {
    expect(detectProjects("/w", new Map())).toEqual([]);
    expect(detectProjects("/w", files({ "a/s.seg": ["user"], "node_modules/x/s.seg": ["user"], ".git/s.seg": ["user"] }))).toEqual(["/w"]);
  });

  test("seg.projects: folders inside the workspace folder; nested, outside or malformed entries are reported", () => {
    const reports: string[] = [];
    const report = (m: string) => reports.push(m);
    expect(configuredProjects("/w", ["b", "./a/", "a/inner", "../x", 3, "node_modules/y"], report)).toEqual(["/w/a", "/w/b"]);
    expect(reports.join("\n")).toMatch(/`a\/inner` lies inside `a`/);
    expect(reports.join("\n")).toMatch(/"\.\.\/x" is not a folder inside the workspace folder/);
    expect(reports.join("\n")).toMatch(/3 is not a folder/);
    expect(reports.join("\n")).toMatch(/"node_modules\/y" is not a folder/);
    expect(configuredProjects("/w", undefined, report)).toBeUndefined();
    expect(configuredProjects("/w", [], report)).toBeUndefined();
    expect(configuredProjects("/w", "packages", report)).toBeUndefined();
    expect(reports.at(-1)).toMatch(/must be a list of folders/);
    expect(configuredProjects("/w", ["."], report)).toEqual(["/w"]);
  });
});

describe("a monorepo opened at its root", () => {
  let root: string;
  let client: LspClient;
  const path = (...p: string[]) => join(root, "packages", ...p);

  beforeAll(async () => {
    root = writeMonorepo();
    client = await LspClient.start(root);
  });

  afterAll(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test("each project is checked on its own: no entity `declared 2 times`, each its own schema", async () => {
    const uri = uriOf(path("growth", "segments", "growth.seg"));
    await client.open(uri, `segment payers = ltv > 100\nsegment scored = risk_score > 1\n`);
    // risk_score is the other project's attribute
    expect(codes(await client.diagnosticsFor(uri, 1))).toEqual(["SEG1001"]);
    // answered after the check: every file's diagnostics are out by then
    const ltv = await client.request<Location>("textDocument/definition", { textDocument: { uri }, position: { line: 0, character: 18 } });
    expect(ltv.uri).toBe(uriOf(path("growth", "segments", "schema.seg")));
    for (const team of ["growth", "risk"]) {
      const schemaUri = uriOf(path(team, "segments", "schema.seg"));
      expect(client.diagnostics.get(schemaUri)?.diagnostics ?? []).toEqual([]);
    }
    await client.close(uri);
  });

  test("definition, references and completion stay in the document's project", async () => {
    const uri = uriOf(path("risk", "segments", "risk.seg"));
    const text = `segment risky = risk_score > 0.8 and did login in last 7 days\nsegment both = in \n`;
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const login = { textDocument: { uri }, position: { line: 0, character: 43 } };
    const def = await client.request<Location>("textDocument/definition", login);
    expect(def.uri).toBe(uriOf(path("risk", "segments", "schema.seg")));
    const refs = await client.request<Location[]>("textDocument/references", { ...login, context: { includeDeclaration: true } });
    expect(new Set(refs.map((r) => r.uri))).toEqual(new Set([uriOf(path("risk", "segments", "schema.seg")), uri]));
    const items = await client.request<CompletionItem[]>("textDocument/completion", { textDocument: { uri }, position: { line: 1, character: 18 } });
    const labels = items.map((i) => i.label);
    expect(labels).toContain("risky");
    expect(labels).not.toContain("payers");
    await client.close(uri);
  });

  test("an unsaved document joins neither of two projects: it is checked with the other unsaved documents", async () => {
    const uri = "untitled:Untitled-1";
    await client.open(uri, `segment payers = ltv > 1\nsegment scored = risk_score > 1\n`);
    // in either project one of the two attributes would be unknown (SEG1001); alone, no
    // entity is declared at all (SEG1009), as `seg check` of the one file says
    expect(codes(await client.diagnosticsFor(uri, 1))).toEqual(["SEG1009", "SEG1009"]);
    await client.close(uri);
  });

  test("a file moved to the other project is checked with that project's schema", async () => {
    const from = path("growth", "segments", "scored.seg");
    const to = path("risk", "segments", "scored.seg");
    writeFileSync(from, `segment scored = risk_score > 0.5\n`);
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(from), type: 1 }] });
    expect(codes(await client.diagnosticsFor(uriOf(from)))).toEqual(["SEG1001"]);
    renameSync(from, to);
    client.diagnostics.delete(uriOf(from));
    // A closed file without problems is never reported: ask for its project's symbols, at
    // once, as an editor may (in one write: the server has the request before it has read
    // the moved file, as a loaded machine has it now and then).
    const { def } = await client.inOneWrite(() => {
      void client.conn.sendNotification("workspace/didChangeWatchedFiles", {
        changes: [
          { uri: uriOf(from), type: 3 },
          { uri: uriOf(to), type: 1 },
        ],
      });
      return { def: client.request<Location | null>("textDocument/definition", { textDocument: { uri: uriOf(to) }, position: { line: 0, character: 18 } }) };
    });
    expect((await def)?.uri).toBe(uriOf(path("risk", "segments", "schema.seg")));
    expect(await client.diagnosticsFor(uriOf(from))).toEqual([]);
    expect(client.diagnostics.get(uriOf(to))?.diagnostics ?? []).toEqual([]);
  });

  test("a project copied in beside the others is one of its own, and takes in its open document", async () => {
    // billing starts as a copy of risk (`cp -r`): the same entity side by side
    cpSync(path("risk"), path("billing"), { recursive: true });
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(path("billing")), type: 1 }] });
    const uri = uriOf(path("billing", "segments", "risk.seg"));
    // opened while the new folder is read: of no project (syntax only) until it is
    await client.open(uri, `segment risky = risk_score > 0.8 and did login in last 7 days\nsegment typo = risk_scor > 1\n`);
    const now = () => client.diagnostics.get(uri)?.diagnostics ?? [];
    expect(codes(await client.waitFor(() => now().length > 0 && now()))).toEqual(["SEG1001"]);
    expect(client.diagnostics.get(uriOf(path("billing", "segments", "schema.seg")))?.diagnostics ?? []).toEqual([]);
    await client.close(uri);
  });
});

test("a project folder that declares its entity twice, once per subfolder, is split only when seg.projects does not say otherwise", async () => {
  const root = writeMonorepo();
  // as `seg check .` of the whole repository: one project, the duplicates shown
  const client = await LspClient.start(root, { configuration: { projects: ["."] } });
  try {
    const uri = uriOf(join(root, "packages", "growth", "segments", "schema.seg"));
    await client.open(uri, schema("ltv"));
    expect(codes(await client.diagnosticsFor(uri, 1))).toContain("SEG1006");
  } finally {
    await client.stop();
  }
  // only growth listed: risk's files are in no project and get syntax errors only
  const only = await LspClient.start(root, { initializationOptions: { projects: ["packages/growth/segments"] } });
  try {
    const uri = uriOf(join(root, "packages", "risk", "segments", "risk.seg"));
    await only.open(uri, `segment risky = no_such_attribute > 1\nsegment broken = \n`);
    expect(codes(await only.diagnosticsFor(uri, 1))).toEqual(["SEG0001"]);
  } finally {
    await only.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test("a multi-root workspace: each workspace folder is its own project", async () => {
  const root = writeMonorepo();
  const folders = ["growth", "risk"].map((t) => uriOf(join(root, "packages", t)));
  const client = await LspClient.start(undefined, { workspaceFolders: folders });
  try {
    const uri = uriOf(join(root, "packages", "risk", "segments", "risk.seg"));
    await client.open(uri, `segment risky = risk_score > 0.8\nsegment payers = ltv > 1\n`);
    expect(codes(await client.diagnosticsFor(uri, 1))).toEqual(["SEG1001"]);
    expect(client.diagnostics.get(uriOf(join(root, "packages", "risk", "segments", "schema.seg")))?.diagnostics ?? []).toEqual([]);
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test("a .seg link to a FIFO outside the project is refused (SEG9002), not read: the project still loads", async () => {
  // from an untrusted pull request: reading the FIFO would block the load for good
  const base = mkdtempSync(join(tmpdir(), "seg-lsp-fifo-"));
  const proj = join(base, "proj");
  mkdirSync(proj);
  execFileSync("mkfifo", [join(base, "outside.fifo")]);
  symlinkSync(join(base, "outside.fifo"), join(proj, "evil.seg"));
  writeFileSync(join(proj, "schema.seg"), schema("ltv"));
  const client = await LspClient.start(proj);
  try {
    const uri = uriOf(join(proj, "growth.seg"));
    await client.open(uri, `segment payers = ltvv > 100\n`);
    expect(codes(await client.diagnosticsFor(uri, 1))).toEqual(["SEG1001"]);
    const [refused] = await client.diagnosticsFor(uriOf(join(proj, "evil.seg")));
    expect(refused!.code).toBe("SEG9002");
    expect(refused!.message).toContain("outside the project folder");
  } finally {
    await client.stop();
    rmSync(base, { recursive: true, force: true });
  }
});

test("shutdown while the projects load: requests waiting for the load are released, and no project starts after", async () => {
  const root = writeMonorepo();
  const projects = new Projects({ delay: 0, onChecked: () => {}, onUnreadable: () => {}, onError: () => {} }, () => {});
  try {
    projects.setFolders([root], []);
    const loading = projects.load();
    let released = false;
    void projects.loaded.then(() => (released = true));
    // the load is reading the folder: shutdown comes now
    projects.dispose();
    await Promise.resolve();
    // the server's definition or references request goes on to be refused (InvalidRequest)
    expect(released).toBe(true);
    await loading;
    expect(projects.all()).toHaveLength(1); // the documents' alone
  } finally {
    projects.dispose();
    rmSync(root, { recursive: true, force: true });
  }
});

test("a workspace folder inside another is part of the outer one, as `seg check` of the outer folder reads it", async () => {
  const root = mkdtempSync(join(tmpdir(), "seg-lsp-nested-"));
  mkdirSync(join(root, "segments"));
  writeFileSync(join(root, "segments", "schema.seg"), schema("ltv"));
  writeFileSync(join(root, "other.seg"), `segment pro = plan == "x"\nsegment top = ltv > 1\n`);
  const client = await LspClient.start(undefined, { workspaceFolders: [uriOf(root), uriOf(join(root, "segments"))] });
  try {
    const uri = uriOf(join(root, "segments", "a.seg"));
    await client.open(uri, `segment pro = plan == "pro"\nsegment uses = in top\n`);
    // one project, `seg check <root>`'s: `pro` is declared twice, `top` is known; checked
    // apart, the segments folder alone would say the opposite
    const own = () => client.diagnostics.get(uri);
    expect(codes(await client.waitFor(() => own()?.version === 1 && own()!.diagnostics))).toEqual(["SEG1006"]);
    expect(codes(await client.diagnosticsFor(uriOf(join(root, "other.seg"))))).toEqual(["SEG1006"]);
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
