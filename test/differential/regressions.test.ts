/**
 * Every disagreement the differential suite ever found, as the exact minimized case it
 * reported (the REPRO line of the failure report), with what was wrong. Each must now
 * evaluate identically on every engine, with no engine error. Never delete an entry.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DiffCase } from "../helpers/differential/generate.ts";
import { openHarness, type Harness } from "../helpers/differential/harness.ts";

interface Regression {
  /** What was wrong, and where it was fixed. */
  what: string;
  case: DiffCase;
}

const REGRESSIONS: Regression[] = [
  {
    what:
      "DuckDB: a JSON property was cast on every row of a wide event table, so event e1's list value `[]` under key " +
      "p0 failed `CAST(... AS BOOLEAN)` for event e0's boolean p0 (Conversion Error). Fixed in compiler/sql/compile.ts: " +
      "seg_events reads a property only on rows of its own event (CASE WHEN name = … THEN … END).",
    case: {"ir":{"version":1,"entities":[{"name":"user","table":["users"],"key":{"name":"id","column":"user_key","type":"string"},"attributes":[{"name":"boo0","column":"boo0","type":{"kind":"boolean"}},{"name":"ln1","column":"ln1","type":{"kind":"list","element":"number"}},{"name":"num2","column":"num2","type":{"kind":"number"}}],"relations":[]}],"eventSources":[{"id":"events","entity":"user","table":["events"],"entityColumn":"uid","timeColumn":"ts","timeStorage":"native","nameColumn":"name","propertiesColumn":"props"}],"events":[{"name":"e0","entity":"user","source":"events","nameValue":"e0","properties":[{"name":"p0","type":{"kind":"boolean"},"storage":{"kind":"json","key":"p0"}}]},{"name":"e1","entity":"user","source":"events","nameValue":"e1","properties":[{"name":"p0","type":{"kind":"list","element":"string"},"storage":{"kind":"json","key":"p0"}}]}],"aggregates":[{"kind":"events","entity":"user","fn":"firstTime","select":{"event":null,"window":{"before":{"k":"instant","iso":"2024-03-09T23:00:00.000Z"}}},"type":"timestamp","id":"{\"kind\":\"events\",\"entity\":\"user\",\"fn\":\"firstTime\",\"select\":{\"event\":null,\"window\":{\"before\":{\"k\":\"instant\",\"iso\":\"2024-03-09T23:00:00.000Z\"}}},\"type\":\"timestamp\",\"id\":\"\"}"},{"kind":"events","entity":"user","fn":"firstTime","select":{"event":null,"window":{"after":{"k":"asOf","offsetMs":-3600000},"until":{"k":"asOf","offsetMs":0}}},"type":"timestamp","id":"{\"kind\":\"events\",\"entity\":\"user\",\"fn\":\"firstTime\",\"select\":{\"event\":null,\"window\":{\"after\":{\"k\":\"asOf\",\"offsetMs\":-3600000},\"until\":{\"k\":\"asOf\",\"offsetMs\":0}}},\"type\":\"timestamp\",\"id\":\"\"}"},{"kind":"events","entity":"user","fn":"distinct","select":{"event":"e0","window":{"before":{"k":"asOf","offsetMs":-3600000}}},"value":{"k":"prop","name":"p0","type":"boolean"},"type":"number","id":"{\"kind\":\"events\",\"entity\":\"user\",\"fn\":\"distinct\",\"select\":{\"event\":\"e0\",\"window\":{\"before\":{\"k\":\"asOf\",\"offsetMs\":-3600000}}},\"value\":{\"k\":\"prop\",\"name\":\"p0\",\"type\":\"boolean\"},\"type\":\"number\",\"id\":\"\"}"}],"traits":[],"segments":[{"name":"s0","entity":"user","condition":{"k":"cmp","op":"==","left":{"k":"timeShift","value":{"k":"agg","id":"{\"kind\":\"events\",\"entity\":\"user\",\"fn\":\"firstTime\",\"select\":{\"event\":null,\"window\":{\"before\":{\"k\":\"instant\",\"iso\":\"2024-03-09T23:00:00.000Z\"}}},\"type\":\"timestamp\",\"id\":\"\"}","type":"timestamp"},"ms":3600000},"right":{"k":"agg","id":"{\"kind\":\"events\",\"entity\":\"user\",\"fn\":\"firstTime\",\"select\":{\"event\":null,\"window\":{\"after\":{\"k\":\"asOf\",\"offsetMs\":-3600000},\"until\":{\"k\":\"asOf\",\"offsetMs\":0}}},\"type\":\"timestamp\",\"id\":\"\"}","type":"timestamp"}},"tags":[],"dependsOn":[]},{"name":"s1","entity":"user","condition":{"k":"cmp","op":"==","left":{"k":"agg","id":"{\"kind\":\"events\",\"entity\":\"user\",\"fn\":\"distinct\",\"select\":{\"event\":\"e0\",\"window\":{\"before\":{\"k\":\"asOf\",\"offsetMs\":-3600000}}},\"value\":{\"k\":\"prop\",\"name\":\"p0\",\"type\":\"boolean\"},\"type\":\"number\",\"id\":\"\"}","type":"number"},"right":{"k":"lit","type":"number","value":0}},"tags":[],"dependsOn":[]}],"tests":[]},"data":{"name":"differential","asOf":"2024-03-10T00:00:00.000Z","records":[{"entity":"user","alias":"user0","key":"k1","attributes":{"ln1":[],"num2":0},"relations":{}},{"entity":"user","alias":"user1","key":"K1","attributes":{"num2":0},"relations":{}}],"events":[{"entity":"user","key":"k1","event":"e1","time":"2024-03-10T00:00:00.000Z","properties":{"p0":[]}}],"expectations":[],"file":"(generated)","line":0}},
  },
  {
    what:
      "PostgreSQL: with an `any` aggregate, seg_events is a UNION ALL of every event table; a property of another " +
      "table was a bare NULL, and PostgreSQL types `NULL UNION ALL NULL` as text, which then cannot be matched with " +
      "e2's double column (42804). Fixed by Dialect.typedNull (CAST(NULL AS DOUBLE PRECISION) etc.) on PostgreSQL.",
    case: {"ir":{"version":1,"entities":[{"name":"user","table":["users"],"key":{"name":"id","column":"user_key","type":"string"},"attributes":[{"name":"ln0","column":"ln0","type":{"kind":"list","element":"number"}},{"name":"boo1","column":"boo1","type":{"kind":"boolean"}},{"name":"ln2","column":"ln2","type":{"kind":"list","element":"number"}}],"relations":[]}],"eventSources":[{"id":"src_e0","entity":"user","table":["ev_e0"],"entityColumn":"user_id","timeColumn":"at","timeStorage":"native"},{"id":"src_e1","entity":"user","table":["ev_e1"],"entityColumn":"user_id","timeColumn":"at","timeStorage":"native"},{"id":"src_e2","entity":"user","table":["ev_e2"],"entityColumn":"user_id","timeColumn":"at","timeStorage":"native"},{"id":"src_e3","entity":"user","table":["ev_e3"],"entityColumn":"user_id","timeColumn":"at","timeStorage":"native"}],"events":[{"name":"e0","entity":"user","source":"src_e0","properties":[{"name":"p0","type":{"kind":"number"},"storage":{"kind":"column","column":"col_p0"}}]},{"name":"e1","entity":"user","source":"src_e1","properties":[{"name":"p0","type":{"kind":"enum","values":["free","pro","Pro","team plan","é"]},"storage":{"kind":"column","column":"col_p0"}},{"name":"p1","type":{"kind":"timestamp","storage":"native"},"storage":{"kind":"column","column":"col_p1"}},{"name":"p2","type":{"kind":"string"},"storage":{"kind":"column","column":"col_p2"}}]},{"name":"e2","entity":"user","source":"src_e2","properties":[{"name":"p0","type":{"kind":"number"},"storage":{"kind":"column","column":"col_p0"}}]},{"name":"e3","entity":"user","source":"src_e3","properties":[]}],"aggregates":[{"kind":"events","entity":"user","fn":"firstTime","select":{"event":null,"window":{"after":{"k":"asOf","offsetMs":-3600000},"until":{"k":"asOf","offsetMs":0}}},"type":"timestamp","id":"{\"kind\":\"events\",\"entity\":\"user\",\"fn\":\"firstTime\",\"select\":{\"event\":null,\"window\":{\"after\":{\"k\":\"asOf\",\"offsetMs\":-3600000},\"until\":{\"k\":\"asOf\",\"offsetMs\":0}}},\"type\":\"timestamp\",\"id\":\"\"}"},{"kind":"events","entity":"user","fn":"sum","select":{"event":"e2","window":{}},"value":{"k":"prop","name":"p0","type":"number"},"type":"number","id":"{\"kind\":\"events\",\"entity\":\"user\",\"fn\":\"sum\",\"select\":{\"event\":\"e2\",\"window\":{}},\"value\":{\"k\":\"prop\",\"name\":\"p0\",\"type\":\"number\"},\"type\":\"number\",\"id\":\"\"}"}],"traits":[],"segments":[{"name":"s0","entity":"user","condition":{"k":"cmp","op":"==","left":{"k":"lit","type":"timestamp","value":"2024-03-10T00:00:00.000Z"},"right":{"k":"agg","id":"{\"kind\":\"events\",\"entity\":\"user\",\"fn\":\"firstTime\",\"select\":{\"event\":null,\"window\":{\"after\":{\"k\":\"asOf\",\"offsetMs\":-3600000},\"until\":{\"k\":\"asOf\",\"offsetMs\":0}}},\"type\":\"timestamp\",\"id\":\"\"}","type":"timestamp"}},"tags":[],"dependsOn":[]},{"name":"s1","entity":"user","condition":{"k":"and","args":[{"k":"cmp","op":"==","left":{"k":"agg","id":"{\"kind\":\"events\",\"entity\":\"user\",\"fn\":\"sum\",\"select\":{\"event\":\"e2\",\"window\":{}},\"value\":{\"k\":\"prop\",\"name\":\"p0\",\"type\":\"number\"},\"type\":\"number\",\"id\":\"\"}","type":"number"},"right":{"k":"lit","type":"number","value":0}},{"k":"regex","value":{"k":"key","type":"string"},"pattern":"^a"}]},"tags":[],"dependsOn":[]}],"tests":[]},"data":{"name":"differential","asOf":"2024-03-10T00:00:00.000Z","records":[{"entity":"user","alias":"user0","key":"k1","attributes":{"ln0":[],"boo1":false,"ln2":null},"relations":{}}],"events":[],"expectations":[],"file":"(generated)","line":0}},
  },
  {
    what:
      "Every SQL engine: `matches` ignoring case lowered the whole pattern, so the class range `[Z-a]` became the " +
      "invalid `[z-a]` (and `[A-c]` would have become `[a-c]`, losing `_` and the other characters between). Fixed " +
      "in compiler/sql/regex.ts: class members stay as written and the lower case of the upper-case letters they " +
      "cover is added, the JavaScript backend's rule.",
    case: {"ir":{"version":1,"entities":[{"name":"user","table":["users"],"key":{"name":"id","column":"user_key","type":"string"},"attributes":[{"name":"str0","column":"str0","type":{"kind":"string"}},{"name":"str1","column":"str1","type":{"kind":"string"}},{"name":"str2","column":"str2","type":{"kind":"string"}}],"relations":[{"name":"acct","target":"account","foreignKey":"acct_id"}]},{"name":"account","table":["accounts"],"key":{"name":"id","column":"id","type":"string"},"attributes":[{"name":"t0","column":"t0","type":{"kind":"timestamp","storage":"native"}},{"name":"ls1","column":"ls1","type":{"kind":"list","element":"string"}}],"relations":[]}],"eventSources":[{"id":"events","entity":"user","table":["events"],"entityColumn":"uid","timeColumn":"ts","timeStorage":"native","nameColumn":"name","propertiesColumn":"props"}],"events":[{"name":"e0","entity":"user","source":"events","nameValue":"e0","properties":[]},{"name":"e1","entity":"user","source":"events","nameValue":"e1","properties":[{"name":"p0","type":{"kind":"string"},"storage":{"kind":"json","key":"p0"}}]}],"aggregates":[],"traits":[],"segments":[{"name":"s0","entity":"user","condition":{"k":"truthy","value":{"k":"cond","cond":{"k":"regex","value":{"k":"attr","via":[],"name":"str0","type":"string"},"pattern":"[Z-a]","ci":true}}},"tags":[],"dependsOn":[]}],"tests":[]},"data":{"name":"differential","asOf":"2024-03-10T00:00:00.000Z","records":[{"entity":"user","alias":"user0","key":"k1","attributes":{"str0":"","str1":"","str2":""},"relations":{}}],"events":[],"expectations":[],"file":"(generated)","line":0}},
  },
];

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
}, 60_000);
afterAll(async () => {
  await harness?.close();
});

describe("differential regressions", () => {
  test.each(REGRESSIONS.map((r, i) => [i, r] as const))("#%i", async (_i, r) => {
    for (const s of harness.skipped) console.warn(`differential regressions: ${s}`);
    const o = await harness.run(r.case);
    expect(o.report, r.what).toBe("");
    expect(o.pairs).toBeGreaterThan(0);
  });
});
