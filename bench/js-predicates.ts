/**
 * Throughput of the JS backend's predicates (`npx tsx bench/js-predicates.ts [users]`).
 *
 * Users come from compiler/datagen (the example schema, seeded, ~40 events each). Each
 * segment is timed three ways over the same records:
 *   - seg: `compileJs(ir).predicate(name)` (and `evaluate` for all segments at once);
 *   - hand: JavaScript written by hand for the same segment, with the same semantics;
 *   - json-logic: json-logic-js, for the attribute-only segments.
 * Targets: seg within 1.3x of hand-written; ≥ 10x faster than json-logic.
 * Results are checked for equality before timing (a mismatch aborts the run).
 */
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { generateData, tableRows } from "../compiler/datagen/index.ts";
import type { IRExpr, IRProject } from "../compiler/ir.ts";
import { compileJs, type EntityInput, type EventInput } from "../compiler/js/index.ts";
import { exampleIR } from "../test/helpers/example-ir.ts";

const require = createRequire(import.meta.url);
const jsonLogic = require("json-logic-js") as { apply(rule: unknown, data: unknown): unknown };

const USERS = Number(process.argv[2] ?? 20_000);
const ASOF = new Date("2024-03-10T00:00:00.000Z");
const T = ASOF.getTime();
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------
// IR: the example segments plus attribute-only ones

function benchIR(): IRProject {
  const ir = exampleIR();
  const a = (name: string, type: "string" | "number" | "boolean"): IRExpr => ({ k: "attr", via: [], name, type });
  ir.segments.push(
    {
      name: "na_adults",
      entity: "user",
      tags: [],
      dependsOn: [],
      condition: {
        k: "and",
        args: [
          { k: "inList", value: a("country", "string"), list: { k: "list", element: "string", values: ["US", "CA"] } },
          { k: "cmp", op: ">=", left: a("age", "number"), right: { k: "lit", type: "number", value: 30 } },
          { k: "cmp", op: "<=", left: a("age", "number"), right: { k: "lit", type: "number", value: 50 } },
        ],
      },
    },
    {
      name: "paying_opted_in",
      entity: "user",
      tags: [],
      dependsOn: [],
      condition: {
        k: "and",
        args: [
          { k: "truthy", value: a("opted_in", "boolean") },
          { k: "inList", value: a("plan", "string"), list: { k: "list", element: "string", values: ["pro", "enterprise"] } },
          { k: "cmp", op: ">", left: a("lifetime_value", "number"), right: { k: "lit", type: "number", value: 100 } },
        ],
      },
    },
  );
  return ir;
}

// ---------------------------------------------------------------------------------------
// Hand-written predicates, same semantics (missing → false, windows, asOf cut)

type Attrs = Record<string, unknown>;
const attrs = (r: EntityInput): Attrs => (r.attributes ?? {}) as Attrs;
const evs = (r: EntityInput): readonly EventInput[] => r.events ?? [];
const time = (e: EventInput): number => e.time as number;

function countLogin(r: EntityInput, lo: number, hi: number, before?: number): number {
  let n = 0;
  for (const e of evs(r)) {
    if (e.name !== "login") continue;
    const t = time(e);
    if (t > T) continue;
    if (before !== undefined ? t < before : t > lo && t <= hi) n++;
  }
  return n;
}

const HAND: Record<string, (r: EntityInput) => boolean> = {
  enterprise_plan: (r) => attrs(r)["plan"] === "enterprise",
  churned: (r) => countLogin(r, 0, 0, T - 30 * DAY) >= 1 && !(countLogin(r, T - 30 * DAY, T) >= 1),
  high_ltv: (r) => {
    let s = 0;
    for (const e of evs(r)) {
      if (e.name !== "purchase" || time(e) > T) continue;
      const v = e.properties?.["amount"];
      if (typeof v === "number") s += v;
    }
    return s >= 1000;
  },
  cart_abandoners: (r) => {
    const carts: number[] = [];
    const buys: number[] = [];
    for (const e of evs(r)) {
      const t = time(e);
      if (t > T) continue;
      if (e.name === "add_to_cart" && t > T - 7 * DAY) carts.push(t);
      else if (e.name === "purchase") buys.push(t);
    }
    for (const c of carts) {
      if (c + 3_600_000 > T) continue;
      if (!buys.some((b) => b > c && b <= c + 3_600_000)) return true;
    }
    return false;
  },
  enterprise_fintech: (r) => {
    const acc = r.related?.["account"];
    const emp = acc?.["employees"];
    return typeof emp === "number" && emp >= 1000 && acc?.["industry"] === "fintech";
  },
  detractors: (r) => {
    let lt = -Infinity;
    let lv: number | null = null;
    for (const e of evs(r)) {
      if (e.name !== "nps_response") continue;
      const t = time(e);
      if (t > T) continue;
      const v = e.properties?.["score"];
      const x = typeof v === "number" ? v : null;
      if (t > lt) {
        lt = t;
        lv = x;
      } else if (t === lt && x !== null && (lv === null || x > lv)) lv = x;
    }
    return lv !== null && lv <= 6;
  },
  quiet_enterprise: (r) => attrs(r)["plan"] === "enterprise" && !(countLogin(r, T - 14 * DAY, T) >= 1),
  na_adults: (r) => {
    const a = attrs(r);
    const age = a["age"];
    return (a["country"] === "US" || a["country"] === "CA") && typeof age === "number" && age >= 30 && age <= 50;
  },
  paying_opted_in: (r) => {
    const a = attrs(r);
    const ltv = a["lifetime_value"];
    return a["opted_in"] === true && (a["plan"] === "pro" || a["plan"] === "enterprise") && typeof ltv === "number" && ltv > 100;
  },
};

const JSON_LOGIC: Record<string, unknown> = {
  enterprise_plan: { "==": [{ var: "plan" }, "enterprise"] },
  na_adults: {
    and: [
      { in: [{ var: "country" }, ["US", "CA"]] },
      { "!=": [{ var: "age" }, null] },
      { "<=": [30, { var: "age" }, 50] },
    ],
  },
  paying_opted_in: {
    and: [
      { "===": [{ var: "opted_in" }, true] },
      { in: [{ var: "plan" }, ["pro", "enterprise"]] },
      { "!=": [{ var: "lifetime_value" }, null] },
      { ">": [{ var: "lifetime_value" }, 100] },
    ],
  },
};

// ---------------------------------------------------------------------------------------
// Data

function records(ir: IRProject): EntityInput[] {
  const data = generateData(ir, { users: USERS, seed: 42, asOf: ASOF });
  const table = (name: string) => tableRows(data.tables.find((t) => t.name === name)!);
  const accounts = new Map(table("account").map((a) => [a["id"] as string, a]));
  const byUser = new Map<string, EventInput[]>();
  for (const e of table("user_events")) {
    const list = byUser.get(e["user_id"] as string) ?? [];
    list.push({ name: e["event"] as string, time: (e["occurred_at"] as Date).getTime(), properties: (e["props"] ?? {}) as Record<string, unknown> });
    byUser.set(e["user_id"] as string, list);
  }
  return table("user").map((u) => {
    const acc = accounts.get(u["account_id"] as string);
    return {
      key: u["id"] as string,
      attributes: {
        email: u["email"],
        country: u["country"],
        age: u["age"],
        plan: u["plan"],
        signed_up_at: (u["signed_up_at"] as Date | null)?.getTime() ?? null,
        opted_in: u["opted_in"],
        tags: u["tags"],
        lifetime_value: u["ltv_usd"],
      },
      related: { account: acc ? { industry: acc["industry"], employees: acc["employees"] } : null },
      events: byUser.get(u["id"] as string) ?? [],
    };
  });
}

// ---------------------------------------------------------------------------------------
// Timing

/**
 * Best-of-7 times (ms per pass over the records) of each function, interleaved so machine
 * noise hits all alike; fast functions are repeated so each sample lasts ≥ ~20 ms.
 */
function timeAll(...fs: (() => number)[]): number[] {
  const reps = fs.map((f) => {
    f(); // warm-up
    const t0 = performance.now();
    f();
    const once = Math.max(performance.now() - t0, 0.01);
    return Math.max(1, Math.ceil(20 / once));
  });
  const best = fs.map(() => Infinity);
  for (let i = 0; i < 7; i++) {
    fs.forEach((f, j) => {
      const t0 = performance.now();
      for (let r = 0; r < reps[j]!; r++) f();
      best[j] = Math.min(best[j]!, (performance.now() - t0) / reps[j]!);
    });
  }
  return best;
}

type Pred = (r: EntityInput, o?: { asOf?: number }) => boolean;
const opts = { asOf: T };

/** Calls `p` directly (no wrapper closure, which would add a megamorphic call level). */
function run(recs: EntityInput[], p: Pred): number {
  let n = 0;
  for (let i = 0; i < recs.length; i++) if (p(recs[i]!, opts)) n++;
  return n;
}

function fmt(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${(n / 1e3).toFixed(0)}k`;
}

const ir = benchIR();
const compiled = compileJs(ir);
console.log(`generating ${USERS} users...`);
const recs = records(ir);
const totalEvents = recs.reduce((s, r) => s + (r.events?.length ?? 0), 0);
console.log(`${recs.length} users, ${totalEvents} events (${(totalEvents / recs.length).toFixed(1)} per user), asOf ${ASOF.toISOString()}\n`);

const rows: string[][] = [["segment", "members", "seg users/s", "hand users/s", "seg/hand", "json-logic users/s", "seg/json-logic"]];
let worst = 0;
let worstLogic = Infinity;
for (const name of compiled.segmentNames) {
  const ours: Pred = compiled.predicate(name);
  const hand = HAND[name]!;
  for (const r of recs) {
    if (ours(r, opts) !== hand(r)) throw new Error(`mismatch on ${name} for ${String(r.key)}: seg ${ours(r, opts)}, hand ${hand(r)}`);
  }
  const members = run(recs, ours);
  const rule = JSON_LOGIC[name];
  const logic = rule ? (r: EntityInput) => jsonLogic.apply(rule, r.attributes) === true : undefined;
  const [tSeg, tHand, tLogic] = timeAll(() => run(recs, ours), () => run(recs, hand), ...(logic ? [() => run(recs, logic)] : []));
  const ratio = tSeg / tHand;
  worst = Math.max(worst, ratio);
  const row = [name, String(members), fmt((recs.length / tSeg) * 1000), fmt((recs.length / tHand) * 1000), `${ratio.toFixed(2)}x`, "", ""];
  if (logic && tLogic !== undefined) {
    for (const r of recs) if (logic(r) !== ours(r, opts)) throw new Error(`json-logic mismatch on ${name} for ${String(r.key)}`);
    worstLogic = Math.min(worstLogic, tLogic / tSeg);
    row[5] = fmt((recs.length / tLogic) * 1000);
    row[6] = `${(tLogic / tSeg).toFixed(1)}x faster`;
  }
  rows.push(row);
}

// every segment at once
const allHand = (r: EntityInput) => {
  let n = 0;
  for (const name of compiled.segmentNames) if (HAND[name]!(r)) n++;
  return n > 0;
};
const anyMember: Pred = (r, o) => compiled.members(r, o).length > 0;
const [tAll, tAllHand] = timeAll(() => run(recs, anyMember), () => run(recs, allHand));
rows.push(["(all, members())", "", fmt((recs.length / tAll) * 1000), fmt((recs.length / tAllHand) * 1000), `${(tAll / tAllHand).toFixed(2)}x`, "", ""]);

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join("  "));
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
console.log(
  `\nworst seg/hand ratio per segment: ${worst.toFixed(2)}x (target ≤ 1.3x); ` +
    `json-logic: seg at least ${worstLogic.toFixed(1)}x faster (target ≥ 10x)`,
);
