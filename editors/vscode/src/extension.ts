// The VS Code side of seg: starts the seg language server (`seg lsp --stdio`) and connects
// it to `.seg` documents. Every language feature lives in the server (lsp/ in the seg
// repository); this file only launches it and forwards settings.
import * as vscode from "vscode";
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

function serverCommand(): { command: string; args: string[] } {
  const config = vscode.workspace.getConfiguration("seg");
  const configured = config.get<string[] | string>("server.command");
  const parts =
    typeof configured === "string"
      ? configured.split(/\s+/).filter((p) => p.length > 0)
      : Array.isArray(configured) && configured.length > 0
        ? configured
        : ["npx", "seg", "lsp", "--stdio"];
  return { command: parts[0], args: parts.slice(1) };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const { command, args } = serverCommand();
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const serverOptions: ServerOptions = {
    command,
    args,
    transport: TransportKind.stdio,
    options: { cwd, shell: process.platform === "win32" },
  };
  const config = vscode.workspace.getConfiguration("seg");
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: "seg" }],
    synchronize: {
      configurationSection: "seg",
      fileEvents: vscode.workspace.createFileSystemWatcher("**/*.seg"),
    },
    initializationOptions: {
      previewDialect: config.get<string>("previewDialect", "sqlite"),
      diagnosticsDelay: config.get<number>("diagnosticsDelay", 15),
    },
  };
  client = new LanguageClient("seg", "seg language server", serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand("seg.restartServer", async () => {
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
