/**
 * examples/online-retail on the real UCI Online Retail data set: the loader's row counts, the
 * segments on SQLite, DuckDB and the JavaScript backend (identical members), and several
 * sizes recomputed here straight from the parsed rows, with times converted from UK local
 * time by the platform's own time-zone data (Intl), not by the loader's conversion. Skips
 * visibly when the data directory (examples/data-dir.ts) holds no Online Retail file.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkProject, loadProject } from "../../compiler/index.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import {
  defaultDataPath,
  lineTime,
  loadOnlineRetail,
  OnlineRetailDataError,
  parseOnlineRetail,
  readOnlineRetail,
  type LoadCounts,
  type RetailLine,
} from "../../examples/online-retail/online-retail.ts";
import { expectAgreement, expectTestBlocksPass, runExample, type ExampleRun } from "../helpers/examples.ts";

const asOf = "2011-12-10T00:00:00.000Z";
const customers = 4_372;
const hasData = existsSync(defaultDataPath);
const title = hasData
  ? "examples/online-retail on the UCI Online Retail data"
  : `examples/online-retail on the UCI Online Retail data (skipped: no data file at ${path.relative(process.cwd(), defaultDataPath)})`;

const DAY = 86_400_000;

/** Offset of Europe/London from UTC at an instant, in ms, from the platform's tz data. */
const london = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
function londonOffset(instant: number): number {
  const p = Object.fromEntries(london.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p["year"]), Number(p["month"]) - 1, Number(p["day"]), Number(p["hour"]), Number(p["minute"]), Number(p["second"])) - instant;
}
const utcCache = new Map<string, number>();
/** `2011-06-01 09:00:00` in London → epoch ms (the offset of the naive reading, checked once more). */
function utcOf(local: string): number {
  let t = utcCache.get(local);
  if (t === undefined) {
    const naive = Date.parse(`${local.replace(" ", "T")}Z`);
    t = naive - londonOffset(naive - londonOffset(naive));
    utcCache.set(local, t);
  }
  return t;
}

describe("examples/online-retail without the data file", () => {
  const header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

  test("the parser reads quoted commas, empty customers and cancellations", () => {
    const rows = parseOnlineRetail(`${header}536365,22086,"PAPER CHAIN KIT, 50'S CHRISTMAS ",6,2011-06-01 12:05:00,2.55,17850.0,United Kingdom\nC536379,D,Discount,-1,2010-12-01 09:41:00,27.5,,EIRE\n`);
    expect(rows).toEqual([
      { invoice: "536365", stockCode: "22086", description: "PAPER CHAIN KIT, 50'S CHRISTMAS", quantity: 6, invoiceDate: "2011-06-01 12:05:00", unitPrice: 2.55, customerId: 17850, country: "United Kingdom" },
      { invoice: "C536379", stockCode: "D", description: "Discount", quantity: -1, invoiceDate: "2010-12-01 09:41:00", unitPrice: 27.5, customerId: null, country: "EIRE" },
    ]);
    expect(lineTime(rows[0]!)).toBe("2011-06-01T11:05:00.000Z"); // BST
    expect(lineTime(rows[1]!)).toBe("2010-12-01T09:41:00.000Z"); // GMT
  });

  test("a malformed line is one OnlineRetailDataError naming file, line, what was expected and what was found", () => {
    const cases: [string, string][] = [
      [`${header}536365,22086,X,6,2011-06-01 12:05:00,2.55,17850.0\n`, "f.csv:2: expected 8 fields"],
      [`${header}536365,22086,X,6,2011-06-01 12:05:00,2.55,17850.0,UK\n536366,22086,X,six,2011-06-01 12:05:00,2.55,17850.0,UK\n`, 'f.csv:3: expected a whole Quantity, found "six"'],
      [`${header}536365,22086,X,6,2011-02-30 12:05:00,2.55,17850.0,UK\n`, 'f.csv:2: expected an InvoiceDate `yyyy-mm-dd hh:mm:ss`, found "2011-02-30 12:05:00"'],
      [`${header}536365,22086,X,6,2011-06-01 12:05:00,2.55,17850.5,UK\n`, 'f.csv:2: expected an empty or whole CustomerID (`17850.0`), found "17850.5"'],
      [`${header}536365,22086,"X,6,2011-06-01 12:05:00,2.55,17850.0,UK\n`, "f.csv:2: expected well-formed CSV"],
      ["customer,day\n", "f.csv:1: expected the header InvoiceNo,StockCode"],
    ];
    for (const [text, message] of cases) {
      let error: unknown;
      try {
        parseOnlineRetail(text, "f.csv");
      } catch (e) {
        error = e;
      }
      expect(error, message).toBeInstanceOf(OnlineRetailDataError);
      expect((error as Error).message).toContain(message);
      expect((error as Error).message).not.toContain("\n");
    }
  });

  test("tests.seg passes on JavaScript, SQLite and DuckDB", () => expectTestBlocksPass("examples/online-retail", 4));
});

describe.skipIf(!hasData)(title, () => {
  let lines: RetailLine[];
  let run: ExampleRun<LoadCounts>;

  beforeAll(async () => {
    lines = readOnlineRetail(defaultDataPath);
    run = await runExample("examples/online-retail", "customer", asOf, (engine) => loadOnlineRetail(engine, lines));
  }, 120_000);

  afterAll(async () => {
    await run?.close();
  });

  const members = (name: string): number[] => run.members.sqlite[name]!;

  test("the loader reads every line and writes every customer and event (README figures)", () => {
    expect(lines.length).toBe(541_909);
    for (const c of run.counts) expect(c).toEqual({ customers, events: 406_829, purchases: 397_924, cancellations: 8_905 });
  });

  test("times are the file's UK local times in UTC (British Summer Time from 2011-03-27 to 2011-10-30)", () => {
    const wrong = lines.filter((l) => lineTime(l) !== new Date(utcOf(l.invoiceDate)).toISOString());
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(lineTime(lines.find((l) => l.invoiceDate === "2011-06-01 12:05:00")!)).toBe("2011-06-01T11:05:00.000Z");
  });

  test("SQLite, DuckDB and JavaScript agree on every segment, and no segment is trivial", () => {
    expect(run.ir.segments.length).toBeGreaterThanOrEqual(10);
    expectAgreement(run, customers);
  });

  test("sizes recomputed directly from the file", () => {
    const end = Date.parse(asOf);
    const eu = new Set(["Austria", "Belgium", "Cyprus", "Czech Republic", "Denmark", "EIRE", "European Community", "Finland", "France", "Germany", "Greece", "Italy", "Lithuania", "Malta", "Netherlands", "Poland", "Portugal", "Spain", "Sweden"]);
    const service = new Set(["POST", "DOT", "C2", "M", "m", "D", "S", "B", "BANK CHARGES", "AMAZONFEE", "CRUK"]);
    const orders = new Map<number, Set<string>>();
    const productCredits = new Map<number, Set<string>>();
    const purchaseTimes = new Map<number, number[]>();
    const cancellationTimes = new Map<number, number[]>();
    const net = new Map<number, number>();
    const recent = new Set<number>();
    const euBuyers = new Set<number>();
    const christmas = new Set<number>();
    const add = <K, V>(m: Map<K, V[]>, k: K, v: V) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
    for (const l of lines) {
      if (l.customerId === null || l.invoice.startsWith("A")) continue; // not loaded: no customer, bad-debt adjustments
      const id = l.customerId;
      const t = utcOf(l.invoiceDate);
      net.set(id, (net.get(id) ?? 0) + l.quantity * l.unitPrice); // cancellations are negative in the file
      if (eu.has(l.country)) euBuyers.add(id);
      if (l.invoice.startsWith("C")) {
        add(cancellationTimes, id, t);
        if (!service.has(l.stockCode)) (productCredits.get(id) ?? productCredits.set(id, new Set()).get(id)!).add(l.invoice);
        continue;
      }
      add(purchaseTimes, id, t);
      (orders.get(id) ?? orders.set(id, new Set()).get(id)!).add(l.invoice);
      if (t > end - 30 * DAY && t <= end) recent.add(id);
      if (/christmas/i.test(l.description) && t > Date.parse("2011-10-01T00:00:00Z") && t < Date.parse("2011-12-01T00:00:00Z")) christmas.add(id);
    }
    // cancelled in the last 120 days, at least 30 days before as_of, and no purchase in the 30 days after
    const leftAfterCancelling = [...cancellationTimes].filter(([id, ts]) =>
      ts.some((t1) => t1 > end - 120 * DAY && t1 + 30 * DAY <= end && !(purchaseTimes.get(id) ?? []).some((t2) => t2 > t1 && t2 <= t1 + 30 * DAY)),
    );
    const newCustomers = [...purchaseTimes.values()].filter((ts) => Math.min(...ts) > end - 90 * DAY);
    const sorted = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);

    expect(members("recent_buyers")).toEqual(sorted(recent));
    expect(members("one_time_buyers")).toEqual(sorted([...orders].filter(([, o]) => o.size === 1).map(([id]) => id)));
    expect(members("serial_cancellers")).toEqual(sorted([...productCredits].filter(([, c]) => c.size >= 2).map(([id]) => id)));
    expect(members("cancelled_then_left")).toEqual(sorted(leftAfterCancelling.map(([id]) => id)));
    expect(members("eu_customers")).toEqual(sorted(euBuyers));
    expect(members("christmas_shoppers")).toEqual(sorted(christmas));
    expect(members("big_spenders")).toEqual(sorted([...net].filter(([, v]) => v >= 5000).map(([id]) => id)));
    expect(members("new_customers")).toHaveLength(newCustomers.length);
  });

  test("the recency param can be overridden at compile time", async () => {
    const { files } = await loadProject(["examples/online-retail"]);
    const checked = checkProject(files, { params: { recency: "7 days" } });
    expect(checked.diagnostics).toEqual([]);
    const week = await runMembership(run.engines[0]!, checked.ir, { asOf, segments: ["recent_buyers"] });
    const end = Date.parse(asOf);
    const buyers = new Set<number>();
    for (const l of lines) {
      const t = utcOf(l.invoiceDate);
      if (l.customerId !== null && /^\d/.test(l.invoice) && t > end - 7 * DAY && t <= end) buyers.add(l.customerId);
    }
    expect(week.segments["recent_buyers"]!.size).toBe(buyers.size);
    expect(buyers.size).toBeLessThan(members("recent_buyers").length);
  });
});
