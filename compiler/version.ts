/**
 * The version of seg that is running, from its package.json: `seg --version`, the header
 * of every file `seg compile` writes, SARIF's tool version. Found by walking up from this
 * module to the package.json that declares the `seg` command, so it holds from the sources,
 * from dist/ and from a bundle alike, and under an organisation's scope (`@acme/seg`).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown; version?: unknown; bin?: unknown };
      // seg's own manifest, under any name: the README has teams publish it as @their-org/seg
      const bin = manifest.bin;
      const ours = manifest.name === "seg" || (typeof bin === "object" && bin !== null && Object.hasOwn(bin, "seg"));
      if (ours && typeof manifest.version === "string") return manifest.version;
    } catch {
      // no package.json here, or not JSON: look further up
    }
    const parent = dirname(dir);
    if (parent === dir) return "unknown";
    dir = parent;
  }
}

export const SEG_VERSION: string = readVersion();
