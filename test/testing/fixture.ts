/** A small project for the runner tests: qualified and unqualified tables, a wide event table with a renamed event, a per-event table with typed columns, unix timestamps, a number-keyed relation. */
import { checkProject, type CheckResult } from "../../compiler/index.ts";

export const SCHEMA = `
entity user {
  table "app.users"
  key id: string
  plan: string
  signed_up_at: timestamp(unix_seconds)
  tags: list<string>
  account: account via account_id
}

entity account {
  table "accounts"
  key id: number
  employees: number
}

events of user {
  table "app.events"
  user column "user_id"
  time column "ts"
  name column "kind"
  properties column "props"
  event login
  event purchase named "order_completed" { amount: number }
  event refund {
    table "app.refunds"
    user column "uid"
    time column "at"
    amount: number column "refund_amount"
  }
}

segment buyers { where did purchase where amount >= 10 in last 30 days }
segment refunded { where sum(refund.amount) > 0 }
segment big_accounts { where account.employees >= 100 }
segment recent_signups { where signed_up_at in last 7 days }
segment vip { where tags has "vip" }
segment loyal = in buyers and not in refunded
`;

export const TESTS = `
test "buyers and refunds" {
  as of 2025-06-01T00:00:00Z
  account big { id: 7  employees: 500 }
  user alice {
    plan: "pro"
    account: big
    signed_up_at: 2025-05-30
    tags: ["vip"]
    purchase { amount: 25 } at 2 days ago
  }
  user bob {
    purchase { amount: 5 } at 2 days ago
    refund { amount: 5 } at 1 day ago
  }
  expect alice in buyers
  expect alice in loyal
  expect alice in big_accounts
  expect alice in recent_signups
  expect alice in vip
  expect bob not in buyers
  expect bob in refunded
  expect bob not in big_accounts
}
`;

export function project(extra = ""): CheckResult {
  const result = checkProject([
    { path: "/p/schema.seg", text: SCHEMA },
    { path: "/p/tests.seg", text: TESTS + extra },
  ]);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((d) => `${d.file}:${d.range.start.line + 1} ${d.message}`).join("\n"));
  return result;
}
