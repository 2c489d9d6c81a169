// The VS Code extension's README (its Marketplace details page) lists every setting the
// extension contributes, with the default its manifest gives.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import manifest from "../../editors/vscode/package.json" with { type: "json" };
import { REPO_ROOT } from "../helpers/cli.ts";

test("the README's settings table has a row for each setting of the manifest", () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, "editors", "vscode", "README.md"), "utf8");
  const rows = new Map([...readme.matchAll(/^\| `(seg\.[\w.]+)` \| `([^`]*)` \|/gm)].map((row) => [row[1]!, row[2]!]));
  const settings = Object.entries(manifest.contributes.configuration.properties);
  expect(settings.map(([name]) => name).filter((name) => !rows.has(name))).toEqual([]);
  for (const [name, setting] of settings) {
    const shown = typeof setting.default === "string" ? setting.default : JSON.stringify(setting.default);
    expect(rows.get(name), name).toBe(shown);
  }
});
