#!/usr/bin/env node
// The `seg` command. An installed package runs its compiled JavaScript (dist/, built by
// `npm pack`): loading the TypeScript sources through tsx takes seconds at every start. A
// git checkout always runs its sources through tsx (compiled on load, cached), so the CLI
// there runs the code as it is, with no build step to forget and no stale dist/ to run.
// The shebang is plain: `env -S` (to pass node flags) fails on BusyBox (Alpine images). A
// larger young generation halves the scavenges on large projects but cannot be set from
// here (v8.setFlagsFromString comes after the heap is sized): docs/cli.md shows NODE_OPTIONS.
import { existsSync } from "node:fs";

const packageRoot = new URL("../", import.meta.url);
const compiled = new URL("dist/cli/main.js", packageRoot);
const checkout = existsSync(new URL(".git", packageRoot));

let main;
if (!checkout && existsSync(compiled)) {
  ({ main } = await import(compiled.href));
} else if (!checkout) {
  // A git dependency installed with --ignore-scripts: its `prepare` (the build) never ran.
  process.stderr.write(
    "seg: this installation of seg has no build (dist/): its `prepare` script did not run (installed with --ignore-scripts?); " +
      "reinstall it with scripts, or run `npm run build` in its folder\n",
  );
  process.exit(2);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
