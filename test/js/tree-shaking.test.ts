/**
 * The emitted module is tree-shakable: an app that imports one predicate and bundles
 * (esbuild here; Rollup, webpack and Vite drop code by the same pure annotations) ships
 * that predicate's code, not the whole project's.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { expect, test } from "vitest";
import { checkProject, loadProject } from "../../compiler/index.ts";
import { compileJs, writeJsModule } from "../../compiler/js/index.ts";
import { REPO_ROOT } from "../helpers/cli.ts";

const { files } = await loadProject([path.join(REPO_ROOT, "segments")]);
const { ir } = checkProject(files);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seg-shake-"));
writeJsModule(ir, path.join(dir, "segments.mjs"));

async function bundle(entry: string): Promise<string> {
  fs.writeFileSync(path.join(dir, "entry.mjs"), entry);
  const out = await build({ entryPoints: [path.join(dir, "entry.mjs")], bundle: true, minify: true, format: "esm", write: false, logLevel: "silent" });
  return out.outputFiles[0]!.text;
}

test("one imported predicate bundles without the other segments, and evaluates as compileJs does", async () => {
  const whole = await bundle(`export * from "./segments.mjs";\n`);
  const one = await bundle(`export { isPowerUsers } from "./segments.mjs";\n`);
  // Segment names appear only in the code that lists them (entities, segments, members).
  for (const s of ir.segments) expect([s.name, whole.includes(JSON.stringify(s.name))]).toEqual([s.name, true]);
  for (const s of ir.segments) expect([s.name, one.includes(JSON.stringify(s.name))]).toEqual([s.name, false]);
  expect(one.length).toBeLessThan(whole.length / 4);

  const file = path.join(dir, "one.mjs");
  fs.writeFileSync(file, one);
  const { isPowerUsers } = (await import(file)) as { isPowerUsers: (record: unknown, options: unknown) => boolean };
  const reference = compileJs(ir, { entity: "user" }).predicate("power_users");
  const asOf = Date.UTC(2024, 5, 1);
  const logins = (n: number) => Array.from({ length: n }, (_, i) => ({ name: "login", time: asOf - (i + 1) * 86_400_000 }));
  const used = (feature: string) => ({ name: "feature_used", time: asOf - 86_400_000, properties: { feature } });
  const records = [
    { key: "a", attributes: { plan: "enterprise" }, events: [...logins(5), used("reports")] },
    { key: "b", attributes: { plan: "enterprise" }, events: [...logins(5), used("settings")] },
    { key: "c", attributes: { plan: "free" }, events: [...logins(5), used("reports")] },
    { key: "d", attributes: {}, events: [] },
  ];
  expect(records.map((r) => isPowerUsers(r, { asOf }))).toEqual(records.map((r) => reference(r, { asOf })));
  expect(records.map((r) => isPowerUsers(r, { asOf }))).toEqual([true, false, false, false]);
});
