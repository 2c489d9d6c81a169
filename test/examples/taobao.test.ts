/**
 * examples/taobao on the Taobao clickstream excerpt: the loader's row counts, the segments
 * on SQLite, DuckDB and the JavaScript backend (identical members), and the members of the
 * funnel and sequence segments recomputed here straight from the parsed file, by the
 * definitions of docs/language.md. Skips visibly when the data directory (examples/data-dir.ts) holds no Taobao file.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { defaultDataPath, loadTaobao, parseTaobao, readTaobao, TaobaoDataError, type Behavior, type BehaviorRow } from "../../examples/taobao/taobao.ts";
import { runMembership } from "../../compiler/sql/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { expectAgreement, expectTestBlocksPass, runExample, type ExampleRun } from "../helpers/examples.ts";

const asOf = "2017-12-03T16:00:00.000Z"; // midnight in China, the end of the data
const asOfMs = Date.parse(asOf);
const MINUTE = 60_000;
const DAY = 86_400_000;
const hasData = existsSync(defaultDataPath);
const servers = await testEngines(["postgres", "mysql"]);
const title = hasData
  ? "examples/taobao on the Taobao clickstream excerpt"
  : `examples/taobao on the Taobao clickstream excerpt (skipped: no data file at ${path.relative(process.cwd(), defaultDataPath)})`;

describe.skipIf(!hasData)(title, () => {
  let rows: BehaviorRow[];
  let run: ExampleRun<{ shoppers: number; behaviors: number }>;

  beforeAll(async () => {
    rows = readTaobao(defaultDataPath);
    run = await runExample("examples/taobao", "shopper", asOf, (engine) => loadTaobao(engine, rows));
  }, 60_000);

  afterAll(async () => {
    await run?.close();
  });

  const members = (name: string): number[] => run.members.sqlite[name]!;

  test("the loader writes every behaviour and every shopper (README figures)", () => {
    expect(rows.length).toBe(4_321);
    for (const c of run.counts) expect(c).toEqual({ shoppers: 43, behaviors: 4_321 });
  });

  test("every segment is compiled, and SQLite, DuckDB and JavaScript agree on each", () => {
    expect(run.ir.segments).toHaveLength(13);
    expectAgreement(run, 43);
  });

  // Small enough to load into the servers too: the README's sizes hold on all four engines.
  describeEngines("the same members as SQLite", servers, (get) => {
    test("every segment", async () => {
      expect(await loadTaobao(get(), rows)).toEqual({ shoppers: 43, behaviors: 4_321 });
      const result = await runMembership(get(), run.ir, { asOf });
      for (const { name } of run.ir.segments) {
        expect(result.segments[name]!.members!.map(Number).sort((a, b) => a - b), name).toEqual(members(name));
      }
    });
  });

  test("members recomputed straight from the file", () => {
    const byShopper = new Map<number, { behavior: Behavior; t: number; category: number }[]>();
    for (const r of rows) {
      if (!byShopper.has(r.userId)) byShopper.set(r.userId, []);
      byShopper.get(r.userId)!.push({ behavior: r.behavior, t: r.ts * 1000, category: r.categoryId });
    }
    const times = (id: number, b: Behavior): number[] => byShopper.get(id)!.filter((e) => e.behavior === b && e.t <= asOfMs).map((e) => e.t);
    const utcDays = (ts: number[]): number => new Set(ts.map((t) => Math.floor(t / DAY))).size;
    /** Some step-1 time, then each next step in (previous, previous + within]. */
    const chain = (steps: number[][], withins: number[]): boolean => {
      const from = (k: number, prev: number): boolean =>
        k === steps.length || steps[k]!.some((t) => t > prev && t <= prev + withins[k - 1]! && from(k + 1, t));
      return steps[0]!.some((t) => from(1, t));
    };
    const expected: Record<string, (id: number) => boolean> = {
      buyers: (id) => times(id, "buy").length > 0,
      repeat_buyers: (id) => utcDays(times(id, "buy")) >= 2,
      window_shoppers: (id) => utcDays(times(id, "pv")) >= 7 && times(id, "buy").length === 0,
      // some cart whose deadline has passed with no purchase in (t, t + 1 day]
      cart_abandoners: (id) =>
        times(id, "cart").some((t) => t + DAY <= asOfMs && !times(id, "buy").some((b) => b > t && b <= t + DAY)),
      cart_converters: (id) => chain([times(id, "cart"), times(id, "buy")], [DAY]),
      quick_deciders: (id) => chain([times(id, "pv"), times(id, "buy")], [10 * MINUTE]),
      favorite_to_purchase: (id) => chain([times(id, "fav"), times(id, "cart"), times(id, "buy")], [3 * DAY, 3 * DAY]),
      explorers: (id) => new Set(byShopper.get(id)!.filter((e) => e.behavior === "pv").map((e) => e.category)).size >= 30,
      collectors: (id) => times(id, "fav").length >= 5,
      gone_quiet: (id) => {
        const all = byShopper.get(id)!.map((e) => e.t);
        return all.some((t) => t > asOfMs - 9 * DAY && t <= asOfMs - 3 * DAY) && !all.some((t) => t > asOfMs - 2 * DAY && t <= asOfMs);
      },
    };
    const ids = [...byShopper.keys()].sort((a, b) => a - b);
    for (const [name, holds] of Object.entries(expected)) {
      expect(members(name), name).toEqual(ids.filter(holds));
    }
  });
});

test("tests.seg passes on JavaScript, SQLite and DuckDB", () => expectTestBlocksPass("examples/taobao", 2));

test("a malformed record is a one-line error naming the record", () => {
  expect(parseTaobao("1,2,3,pv,1511544070\n\n7,8,9,pv,1511544071\n")).toHaveLength(2);
  for (const bad of ["1,2,3,pv,1\n1,2,3,view,1", "1,2,3,pv,1\n1,2,3,pv", "1,2,3,pv,1\n1,2,x,pv,1", "1,2,3,pv,1\n1,2,3,pv,1.5"]) {
    expect(() => parseTaobao(bad, "t.csv")).toThrow(TaobaoDataError);
    expect(() => parseTaobao(bad, "t.csv")).toThrow(/^t\.csv: record 2: expected `user_id,item_id,category_id,pv\|cart\|fav\|buy,unix_seconds`, got "1,2,/);
  }
  expect(() => readTaobao("/nonexistent/taobao.csv")).toThrow(/^no Taobao data at \/nonexistent\/taobao\.csv \(pass --data/);
});
