/**
 * Typing in a large document: a burst of edits is parsed on the server's main thread once,
 * not once per edit (a parse per keystroke of a 5,000-line file kept every request, for any
 * file, waiting behind the burst's parses), nor once per edit in the check worker; a request
 * the editor cancelled at the next keystroke is not computed. The server's trace
 * (SEG_LSP_TRACE) logs each parse, on the main thread and in the worker; the tests count them.
 * Then what happens around a check still running: a document closed meanwhile, a shutdown.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes } from "vscode-languageserver/node";
import { LspClient, uriOf } from "./client.ts";

const SCHEMA = `entity user {
  table "users"
  key id: string
  plan: string
}
events of user {
  table "events"
  user column "user_id"
  time column "at"
  name column "name"
  event login
}
`;
const BIG = Array.from({ length: 1000 }, (_, i) => `segment big_${i} {\n  where plan == "pro" and did login in last ${i + 1} days\n}\n`).join("\n");

const SMALL = `segment pro = plan == "pro"\n`;

let root: string;
let big: string;
let uri: string;
let client: LspClient;
// The trace's log messages, one entry each (window/logMessage).
const parsesOf = (file: string): number => client.stderr.filter((m) => m.startsWith(`seg: parse ${file} `)).length;
const workerParsesOf = (file: string): number => client.stderr.filter((m) => m.startsWith(`seg: worker parse ${file} `)).length;

/**
 * As an editor sends keystrokes: one notification after the other, without waiting, in one
 * write (the server has them all queued whatever the machine's load). Returns the last version.
 */
async function typeSpaces(uri: string, keystrokes: number): Promise<number> {
  const sent = await client.inOneWrite(() =>
    Array.from({ length: keystrokes }, () => client.edit(uri, { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, " ")),
  );
  return (await Promise.all(sent)).at(-1)!;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "seg-lsp-typing-"));
  writeFileSync(join(root, "schema.seg"), SCHEMA);
  big = join(root, "big.seg");
  uri = uriOf(big);
  writeFileSync(big, BIG);
  writeFileSync(join(root, "small.seg"), SMALL);
  process.env.SEG_LSP_TRACE = "1";
  try {
    client = await LspClient.start(root);
  } finally {
    delete process.env.SEG_LSP_TRACE;
  }
});

afterAll(async () => client?.stop());

test("a burst of 20 edits to a 4,000-line document costs one main-thread parse before the next request", async () => {
  await client.open(uri, BIG);
  expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
  // After the first check, the server parses the project's files while idle.
  await client.waitFor(() => parsesOf(big) > 0, undefined, "the idle parse of big.seg");
  const before = parsesOf(big);
  const version = await typeSpaces(uri, 20);
  const symbols = await client.request<{ name: string }[]>("textDocument/documentSymbol", { textDocument: { uri } });
  expect(symbols).toHaveLength(1000);
  expect(parsesOf(big) - before).toBe(1);
  // The check of the newest text still comes, and the document is parsed for it no more.
  expect(await client.diagnosticsFor(uri, version)).toEqual([]);
  expect(parsesOf(big) - before).toBe(1);
});

test("the check worker parses only the newest text of a burst of edits", async () => {
  const before = workerParsesOf(big);
  const version = await typeSpaces(uri, 20);
  expect(await client.diagnosticsFor(uri, version)).toEqual([]);
  // The edits reach the worker in one or a few batches (it may start on the first alone).
  expect(workerParsesOf(big) - before).toBeLessThanOrEqual(3);
});

test("a completion cancelled while it waits in the queue is answered RequestCancelled at once, without running", async () => {
  // The completion's trace line, logged before its answer whenever its handler runs.
  const completionsRun = (): number => client.stderr.filter((m) => m.startsWith("seg: completion parse ")).length;
  const before = completionsRun();
  // As a busy editor sends them: the edit, a request that parses its text (the outline), the
  // completion at the keystroke and its cancel at the next, in one write, so the server has
  // them all queued before it handles the first.
  const cancelled = new CancellationTokenSource();
  const answered: string[] = [];
  const { outline, completion } = await client.inOneWrite(() => {
    void client.edit(uri, { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, " ");
    const outline = client.request<unknown[]>("textDocument/documentSymbol", { textDocument: { uri } });
    const completion = client.conn.sendRequest("textDocument/completion", { textDocument: { uri }, position: { line: 1, character: 3 } }, cancelled.token);
    cancelled.cancel();
    void outline.then(() => answered.push("outline"));
    void completion.catch(() => answered.push("completion"));
    return { outline, completion };
  });
  await expect(completion).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
  expect(await outline).toHaveLength(1000);
  expect(completionsRun()).toBe(before);
  // answered as the cancel is read, not after the outline's parse of 4,000 lines
  expect(answered).toEqual(["completion", "outline"]);
  // The same request, not cancelled, runs (and logs its line).
  const items = await client.request<unknown[]>("textDocument/completion", { textDocument: { uri }, position: { line: 1, character: 3 } });
  expect(items.length).toBeGreaterThan(0);
  expect(completionsRun()).toBe(before + 1);
});

test("diagnostics of a document's unsaved text are not published once it is closed; the disk text's follow", async () => {
  // No debounce: the check of the edit is running when the document closes.
  const other = await LspClient.start(root, { initializationOptions: { diagnosticsDelay: 0 } });
  try {
    const small = uriOf(join(root, "small.seg"));
    await other.open(small, SMALL);
    expect(await other.diagnosticsFor(small, 1)).toEqual([]);
    other.diagnostics.delete(small);
    // in one write: the server has the close before the edit's check is done (sent apart, on a
    // loaded machine the check could be published before the close was read, rightly)
    const version = await other.inOneWrite(() => {
      const edited = other.edit(small, { start: { line: 0, character: 14 }, end: { line: 0, character: 18 } }, "plann");
      void other.close(small);
      return [edited];
    }).then(([edited]) => edited!);
    const published: (number | undefined)[] = [];
    await other.waitFor(() => {
      const p = other.diagnostics.get(small);
      if (p) published.push(p.version);
      return p && p.version === undefined;
    });
    expect(published).not.toContain(version);
    expect(other.diagnostics.get(small)!.diagnostics).toEqual([]);
  } finally {
    await other.stop();
  }
});

test("a definition request waiting for a check when shutdown arrives is answered", async () => {
  const other = await LspClient.start(root, { initializationOptions: { diagnosticsDelay: 0 } });
  try {
    await other.open(uri, BIG);
    expect(await other.diagnosticsFor(uri, 1)).toEqual([]);
    // The edit's check (a 4,000-line file to parse) is still running when shutdown comes.
    void other.edit(uri, { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, " ");
    const definition = other.request("textDocument/definition", { textDocument: { uri }, position: { line: 0, character: 9 } });
    const answered = definition.then(
      () => "answered",
      (e: { code?: number }) => (e.code === ErrorCodes.InvalidRequest ? "refused" : `failed: ${String(e)}`),
    );
    await other.request("shutdown", null);
    // No timer: a request never answered fails the test at its timeout, and under load an
    // answer may take any time.
    expect(await answered).toMatch(/^(answered|refused)$/);
  } finally {
    await other.conn.sendNotification("exit");
    await other.stop();
  }
});
