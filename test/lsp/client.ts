/**
 * A small LSP client for tests and the bench: spawns the REAL server (`lsp/main.ts
 * --stdio`, through tsx) as a child process and talks JSON-RPC to it over its stdio.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { vi } from "vitest";
import {
  AbstractMessageWriter,
  createMessageConnection,
  StreamMessageReader,
  type Message,
  type MessageConnection,
  type MessageWriter,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from "vscode-languageserver/node";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * A test that starts a server waits for node, tsx, the check worker and a first check of
 * the project: 20–45 s each with 2 cores at a load of 16 (several test files in parallel),
 * and some tests start two. The files that start servers get this much; `waitFor` gives
 * up a little before, so that a server that never answers fails with its stderr.
 */
export const SERVER_TEST_TIMEOUT = 180_000;
vi.setConfig({ testTimeout: SERVER_TEST_TIMEOUT, hookTimeout: SERVER_TEST_TIMEOUT });

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export interface StartOptions {
  initializationOptions?: Record<string, unknown>;
  /** Advertise `workspace/configuration` and answer it with these `seg` settings. */
  configuration?: Record<string, unknown>;
  /** Workspace folders as URIs, in place of the root's (`vscode-vfs://…`). */
  workspaceFolders?: string[];
  /** Node arguments that start the server (default: `--import tsx lsp/main.ts --stdio`). */
  command?: string[];
}

/**
 * Writes each message to the server's stdin as it is sent, or, while held, gathers them
 * and writes them in one `write` (`LspClient.inOneWrite`): the server then reads them in
 * one chunk and queues them all before it handles the first, whatever the load on the
 * machine. Separate writes reach it when the client gets to run, so on a loaded machine a
 * test that needs a request and its cancel queued together would race.
 */
class HoldingMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private held: string[] | undefined;

  constructor(private readonly stdin: Writable) {
    super();
  }

  write(msg: Message): Promise<void> {
    const json = JSON.stringify(msg);
    const framed = `Content-Length: ${Buffer.byteLength(json, "utf8")}\r\n\r\n${json}`;
    if (this.held) {
      this.held.push(framed);
      return Promise.resolve();
    }
    return this.send(framed);
  }

  hold(): void {
    this.held = [];
  }

  flush(): Promise<void> {
    const framed = (this.held ?? []).join("");
    this.held = undefined;
    return this.send(framed);
  }

  end(): void {
    this.stdin.end();
  }

  private send(framed: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.stdin.write(framed, "utf8", (e) => {
        if (!e) return resolve();
        this.fireError(e);
        reject(e);
      }),
    );
  }
}

export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private listeners: (() => void)[] = [];
  readonly stderr: string[] = [];
  exited: number | null | undefined = undefined;
  /** The server's answer to `initialize`. */
  initializeResult: { serverInfo?: { name: string; version?: string } } | undefined;
  private versions = new Map<string, number>();

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: MessageConnection,
    private readonly writer: HoldingMessageWriter,
  ) {}

  static async start(root: string | undefined, opts: StartOptions = {}): Promise<LspClient> {
    const proc = spawn(process.execPath, opts.command ?? ["--import", "tsx", join(REPO, "lsp", "main.ts"), "--stdio"], {
      cwd: REPO,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const writer = new HoldingMessageWriter(proc.stdin!);
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), writer);
    const client = new LspClient(proc, conn, writer);
    proc.stderr!.on("data", (d: Buffer) => client.stderr.push(d.toString()));
    proc.on("exit", (code) => {
      client.exited = code;
      client.notify();
    });
    conn.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
      client.diagnostics.set(p.uri, p);
      client.notify();
    });
    conn.onNotification("window/logMessage", (p: { message: string }) => {
      client.stderr.push(p.message);
      client.notify();
    });
    conn.onRequest("workspace/configuration", (p: { items: { section?: string }[] }) =>
      p.items.map(() => opts.configuration ?? null),
    );
    conn.onRequest("client/registerCapability", () => null);
    conn.listen();
    client.initializeResult = await conn.sendRequest("initialize", {
      processId: process.pid,
      rootUri: root ? uriOf(root) : null,
      workspaceFolders: opts.workspaceFolders?.map((uri) => ({ uri, name: uri })) ?? (root ? [{ uri: uriOf(root), name: "root" }] : null),
      initializationOptions: opts.initializationOptions,
      capabilities: {
        workspace: { configuration: opts.configuration !== undefined, workspaceFolders: true },
        textDocument: {
          completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown"] } },
          hover: { contentFormat: ["markdown"] },
          rename: { prepareSupport: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
        },
      },
    });
    await conn.sendNotification("initialized", {});
    return client;
  }

  private notify(): void {
    const l = this.listeners;
    this.listeners = [];
    for (const f of l) f();
  }

  /**
   * Resolves when `pred` holds (checked on every diagnostics or log notification). The timeout only
   * catches a server that never answers: it stays under SERVER_TEST_TIMEOUT, and well above
   * the first check (worker start and compile), which took over 20 s on a loaded 2-core machine.
   */
  waitFor<T>(pred: () => T | undefined | false, timeoutMs = SERVER_TEST_TIMEOUT - 10_000, what = "condition"): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join("").slice(-2000)}`)), timeoutMs);
      const check = () => {
        if (this.exited !== undefined) {
          clearTimeout(timer);
          reject(new Error(`server exited (${this.exited}); stderr: ${this.stderr.join("").slice(-2000)}`));
          return;
        }
        const v = pred();
        if (v) {
          clearTimeout(timer);
          resolve(v);
        } else this.listeners.push(check);
      };
      check();
    });
  }

  /**
   * Waits for diagnostics of `uri` (for `version`, when given: a publication without a
   * version is of the file on disk, as it was before the editor opened it, and one of
   * another version is of other text, however the messages interleave).
   */
  diagnosticsFor(uri: string, version?: number): Promise<Diagnostic[]> {
    return this.waitFor(
      () => {
        const p = this.diagnostics.get(uri);
        if (!p) return undefined;
        if (version !== undefined && p.version !== version) return undefined;
        return p.diagnostics;
      },
      undefined,
      `diagnostics for ${uri}`,
    );
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    this.diagnostics.delete(uri);
    await this.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "seg", version: 1, text } });
  }

  /** Replaces the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.diagnostics.delete(uri);
    await this.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** An incremental edit. */
  async edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  /**
   * Runs `send`, whose messages (notifications, requests, cancellations) reach the server
   * in one write, as a burst of keystrokes does from a busy editor; returns what `send`
   * returned once they are written (wrap a request's promise in an object or array, or
   * this waits for its answer).
   */
  async inOneWrite<T>(send: () => T): Promise<T> {
    this.writer.hold();
    let sent: T;
    try {
      sent = send();
    } finally {
      await this.writer.flush();
    }
    return sent;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    if (this.exited === undefined) {
      try {
        await Promise.race([this.conn.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
        await this.conn.sendNotification("exit");
      } catch {
        // already gone
      }
      await Promise.race([new Promise((r) => this.proc.once("exit", r)), new Promise((r) => setTimeout(r, 2000))]);
    }
    if (this.exited === undefined) this.proc.kill();
    this.conn.dispose();
  }
}
