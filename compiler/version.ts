/**
 * The version of seg that is running, from its package.json: `seg --version`, the header
 * of every file `seg compile` writes, SARIF's tool version. Found by walking up from this
 * module, so it holds from the sources, from dist/ and from a bundle alike.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
      if (manifest.name === "seg" && typeof manifest.version === "string") return manifest.version;
    } catch {
      // no package.json here, or not JSON: look further up
    }
    const parent = dirname(dir);
    if (parent === dir) return "unknown";
    dir = parent;
  }
}

export const SEG_VERSION: string = readVersion();
