/**
 * Checker-side types: richer than IRValueType (enums keep their values, durations exist
 * at compile time only) and helpers shared by the checker modules.
 */
import type { IRColumnType, IRValueType } from "../ir.ts";
import type { TypeRef, Range, Position } from "../../grammar/ast.ts";

export type Ty =
  | { k: "string" }
  | { k: "number" }
  | { k: "boolean" }
  | { k: "timestamp" }
  | { k: "enum"; values: string[] }
  | { k: "list"; elem: Ty }
  /** Compile-time only: a duration in milliseconds. */
  | { k: "duration" }
  /** Already reported; suppresses follow-up errors. */
  | { k: "error" };

export const T = {
  string: { k: "string" } as Ty,
  number: { k: "number" } as Ty,
  boolean: { k: "boolean" } as Ty,
  timestamp: { k: "timestamp" } as Ty,
  duration: { k: "duration" } as Ty,
  error: { k: "error" } as Ty,
};

export function tyFromRef(t: TypeRef): Ty {
  switch (t.kind) {
    case "string":
    case "number":
    case "boolean":
      return { k: t.kind };
    case "timestamp":
      return T.timestamp;
    case "enum":
      return { k: "enum", values: t.values.map((v) => v.value) };
    case "list":
      return { k: "list", elem: tyFromRef(t.element) };
  }
}

export function columnType(t: TypeRef): IRColumnType {
  switch (t.kind) {
    case "string":
    case "number":
    case "boolean":
      return { kind: t.kind };
    case "timestamp":
      return { kind: "timestamp", storage: t.storage };
    case "enum":
      return { kind: "enum", values: t.values.map((v) => v.value) };
    case "list":
      return { kind: "list", element: t.element.kind === "number" ? "number" : "string" };
  }
}

export function irType(t: Ty): IRValueType {
  switch (t.k) {
    case "enum":
      return "string";
    case "list":
      return "list";
    case "duration":
    case "error":
      return "number";
    default:
      return t.k;
  }
}

/** Display form, as shown in hover and messages: `number`, `enum("a", "b")`, `list<string>`. */
export function showTy(t: Ty): string {
  switch (t.k) {
    case "enum":
      return `enum(${t.values.map((v) => JSON.stringify(v)).join(", ")})`;
    case "list":
      return `list<${showTy(t.elem)}>`;
    default:
      return t.k;
  }
}

/** The type with its article, for messages: `a number`, `an enum("a", "b")`. */
export function aTy(t: Ty): string {
  return withArticle(showTy(t));
}

/**
 * A word with its indefinite article, by its sound: `an account`, `an order`, `a user`,
 * `a uuid`, `a unit` (a "u" that sounds "you" takes "a"; names here are mostly English
 * words and abbreviations).
 */
export function withArticle(word: string): string {
  const vowelSound = /^[aeio]/i.test(word) || (/^u/i.test(word) && !/^u(?:s|ni|r|t|u|k|b|ga|ka|ro)/i.test(word));
  return `${vowelSound ? "an" : "a"} ${word}`;
}

/** Strings and enums compare with each other. */
export function isStringy(t: Ty): boolean {
  return t.k === "string" || t.k === "enum";
}

export function sameKind(a: Ty, b: Ty): boolean {
  if (isStringy(a) && isStringy(b)) return true;
  if (a.k === "list" && b.k === "list") return sameKind(a.elem, b.elem);
  return a.k === b.k;
}

// ---------------------------------------------------------------------------------------
// Small utilities

export { didYouMean, levenshtein } from "../../grammar/spelling.ts";
import { MAX_INSTANT_MS, MIN_INSTANT_MS } from "../json-values.ts";

export function posLe(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function inRange(r: Range, p: Position): boolean {
  return posLe(r.start, p) && posLe(p, r.end);
}

export function rangeOf(start: Range, end: Range): Range {
  return { start: start.start, end: end.end };
}

export const MS = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};

/**
 * The longest duration seg compiles: 1,000 years of 365.25 days. Longer ones overflow
 * interval arithmetic in some engines or take times before year 1000, which MySQL's DATETIME
 * does not guarantee, so the backends would disagree.
 */
export const MAX_DURATION_MS = 365_250 * MS.day;
/** Constant times seg compiles: MySQL's DATETIME range, the narrowest of the engines. */
export { MAX_INSTANT_MS, MIN_INSTANT_MS } from "../json-values.ts";

/** Why a duration cannot be compiled (NaN or infinite included), or undefined. */
export function durationProblem(ms: number): string | undefined {
  if (Math.abs(ms) <= MAX_DURATION_MS) return undefined;
  return "this duration is longer than 1,000 years (365,250 days), the longest seg compiles";
}

/** Why an instant cannot be compiled, or undefined. */
export function instantProblem(ms: number): string | undefined {
  if (ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS) return undefined;
  return "this time is outside 1000-01-01 to 9999-12-31 (UTC), the range of times every engine stores";
}

const TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * A time literal → canonical ISO instant (`2024-03-01T00:00:00.000Z`), or undefined when it
 * is not a valid date and time. A date alone is UTC midnight; no zone means UTC. The range
 * is not checked here (see instantProblem).
 */
export function parseTimeLiteral(text: string): string | undefined {
  const read = readTimeLiteral(text);
  return "iso" in read ? read.iso : undefined;
}

/** Why `text` is no time literal, for messages: "2024-02-30" has no such day. */
export function timeLiteralProblem(text: string): string | undefined {
  const read = readTimeLiteral(text);
  return "problem" in read ? read.problem : undefined;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export const TIME_FORMAT = "a time is written YYYY-MM-DD, optionally followed by THH:MM[:SS[.fff]] and Z or an offset such as +02:00";

function readTimeLiteral(text: string): { iso: string } | { problem: string } {
  const m = TIME_RE.exec(text.trim());
  if (!m) return { problem: TIME_FORMAT };
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", zone = "Z"] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { problem: `there is no month ${mo} (months run 01 to 12)` };
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(Number(y), month, 0);
  const daysInMonth = date.getUTCDate();
  if (day < 1 || day > daysInMonth) return { problem: day < 1 ? "there is no day 00" : `${MONTH_NAMES[month - 1]} ${y} has only ${daysInMonth} days` };
  if (Number(h) > 23) return { problem: `there is no hour ${h} (hours run 00 to 23)` };
  if (Number(mi) > 59) return { problem: `there is no minute ${mi} (minutes run 00 to 59)` };
  if (Number(s) > 59) return { problem: `there is no second ${s} (seconds run 00 to 59)` };
  date.setUTCFullYear(Number(y), month - 1, day);
  date.setUTCHours(Number(h), Number(mi), Number(s), frac ? Math.floor(Number(frac) * 1000) : 0);
  let t = date.getTime();
  if (zone !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const [offHours, offMinutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2, 4))];
    if (offHours > 23 || offMinutes > 59) return { problem: `${zone} is no UTC offset (offsets run from -23:59 to +23:59)` };
    const off = offHours * 60 + offMinutes;
    t -= sign * off * 60_000;
  }
  return { iso: new Date(t).toISOString() };
}

/** PostgreSQL's identifier limit (NAMEDATALEN − 1 bytes; names are ASCII): segment names (SEG1027). */
export const MAX_SEGMENT_NAME = 63;

/**
 * The message for a name that differs from an earlier one only in case (SEG1028): both
 * become SQL identifiers, which SQLite, DuckDB and MySQL compare without case even quoted.
 */
export function caseOnlyMessage(name: string, earlier: string, what: string): string {
  return `\`${name}\` differs from the ${what} \`${earlier}\` only in case; SQLite, DuckDB and MySQL do not tell SQL names apart by case: rename one`;
}

/**
 * SEG1029: a segment named like its entity's key (compared without case, as SQLite, DuckDB
 * and MySQL compare column names) would share a column name in the membership output.
 * The message when it is, else undefined.
 */
export function keyNameProblem(segment: string, entity: string, key: string): string | undefined {
  if (segment.toLowerCase() !== key.toLowerCase()) return undefined;
  return `a segment of ${entity} cannot be named \`${segment}\`: membership output has a column per segment beside ${entity}'s key column \`${key}\``;
}

/**
 * The one name JavaScript objects cannot hold as data (assigning `o["__proto__"]` sets the
 * prototype): records, properties and the emitted module would lose it (SEG1030).
 */
export const PROTO_NAME = "__proto__";
export const PROTO_MESSAGE =
  "`__proto__` cannot be a name: JavaScript objects treat it as their prototype, so records and predicates would lose it; choose another name (map it with `column \"__proto__\"` if that is the column)";
