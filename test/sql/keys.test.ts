/**
 * Keys in conditions, end to end: the checker lowers `id` (the own key), `account.code` (a
 * related entity's key) and `account.parent.no` (a key two relations away) to `key` nodes;
 * SQL on every engine and the JS backend (records loaded from the same engine) give the
 * members computed by hand. A related key is the related RECORD's key: missing when the
 * foreign key is NULL or dangling (no row has it), never the foreign key's own value.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import type { Engine } from "../../compiler/engines/index.ts";
import { compileJs, loadEntitiesFromEngine, type EntityInput } from "../../compiler/js/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { compileSegment, dialects } from "../../compiler/sql/index.ts";
import { membershipTests } from "./members.ts";

const AS_OF = "2024-03-10T12:00:00.000Z";

// Key names and columns differ from `id` on purpose: `code` in column `acc_pk`, `no` in `org_no`.
const SOURCE = `
entity user {
  table "key_users"
  key id: string
  account: account via account_id
}
entity account {
  table "key_accounts"
  key code: string column "acc_pk"
  name: string
  parent: org via org_id
}
entity org {
  table "key_orgs"
  key no: number column "org_no"
  seats: number
}
segment acc_a1 of user = account.code == "a1"
segment acc_a1_ci of user = account.code == "A1" ignoring case
segment acc_set of user = account.code is set
segment acc_unset of user = account.code is not set
segment acc_not_a1 of user = account.code != "a1"
segment acc_in of user = account.code in ["a2", "A1", "zz"]
segment acc_name of user = account.name == "Acme"
segment own of user = id in ["u2", "u3"]
segment own_after of user = id > "u4"
segment own_is_acc of user = id == account.code
segment org_10 of user = account.parent.no == 10
segment org_set of user = account.parent.no is set
segment org_big of user = account.parent.no > 5 and account.parent.seats >= 5
`;

// users: u1 → a1 → org 10; u2 → "A1" (dangling: only "a1" exists, differing in case);
// u3 → NULL; u4 → a2 → NULL org; u5 → "zz" (dangling); u6 → a3 → org 99 (dangling);
// u7 → "u7", an account whose key equals the user's key, with no org; u8 → "a1 " (dangling:
// keys compare exactly, though MariaDB's PAD SPACE collations say "a1 " = "a1").
const USERS: unknown[][] = [
  ["u1", "a1"],
  ["u2", "A1"],
  ["u3", null],
  ["u4", "a2"],
  ["u5", "zz"],
  ["u6", "a3"],
  ["u7", "u7"],
  ["u8", "a1 "],
  // A row without a key is no entity: a member of nothing, though its account is a1.
  [null, "a1"],
];
const ACCOUNTS: unknown[][] = [
  ["a1", "Acme", 10],
  ["a2", "Beta", null],
  ["a3", "Acme", 99],
  ["u7", "Self", null],
];
const ORGS: unknown[][] = [
  [10, 5],
  [11, 50],
];

/** Members by hand from the data above. */
const EXPECTED: Record<string, string[]> = {
  acc_a1: ["u1"],
  // the dangling "A1" has no record, so nothing to fold: only u1's real "a1"
  acc_a1_ci: ["u1"],
  acc_set: ["u1", "u4", "u6", "u7"],
  acc_unset: ["u2", "u3", "u5", "u8"],
  // a missing key is neither equal nor unequal
  acc_not_a1: ["u4", "u6", "u7"],
  acc_in: ["u4"],
  acc_name: ["u1", "u6"],
  own: ["u2", "u3"],
  own_after: ["u5", "u6", "u7", "u8"],
  own_is_acc: ["u7"],
  org_10: ["u1"],
  // u4's account has no org; u6's account points at org 99, which no row has
  org_set: ["u1"],
  org_big: ["u1"],
};

const checked = checkProject([{ path: "/keys/keys.seg", text: SOURCE }]);
const errors = checked.diagnostics.filter((d) => d.severity === "error");
if (errors.length > 0) throw new Error(errors.map((d) => d.message).join("\n"));
const ir = checked.ir;

async function load(engine: Engine): Promise<void> {
  await engine.createTable(["key_users"], [
    { name: "id", type: "string" },
    { name: "account_id", type: "string" },
  ]);
  await engine.insertRows(["key_users"], ["id", "account_id"], USERS);
  await engine.createTable(["key_accounts"], [
    { name: "acc_pk", type: "string" },
    { name: "name", type: "string" },
    { name: "org_id", type: "integer" },
  ]);
  await engine.insertRows(["key_accounts"], ["acc_pk", "name", "org_id"], ACCOUNTS);
  await engine.createTable(["key_orgs"], [
    { name: "org_no", type: "integer" },
    { name: "seats", type: "integer" },
  ]);
  await engine.insertRows(["key_orgs"], ["org_no", "seats"], ORGS);
}

describe("lowering", () => {
  test("every key in SOURCE is a key node, with its relation path", () => {
    const keys: unknown[] = [];
    const visit = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(visit);
      else if (x && typeof x === "object") {
        const o = x as Record<string, unknown>;
        if (o.k === "key") keys.push(o);
        else if (o.k === "attr") expect(["name", "seats"]).toContain(o.name);
        Object.values(o).forEach(visit);
      }
    };
    visit(ir.segments);
    expect(new Set(keys.map((k) => JSON.stringify(k)))).toEqual(
      new Set([
        JSON.stringify({ k: "key", via: ["account"], type: "string" }),
        JSON.stringify({ k: "key", via: [], type: "string" }),
        JSON.stringify({ k: "key", via: ["account", "parent"], type: "number" }),
      ]),
    );
  });
});

describe.each(Object.values(dialects).map((d) => [d.name, d] as const))("%s", (_, dialect) => {
  test("a related key is the joined record's key column, not the foreign key", () => {
    const sql = compileSegment(ir, "org_big", dialect, { emit: "select" });
    expect(sql).toMatch(/rel_account__parent\W+org_no\W+AS\W+key_account__parent\b/);
    expect(sql).toMatch(/rel_account__parent\W+org_no\W+=\W+rel_account\W+org_id\b/);
    // the attribute read from the joined record (as a double; on SQLite as its declared type, Dialect.storedValue)
    expect(sql).toMatch(/rel_account__parent\W+seats\W(?:(?!\bAS\W+attr_)[\s\S])*\bAS\W+attr_account__parent__seats\b/);
  });
});

const fixtures = await testEngines();

describeEngines("keys: own, related, two relations away", fixtures, (get) => {
  beforeAll(async () => {
    await load(get());
  });

  membershipTests(get, ir, EXPECTED, AS_OF);

  test("JS on the records loaded from the engine", async () => {
    const engine = get();
    const records: EntityInput[] = [];
    for await (const r of loadEntitiesFromEngine(engine, ir, "user")) records.push(r);
    // the loader resolves both relation paths, each to the related record with its key
    expect(records.find((r) => r.key === "u1")?.related).toMatchObject({
      account: { code: "a1", name: "Acme" },
      "account.parent": { no: 10, seats: 5 },
    });
    expect(records.find((r) => r.key === "u2")?.related?.account ?? null).toBeNull();
    const js = compileJs(ir, { entity: "user" });
    for (const [name, members] of Object.entries(EXPECTED)) {
      const got = records.filter((r) => js.evaluate(r, { asOf: AS_OF })[name] === true).map((r) => r.key);
      expect(got, name).toEqual(members);
    }
  });
});
