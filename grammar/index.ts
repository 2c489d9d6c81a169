/**
 * Public API of grammar/: `parse(text, path)` → AST + syntax diagnostics + comments +
 * tokens. One lexer and one parser for the process; `parse` never throws.
 */
import { tokenFix } from "./fixes.ts";
import { EOF, type IRecognitionException, type IToken } from "chevrotain";
import type { Position, Range, SegFile } from "./ast.ts";
import type { Diagnostic, Fix } from "./diagnostic.ts";
import * as T from "./lexer.ts";
import { SegParser } from "./parser.ts";
import { buildFile, LineMap, validToken } from "./visitor.ts";
import { checkerReportsName, SEGMENT_BODY_EXPECTED, segmentBodyMessage, unexpectedAtTopLevel } from "./messages.ts";

export { KEYWORDS, HARD_KEYWORDS, isKeywordSpelling } from "./lexer.ts";
export { MAX_NESTING } from "./parser.ts";
export { LineMap, MAX_OPERATORS } from "./visitor.ts";

export interface Comment {
  /** The comment's full source text, including `//`, `///` or `/* *\/`. */
  text: string;
  range: Range;
  kind: "line" | "block" | "doc";
}

export interface TokenInfo {
  /**
   * Token type name: `Identifier`, `StringLit`, `NumberLit`, `TimeLit`, `Kw_<word>` for
   * keywords (`Kw_segment`, `Kw_day` for `day`/`days`), punctuation (`LBrace`, `EqEq`...).
   */
  type: string;
  range: Range;
  image: string;
  /** True for keywords (soft ones too: a soft keyword may still be used as a name). */
  keyword: boolean;
}

export interface ParseResult {
  file: SegFile;
  diagnostics: Diagnostic[];
  comments: Comment[];
  /** The parser's tokens in source order (no comments, no whitespace). */
  tokens: TokenInfo[];
}

let parser: SegParser | undefined;
function getParser(): SegParser {
  parser ??= new SegParser();
  return parser;
}

const LEXER_HINTS: Record<string, string> = {
  "'": "strings use double quotes: \"like this\"",
  "&": "write `and`",
  "|": "write `or`",
  "!": "write `not` (or `!=` for “not equal”)",
  ";": "no semicolons are needed",
  "%": "percentages are not supported yet",
  "$": "names are letters, digits and `_`",
  "@": "names are letters, digits and `_`",
};

/** Other languages' operators, which the lexer reads as the language's: `&&` is `and`. */
const FOREIGN_OPERATORS = new Map([
  [T.AmpAmp, "and"],
  [T.PipePipe, "or"],
  [T.SqlNotEq, "!="],
]);

/** A fix that removes `length` characters at `offset`. */
function removeFix(lines: LineMap, offset: number, length: number, what: string): Fix {
  return { title: `Remove ${what}`, edits: [{ range: lines.range(offset, offset + length), newText: "" }] };
}

/** Parses one `.seg` file. Never throws. */
export function parse(text: string, path: string): ParseResult {
  const lines = new LineMap(text);
  const diagnostics: Diagnostic[] = [];
  try {
    return parseInner(text, path, lines, diagnostics);
  } catch (e) {
    diagnostics.push({
      code: "SEG0000",
      severity: "error",
      message: `internal error in the parser (please report it): ${e instanceof Error ? e.message : String(e)}`,
      file: path,
      range: lines.range(0, 0),
    });
    return {
      file: { kind: "file", path, declarations: [], range: lines.range(0, text.length) },
      diagnostics,
      comments: [],
      tokens: [],
    };
  }
}

/** A character as a message names it: invisible ones (NUL, zero-width space…) by code point. */
function showCharacter(ch: string): string {
  const codePoint = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return /^[\p{C}\p{Z}]$/u.test(ch) ? codePoint : `\`${ch}\``;
}

function parseInner(text: string, path: string, lines: LineMap, diagnostics: Diagnostic[]): ParseResult {
  const lexed = T.tokenize(text);
  const add = (code: string, message: string, range: Range, fix?: Fix): void => {
    diagnostics.push({ code, severity: "error", message, file: path, range, ...(fix ? { fix } : {}) });
  };

  for (const err of lexed.errors) {
    const ch = String.fromCodePoint(text.codePointAt(err.offset) ?? 0xfffd);
    const hint = LEXER_HINTS[ch];
    add("SEG0005", `unexpected character ${showCharacter(ch)}${hint ? `: ${hint}` : ""}`, lines.range(err.offset, err.offset + Math.max(1, err.length)), ch === ";" ? removeFix(lines, err.offset, 1, "`;`") : undefined);
  }
  for (const t of lexed.groups.foreignComments ?? []) {
    const marker = t.image.startsWith("#") ? "#" : "--";
    const range = lines.range(t.startOffset, t.startOffset + marker.length);
    add("SEG0005", `unexpected \`${marker}\`: comments start with \`//\``, range, { title: "Change to `//`", edits: [{ range, newText: "//" }] });
  }
  const rawComments = lexed.groups.comments ?? [];
  for (const c of rawComments) {
    if (c.tokenType === T.UnterminatedBlockComment)
      add("SEG0006", "this comment is never closed: add `*/`", lines.range(c.startOffset, c.startOffset + 2));
  }
  /** `'free'`: reported after the parse (reportSingleQuotes), which may say more there. */
  const singleQuoted: IToken[] = [];
  for (const t of lexed.tokens) {
    if (t.tokenType === T.UnterminatedString)
      add("SEG0003", "this string is never closed: add `\"` before the end of the line", lines.range(t.startOffset, t.startOffset + t.image.length));
    else if (t.tokenType === T.SingleQuotedString) singleQuoted.push(t);
    const word = FOREIGN_OPERATORS.get(t.tokenType);
    if (word === undefined) continue;
    // `3&&age`: a word needs spaces where the operator had none
    const spaced = (at: string | undefined): string => (at === undefined || /\s/.test(at) ? "" : " ");
    const newText = word === "!=" ? word : `${spaced(text[t.startOffset - 1])}${word}${spaced(text[t.startOffset + t.image.length])}`;
    const range = lines.range(t.startOffset, t.startOffset + t.image.length);
    add("SEG0005", `unexpected \`${t.image}\`: write \`${word}\``, range, { title: `Change to \`${word}\``, edits: [{ range, newText }] });
  }

  const p = getParser();
  p.input = lexed.tokens;
  p.resetState();
  const cst = p.file();
  const parseErrors = p.errors.slice();
  const tooDeepAt = p.tooDeepAt.slice();
  const junkAt = p.junkAt.slice();
  const errorOffsets = parseErrors.map((e) => (validToken(e.token) ? e.token.startOffset : text.length));

  const seen = new Set<string>();
  /** The token after `count(*)`'s `*`, whose error only echoes the one at the `*`. */
  let afterStar: IToken | undefined;
  for (const e of parseErrors) {
    if (afterStar !== undefined && e.token === afterStar) continue;
    const range = errorRange(e, lines, text.length);
    const key = `${range.start.line}:${range.start.character}`;
    if (seen.has(key)) continue; // one syntax error per position is enough
    seen.add(key);
    const missing = e.name === "MismatchedTokenException" && !e.message.startsWith("unexpected");
    /** Where the token at fault is among the tokens (-1 at the end of the file). */
    const at = validToken(e.token) ? lexed.tokens.indexOf(e.token) : -1;
    if (e.token.tokenType === T.Star && e.context.ruleStack.at(-1) === "aggregate") afterStar = lexed.tokens[at + 1];
    // A token the condition could not take: at the top level (`segment s = …`) or in a
    // segment's body (`segment s { where … }`)
    const stray = at > 0 && (e.message === unexpectedAtTopLevel(e.token) || e.message.startsWith(SEGMENT_BODY_EXPECTED));
    // `NOT opted_in`: the checker reports `NOT` with the fix to `not`, which mends this too
    if (stray && checkerReportsName(lexed.tokens[at - 1], e.token)) continue;
    // `percentile(ltv)`, `NOW()`: the parser's `previous` is not the name before the `(` here
    if (stray)
      e.message = e.message.startsWith(SEGMENT_BODY_EXPECTED)
        ? segmentBodyMessage(e.token, lexed.tokens[at - 1])
        : unexpectedAtTopLevel(e.token, lexed.tokens[at - 1], lexed.tokens[at - 2]);
    // `did login in the last 7 days`, as `seg explain` words it: the language has no `the`
    const the = at >= 0 && e.token.tokenType === T.In ? lexed.tokens[at + 1] : undefined;
    if (the?.image === "the" && lexed.tokens[at + 2]?.tokenType === T.Last) {
      const drop = lines.range(the.startOffset, lexed.tokens[at + 2]!.startOffset);
      add("SEG0001", "unexpected `in the`: a window is written `in last 7 days`, without `the`", range, { title: "Remove `the`", edits: [{ range: drop, newText: "" }] });
      continue;
    }
    // SQL's upper-case keywords (`WHERE`, `AND`, `NOT`): named as such, fixed in place
    const keyword = at >= 0 && e.token.tokenType === T.Identifier ? T.keywordInOtherCase(e.token.image) : undefined;
    if (keyword !== undefined) {
      const word = lines.range(e.token.startOffset, e.token.startOffset + e.token.image.length);
      add("SEG0001", `${e.message}; keywords are lower case: write \`${keyword}\``, range, { title: `Change to \`${keyword}\``, edits: [{ range: word, newText: keyword }] });
      continue;
    }
    const fix =
      (e.context.ruleStack.at(-1) === "segmentDecl" ? missingWhereFix(e.token, lexed.tokens, range) : undefined) ??
      (validToken(e.token) ? tokenFix(e.token, lexed.tokens, lines, e.context.ruleStack) : undefined);
    add(missing ? "SEG0002" : "SEG0001", e.message, range, fix);
  }

  const quotedTimes = new Set<number>();
  const file = buildFile(cst, {
    path,
    lines,
    tokens: lexed.tokens,
    comments: rawComments,
    diagnostics,
    tooDeepAt,
    junkAt,
    errorOffsets,
    quotedTimes,
  });
  if (singleQuoted.length > 0) reportSingleQuotes(singleQuoted, lines, diagnostics, path, quotedTimes);
  reportConflictMarkers(text, lines, diagnostics, path, rawComments);
  diagnostics.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  return lazyTokens({ file, diagnostics }, text, lines);
}

/** Orders positions: negative when `a` comes first. */
function cmpPosition(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * SEG0005 with the fix to double quotes on each single-quoted string (`plan != 'free'`,
 * SQL's habit), unless the parser's error there says more (`INTERVAL '7 days'`), another
 * fix rewrites it (`like '%x'`), or it holds a time read as one (the checker reports those).
 */
function reportSingleQuotes(singleQuoted: readonly IToken[], lines: LineMap, diagnostics: Diagnostic[], path: string, quotedTimes: ReadonlySet<number>): void {
  const taken = new Set(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}`));
  // a fix that already rewrites the string (`like '%x'`)
  const fixed = diagnostics.flatMap((d) => d.fix?.edits.map((e) => e.range) ?? []);
  const within = (r: Range, outer: Range) => cmpPosition(outer.start, r.start) <= 0 && cmpPosition(r.end, outer.end) <= 0;
  for (const t of singleQuoted) {
    if (quotedTimes.has(t.startOffset)) continue;
    const range = lines.range(t.startOffset, t.startOffset + t.image.length);
    if (taken.has(`${range.start.line}:${range.start.character}`) || fixed.some((f) => within(range, f))) continue;
    const newText = JSON.stringify(t.image.slice(1, -1));
    diagnostics.push({
      code: "SEG0005",
      severity: "error",
      message: `unexpected character \`'\`: strings use double quotes: ${newText}`,
      file: path,
      range,
      fix: { title: `Change to ${newText}`, edits: [{ range, newText }] },
    });
  }
}

/** A line git writes into a file with a conflict it could not merge (`|||||||`: diff3 style). */
const CONFLICT_MARKER = /^(?:<{7}|\|{7}|>{7})(?: [^\r\n]*)?\r?$|^={7}\r?$/gm;

/**
 * SEG0012 on each merge conflict marker outside comments, in place of the syntax errors the
 * parser finds (`unexpected character <`, `expected a condition after and`: artefacts of
 * the two sides, which the user resolves first) and of the lexer's on those lines.
 */
function reportConflictMarkers(text: string, lines: LineMap, diagnostics: Diagnostic[], path: string, comments: readonly IToken[]): void {
  const inComment = (offset: number): boolean => comments.some((c) => offset >= c.startOffset && offset < c.startOffset + c.image.length);
  const found = [...text.matchAll(CONFLICT_MARKER)].filter((m) => !inComment(m.index));
  // Both ends of a conflict, so that a comment ruled with `=======` is no conflict.
  if (!found.some((m) => m[0].startsWith("<")) || !found.some((m) => m[0].startsWith(">"))) return;
  const markers = found.map((m) => lines.range(m.index, m.index + m[0].trimEnd().length));
  const markerLines = new Set(markers.map((r) => r.start.line));
  const kept = diagnostics.filter((d) => !markerLines.has(d.range.start.line) && d.code !== "SEG0001" && d.code !== "SEG0002");
  diagnostics.length = 0;
  diagnostics.push(...kept);
  for (const range of markers) {
    diagnostics.push({
      code: "SEG0012",
      severity: "error",
      message: "a merge conflict marker: the file still holds both sides of a git conflict; keep the lines you want and delete the `<<<<<<<`, `=======` and `>>>>>>>` lines",
      file: path,
      range,
    });
  }
}

/**
 * Adds `tokens` and `comments`, computed on first access (by lexing the text again):
 * the checker never reads them, the language server and the formatter read them for a
 * few files. Keeping them eagerly for a whole project cost about as much as parsing.
 */
function lazyTokens(r: { file: SegFile; diagnostics: Diagnostic[] }, text: string, lines: LineMap): ParseResult {
  let made: { tokens: TokenInfo[]; comments: Comment[] } | undefined;
  const make = (): { tokens: TokenInfo[]; comments: Comment[] } => {
    if (made) return made;
    const lexed = T.tokenize(text);
    const tokens: TokenInfo[] = new Array(lexed.tokens.length);
    for (let i = 0; i < lexed.tokens.length; i++) {
      const t = lexed.tokens[i]!;
      const name = t.tokenType.name;
      tokens[i] = { type: name, range: lines.range(t.startOffset, t.startOffset + t.image.length), image: t.image, keyword: name.startsWith("Kw_") };
    }
    const comments: Comment[] = [];
    for (const c of lexed.groups.comments ?? []) {
      const kind = c.tokenType === T.DocComment ? "doc" : c.tokenType === T.LineComment ? "line" : "block";
      comments.push({ text: c.image, range: lines.range(c.startOffset, c.startOffset + c.image.length), kind });
    }
    return (made = { tokens, comments });
  };
  return {
    file: r.file,
    diagnostics: r.diagnostics,
    get tokens(): TokenInfo[] {
      return make().tokens;
    },
    set tokens(v: TokenInfo[]) {
      made = { tokens: v, comments: make().comments };
    },
    get comments(): Comment[] {
      return make().comments;
    },
    set comments(v: Comment[]) {
      made = { tokens: make().tokens, comments: v };
    },
  };
}

/**
 * The offending token; but when it is on a later line than the token before it (the
 * value missing at the end of a line), the token before it, where the user is typing.
 */
/**
 * "Insert `where`" for a condition written straight into a segment's body
 * (`segment pro { plan == "pro" }`): the body stopped at a token that starts a condition,
 * with no `where` between it and the body's `{`.
 */
function missingWhereFix(at: IToken, tokens: IToken[], range: Range): Fix | undefined {
  if (![T.Identifier, T.Not, T.Did, T.LParen].includes(at.tokenType) && !at.tokenType.CATEGORIES?.includes(T.AggFn)) return undefined;
  const index = tokens.indexOf(at);
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i]!.tokenType;
    if (t === T.Where || t === T.Segment || t === T.RBrace) return undefined;
    if (t === T.LBrace) return { title: "Insert `where`", edits: [{ range: { start: range.start, end: range.start }, newText: "where " }] };
  }
  return undefined;
}

function errorRange(e: IRecognitionException, lines: LineMap, textLength: number): Range {
  const tok = e.token;
  const prev = (e as IRecognitionException & { previousToken?: IToken }).previousToken;
  const prevOk = validToken(prev) && prev.tokenType !== EOF;
  if (validToken(tok) && tok.tokenType !== EOF) {
    const onLaterLine = prevOk && lines.position(tok.startOffset).line > lines.position(prev.startOffset + prev.image.length).line;
    if (!onLaterLine) return lines.range(tok.startOffset, tok.startOffset + tok.image.length);
  }
  if (prevOk) return lines.range(prev.startOffset, prev.startOffset + prev.image.length);
  return lines.range(textLength, textLength);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * The token at `position`: the one containing it, else the one ending exactly there
 * (the word just typed before the cursor). Tokens must be in source order.
 */
export function tokenAt(tokens: readonly TokenInfo[], position: Position): TokenInfo | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  let candidate: TokenInfo | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (before(position, t.range.start)) hi = mid - 1;
    else if (before(position, t.range.end)) return t; // start <= position < end
    else {
      if (t.range.end.line === position.line && t.range.end.character === position.character) candidate = t;
      lo = mid + 1;
    }
  }
  return candidate;
}

/** The index of the last token that starts before `position` (-1 if none). */
export function tokenIndexBefore(tokens: readonly TokenInfo[], position: Position): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(tokens[mid].range.start, position)) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
