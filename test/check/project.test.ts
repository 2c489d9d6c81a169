/** Whole projects: determinism, the corpus and example library, incremental re-checks, symbols. */
import { describe, expect, test } from "vitest";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkProject, loadProject, ProjectChecker, type SourceFile } from "../../compiler/index.ts";
import { mark } from "../helpers/markers.ts";
import { SCHEMA } from "./fixture.ts";

const FILES: SourceFile[] = [
  { path: "schema.seg", text: SCHEMA },
  { path: "a.seg", text: `trait ltv = sum(purchase.amount)\nsegment big = ltv > 100 and in buyers\nsegment quiet = not did login in last 14 days` },
  { path: "b.seg", text: `segment buyers = did purchase where amount > 5 in last 30 days\nsegment carts = did add_to_cart then not purchase within 1 hour` },
  { path: "c/d.seg", text: `const countries = ["US", "CA"]\nsegment na = country in countries and count(login) > 3 and in quiet` },
];

function shuffled<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

describe("projects", () => {
  test("same input in any file order gives byte-identical IR and diagnostics", () => {
    const base = checkProject(FILES);
    expect(base.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = checkProject(shuffled(FILES, seed));
      expect(JSON.stringify(r.ir)).toBe(JSON.stringify(base.ir));
      expect(JSON.stringify(r.diagnostics)).toBe(JSON.stringify(base.diagnostics));
    }
  });

  test.skipIf(!existsSync("segments"))("segments/ checks without errors", async () => {
    const { files, diagnostics } = await loadProject(["segments"]);
    expect(diagnostics).toEqual([]);
    const r = checkProject(files);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.ir.segments.length).toBeGreaterThan(0);
  });

  test("a file that is not UTF-8 is refused at its first bad byte, not decoded with U+FFFD", async () => {
    const dir = mkdtempSync(join(tmpdir(), "seg-utf8-"));
    // Latin-1 `é` (0xE9) in a string, after a valid two-byte `é`; a BOM and U+FFFD written as UTF-8 are fine.
    writeFileSync(join(dir, "latin.seg"), Buffer.concat([Buffer.from('segment x {\n  where "é" == "caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]));
    writeFileSync(join(dir, "ok.seg"), "\uFEFFsegment y = \"\uFFFD\" == \"a\"\n");
    const { files, diagnostics } = await loadProject([dir]);
    expect(files.map((f) => f.path)).toEqual([join(dir, "ok.seg")]);
    expect(diagnostics).toEqual([
      {
        code: "SEG9001",
        severity: "error",
        message: `\`${join(dir, "latin.seg")}\` is not valid UTF-8 (line 2, column 20): save it as UTF-8`,
        file: join(dir, "latin.seg"),
        range: { start: { line: 1, character: 19 }, end: { line: 1, character: 19 } },
      },
    ]);
  });

  // The corpus holds several independent projects: files sharing the name prefix before
  // the first `-` (language-schema.seg + language-segments.seg) form one project.
  test.skipIf(!existsSync("test/corpus"))("test/corpus/ projects check without errors", async () => {
    const { files } = await loadProject(["test/corpus"]);
    const groups = new Map<string, SourceFile[]>();
    for (const f of files) {
      const key = f.path.split("/").pop()!.split("-")[0]!;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    expect(groups.size).toBeGreaterThan(0);
    for (const [key, group] of groups) {
      const r = checkProject(group);
      expect(r.diagnostics.filter((d) => d.severity === "error"), key).toEqual([]);
    }
  });

  test("incremental: an edit re-checks only the edited declarations and their dependents", () => {
    const pc = new ProjectChecker();
    for (const f of FILES) pc.update(f.path, f.text);
    const first = pc.check();
    const total = pc.stats.computed;
    expect(pc.stats.reused).toBe(0);

    pc.check();
    expect(pc.stats.computed).toBe(0);

    // Changing a segment's body (not its signature) re-checks only that declaration: the
    // file's other declarations (same text at the same position) keep their results.
    pc.update("b.seg", FILES[2]!.text.replace("amount > 5", "amount > 6"));
    const second = pc.check();
    expect(pc.stats.computed).toBe(1);
    expect(second.ir.segments.find((s) => s.name === "big")).toEqual(first.ir.segments.find((s) => s.name === "big"));

    // Changing a trait's value re-checks the trait and the segments that inline it.
    pc.update("a.seg", FILES[1]!.text.replace("sum(purchase.amount)", "max(purchase.amount)"));
    pc.check();
    expect(pc.stats.computed).toBe(2); // the trait and `big`, which uses it (not `quiet`)
    pc.update("a.seg", FILES[1]!.text);
    pc.update("c/d.seg", FILES[3]!.text.replace('"CA"', '"MX"'));
    pc.check();
    // a.seg's trait + big (its dependency changed) + const countries + segment na (same)
    expect(pc.stats.computed).toBe(4);
    expect(pc.stats.computed).toBeLessThan(total + 1);

    // The incremental result equals a from-scratch check.
    const now = pc.check();
    const scratch = checkProject([FILES[0]!, FILES[1]!, { path: "b.seg", text: FILES[2]!.text.replace("amount > 5", "amount > 6") }, { path: "c/d.seg", text: FILES[3]!.text.replace('"CA"', '"MX"') }]);
    expect(JSON.stringify(now.ir)).toBe(JSON.stringify(scratch.ir));
    expect(JSON.stringify(now.diagnostics)).toBe(JSON.stringify(scratch.diagnostics));
  });

  test("incremental: unchanged declarations of an edited file keep their results only at the same position", () => {
    const pc = new ProjectChecker();
    for (const f of FILES) pc.update(f.path, f.text);
    pc.check();
    const broken = FILES[2]!.text.replace("amount > 5", "amout > 5");
    // A line inserted above moves both declarations: their positions differ, both re-checked.
    const moved = `\n${broken}`;
    pc.update("b.seg", moved);
    const r1 = pc.check();
    expect(pc.stats.computed).toBe(2);
    const scratch1 = checkProject([FILES[0]!, FILES[1]!, { path: "b.seg", text: moved }, FILES[3]!]);
    expect(JSON.stringify(r1.diagnostics)).toBe(JSON.stringify(scratch1.diagnostics));
    expect(r1.diagnostics.some((d) => d.file === "b.seg" && d.range.start.line === 1)).toBe(true);
    // A parse error in the new text: nothing is carried over (recovery could change trees).
    const syntax = `${moved}\nsegment = `;
    pc.update("b.seg", syntax);
    const r2 = pc.check();
    expect(pc.stats.computed).toBe(2);
    const scratch2 = checkProject([FILES[0]!, FILES[1]!, { path: "b.seg", text: syntax }, FILES[3]!]);
    expect(JSON.stringify(r2.diagnostics)).toBe(JSON.stringify(scratch2.diagnostics));
  });

  test("incremental: removing a file reports what depended on it", () => {
    const pc = new ProjectChecker();
    for (const f of FILES) pc.update(f.path, f.text);
    pc.check();
    pc.remove("b.seg");
    const r = pc.check();
    expect(r.diagnostics.filter((d) => d.code === "SEG1004").map((d) => d.file)).toEqual(["a.seg"]);
    expect(r.ir.segments.map((s) => s.name)).not.toContain("big");
  });

  test("symbols: definitions, references, definitionAt / referenceAt", () => {
    const m = mark(`segment «seg:power» = «c:country» == "US" and did «ev:purchase» where «p:amount» > 5\nsegment other = in «ref:power»<|>`);
    const r = checkProject([{ path: "schema.seg", text: SCHEMA }, { path: "m.seg", text: m.text }]);
    const s = r.symbols;
    const def = s.lookup("power")!;
    expect(def).toMatchObject({ kind: "segment", file: "m.seg", nameRange: m.named.seg, entity: "user" });
    expect(s.lookup("user.country")).toMatchObject({ kind: "attribute", type: "string", entity: "user" });
    expect(s.lookup("user.plan")!.type).toBe('enum("free", "trial", "pro", "enterprise")');
    expect(s.lookup("user.tags")!.type).toBe("list<string>");
    expect(s.lookup("purchase.amount")).toMatchObject({ kind: "property", type: "number" });
    expect(s.referenceAt("m.seg", m.named.c!.start)).toMatchObject({ target: "user.country", range: m.named.c });
    expect(s.referenceAt("m.seg", m.named.ev!.start)!.target).toBe("purchase");
    expect(s.referenceAt("m.seg", m.named.p!.start)!.target).toBe("purchase.amount");
    expect(s.referenceAt("m.seg", m.cursor!)).toMatchObject({ target: "power", range: m.named.ref });
    expect(s.definitionAt("m.seg", m.named.seg!.start)!.qualifiedName).toBe("power");
    expect(s.referencesTo("power").map((x) => x.range)).toEqual([m.named.ref]);
  });
});
