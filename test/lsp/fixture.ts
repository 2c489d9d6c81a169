/**
 * A small real project for the language-server tests, with named range markers
 * (test/helpers/markers.ts) so that expected locations are never counted by hand.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mark, type Rng } from "../helpers/markers.ts";

export const SOURCES: Record<string, string> = {
  "schema.seg": `/// People who use the product.
entity «user:user» {
  table "analytics.users"
  key id: string
  /// ISO 3166 alpha-2
  «country:country»: string
  age: number
  /// Current billing plan.
  «plan:plan»: enum("free", "trial", "pro", "enterprise")
  signed_up_at: timestamp
  tags: list<string>
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

  /// A successful sign-in.
  event «login:login»
  event feature_used { feature: string }
  /// A completed order.
  event purchase { order_id: string, «amount:amount»: number }
}
`,
  "values.seg": `/// The features that matter.
const «core_features:core_features» = ["reports", "dashboards", "exports"]

/// Lifetime value in dollars.
trait «ltv:ltv» = sum(purchase.amount)
`,
  "segments.seg": `/// Engaged customers on the top plan.
segment «power_users:power_users» {
  owner "growth"
  «tags_kw:tags» ["engagement"]
  where «plan_use1:plan» == "enterprise" and did login in last 7 days
}

segment big = account.employees >= 1000 and in «power_ref:power_users»

segment whales {
  where ltv >= 1000 and did feature_used where feature in core_features
    and «country_use:country» == "US"
}
`,
};

export interface Fixture {
  root: string;
  /** Clean text per file name. */
  texts: Record<string, string>;
  /** Named ranges per file name. */
  named: Record<string, Record<string, Rng>>;
  path(name: string): string;
}

export function writeFixture(): Fixture {
  const root = mkdtempSync(join(tmpdir(), "seg-lsp-"));
  const texts: Record<string, string> = {};
  const named: Record<string, Record<string, Rng>> = {};
  for (const [name, src] of Object.entries(SOURCES)) {
    const m = mark(src);
    texts[name] = m.text;
    named[name] = m.named;
    writeFileSync(join(root, name), m.text);
  }
  return { root, texts, named, path: (n) => join(root, n) };
}
