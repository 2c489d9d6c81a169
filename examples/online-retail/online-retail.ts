/**
 * Reading the UCI "Online Retail" CSV and loading it into any engine (compiler/engines):
 * the library behind load.ts, shared with test/examples/online-retail.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { CsvError, parse } from "csv-parse/sync";
import type { Engine } from "../../compiler/engines/index.ts";
import { dataFile } from "../data-dir.ts";
import { countRows } from "../count-rows.ts";

/** Where the data set lives by default: `online_retail.csv.gz` in the data directory (examples/data-dir.ts). */
export const defaultDataPath = dataFile("online_retail.csv.gz");

/** The header the file must start with. */
export const HEADER = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"];

/** One line item of the file, as written (description trimmed, customer id an integer). */
export interface RetailLine {
  /** `536365`; `C536379` for a cancellation, `A563185` for a bad-debt adjustment. */
  invoice: string;
  stockCode: string;
  /** Trimmed: the file pads many descriptions with blanks. */
  description: string;
  /** Whole units; negative on cancellations. */
  quantity: number;
  /** `2010-12-01 08:26:00` as written: UK local time (GMT in winter, BST in summer). */
  invoiceDate: string;
  /** Pounds sterling per unit. */
  unitPrice: number;
  /** `17850.0` in the file; null where the column is empty. */
  customerId: number | null;
  country: string;
}

/** A problem with the data file: a one-line message, no stack. */
export class OnlineRetailDataError extends Error {
  override name = "OnlineRetailDataError";
}

const INVOICE = /^[CA]?\d{6}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const CUSTOMER = /^(\d+)(\.0+)?$/;

function shown(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** Checks one CSV record; `where` is `file:line`. */
function lineOf(f: string[], where: string): RetailLine {
  function fail(what: string, found: string): never {
    throw new OnlineRetailDataError(`${where}: expected ${what}, found ${found}`);
  }
  if (f.length !== HEADER.length) fail(`${HEADER.length} fields (${HEADER.join(",")})`, `${f.length}: ${shown(f.join(","))}`);
  const [invoice, stockCode, description, quantity, invoiceDate, unitPrice, customerId, country] = f as [string, string, string, string, string, string, string, string];
  if (!INVOICE.test(invoice)) fail("an InvoiceNo of 6 digits, optionally after C or A", shown(invoice));
  if (stockCode.trim() === "") fail("a StockCode", "an empty one");
  if (!INTEGER.test(quantity)) fail("a whole Quantity", shown(quantity));
  const d = DATE.exec(invoiceDate);
  const day = d ? new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))) : undefined;
  if (!d || day!.getUTCMonth() !== Number(d[2]) - 1 || day!.getUTCDate() !== Number(d[3]) || Number(d[4]) > 23 || Number(d[5]) > 59 || Number(d[6]) > 59) {
    fail("an InvoiceDate `yyyy-mm-dd hh:mm:ss`", shown(invoiceDate));
  }
  if (!DECIMAL.test(unitPrice)) fail("a decimal UnitPrice", shown(unitPrice));
  let customer: number | null = null;
  if (customerId !== "") {
    const c = CUSTOMER.exec(customerId);
    if (!c) fail("an empty or whole CustomerID (`17850.0`)", shown(customerId));
    customer = Number(c[1]);
  }
  if (country.trim() === "") fail("a Country", "an empty one");
  return {
    invoice,
    stockCode,
    description: description.trim(),
    quantity: Number(quantity),
    invoiceDate,
    unitPrice: Number(unitPrice),
    customerId: customer,
    country,
  };
}

/** Parses the CSV text (header first); any malformed line is a one-line OnlineRetailDataError. */
export function parseOnlineRetail(text: string, source = "online retail data"): RetailLine[] {
  const out: RetailLine[] = [];
  try {
    // Each record is checked and kept as it is read (`on_record` returns null: parse keeps nothing).
    parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], { lines, records }): null => {
        if (records === 1) {
          if (record.join(",") !== HEADER.join(",")) {
            throw new OnlineRetailDataError(`${source}:${lines}: expected the header ${HEADER.join(",")}, found ${shown(record.join(","))}`);
          }
        } else out.push(lineOf(record, `${source}:${lines}`));
        return null;
      },
    });
  } catch (e) {
    if (e instanceof OnlineRetailDataError) throw e;
    if (e instanceof CsvError) {
      const line = typeof e["lines"] === "number" ? e["lines"] : "?";
      throw new OnlineRetailDataError(`${source}:${line}: expected well-formed CSV, found ${e.message.split("\n")[0]}`);
    }
    throw e;
  }
  return out;
}

/** Reads and parses a (gzipped or plain) Online Retail CSV; a missing file is an OnlineRetailDataError. */
export function readOnlineRetail(file: string = defaultDataPath): RetailLine[] {
  if (!existsSync(file)) {
    throw new OnlineRetailDataError(`no Online Retail data at ${file} (pass --data <path to online_retail.csv.gz>)`);
  }
  const raw = readFileSync(file);
  const gzipped = raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b;
  let text: string;
  try {
    text = gzipped ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  } catch (e) {
    throw new OnlineRetailDataError(`${file}: expected a gzip file, found a damaged one (${e instanceof Error ? e.message : String(e)})`);
  }
  return parseOnlineRetail(text, file);
}

/** The last Sunday of a month (1-based), as a UTC day number of the month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)); // day 0 of the next month
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * UK local time (`2011-06-01 09:00:00`) → the UTC instant, as epoch milliseconds. British
 * Summer Time (UTC+1) runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October; the rest of the year the UK is on GMT (UTC). The file has no
 * times in the hours the clocks change (its shop hours are 06:00–20:59).
 */
export function ukLocalToUtcMillis(local: string): number {
  const [y, mo, d, h, mi, s] = local.match(/\d+/g)!.map(Number) as [number, number, number, number, number, number];
  const asIfUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const bstStart = Date.UTC(y, 2, lastSunday(y, 3), 1); // 01:00 GMT = 02:00 BST
  const bstEnd = Date.UTC(y, 9, lastSunday(y, 10), 1); // 01:00 GMT = 02:00 BST
  const summer = asIfUtc - 3_600_000;
  return summer >= bstStart && summer < bstEnd ? summer : asIfUtc;
}

/** The UTC instant of a line, ISO: `2011-06-01 09:00:00` (BST) is `2011-06-01T08:00:00.000Z`. */
export function lineTime(l: RetailLine): string {
  return new Date(ukLocalToUtcMillis(l.invoiceDate)).toISOString();
}

/** Quantity × unit price, rounded to a tenth of a penny (prices have at most 3 decimals, so this is exact). */
export function lineAmount(quantity: number, unitPrice: number): number {
  return Math.round(quantity * unitPrice * 1000) / 1000;
}

/** The event a line becomes, or null when it becomes none (no customer, or a bad-debt adjustment). */
export function eventName(l: RetailLine): "purchase" | "cancellation" | null {
  if (l.customerId === null || l.invoice.startsWith("A")) return null;
  return l.invoice.startsWith("C") ? "cancellation" : "purchase";
}

/** A customer of the data: every id that has a line, and the countries of those lines. */
export interface RetailCustomer {
  id: number;
  /** The country of the customer's latest line (of two at the same time, the later in the file). */
  country: string;
  /** Every country on the customer's lines, sorted (eight customers have two). */
  countries: string[];
}

/** The customers of the lines that become events, by id. */
export function customersOf(lines: readonly RetailLine[]): RetailCustomer[] {
  const latest = new Map<number, { time: string; country: string; countries: Set<string> }>();
  for (const l of lines) {
    if (eventName(l) === null) continue;
    const c = latest.get(l.customerId!);
    if (!c) latest.set(l.customerId!, { time: l.invoiceDate, country: l.country, countries: new Set([l.country]) });
    else {
      c.countries.add(l.country);
      if (l.invoiceDate >= c.time) Object.assign(c, { time: l.invoiceDate, country: l.country });
    }
  }
  return [...latest]
    .sort((a, b) => a[0] - b[0])
    .map(([id, c]) => ({ id, country: c.country, countries: [...c.countries].sort() }));
}

/** Rows of `retail.customers` and `retail.events`, and of each event in the latter. */
export type LoadCounts = {
  customers: number;
  events: number;
  purchases: number;
  cancellations: number;
};

/** The tables of examples/online-retail/schema.seg (schema `retail`). */
export const CUSTOMERS_TABLE = ["retail", "customers"];
export const EVENTS_TABLE = ["retail", "events"];

/**
 * (Re)creates `retail.customers (id, country, countries)` and `retail.events (customer_id,
 * time, name, invoice_no, properties)` — the tables of examples/online-retail/schema.seg —
 * and fills them: one event per line item that has a customer, `purchase` or
 * `cancellation`, its other fields in the JSON `properties` (cancelled quantities and
 * amounts made positive). Returns the row counts.
 */
export async function loadOnlineRetail(engine: Engine, lines: readonly RetailLine[]): Promise<LoadCounts> {
  const q = (t: string[]): string => engine.quoteTable(engine.resolveTable(t));
  for (const t of [EVENTS_TABLE, CUSTOMERS_TABLE]) await engine.exec(`DROP TABLE IF EXISTS ${q(t)}`);
  await engine.createTable(CUSTOMERS_TABLE, [
    { name: "id", type: "integer" },
    { name: "country", type: "string" },
    { name: "countries", type: "json" },
  ]);
  await engine.insertRows(
    CUSTOMERS_TABLE,
    ["id", "country", "countries"],
    customersOf(lines).map((c) => [c.id, c.country, c.countries]),
  );
  await engine.createTable(EVENTS_TABLE, [
    { name: "customer_id", type: "integer" },
    { name: "time", type: "timestamp" },
    { name: "name", type: "string" },
    { name: "invoice_no", type: "string" },
    { name: "properties", type: "json" },
  ]);
  const rows: unknown[][] = [];
  for (const l of lines) {
    const name = eventName(l);
    if (name === null) continue;
    const sign = name === "cancellation" ? -1 : 1;
    const properties = {
      stock_code: l.stockCode,
      description: l.description,
      quantity: sign * l.quantity,
      unit_price: l.unitPrice,
      amount: lineAmount(sign * l.quantity, l.unitPrice),
      country: l.country,
    };
    rows.push([l.customerId, lineTime(l), name, l.invoice, JSON.stringify(properties)]);
  }
  await engine.insertRows(EVENTS_TABLE, ["customer_id", "time", "name", "invoice_no", "properties"], rows);
  await engine.createIndex(EVENTS_TABLE, ["customer_id"]);
  await engine.analyze(CUSTOMERS_TABLE);
  await engine.analyze(EVENTS_TABLE);
  return {
    customers: await countRows(engine, CUSTOMERS_TABLE),
    events: await countRows(engine, EVENTS_TABLE),
    purchases: await countRows(engine, EVENTS_TABLE, "name = 'purchase'"),
    cancellations: await countRows(engine, EVENTS_TABLE, "name = 'cancellation'"),
  };
}
