/**
 * The seg language server (LSP over stdio). `startServer()` is what `seg lsp --stdio`
 * calls; `lsp/main.ts` runs it directly. Every feature reuses the compiler's public API
 * through `frontend.ts`; see lsp/CONTEXT.md for the design (incremental checks, requests
 * answered from the latest completed check + the current document's fresh parse).
 */
import {
  CodeActionKind,
  FileChangeType,
  WatchKind,
  DiagnosticSeverity,
  DiagnosticTag,
  ErrorCodes,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type ConnectionStrategy,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type InitializeResult,
  type Location,
  type RequestMessage,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { realpathSync } from "node:fs";
import { sep } from "node:path";
import { performance } from "node:perf_hooks";
import type { Position, Range } from "../grammar/ast.ts";
import type { Diagnostic, Fix } from "../grammar/diagnostic.ts";
import { complete } from "./completion.ts";
import { formatText, lineBreaks, type Comment, type SymbolDef, type Token } from "./frontend.ts";
import { declaredValue, hoverContent, keywordHover } from "./hover.ts";
import { documentSymbols, foldingRanges, workspaceSymbols } from "./outline.ts";
import { cmpPos, sameRange } from "./positions.ts";
import { canRename, recordKeyProblem, renameEdits, storageProblem, validateNewName } from "./rename.ts";
import { resolveByName, resolveFromIndex, wordAt, type Resolved } from "./resolve.ts";
import { LEGEND, semanticTokens } from "./semantic.ts";
import { signatureHelp } from "./signature.ts";
import { pathToUri, uriToPath } from "./uris.ts";
import type { FileDiagnostics } from "./worker-protocol.ts";
import { SEG_VERSION } from "../compiler/version.ts";
import { Projects } from "./projects.ts";
import type { Workspace } from "./workspace.ts";

export interface SegServerSettings {
  /** Dialect of the SQL preview in segment hovers (default `sqlite`). */
  previewDialect: string;
  /** Debounce between the last edit and the re-check, in ms (default 15). */
  diagnosticsDelay: number;
  /** The project folders of a workspace folder, relative to it (unset: detected; projects.ts). */
  projects?: string[];
}

export const DEFAULT_SETTINGS: SegServerSettings = { previewDialect: "sqlite", diagnosticsDelay: 15 };

const TRACE = !!process.env.SEG_LSP_TRACE;

const TAGS_BY_CODE: Record<string, DiagnosticTag> = {
  SEG3002: DiagnosticTag.Unnecessary,
  SEG3003: DiagnosticTag.Deprecated,
};

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * A request the client cancelled while it still waits in the connection's queue is answered
 * RequestCancelled at once, without running its handler: an editor cancels the completion of
 * each keystroke at the next one, and handling them all (each parses the document's newest
 * text) queued every later message, the next edit included, behind them.
 */
const ANSWER_CANCELLED_UNDISPATCHED: ConnectionStrategy = {
  // called for queued requests only
  cancelUndispatched: (message) => ({
    jsonrpc: "2.0",
    id: (message as RequestMessage).id,
    error: new ResponseError(LSPErrorCodes.RequestCancelled, "request cancelled").toJson(),
  }),
};

/** Starts the server on the given connection (default: stdin/stdout). */
export function startServer(connection?: Connection): Connection {
  // stdout carries the protocol: nothing else may be printed there
  console.log = console.error;
  console.info = console.error;
  const conn =
    connection ??
    createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout), ANSWER_CANCELLED_UNDISPATCHED);
  const server = new SegServer(conn);
  server.listen();
  // An editor that dies closes our stdin without the protocol's `exit`: end with it (code 1,
  // as for an exit without shutdown) rather than run on with no one to answer. An editor
  // that stops the server sends shutdown and exit and closes stdin at once, and the end of
  // stdin comes before the messages read last are handled: give them a moment (`exit` ends
  // the process itself), and after a shutdown end with 0.
  if (!connection) process.stdin.once("end", () => setTimeout(() => process.exit(server.shutDown ? 0 : 1), 500));
  // Logged to the editor while the connection lives, else to stderr: a handler that threw
  // on a closed connection ended the process with exit 7 and a stack.
  const report = (message: string): void => {
    try {
      conn.console.error(message);
    } catch {
      process.stderr.write(`${message}\n`);
    }
  };
  process.on("uncaughtException", (e) => report(`seg: uncaught ${e.stack ?? e.message}`));
  process.on("unhandledRejection", (e) => report(`seg: unhandled rejection ${String(e)}`));
  return conn;
}

class SegServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly projects: Projects;
  private settings: SegServerSettings = { ...DEFAULT_SETTINGS };
  private roots: string[] = [];
  /** Roots that are symbolic links (or under one), with their real paths. */
  private realRoots: [string, string][] = [];
  private readonly uriByPath = new Map<string, string>();
  private hasConfiguration = false;
  private hasWatchRegistration = false;
  /** Whether the client has sent `shutdown` (the exit code when stdin then closes). */
  shutDown = false;
  private ready = false;
  /** Watched-file changes still being read and applied (`diskApplied`). */
  private readonly diskChanges = new Set<Promise<void>>();

  constructor(private readonly conn: Connection) {
    this.projects = new Projects(
      {
        delay: this.settings.diagnosticsDelay,
        onChecked: (files, removed, ms) => this.publish(files, removed, ms),
        onUnreadable: (path, d) => void this.conn.sendDiagnostics({ uri: this.uriOf(path), diagnostics: d ? [this.toLsp(d)] : [] }),
        onError: (m) => this.conn.console.error(m),
        ...(TRACE
          ? {
              onParse: (path: string, ms: number) => this.conn.console.log(`seg: parse ${path} ${ms.toFixed(1)} ms`),
              onWorkerParse: (path: string, ms: number) => this.conn.console.log(`seg: worker parse ${path} ${ms.toFixed(1)} ms`),
            }
          : {}),
      },
      (m) => {
        this.conn.console.error(m);
        void this.conn.window.showWarningMessage(m);
      },
    );
  }

  /** The project of a document (for a document of none: the one it is parsed alone by, `Projects.host`). */
  private workspaceOf(path: string): Workspace {
    return this.projects.host(path);
  }

  /**
   * Waits for the check of the newest edits of the document's project (`Workspace.fresh`),
   * once the projects are read; then the request is answered only if the client still wants
   * it and the server was not shut down meanwhile (shutdown releases every waiting request).
   */
  private async fresh(path: string, token: CancellationToken): Promise<Workspace> {
    return (await this.freshProjects(token, () => [this.workspaceOf(path)]))[0]!;
  }

  /**
   * `fresh` for the projects `which` names once the projects are read and the watched-file
   * changes received so far applied (workspace symbols: all of them).
   */
  private async freshProjects(token: CancellationToken, which: () => Workspace[]): Promise<Workspace[]> {
    await this.projects.loaded;
    await this.diskApplied();
    const projects = which();
    await Promise.all(projects.map((ws) => ws.fresh()));
    this.refuseAfterShutdown();
    throwIfCancelled(token);
    return projects;
  }

  /**
   * Resolves once the watched-file changes received so far are applied: a request after a
   * file was created or moved answers for it, however long its reading takes (on a loaded
   * machine the definition of a file just moved was answered before it was read: null).
   */
  private async diskApplied(): Promise<void> {
    await Promise.allSettled([...this.diskChanges]);
  }

  private uriOf = (path: string): string => this.uriByPath.get(path) ?? pathToUri(path);

  private pathOf(uri: string): string {
    const p = this.underRootLink(uriToPath(uri));
    this.uriByPath.set(p, uri);
    return p;
  }

  /**
   * A root may be a symbolic link (the project is read through it): a document opened by
   * its real path is the same file, under the root's name.
   */
  private underRootLink(path: string): string {
    for (const [root, real] of this.realRoots) {
      if (path.startsWith(real + sep) && !path.startsWith(root + sep)) return root + path.slice(real.length);
    }
    return path;
  }

  /**
   * Runs a handler; an internal error is logged and answered with `fallback`. A request the
   * client cancelled before it ran (its cancel arrived while it was queued) is not computed.
   */
  private guard<P, R>(name: string, fallback: R, f: (p: P) => R): (p: P, token: CancellationToken) => R {
    return (p: P, token: CancellationToken) => {
      this.refuseAfterShutdown();
      throwIfCancelled(token);
      try {
        return f(p);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        this.conn.console.error(`seg: ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return fallback;
      }
    };
  }

  /** After `shutdown`, the protocol wants every request but `exit` refused. */
  private refuseAfterShutdown(): void {
    if (this.shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, "the server is shutting down");
  }

  /**
   * `guard` for handlers that wait (for the worker's check or a SQL preview): they check
   * the token after each wait (`fresh`, `preview`), as the client may have cancelled meanwhile.
   */
  private guardAsync<P, R>(name: string, fallback: R, f: (p: P, token: CancellationToken) => Promise<R>): (p: P, token: CancellationToken) => Promise<R> {
    return async (p: P, token: CancellationToken) => {
      this.refuseAfterShutdown();
      throwIfCancelled(token);
      try {
        return await f(p, token);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        this.conn.console.error(`seg: ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return fallback;
      }
    };
  }

  listen(): void {
    const c = this.conn;
    c.onInitialize((p) => this.initialize(p));
    c.onShutdown(() => {
      this.refuseAfterShutdown(); // a second shutdown too
      this.shutDown = true;
      this.projects.dispose();
    });
    c.onInitialized(() => void this.initialized());
    c.onDidChangeConfiguration((p) => {
      const s = (p.settings as { seg?: Partial<SegServerSettings> } | undefined)?.seg;
      // seg.projects is per workspace folder: asked for each (scopeUri) when the client can
      if (this.hasConfiguration) void this.fetchConfiguration();
      else if (s) {
        this.applySettings(s);
        if ("projects" in s) this.setProjects(s.projects);
      }
    });
    c.onDidChangeWatchedFiles((p) => {
      for (const ch of p.changes) {
        if (!ch.uri.startsWith("file:")) continue;
        const change = ch.type === FileChangeType.Created ? "created" : ch.type === FileChangeType.Deleted ? "deleted" : "changed";
        const applied = this.projects.diskChanged(this.pathOf(ch.uri), change).then(() => this.rehome());
        this.diskChanges.add(applied);
        // out of the set either way; a failure is still reported (unhandledRejection)
        void applied.finally(() => this.diskChanges.delete(applied));
      }
    });

    this.documents.onDidChangeContent((e) => {
      const path = this.pathOf(e.document.uri);
      const ws = this.projects.of(path);
      if (ws) ws.change(path, e.document.getText(), e.document.version);
      else {
        this.workspaceOf(path).setOutside(path, e.document.getText());
        // before the projects are read, the document waits for its project (`rehome`)
        if (this.projects.ready) this.publishOutside(e.document, path);
      }
    });
    this.documents.onDidClose((e) => {
      const path = this.pathOf(e.document.uri);
      const ws = this.projects.of(path);
      if (!ws) {
        this.projects.closeOutside(path);
        void this.conn.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      } else if (ws.revertsToDisk(path)) void ws.close(path);
      else ws.forget(path);
    });

    c.onCompletion(
      this.guard("completion", [], (p) => {
        const t0 = TRACE ? performance.now() : 0;
        const path = this.pathOf(p.textDocument.uri);
        const ws = this.workspaceOf(path);
        const parsed = ws.parsed(path);
        if (!parsed || inComment(parsed.comments, p.position)) return [];
        const tokens = parsed.tokens;
        const t1 = TRACE ? performance.now() : 0;
        const model = ws.model();
        const t2 = TRACE ? performance.now() : 0;
        const symbols = ws.symbols;
        const t3 = TRACE ? performance.now() : 0;
        const items = complete({ tokens, position: p.position, model, symbols });
        if (TRACE) {
          const t4 = performance.now();
          this.conn.console.log(
            `seg: completion parse ${(t1 - t0).toFixed(1)} model ${(t2 - t1).toFixed(1)} symbols ${(t3 - t2).toFixed(1)} complete ${(t4 - t3).toFixed(1)} ms`,
          );
        }
        return items;
      }),
    );
    c.onHover(
      this.guardAsync("hover", null, async (p, token) => {
        const path = this.pathOf(p.textDocument.uri);
        const ws = this.workspaceOf(path);
        const r = this.resolve(path, p.position);
        if (!r) {
          const tokens: readonly Token[] = ws.parsed(path)?.tokens ?? [];
          const word = wordAt(tokens, p.position);
          return word ? keywordHover(word, tokens[tokens.indexOf(word) + 1]) : null;
        }
        const model = ws.model();
        // the SQL preview of a segment is compiled in the worker (from its latest check)
        const isSegment = r.def ? r.def.kind === "segment" : model.named.get(r.qualifiedName)?.kind === "segment";
        const dialect = this.settings.previewDialect;
        const sql = isSegment ? await ws.preview(r.qualifiedName, dialect) : undefined;
        this.refuseAfterShutdown();
        throwIfCancelled(token);
        // a const's or param's value, from its file's parse (`param lookback: duration = 30 days`)
        const named = model.named.get(r.qualifiedName);
        const valueFile = named && (named.kind === "const" || named.kind === "param") ? ws.parsed(named.file) : undefined;
        const value = valueFile ? declaredValue(valueFile, r.qualifiedName) : undefined;
        return hoverContent(r, model, () => (sql === undefined ? undefined : { dialect, sql }), value);
      }),
    );
    c.onDefinition(
      this.guardAsync("definition", null, async (p, token): Promise<Location | null> => {
        const path = this.pathOf(p.textDocument.uri);
        await this.fresh(path, token);
        const r = this.resolve(path, p.position);
        const loc = r && this.locationOf(path, r);
        return loc ?? null;
      }),
    );
    c.onReferences(
      this.guardAsync("references", [], async (p, token): Promise<Location[]> => {
        const path = this.pathOf(p.textDocument.uri);
        const ws = await this.fresh(path, token);
        const r = this.resolve(path, p.position);
        const symbols = ws.symbols;
        if (!r || !symbols) return [];
        const out: Location[] = [];
        if (p.context.includeDeclaration && r.def) out.push({ uri: this.uriOf(r.def.file), range: r.def.nameRange });
        for (const ref of symbols.referencesTo(r.qualifiedName))
          out.push({ uri: this.uriOf(ref.file), range: this.nameRangeIn(ref.file, ref.range, r.def?.name) });
        return out;
      }),
    );
    c.onPrepareRename(
      this.guardAsync("prepareRename", null, async (p, token) => {
        const path = this.pathOf(p.textDocument.uri);
        await this.fresh(path, token);
        const r = this.resolve(path, p.position);
        if (!r?.def || !canRename(r.def))
          throw new ResponseError(ErrorCodes.InvalidRequest, "Only segments, traits, consts, params, entities, attributes, relations, events, properties and test records can be renamed");
        return { range: this.nameRangeIn(path, r.range, r.def.name), placeholder: r.def.name };
      }),
    );
    c.onRenameRequest(
      this.guardAsync("rename", null, async (p, token): Promise<WorkspaceEdit | null> => {
        const path = this.pathOf(p.textDocument.uri);
        const ws = await this.fresh(path, token);
        const r = this.resolve(path, p.position);
        const symbols = ws.symbols;
        if (!r?.def || !symbols || !canRename(r.def)) throw new ResponseError(ErrorCodes.InvalidRequest, "Nothing to rename here");
        const file = ws.parsed(r.def.file)?.file;
        const problem = validateNewName(r.def, p.newName, symbols) ?? storageProblem(r.def, file) ?? recordKeyProblem(r.def, p.newName, symbols, file);
        if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
        const edits = renameEdits(r.def, p.newName, symbols, (f) => ws.parsed(f)?.file);
        const changes: Record<string, LspTextEdit[]> = {};
        for (const [file, list] of edits) {
          const text = this.workspaceOf(file).files.get(file)?.text ?? "";
          changes[this.uriOf(file)] = list.map((e) =>
            e.newText === p.newName ? { range: this.nameRangeIn(file, e.range, r.def!.name), newText: e.newText } : { range: e.range, newText: withLineBreaks(e.newText, text) },
          );
        }
        return { changes };
      }),
    );
    c.onDocumentSymbol(
      this.guard("documentSymbol", [], (p) => {
        const path = this.pathOf(p.textDocument.uri);
        const parsed = this.workspaceOf(path).parsed(path);
        return parsed ? documentSymbols(parsed.file) : [];
      }),
    );
    c.onWorkspaceSymbol(
      this.guardAsync("workspaceSymbol", [], async (p, token) => {
        // As definition does: the symbols of every project, not those of a check still to come.
        const all = await this.freshProjects(token, () => this.projects.all());
        const defs = all.flatMap((ws) => ws.symbols?.definitions ?? []);
        return workspaceSymbols(defs, p.query, this.uriOf);
      }),
    );
    c.onFoldingRanges(
      this.guard("foldingRange", [], (p) => {
        const path = this.pathOf(p.textDocument.uri);
        const parsed = this.workspaceOf(path).parsed(path);
        return parsed ? foldingRanges(parsed.file, parsed.comments, parsed.tokens) : [];
      }),
    );
    c.languages.semanticTokens.on(
      this.guard("semanticTokens", { data: [] }, (p) => {
        const path = this.pathOf(p.textDocument.uri);
        const ws = this.workspaceOf(path);
        const parsed = ws.parsed(path);
        return parsed ? semanticTokens(parsed.tokens, parsed.comments, ws.model()) : { data: [] };
      }),
    );
    c.onDocumentFormatting(
      this.guard("formatting", [], (p) => {
        const doc = this.documents.get(p.textDocument.uri);
        const path = this.pathOf(p.textDocument.uri);
        const text = doc?.getText() ?? this.workspaceOf(path).files.get(path)?.text;
        if (text === undefined) return [];
        const formatted = formatText(text, this.pathOf(p.textDocument.uri));
        // In the document's own line endings: `seg fmt` writes LF, but in an editor the
        // endings are the editor's (a formatted CRLF document then gets no edit at all).
        // A byte order mark the editor left in the text stays, as `seg fmt` keeps it.
        const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        const out = formatted === undefined ? undefined : bom + withLineBreaks(formatted, text);
        if (out === undefined || out === text) return [];
        return [{ range: fullRange(text), newText: out }];
      }),
    );
    c.onCodeAction(
      this.guard("codeAction", [], (p): CodeAction[] => {
        const path = this.pathOf(p.textDocument.uri);
        const actions: CodeAction[] = [];
        const known = this.workspaceOf(path).diagnostics.get(path) ?? [];
        for (const d of p.context.diagnostics) {
          if (d.source !== "seg") continue;
          const fix =
            (d.data as { fix?: Fix } | undefined)?.fix ??
            known.find((k) => k.file === path && k.code === d.code && sameRange(k.range, d.range))?.fix;
          if (!fix) continue;
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: true,
            edit: { changes: { [p.textDocument.uri]: fix.edits.map((e) => ({ range: e.range, newText: e.newText })) } },
          });
        }
        return actions;
      }),
    );
    c.onSignatureHelp(
      this.guard("signatureHelp", null, (p) => {
        const path = this.pathOf(p.textDocument.uri);
        const parsed = this.workspaceOf(path).parsed(path);
        return parsed ? signatureHelp(parsed.tokens, p.position) : null;
      }),
    );

    this.documents.listen(c);
    c.listen();
  }

  private initialize(p: InitializeParams): InitializeResult {
    const folders = p.workspaceFolders?.map((f) => f.uri) ?? (p.rootUri ? [p.rootUri] : p.rootPath ? [pathToUri(p.rootPath)] : []);
    this.roots = folders.filter((u) => u.startsWith("file:")).map((u) => uriToPath(u));
    this.projects.setFolders(
      this.roots,
      folders.filter((u) => !u.startsWith("file:")),
    );
    this.realRoots = this.roots.flatMap((root): [string, string][] => {
      try {
        const real = realpathSync(root);
        return real === root ? [] : [[root, real]];
      } catch {
        return [];
      }
    });
    const opts = p.initializationOptions as Partial<SegServerSettings> | undefined;
    if (opts) this.applySettings(opts);
    // for every folder (relative to each); a client with workspace/configuration may set it per folder
    if (opts && "projects" in opts) this.projects.setProjectsSetting(undefined, opts.projects);
    this.hasConfiguration = !!p.capabilities.workspace?.configuration;
    this.hasWatchRegistration = !!p.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [".", "(", "[", "\"", " ", ","], resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true },
        documentFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        signatureHelpProvider: { triggerCharacters: ["("], retriggerCharacters: [" ", ","] },
      },
      serverInfo: { name: "seg", version: SEG_VERSION },
    };
  }

  private async initialized(): Promise<void> {
    if (this.hasConfiguration) await this.fetchConfiguration();
    if (this.hasWatchRegistration) {
      try {
        await this.conn.client.register((await import("vscode-languageserver/node")).DidChangeWatchedFilesNotification.type, {
          // Folders too: an editor reports a deleted or moved folder, not the files in it.
          watchers: [{ globPattern: "**/*.seg" }, { globPattern: "**/*", kind: WatchKind.Create | WatchKind.Delete }],
        });
      } catch {
        // the client refused: the project is still read at start and from open documents
      }
    }
    await this.projects.load();
    this.ready = true;
    this.rehome();
  }

  private async fetchConfiguration(): Promise<void> {
    try {
      const s = (await this.conn.workspace.getConfiguration("seg")) as Partial<SegServerSettings> | null;
      if (s) this.applySettings(s);
      // seg.projects may differ per workspace folder (a multi-root workspace)
      const folders = this.projects.fileFolders;
      if (!folders.length) return;
      const scoped = (await this.conn.workspace.getConfiguration(folders.map((f) => ({ scopeUri: pathToUri(f), section: "seg" })))) as
        | (Partial<SegServerSettings> | null)[]
        | null;
      folders.forEach((f, i) => {
        const setting = scoped?.[i]?.projects;
        if (setting !== undefined) this.projects.setProjectsSetting(f, setting);
      });
      await this.projects.settingsChanged();
      this.rehome();
    } catch {
      // keep the current settings
    }
  }

  /** `seg.projects` for every folder, from a client without workspace/configuration. */
  private setProjects(setting: unknown): void {
    this.projects.setProjectsSetting(undefined, setting);
    void this.projects.settingsChanged().then(() => this.rehome());
  }

  /**
   * Puts every open document in its project (after the projects are read, or when their
   * layout changed: a document that left one is taken in by another, or is outside).
   */
  private rehome(): void {
    if (!this.projects.ready) return;
    for (const doc of this.documents.all()) {
      const path = this.pathOf(doc.uri);
      const ws = this.projects.of(path);
      if (ws) {
        if (ws.files.get(path)?.open) continue;
        this.projects.closeOutside(path);
        ws.open(path, doc.getText(), doc.version);
      } else {
        this.projects.closeOutside(path);
        this.workspaceOf(path).setOutside(path, doc.getText());
        this.publishOutside(doc, path);
      }
    }
  }

  private applySettings(s: Partial<SegServerSettings>): void {
    if (typeof s.previewDialect === "string" && s.previewDialect) this.settings.previewDialect = s.previewDialect;
    if (typeof s.diagnosticsDelay === "number" && Number.isFinite(s.diagnosticsDelay)) {
      this.settings.diagnosticsDelay = s.diagnosticsDelay;
      this.projects.setDelay(s.diagnosticsDelay);
    }
  }

  /**
   * A document that is not part of the project (outside the workspace folders, or a `git:`
   * copy in a diff view) is checked on its own for syntax only: its declarations would
   * clash with the project's.
   */
  private publishOutside(doc: TextDocument, path: string): void {
    // the workspace's parse, which the one-file features of the document read too
    const diagnostics = (this.workspaceOf(path).parsed(path)?.diagnostics ?? []).map((d) => this.toLsp(d));
    void this.conn.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  /**
   * What the word at `position` names: from the symbol index when it is up to date for
   * this file, else by name from the fresh parse. (Rename, references and definition call
   * `workspace.fresh()` first, which waits for the check of the latest edits.)
   */
  private resolve(path: string, position: Position): Resolved | undefined {
    const ws = this.workspaceOf(path);
    const symbols = ws.symbols;
    if (symbols && !ws.isDirty(path)) {
      const r = resolveFromIndex(symbols, path, position);
      if (r) return r;
    }
    const parsed = ws.parsed(path);
    if (!parsed) return undefined;
    return resolveByName(path, parsed.tokens, position, ws.model(), symbols);
  }

  /** Where what `r` names is declared, in the project of `path`. */
  private locationOf(path: string, r: Resolved): Location | undefined {
    if (r.def) return { uri: this.uriOf(r.def.file), range: r.def.nameRange };
    const m = this.workspaceOf(path).model();
    const qn = r.qualifiedName;
    const dot = qn.indexOf(".");
    if (dot > 0) {
      const a = qn.slice(0, dot);
      const b = qn.slice(dot + 1);
      const p = m.events.get(a)?.properties.get(b) ?? m.entities.get(a)?.members.get(b);
      return p ? { uri: this.uriOf(p.file), range: p.nameRange } : undefined;
    }
    const n = m.named.get(qn) ?? m.events.get(qn) ?? m.entities.get(qn);
    return n ? { uri: this.uriOf(n.file), range: n.nameRange } : undefined;
  }

  /**
   * A reference range narrowed to the name it contains (a checker may record the whole
   * `in power_users` or `account.industry`): the last occurrence of `name` in the range.
   */
  private nameRangeIn(file: string, range: Range, name: string | undefined): Range {
    if (!name || range.start.line !== range.end.line) return range;
    const text = this.workspaceOf(file).files.get(file)?.text;
    if (!text) return range;
    const line = lineText(text, range.start.line);
    const slice = line.slice(range.start.character, range.end.character);
    if (slice === name) return range;
    const re = new RegExp(`(?<![A-Za-z0-9_])${name}(?![A-Za-z0-9_])`, "g");
    let last = -1;
    for (let m = re.exec(slice); m; m = re.exec(slice)) last = m.index;
    if (last < 0) return range;
    const start = range.start.character + last;
    return { start: { line: range.start.line, character: start }, end: { line: range.start.line, character: start + name.length } };
  }

  private toLsp(d: Diagnostic): LspDiagnostic {
    const out: LspDiagnostic = {
      range: d.range,
      severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Error,
      code: d.code,
      source: "seg",
      message: d.message,
    };
    const tag = TAGS_BY_CODE[d.code];
    if (tag) out.tags = [tag];
    if (d.related?.length)
      out.relatedInformation = d.related.map((r) => ({ location: { uri: this.uriOf(r.file), range: r.range }, message: r.message }));
    if (d.fix) out.data = { fix: d.fix };
    return out;
  }

  /** Publishes what the worker reported changed (it skips files whose diagnostics and version did not). */
  private publish(files: FileDiagnostics[], removed: string[], checkMs: number): void {
    const t0 = performance.now();
    const sorted = (ds: Diagnostic[]) =>
      ds
        .slice()
        .sort((a, b) => cmpPos(a.range.start, b.range.start) || a.code.localeCompare(b.code))
        .map((d) => this.toLsp(d));
    for (const f of files) void this.conn.sendDiagnostics({ uri: this.uriOf(f.path), version: f.version, diagnostics: sorted(f.diagnostics) });
    for (const path of removed) {
      // A file that left its project may be in another now (whose check may have come
      // first: show what it found), or outside every project (syntax errors only).
      const owner = this.projects.of(path);
      const doc = this.documents.get(this.uriOf(path));
      if (!owner && doc && this.projects.ready) {
        this.publishOutside(doc, path);
        continue;
      }
      const unreadable = owner?.unreadable.get(path);
      void this.conn.sendDiagnostics({ uri: this.uriOf(path), diagnostics: unreadable ? [this.toLsp(unreadable)] : sorted(owner?.diagnostics.get(path) ?? []) });
    }
    if (TRACE) this.conn.console.log(`seg: check ${checkMs.toFixed(1)} ms, publish ${(performance.now() - t0).toFixed(1)} ms`);
  }
}

function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, "request cancelled");
}

/**
 * The cursor is in a comment's text: after its opening slash, up to the end of a line
 * comment (the end of the line) or before a block comment's closing star and slash.
 */
function inComment(comments: readonly Comment[], p: Position): boolean {
  // a block comment left open runs to the end of the file, the cursor's end included
  const closed = (c: Comment) => c.kind === "block" && c.text.endsWith("*/");
  return comments.some((c) => cmpPos(c.range.start, p) < 0 && (closed(c) ? cmpPos(p, c.range.end) < 0 : cmpPos(p, c.range.end) <= 0));
}

function lineText(text: string, line: number): string {
  let start = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) return "";
    start = nl + 1;
  }
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, "");
}

/** `lf` (text with `\n` line breaks) with the line breaks `text` uses (its first one's). */
function withLineBreaks(lf: string, text: string): string {
  const eol = lineBreaks(text)[0] ?? "\n";
  return eol === "\n" ? lf : lf.replaceAll("\n", eol);
}

function fullRange(text: string): Range {
  const lines = text.split(/\r\n|\r|\n/);
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
}

export type { SymbolDef };
