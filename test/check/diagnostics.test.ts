/**
 * Every diagnostic code of the checker: its code and its exact range (marked `«…»` in the
 * source), and the fix where one exists. docs/diagnostics.md lists the same codes.
 */
import { describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkProject, loadProject } from "../../compiler/index.ts";
import { withArticle } from "../../compiler/check/types.ts";
import { mark } from "../helpers/markers.ts";
import { checkMarked, SCHEMA } from "./fixture.ts";

interface Case {
  code: string;
  src: string;
  /** Expected replacement text of the fix (single edit), if any. */
  fix?: string;
  message?: RegExp;
  severity?: "error" | "warning";
  schema?: string;
  params?: Record<string, string>;
}

/** `count` traits, each reading the one before: t0 = age + 1, t1 = t0, … */
const traitChain = (count: number): string =>
  Array.from({ length: count }, (_, i) => `trait t${i} = ${i === 0 ? "age + 1" : `t${i - 1}`}`).join("\n");

const cases: Record<string, Case> = {
  "unknown attribute, with did-you-mean": { code: "SEG1001", src: `segment s = «contry» == "US"`, fix: "country", message: /did you mean `country`/ },
  "unknown const in a const": { code: "SEG1001", src: `const c = «nope» + 1\nsegment s = age > c` },
  "`null` for a missing value": {
    code: "SEG1001",
    src: `segment s = age != «null»`,
    // `!= null` asks for a present age: the hint names both tests
    message: /there is no null value: `age is not set` tests a missing value \(`== null`\), `age is set` a present one \(`!= null`\)$/,
  },
  "unknown field in a test record": {
    code: "SEG1001",
    src: `segment s = age > 1\ntest "t" {\n  as of 2024-06-01\n  user alice { «agee»: 3 }\n  expect alice in s\n}`,
    fix: "age",
  },
  // The last value won, silently.
  "a field given twice in a test record": {
    code: "SEG1006",
    src: `segment s = age > 1\ntest "t" {\n  as of 2024-06-01\n  user alice { age: 3, «age»: 40 }\n  expect alice in s\n}`,
    message: /^`age` is given twice in this record; keep one$/,
  },
  "a property given twice in a test event": {
    code: "SEG1006",
    src: `segment s = did purchase\ntest "t" {\n  as of 2024-06-01\n  user alice { purchase { amount: 3, «amount»: 4 } at 1 day ago }\n  expect alice in s\n}`,
    message: /^`amount` is given twice in this event; keep one$/,
  },
  // Two records with one key were one row to SQL and two to JavaScript: confusing failures.
  "two test records with the same key": {
    code: "SEG1006",
    src: `segment s = age > 1\ntest "t" {\n  as of 2024-06-01\n  user alice { id: "bob" }\n  user «bob» { age: 3 }\n  expect bob in s\n}`,
    message: /^`bob` has the key "bob", as the user `alice` does: records of one entity need distinct keys$/,
  },
  "outer condition names an event property (not an attribute)": {
    code: "SEG1001",
    src: `segment s = did purchase where amount > 5 and «currency» == "USD"`,
    message: /property of `purchase`/,
  },
  "unknown event": { code: "SEG1002", src: `segment s = did «logn»`, fix: "login" },
  "unknown event in an aggregate": { code: "SEG1002", src: `segment s = count(«purchse») > 2`, fix: "purchase" },
  "unknown property in a filter": { code: "SEG1003", src: `segment s = did purchase where «amout» > 5`, fix: "amount" },
  "aggregate over a property the event does not have": { code: "SEG1003", src: `segment s = sum(purchase.«price») > 5` },
  "unknown segment": { code: "SEG1004", src: `segment power_users = age > 1\nsegment s = in «powr_users»`, fix: "power_users" },
  "unknown segment in a test": {
    code: "SEG1004",
    src: `segment s = age > 1\ntest "t" {\n  as of 2024-06-01\n  user alice { age: 3 }\n  expect alice in «ss»\n}`,
  },
  "unknown entity in of": { code: "SEG1005", src: `segment s of «usr» = age > 1`, fix: "user" },
  "months are not durations": { code: "SEG1008", src: `segment s = did login in last «1 month»`, fix: "30 days" },
  "years are not durations": { code: "SEG1008", src: `segment s = signed_up_at in last «2 years»`, fix: "730 days" },
  "entity cannot be inferred": {
    code: "SEG1009",
    src: `segment «s» = age > 1`,
    schema: `entity a { key id: string\n age: number }\nentity b { key id: string\n age: number }`,
    message: /of <entity>/,
  },
  "entity cannot be inferred: the fix offers the entity it checks as": {
    code: "SEG1009",
    src: `segment «s» = size > 1`,
    schema: `entity a { key id: string\n age: number }\nentity b { key id: string\n size: number }`,
    message: /\(it checks as a segment of b\)$/,
    fix: " of b",
  },
  "unknown relation attribute": { code: "SEG1010", src: `segment s = account.«employes» > 5`, fix: "employees" },
  "first(E) member other than time": { code: "SEG1010", src: `segment s = first(login).«tim» > 2024-01-01`, fix: "time" },
  "a test expecting an account in a segment of users": {
    code: "SEG1011",
    src: `segment s = age > 1\ntest "t" {\n  as of 2024-06-01\n  account acme { industry: "x" }\n  expect acme in «s»\n}`,
    message: /^`s` is a segment of user, but `acme` is an account$/,
  },
  "a trait that counts events, read through a relation": {
    code: "SEG1010",
    src: `events of account {\n  table "account_events"\n  account column "account_id"\n  time column "at"\n  event renewal\n}\ntrait renewals of account = count(renewal)\nsegment s of user = account.«renewals» > 1`,
    message: /^trait `renewals` counts events of account: through a relation, a trait can only read account's own attributes/,
  },
  "a misspelt trait of a related entity": {
    code: "SEG1010",
    src: `trait seats of account = employees * 2\nsegment s = account.«seets» > 1`,
    message: /^account has no attribute or trait `seets`; did you mean `seats`\?$/,
    fix: "seats",
  },
  "event of another entity": { code: "SEG1011", src: `trait t of account = count(«login»)\nsegment s = age > 1` },
  "segment of another entity": {
    code: "SEG1011",
    src: `segment big of account = employees > 100\nsegment s = in «big»`,
  },
  "a related record tested against a segment of its entity": {
    code: "SEG1011",
    src: `segment big of account = employees > 100\nsegment s = «account in big»`,
    message: /^`big` is a segment of account: testing whether a related record is in a segment is not in the language yet .*`account.<attribute>`$/,
  },
  "a list attribute named like another entity's segment is the attribute": {
    code: "SEG2010",
    src: `segment tags of account = employees > 1\nsegment s = country in «tags»`,
    message: /this list is an attribute: to test whether it holds a value, write `<list> has <value>`/,
  },
  "a value before a segment's membership": {
    code: "SEG2001",
    src: `segment t = age > 1\nsegment s = «country not in t»`,
    message: /^segment membership is the record's own, with no value before it: write `not in t`$/,
    fix: "not in t",
  },
  "an inexact integer written with a fraction or an exponent": {
    code: "SEG2016",
    src: `segment s = age < «9.007199254740993e15»`,
    message: /would be read as 9007199254740992; a 64-bit id compared with literals is a `string` key \(`key id: string`, `id == "9007199254740993"`\)$/,
  },
  "a constant that overflows to infinity": {
    code: "SEG2016",
    src: `segment s = age < «1e308 * 10»`,
    message: /^this computes a number too large for any engine/,
  },
  "a duration that is no whole number of milliseconds": {
    code: "SEG2016",
    src: `segment s = did login then purchase within «1.0005 seconds»`,
    message: /^durations are whole milliseconds, and this one is 1000\.5 ms: write `1 second` or `1\.001 seconds`$/,
  },
  "a duration a millionth of a millisecond off, or a seventh of a day": {
    code: "SEG2016",
    src: `segment s = did login in last «1.0000001 seconds» and did login in last 1 day / 7`,
    message: /^durations are whole milliseconds, and this one is 1000\.0001 ms/,
  },
  "a duration whose fraction of a millisecond is below 12 digits: the message shows it": {
    code: "SEG2016",
    src: `segment s = did login in last «5.0833333333333 days»`,
    message: /^durations are whole milliseconds, and this one is 439199999\.99999\d* ms: write `439199\.999 seconds` or `439200 seconds`$/,
  },
  "a window between a named time and a duration ago: the range's form is named": {
    code: "SEG2008",
    src: `const start = 2024-06-01\nsegment s = signed_up_at between «start» and 1 hour ago`,
    message: /^expected a duration like `30 days`, but this is a timestamp: `between D1 and D2 ago` is a window of durations; from a time, write `x between <time> and now - 1 hour`/,
  },
  "a quoted attribute name, as SQL quotes identifiers": {
    code: "SEG2017",
    src: `segment s = «"plan"» != "free"`,
    fix: "plan",
    message: /^"plan" is a string, not the attribute `plan`: this compares two fixed values, true for every user or none; names are written without quotes$/,
  },
  "a list const compared with ==: in is meant": {
    code: "SEG2001",
    src: `const na = ["US", "CA"]\nsegment s = country == «na»`,
    message: /^lists cannot be compared with `==`; for one of its values write `in` instead of `==`$/,
  },
  "a date as the end of a range of times, meant as the whole day": {
    code: "SEG3007",
    severity: "warning",
    src: `segment s = signed_up_at between 2024-01-01 and «2024-01-31»`,
    message: /^`2024-01-31` is an instant, midnight UTC at the start of that day, not the whole day: nothing later that day is included; to include the day, write `signed_up_at >= 2024-01-01 and signed_up_at < 2024-02-01`$/,
  },
  "a timestamp == a date": {
    code: "SEG3007",
    severity: "warning",
    src: `segment s = signed_up_at == «2024-02-28»`,
    message: /`==` compares with that one instant; for the day, write `signed_up_at >= 2024-02-28 and signed_up_at < 2024-02-29`$/,
  },
  "SQL's LIKE wildcard in contains": {
    code: "SEG3008",
    severity: "warning",
    src: `segment s = email contains «"%gmail%"»`,
    fix: `"gmail"`,
    message: /^`%` is no wildcard here: this looks for the text "%gmail%", percent signs included/,
  },
  "a test event after the test's as of": {
    code: "SEG3009",
    severity: "warning",
    src: `test "t" {\n  as of 2024-06-01\n  user a { login at «2024-06-03» }\n  expect a in s\n}\nsegment s = did login`,
    message: /^this event is after the test's `as of` \(2024-06-01T00:00:00.000Z\): segments ignore events after the evaluation time, so no segment counts it$/,
  },
  "an `or` that leaves no value out": {
    code: "SEG3010",
    severity: "warning",
    src: `segment s = country != "US" or «country != "CA"»`,
    message: /^with the earlier condition on country, this `or` holds for every user whose country is set: no value is left out; did you mean `and`\?$/,
  },
  "an `or` that leaves no count out, in an event filter and over an aggregate": {
    code: "SEG3010",
    severity: "warning",
    src: `segment s = did purchase where (currency != "USD" or «currency != "EUR"»)`,
    message: /holds for every purchase event whose currency is set/,
  },
  "a regex with exponential backtracking": {
    code: "SEG2018",
    src: `segment s = email matches «"^(\\\\w+\\\\s?)+$"»`,
    message: /^regular expression: a repetition inside a repetition can match the same text in exponentially many ways \(a text that repeats "A" many times and then does not match\); JavaScript and SQLite would take minutes on it, MariaDB gives up \(an error\)/,
  },
  "a regex whose long bounded repetitions nest (JavaScript took seconds on 25 characters)": {
    code: "SEG2018",
    src: `segment s = email matches «"^((a{1,10}){0,100})b$"»`,
    message: /^regular expression: a repetition inside a repetition can match the same text in exponentially many ways/,
  },
  "a regex whose repeated alternatives start alike": {
    code: "SEG3011",
    severity: "warning",
    src: `segment s = email matches «"^(a|aa)+$"»`,
    message: /a repeated group has an alternative that begins with another one/,
  },
  "a regex nested too deep to analyse": {
    code: "SEG3011",
    severity: "warning",
    src: `segment s = email matches «"${"(".repeat(11)}a${")".repeat(11)}+"»`,
    message: /or with groups nested more than 10 deep is not analysed/,
  },
  "an upper-case keyword read as a name": {
    code: "SEG1001",
    src: `segment s = «NOT» opted_in`,
    fix: "not",
    message: /^user has no attribute `NOT`, and there is no trait or const of that name; keywords are lower case: write `not`$/,
  },
  "an event's property read as an attribute, after `did E and`": {
    code: "SEG1001",
    src: `segment s = did purchase and «amount» > 100`,
    message: /; `amount` is a property of `purchase`: a condition on it is the event's filter, `did purchase where amount …`$/,
  },
  "an integer literal no number holds exactly": {
    code: "SEG2016",
    src: `segment s = age < «9007199254740993»`,
    message: /^9007199254740993 is beyond the integers a number holds exactly .* would be read as 9007199254740992; a 64-bit id compared with literals is a `string` key/,
  },
  "one column read two ways by event blocks sharing a table": {
    code: "SEG1035",
    src: `events of «account» {\n  table "events"\n  account column "account_id"\n  time column "occurred_at" (unix_seconds)\n  event renewal\n}\nsegment s = age > 1`,
    message: /^column "occurred_at" of table "events" is read here as the events' time \(unix seconds\), and as the events' time \(timestamps\) by the declaration at .*:\d+; a column holds one kind of value$/,
  },
  // Each block read every row of the table: `count(any)` counted a user's one login twice.
  "a second block of one entity over its event table by the same key column": {
    code: "SEG1036",
    src: `events of user {\n  table «"events"»\n  user column "user_id"\n  event signup\n}\nsegment s = count(any) >= 2`,
    message: /^this `events of user` block reads table "events" by user column "user_id", as the block at a_schema\.seg:\d+ does: each row would be read twice \(`count\(any\)` counts it twice\); merge the two blocks: move these events into that one$/,
  },
  "an event whose own table is its entity's shared event table": {
    code: "SEG1036",
    src: `events of user {\n  user column "user_id"\n  event signup { table «"events"» }\n}\nsegment s = did signup`,
    message: /^event `signup` has its own table "events" by user column "user_id", which the block at a_schema\.seg:\d+ reads as its shared event table: .*declare `signup` in that block without `table`$/,
  },
  "frequency given twice": { code: "SEG1013", src: `segment s = did login at least 2 times «at most 5 times»` },
  "window given twice": { code: "SEG1013", src: `segment s = did login in last 7 days «in last 30 days»` },
  "two upper bounds": { code: "SEG1013", src: `segment s = count(login before 2024-01-01 «before 2023-01-01») > 1` },
  "then not not last": {
    code: "SEG1014",
    src: `segment s = did add_to_cart «then not purchase within 1 hour» then login within 1 day`,
  },
  // Once silently dropped from the output: `within` is optional in the grammar.
  "a sequence step without within, the fix repeating the next step's bound": {
    code: "SEG1033",
    src: `segment s = did login «then add_to_cart» then purchase within 2 hours`,
    fix: " within 2 hours",
    message: /^`then add_to_cart` needs `within <duration>`/,
  },
  "a two-step sequence without within (no bound to repeat: no fix)": {
    code: "SEG1033",
    src: `segment s = did add_to_cart «then not purchase where amount > 5»`,
  },
  // Once silently left out of the output, with "no problems" reported.
  "a segment block without where": {
    code: "SEG1034",
    src: `segment «s» { owner "growth" tags ["wip"] }\nsegment t = in s`,
    message: /^segment `s` has no condition: add `where <condition>`/,
  },
  "an empty window: after a later time than before": {
    code: "SEG3006",
    severity: "warning",
    src: `segment s = did login «after 2011-12-01 before 2011-11-01»`,
    message: /^no time is in this window \(after 2011-12-01 and before 2011-11-01\), so no event counts in it: swap the bounds\?$/,
  },
  "an empty window relative to as_of, in an aggregate": {
    code: "SEG3006",
    severity: "warning",
    src: `segment s = count(purchase «after 10 days ago before 20 days ago») > 1`,
  },
  "an empty window: one instant": {
    code: "SEG3006",
    severity: "warning",
    src: `segment s = did login «before 2024-01-01 after 2024-01-01»`,
    message: /so no event counts in it$/,
  },
  "an empty window: in the last 0 days": {
    code: "SEG3006",
    severity: "warning",
    src: `segment s = did login «in last 0 days»`,
    message: /^no time is in this window \(it lasts 0 seconds\), so no event counts in it$/,
  },
  "a negative window on events": {
    code: "SEG3006",
    severity: "warning",
    src: `segment s = did login «in last -7 days»`,
    message: /^no time is in this window \(its duration is negative\), so no event counts in it$/,
  },
  "an empty window: between the same two durations ago": {
    code: "SEG3006",
    severity: "warning",
    src: `segment s = count(login «between 7 days and 7 days ago») > 0`,
  },
  "an empty window on a timestamp attribute": {
    code: "SEG3006",
    severity: "warning",
    src: `segment s = signed_up_at «in last 0 days»`,
    message: /^no time is in this window \(it lasts 0 seconds\), so this can never be true$/,
  },
  "a negative window on a timestamp attribute": {
    code: "SEG3006",
    severity: "warning",
    src: `segment s = signed_up_at «in last -7 days»`,
    message: /its duration is negative/,
  },
  "a sequence step within 0 seconds": {
    code: "SEG3006",
    severity: "warning",
    src: `segment s = did add_to_cart then purchase within «0 seconds»`,
    message: /so this sequence never matches/,
  },
  "a negated sequence step within 0 seconds": {
    code: "SEG3006",
    severity: "warning",
    src: `segment s = did add_to_cart then not purchase within «0 hours»`,
    message: /`then not purchase` excludes nothing/,
  },
  "between with the larger number first": {
    code: "SEG3001",
    severity: "warning",
    src: `segment s = «age between 50 and 30»`,
    message: /^nothing is between 50 and 30: .*; write `between 30 and 50`$/,
  },
  "between with the later time first": {
    code: "SEG3001",
    severity: "warning",
    src: `segment s = «signed_up_at between 7 days ago and 30 days ago»`,
    message: /write `between 30 days ago and 7 days ago`$/,
  },
  "`ago` on the first bound of a between … ago window": {
    code: "SEG2008",
    src: `segment s = did login between «30 days ago» and 7 days ago`,
    message: /a window says `ago` once, at its end/,
    fix: "",
  },
  "did not A then B": { code: "SEG1015", src: `segment s = «did not add_to_cart» then purchase within 1 hour` },
  "unknown alias in expect": {
    code: "SEG1016",
    src: `segment s = age > 1\ntest "t" {\n  as of 2024-06-01\n  user alice { age: 3 }\n  expect «alcie» in s\n}`,
    fix: "alice",
  },
  "unknown alias in a relation": {
    code: "SEG1016",
    src: `segment s = age > 1\ntest "t" {\n  as of 2024-06-01\n  account acme { industry: "x" }\n  user alice { account: «acm» }\n  expect alice in s\n}`,
    fix: "acme",
  },
  "test time not a time": {
    code: "SEG1018",
    src: `segment s = age > 1\ntest "t" {\n  as of 2024-06-01\n  user alice { login at «5» }\n  expect alice in s\n}`,
  },
  "test without as of": { code: "SEG1018", src: `segment s = age > 1\ntest «"t"» {\n  user alice { age: 3 }\n  expect alice in s\n}` },
  // `a..b` compiled to "a".""."b"; ending spaces and four parts failed only on some engines.
  "schema: a table name with an empty part": {
    code: "SEG1023",
    src: `entity thing {\n  table «"crm..things"»\n  key id: string\n}`,
    message: /^table name "crm\.\.things" has an empty part: write `table`, `schema\.table` or `database\.schema\.table`$/,
  },
  "schema: a table name of four parts": { code: "SEG1023", src: `entity thing {\n  table «"a.b.c.d"»\n  key id: string\n}`, message: /at most three/ },
  "schema: a table name part ending in a space": { code: "SEG1023", src: `entity thing {\n  table «"crm .things"»\n  key id: string\n}`, message: /ends with a space/ },
  "schema: an empty column name": { code: "SEG1023", src: `entity thing {\n  key id: string column «""»\n}`, message: /^a column name cannot be empty$/ },
  "schema: an events column ending in a space": {
    code: "SEG1023",
    src: `events of user {\n  table "e5"\n  time column «"at "»\n  event visit5\n}`,
    message: /^column name "at " ends with a space, which MySQL refuses$/,
  },
  "schema: an enum without values": { code: "SEG1023", src: `entity thing {\n  key id: string\n  tier: «enum()»\n}`, message: /at least one value/ },
  // A row holding "x" would have been a visit to SQL (the first) and a view to the JS loader (the last).
  "schema: two events of one block stored under one name": {
    code: "SEG1006",
    src: `events of user {\n  table "e6"\n  event visit6 named "x"\n  event view6 named «"x"»\n}\nsegment s = did visit6`,
    message: /^event `view6` is stored as "x", as event `visit6` is: a row of the table could not tell them apart; give one a `named "…"` of its own$/,
  },
  "schema: an event stored under another event's name": {
    code: "SEG1006",
    src: `events of user {\n  table "e7"\n  event visit7\n  event view7 named «"visit7"»\n}\nsegment s = did visit7`,
  },
  "schema: an enum value listed twice": { code: "SEG1006", src: `entity thing {\n  key id: string\n  tier: enum("a", «"a"»)\n}`, message: /^"a" is listed twice in this enum$/ },
  "schema: entity without a key": { code: "SEG1023", src: `entity «thing» { name: string }`, schema: "" },
  "frequency on a sequence": {
    code: "SEG1025",
    src: `segment s = did add_to_cart then purchase within 1 hour «at least 2 times»`,
  },
  "event window time not constant": { code: "SEG1026", src: `segment s = did login before «signed_up_at»` },
  "wrong type in a comparison": { code: "SEG2001", src: `segment s = age == «"x"»` },
  "timestamp compared with a number": { code: "SEG2001", src: `segment s = signed_up_at > «5»` },
  "aggregate of an event without a property": { code: "SEG2002", src: `segment s = sum(«login») > 1` },
  "count of a property": { code: "SEG2003", src: `segment s = count(purchase.«amount») > 1`, fix: "" },
  "arithmetic on strings": { code: "SEG2004", src: `segment s = «email» + 1 > 2` },
  "boolean in a numeric context": { code: "SEG2004", src: `segment s = «opted_in» * 2 > 1` },
  "expected a condition": { code: "SEG2005", src: `segment s = «age»`, message: /but this is a number$/ },
  "expected a condition, an enum (with its article)": { code: "SEG2005", src: `segment s = «plan»`, message: /but this is an enum\("free", / },
  "enum value outside the enum": { code: "SEG2006", src: `segment s = plan == «"enterprize"»`, fix: `"enterprise"` },
  "enum value outside the enum in a list": { code: "SEG2006", src: `segment s = plan in ["free", «"pr"»]`, fix: `"pro"` },
  "enum value outside the enum even ignoring case": { code: "SEG2006", src: `segment s = plan == «"PRX"» ignoring case` },
  "an enum value with a line break is quoted as written, the break escaped": {
    code: "SEG2006",
    src: `segment s = plan == «"pr\\no"»`,
    message: /^"pr\\no" is not one of "free", "trial", "pro", "enterprise"; did you mean "pro"\?$/,
  },
  "non-portable regex": { code: "SEG2007", src: `segment s = email matches «"a(?=b)"»` },
  "invalid regex": { code: "SEG2007", src: `segment s = email matches «"a(b"»` },
  "regex `$` with something after it (a price)": {
    code: "SEG2007",
    src: `segment s = email matches «"costs $5"»`,
    message: /`\$` matches only at the end of the text, and something follows it here: escape a literal `\$` as `\\\$`/,
  },
  "regex repetition count above PostgreSQL's 255": {
    code: "SEG2007",
    src: `segment s = email matches «"^[0-9]{256}$"»`,
    message: /PostgreSQL refuses a repetition count above 255: nest two, as `\(x\{128\}\)\{2\}` for `x\{256\}`/,
  },
  "regex nested repetitions past DuckDB's 1,000": {
    code: "SEG2007",
    src: `segment s = email matches «"^((a{0,100}){0,100})b$"»`,
    message: /nested repetitions allow 10000 repeats, and DuckDB \(RE2\) refuses more than 1000/,
  },
  "regex `^` with something before it": { code: "SEG2007", src: `segment s = email matches «"a^b"»`, message: /`\^` matches only at the start of the text/ },
  "expected a duration": { code: "SEG2008", src: `segment s = did login in last «5»` },
  "expected a timestamp": { code: "SEG2009", src: `segment s = days_since(«age») > 3` },
  "invalid date": { code: "SEG2009", src: `segment s = signed_up_at > «2024-02-30»`, message: /: February 2024 has only 29 days$/ },
  "invalid month": { code: "SEG2009", src: `segment s = signed_up_at > «2023-13-01»`, message: /: there is no month 13 \(months run 01 to 12\)$/ },
  "invalid hour": { code: "SEG2009", src: `segment s = signed_up_at > «2023-12-01T24:00»`, message: /: there is no hour 24 / },
  "an offset that is no offset": {
    code: "SEG2009",
    src: `segment s = signed_up_at > «2024-03-01T12:00:00+99:99»`,
    message: /: \+99:99 is no UTC offset \(offsets run from -23:59 to \+23:59\)$/,
  },
  "an offset with 60 minutes": { code: "SEG2009", src: `segment s = signed_up_at > «2024-03-01T12:00:00-05:60»` },
  "in needs a list": { code: "SEG2010", src: `segment s = country in «age»` },
  "in over a list attribute points to has": {
    code: "SEG2010",
    src: `segment s = "beta" in «tags»`,
    message: /to test whether it holds a value, write `<list> has <value>`/,
  },
  "has needs a list": { code: "SEG2010", src: `segment s = «country» has "x"` },
  "first(E) without .time": { code: "SEG2012", src: `segment s = «first(login)» > 2024-01-01`, fix: ".time" },
  "sum of a string property": { code: "SEG2013", src: `segment s = sum(purchase.«currency») > 1` },
  "event property used as a value": { code: "SEG2014", src: `segment s = «purchase.amount» > 5`, fix: "last(purchase.amount)" },
  "string predicate on a number": { code: "SEG2015", src: `segment s = «age» contains "x"` },
  "a segment name longer than 63 characters": {
    code: "SEG1027",
    src: `segment «${"s".repeat(64)}» = age > 1\nsegment ${"t".repeat(63)} = age > 2`,
    message: /^a segment's name is a column and a view name: at most 63 characters \(PostgreSQL cuts longer identifiers\), this one has 64$/,
  },
  // SQLite, DuckDB and MySQL compare even quoted names without case: `Adults` and `adults`
  // were one column there (wrong members on SQLite and DuckDB, an error on MySQL).
  "segments differing only in case": {
    code: "SEG1028",
    src: `segment Adults = age >= 18\nsegment «adults» = age >= 21`,
    message: /^`adults` differs from the segment `Adults` only in case; SQLite, DuckDB and MySQL do not tell SQL names apart by case: rename one$/,
  },
  "events differing only in case": {
    code: "SEG1028",
    src: `events of user {\n  table "e2"\n  event Visit\n  event «visit»\n}`,
  },
  "attributes differing only in case": {
    code: "SEG1028",
    src: `entity thing {\n  key id: string\n  Size: number\n  «size»: number\n}`,
    message: /member of entity thing/,
  },
  "properties differing only in case": {
    code: "SEG1028",
    src: `events of user {\n  table "e3"\n  event visit2 { Page: string, «page»: string }\n}`,
    message: /property of event visit2/,
  },
  // Membership output has the key column and a column per segment: `id` was read as both.
  "a segment named like its entity's key": {
    code: "SEG1029",
    src: `segment «ID» = age > 1`,
    message: /^a segment of user cannot be named `ID`: membership output has a column per segment beside user's key column `id`$/,
  },
  // A test record's `__proto__: 7` set the object's prototype: the value was lost everywhere.
  "an attribute named __proto__": {
    code: "SEG1030",
    src: `entity thing {\n  key id: string\n  «__proto__»: number\n}`,
    message: /^`__proto__` cannot be a name: JavaScript objects treat it as their prototype/,
  },
  "a property named __proto__": { code: "SEG1030", src: `events of user {\n  table "e4"\n  event visit3 { «__proto__»: string }\n}` },
  "a segment named __proto__": { code: "SEG1030", src: `segment «__proto__» = age > 1` },
  "a duration beyond 1,000 years": {
    code: "SEG2016",
    src: `segment s = did login in last «365251 days»`,
    message: /^this duration is longer than 1,000 years \(365,250 days\), the longest seg compiles$/,
  },
  "a duration that is not finite": { code: "SEG2016", src: `segment s = did login in last «1e400 days»` },
  "durations adding up beyond 1,000 years": { code: "SEG2016", src: `segment s = did login before now - («52000 weeks + 200 weeks»)` },
  "a time more than 1,000 years from now": { code: "SEG2016", src: `segment s = did login before «now - 200000 days - 200000 days»` },
  "shifts of an attribute adding up beyond 1,000 years": {
    code: "SEG2016",
    src: `segment s = «signed_up_at + 365000 days + 365000 days» > now`,
    message: /^these shifts add up to more than 1,000 years/,
  },
  "a chain of more than 100 traits": {
    code: "SEG1031",
    src: `${traitChain(100)}\ntrait «t100» = t99 + 1\nsegment s = t100 > 1`,
    message: /^`t100` is at the end of a chain of more than 100 traits, consts or params that each read the next; shorten the chain$/,
  },
  "a chain of more than 100 segments": {
    code: "SEG1031",
    src: `segment s0 = age > 1\n${Array.from({ length: 99 }, (_, i) => `segment s${i + 1} = in s${i} and age > ${i}`).join("\n")}\nsegment «s100» = in s99`,
    message: /more than 100 segments that each test membership of the next/,
  },
  "an expression nested more than 100 levels deep": {
    code: "SEG1032",
    src: `segment s = «age${" + 1".repeat(100)} > 0»`,
    message: /^this expression nests more than 100 levels deep once the traits it uses are inlined/,
  },
  "traits that double in size at every step": {
    code: "SEG1032",
    // d0 has 3 terms, d11 8,191 and d12 16,383: the first over the limit.
    src: `trait d0 = age + 1\n${Array.from({ length: 11 }, (_, i) => `trait d${i + 1} = d${i} + d${i}`).join("\n")}\ntrait d12 = «d11 + d11»\nsegment s = d12 > 0`,
    message: /more than 10,000 terms/,
  },
  "divisions nested in divisors more than 10 deep": {
    code: "SEG1032",
    src: `segment s = «${"1 / (".repeat(11)}age${")".repeat(11)} > 0»`,
    message: /divisions in divisors more than 10 levels deep/,
  },
  "a number that is not finite": { code: "SEG2016", src: `segment s = age > «1e400»` },
  // Years 0–99 must not become 1900–1999 (as Date.UTC would have them).
  "a time before the year 1000": { code: "SEG2016", src: `segment s = signed_up_at > «0050-01-01»`, message: /outside 1000-01-01 to 9999-12-31/ },
  "a time after 9999 once its zone is applied": { code: "SEG2016", src: `segment s = signed_up_at > «9999-12-31T23:00:00-02:00»` },
  "a date plus a duration past 9999": { code: "SEG2016", src: `segment s = signed_up_at > «9999-01-01 + 365 days»` },
  "contradiction on numbers": { code: "SEG3001", src: `segment s = age > 50 and «age < 30»`, severity: "warning" },
  "contradiction on strings": { code: "SEG3001", src: `segment s = country == "US" and «country == "CA"»`, severity: "warning" },
  "contradiction with a list": { code: "SEG3001", src: `segment s = plan in ["pro", "enterprise"] and «plan == "free"»`, severity: "warning" },
  "contradiction with a negated test": { code: "SEG3001", src: `segment s = age > 40 and «not (age > 30 or country == "US")»`, severity: "warning" },
  "segment that can never have members": {
    code: "SEG3005",
    src: `segment paid = plan in ["pro", "enterprise"]\nsegment «x» = in paid and plan == "free"`,
    severity: "warning",
    message: /`x` can never have members: .* but `paid` requires plan is one of/,
  },
  "unused const": { code: "SEG3002", src: `const «unused_c» = 5\nsegment s = age > 1`, severity: "warning" },
  "unused trait": { code: "SEG3002", src: `trait «spend» = sum(purchase.amount)\nsegment s = age > 1`, severity: "warning" },
  "unused param": { code: "SEG3002", src: `param «lookback» = 30 days\nsegment s = age > 1`, severity: "warning" },
  "deprecated segment": {
    code: "SEG3003",
    src: `segment old { deprecated "use s2" where age > 1 }\nsegment s = in «old»`,
    severity: "warning",
    message: /use s2/,
  },
  "outer condition names an event property that is also an attribute": {
    code: "SEG3004",
    src: `segment s = did purchase where amount > 5 and «country» == "US"`,
    severity: "warning",
  },
};

describe("every diagnostic code with its exact range", () => {
  for (const [name, c] of Object.entries(cases)) {
    test(`${c.code}: ${name}`, () => {
      const opts: { schema?: string; params?: Record<string, string> } = {};
      if (c.schema !== undefined) opts.schema = c.schema;
      if (c.params) opts.params = c.params;
      const { m, diags } = checkMarked(c.src, opts);
      expect(m.ranges).toHaveLength(1);
      const found = diags.filter((d) => d.code === c.code && d.file === "main.seg");
      expect(found.map((d) => d.range), JSON.stringify(diags, null, 1)).toContainEqual(m.ranges[0]);
      const d = found.find((x) => JSON.stringify(x.range) === JSON.stringify(m.ranges[0]))!;
      expect(d.severity).toBe(c.severity ?? "error");
      if (c.message) expect(d.message).toMatch(c.message);
      if (c.fix !== undefined) {
        expect(d.fix).toBeDefined();
        expect(d.fix!.edits.map((e) => e.newText)).toContain(c.fix);
      }
    });
  }

  test("SEG0008: an event window between two dates is the one error of the segment, and its fix checks", () => {
    const { m, diags } = checkMarked(`segment s = did purchase «between 2011-10-01 and 2011-12-01»`);
    expect(diags.map((d) => [d.code, d.range])).toEqual([["SEG0008", m.ranges[0]]]);
    const fixed = m.text.replace("between 2011-10-01 and 2011-12-01", diags[0]!.fix!.edits[0]!.newText);
    expect(checkMarked(fixed).diags).toEqual([]);
  });

  test("SEG1006: a duplicate name is an error at both places, each pointing at the other", () => {
    const a = mark(`segment «dup» = age > 1`);
    const b = mark(`segment x = age > 2\nsegment «dup» = age > 3`);
    const r = checkProject([
      { path: "s.seg", text: SCHEMA },
      { path: "a.seg", text: a.text },
      { path: "b.seg", text: b.text },
    ]);
    const dups = r.diagnostics.filter((d) => d.code === "SEG1006");
    expect(dups).toHaveLength(2);
    const inA = dups.find((d) => d.file === "a.seg")!;
    const inB = dups.find((d) => d.file === "b.seg")!;
    expect(inA.range).toEqual(a.ranges[0]);
    expect(inB.range).toEqual(b.ranges[0]);
    expect(inA.related).toEqual([expect.objectContaining({ file: "b.seg", range: b.ranges[0] })]);
    expect(inB.related).toEqual([expect.objectContaining({ file: "a.seg", range: a.ranges[0] })]);
  });

  test("SEG1006: a name declared many times points to the first ten others, the message counts them all", () => {
    const copies = 3000;
    const r = checkProject([
      { path: "s.seg", text: SCHEMA },
      { path: "a.seg", text: "segment dup = age > 1\n".repeat(copies) },
      { path: "t.seg", text: 'test "same" { }\n'.repeat(30) },
    ]);
    const dups = r.diagnostics.filter((d) => d.code === "SEG1006" && d.file === "a.seg");
    expect(dups).toHaveLength(copies);
    expect(dups[0]!.message).toBe(`\`dup\` is declared ${copies} times; names are unique across the project`);
    expect(dups[0]!.related!.map((n) => n.range.start.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(dups[5]!.related!.map((n) => n.range.start.line)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10]);
    const tests = r.diagnostics.filter((d) => d.code === "SEG1006" && d.file === "t.seg");
    expect(tests).toHaveLength(30);
    expect(tests.every((d) => d.related!.length === 10)).toBe(true);
  });

  test("SEG1007: a cycle is reported at each member, naming the whole cycle", () => {
    const { m, diags } = checkMarked(`segment a = age > 1 and in «b»\nsegment b = in «c»\nsegment c = not in «a»`);
    const cyc = diags.filter((d) => d.code === "SEG1007");
    expect(cyc.map((d) => d.range)).toEqual(m.ranges);
    expect(cyc[0]!.message).toContain("a → b → c → a");
  });

  test("SEG1007: a cycle through a trait", () => {
    const { m, r, diags } = checkMarked(`trait t = cond_t\ntrait cond_t = «t»\nsegment s = t and age > 1`);
    void m;
    expect(diags.filter((d) => d.code === "SEG1007").length).toBeGreaterThan(0);
    expect(r.ir.segments.map((s) => s.name)).not.toContain("s");
  });

  test("SEG1019: a value for a param that does not exist", () => {
    const { diags } = checkMarked(`param lookback = 30 days\nsegment s = did login in last lookback`, { params: { lookbak: "7 days" } });
    const d = diags.find((x) => x.code === "SEG1019")!;
    expect(d.message).toContain("did you mean `lookback`");
    expect(d.file).toBe("<params>");
  });

  test("SEG2001: a param value that does not parse says why, in the parser's words", () => {
    const source = `param lookback = 30 days\nsegment s = did login in last lookback`;
    const unit = checkMarked(source, { params: { lookback: "7d" } }).diags.find((x) => x.code === "SEG2001")!;
    expect(unit.message).toBe(
      'the value given for param `lookback` ("7d") is not a valid expression: unexpected `d`: a duration has its unit in words: `30 days`, `12 hours`, `2 weeks`',
    );
    const trailing = checkMarked(source, { params: { lookback: "7 dayz" } }).diags.find((x) => x.code === "SEG2001")!;
    expect(trailing.message).toBe(
      'the value given for param `lookback` ("7 dayz") is not a valid expression: unexpected `dayz`: did you mean `days`? (a duration\'s unit is `seconds`, `minutes`, `hours`, `days`, `weeks`)',
    );
    const other = checkMarked(source, { params: { lookback: "7 days extra" } }).diags.find((x) => x.code === "SEG2001")!;
    expect(other.message).toBe('the value given for param `lookback` ("7 days extra") is not a valid expression: unexpected `extra`');
  });

  test("SEG1005: events of an unknown entity", () => {
    const m = mark(`entity user { key id: string }\nevents of «usr» { table "e"\n event login }`);
    const r = checkProject([{ path: "main.seg", text: m.text }]);
    const d = r.diagnostics.find((x) => x.code === "SEG1005")!;
    expect(d.range).toEqual(m.ranges[0]);
    expect(d.fix!.edits[0]!.newText).toBe("user");
  });

  test("SEG9001: a broken symbolic link in a project says so", async () => {
    const dir = await mkdtemp(join(tmpdir(), "seg-load-"));
    await writeFile(join(dir, "a.seg"), "segment s = age > 1");
    await symlink(join(dir, "moved-away.seg"), join(dir, "b.seg"));
    const { files, diagnostics } = await loadProject([dir]);
    expect(files.map((f) => f.path)).toEqual([join(dir, "a.seg")]);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["SEG9001", `\`${join(dir, "b.seg")}\` is a symbolic link to a file that does not exist`],
    ]);
  });

  test("SEG9002: a link out of the project folder, or to a special file, is refused and never read", async () => {
    const dir = await mkdtemp(join(tmpdir(), "seg-load-"));
    const outside = await mkdtemp(join(tmpdir(), "seg-outside-"));
    await writeFile(join(outside, "secret.seg"), "TOKEN=hunter2");
    await writeFile(join(dir, "a.seg"), "segment s = age > 1");
    await symlink("a.seg", join(dir, "inside.seg"));
    await symlink(join(outside, "secret.seg"), join(dir, "secret.seg"));
    await symlink("/dev/null", join(dir, "null.seg"));
    // Reading a FIFO would wait for a writer forever.
    const fifo = spawnSync("mkfifo", [join(dir, ".pipe")]).status === 0;
    if (fifo) await symlink(".pipe", join(dir, "fifo.seg"));
    const { files, diagnostics } = await loadProject([dir], { root: dir });
    expect(files.map((f) => f.path)).toEqual([join(dir, "a.seg"), join(dir, "inside.seg")]);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([
      ...(fifo ? [["SEG9002", join(dir, "fifo.seg")]] : []),
      ["SEG9002", join(dir, "null.seg")],
      ["SEG9002", join(dir, "secret.seg")],
    ]);
    if (fifo) {
      expect(diagnostics[0]!.message).toBe(
        `\`${join(dir, "fifo.seg")}\` is not a regular file (a device, a FIFO or a special file): it is not read; a .seg file must be a plain file`,
      );
    }
    expect(diagnostics.at(-1)!.message).toBe(
      `\`${join(dir, "secret.seg")}\` is a symbolic link (or lies in a linked folder) leading to \`${join(outside, "secret.seg")}\`, outside the project folder \`${dir}\`: it is not read; copy the file into the project, or link to a file inside it`,
    );
    // A folder given outside `root` is its own project folder; a file given there is read as named.
    const elsewhere = await loadProject([dir, join(outside, "secret.seg")], { root: outside });
    expect(elsewhere.files.map((f) => f.path)).toEqual([join(dir, "a.seg"), join(dir, "inside.seg"), join(outside, "secret.seg")]);
  });

  test("SEG9001: a missing path is a diagnostic, not a throw", async () => {
    const dir = await mkdtemp(join(tmpdir(), "seg-load-"));
    await writeFile(join(dir, "a.seg"), "segment s = age > 1");
    const { files, diagnostics } = await loadProject([dir, join(dir, "missing.seg")]);
    expect(files.map((f) => f.path)).toEqual([join(dir, "a.seg")]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "SEG9001", file: join(dir, "missing.seg"), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }),
    ]);
  });

  test("the SEG3004 fix parenthesises the event filter", () => {
    const { m, diags } = checkMarked(`segment s = did purchase where «amount > 5 and country == "US"»`);
    const d = diags.find((x) => x.code === "SEG3004")!;
    const r = m.ranges[0]!;
    expect(d.fix!.edits).toEqual([
      { range: { start: r.start, end: r.start }, newText: "(" },
      { range: { start: r.end, end: r.end }, newText: ")" },
    ]);
  });

  test("a syntax error right after an expression is reported alone, not again as SEG2005 / SEG2008", () => {
    const codes = (src: string) => checkMarked(src).diags.map((d) => d.code);
    expect(codes(`segment s { where country = "France" }`)).toEqual(["SEG0002"]);
    expect(codes(`segment s = did login in last 30d`)).toEqual(["SEG0001"]);
    // without a syntax error after it, the checker's error stays
    expect(codes(`segment s = country`)).toEqual(["SEG2005"]);
    // and an error of another kind next to a syntax error stays too
    expect(codes(`segment s = contry = "x"`)).toEqual(["SEG1001", "SEG0001"]);
  });

  test("a tags list left open while typing is the parser's one error, not also `tags are strings` at 1:1", () => {
    const { diags } = checkMarked(`// header\nsegment s {\n  tags ["a", \n  where age > 1\n}`);
    expect(diags.map((d) => [d.code, d.range.start.line])).toEqual([["SEG0001", 2]]);
  });

  test("SEG1010: `first(purchase).amount` is fixed to `first(purchase.amount)`, which checks", () => {
    const { m, diags } = checkMarked(`segment s = «first(purchase where amount > 1 in last 30 days)».«amount» > 3`);
    const d = diags.find((x) => x.code === "SEG1010")!;
    expect(d.message).toBe("`first(…)` has only `.time`; the first amount is `first(purchase.amount)`");
    expect(d.fix!.title).toBe("Change to `first(purchase.amount)`");
    // single-line source: apply the edits from the last one back
    let text = m.text;
    const at = (p: { line: number; character: number }) => text.split("\n").slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    for (const e of [...d.fix!.edits].sort((a, b) => at(b.range.start) - at(a.range.start))) text = text.slice(0, at(e.range.start)) + e.newText + text.slice(at(e.range.end));
    expect(text).toBe("segment s = first(purchase.amount where amount > 1 in last 30 days) > 3");
    const fixed = checkProject([
      { path: "s.seg", text: SCHEMA },
      { path: "main.seg", text },
    ]);
    expect(fixed.diagnostics).toEqual([]);
  });

  test("SEG1033: without a fix where no later step has a bound; the fix inserts after the step and compiles", () => {
    const bare = checkMarked(`segment s = did login «then purchase»`);
    expect(bare.diags.find((x) => x.code === "SEG1033")!.fix).toBeUndefined();
    const { m, diags } = checkMarked(`segment s = did login «then add_to_cart where price > 3» then purchase within 1 day`);
    const d = diags.find((x) => x.code === "SEG1033")!;
    const end = m.ranges[0]!.end;
    expect(d.fix!.edits).toEqual([{ range: { start: end, end }, newText: " within 1 day" }]);
    const lines = m.text.split("\n");
    lines[end.line] = lines[end.line]!.slice(0, end.character) + " within 1 day" + lines[end.line]!.slice(end.character);
    const fixed = checkProject([
      { path: "s.seg", text: SCHEMA },
      { path: "main.seg", text: lines.join("\n") },
    ]);
    expect(fixed.diagnostics).toEqual([]);
    expect(fixed.ir.segments.map((x) => x.name)).toEqual(["s"]);
  });

  test("SEG1035 is about blocks sharing a table: one block's events may read its columns as they need", async () => {
    const text = `entity user {\n  table "users"\n  key id: string\n}\nevents of user {\n  table "events"\n  user column "user_id"\n  time column "ts" (unix_seconds)\n  name column "ev"\n  event login { epoch: number column "ts" }\n  event page { kind: string column "ev" }\n}\nsegment s = did login\n`;
    expect(checkProject([{ path: "p.seg", text }]).diagnostics).toEqual([]);
  });

  test("SEG1035 does not depend on the order of the blocks", () => {
    const user = `events of user {\n  table "events"\n  user column "user_id"\n  time column "ts"\n  name column "ev"\n  event login { stamp: number column "ts" }\n}\n`;
    const account = `events of account {\n  table "events"\n  account column "account_id"\n  time column "ts" (unix_seconds)\n  name column "ev"\n  event renewal\n}\n`;
    const schema = `entity user {\n  table "users"\n  key id: string\n}\nentity account {\n  table "accounts"\n  key id: string\n}\nsegment s of user = did login\n`;
    const codes = (text: string) => checkProject([{ path: "p.seg", text }]).diagnostics.map((d) => d.code);
    expect(codes(schema + user + account)).toContain("SEG1035");
    expect(codes(schema + account + user)).toContain("SEG1035");
  });

  test("SEG1036 leaves one entity's blocks over one table by different key columns alone (a buyer and a seller)", () => {
    const text =
      `entity user {\n  table "users"\n  key id: string\n}\n` +
      `events of user {\n  table "trades"\n  user column "buyer_id"\n  event purchase\n}\n` +
      `events of user {\n  table "trades"\n  user column "seller_id"\n  event sale named "purchase"\n}\n` +
      `segment busy = count(any) >= 2\n`;
    expect(checkProject([{ path: "p.seg", text }]).diagnostics).toEqual([]);
  });

  test("float bounds beyond 2^53 are no inexact ids", () => {
    const { diags } = checkMarked(`segment s = age < 1e300 and age < 1e20 and age < 9007199254740992.0 and age < 9007199254740993.5`);
    expect(diags).toEqual([]);
  });

  test("an enum value in another case is accepted ignoring case (the backends fold ASCII case)", () => {
    const { diags } = checkMarked(`segment s = plan == "PRO" ignoring case or plan in ["Free", "TRIAL"] ignoring case`);
    expect(diags).toEqual([]);
  });

  test("a correct project has no diagnostics at all", () => {
    const { diags } = checkMarked(
      `segment s = age > 1 and did purchase where (amount > 5 and country == "US")\n` +
        `segment w = did login after 2011-11-01 before 2011-11-01T00:00:00.002Z and did login after 2024-01-01 before now - 2 days\n` +
        // The narrowest windows and ranges that still hold a time or a value.
        `segment n = did login in last 1 second and age between 30 and 30 and signed_up_at between 2024-05-01T00:00:00Z and 2024-05-01T00:00:00Z ` +
        `and did add_to_cart then purchase within 1 second and signed_up_at between 8 days and 7 days ago`,
    );
    expect(diags).toEqual([]);
  });
});

test("messages put the article a word's sound asks for", () => {
  const words = ["user", "uuid", "unit", "url", "account", "order", "update", "event", "customer", "item"];
  expect(words.map(withArticle)).toEqual([
    "a user",
    "a uuid",
    "a unit",
    "a url",
    "an account",
    "an order",
    "an update",
    "an event",
    "a customer",
    "an item",
  ]);
});

describe("SQL habits (docs/language.md, Coming from SQL, runs each fix)", () => {
  test("each says what the language writes instead", () => {
    const message = (source: string) => checkMarked(source).diags[0]!.message;
    expect(message("segment s = signed_up_at > NOW()")).toBe("unexpected `(`: the current time is `now`, without parentheses");
    expect(message("segment s = signed_up_at > now - interval '7 days'")).toBe(
      "unexpected `'7 days'`: a duration is written without `interval`: `now - 7 days`, `signed_up_at + 2 weeks`",
    );
    expect(message("segment s = count(*) > 3")).toBe("expected an event name after `(`, found `*`: `any` stands for every event (`count(any)`)");
    expect(message("segment s = COUNT(login) > 3")).toBe("unexpected `(`: `COUNT` is written in lower case: `count`");
    expect(message("segment s = plan is \"free\"")).toBe('expected `set` after `is`, found the string "free": `is` tests only whether a value is set; compare with `==`');
    expect(message("segment s = age > 3 -- adults")).toBe("unexpected `--`: comments start with `//`");
    expect(message("segment s = plan <> \"free\"")).toBe("unexpected `<>`: write `!=`");
    expect(message("segment s = signed_up_at > DATE '2024-01-01'")).toBe(
      "unexpected `'2024-01-01'`: a time is written without quotes or `DATE`: `2024-01-01`, `2024-01-01T12:00:00Z`",
    );
    expect(message("segment s = lower(email) == \"x\"")).toBe(
      'unexpected `(`: `lower` is no function of the language: compare strings `ignoring case` (`email == "a@b.com" ignoring case`)',
    );
    expect(message("segment s = coalesce(age, 0) > 3")).toContain("a missing value makes every comparison false; test it with `is set` or `is not set`");
    // a name the visitor leaves out of the checker's lookup keeps its syntax error
    for (const lost of ['segment s = signed_up_at > TIMESTAMP "2024-01-01 12:00:00"', "segment s = signed_up_at > TIMESTAMP 3"])
      expect(checkMarked(lost).diags.map((d) => d.message), lost).toEqual([expect.stringContaining("a time is written without quotes or `TIMESTAMP`")]);
    // a quoted date is a time or a string, as its use asks: the fix follows
    const fixOf = (source: string) => checkMarked(source).diags.map((d) => [d.message, d.fix?.edits[0]?.newText]);
    expect(fixOf("segment s = signed_up_at >= '2024-01-01'")).toEqual([["unexpected character `'`: a time is written without quotes: 2024-01-01", "2024-01-01"]]);
    expect(fixOf("segment s = email == '2024-01-01'")).toEqual([['unexpected character `\'`: strings use double quotes: "2024-01-01"', '"2024-01-01"']]);
    // the null test's fix takes the whole comparison, `ignoring case` too
    expect(fixOf("segment s = email == null ignoring case")[0]![1]).toBe(" is not set");
    expect(checkMarked("segment s = email == null ignoring case").diags[0]!.fix!.edits[0]!.range.end.character).toBe("segment s = email == null ignoring case".length);
    // an aggregate is named as the language writes it
    expect(checkMarked("segment s = count(login) > 3 or count(login) <= 3").diags.map((d) => d.message)).toEqual([
      "with the earlier condition on count(login), this `or` holds for every user: no value is left out; did you mean `and`?",
    ]);
    expect(checkMarked("segment s = sum(purchase.amount) > 5 and sum(purchase.amount) < 2").diags[0]!.message).toContain("an earlier condition on sum(purchase.amount)");
    // an upper-case keyword read as the event
    expect(fixOf("segment s = did NOT login")).toEqual([["unknown event `NOT`; keywords are lower case: write `not`", "not"]]);
    // in an event's filter too
    expect(fixOf("segment s = did purchase where currency == null")).toEqual([[expect.stringContaining("there is no null value"), " is not set"]]);
    // one fix for one place: the LIKE fix rewrites the quoted pattern too
    expect(fixOf("segment s = email like '%x'")).toEqual([[expect.stringContaining("unexpected `like`"), 'ends with "x"']]);
    // SEG3010 is not about presence tests, nor about an `or` that leaves a value out
    for (const fine of ["age is set or did login", "age > 5 or age < 5", 'country == "US" or country == "CA"', "age is not set or age > 3"])
      expect(checkMarked(`segment s = ${fine}`).diags, fine).toEqual([]);
    // the usual patterns, and the rewrites the docs suggest, pass the backtracking analysis
    for (const pattern of ["^[^@]+@[^@]+$", "^[^@]+@[^@]+\\\\.[^@]+$", "^(.*),(.*)$", "^([a-z0-9-]+\\\\.)+[a-z]{2,}$", "^\\\\w+(\\\\s\\\\w+)*\\\\s?$", "^a+$", "^(com|org)+$", "^(ab|ac)*$", "^/checkout(/|$)", "\\\\s*\\\\w*\\\\s*$"])
      expect(checkMarked(`segment s = email matches "${pattern}"`).diags, pattern).toEqual([]);
    // `age - -3` stays arithmetic: `--` is a comment only before a space
    expect(checkMarked("segment s = age - -3 > 0").diags).toEqual([]);
  });
});
