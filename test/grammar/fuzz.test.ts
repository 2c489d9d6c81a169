import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { parse } from "../../grammar/index.ts";
import { format } from "../../grammar/format.ts";
import { segLexer } from "../../grammar/lexer.ts";
import { corpusFiles, stripRanges } from "./util.ts";

/** parse must return (never throw) and report through diagnostics, never SEG0000. */
function mustParse(text: string): void {
  const r = parse(text, "fuzz.seg");
  expect(Array.isArray(r.diagnostics)).toBe(true);
  expect(r.diagnostics.filter((d) => d.code === "SEG0000")).toEqual([]);
  for (const d of r.diagnostics) {
    expect(d.range.start.line).toBeGreaterThanOrEqual(0);
    expect(d.range.start.character).toBeGreaterThanOrEqual(0);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

/** Fixed, as in the other property tests: a run of CI is the same run everywhere (a failure prints its seed and path). */
const SEED = 20261206;

const corpus = corpusFiles();
/** Token images of the corpus files, for mutation. */
const corpusTokens = corpus.map((f) => segLexer.tokenize(f.text).tokens.map((t) => t.image));
const vocabulary = [...new Set(corpusTokens.flat())];

describe("parse never throws", () => {
  test("random strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => mustParse(s)),
      { numRuns: 300, seed: SEED },
    );
  });

  test("random token soup from the language's vocabulary", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 200 }), (toks) => mustParse(toks.join(" "))),
      { numRuns: 300, seed: SEED },
    );
  });

  test("mutated corpus files (token deletion, duplication, swap, insertion)", () => {
    const mutation = fc.record({
      file: fc.nat(corpusTokens.length - 1),
      edits: fc.array(
        fc.record({
          kind: fc.constantFrom("delete", "duplicate", "swap", "insert"),
          at: fc.nat(),
          token: fc.constantFrom(...vocabulary),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(mutation, ({ file, edits }) => {
        const toks = [...corpusTokens[file]];
        for (const e of edits) {
          if (toks.length === 0) break;
          const i = e.at % toks.length;
          if (e.kind === "delete") toks.splice(i, 1);
          else if (e.kind === "duplicate") toks.splice(i, 0, toks[i]);
          else if (e.kind === "insert") toks.splice(i, 0, e.token);
          else {
            const j = (i + 1) % toks.length;
            [toks[i], toks[j]] = [toks[j], toks[i]];
          }
        }
        mustParse(toks.join(" "));
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  test("deeply nested random brackets", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("(", ")", "[", "]", "x", "and", "not", "-", "days_since(", "count(e where ", ","), {
          minLength: 50,
          maxLength: 2000,
        }),
        (toks) => mustParse(`segment s = ${toks.join(" ")}`),
      ),
      { numRuns: 100, seed: SEED },
    );
  });
});

describe("format never throws", () => {
  test("on mutated corpus files it returns text (unchanged when there are errors) that parses to the same AST", () => {
    fc.assert(
      fc.property(fc.nat(corpusTokens.length - 1), fc.nat(), (file, at) => {
        const toks = [...corpusTokens[file]];
        toks.splice(at % toks.length, 1);
        const text = toks.join(" ");
        const r = format(text);
        if (r.diagnostics.some((d) => d.severity === "error")) expect(r.text).toBe(text);
        else {
          expect(format(r.text).text).toBe(r.text);
          // the output parses as it is, to the same AST (recovery could hide a bad token)
          expect(parse(r.text, "fuzz.seg").diagnostics).toEqual([]);
          expect(stripRanges(parse(r.text, "fuzz.seg").file)).toEqual(stripRanges(parse(text, "fuzz.seg").file));
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
