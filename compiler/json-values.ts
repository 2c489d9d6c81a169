/**
 * How every backend reads a JSON property (a key of an event table's properties column)
 * and a JSON list as its declared type. JSON does not hold anyone to the schema, so one
 * event may send `"amount": "12"` and another `"amount": "n/a"`; the rule says which
 * values are read and which are missing, so that the SQL of every dialect
 * (Dialect.jsonProperty, Dialect.listContains) and the JavaScript loader agree. Nothing
 * here throws: a value of another kind is missing, as NULL is. docs/data.md has the table.
 */
import type { IRColumnType } from "./ir.ts";

/**
 * Text that is a number: a JSON number with JSON blanks around it (`' 12 '`, `'1e2'`), not
 * `0x10`, `.5`, `+1` or `Infinity`. A regular expression every engine's regex dialect reads
 * the same (PostgreSQL, RE2, PCRE, JavaScript): no backslash classes but `\t\n\r`, and
 * `{0,1}` for `?`, which tools that count `?` placeholders in SQL text would take for one.
 */
export const JSON_NUMBER_PATTERN = "^[ \\t\\n\\r]*-{0,1}(0|[1-9][0-9]*)([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1}[ \\t\\n\\r]*$";
export const JSON_NUMBER = new RegExp(JSON_NUMBER_PATTERN);

/** The instants every engine stores: MySQL's DATETIME range, 1000-01-01 to 9999-12-31 UTC. */
export const MIN_INSTANT_MS = Date.UTC(1000, 0, 1);
export const MAX_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * A unix time (seconds or milliseconds) as epoch ms, or null beyond the instants every
 * engine stores: there PostgreSQL, DuckDB and MariaDB stop or read NULL and SQLite reads
 * another year, so the value is missing on every backend (Dialect.timeColumn's guard).
 */
export function unixTimeMs(n: number, storage: "unix_seconds" | "unix_millis"): number | null {
  const ms = storage === "unix_seconds" ? n * 1000 : n;
  return ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS ? ms : null;
}

/** Whole numbers up to this magnitude are exact doubles: a string property reads them as text. */
export const EXACT_INTEGER_LIMIT = 2 ** 53;

/** A JSON number, or text holding one, as a finite number; anything else is missing. */
export function jsonNumber(v: unknown): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && JSON_NUMBER.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

/**
 * A JSON value (parsed) as a property of `type`, or null when it is missing:
 * - number: a number, or a string holding a JSON number; not `true`, not `"abc"`;
 * - string / enum: a string; a whole number below 2^53 as its digits (`12.0` → `"12"`);
 *   `true` / `false` as `"true"` / `"false"`; not a fractional number, array or object;
 * - boolean: `true` / `false`; a number (0 is false, any other true); the strings
 *   `1 0 t f true false` in any case; nothing else;
 * - timestamp: an ISO-8601 string (isoTextTime) or, for unix storage, a number as above;
 * - list: an array, keeping the elements of the list's element type (a number list keeps
 *   numbers, not `"1"`); anything else is no list.
 * Timestamps come back as epoch milliseconds.
 */
export function jsonPropertyValue(v: unknown, type: IRColumnType): unknown {
  if (v === null || v === undefined) return null;
  switch (type.kind) {
    case "number":
      return jsonNumber(v);
    case "string":
    case "enum":
      if (typeof v === "string") return v;
      if (typeof v === "boolean") return String(v);
      if (typeof v === "number" && Number.isInteger(v) && Math.abs(v) < EXACT_INTEGER_LIMIT) return String(v);
      return null;
    case "boolean":
      if (typeof v === "boolean") return v;
      if (typeof v === "number") return v !== 0;
      if (typeof v === "string") return BOOLEAN_TEXT.get(v.toLowerCase()) ?? null;
      return null;
    case "timestamp": {
      if (type.storage === "native" || type.storage === "iso_text") return typeof v === "string" ? isoTextTime(v) : null;
      const n = jsonNumber(v);
      return n === null ? null : unixTimeMs(n, type.storage);
    }
    case "list":
      return jsonList(v, type.element);
  }
}

/** The words a boolean is read from (lower-cased first), and what each means. */
export const BOOLEAN_TEXT = new Map([
  ["1", true],
  ["t", true],
  ["true", true],
  ["0", false],
  ["f", false],
  ["false", false],
]);

/** A JSON array's elements of the given type, or null when `v` is no array. */
export function jsonList(v: unknown, element: "string" | "number"): unknown[] | null {
  if (!Array.isArray(v)) return null;
  return v.filter((x) => typeof x === element);
}

const D31 = "(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])";
const D30 = "(0[469]|11)-(0[1-9]|[12][0-9]|30)";
const D28 = "02-(0[1-9]|1[0-9]|2[0-8])";
/** Years 0001–9999: PostgreSQL has no year 0. */
const YEAR = "(000[1-9]|00[1-9][0-9]|0[1-9][0-9][0-9]|[1-9][0-9][0-9][0-9])";
const LEAP_YEAR = "([0-9][0-9](0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)";

/**
 * An ISO-8601 time as seg reads it from text: a calendar date `YYYY-MM-DD` that exists
 * (years 0001–9999), then
 * optionally `T` or a blank, `HH:MM`, optional `:SS` and fraction, then optionally a zone
 * (`Z`, `+HH:MM`, `+HHMM`, `+HH`, or with `-`) after a time. Without a zone it is UTC.
 * One regular expression every engine reads the same: it checks the days of each month
 * and leap years, so that no engine rolls `2024-02-30` over into March or stops on it.
 */
export const ISO_TIME_PATTERN =
  `^(${YEAR}-(${D31}|${D30}|${D28})|${LEAP_YEAR}-02-29)` +
  "([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+){0,1}){0,1}(Z|[+-]([01][0-9]|2[0-3])(:{0,1}[0-5][0-9]){0,1}){0,1}){0,1}$";
const ISO_TIME = new RegExp(ISO_TIME_PATTERN);

/** ISO_TIME_PATTERN text → epoch ms (the fraction cut to milliseconds), or null. */
export function isoTextTime(text: string): number | null {
  if (!ISO_TIME.test(text)) return null;
  const num = (from: number, length: number): number => Number(text.slice(from, from + length) || 0);
  const time = text.slice(10);
  let ms = Date.UTC(num(0, 4), num(5, 2) - 1, num(8, 2));
  if (num(0, 4) < 100) ms = new Date(ms).setUTCFullYear(num(0, 4));
  if (time === "") return ms;
  ms += num(11, 2) * 3_600_000 + num(14, 2) * 60_000;
  let rest = text.slice(16);
  if (rest.startsWith(":")) {
    ms += num(17, 2) * 1000;
    rest = text.slice(19);
    if (rest.startsWith(".")) {
      const digits = /^\.([0-9]+)/.exec(rest)![1]!;
      ms += Number(digits.slice(0, 3).padEnd(3, "0"));
      rest = rest.slice(1 + digits.length);
    }
  }
  if (rest === "" || rest === "Z") return ms;
  const sign = rest.startsWith("-") ? -1 : 1;
  const zone = rest.slice(1).replace(":", "");
  const offset = Number(zone.slice(0, 2)) * 60 + Number(zone.slice(2, 4) || 0);
  return ms - sign * offset * 60_000;
}
