/**
 * Keys held by more than one row. A key names a record only when exactly one row holds it:
 * a key on several rows of the entity's table is no entity (in no segment, not even a
 * negated one), and a related record whose key is on several rows is missing. The SQL
 * backend on every engine, each segment's own query, and the JS backend over records loaded
 * from the same engine give the members computed by hand; `seg run` warns about such keys.
 * Keys differing in case or in trailing spaces are different keys, though MariaDB's
 * collations group them.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import { compareMemberKeys, openEngine, type Engine, type MemberKey } from "../../compiler/engines/index.ts";
import { compileJs, loadEntitiesFromEngine } from "../../compiler/js/index.ts";
import { compileSegmentQuery, findDuplicateKeys, getDialect, runMembership } from "../../compiler/sql/index.ts";
import { runCli, tempProject } from "../helpers/cli.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";

const AS_OF = "2024-03-10T12:00:00.000Z";

const SOURCE = `
entity user {
  table "dup_users"
  key id: string
  plan: string
  account: account via account_id
}
entity account {
  table "dup_accounts"
  key id: string
  industry: string
  parent: org via org_id
}
entity org {
  table "dup_orgs"
  key no: number
  seats: number
}
segment everyone of user = id is set
segment pro of user = plan == "pro"
segment not_pro of user = not (plan == "pro")
segment fintech of user = account.industry == "fintech"
segment no_account of user = account.id is not set
segment big_org of user = account.parent.seats >= 5
segment no_org of user = account.id is set and account.parent.no is not set
`;

const USERS: unknown[][] = [
  // u1 is on two rows: no entity, though each row alone would be in `pro` or `not_pro`
  ["u1", "pro", "a2"],
  ["u1", "free", "a2"],
  ["u2", "pro", "a2"],
  // "A1" and "a1 " are accounts of their own, not the duplicated "a1"
  ["u3", "pro", "A1"],
  ["u4", "free", "a1 "],
  ["u5", null, null],
  // case and trailing-space twins of keys are other keys
  ["U5", "pro", null],
  ["u6", "free", "a3"],
  ["u6 ", "free", null],
  // a1 is on two identical rows: u7 has no account
  ["u7", "pro", "a1"],
  [null, "pro", "a2"],
];
const ACCOUNTS: unknown[][] = [
  ["a1", "fintech", 11],
  ["a1", "fintech", 11],
  ["a2", "fintech", 10],
  ["A1", "retail", 11],
  ["a1 ", "fintech", null],
  ["a3", "retail", 12],
];
const ORGS: unknown[][] = [
  // org 10 is on two rows: a2 has no org
  [10, 50],
  [10, 50],
  [11, 50],
  [12, 2],
];

/** Members by hand from the data above, sorted as seg sorts keys (code points). */
const EXPECTED: Record<string, string[]> = {
  everyone: ["U5", "u2", "u3", "u4", "u5", "u6", "u6 ", "u7"],
  pro: ["U5", "u2", "u3", "u7"],
  // u5's plan is missing: not (plan == "pro") holds for it
  not_pro: ["u4", "u5", "u6", "u6 "],
  fintech: ["u2", "u4"],
  no_account: ["U5", "u5", "u6 ", "u7"],
  big_org: ["u3"],
  no_org: ["u2", "u4"],
};

const checked = checkProject([{ path: "/dup/dup.seg", text: SOURCE }]);
const errors = checked.diagnostics.filter((d) => d.severity === "error");
if (errors.length > 0) throw new Error(errors.map((d) => d.message).join("\n"));
const ir = checked.ir;

async function load(engine: Engine): Promise<void> {
  await engine.createTable(["dup_users"], [
    { name: "id", type: "string" },
    { name: "plan", type: "string" },
    { name: "account_id", type: "string" },
  ]);
  await engine.insertRows(["dup_users"], ["id", "plan", "account_id"], USERS);
  await engine.createTable(["dup_accounts"], [
    { name: "id", type: "string" },
    { name: "industry", type: "string" },
    { name: "org_id", type: "integer" },
  ]);
  await engine.insertRows(["dup_accounts"], ["id", "industry", "org_id"], ACCOUNTS);
  await engine.createTable(["dup_orgs"], [
    { name: "no", type: "integer" },
    { name: "seats", type: "integer" },
  ]);
  await engine.insertRows(["dup_orgs"], ["no", "seats"], ORGS);
}

const sorted = (keys: unknown[]): MemberKey[] => [...(keys as MemberKey[])].sort(compareMemberKeys);

const fixtures = await testEngines();

describeEngines("keys on several rows", fixtures, (get) => {
  beforeAll(async () => {
    await load(get());
  });

  test("membership query", async () => {
    const run = await runMembership(get(), ir, { asOf: AS_OF });
    for (const [name, members] of Object.entries(EXPECTED)) expect(sorted(run.segments[name]!.members!), name).toEqual(members);
  });

  test("one query per segment", async () => {
    const engine = get();
    for (const [name, members] of Object.entries(EXPECTED)) {
      const q = compileSegmentQuery(ir, name, getDialect(engine.name), { asOf: AS_OF, resolveTable: (t) => engine.resolveTable(t) });
      const rows = await engine.query(q.sql, q.parameters);
      expect(sorted(rows.map((r) => r.id)), `${name}\n${q.sql}`).toEqual(members);
    }
  });

  test("JS on the records loaded from the engine", async () => {
    const js = compileJs(ir, { entity: "user" });
    const members: Record<string, MemberKey[]> = Object.fromEntries(Object.keys(EXPECTED).map((n) => [n, []]));
    for await (const record of loadEntitiesFromEngine(get(), ir, "user")) {
      const flags = js.evaluate(record, { asOf: AS_OF });
      for (const name of Object.keys(EXPECTED)) if (flags[name]) members[name]!.push(record.key as MemberKey);
    }
    for (const [name, expected] of Object.entries(EXPECTED)) expect(sorted(members[name]!), name).toEqual(expected);
  });

  test("findDuplicateKeys counts them per table, twins in case or spaces apart", async () => {
    const found = await findDuplicateKeys(get(), ir, ["user"]);
    expect(found.map((f) => ({ ...f, example: String(f.example) }))).toEqual([
      { entity: "user", table: "dup_users", keys: 1, example: "u1", evaluated: true, relatedFrom: [] },
      { entity: "account", table: "dup_accounts", keys: 1, example: "a1", evaluated: false, relatedFrom: ["user"] },
      { entity: "org", table: "dup_orgs", keys: 1, example: "10", evaluated: false, relatedFrom: ["user"] },
    ]);
  });
});

describe("seg run", () => {
  test("warns about keys on several rows, on stderr, and both backends agree", async () => {
    const dir = tempProject({ "dup.seg": SOURCE });
    const db = path.join(dir, "dup.db");
    const engine = await openEngine(db);
    await load(engine);
    await engine.close();
    const outputs: string[] = [];
    for (const backend of ["sql", "js"]) {
      const run = await runCli(["run", ".", "--db", "dup.db", "--as-of", AS_OF, "--format", "json", "--members", "--engine", backend], dir);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(
        'seg: warning: table "dup_users" has 1 key of user on more than one row (e.g. "u1"); such a key names no user: it is in no segment.',
      );
      expect(run.stderr).toContain('table "dup_accounts" has 1 key of account on more than one row (e.g. "a1")');
      expect(run.stderr).toContain("a user related to it has no account");
      const segments = (JSON.parse(run.stdout) as { segments: Record<string, { members: string[] }> }).segments;
      expect(segments.pro!.members).toEqual(EXPECTED.pro);
      outputs.push(run.stdout);
    }
    expect(outputs[1]).toBe(outputs[0]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("says nothing when every key is unique", async () => {
    const dir = tempProject({ "dup.seg": SOURCE });
    const engine = await openEngine(path.join(dir, "dup.db"));
    await load(engine);
    await engine.exec("DELETE FROM dup_users WHERE id = 'u1'; DELETE FROM dup_accounts WHERE id = 'a1'; DELETE FROM dup_orgs WHERE no = 10");
    await engine.close();
    const run = await runCli(["run", ".", "--db", "dup.db", "--as-of", AS_OF], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
