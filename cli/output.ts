/**
 * Output of any size: a member list of millions of keys is written in chunks, never built
 * as one string (V8 refuses strings past 2^29 characters) or spread into one call's
 * arguments (past about 120,000 keys: "Maximum call stack size exceeded").
 */
import type { CliIo } from "./io.ts";

/** Characters gathered before a write: few enough writes, no string near V8's limit. */
const CHUNK_CHARS = 1 << 16;

/** Writes the pieces to stdout in order, gathered into chunks of about CHUNK_CHARS. */
export function writeChunked(io: CliIo, pieces: Iterable<string>): void {
  let chunk = "";
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= CHUNK_CHARS) {
      io.stdout(chunk);
      chunk = "";
    }
  }
  if (chunk !== "") io.stdout(chunk);
}

/** Each line followed by a newline. */
export function* linesOf(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield line + "\n";
}

type Replacer = (key: string, value: unknown) => unknown;

/**
 * The text of `JSON.stringify(value, replacer, 2)`, in pieces: the same bytes for plain
 * data (objects, arrays, strings, numbers, booleans, null, and what `replacer` turns a
 * value into, as JSON.stringify calls it with each property's key or an array index; no
 * `toJSON`).
 */
export function* jsonPieces(value: unknown, replacer: Replacer): Generator<string> {
  const top = replacer("", value);
  if (isJsonValue(top)) yield* replacedPieces(top, replacer, "");
}

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function isJsonValue(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

function* replacedPieces(value: unknown, replacer: Replacer, indent: string): Generator<string> {
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield (i === 0 ? "[\n" : ",\n") + inner;
      const element = replacer(String(i), value[i]);
      if (isJsonValue(element)) yield* replacedPieces(element, replacer, inner);
      else yield "null";
    }
    yield "\n" + indent + "]";
    return;
  }
  if (value !== null && typeof value === "object") {
    let first = true;
    for (const [name, raw] of Object.entries(value)) {
      const member = replacer(name, raw);
      if (!isJsonValue(member)) continue;
      yield (first ? "{\n" : ",\n") + inner + JSON.stringify(name) + ": ";
      first = false;
      yield* replacedPieces(member, replacer, inner);
    }
    yield first ? "{}" : "\n" + indent + "}";
    return;
  }
  yield JSON.stringify(value);
}
