// Which command starts the seg language server. Kept free of the `vscode` module so that it
// can be unit-tested (test/editors/ in the seg repository).
import * as fs from "node:fs";
import * as path from "node:path";

export interface ServerCommand {
  command: string;
  args: string[];
  /**
   * Through the shell: on Windows for the setting and npx, which may be `.cmd` files that
   * Node starts only through cmd.exe. Their parts are quoted for cmd.exe then, since Node
   * joins them unquoted.
   */
  shell: boolean;
  /** Where it comes from: the `seg.server.command` setting, the workspace's own install, or npx. */
  source: "setting" | "workspace" | "npx";
}

const SERVER_ARGS = ["lsp", "--stdio"];

/** The files the lookup reads; the real file system unless a test passes its own. */
export interface Files {
  exists(file: string): boolean;
  /** The file's text, or undefined when it cannot be read. */
  read(file: string): string | undefined;
}

const diskFiles: Files = {
  exists: fs.existsSync,
  read(file) {
    try {
      return fs.readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  },
};

/** The script seg's package.json names as its `seg` bin, or undefined when it names none. */
function segBinScript(packageJson: string): string | undefined {
  let manifest: unknown;
  try {
    manifest = JSON.parse(packageJson);
  } catch {
    return undefined;
  }
  if (typeof manifest !== "object" || manifest === null) return undefined;
  const bin: unknown = (manifest as { bin?: unknown }).bin;
  if (typeof bin === "string") return bin;
  const named = typeof bin === "object" && bin !== null ? (bin as Record<string, unknown>).seg : undefined;
  return typeof named === "string" ? named : undefined;
}

/**
 * The folders whose node_modules may hold a workspace folder's seg: the folder and those
 * above it up to the project's top, the first holding a package.json (npm's project) or a
 * .git (the repository's top); the folder alone when there is neither. Never further: a
 * node_modules in a shared folder above the project (/tmp, a home folder) is not the
 * project's, and running its seg would run anyone's code. A member of an npm workspace has
 * its own package.json: its seg hoisted to the root is found by the npx fallback, which
 * knows the workspace root.
 */
function projectFolders(folder: string, files: Files): string[] {
  const folders: string[] = [];
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    folders.push(dir);
    if (files.exists(path.join(dir, "package.json")) || files.exists(path.join(dir, ".git"))) return folders;
    if (path.dirname(dir) === dir) return folders.slice(0, 1);
  }
}

/**
 * The script of the seg a workspace folder installed (`node_modules/seg/bin/seg.mjs`, the
 * file `node_modules/.bin/seg` runs), in the folder's project (`projectFolders`). The
 * extension runs it with `node` rather than through the `.bin` shim: on Windows the shim is
 * a `.cmd` that only starts through cmd.exe, which breaks on a path with a space in it (Node
 * does not quote for the shell).
 */
export function installedSeg(folder: string, files: Files = diskFiles): string | undefined {
  for (const dir of projectFolders(folder, files)) {
    const packageDir = path.join(dir, "node_modules", "seg");
    const manifest = files.read(path.join(packageDir, "package.json"));
    const script = manifest === undefined ? undefined : segBinScript(manifest);
    if (script !== undefined) return path.join(packageDir, script);
  }
  return undefined;
}

/** A part of a cmd.exe command line: quoted when a space or a cmd.exe operator would split it. */
function quoteForCmd(part: string): string {
  return /[\s&|<>^()]/.test(part) ? `"${part}"` : part;
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
  files: Files = diskFiles,
): ServerCommand {
  const shell = platform === "win32";
  const forShell = (parts: string[]) => (shell ? parts.map(quoteForCmd) : parts);
  const parts =
    typeof configured === "string" ? configured.split(/\s+/).filter((part) => part.length > 0) : (configured ?? []);
  if (parts.length > 0) {
    const [command, ...args] = forShell(parts);
    return { command: command!, args, shell, source: "setting" };
  }
  for (const folder of folders) {
    const script = installedSeg(folder, files);
    // The `node` on PATH, the one the .bin shim would run; no shell, so nothing to quote.
    if (script) return { command: "node", args: [script, ...SERVER_ARGS], shell: false, source: "workspace" };
  }
  return { command: "npx", args: ["--no-install", "seg", ...SERVER_ARGS], shell, source: "npx" };
}

/**
 * A command as the user would type it to try it: a part with a space or a shell operator in
 * double quotes (which cmd.exe, PowerShell and POSIX shells read alike), unless it runs
 * through the shell, whose parts `forShell` quoted already.
 */
function commandLine(server: ServerCommand, parts: string[]): string {
  return parts.map((part) => (!server.shell && /[\s&|<>^()#;'`]/.test(part) ? `"${part}"` : part)).join(" ");
}

/** What to tell the user when the server did not start. */
export function startFailureMessage(server: ServerCommand, reason: string): string {
  const ran = commandLine(server, [server.command, ...server.args]);
  if (server.source === "npx") {
    return (
      `seg is not installed in this workspace (no node_modules/seg in or above the workspace folder), ` +
      `so the language server could not start (\`${ran}\`: ${reason}). ` +
      `Run \`npm install\` in the project (or add seg to it as seg's README shows: never \`npm install seg\` from the public registry, ` +
      `where "seg" is someone else's name), or set "seg.server.command", then run "seg: Restart language server".`
    );
  }
  const segCommand = commandLine(server, [server.command, ...server.args.slice(0, -SERVER_ARGS.length)]);
  const fix = server.source === "setting" ? `check "seg.server.command"` : `check that \`${segCommand} --version\` runs`;
  return `The seg language server could not start (\`${ran}\`: ${reason}): ${fix}.`;
}
