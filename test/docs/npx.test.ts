/**
 * Editor configurations, hooks and CI steps run seg through `npx --no-install seg`: where
 * seg is not installed (a fresh clone before `npm ci`, a monorepo root), a plain `npx seg`
 * without a terminal downloads and runs whatever package is called "seg" on the registry.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "../helpers/cli.ts";

/** What each `npx` of the fenced code blocks runs, read across quotes, lists and lines (`cmd = { "npx", "seg", … }`, TOML's `command`/`args`). */
function npxRuns(markdown: string): string[] {
  return [...markdown.matchAll(/```\w*\n([\s\S]*?)```/g)].flatMap((block) => {
    const words = block[1]!.replace(/\bargs\s*=/g, " ").replace(/["'(){}[\],]/g, " ").split(/\s+/);
    return words.flatMap((word, i) => (word === "npx" ? [words.slice(i + 1, i + 3).join(" ")] : []));
  });
}

describe.each(["docs/editors.md", "docs/ci.md"])("%s", (doc) => {
  const runs = npxRuns(fs.readFileSync(path.join(REPO_ROOT, doc), "utf8"));

  test("runs seg with npx --no-install only", () => {
    expect(runs.filter((run) => run.endsWith(" seg") || run.startsWith("seg ")).length).toBeGreaterThan(0);
    expect(runs.filter((run) => !run.startsWith("--no-install seg") && !run.startsWith("tsx "))).toEqual([]);
  });
});

test("the reading finds seg behind npx in each editor's syntax", () => {
  const snippets = ['```lua\ncmd = { "npx", "seg", "lsp" },\n```', "```toml\ncommand = \"npx\"\nargs = [\"seg\", \"lsp\"]\n```", '```elisp\n("npx" "seg" "lsp")\n```', "```sh\nnpx --no-install seg check\n```"];
  expect(snippets.map(npxRuns)).toEqual([["seg lsp"], ["seg lsp"], ["seg lsp"], ["--no-install seg"]]);
});
