/**
 * Runs the membership queries of a project on an engine (compiler/engines): the runner
 * behind `seg run`. One query per entity that has segments, all at the same asOf.
 */
import { columnValues, type Engine } from "../engines/index.ts";
import type { IRProject } from "../ir.ts";
import { compileMembership, segmentEntities, SqlCompileError } from "./compile.ts";
import { getDialect } from "./registry.ts";

export interface RunOptions {
  /** Evaluation instant (ISO-8601); default: now, read once in JS for every query. */
  asOf?: string;
  /** Only these segments (default: all). */
  segments?: string[];
  /** Include member keys (sorted as the database sorts keys); default true. */
  members?: boolean;
}

export interface SegmentResult {
  size: number;
  members?: (string | number)[];
}

export interface RunResult {
  asOf: string;
  segments: Record<string, SegmentResult>;
}

/** A segment column's value is true: SQLite and MySQL return 0/1 for booleans, others true/false. */
export function truthy(v: unknown): boolean {
  return v === true || v === 1 || v === 1n || v === "1" || v === "t" || v === "true";
}

export async function runMembership(engine: Engine, ir: IRProject, options: RunOptions = {}): Promise<RunResult> {
  const asOfMs = options.asOf === undefined ? Date.now() : Date.parse(options.asOf);
  if (Number.isNaN(asOfMs)) throw new SqlCompileError(`asOf is not an ISO-8601 instant: ${options.asOf}`);
  const asOf = new Date(asOfMs).toISOString();
  const dialect = getDialect(engine.name);
  const wanted = options.segments ? new Set(options.segments) : undefined;
  if (wanted) {
    for (const n of wanted) {
      if (!ir.segments.some((s) => s.name === n)) throw new SqlCompileError(`unknown segment "${n}"`);
    }
  }
  const result: RunResult = { asOf, segments: {} };
  for (const entity of segmentEntities(ir)) {
    const names = ir.segments.filter((s) => s.entity === entity && (!wanted || wanted.has(s.name))).map((s) => s.name);
    if (names.length === 0) continue;
    const q = compileMembership(ir, dialect, {
      entity,
      segments: names,
      asOf,
      resolveTable: (t) => engine.resolveTable(t),
    });
    // Column-wise: one row per entity and one column per segment is too wide to build an
    // object per row (Engine.queryColumns).
    const table = await engine.queryColumns(q.sql, q.parameters);
    const keys = columnValues(table, ir.entities.find((e) => e.name === entity)!.key.name) as (string | number)[];
    for (const name of names) {
      const flags = columnValues(table, name);
      const members: (string | number)[] = [];
      for (let r = 0; r < flags.length; r++) if (truthy(flags[r])) members.push(keys[r]!);
      result.segments[name] = options.members === false ? { size: members.length } : { size: members.length, members };
    }
  }
  return result;
}
