// Which command starts the seg language server. Kept free of the `vscode` module so that it
// can be unit-tested (test/editors/ in the seg repository).
import * as fs from "node:fs";
import * as path from "node:path";

export interface ServerCommand {
  command: string;
  args: string[];
  /** Where it comes from: the `seg.server.command` setting, the workspace's own install, or npx. */
  source: "setting" | "workspace" | "npx";
}

const SERVER_ARGS = ["lsp", "--stdio"];

/**
 * The `seg` a workspace folder installed: `node_modules/.bin/seg` in the folder or a folder
 * above it (a project inside a monorepo), as `npm exec` would find it.
 */
export function installedSeg(
  folder: string,
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = fs.existsSync,
): string | undefined {
  const bin = platform === "win32" ? "seg.cmd" : "seg";
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", ".bin", bin);
    if (exists(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The setting when it names a command; else the seg installed for a workspace folder; else
 * `npx --no-install seg`, which runs a seg that npm finds without installing anything (the
 * seg repository's own bin, a global install) and otherwise fails. Never plain `npx seg`:
 * without a terminal it would download and run whatever package is called "seg" on the
 * registry.
 */
export function serverCommand(
  configured: string[] | string | undefined,
  folders: string[],
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = fs.existsSync,
): ServerCommand {
  const parts =
    typeof configured === "string" ? configured.split(/\s+/).filter((part) => part.length > 0) : (configured ?? []);
  if (parts.length > 0) return { command: parts[0]!, args: parts.slice(1), source: "setting" };
  for (const folder of folders) {
    const installed = installedSeg(folder, platform, exists);
    if (installed) return { command: installed, args: SERVER_ARGS, source: "workspace" };
  }
  return { command: "npx", args: ["--no-install", "seg", ...SERVER_ARGS], source: "npx" };
}

/** What to tell the user when the server did not start. */
export function startFailureMessage(server: ServerCommand, reason: string): string {
  const ran = [server.command, ...server.args].join(" ");
  if (server.source === "npx") {
    return (
      `seg is not installed in this workspace (no node_modules/.bin/seg in or above the workspace folder), ` +
      `so the language server could not start (\`${ran}\`: ${reason}). ` +
      `Run \`npm install\` in the project (or add seg to it as seg's README shows: never \`npm install seg\` from the public registry, ` +
      `where "seg" is someone else's name), or set "seg.server.command", then run "seg: Restart language server".`
    );
  }
  const fix = server.source === "setting" ? `check "seg.server.command"` : `check that \`${server.command} --version\` runs`;
  return `The seg language server could not start (\`${ran}\`: ${reason}): ${fix}.`;
}
