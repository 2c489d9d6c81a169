/**
 * The project on disk as the language server sees it while files and folders change under
 * it: folders deleted or moved in, files the project must not take in (node_modules,
 * dot-folders, other URI schemes, copies outside the workspace), files that are not UTF-8,
 * and a watched-file event racing the editor's didOpen.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Diagnostic } from "vscode-languageserver/node";
import { LspClient, uriOf } from "./client.ts";

const SCHEMA = `entity user {
  table "users"
  key id: string
  country: string
}
`;

let root: string;
let client: LspClient;
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);
const watched = (changes: { uri: string; type: 1 | 2 | 3 }[]) => client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "seg-lsp-disk-"));
  writeFileSync(join(root, "schema.seg"), SCHEMA);
  writeFileSync(join(root, "main.seg"), `segment uses_sub = in from_sub\n`);
  mkdirSync(join(root, "sub"));
  writeFileSync(join(root, "sub", "extra.seg"), `segment from_sub = country == "FR"\nsegment sub_typo = contry == "x"\n`);
  writeFileSync(join(root, "latin.seg"), Buffer.from(`segment caf = country == "caf\xe9"\n`, "latin1"));
  client = await LspClient.start(root);
});

afterAll(async () => {
  await client?.stop();
  rmSync(root, { recursive: true, force: true });
});

test("a file that is not UTF-8 gets the error `seg check` gives, until it is saved as UTF-8", async () => {
  const uri = uriOf(join(root, "latin.seg"));
  const [d] = await client.diagnosticsFor(uri);
  expect(d!.code).toBe("SEG9001");
  expect(d!.message).toContain("is not valid UTF-8 (line 1, column 30)");
  client.diagnostics.delete(uri);
  writeFileSync(join(root, "latin.seg"), `segment caf = country == "café"\n`);
  await watched([{ uri, type: 2 }]);
  expect(await client.diagnosticsFor(uri)).toEqual([]);
});

test("a closed file saved with a UTF-8 byte order mark: positions on line 1 are the editor's, which drops the mark", async () => {
  const path = join(root, "bom.seg");
  writeFileSync(path, `\uFEFFsegment bom_typo = contry == "x"\n`);
  const uri = uriOf(path);
  await watched([{ uri, type: 1 }]);
  const [d] = await client.diagnosticsFor(uri);
  expect(d!.range.start).toEqual({ line: 0, character: 19 });
});

test("a file linked out of the project gets the error `seg check` gives, and is never read", async () => {
  const outside = mkdtempSync(join(tmpdir(), "seg-lsp-secret-"));
  writeFileSync(join(outside, "secret.txt"), "AWS_SECRET=hunter2\n");
  symlinkSync(join(outside, "secret.txt"), join(root, "env.seg"));
  const uri = uriOf(join(root, "env.seg"));
  try {
    await watched([{ uri, type: 1 }]);
    const [d] = await client.diagnosticsFor(uri);
    expect(d!.code).toBe("SEG9002");
    expect(d!.message).toContain("outside the project folder");
    expect(JSON.stringify([...client.diagnostics.values()])).not.toContain("hunter2");
  } finally {
    rmSync(join(root, "env.seg"));
    await watched([{ uri, type: 3 }]);
    rmSync(outside, { recursive: true });
  }
});

test("a deleted folder takes its files out of the project; a folder moved in brings them back", async () => {
  const extra = uriOf(join(root, "sub", "extra.seg"));
  const main = uriOf(join(root, "main.seg"));
  expect(codes(await client.diagnosticsFor(extra))).toEqual(["SEG1001"]);
  client.diagnostics.delete(extra);
  rmSync(join(root, "sub"), { recursive: true });
  // an editor reports the folder, not the files in it
  await watched([{ uri: uriOf(join(root, "sub")), type: 3 }]);
  expect(await client.diagnosticsFor(extra)).toEqual([]);
  const mainNow = () => client.diagnostics.get(main)?.diagnostics ?? [];
  expect(codes(await client.waitFor(() => mainNow().length > 0 && mainNow()))).toEqual(["SEG1004"]);

  mkdirSync(join(root, "moved", "deeper"), { recursive: true });
  writeFileSync(join(root, "moved", "deeper", "extra.seg"), `segment from_sub = country == "FR"\n`);
  await watched([{ uri: uriOf(join(root, "moved")), type: 1 }]);
  expect(await client.waitFor(() => mainNow().length === 0 && mainNow())).toEqual([]);
});

test("files under node_modules, dot-folders, other schemes and outside the folder stay out of the project", async () => {
  const dup = `segment from_sub = country == "DE"\n`;
  mkdirSync(join(root, "node_modules", "pkg"), { recursive: true });
  mkdirSync(join(root, ".hidden"));
  writeFileSync(join(root, "node_modules", "pkg", "dup.seg"), dup);
  writeFileSync(join(root, ".hidden", "dup.seg"), dup);
  await watched([
    { uri: uriOf(join(root, "node_modules", "pkg", "dup.seg")), type: 2 },
    { uri: uriOf(join(root, ".hidden", "dup.seg")), type: 1 },
  ]);
  // a diff view's copy of a project file, and a copy elsewhere: syntax only
  const gitUri = `git:${join(root, "moved", "deeper", "extra.seg")}?%7B%22ref%22%3A%22HEAD%22%7D`;
  await client.open(gitUri, dup);
  expect(await client.diagnosticsFor(gitUri, 1)).toEqual([]);
  const elsewhere = mkdtempSync(join(tmpdir(), "seg-lsp-elsewhere-"));
  const outside = uriOf(join(elsewhere, "copy.seg"));
  await client.open(outside, `${dup}segment broken = \n`);
  expect(codes(await client.diagnosticsFor(outside, 1))).toEqual(["SEG0001"]);

  // but they keep the features of one file: outline, folding, hover
  const symbols = await client.request<{ name: string }[]>("textDocument/documentSymbol", { textDocument: { uri: outside } });
  expect(symbols.map((x) => x.name)).toEqual(["from_sub", "broken"]);
  const hover = await client.request<{ contents: unknown } | null>("textDocument/hover", { textDocument: { uri: gitUri }, position: { line: 0, character: 20 } });
  expect(JSON.stringify(hover)).toContain("country");

  // a check of the project after all that: no duplicate of from_sub anywhere
  const probe = uriOf(join(root, "probe.seg"));
  await client.open(probe, `segment probe = in from_sub\n`);
  expect(await client.diagnosticsFor(probe, 1)).toEqual([]);
  const moved = client.diagnostics.get(uriOf(join(root, "moved", "deeper", "extra.seg")));
  expect(moved === undefined || moved.diagnostics.length === 0).toBe(true);
  expect([...client.diagnostics.keys()].filter((u) => u.includes("dup.seg"))).toEqual([]);
  await client.close(gitUri);
  await client.close(outside);
  await client.close(probe);
  rmSync(elsewhere, { recursive: true });
});

test("a watched-file event just before the editor opens the file: the editor's text wins", async () => {
  const path = join(root, "race.seg");
  const uri = uriOf(path);
  writeFileSync(path, `segment race = contry == "disk"\n`);
  // in one write: the server has both queued, and reads the disk while the document opens
  // (two writes would let a loaded machine run the disk's check in between, now and then)
  await client.inOneWrite(() => {
    void watched([{ uri, type: 1 }]);
    void client.open(uri, `segment race = country == "editor"\n`);
  });
  // the open document's diagnostics: a publication of the disk text has no version
  expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
  // and stays so after the check that follows the disk read
  const version = await client.change(uri, `segment race = country == "editor2"\n`);
  expect(await client.diagnosticsFor(uri, version)).toEqual([]);
  await client.close(uri);
});

test("a folder named like a file (`moved.seg`) brings its files in", async () => {
  const main = uriOf(join(root, "main.seg"));
  writeFileSync(join(root, "main.seg"), `segment uses_sub = in from_sub\nsegment uses_folder = in in_folder\n`);
  await watched([{ uri: main, type: 2 }]);
  const mainNow = () => client.diagnostics.get(main)?.diagnostics ?? [];
  expect(codes(await client.waitFor(() => mainNow().length > 0 && mainNow()))).toEqual(["SEG1004"]);
  mkdirSync(join(root, "moved.seg"));
  writeFileSync(join(root, "moved.seg", "inside.seg"), `segment in_folder = country == "IT"\n`);
  await watched([{ uri: uriOf(join(root, "moved.seg")), type: 1 }]);
  expect(await client.waitFor(() => mainNow().length === 0 && mainNow())).toEqual([]);
});

test("a workspace folder of another scheme (vscode-vfs): its open documents are the project", async () => {
  const vfs = await LspClient.start(undefined, { workspaceFolders: ["vscode-vfs://github/acme/segs"] });
  try {
    await vfs.open("vscode-vfs://github/acme/segs/schema.seg", SCHEMA);
    const main = "vscode-vfs://github/acme/segs/main.seg";
    await vfs.open(main, `segment fr = contry == "FR"\n`);
    expect(codes(await vfs.diagnosticsFor(main, 1))).toEqual(["SEG1001"]);
  } finally {
    await vfs.stop();
  }
});

test("a document outside the folder opened at once, before the project is read, stays out of it", async () => {
  const elsewhere = mkdtempSync(join(tmpdir(), "seg-lsp-early-"));
  const early = await LspClient.start(root, { configuration: {} });
  try {
    const dup = uriOf(join(elsewhere, "dup.seg"));
    await early.open(dup, `segment uses_sub = country == "DE"\n`);
    const probe = uriOf(join(root, "probe2.seg"));
    await early.open(probe, `segment probe2 = in uses_sub\n`);
    expect(await early.diagnosticsFor(probe, 1)).toEqual([]);
    // the project's symbols (after a check of the latest edits) know one uses_sub, main.seg's
    const symbols = await early.request<{ name: string; location: { uri: string } }[]>("workspace/symbol", { query: "uses_sub" });
    expect(symbols.filter((x) => x.name === "uses_sub").map((x) => x.location.uri)).toEqual([uriOf(join(root, "main.seg"))]);
  } finally {
    await early.stop();
    rmSync(elsewhere, { recursive: true });
  }
});

test("a workspace folder that is a symbolic link: the file opened by its real path is the same file", async () => {
  const real = mkdtempSync(join(tmpdir(), "seg-lsp-real-"));
  const link = join(tmpdir(), `seg-lsp-link-${process.pid}`);
  writeFileSync(join(real, "schema.seg"), SCHEMA);
  writeFileSync(join(real, "a.seg"), `segment a = country == "FR"\n`);
  symlinkSync(real, link);
  const linked = await LspClient.start(link);
  try {
    const uri = uriOf(join(real, "a.seg"));
    await linked.open(uri, `segment a = country == "FR"\nsegment b = in a\n`);
    expect(await linked.diagnosticsFor(uri, 1)).toEqual([]);
  } finally {
    await linked.stop();
    rmSync(link);
    rmSync(real, { recursive: true });
  }
});
