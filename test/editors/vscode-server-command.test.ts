// The VS Code extension's choice of server command (editors/vscode/src/server-command.ts):
// the workspace's own seg, else `npx --no-install seg`, never a plain `npx seg` that would
// download and run the registry's "seg" where seg is not installed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Files, installedSeg, serverCommand, startFailureMessage } from "../../editors/vscode/src/server-command.ts";

/** A file system holding only these files (path → text). */
const files = (contents: Record<string, string> = {}): Files => ({
  exists: (file) => file in contents,
  read: (file) => contents[file],
});
const SEG_MANIFEST = JSON.stringify({ name: "seg", bin: { seg: "bin/seg.mjs" } });
/** The files of seg installed in `dir`, and the script the extension runs. */
const segInstalledIn = (dir: string) => ({
  manifest: { [path.join(dir, "node_modules", "seg", "package.json")]: SEG_MANIFEST },
  script: path.join(dir, "node_modules", "seg", "bin", "seg.mjs"),
});

describe("the VS Code extension's server command", () => {
  // On Windows too without a shell, so a space in the path stays inside one argument.
  it.each([
    ["/repo", "linux"],
    ["/Users/First Last/proj", "win32"],
  ] as const)("is node running the script of %s/node_modules/seg on %s", (folder, platform) => {
    const { manifest, script } = segInstalledIn(folder);
    expect(serverCommand(undefined, [folder], platform, files(manifest))).toEqual({
      command: "node",
      args: [script, "lsp", "--stdio"],
      shell: false,
      source: "workspace",
    });
  });

  it("walks up from the workspace folder to its project's install", () => {
    const { manifest, script } = segInstalledIn("/mono");
    const projectTop = { [path.join("/mono", "package.json")]: "{}" };
    expect(installedSeg("/mono/packages/segments", files({ ...manifest, ...projectTop }))).toBe(script);
    expect(installedSeg("/mono/packages/segments", files({ ...manifest, [path.join("/mono", ".git")]: "" }))).toBe(script);
  });

  // A seg planted in a shared folder above the project (/tmp, a home folder) is never run.
  it.each([
    ["a package.json", path.join("/home/me/proj", "package.json")],
    ["a .git", path.join("/home/me/proj", ".git")],
  ])("stops at the project's top, the first folder with %s", (_, marker) => {
    const { manifest } = segInstalledIn("/home/me");
    expect(installedSeg("/home/me/proj/segments", files({ ...manifest, [marker]: "" }))).toBeUndefined();
  });

  it("looks in the workspace folder alone when no folder above is a project", () => {
    expect(installedSeg("/tmp/loose", files(segInstalledIn("/tmp").manifest))).toBeUndefined();
    const { manifest, script } = segInstalledIn("/tmp/loose");
    expect(installedSeg("/tmp/loose", files(manifest))).toBe(script);
  });

  it("reads a bin given as a string, and is not installed without one", () => {
    const manifest = path.join("/repo", "node_modules", "seg", "package.json");
    expect(installedSeg("/repo", files({ [manifest]: '{"bin":"cli.js"}' }))).toBe(path.join("/repo", "node_modules", "seg", "cli.js"));
    expect(installedSeg("/repo", files({ [manifest]: '{"name":"seg"}' }))).toBeUndefined();
    expect(installedSeg("/repo", files({ [manifest]: "{not json" }))).toBeUndefined();
  });

  describe("started from a folder with a space in its name", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "seg-vscode-"));
    const project = path.join(root, "First Last", "proj");
    const script = path.join(project, "node_modules", "seg", "bin", "seg.mjs");
    fs.mkdirSync(path.dirname(script), { recursive: true });
    fs.writeFileSync(path.join(project, "node_modules", "seg", "package.json"), SEG_MANIFEST);
    fs.writeFileSync(script, 'console.log("started", ...process.argv.slice(2));\n');
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it.each(["linux", "win32"] as const)("starts as resolved for %s", (platform) => {
      const server = serverCommand(undefined, [project], platform);
      expect(server.source).toBe("workspace"); // not npx, which could find another seg
      const run = spawnSync(server.command, server.args, { shell: server.shell, encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe("started lsp --stdio\n");
    });

    it("starts from the setting through the shell, its parts quoted", () => {
      const server = serverCommand(["node", script, "lsp", "--stdio"], [], "win32");
      expect(server).toMatchObject({ args: [`"${script}"`, "lsp", "--stdio"], shell: true });
      // sh, like cmd.exe, reads a double-quoted path as one word.
      const run = spawnSync(server.command, server.args, { shell: server.shell, encoding: "utf8" });
      expect(run.stdout).toBe("started lsp --stdio\n");
    });
  });

  it("is npx --no-install where seg is not installed", () => {
    expect(serverCommand([], ["/fresh-clone"], "linux", files())).toEqual({
      command: "npx",
      args: ["--no-install", "seg", "lsp", "--stdio"],
      shell: false,
      source: "npx",
    });
    expect(serverCommand([], ["/fresh-clone"], "win32", files())).toMatchObject({ command: "npx", shell: true });
  });

  it("is the setting when it names a command, as an array or a string", () => {
    expect(serverCommand(["/opt/seg", "lsp", "--stdio"], ["/repo"], "linux", files())).toMatchObject({ command: "/opt/seg", args: ["lsp", "--stdio"] });
    expect(serverCommand(" /opt/seg  lsp --stdio", ["/repo"], "linux", files())).toMatchObject({ command: "/opt/seg", args: ["lsp", "--stdio"] });
  });

  it("tells the user to install seg when npx found none", () => {
    const message = startFailureMessage(serverCommand(undefined, ["/x"], "linux", files()), "exit code 1");
    expect(message).toContain("seg is not installed in this workspace");
    expect(message).toContain("npm install");
    // The public registry's "seg" is not this seg.
    expect(message).not.toContain("npm install --save-dev seg");
  });

  it("names the workspace's seg to try when it did not start", () => {
    const { manifest, script } = segInstalledIn("/repo");
    const message = startFailureMessage(serverCommand(undefined, ["/repo"], "linux", files(manifest)), "spawn node ENOENT");
    expect(message).toContain(`check that \`node ${script} --version\` runs`);
  });

  // Pasted unquoted, `node /home/Jane Doe/…/seg.mjs --version` runs `/home/Jane`.
  it("quotes a path with a space in the command it names", () => {
    const { manifest, script } = segInstalledIn("/home/Jane Doe/repo");
    const message = startFailureMessage(serverCommand(undefined, ["/home/Jane Doe/repo"], "linux", files(manifest)), "spawn node ENOENT");
    expect(message).toContain(`check that \`node "${script}" --version\` runs`);
    expect(message).toContain(`(\`node "${script}" lsp --stdio\`: spawn node ENOENT)`);
  });

  it("defaults to the resolution above in the extension's manifest", async () => {
    const manifest = (await import("../../editors/vscode/package.json", { with: { type: "json" } })).default;
    expect(manifest.contributes.configuration.properties["seg.server.command"].default).toEqual([]);
  });
});
