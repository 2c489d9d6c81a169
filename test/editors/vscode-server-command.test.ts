// The VS Code extension's choice of server command (editors/vscode/src/server-command.ts):
// the workspace's own seg, else `npx --no-install seg`, never a plain `npx seg` that would
// download and run the registry's "seg" where seg is not installed.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { installedSeg, serverCommand, startFailureMessage } from "../../editors/vscode/src/server-command.ts";

const files = (...present: string[]) => (file: string) => present.includes(file);

describe("the VS Code extension's server command", () => {
  it("is the workspace folder's node_modules/.bin/seg", () => {
    const bin = path.join("/repo", "node_modules", ".bin", "seg");
    expect(serverCommand(undefined, ["/repo"], "linux", files(bin))).toEqual({ command: bin, args: ["lsp", "--stdio"], source: "workspace" });
  });

  it("walks up from the workspace folder to a monorepo root's install", () => {
    const bin = path.join("/mono", "node_modules", ".bin", "seg");
    expect(installedSeg("/mono/packages/segments", "linux", files(bin))).toBe(bin);
  });

  it("is seg.cmd on Windows", () => {
    const bin = path.join("/repo", "node_modules", ".bin", "seg.cmd");
    expect(installedSeg("/repo", "win32", files(bin))).toBe(bin);
  });

  it("is npx --no-install where seg is not installed", () => {
    expect(serverCommand([], ["/fresh-clone"], "linux", files())).toEqual({
      command: "npx",
      args: ["--no-install", "seg", "lsp", "--stdio"],
      source: "npx",
    });
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

  it("defaults to the resolution above in the extension's manifest", async () => {
    const manifest = (await import("../../editors/vscode/package.json", { with: { type: "json" } })).default;
    expect(manifest.contributes.configuration.properties["seg.server.command"].default).toEqual([]);
  });
});
