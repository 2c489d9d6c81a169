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
import { serverCommand, startFailureMessage } from "./server-command";

let client: LanguageClient | undefined;

/** Starts the server found now (a restart after `npm install` finds the new install). */
async function startClient(): Promise<void> {
  const config = vscode.workspace.getConfiguration("seg");
  const folders = (vscode.workspace.workspaceFolders ?? [])
    .filter((folder) => folder.uri.scheme === "file")
    .map((folder) => folder.uri.fsPath);
  const server = serverCommand(config.get<string[] | string>("server.command"), folders);
  const serverOptions: ServerOptions = {
    command: server.command,
    args: server.args,
    transport: TransportKind.stdio,
    options: { cwd: folders[0], shell: server.shell },
  };
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
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    void vscode.window.showErrorMessage(startFailureMessage(server, error instanceof Error ? error.message : String(error)));
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("seg.restartServer", async () => {
      await deactivate();
      await startClient();
    }),
  );
  await startClient();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
