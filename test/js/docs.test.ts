/**
 * Runs the `js` examples of docs/javascript.md. All blocks run in order in one scope
 * (import lines removed; the imported names are provided). A line ending in
 * `// → <json>` asserts the value of the expression on that line; a line ending in
 * `// throws <Name>: <message>` asserts the thrown error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { compileJs, emitJsModule, SegInputError } from "../../compiler/js/index.ts";

const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "javascript.md"), "utf8");
const blocks = [...doc.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);

interface Check {
  line: string;
  kind: "value" | "throws";
  expected: string;
}

function instrument(code: string, checks: Check[]): string {
  return code
    .split("\n")
    .filter((l) => !/^import\s/.test(l))
    .map((l) => {
      const v = /^(.*?);?\s*\/\/ → (.*)$/.exec(l);
      if (v && !v[1]!.trim().startsWith("//")) {
        const i = checks.push({ line: l, kind: "value", expected: v[2]! }) - 1;
        const expr = v[1]!.replace(/^\s*(const|let)\s+\w+\s*=\s*/, "");
        const decl = /^\s*(const|let)\s+(\w+)\s*=/.exec(v[1]!);
        return decl ? `${v[1]}; __check(${i}, ${decl[2]});` : `__check(${i}, (${expr}));`;
      }
      const t = /^(.*?);?\s*\/\/ throws (\w+): (.*)$/.exec(l);
      if (t) {
        const i = checks.push({ line: l, kind: "throws", expected: `${t[2]}: ${t[3]}` }) - 1;
        return `__throws(${i}, () => { ${t[1]}; });`;
      }
      return l;
    })
    .join("\n");
}

test("docs/javascript.md has runnable examples", () => {
  expect(blocks.length).toBeGreaterThanOrEqual(5);
});

test("the examples of docs/javascript.md give the documented results", () => {
  const checks: Check[] = [];
  const code = blocks.map((b) => instrument(b, checks)).join("\n");
  const seen = new Set<number>();
  const __check = (i: number, actual: unknown): void => {
    seen.add(i);
    const c = checks[i]!;
    expect(actual, c.line).toEqual(JSON.parse(c.expected));
  };
  const __throws = (i: number, f: () => void): void => {
    seen.add(i);
    const c = checks[i]!;
    let err: unknown;
    try {
      f();
    } catch (e) {
      err = e;
    }
    expect(err, c.line).toBeInstanceOf(Error);
    expect(`${(err as Error).name}: ${(err as Error).message}`, c.line).toBe(c.expected);
  };
  const run = new Function("__check", "__throws", "checkProject", "compileJs", "emitJsModule", "SegInputError", code);
  run(__check, __throws, checkProject, compileJs, emitJsModule, SegInputError);
  expect(checks.length).toBeGreaterThan(20);
  expect(seen.size).toBe(checks.length);
});
