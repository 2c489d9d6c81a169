/**
 * Random edit sequences (fast-check, fixed seed, bounded) on a real project: inserts and
 * deletions anywhere, mid-token, unterminated strings and comments, unbalanced brackets.
 * After every edit some request is sent at a random place; the server must answer every
 * one (no JSON-RPC error), publish diagnostics for the final version, and never exit.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import fc from "fast-check";
import { LspClient, uriOf } from "./client.ts";
import { writeFixture, type Fixture } from "./fixture.ts";

let fx: Fixture;
let client: LspClient;

beforeAll(async () => {
  fx = writeFixture();
  client = await LspClient.start(fx.root);
});

afterAll(async () => {
  await client?.stop();
});

const FRAGMENTS = [
  '"',
  '"unterminated',
  "(",
  ")",
  "{",
  "}",
  "[",
  "]",
  ".",
  "did ",
  "where ",
  " and ",
  "not ",
  "in ",
  "in last 30 days",
  "count(",
  "sum(purchase.",
  "/*",
  "*/",
  "///",
  "// c\n",
  "\n",
  "segment ",
  "plan == ",
  "2024-03-01",
  "7 ",
  "then ",
  "==",
  "account.",
  "é",
  "\t",
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat({ max: 12 }),
  ins: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })),
  request: fc.constantFrom(
    "textDocument/completion",
    "textDocument/hover",
    "textDocument/signatureHelp",
    "textDocument/definition",
    "textDocument/semanticTokens/full",
    "textDocument/documentSymbol",
    "textDocument/foldingRange",
    "textDocument/references",
    "textDocument/codeAction",
    "textDocument/formatting",
  ),
  where: fc.double({ min: 0, max: 1, noNaN: true }),
});

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

function paramsFor(method: string, uri: string, position: { line: number; character: number }): unknown {
  switch (method) {
    case "textDocument/references":
      return { textDocument: { uri }, position, context: { includeDeclaration: true } };
    case "textDocument/codeAction":
      return { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } };
    case "textDocument/formatting":
      return { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } };
    case "textDocument/semanticTokens/full":
    case "textDocument/documentSymbol":
    case "textDocument/foldingRange":
      return { textDocument: { uri } };
    default:
      return { textDocument: { uri }, position };
  }
}

test("random edits never break the server", async () => {
  const uri = uriOf(fx.path("segments.seg"));
  const original = fx.texts["segments.seg"]!;
  await client.open(uri, original);
  let requests = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 15 }), async (edits) => {
      let text = original;
      await client.change(uri, text);
      let version = 0;
      for (const e of edits) {
        const at = Math.floor(e.at * text.length);
        text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
        version = await client.change(uri, text);
        const where = Math.floor(e.where * text.length);
        await client.request(e.request, paramsFor(e.request, uri, positionAt(text, where)));
        requests++;
      }
      const diags = await client.diagnosticsFor(uri, version);
      expect(Array.isArray(diags)).toBe(true);
      expect(client.exited).toBeUndefined();
    }),
    { seed: 20240301, numRuns: 25, endOnFailure: true },
  );
  expect(requests).toBeGreaterThan(25);
  expect(client.exited).toBeUndefined();
  // internal errors are logged to stderr by the server's guard: there must be none
  expect(client.stderr.join("")).not.toMatch(/failed:|internal error/);
});
