import { checkProject, type CheckResult, type Diagnostic } from "../../compiler/index.ts";
import { mark, type Marked } from "../helpers/markers.ts";

export const SCHEMA = `
entity user {
  table "users"
  key id: string
  email: string
  country: string
  age: number
  plan: enum("free", "trial", "pro", "enterprise")
  signed_up_at: timestamp
  opted_in: boolean
  tags: list<string>
  account: account via account_id
}

entity account {
  table "accounts"
  key id: string
  industry: string
  employees: number
}

events of user {
  table "events"
  user column "user_id"
  time column "occurred_at"
  event login
  event purchase { amount: number, currency: string, sku: string, country: string }
  event add_to_cart { sku: string, price: number }
}
`;

/** Checks `src` (with markers) as `main.seg` next to the schema. */
export function checkMarked(src: string, opts: { schema?: string; params?: Record<string, string> } = {}): {
  m: Marked;
  r: CheckResult;
  diags: Diagnostic[];
} {
  const m = mark(src);
  const files = [{ path: "main.seg", text: m.text }];
  const schema = opts.schema ?? SCHEMA;
  if (schema) files.unshift({ path: "a_schema.seg", text: schema });
  const r = checkProject(files, opts.params ? { params: opts.params } : {});
  return { m, r, diags: r.diagnostics };
}

export function check(src: string, opts: { schema?: string } = {}): CheckResult {
  return checkMarked(src, opts).r;
}

export function errors(r: CheckResult): Diagnostic[] {
  return r.diagnostics.filter((d) => d.severity === "error");
}
