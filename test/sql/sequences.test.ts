/**
 * Sequences (`then`, `then not`) at their edges, on every real engine, against members
 * computed by hand: equal instants (not "after"), the `within` bound inclusive, a chain whose
 * later step may only follow a step that was itself reached, a negated step at the deadline
 * and after as_of, the window on the first step only (later steps may
 * fall after it closes), instants before 1970. The membership query finds sequences
 * with window functions over distinct instants (compile.ts, sequenceCtes) or, on DuckDB, by
 * time buckets (sequenceCtesByBuckets): these are the cases where those formulations could
 * differ from the definition.
 */
import { beforeAll } from "vitest";
import { checkProject } from "../../compiler/index.ts";
import type { Engine } from "../../compiler/engines/index.ts";
import { describeEngines, testEngines } from "../helpers/engines.ts";
import { membershipTests } from "./members.ts";

const SOURCE = `
entity user {
  table "seq_users"
  key id: string
}
events of user {
  table "seq_events"
  user column "user_id"
  time column "at"
  name column "name"
  properties column "props"
  event a { kind: string }
  event b
  event c
}
segment ab = did a then b within 1 hour
segment aa = did a then a within 1 hour
segment abc = did a then b within 1 hour then c within 1 hour
segment a_not_b = did a then not b within 1 hour
segment ab_not_c = did a then b within 1 hour then not c within 1 hour
segment ab_recent = did a then b within 1 hour in last 1 day
segment x_then_b = did a where kind == "x" then b within 1 hour
segment ab_before = did a then b within 1 hour before 4 days ago
`;

const AS_OF = "2024-03-10T00:00:00.000Z";
const T = Date.parse("2024-03-05T00:00:00.000Z");
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const AS_OF_MS = Date.parse(AS_OF);
const at = (ms: number): string => new Date(ms).toISOString();

/** [user, time, event, props] */
const EVENTS: [string, number, string, Record<string, unknown>][] = [
  // a and b at the same instant: b is not after a; it does not block `then not` either.
  ["tie", T, "a", {}],
  ["tie", T, "b", {}],
  // b exactly `within` after a: counts (and blocks `then not`).
  ["edge", T, "a", {}],
  ["edge", T + HOUR, "b", {}],
  // 1 ms too late.
  ["late", T, "a", {}],
  ["late", T + HOUR + 1, "b", {}],
  // Two a at one instant are not a sequence of a; 1 ms apart they are.
  ["aa_tie", T, "a", {}],
  ["aa_tie", T, "a", {}],
  ["aa", T, "a", {}],
  ["aa", T + 1, "a", {}],
  // b at +2h is not reached (a too far), so c at +2h30 has no reached b within the hour.
  ["chain_no", T, "a", {}],
  ["chain_no", T + 30 * MIN, "b", {}],
  ["chain_no", T + 2 * HOUR, "b", {}],
  ["chain_no", T + 2 * HOUR + 30 * MIN, "c", {}],
  // A second a makes b at +2h reached, and c follows it.
  ["chain_ok", T, "a", {}],
  ["chain_ok", T + 90 * MIN, "a", {}],
  ["chain_ok", T + 2 * HOUR, "b", {}],
  ["chain_ok", T + 2 * HOUR + 59 * MIN, "c", {}],
  // c at the instant of b does not block; c 30 min later does.
  ["abnc", T, "a", {}],
  ["abnc", T + 10 * MIN, "b", {}],
  ["abnc", T + 10 * MIN, "c", {}],
  ["abc_block", T, "a", {}],
  ["abc_block", T + 10 * MIN, "b", {}],
  ["abc_block", T + 40 * MIN, "c", {}],
  // The deadline of `then not` is after as_of: not yet decided, not a member.
  ["pending", AS_OF_MS - 30 * MIN, "a", {}],
  // Exactly at the deadline: a member (t + within <= as_of); b after as_of is ignored.
  ["deadline", AS_OF_MS - HOUR, "a", {}],
  ["deadline", AS_OF_MS + 1, "b", {}],
  // The window applies to the first step: a just outside, then a just inside.
  ["old", AS_OF_MS - DAY, "a", {}],
  ["old", AS_OF_MS - DAY + 30 * MIN, "b", {}],
  ["recent", AS_OF_MS - DAY + 1, "a", {}],
  ["recent", AS_OF_MS - DAY + 30 * MIN, "b", {}],
  // b after the window closes but within the hour after an a inside it.
  ["before_edge", AS_OF_MS - 4 * DAY - 1, "a", {}],
  ["before_edge", AS_OF_MS - 4 * DAY + 59 * MIN, "b", {}],
  // A filtered first step: only the a of kind x starts the sequence.
  ["kind", T, "a", { kind: "y" }],
  ["kind", T + 2 * HOUR, "a", { kind: "x" }],
  ["kind", T + 2 * HOUR + 1, "b", {}],
  ["kind", T + 30 * MIN, "b", {}],
  ["kind_no", T, "a", { kind: "x" }],
  ["kind_no", T + 2 * HOUR, "a", { kind: "y" }],
  ["kind_no", T + 2 * HOUR + 1, "b", {}],
  // Around 1970 (negative epoch times): 84 minutes apart, then 30 minutes apart. DuckDB's
  // time buckets must floor, not truncate towards zero (which would make one bucket of
  // 23:00–01:00 and let the first pair count as within the hour).
  ["epoch_far", Date.parse("1969-12-31T23:06:00.000Z"), "a", {}],
  ["epoch_far", Date.parse("1970-01-01T00:30:00.000Z"), "b", {}],
  ["epoch_near", Date.parse("1969-12-31T23:50:00.000Z"), "a", {}],
  ["epoch_near", Date.parse("1970-01-01T00:20:00.000Z"), "b", {}],
];

const USERS = [...new Set(EVENTS.map((e) => e[0]))].sort();

const EXPECTED: Record<string, string[]> = {
  ab: ["abc_block", "abnc", "before_edge", "chain_no", "chain_ok", "edge", "epoch_near", "kind", "kind_no", "old", "recent"],
  aa: ["aa"],
  abc: ["abc_block", "chain_ok"],
  a_not_b: ["aa", "aa_tie", "chain_ok", "deadline", "epoch_far", "kind_no", "late", "tie"],
  ab_not_c: ["abnc", "before_edge", "chain_no", "edge", "epoch_near", "kind", "kind_no", "old", "recent"],
  ab_recent: ["recent"],
  x_then_b: ["kind"],
  ab_before: ["abc_block", "abnc", "before_edge", "chain_no", "chain_ok", "edge", "epoch_near", "kind", "kind_no"],
};

const result = checkProject([{ path: "/seq/seq.seg", text: SOURCE }]);
const errors = result.diagnostics.filter((d) => d.severity === "error");
if (errors.length > 0) throw new Error(errors.map((d) => d.message).join("\n"));
const ir = result.ir;

async function load(engine: Engine): Promise<void> {
  await engine.createTable(["seq_users"], [{ name: "id", type: "string" }]);
  await engine.insertRows(["seq_users"], ["id"], USERS.map((u) => [u]));
  await engine.createTable(["seq_events"], [
    { name: "user_id", type: "string" },
    { name: "at", type: "timestamp" },
    { name: "name", type: "string" },
    { name: "props", type: "json" },
  ]);
  await engine.insertRows(
    ["seq_events"],
    ["user_id", "at", "name", "props"],
    EVENTS.map(([u, t, e, p]) => [u, at(t), e, p]),
  );
}

const fixtures = await testEngines();

describeEngines("sequence edges", fixtures, (get) => {
  beforeAll(async () => {
    await load(get());
  });

  membershipTests(get, ir, EXPECTED, AS_OF);
});
