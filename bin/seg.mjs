#!/usr/bin/env -S node --max-semi-space-size=64
// The `seg` command. An installed package runs its compiled JavaScript (dist/, built by
// `npm pack`): loading the TypeScript sources through tsx takes seconds at every start. A
// git checkout always runs its sources through tsx (compiled on load, cached), so the CLI
// there runs the code as it is, with no build step to forget and no stale dist/ to run.
// A larger young generation (the shebang's flag) cuts the front end's garbage-collection
// time by about a third on large projects: parsing allocates many short-lived nodes.
import { existsSync } from "node:fs";

const packageRoot = new URL("../", import.meta.url);
const compiled = new URL("dist/cli/main.js", packageRoot);
const checkout = existsSync(new URL(".git", packageRoot));

let main;
if (!checkout && existsSync(compiled)) {
  ({ main } = await import(compiled.href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
