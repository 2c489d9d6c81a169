/**
 * Diagnostics as the CLI prints them: a human format with a code frame (like tsc/rustc),
 * JSON, SARIF 2.1.0 for code-scanning upload, and GitHub workflow annotations.
 * Positions in every output format are 1-based; the diagnostics themselves are 0-based.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic, Fix, Range } from "../compiler/index.ts";
import { SEG_VERSION } from "../compiler/version.ts";
import { displayPath } from "../compiler/directories.ts";

export const DIAGNOSTIC_FORMATS = ["text", "json", "sarif", "github"] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

export interface ReportOptions {
  /**
   * File texts by path, for code frames. A diagnostic of a file not here is about no file
   * (`<params>`: a `--param` override): SARIF and GitHub output give it no location.
   */
  sources: ReadonlyMap<string, string>;
  /** Text and JSON show paths relative to this directory (SARIF and GitHub: repositoryPaths). */
  cwd: string;
  color: boolean;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Stable order: by file, then position, then code, so output is deterministic. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { displayPath };

/** A file as a CI service finds it: relative to `root`, or absolute (no root) outside it. */
interface RepositoryPath {
  root?: string;
  path: string;
}

/**
 * GitHub resolves annotation and SARIF paths against the repository root, not the working
 * directory of the step (`working-directory:`). So a file is shown relative to the git work
 * tree holding it (a `.git` folder, or the `.git` file of a linked worktree); outside a
 * repository relative to the working directory, as text output shows it.
 */
function repositoryPaths(cwd: string): (file: string) => RepositoryPath {
  const roots = new Map<string, string | undefined>();
  const workTreeRoot = (dir: string): string | undefined => {
    if (!roots.has(dir)) {
      const parent = path.dirname(dir);
      roots.set(dir, isRepositoryRoot(dir) ? dir : parent === dir ? undefined : workTreeRoot(parent));
    }
    return roots.get(dir);
  };
  return (file) => {
    const root = workTreeRoot(path.dirname(file)) ?? cwd;
    const shown = displayPath(file, root);
    return path.isAbsolute(shown) ? { path: shown } : { root, path: shown };
  };
}

/**
 * A directory with a `.git` folder, or with the `.git` file of a linked worktree; not a
 * submodule's (`gitdir: ../.git/modules/x`): GitHub names its files from the superproject.
 */
function isRepositoryRoot(dir: string): boolean {
  const git = path.join(dir, ".git");
  if (!fs.existsSync(git)) return false;
  if (fs.statSync(git).isDirectory()) return true;
  return !/^gitdir:.*[\\/]modules[\\/]/m.test(fs.readFileSync(git, "utf8"));
}

export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: DiagnosticFormat,
  options: ReportOptions,
): string {
  const sorted = sortDiagnostics(diagnostics);
  switch (format) {
    case "text":
      return formatText(sorted, options);
    case "json":
      return formatJson(sorted, options);
    case "sarif":
      return formatSarif(sorted, options);
    case "github":
      return formatGithub(sorted, options);
  }
}

function formatJson(diagnostics: Diagnostic[], options: ReportOptions): string {
  const rows = diagnostics.map((d) => ({
    ...jsonLocation(d.file, d.range, options),
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.fix ? { fix: d.fix.title } : {}),
    ...(d.related?.length ? { related: d.related.map((r) => ({ ...jsonLocation(r.file, r.range, options), message: r.message })) } : {}),
  }));
  return JSON.stringify({ diagnostics: rows }, null, 2) + "\n";
}

/** A JSON report's location: the file as shown, the range 1-based. */
function jsonLocation(file: string, range: Diagnostic["range"], options: ReportOptions): { file: string; line: number; column: number; endLine: number; endColumn: number } {
  return { file: displayPath(file, options.cwd), line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

// ---------------------------------------------------------------------------------------
// Human format

const ANSI = { red: 31, yellow: 33, cyan: 36, blue: 34, gray: 90, bold: 1 } as const;

function paint(enabled: boolean, style: keyof typeof ANSI, text: string): string {
  return enabled ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
}

function formatText(diagnostics: Diagnostic[], options: ReportOptions): string {
  const color = options.color;
  const out: string[] = [];
  // Each file's lines split once: a file with thousands of errors split its text for each (quadratic).
  const linesOf = new Map<string, string[]>();
  for (const d of diagnostics) {
    const where = `${displayPath(d.file, options.cwd)}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
    const severity = paint(color, d.severity === "error" ? "red" : d.severity === "warning" ? "yellow" : "blue", d.severity);
    out.push(`${paint(color, "cyan", where)}: ${severity} ${paint(color, "gray", d.code)} ${d.message}`);
    let lines = linesOf.get(d.file);
    const text = options.sources.get(d.file);
    if (lines === undefined && text !== undefined) linesOf.set(d.file, (lines = sourceLines(text)));
    const frame = codeFrame(lines, d, color);
    if (frame) out.push(frame);
    if (d.fix) out.push(`  ${paint(color, "bold", "fix:")} ${d.fix.title}`);
    for (const related of d.related ?? []) {
      out.push(
        `  ${paint(color, "gray", "note:")} ${displayPath(related.file, options.cwd)}:${related.range.start.line + 1}:${related.range.start.character + 1}: ${related.message}`,
      );
    }
    out.push("");
  }
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  if (diagnostics.length > 0) out.push(`${plural(errors, "error")}, ${plural(warnings, "warning")}`);
  return out.length ? out.join("\n") + "\n" : "";
}

/**
 * A file's lines as diagnostics count them (grammar's LineMap, an editor): a line ends at
 * `\r\n`, `\n` or a lone `\r`, so a file saved with old Mac or mixed endings gets its frames.
 */
export function sourceLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * A value as a terminal may show it: control characters (NUL, ESC…) as their Unicode
 * pictures, one column each (a raw ESC would drive the terminal); the C1 controls (CSI),
 * line separators, bidi overrides (which reorder what follows on screen) and invisible ones
 * (zero-width space, soft hyphen, a byte order mark) as their code points.
 */
export function visibleControls(line: string): string {
  const shown = line.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === "\u007f" ? "\u2421" : String.fromCharCode(0x2400 + c.charCodeAt(0))));
  return shown.replace(/[\u0080-\u009f\u00ad\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`);
}

/**
 * Source text as a code frame shows it: tabs as four spaces (as rustc does; a terminal's
 * tab stops would depend on the gutter), the rest as `visibleControls`, so that the caret
 * line can be measured from the very text shown.
 */
function frameText(text: string): string {
  return visibleControls(text.replaceAll("\t", "    "));
}

/** Terminal columns of a source line a code frame shows at most, and before the range when cut. */
const MAX_FRAME_WIDTH = 160;
const FRAME_CONTEXT = 40;

/**
 * Characters a terminal shows in no column: combining marks, format characters (joiners),
 * variation selectors; but for the format characters terminals draw in a column of their
 * own (the Arabic number signs, U+0600–0605 and kin; the soft hyphen is shown as its code point).
 */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\ufe00-\ufe0f]|(?![\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}])\p{Cf}/gu;
/** Characters a terminal shows in two columns: East Asian wide and fullwidth ones (emoji: `EMOJI`). */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/gu;
/**
 * A character (grapheme cluster) a terminal draws as one emoji in two columns: one shown as
 * an emoji by default, with or without a skin tone or joined to others (👨‍👩‍👧), a flag (two
 * regional indicators), a text character made an emoji by the variation selector (❤️), a
 * keycap (1️⃣).
 */
const EMOJI = /\p{Emoji_Presentation}|\p{Emoji}\ufe0f|\u20e3/u;

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The columns one character of a line takes in a code frame, shown as `frameText` shows it. */
function characterWidth(character: string): number {
  const shown = frameText(character);
  if (EMOJI.test(shown)) return 2;
  const visible = shown.replace(ZERO_WIDTH, "");
  return [...visible].length + (visible.match(WIDE)?.length ?? 0);
}

/**
 * A line's characters as a frame shows them: where each starts and ends (a cut never splits
 * one) and the terminal columns it takes, so that a caret lines up under its range after
 * `"東京"`, `é` written with a combining accent or 👨‍👩‍👧 (diagnostics count UTF-16 code units).
 */
function frameCells(line: string): FrameCell[] {
  return Array.from(GRAPHEMES.segment(line), (g) => ({ index: g.index, end: g.index + g.segment.length, width: characterWidth(g.segment) }));
}

interface FrameCell {
  index: number;
  end: number;
  width: number;
}

/** The columns of the characters that `keep` selects. */
function columnsOf(cells: readonly FrameCell[], keep: (cell: FrameCell) => boolean): number {
  return cells.reduce((sum, cell) => (keep(cell) ? sum + cell.width : sum), 0);
}

/** The end of the longest run of whole characters from offset `at` that fits in `columns`. */
function fitAfter(cells: readonly FrameCell[], lineLength: number, at: number, columns: number): number {
  let used = 0;
  for (const cell of cells) {
    if (cell.index < at) continue;
    used += cell.width;
    if (used > columns) return cell.index;
  }
  return lineLength;
}

/** The start of the longest run of whole characters before offset `at` that fits in `columns`. */
function fitBefore(cells: readonly FrameCell[], at: number, columns: number): number {
  let used = 0;
  let from = at;
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i]!;
    if (cell.index >= at) continue;
    used += cell.width;
    if (used > columns) break;
    from = cell.index;
  }
  return from;
}

/** The offending line with its number and a caret run under the range (first line only). */
function codeFrame(lines: readonly string[] | undefined, d: Diagnostic, color: boolean): string | undefined {
  if (lines === undefined) return undefined;
  const lineIndex = d.range.start.line;
  const line = lines[lineIndex];
  if (line === undefined) return undefined;
  const number = String(lineIndex + 1);
  const gutter = " ".repeat(number.length);
  const start = Math.min(d.range.start.character, line.length);
  const end = d.range.end.line === lineIndex ? Math.min(d.range.end.character, line.length) : line.length;
  // A long line (a generated list, a huge string) is shown around the range, cut with "…",
  // measured in the columns the frame takes (東 takes two, a combining accent none).
  const cells = frameCells(line);
  let from = 0;
  let shownEnd = line.length;
  if (columnsOf(cells, () => true) > MAX_FRAME_WIDTH) {
    from = fitBefore(cells, start, FRAME_CONTEXT);
    const to = Math.max(end, fitAfter(cells, line.length, from, MAX_FRAME_WIDTH));
    shownEnd = Math.min(to, fitAfter(cells, line.length, start, MAX_FRAME_WIDTH));
  }
  const before = from > 0 ? "…" : "";
  const after = shownEnd < line.length ? "…" : "";
  // Under every character the range touches, also one it starts or ends inside.
  const rangeEnd = Math.min(end, shownEnd);
  const width = Math.max(1, columnsOf(cells, (c) => c.index >= from && c.index < rangeEnd && c.end > start));
  const padding = " ".repeat((before ? 1 : 0) + columnsOf(cells, (c) => c.index >= from && c.end <= start));
  const caret = paint(color, d.severity === "error" ? "red" : "yellow", "^".repeat(width));
  return [
    `${gutter} ${paint(color, "gray", "|")}`,
    `${paint(color, "gray", number)} ${paint(color, "gray", "|")} ${before}${frameText(line.slice(from, shownEnd))}${after}`,
    `${gutter} ${paint(color, "gray", "|")} ${padding}${caret}`,
  ].join("\n");
}

// ---------------------------------------------------------------------------------------
// GitHub workflow annotations

function escapeGithubData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeGithubProperty(value: string): string {
  return escapeGithubData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function formatGithub(diagnostics: Diagnostic[], options: ReportOptions): string {
  const locate = repositoryPaths(options.cwd);
  return diagnostics
    .map((d) => {
      const command = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
      const location = options.sources.has(d.file)
        ? [
            `file=${escapeGithubProperty(locate(d.file).path)}`,
            `line=${d.range.start.line + 1}`,
            `col=${d.range.start.character + 1}`,
            `endLine=${d.range.end.line + 1}`,
            `endColumn=${d.range.end.character + 1}`,
          ]
        : [];
      const props = [...location, `title=${escapeGithubProperty(d.code)}`].join(",");
      return `::${command} ${props}::${escapeGithubData(d.message)}\n`;
    })
    .join("");
}

// ---------------------------------------------------------------------------------------
// SARIF 2.1.0

function formatSarif(diagnostics: Diagnostic[], options: ReportOptions): string {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort(compareStrings);
  const descriptions = codes.length > 0 ? documentedMeanings() : new Map<string, string>();
  const artifacts = new SarifArtifacts(options.cwd);
  const results = diagnostics.map((d) => {
    const inFile = options.sources.has(d.file);
    const related = (d.related ?? []).filter((r) => options.sources.has(r.file));
    return {
      ruleId: d.code,
      level: d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "note",
      message: { text: d.message },
      ...(inFile ? { locations: [{ physicalLocation: sarifLocation(artifacts.of(d.file), d.range) }] } : {}),
      ...(related.length
        ? { relatedLocations: related.map((r, id) => ({ id, physicalLocation: sarifLocation(artifacts.of(r.file), r.range), message: { text: r.message } })) }
        : {}),
      ...(inFile && d.fix?.edits.length ? { fixes: [sarifFix(artifacts.of(d.file), d.fix)] } : {}),
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "seg",
            version: SEG_VERSION,
            rules: codes.map((code) => ({ id: code, ...sarifRuleDescription(descriptions.get(code)) })),
          },
        },
        // Our columns count UTF-16 code units, as LSP positions do.
        columnKind: "utf16CodeUnits",
        ...artifacts.originalUriBaseIds(),
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}

interface SarifArtifact {
  uri: string;
  uriBaseId?: string;
}

/**
 * Files as SARIF artifact locations: relative to their repository root (repositoryPaths),
 * named by a base id (`%SRCROOT%`; `%SRCROOT2%`… should files come from several work
 * trees) that `run.originalUriBaseIds` defines; elsewhere absolute `file:` URIs.
 */
class SarifArtifacts {
  private readonly locate: (file: string) => RepositoryPath;
  private readonly baseIds = new Map<string, string>();

  constructor(cwd: string) {
    this.locate = repositoryPaths(cwd);
  }

  of(file: string): SarifArtifact {
    const { root, path: shown } = this.locate(file);
    if (root === undefined) return { uri: pathToFileURL(file).href };
    let baseId = this.baseIds.get(root);
    if (baseId === undefined) {
      baseId = this.baseIds.size === 0 ? "%SRCROOT%" : `%SRCROOT${this.baseIds.size + 1}%`;
      this.baseIds.set(root, baseId);
    }
    // A URI reference: each segment percent-encoded (`#`, `%`, spaces, non-ASCII).
    return { uri: shown.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: baseId };
  }

  /** The roots the locations so far are relative to (a base URI ends with a slash). */
  originalUriBaseIds(): { originalUriBaseIds?: Record<string, { uri: string }> } {
    if (this.baseIds.size === 0) return {};
    return { originalUriBaseIds: Object.fromEntries([...this.baseIds].map(([root, baseId]) => [baseId, { uri: pathToFileURL(path.join(root, path.sep)).href }])) };
  }
}

/** A SARIF physical location: the file as a URI reference, the range 1-based. */
function sarifLocation(artifactLocation: SarifArtifact, range: Range): object {
  return { artifactLocation, region: sarifRegion(range) };
}

/** 1-based, the end exclusive; an empty range (an insertion point) is an empty region. */
function sarifRegion(range: Range): object {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A fix as SARIF wants it: the edits (all in the diagnostic's file) as replacements. */
function sarifFix(artifactLocation: SarifArtifact, fix: Fix): object {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation,
        replacements: fix.edits.map((edit) => ({ deletedRegion: sarifRegion(edit.range), insertedContent: { text: edit.newText } })),
      },
    ],
  };
}

/**
 * A rule's documented meaning as SARIF's plain text (no Markdown code or bold marks, a
 * link's text without its target). No
 * help URL: the package has no published home to link to, and a path would point into the
 * user's repository.
 */
function sarifRuleDescription(meaning: string | undefined): object {
  if (meaning === undefined) return {};
  return { shortDescription: { text: meaning.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\*\*|`/g, "") } };
}

/**
 * The package's docs/diagnostics.md (checker codes) and docs/language.md (syntax codes,
 * SEG0xxx): beside cli/ in a checkout, two folders up from dist/cli/ or dist/chunks/ (bundled).
 */
const MEANING_DOCS = ["diagnostics.md", "language.md"].map((name) =>
  ["../docs/", "../../docs/"].map((dir) => new URL(`${dir}${name}`, import.meta.url)),
);

/** Each code's "meaning" cell in the tables of those docs (none when a doc is missing). */
function documentedMeanings(): Map<string, string> {
  const meanings = new Map<string, string>();
  for (const candidates of MEANING_DOCS) {
    const doc = candidates.find((url) => fs.existsSync(url));
    if (!doc) continue;
    for (const row of fs.readFileSync(doc, "utf8").matchAll(/^\| (SEG\d{4}) \| ((?:[^|\\]|\\.)*?) \|/gm)) {
      if (!meanings.has(row[1]!)) meanings.set(row[1]!, row[2]!.replaceAll("\\|", "|"));
    }
  }
  return meanings;
}
