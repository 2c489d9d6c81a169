/**
 * Reading the Taobao UserBehavior excerpt and loading it into any engine
 * (compiler/engines): the library behind load.ts, shared with test/examples/taobao.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import type { Engine } from "../../compiler/engines/index.ts";
import { dataFile } from "../data-dir.ts";
import { countRows } from "../count-rows.ts";

/** Where the data set lives by default: `taobao_user_behavior_excerpt.csv.gz` in the data directory (examples/data-dir.ts). */
export const defaultDataPath = dataFile("taobao_user_behavior_excerpt.csv.gz");

/** The four behaviours of the data set, as written in its `behavior` column. */
export const behaviors = ["pv", "cart", "fav", "buy"] as const;
export type Behavior = (typeof behaviors)[number];

export interface BehaviorRow {
  userId: number;
  itemId: number;
  categoryId: number;
  behavior: Behavior;
  /** Unix seconds, as in the file. */
  ts: number;
}

/** A problem with the data file: a one-line message, no stack. */
export class TaobaoDataError extends Error {
  override name = "TaobaoDataError";
}

const isBehavior = (s: string): s is Behavior => (behaviors as readonly string[]).includes(s);
const isId = (s: string): boolean => /^\d{1,15}$/.test(s);

/** Parses the header-less `user_id,item_id,category_id,behavior,unix_ts` lines. */
export function parseTaobao(text: string, source = "taobao data"): BehaviorRow[] {
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (e) {
    throw new TaobaoDataError(`${source}: not CSV: ${e instanceof Error ? e.message : String(e)}`);
  }
  return records.map((f, i) => {
    const [user, item, category, behavior = "", ts = ""] = f;
    if (f.length !== 5 || ![user, item, category, ts].every((v) => v !== undefined && isId(v)) || !isBehavior(behavior)) {
      throw new TaobaoDataError(
        `${source}: record ${i + 1}: expected \`user_id,item_id,category_id,pv|cart|fav|buy,unix_seconds\`, got ${JSON.stringify(f.join(",").slice(0, 60))}`,
      );
    }
    return { userId: Number(user), itemId: Number(item), categoryId: Number(category), behavior, ts: Number(ts) };
  });
}

/** Reads and parses a (gzipped or plain) excerpt; a missing file is a TaobaoDataError. */
export function readTaobao(file: string = defaultDataPath): BehaviorRow[] {
  if (!existsSync(file)) {
    throw new TaobaoDataError(`no Taobao data at ${file} (pass --data <path to taobao_user_behavior_excerpt.csv.gz>)`);
  }
  const raw = readFileSync(file);
  const text = file.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  return parseTaobao(text, file);
}

/**
 * (Re)creates `shoppers (id)` and `behaviors (user_id, item_id, category_id, behavior, ts)`
 * — the tables of examples/taobao/schema.seg — and fills them. Returns the row counts.
 */
export async function loadTaobao(engine: Engine, rows: readonly BehaviorRow[]): Promise<{ shoppers: number; behaviors: number }> {
  const ids = [...new Set(rows.map((r) => r.userId))].sort((a, b) => a - b);
  for (const t of ["behaviors", "shoppers"]) await engine.exec(`DROP TABLE IF EXISTS ${engine.quoteTable(engine.resolveTable([t]))}`);
  await engine.createTable(["shoppers"], [{ name: "id", type: "integer" }]);
  await engine.insertRows(["shoppers"], ["id"], ids.map((id) => [id]));
  await engine.createTable(["behaviors"], [
    { name: "user_id", type: "integer" },
    { name: "item_id", type: "integer" },
    { name: "category_id", type: "integer" },
    { name: "behavior", type: "string" },
    { name: "ts", type: "integer" },
  ]);
  await engine.insertRows(
    ["behaviors"],
    ["user_id", "item_id", "category_id", "behavior", "ts"],
    rows.map((r) => [r.userId, r.itemId, r.categoryId, r.behavior, r.ts]),
  );
  await engine.createIndex(["behaviors"], ["user_id"]);
  await engine.analyze(["shoppers"]);
  await engine.analyze(["behaviors"]);
  return { shoppers: await countRows(engine, ["shoppers"]), behaviors: await countRows(engine, ["behaviors"]) };
}
