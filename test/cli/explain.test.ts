import { describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { explainSegment, explainTrait, Words } from "../../compiler/explain/index.ts";
import { compileSegment, getDialect } from "../../compiler/sql/index.ts";
import { REPO_ROOT, runCli, tempProject } from "../helpers/cli.ts";

const SRC = `
entity user {
  table "users"
  key id: string
  plan: enum("free", "pro", "enterprise")
  signed_up_at: timestamp
  email: string
  account: account via account_id
}
entity account {
  table "accounts"
  key id: string
  employees: number
}
events of user {
  table "events"
  user column "user_id"
  time column "at"
  name column "name"
  properties column "props"
  event login
  event add_to_cart { price: number }
  event purchase { amount: number }
}
const core = ["a", "b"]
trait ltv = sum(purchase.amount)
segment paid { where plan in ["pro", "enterprise"] }
/// Engaged payers.
segment engaged {
  owner "growth"
  tags ["x", "y"]
  where in paid
    and did login on at least 4 days in last 7 days
    and not did login before 2024-01-01
    and signed_up_at in last 30 days
    and account.employees >= 1000
    and ltv > 100
    and email not in core
}
segment abandoners { where did add_to_cart then not purchase within 1 hour in last 7 days }
segment lapsed { where did purchase between 30 days and 7 days ago and count(purchase in last 7 days) == 0 }
segment by_key { where id != "u0" and account.id in ["a1", "a2"] and account.employees > 10 }
trait account_key = account.id
param window = 30 days
const threshold = 2
trait recent_buys = count(purchase in last window)
trait buys_above = recent_buys - threshold
segment keen { where buys_above > 0 }
segment no_bots { where email not contains "bot" and email not matches "^x" and email not starts with plan }
`;

function explain(name: string) {
  const r = checkProject([{ path: "/p/a.seg", text: SRC }]);
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return explainSegment(r.ir, name, r.symbols);
}

describe("explainSegment", () => {
  test("lowered logic in words, one clause per top-level AND", () => {
    const ex = explain("engaged")!;
    expect(ex.clauses).toEqual([
      "is in paid",
      "did login on at least 4 distinct days in the last 7 days",
      "did not login before 2024-01-01",
      "signed_up_at is in the last 30 days",
      "account.employees is at least 1000",
      "ltv is more than 100",
      'email is not one of ["a", "b"] (or is missing)',
    ]);
    expect(ex.logic).toBe(ex.clauses.join(" AND "));
  });

  test("negated string tests say that a missing value is in them", () => {
    expect(explain("no_bots")!.clauses).toEqual([
      'email does not contain "bot" (or is missing)',
      "email does not match /^x/ (or is missing)",
      "email does not start with plan (or either is missing)",
    ]);
  });

  test("metadata and dependencies from the IR and the symbol index", () => {
    const ex = explain("engaged")!;
    expect(ex).toMatchObject({ name: "engaged", entity: "user", doc: "Engaged payers.", owner: "growth", tags: ["x", "y"] });
    expect(ex.location).toEqual({ file: "/p/a.seg", line: SRC.split("\n").findIndex((l) => l.startsWith("segment engaged")) });
    expect(ex.dependencies).toEqual({
      segments: ["paid"],
      traits: ["ltv"],
      consts: ["core"],
      params: [],
      events: ["login", "purchase"],
      attributes: ["signed_up_at", "account.employees", "email"],
      keys: [],
    });
  });

  // They are inlined: a change to any of them changes the segment.
  test("traits, consts and params reached through traits are dependencies too", () => {
    expect(explain("keen")!.dependencies).toMatchObject({ traits: ["buys_above", "recent_buys"], consts: ["threshold"], params: ["window"] });
  });

  test("keys: the own key in words, a related key as written; listed apart from attributes", () => {
    const ex = explain("by_key")!;
    expect(ex.clauses).toEqual(['the key is not "u0"', 'account.id is one of ["a1", "a2"]', "account.employees is more than 10"]);
    expect(ex.dependencies).toMatchObject({ attributes: ["account.employees"], keys: ["id", "account.id"] });
    const r = checkProject([{ path: "/p/a.seg", text: SRC }]);
    expect(explainTrait(r.ir, "account_key")).toBe("account.id");
    // without the evaluated entity, Words cannot name the related key: it says whose it is
    expect(new Words(r.ir).expr({ k: "key", via: ["account"], type: "string" })).toBe("the key of account");
  });

  test("sequences with a deadline and between-windows", () => {
    expect(explain("abandoners")!.logic).toBe(
      "did add_to_cart then no purchase within 1 hour (counted once 1 hour has passed) in the last 7 days",
    );
    expect(explain("lapsed")!.clauses).toEqual(["did purchase between 30 days and 7 days ago", "did not purchase in the last 7 days"]);
  });

  test("unknown segment: undefined", () => {
    expect(explain("nope")).toBeUndefined();
  });
});

describe("seg explain", () => {
  test("prints words, metadata, dependencies and the SQL of the dialect", async () => {
    const r = await runCli(["explain", "power_users", "--dir", "segments", "--dialect", "postgres"], REPO_ROOT);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("segment power_users (of user)\n  declared at segments/engagement.seg:");
    expect(r.stdout).toContain("  owner: growth\n  tags: engagement, persona\n");
    expect(r.stdout).toContain(
      [
        "A user is in power_users when:",
        '      plan is "enterprise"',
        "  AND did login on at least 4 distinct days in the last 7 days",
        '  AND did feature_used (where feature is one of ["reports", "dashboards", "exports"]) in the last 30 days',
      ].join("\n"),
    );
    expect(r.stdout).toContain("  consts:     core_features\n  events:     login, feature_used\n  attributes: plan\n");
    const { result } = await (async () => {
      const { loadProject } = await import("../../compiler/index.ts");
      const loaded = await loadProject(["segments"]);
      return { result: checkProject(loaded.files) };
    })();
    const sql = compileSegment(result.ir, "power_users", getDialect("postgres"), { emit: "select" });
    expect(r.stdout.endsWith(`SQL (postgres)\n${sql.trimEnd()}\n`)).toBe(true);
  });

  test("a keys row only when the segment reads a key", async () => {
    const dir = tempProject({ "a.seg": SRC });
    const withKeys = await runCli(["explain", "by_key", "--dir", dir], dir);
    expect(withKeys.code).toBe(0);
    expect(withKeys.stdout).toContain("  attributes: account.employees\n  keys:       id, account.id\n\nSQL (sqlite)\n");
    const without = await runCli(["explain", "paid", "--dir", dir], dir);
    expect(without.stdout).toContain("  attributes: plan\n\nSQL (sqlite)\n");
  });

  test("the project's text reaches the terminal with its control characters shown, not run", async () => {
    const esc = "\u001b";
    const dir = tempProject({
      "a.seg": `${SRC}\n/// title ${esc}]0;PWNED\u0007 and ${esc}[8mhidden\nsegment odd {\n  owner "o\\u{1b}[31mred"\n  where email == "x\\u{1b}[2J"\n}\n`,
    });
    const r = await runCli(["explain", "odd", "--dir", dir], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(esc);
    expect(r.stdout).not.toContain("\u0007");
    expect(r.stdout).toContain("title ␛]0;PWNED␇ and ␛[8mhidden");
  });

  test("unknown segment: exit 2 with did-you-mean", async () => {
    const r = await runCli(["explain", "power_user", "--dir", "segments"], REPO_ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("seg: unknown segment `power_user`; did you mean `power_users`?\n");
    expect(r.stdout).toBe("");
  });

  test("a file where the segment's name belongs: exit 2, naming the segments the file declares", async () => {
    const r = await runCli(["explain", "segments/engagement.seg", "--dir", "segments"], REPO_ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^seg: explain takes a segment's name, not a file \(seg explain <segment> --dir <dir>\); segments\/engagement\.seg declares power_users, [a-z_, ]+\n$/);
    const outside = await runCli(["explain", "elsewhere/x.seg", "--dir", "segments"], REPO_ROOT);
    expect([outside.code, outside.stderr]).toEqual([2, "seg: explain takes a segment's name, not a file (seg explain <segment> --dir <dir>)\n"]);
  });

  test("unknown dialect: exit 2 with did-you-mean", async () => {
    const r = await runCli(["explain", "power_users", "--dir", "segments", "--dialect", "postgress"], REPO_ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("seg: unknown dialect `postgress`; did you mean `postgres`?\n");
  });

  test("missing directory: exit 2", async () => {
    const r = await runCli(["explain", "power_users", "--dir", "no/such/dir"], REPO_ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("seg: no such file or directory: no/such/dir\n");
  });
});

test("words say who a comparison leaves out: != needs a value, at most N times takes in those who never did", () => {
  const { ir } = checkProject([
    { path: "/p/a.seg", text: SRC + `segment not_free { where plan != "free" }\nsegment rare { where did login at most 3 times in last 7 days and account.id != "a1" }\n` },
  ]);
  expect(explainSegment(ir, "not_free")!.logic).toBe('plan is not "free" (and is set)');
  expect(explainSegment(ir, "rare")!.clauses).toEqual(["did login at most 3 times in the last 7 days (or never)", 'account.id is not "a1" (and is set)']);
});
