/**
 * Generates large, realistic .seg projects for the benchmarks (front end, language server):
 * the example schema plus N segments spread over files of ~100 segments, mixing every
 * kind of condition (attributes, relations, behaviour with windows and frequencies,
 * aggregates, sequences, composition). Deterministic for a given size and seed.
 */
import type { SourceFile } from "../compiler/index.ts";

const SCHEMA = `/// People who use the product.
entity user {
  table "analytics.users"
  key id: string
  email: string
  country: string
  age: number
  plan: enum("free", "trial", "pro", "enterprise")
  signed_up_at: timestamp
  opted_in: boolean
  tags: list<string>
  lifetime_value: number column "ltv_usd"
  account: account via account_id
}

entity account {
  table "crm.accounts"
  key id: string
  industry: string
  employees: number
}

events of user {
  table "analytics.events"
  user column "user_id"
  time column "occurred_at"
  name column "event"
  properties column "props"

  event login
  event feature_used { feature: string }
  event add_to_cart { sku: string, price: number }
  event purchase { order_id: string, amount: number, currency: string }
  event rage_click { page: string }
  event nps_response { score: number }
}
`;

/** Small seeded PRNG (mulberry32): the same seed gives the same project. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(items: readonly T[]) => T;

const COUNTRIES = ["US", "CA", "GB", "DE", "FR", "JP", "BR", "IN"];
const PLANS = ["free", "trial", "pro", "enterprise"];
const FEATURES = ["reports", "dashboards", "exports", "alerts"];

function condition(pick: Pick, int: (max: number) => number, earlier: string[]): string {
  const choices: (() => string)[] = [
    () => `country in ["${pick(COUNTRIES)}", "${pick(COUNTRIES)}"]`,
    () => `age between ${18 + int(20)} and ${40 + int(30)}`,
    () => `plan == "${pick(PLANS)}"`,
    () => `account.employees >= ${int(5000)}`,
    () => `account.industry == "fintech"`,
    () => `signed_up_at in last ${1 + int(90)} days`,
    () => `did login on at least ${1 + int(5)} days in last ${7 + int(30)} days`,
    () => `did feature_used where feature == "${pick(FEATURES)}" in last ${1 + int(60)} days`,
    () => `not did login in last ${7 + int(60)} days`,
    () => `sum(purchase.amount in last ${30 + int(300)} days) >= ${int(2000)}`,
    () => `count(purchase where amount >= ${int(100)} in last 365 days) >= ${1 + int(3)}`,
    () => `last(nps_response.score) <= ${int(10)}`,
    () => `did add_to_cart then not purchase within ${1 + int(24)} hours in last 7 days`,
    () => `email ends with "@example.com" ignoring case`,
    () => `tags has any ["beta", "vip"]`,
    () => `days_since(last(login).time) > ${int(60)}`,
    () => (earlier.length > 0 ? `in ${pick(earlier)}` : `opted_in`),
  ];
  return pick(choices)();
}

export function generateSegProject(segments: number, seed = 1, perFile = 100): SourceFile[] {
  const random = prng(seed);
  const int = (max: number) => Math.floor(random() * max);
  const pick: Pick = (items) => items[int(items.length)]!;
  const files: SourceFile[] = [{ path: "schema.seg", text: SCHEMA }];
  const names: string[] = [];
  for (let fileIndex = 0; fileIndex * perFile < segments; fileIndex++) {
    const parts: string[] = [];
    for (let i = fileIndex * perFile; i < Math.min(segments, (fileIndex + 1) * perFile); i++) {
      const name = `segment_${String(i).padStart(5, "0")}`;
      const conjuncts = 1 + int(4);
      const where = Array.from({ length: conjuncts }, () => condition(pick, int, names.slice(-50)));
      parts.push(
        `/// Generated segment ${i}.\nsegment ${name} {\n  owner "team-${int(8)}"\n  tags ["generated"]\n  where ${where.join("\n    and ")}\n}\n`,
      );
      names.push(name);
    }
    files.push({ path: `segments_${String(fileIndex).padStart(3, "0")}.seg`, text: parts.join("\n") });
  }
  return files;
}
