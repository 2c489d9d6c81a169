/** `seg lsp --stdio`: the language server; it runs until the editor closes the connection. */
export async function lspCommand(): Promise<number> {
  const { startServer } = await import("../../lsp/server.ts");
  startServer();
  // The connection keeps the process alive; the server exits on the protocol's exit notification.
  return new Promise<number>(() => {});
}
