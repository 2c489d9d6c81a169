#!/usr/bin/env node
// The `seg` command. The sources are TypeScript; tsx compiles them on load (cached), so
// the CLI always runs the code in the checkout, with no separate build step to forget.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
