/**
 * The checker's promise to its users: a project it reports no error for compiles whole —
 * every segment and test declared is in the IR. (A sequence step without `within` once broke it:
 * the grammar accepts the step, the lowering dropped the segment, and `seg check` said
 * "no problems".) Random edits inside one segment of the example library (fast-check,
 * fixed seed): deleting a span of tokens, duplicating or swapping tokens, inserting one
 * from the library's vocabulary; the rest of the text (comments too) stays as it is.
 * Where the edited project has no errors, every segment and test it declares must be in the
 * IR, and the edited segment must compile to every dialect (and the project to JavaScript).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ProjectChecker } from "../../compiler/index.ts";
import { emitJsModule } from "../../compiler/js/index.ts";
import { compileSegment, dialects } from "../../compiler/sql/index.ts";
import { segLexer } from "../../grammar/lexer.ts";

const dir = join(import.meta.dirname, "..", "..", "segments");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".seg"))
  .sort()
  .map((f) => ({ path: f, text: readFileSync(join(dir, f), "utf8") }));

interface Span {
  image: string;
  start: number;
  end: number;
}
const spans = (text: string): Span[] =>
  segLexer.tokenize(text).tokens.map((t) => ({ image: t.image, start: t.startOffset, end: t.startOffset + t.image.length }));

/** Each segment and test block: its file and its tokens (from `segment` / `test` to the next one). */
const BLOCKS = new Set(["segment", "test"]);
const fileTokens = files.map((f) => spans(f.text));
const segments = fileTokens.flatMap((toks, file) => {
  const starts = toks.flatMap((t, i) => (BLOCKS.has(t.image) ? [i] : []));
  return starts.map((s, k) => ({ file, tokens: toks.slice(s, starts[k + 1] ?? toks.length) }));
});
const vocabulary = [...new Set(segments.flatMap((s) => s.tokens.map((t) => t.image)))];

const CLAUSE_KEYWORDS = new Set([
  ...["owner", "tags", "deprecated", "where", "within", "then", "in", "on", "at", "and", "or", "not", "ignoring"],
  ...["before", "after", "between", "expect", "as", "user", "account"],
]);

/** Names after `segment` (or `test`) in the files' tokens: what the project declares. */
const declared = (tokens: readonly Span[][], keyword: string): string[] =>
  [...new Set(tokens.flatMap((toks) => toks.flatMap((t, i) => (t.image === keyword && toks[i + 1] ? [toks[i + 1]!.image] : []))))].sort();

describe("no errors means every segment compiles", () => {
  test("random edits inside one segment or test block of segments/ (tokens and optional clauses)", () => {
    const checker = new ProjectChecker();
    const edit = fc.record({
      kind: fc.constantFrom("delete", "duplicate", "swap", "insert", "clause", "clause", "clause", "clause"),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 4 }),
      token: fc.constantFrom(...vocabulary),
    });
    let clean = 0;
    fc.assert(
      fc.property(fc.nat(segments.length - 1), edit, (which, e) => {
        const seg = segments[which]!;
        // Token edits in the condition (a test block's items); a clause may go from anywhere
        // after the name. The edited tokens replace their source.
        const condition = seg.tokens.findIndex((t) => t.image === "where" || t.image === "=");
        const from = e.kind === "clause" || condition < 0 ? seg.tokens.findIndex((t) => t.image === "{" || t.image === "=") : condition;
        const body = seg.tokens.slice(from + 1);
        const images = body.map((t) => t.image);
        const i = e.at % images.length;
        if (e.kind === "clause") {
          // A clause: from one of the keywords below to the next one (or the block's end).
          const starts = images.flatMap((t, k) => (CLAUSE_KEYWORDS.has(t) ? [k] : []));
          if (starts.length > 0) {
            const start = starts[e.at % starts.length]!;
            const end = images.findIndex((t, k) => k > start && (CLAUSE_KEYWORDS.has(t) || t === "}"));
            images.splice(start, (end < 0 ? images.length : end) - start);
          }
        } else if (e.kind === "delete") images.splice(i, e.length);
        else if (e.kind === "duplicate") images.splice(i, 0, images[i]!);
        else if (e.kind === "insert") images.splice(i, 0, e.token);
        else {
          const j = (i + 1) % images.length;
          [images[i], images[j]] = [images[j]!, images[i]!];
        }
        const original = files[seg.file]!.text;
        const text = original.slice(0, body[0]!.start) + images.join(" ") + original.slice(body[body.length - 1]!.end);
        const texts = files.map((f, k) => (k === seg.file ? text : f.text));
        files.forEach((f, k) => checker.update(f.path, texts[k]!));
        const result = checker.check();
        if (result.diagnostics.some((d) => d.severity === "error")) return;
        clean++;
        const context = text.slice(body[0]!.start - 40, body[0]!.start + 200);
        const tokens = fileTokens.map((toks, k) => (k === seg.file ? spans(text) : toks));
        expect(result.ir.segments.map((s) => s.name).sort(), context).toEqual(declared(tokens, "segment"));
        expect(result.ir.tests.map((t) => JSON.stringify(t.name)).sort(), context).toEqual(declared(tokens, "test"));
        // … and compiles: the edited segment to every dialect, the project to JavaScript.
        const name = seg.tokens[0]!.image === "segment" ? seg.tokens[1]!.image : undefined;
        if (name !== undefined) for (const d of Object.values(dialects)) compileSegment(result.ir, name, d);
        expect(emitJsModule(result.ir).js.length).toBeGreaterThan(0);
      }),
      { numRuns: 400, seed: 20261205 },
    );
    // The property said something: enough edited projects were free of errors.
    expect(clean).toBeGreaterThan(25);
  });
});
