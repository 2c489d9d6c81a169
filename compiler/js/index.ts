/**
 * The JavaScript backend: IR → predicates, in-process (`compileJs`) or as a
 * dependency-free ES module (`emitJsModule`, `writeJsModule`). See docs/javascript.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { IRProject } from "../ir.ts";
import { entitiesWithCode, genEntityChunk, JsCompileError } from "./codegen.ts";
import { genDts } from "./dts.ts";
import { GENERATED_HEADER, writtenBySeg } from "./header.ts";
import { RUNTIME_JS } from "./runtime.ts";

export { JsCompileError } from "./codegen.ts";
export {
  loadEntitiesFromEngine,
  PROPERTY_SAMPLE,
  sampleProperties,
  type MistypedProperty,
  type PropertySample,
  type UnreadableProperties,
} from "./load.ts";
import { displayPath, makeDirectories, outputRefusal } from "../directories.ts";

/** A timestamp input: a Date, an ISO-8601 string (no zone = UTC) or epoch milliseconds. */
export type SegTime = Date | string | number;

export interface EventInput {
  /** The event's name as declared in the schema (`purchase`), not its raw table value. */
  name: string;
  time: SegTime;
  /** Property values by declared property name. */
  properties?: Record<string, unknown> | null | undefined;
}

export interface EntityInput {
  /** A number key may be a bigint (64-bit keys beyond ±2^53, as engines return them). */
  key?: string | number | bigint | null | undefined;
  /** Attribute values by attribute name; missing = absent, `undefined` or `null`. */
  attributes?: Record<string, unknown> | null | undefined;
  /** Related records by relation name (`account`; a multi-hop path as `account.parent`). */
  related?: Record<string, Record<string, unknown> | null | undefined> | null | undefined;
  /** The entity's events, in any order. Absent or null = no events. */
  events?: readonly EventInput[] | null | undefined;
}

export interface EvalOptions {
  /** The evaluation instant; default: now, read once per call. */
  asOf?: SegTime | undefined;
}

export interface CompiledSegments {
  readonly entity: string;
  /** Segment names of the entity, in the IR's (topological) order. */
  readonly segmentNames: readonly string[];
  /** Every segment of the entity. */
  evaluate(record: EntityInput, options?: EvalOptions): Record<string, boolean>;
  /** Names of the segments the record belongs to, in segmentNames order. */
  members(record: EntityInput, options?: EvalOptions): string[];
  /** One segment; computes only the aggregates and segments it needs. */
  predicate(name: string): (record: EntityInput, options?: EvalOptions) => boolean;
  /** Every trait of the entity: numbers, strings, booleans, lists; timestamps as ISO strings; missing as null. */
  traits(record: EntityInput, options?: EvalOptions): Record<string, unknown>;
}

/** Invalid input to a compiled predicate (bad event time, wrong attribute type, ...). */
export class SegInputError extends Error {
  override name = "SegInputError";
  constructor(message: string) {
    super(message);
  }
}

export { GENERATED_HEADER } from "./header.ts";

function pickEntity(ir: IRProject, entity: string | undefined): string {
  if (entity !== undefined) {
    if (!ir.entities.some((e) => e.name === entity)) {
      throw new JsCompileError(
        `unknown entity ${JSON.stringify(entity)}; entities: ${ir.entities.map((e) => e.name).join(", ") || "(none)"}`,
      );
    }
    return entity;
  }
  // The first entity with segments (docs/javascript.md), else the first with traits.
  const withSegments = ir.entities.find((e) => ir.segments.some((s) => s.entity === e.name))?.name;
  const first = withSegments ?? entitiesWithCode(ir)[0] ?? ir.entities[0]?.name;
  if (first === undefined) throw new JsCompileError("the project declares no entity");
  return first;
}

/** Compiles the segments and traits of one entity (default: the first with segments, else with traits). */
export function compileJs(ir: IRProject, options: { entity?: string } = {}): CompiledSegments {
  const entity = pickEntity(ir, options.entity);
  const chunk = genEntityChunk(ir, entity);
  const src = `"use strict";\n${RUNTIME_JS}\n${chunk.text}\nreturn $api(${chunk.varName});\n`;
  const factory = new Function("SegInputError", src) as (cls: typeof SegInputError) => CompiledSegments;
  return factory(SegInputError);
}

/** The source of compileJs for one entity (for debugging and the docs). */
export function generatedSource(ir: IRProject, entity?: string): string {
  return genEntityChunk(ir, pickEntity(ir, entity)).text;
}

/** Identifier-safe camel case with an `is` prefix: `power_users` → `isPowerUsers`. */
export function predicateExportName(segment: string): string {
  const parts = segment.split(/[^A-Za-z0-9]+/).filter((p) => p !== "");
  const camel = parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join("");
  return `is${camel}`;
}

const RESERVED_EXPORTS = new Set(["evaluate", "members", "traits", "predicate", "segments", "segmentNames", "entities", "SegInputError"]);

/** Named predicate exports: segment → export name, only when the name is unique and valid. */
export function predicateExports(ir: IRProject): Map<string, string> {
  const counts = new Map<string, number>();
  for (const s of ir.segments) {
    const n = predicateExportName(s.name);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const s of ir.segments) {
    const n = predicateExportName(s.name);
    if (n !== "is" && counts.get(n) === 1 && !RESERVED_EXPORTS.has(n) && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(n)) out.set(s.name, n);
  }
  return out;
}

/**
 * A dependency-free ES module with every entity that has segments or traits. Exports:
 * `evaluate`, `members`, `traits`, `predicate`, `segmentNames` (the default entity, the first
 * with segments), `segments` (name → predicate, every entity), `isXxx` per segment,
 * `entities` (entity name → its API) and `SegInputError`; plus the matching `.d.ts`.
 * Deterministic: the same IR gives the same bytes.
 */
export function emitJsModule(ir: IRProject): { js: string; dts: string } {
  const ents = entitiesWithCode(ir);
  const def = pickEntity(ir, undefined);
  const chunks = (ents.length > 0 ? ents : [def]).map((e) => ({ entity: e, chunk: genEntityChunk(ir, e) }));
  const lines: string[] = [
    GENERATED_HEADER,
    "// Dependency-free ES module. Semantics: docs/javascript.md.",
    "/* eslint-disable */",
    "",
    "export class SegInputError extends Error {",
    "  constructor(message) {",
    "    super(message);",
    '    this.name = "SegInputError";',
    "  }",
    "}",
    "",
    RUNTIME_JS,
  ];
  for (const c of chunks) lines.push(c.chunk.text);
  // Every export is a function declaration or a pure expression of them: a bundler keeps
  // only what the importer uses (`import { isPowerUsers }` leaves out the other segments).
  lines.push(
    `export const entities = /* @__PURE__ */ Object.freeze({ ${chunks.map((c) => `${JSON.stringify(c.entity)}: /* @__PURE__ */ $api(${c.chunk.varName})`).join(", ")} });`,
  );
  const defChunk = chunks.find((c) => c.entity === def)!.chunk;
  const defNames = ir.segments.filter((s) => s.entity === def).map((s) => JSON.stringify(s.name));
  lines.push(
    `export const segmentNames = /* @__PURE__ */ Object.freeze([${defNames.join(", ")}]);`,
    `export const evaluate = ${defChunk.evaluate};`,
    `export const members = ${defChunk.members};`,
    `export const traits = ${defChunk.traits};`,
    `export function predicate(name) {\n  return entities[${JSON.stringify(def)}].predicate(name);\n}`,
  );
  const predicateOf = (name: string): string | undefined => chunks.map((c) => c.chunk.predicates.get(name)).find((p) => p !== undefined);
  const segEntries = ir.segments.flatMap((s) => {
    const fn = predicateOf(s.name);
    return fn === undefined ? [] : [`  ${JSON.stringify(s.name)}: ${fn},`];
  });
  lines.push("export const segments = /* @__PURE__ */ Object.freeze({", ...segEntries, "});");
  for (const [seg, exp] of predicateExports(ir)) lines.push(`export const ${exp} = ${predicateOf(seg)};`);
  lines.push("");
  return { js: lines.join("\n"), dts: genDts(ir, chunks.map((c) => c.entity), def, predicateExports(ir)) };
}

/**
 * Writes `outFile` (the `.mjs`) and the `.d.ts` beside it (same base name). Refuses to
 * overwrite a file that does not start with the generated header unless `force`, and
 * always to write through a symbolic link: either file, or a folder on the path below
 * `root` (default: the working directory). Errors name the files relative to `root` when below
 * it. Returns the paths written.
 */
export function writeJsModule(
  ir: IRProject,
  outFile: string,
  options: { force?: boolean; root?: string } = {},
): { js: string; dts: string } {
  const dtsFile = outFile.replace(/\.(m?js|cjs)$/, "") + (outFile.endsWith(".mjs") ? ".d.mts" : ".d.ts");
  const root = options.root ?? process.cwd();
  for (const f of [outFile, dtsFile]) {
    const refused = outputRefusal(f, root);
    if (refused !== undefined) throw new JsCompileError(`cannot write ${displayPath(f, root)}: ${refused}`);
    if (!options.force && existsSync(f)) {
      if (!writtenBySeg(readFileSync(f, "utf8").slice(0, 500))) {
        throw new JsCompileError(`refusing to overwrite ${displayPath(f, root)}: it was not generated by seg (use --force to overwrite)`);
      }
    }
  }
  const { js, dts } = emitJsModule(ir);
  makeDirectories(dirname(outFile));
  // Atomic (a new file renamed over the old): an app importing the module never reads half of it.
  writeFileAtomic.sync(outFile, js, { encoding: "utf8", fsync: false });
  writeFileAtomic.sync(dtsFile, dts, { encoding: "utf8", fsync: false });
  return { js: outFile, dts: dtsFile };
}
