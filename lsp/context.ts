/**
 * Where is the cursor? A small analysis over the token list of the current document:
 * the enclosing declaration (found by scanning top-level declaration keywords, so it works
 * on half-typed programs), the brace depth inside it, whether we are inside an expression,
 * inside an event's filter (`did E where …`, `count(E where …)`), inside an aggregate call.
 */
import type { Position } from "../grammar/ast.ts";
import type { Token } from "./frontend.ts";
import { cmpPos } from "./positions.ts";
import {
  DECL_KEYWORDS,
  endsValue,
  isAggFn,
  isKw,
  isPunct,
  isString,
  isWord,
  lastTokenBefore,
} from "./tokens.ts";

export interface CursorContext {
  tokens: readonly Token[];
  /** Index of the token before the cursor, not counting a word being typed. */
  prev: number;
  /** The word being typed (cursor inside or at the end of it), if any. */
  prefix?: Token;
  /** Inside a string token (e.g. `plan == "pr|`). */
  inString?: Token;
  /** Index of the declaration keyword of the enclosing declaration, or -1 at top level. */
  decl: number;
  declKind?: string;
  /** Brace depth at the cursor relative to the declaration. */
  depth: number;
  /** The expression part of a segment/trait/const/param has started. */
  inExpr: boolean;
  /** `of X` written on the segment/trait. */
  declEntity?: string;
  /** Name of the declared segment/trait/const (for the entity lookup). */
  declName?: string;
  /** The event whose filter the cursor is in. */
  filterEvent?: string;
  /** The aggregate call the cursor is directly in: fn name and index of its `(`. */
  aggregate?: { fn: string; open: number };
}

const OPERAND_EXPECTING = new Set(["==", "!=", "<", "<=", ">", ">=", "=", "+", "-", "*", "/", "(", "[", ",", ".", ":"]);

function startsDeclaration(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!isKw(t, ...DECL_KEYWORDS)) return false;
  const before = tokens[i - 1];
  if (!before) return true;
  if (isPunct(before, "}")) return true;
  if (!isWord(before) && OPERAND_EXPECTING.has(before.image)) return false;
  if (isKw(before, "and", "or", "not", "in", "did", "then", "where", "of", "via", "between", "has")) return false;
  const next = tokens[i + 1];
  return !next || isWord(next) || isString(next);
}

export function cursorContext(tokens: readonly Token[], pos: Position): CursorContext {
  const i = lastTokenBefore(tokens, pos);
  let prev = i;
  let prefix: Token | undefined;
  let inString: Token | undefined;
  const last = tokens[i];
  if (last && cmpPos(last.range.end, pos) >= 0) {
    if (isWord(last)) {
      prefix = last;
      prev = i - 1;
    } else if (isString(last)) {
      inString = last;
      prev = i - 1;
    }
  } else if (last && last.type === "UnterminatedString" && last.range.end.line === pos.line) {
    inString = last;
    prev = i - 1;
  }

  // the enclosing declaration: the last top-level declaration keyword before the cursor
  let decl = -1;
  let depth = 0;
  for (let j = 0; j <= prev; j++) {
    const t = tokens[j]!;
    if (isPunct(t, "{")) depth++;
    else if (isPunct(t, "}")) depth = Math.max(0, depth - 1);
    else if (depth === 0 && startsDeclaration(tokens, j)) decl = j;
  }
  const ctx: CursorContext = { tokens, prev, prefix, inString, decl, depth, inExpr: false };
  if (decl < 0) return ctx;
  ctx.declKind = tokens[decl]!.image;
  const nameTok = tokens[decl + 1];
  if (nameTok && nameTok !== prefix && isWord(nameTok)) ctx.declName = nameTok.image;
  if (isKw(tokens[decl + 2], "of") && isWord(tokens[decl + 3]) && decl + 3 <= prev) ctx.declEntity = tokens[decl + 3]!.image;

  if (ctx.declKind === "segment" || ctx.declKind === "trait" || ctx.declKind === "const" || ctx.declKind === "param") {
    let d = 0;
    for (let j = decl + 1; j <= prev; j++) {
      const t = tokens[j]!;
      if (isPunct(t, "{")) d++;
      else if (isPunct(t, "}")) d--;
      else if (d === 0 && isPunct(t, "=")) ctx.inExpr = true;
      else if (d === 1 && isKw(t, "where") && ctx.declKind === "segment") ctx.inExpr = true;
      else if (d === 1 && isKw(t, "owner", "tags", "deprecated") && ctx.declKind === "segment") ctx.inExpr = false;
    }
    if (ctx.declKind === "segment" && depth === 1 && isKw(tokens[prev], "where")) ctx.inExpr = true;
  }
  if (ctx.inExpr || ctx.declKind === "test") analyseExpression(ctx);
  return ctx;
}

/** Scans back from the cursor to find an enclosing event filter or aggregate call. */
function analyseExpression(ctx: CursorContext): void {
  const { tokens } = ctx;
  let depth = 0;
  let crossedOpen = false;
  let sawAndOr = false;
  for (let j = ctx.prev; j > ctx.decl; j--) {
    const t = tokens[j]!;
    if (isPunct(t, ")", "]")) {
      depth++;
      continue;
    }
    if (isPunct(t, "(", "[")) {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (isPunct(t, "(") && isAggFn(tokens[j - 1])) {
        if (!ctx.aggregate && !crossedOpen) ctx.aggregate = { fn: tokens[j - 1]!.image, open: j };
        return;
      }
      crossedOpen = true;
      continue;
    }
    if (isPunct(t, "{", "}")) return;
    if (depth > 0) continue;
    if (isKw(t, "and", "or")) {
      sawAndOr = true;
      continue;
    }
    if (isKw(t, "where")) {
      const ev = tokens[j - 1];
      const before = tokens[j - 2];
      const stepOfDid =
        isKw(before, "did", "then") || (isKw(before, "not") && isKw(tokens[j - 3], "did", "then"));
      const stepOfAgg = isPunct(before, "(") && isAggFn(tokens[j - 3]);
      if (isWord(ev) && stepOfAgg) {
        ctx.filterEvent = ev!.image;
        if (!crossedOpen) ctx.aggregate = { fn: tokens[j - 3]!.image, open: j - 2 };
        return;
      }
      // `sum(purchase.amount where …)`: the filter of the event before the property.
      const ofProperty = isPunct(tokens[j - 2], ".") && isWord(tokens[j - 3]) && isPunct(tokens[j - 4], "(") && isAggFn(tokens[j - 5]);
      if (isWord(ev) && ofProperty) {
        ctx.filterEvent = tokens[j - 3]!.image;
        if (!crossedOpen) ctx.aggregate = { fn: tokens[j - 5]!.image, open: j - 4 };
        return;
      }
      if (isWord(ev) && stepOfDid && (crossedOpen || !sawAndOr)) {
        ctx.filterEvent = ev!.image;
        return;
      }
      return; // the segment's own `where`
    }
  }
}

/** Just after a complete value (an operator or a keyword may follow, not an operand). */
export function afterValue(ctx: CursorContext): boolean {
  return endsValue(ctx.tokens[ctx.prev]);
}
