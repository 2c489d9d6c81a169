/**
 * Plausible values by attribute / property name and type: countries are ISO codes,
 * amounts are positive money, scores are 0–10 integers, browsers are browser names.
 */
import type { IRColumnType } from "../ir.ts";
import type { Rng } from "./rng.ts";

const COUNTRIES = ["US", "CA", "GB", "DE", "FR", "NL", "ES", "IT", "SE", "PL", "IE", "BR", "MX", "IN", "JP", "AU", "SG", "ZA", "NG", "AT", "BE"];
const COUNTRY_WEIGHTS = [30, 6, 9, 8, 6, 3, 4, 3, 2, 2, 1, 5, 2, 7, 3, 3, 1, 1, 1, 1, 1];
const INDUSTRIES = ["fintech", "saas", "retail", "healthcare", "education", "media", "logistics", "manufacturing", "government", "gaming"];
const INDUSTRY_WEIGHTS = [14, 20, 12, 9, 7, 6, 6, 8, 3, 4];
const BROWSERS = ["Chrome", "Safari", "Firefox", "Edge", "Opera", "Samsung Internet"];
const BROWSER_WEIGHTS = [60, 22, 7, 7, 2, 2];
const OSES = ["Windows", "macOS", "iOS", "Android", "Linux", "ChromeOS"];
const OS_WEIGHTS = [30, 22, 20, 20, 5, 3];
const FEATURES = ["reports", "dashboards", "exports", "alerts", "api", "integrations", "sharing", "search", "billing", "admin"];
const FEATURE_WEIGHTS = [20, 18, 10, 8, 6, 6, 8, 12, 3, 2];
const PAGES = ["/", "/pricing", "/pricing/enterprise", "/checkout", "/checkout/payment", "/docs", "/settings", "/dashboard", "/reports/42", "/blog/launch"];
const PAGE_WEIGHTS = [10, 6, 2, 5, 3, 8, 4, 20, 8, 2];
const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "JPY"];
const CURRENCY_WEIGHTS = [70, 15, 8, 5, 2];
const EXPERIMENTS = ["checkout_v2", "onboarding_tour", "pricing_page_copy", "search_ranking"];
const VARIANTS = ["control", "A", "B"];
const PLANS = ["free", "trial", "pro", "enterprise"];
const REASONS = ["too expensive", "Price increase", "missing features", "switched to competitor", "no longer needed", "bugs"];
const TAGS = ["beta", "vip", "partner", "newsletter", "churn-risk", "early-adopter", "support-heavy"];
const FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "zoë"];
const COMPANY = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Wonka", "Tyrell", "Soylent", "Cyberdyne"];
const COMPANY_SUFFIX = ["Inc", "GmbH", "Ltd", "& Co", "Labs", "Bank", "Pay", "S.A."];
/** A few strings that exercise quoting and Unicode in every backend. */
const ODD_STRINGS = ["O'Brien & Sons", 'say "hi"', "back\\slash", "Café Zürich", "東京テック", "emoji 🚀 inc", "-- not a comment", "semi;colon"];
const MAIL_DOMAINS = ["gmail.com", "GMail.com", "outlook.com", "example.com", "acme.io", "bank.co.uk"];

/** The lower-cased name with `_`, for matching heuristics. */
function has(name: string, ...words: string[]): boolean {
  const n = name.toLowerCase();
  return words.some((w) => n === w || n.includes(w));
}

type Gen = (rng: Rng, key: string) => unknown;

/** A generator of plausible strings for a field called `name`; `key` seeds e-mails. */
function stringGenerator(name: string): Gen {
  if (has(name, "email", "mail")) {
    return (rng, key) => {
      const local = rng.chance(0.03) ? `${rng.pick(FIRST)}.o'neil+${key}` : `${rng.pick(FIRST)}.${key}`;
      return `${local}@${rng.weighted(MAIL_DOMAINS, [35, 3, 15, 10, 25, 12])}`;
    };
  }
  const weightedPick = (items: readonly string[], weights: readonly number[]): Gen => (rng) => rng.weighted(items, weights);
  if (has(name, "country", "region")) return weightedPick(COUNTRIES, COUNTRY_WEIGHTS);
  if (has(name, "industry", "sector")) return weightedPick(INDUSTRIES, INDUSTRY_WEIGHTS);
  if (has(name, "browser")) return weightedPick(BROWSERS, BROWSER_WEIGHTS);
  if (has(name, "os", "platform", "device")) return weightedPick(OSES, OS_WEIGHTS);
  if (has(name, "feature")) return weightedPick(FEATURES, FEATURE_WEIGHTS);
  if (has(name, "path", "page", "url")) return weightedPick(PAGES, PAGE_WEIGHTS);
  if (has(name, "currency")) return weightedPick(CURRENCIES, CURRENCY_WEIGHTS);
  if (has(name, "experiment")) return (rng) => rng.pick(EXPERIMENTS);
  if (has(name, "variant", "arm")) return (rng) => rng.pick(VARIANTS);
  if (has(name, "plan", "tier")) return weightedPick(PLANS, [40, 15, 30, 15]);
  if (has(name, "reason")) return (rng) => rng.pick(REASONS);
  if (has(name, "sku", "product")) return (rng) => `SKU-${String(rng.skewedIndex(2000)).padStart(4, "0")}`;
  if (has(name, "order", "_id", "id")) {
    const prefix = name.replace(/_?id$/, "") || "id";
    return (rng) => `${prefix}_${Math.floor(rng.next() * 2 ** 32).toString(16).padStart(8, "0")}`;
  }
  if (name === "name" || has(name, "company", "title")) {
    return (rng) => (rng.chance(0.1) ? rng.pick(ODD_STRINGS) : `${rng.pick(COMPANY)} ${rng.pick(COMPANY_SUFFIX)}`);
  }
  return (rng) => (rng.chance(0.03) ? rng.pick(ODD_STRINGS) : `${name}_${rng.skewedIndex(20)}`);
}

/** A plausible string for a field called `name`; `key` seeds e-mails. */
export function stringValue(rng: Rng, name: string, key: string): string {
  return stringGenerator(name)(rng, key) as string;
}

/** A generator of plausible numbers for a field called `name`. */
function numberGenerator(name: string): Gen {
  if (has(name, "score", "nps", "rating")) {
    // NPS-like: many 9–10 and many 0–6, fewer 7–8.
    const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const weights = [3, 2, 2, 3, 3, 5, 6, 9, 12, 20, 15];
    return (rng) => rng.weighted(scores, weights);
  }
  if (has(name, "age")) return (rng) => rng.int(16, 85);
  if (has(name, "employees", "headcount", "seats")) return (rng) => Math.max(1, Math.round(rng.logNormal(80, 2)));
  if (has(name, "arr", "revenue", "mrr")) return (rng) => Math.round(rng.logNormal(20_000, 1.3) * 100) / 100;
  if (has(name, "amount", "price", "ltv", "value", "total", "cost", "usd")) {
    return (rng) => Math.max(0.5, Math.round(rng.logNormal(45, 1.1) * 100) / 100);
  }
  if (has(name, "count", "quantity", "qty")) return (rng) => rng.int(1, 10);
  return (rng) => rng.int(0, 100);
}

/** A plausible number for a field called `name`. */
export function numberValue(rng: Rng, name: string): number {
  return numberGenerator(name)(rng, "") as number;
}

export function booleanValue(rng: Rng, name: string): boolean {
  return rng.chance(has(name, "opted", "consent") ? 0.6 : 0.5);
}

/** An enum value, skewed towards the first values. */
export function enumValue(rng: Rng, values: readonly string[]): string {
  return values[rng.skewedIndex(values.length, 0.6)]!;
}

/** A list value (0–3 elements, no duplicates). */
export function listValue(rng: Rng, name: string, element: "string" | "number"): (string | number)[] {
  const n = rng.weighted([0, 1, 2, 3], [40, 35, 17, 8]);
  const out = new Set<string | number>();
  for (let i = 0; i < n; i++) {
    out.add(element === "number" ? rng.int(1, 20) : has(name, "tag", "label") ? rng.weighted(TAGS, [8, 4, 3, 10, 3, 2, 2]) : `${name}_${rng.int(0, 9)}`);
  }
  return [...out];
}

const cache = new WeakMap<IRColumnType, Map<string, Gen>>();

function generatorFor(name: string, type: IRColumnType): Gen {
  let byName = cache.get(type);
  if (!byName) {
    byName = new Map();
    cache.set(type, byName);
  }
  let g = byName.get(name);
  if (g) return g;
  switch (type.kind) {
    case "string":
      g = stringGenerator(name);
      break;
    case "number":
      g = numberGenerator(name);
      break;
    case "boolean":
      g = (rng) => booleanValue(rng, name);
      break;
    case "enum": {
      const values = type.values;
      g = (rng) => enumValue(rng, values);
      break;
    }
    case "list": {
      const element = type.element;
      g = (rng) => listValue(rng, name, element);
      break;
    }
    case "timestamp":
      throw new Error("scalarValue: timestamps are generated by the caller");
  }
  byName.set(name, g);
  return g;
}

/** A value of a column type that is not a timestamp (those depend on the entity's times). */
export function scalarValue(rng: Rng, name: string, type: IRColumnType, key: string): unknown {
  return generatorFor(name, type)(rng, key);
}
