/**
 * Typing in a large document: a burst of edits is parsed on the server's main thread once,
 * not once per edit (a parse per keystroke of a 5,000-line file kept every request, for any
 * file, waiting behind the burst's parses). The server's trace (SEG_LSP_TRACE) logs each
 * main-thread parse; the test counts them.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
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

let root: string;
let client: LspClient;
// The trace's log messages, one entry each (window/logMessage).
const parsesOf = (file: string): number => client.stderr.filter((m) => m.startsWith(`seg: parse ${file} `)).length;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "seg-lsp-typing-"));
  writeFileSync(join(root, "schema.seg"), SCHEMA);
  writeFileSync(join(root, "big.seg"), BIG);
  process.env.SEG_LSP_TRACE = "1";
  try {
    client = await LspClient.start(root);
  } finally {
    delete process.env.SEG_LSP_TRACE;
  }
});

afterAll(async () => client?.stop());

test("a burst of 20 edits to a 4,000-line document costs one main-thread parse before the next request", async () => {
  const big = join(root, "big.seg");
  const uri = uriOf(big);
  await client.open(uri, BIG);
  expect(await client.diagnosticsFor(uri, 1)).toEqual([]);
  // After the first check, the server parses the project's files while idle.
  while (parsesOf(big) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  const before = parsesOf(big);
  // As an editor sends keystrokes: one notification after the other, without waiting.
  const sent: Promise<number>[] = [];
  for (let i = 0; i < 20; i++) sent.push(client.edit(uri, { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, " "));
  const version = (await Promise.all(sent)).at(-1)!;
  const symbols = await client.request<{ name: string }[]>("textDocument/documentSymbol", { textDocument: { uri } });
  expect(symbols).toHaveLength(1000);
  expect(parsesOf(big) - before).toBe(1);
  // The check of the newest text still comes, and the document is parsed for it no more.
  expect(await client.diagnosticsFor(uri, version)).toEqual([]);
  expect(parsesOf(big) - before).toBe(1);
});
