/**
 * Value normalisation, so that results compare equal across engines.
 */

export type NormalizeHint = "boolean" | "timestamp" | "json" | "number" | "string";

/** An entity key as engines return it: integers beyond ±2^53 stay exact as bigints. */
export type MemberKey = string | number | bigint;

/** Keys in one order whatever the engine: numbers (and bigints) by value, then strings by code point. */
export function compareMemberKeys(a: MemberKey, b: MemberKey): number {
  const aNumeric = typeof a !== "string";
  const bNumeric = typeof b !== "string";
  if (aNumeric && bNumeric) return a < b ? -1 : a > b ? 1 : 0;
  if (aNumeric) return -1;
  if (bNumeric) return 1;
  const xs = Array.from(a as string, (c) => c.codePointAt(0)!);
  const ys = Array.from(b as string, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) if (xs[i] !== ys[i]) return xs[i]! - ys[i]!;
  return xs.length - ys.length;
}

/** `2024-03-01 12:00:00.123` (SQLite storage) or ISO → canonical ISO with ms and Z. */
export function toIsoTimestamp(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    value.trim(),
  );
  if (!m) return null;
  const d = new Date(`${m[1]}T${m[2] ?? "00:00:00"}${m[3] ?? "Z"}`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * Maps an engine value to a comparable JS value: bigint → number (when safe), Date → ISO
 * string (`2024-03-01T12:00:00.000Z`), Buffer/Uint8Array → UTF-8 string. With a hint:
 * `boolean` maps 0/1 (and "t"/"f", "true"/"false") to JS booleans, `timestamp` maps SQLite's
 * text and unix numbers are left alone, `json` parses JSON text, `number` parses numeric
 * strings (PostgreSQL numeric, MySQL decimal).
 */
export function normalizeValue(value: unknown, hint?: NormalizeHint): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("utf8");
  switch (hint) {
    case "boolean":
      if (typeof value === "number") return value !== 0;
      if (typeof value === "string") {
        const v = value.toLowerCase();
        if (v === "t" || v === "true" || v === "1") return true;
        if (v === "f" || v === "false" || v === "0") return false;
      }
      return value;
    case "timestamp":
      if (typeof value === "string") return toIsoTimestamp(value) ?? value;
      return value;
    case "json":
      if (typeof value === "string") {
        try {
          return JSON.parse(value) as unknown;
        } catch {
          return value;
        }
      }
      return value;
    case "number":
      if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) {
        return Number(value);
      }
      return value;
    default:
      return value;
  }
}

/** normalizeValue over every column of a row; `hints` by column name. */
export function normalizeRow(
  row: Record<string, unknown>,
  hints: Record<string, NormalizeHint> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = normalizeValue(v, hints[k]);
  return out;
}

// ---------------------------------------------------------------------------------------
// Input conversion shared by the engines

/** A timestamp input (Date, ISO string, epoch ms) → Date, or null. */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(value);
  if (typeof value === "string") {
    const iso = toIsoTimestamp(value);
    if (iso) return new Date(iso);
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new TypeError(`not a timestamp: ${String(value)}`);
}

/** `YYYY-MM-DD HH:MM:SS.sss`, UTC: the text form used by SQLite, MySQL and DuckDB. */
export function sqlTimestampText(d: Date): string {
  return d.toISOString().replace("T", " ").slice(0, 23);
}

/** A JSON column input → JSON text. Strings are taken as JSON text already. */
export function toJsonText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
