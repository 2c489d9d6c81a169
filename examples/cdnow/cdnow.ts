/**
 * Reading the CDNOW master file and loading it into any engine (compiler/engines): the
 * library behind load.ts, shared with test/examples/cdnow.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Engine } from "../../compiler/engines/index.ts";
import { dataFile } from "../data-dir.ts";
import { countRows } from "../count-rows.ts";

/** Where the data set lives by default: `cdnow_master.txt.gz` in the data directory (examples/data-dir.ts). */
export const defaultDataPath = dataFile("cdnow_master.txt.gz");

export interface Purchase {
  customerId: number;
  /** `yyyymmdd` as written in the file. */
  day: string;
  cds: number;
  amount: number;
}

/** A problem with the data file: a one-line message, no stack. */
export class CdnowDataError extends Error {
  override name = "CdnowDataError";
}

/**
 * Parses the whitespace-separated `customer_id yyyymmdd number_of_cds dollar_value` lines
 * (ids are zero-padded, `00001`); a first line starting with `customer_id` is a header.
 */
export function parseCdnow(text: string, source = "cdnow data"): Purchase[] {
  const out: Purchase[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    if (i === 0 && /^customer_id\b/i.test(line)) continue; // the header of the lifetimes copy
    const f = line.split(/\s+/);
    const [id, day, cds, amount] = [Number(f[0]), f[1] ?? "", Number(f[2]), Number(f[3])];
    if (f.length !== 4 || !Number.isInteger(id) || !/^\d{8}$/.test(day) || !Number.isFinite(cds) || !Number.isFinite(amount)) {
      throw new CdnowDataError(`${source}:${i + 1}: expected \`customer_id yyyymmdd cds dollars\`, got ${JSON.stringify(line.slice(0, 60))}`);
    }
    out.push({ customerId: id, day, cds, amount });
  }
  return out;
}

/** Reads and parses a (gzipped or plain) CDNOW master file; a missing file is a CdnowDataError. */
export function readCdnow(file: string = defaultDataPath): Purchase[] {
  if (!existsSync(file)) {
    throw new CdnowDataError(`no CDNOW data at ${file} (pass --data <path to cdnow_master.txt.gz>)`);
  }
  const raw = readFileSync(file);
  const text = file.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  return parseCdnow(text, file);
}

/** `19970101` → `1997-01-01T00:00:00.000Z` (UTC midnight). */
export function dayToIso(day: string): string {
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T00:00:00.000Z`;
}

/**
 * (Re)creates `customers (id)` and `purchases (customer_id, time, cds, amount)` — the tables
 * of examples/cdnow/schema.seg — and fills them. Returns the row counts.
 */
export async function loadCdnow(engine: Engine, purchases: readonly Purchase[]): Promise<{ customers: number; purchases: number }> {
  const ids = [...new Set(purchases.map((p) => p.customerId))].sort((a, b) => a - b);
  for (const t of ["purchases", "customers"]) await engine.exec(`DROP TABLE IF EXISTS ${engine.quoteTable(engine.resolveTable([t]))}`);
  await engine.createTable(["customers"], [{ name: "id", type: "integer" }]);
  await engine.insertRows(["customers"], ["id"], ids.map((id) => [id]));
  await engine.createTable(["purchases"], [
    { name: "customer_id", type: "integer" },
    { name: "time", type: "timestamp" },
    { name: "cds", type: "number" },
    { name: "amount", type: "number" },
  ]);
  await engine.insertRows(
    ["purchases"],
    ["customer_id", "time", "cds", "amount"],
    purchases.map((p) => [p.customerId, dayToIso(p.day), p.cds, p.amount]),
  );
  await engine.createIndex(["purchases"], ["customer_id"]);
  await engine.analyze(["customers"]);
  await engine.analyze(["purchases"]);
  return { customers: await countRows(engine, ["customers"]), purchases: await countRows(engine, ["purchases"]) };
}
