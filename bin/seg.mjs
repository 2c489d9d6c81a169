#!/usr/bin/env -S node --max-semi-space-size=64
// The `seg` command. The sources are TypeScript; tsx compiles them on load (cached), so
// the CLI always runs the code in the checkout, with no separate build step to forget.
// A larger young generation (the shebang's flag) cuts the front end's garbage-collection
// time by about a third on large projects: parsing allocates many short-lived nodes.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
