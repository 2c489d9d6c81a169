#!/usr/bin/env node
// Runs the seg language server over stdio: `npx tsx lsp/main.ts --stdio`.
import { startServer } from "./server.ts";

startServer();
