/**
 * SEG3005: segments that can never have members, through the segments they reference and
 * the facts that always hold between counts of one event (compiler/check/empty.ts).
 */
import { describe, expect, test } from "vitest";
import { checkProject, loadProject, ProjectChecker, type Diagnostic } from "../../compiler/index.ts";
import { mark } from "../helpers/markers.ts";
import { checkMarked, SCHEMA } from "./fixture.ts";

const never = (diags: Diagnostic[]) => diags.filter((d) => d.code === "SEG3005");
const warnings = (diags: Diagnostic[]) => diags.filter((d) => d.severity === "warning").map((d) => `${d.code} ${d.message}`);

describe("SEG3005: reported", () => {
  test("the design's at_risk: 4 active days in the last 7 days imply logins in the last 14", () => {
    const { m, diags } = checkMarked(
      `segment «power:power_users» = plan == "enterprise" and did login on at least 4 days in last 7 days\n` +
        `segment «at_risk» = in power_users and not did login in last 14 days`,
    );
    expect(warnings(diags)).toEqual([
      "SEG3005 `at_risk` can never have members: `power_users` requires did login on at least 4 distinct days in the last 7 days, " +
        "so did login at least 4 times in the last 14 days, but it requires did not login in the last 14 days",
    ]);
    const [d] = never(diags);
    expect(d!.severity).toBe("warning");
    expect(d!.range).toEqual(m.ranges[1]);
    expect(d!.related).toEqual([
      { file: "main.seg", range: m.named.power, message: "`power_users` requires did login on at least 4 distinct days in the last 7 days" },
    ]);
  });

  test("a list in the referenced segment and an equality in the referencing one", () => {
    const { m, diags } = checkMarked(`segment «paid» = plan in ["pro", "enterprise"]\nsegment «x» = in paid and plan == "free"`);
    expect(warnings(diags)).toEqual(['SEG3005 `x` can never have members: it requires plan is "free", but `paid` requires plan is one of ["pro", "enterprise"]']);
    expect(never(diags)[0]!.range).toEqual(m.ranges[1]);
    expect(never(diags)[0]!.related!.map((r) => r.range)).toEqual([m.ranges[0]]);
  });

  test("a chain through two references names the path; segments requiring the empty one are not reported again", () => {
    const { m, diags } = checkMarked(
      `segment «paid» = plan in ["pro", "enterprise"]\n` +
        `segment mid = in paid and age > 3\n` +
        `segment «x» = in mid and plan == "free"\n` +
        `segment y = in x and age > 1\n` +
        `segment z = in y or age > 100`,
    );
    expect(never(diags).map((d) => d.range)).toEqual([m.ranges[1]]);
    expect(never(diags)[0]!.message).toBe(
      '`x` can never have members: it requires plan is "free", but `paid` (through `mid`) requires plan is one of ["pro", "enterprise"]',
    );
    expect(never(diags)[0]!.related!.map((r) => r.range)).toEqual([m.ranges[0]]);
  });

  test("two referenced segments that exclude each other", () => {
    const { m, diags } = checkMarked(`segment a = plan == "pro"\nsegment b = age > 1 and plan == "free"\nsegment «both» = in a and in b`);
    expect(never(diags).map((d) => [d.range, d.message])).toEqual([
      [m.ranges[0], '`both` can never have members: `a` requires plan is "pro", but `b` requires plan is "free"'],
    ]);
    expect(never(diags)[0]!.related!.map((r) => r.message)).toEqual(['`a` requires plan is "pro"', '`b` requires plan is "free"']);
  });

  test("an aggregate implication within one segment (no reference)", () => {
    const { m, diags } = checkMarked(`segment «s» = did login at least 3 times in last 30 days and did login at most 1 time`);
    expect(never(diags).map((d) => [d.range, d.message])).toEqual([
      [m.ranges[0], "`s` can never have members: it requires did login at least 3 times in the last 30 days, so did login at least 3 times, but it requires did login at most 1 time (or never)"],
    ]);
  });

  test("any event in a window is one in a window around it, whatever the count", () => {
    const { diags } = checkMarked(`segment a = did login in last 7 days\nsegment b = in a and active_days(login in last 30 days) == 0`);
    expect(never(diags).map((d) => d.message)).toEqual([
      "`b` can never have members: `a` requires did login in the last 7 days, so did login on at least 1 distinct day in the last 30 days, but it requires did login on exactly 0 distinct days in the last 30 days",
    ]);
  });

  test("counts are whole numbers, never missing: `> 0`, `not (… >= n)` and `== 0` bound them", () => {
    for (const [lo, hi] of [
      ["count(login in last 7 days) > 0", "count(login) == 0"],
      ["count(login in last 7 days) > 0.5", "not (count(login in last 30 days) >= 1)"],
      ["active_days(login between 20 days and 10 days ago) >= 2", "count(login in last 30 days) < 2"],
    ]) {
      const { diags } = checkMarked(`segment a = ${lo}\nsegment b = in a and ${hi}`);
      expect(never(diags).length, `${lo} / ${hi}`).toBe(1);
    }
  });

  test("not (a or b) requires not a and not b", () => {
    const { diags } = checkMarked(`segment a = plan == "pro"\nsegment b = in a and not (plan == "pro" or age > 3)`);
    expect(never(diags)).toHaveLength(1);
  });

  test("an attribute required to be set by a referenced segment and missing here", () => {
    const { diags } = checkMarked(`segment a = age > 30\nsegment b = in a and age is not set`);
    expect(never(diags)).toHaveLength(1);
  });

  test("a segment used through a trait is required like `in`", () => {
    const { diags } = checkMarked(`segment a = plan == "pro"\ntrait pro_user = in a\nsegment b = pro_user and plan == "free"`);
    expect(never(diags)).toHaveLength(1);
  });

  test("the design's at_risk against the example library's power_users", async () => {
    const { files } = await loadProject(["segments"]);
    const m = mark(`segment «at_risk_doc» = in power_users and not did login in last 14 days`);
    const r = checkProject([...files, { path: "extra.seg", text: m.text }]);
    expect(r.diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(["SEG3005 extra.seg"]);
    expect(r.diagnostics[0]!.range).toEqual(m.ranges[0]);
    expect(r.diagnostics[0]!.related).toEqual([expect.objectContaining({ file: expect.stringMatching(/engagement\.seg$/) })]);
  });
});

describe("SEG3005: not reported", () => {
  const clean = {
    "windows nested the other way round (4 logins 10 days ago)": `segment a = count(login in last 14 days) >= 4\nsegment b = in a and not did login in last 7 days`,
    "windows side by side": `segment a = did login between 30 days and 14 days ago\nsegment b = in a and not did login in last 14 days`,
    "a window that ends where the other starts": `segment a = did login before 30 days ago\nsegment b = in a and not did login in last 30 days`,
    "fixed dates against a window relative to now": `segment a = did login after 2024-01-01\nsegment b = in a and not did login in last 30 days`,
    "different filters": `segment a = did purchase where amount > 5 in last 7 days\nsegment b = in a and not did purchase in last 14 days`,
    "different events": `segment a = did login in last 7 days\nsegment b = in a and not did purchase in last 14 days`,
    "a count at least its active days, not the other way": `segment a = count(login in last 7 days) >= 4\nsegment b = in a and active_days(login in last 7 days) < 2`,
    "or in the referencing segment": `segment paid = plan in ["pro", "enterprise"]\nsegment x = in paid and (plan == "free" or age > 3)`,
    "or in the referenced segment": `segment paid = plan in ["pro", "enterprise"] or age > 3\nsegment x = in paid and plan == "free"`,
    "a reference under or": `segment paid = plan in ["pro", "enterprise"]\nsegment x = (in paid or age > 3) and plan == "free"`,
    "a reference under not": `segment paid = plan in ["pro", "enterprise"]\nsegment x = not in paid and plan == "free"`,
    "a negated test on an attribute that may be missing": `segment a = not (age > 30)\nsegment b = in a and not (age < 40)`,
    "a sequence": `segment a = did login then purchase within 1 day in last 7 days\nsegment b = in a and not did purchase in last 14 days`,
    "case-insensitive comparisons": `segment a = country == "us" ignoring case\nsegment b = in a and country == "US"`,
    "sums can be negative": `segment a = sum(purchase.amount in last 7 days) > 10\nsegment b = in a and sum(purchase.amount in last 14 days) < 1`,
  };
  for (const [name, src] of Object.entries(clean)) {
    test(name, () => {
      const { diags } = checkMarked(src);
      expect(diags).toEqual([]);
    });
  }

  test("a contradiction within one chain is SEG3001's, and segments that require it are quiet", () => {
    const { diags } = checkMarked(`segment a = plan == "pro" and plan == "free"\nsegment b = in a and age > 3\nsegment c = in b and plan == "trial"`);
    expect(diags.map((d) => d.code)).toEqual(["SEG3001"]);
  });

  test("a segment that requires an empty one is not reported again, even with a contradiction of its own through it", () => {
    const { diags } = checkMarked(
      `segment a = plan == "pro" and did login on at least 4 days in last 7 days and not did login in last 14 days\n` +
        `segment b = in a and plan == "free"`,
    );
    expect(never(diags).map((d) => d.message)).toEqual([expect.stringMatching(/^`a` can never have members/)]);
  });

  test("a reference cycle: reported as a cycle, no crash", () => {
    const { diags } = checkMarked(`segment a = age > 1 and in b\nsegment b = in c and plan == "free"\nsegment c = in a and plan == "pro"`);
    expect(diags.map((d) => d.code)).toEqual(["SEG1007", "SEG1007", "SEG1007"]);
  });

  test("a segment with errors is not analysed", () => {
    const { diags } = checkMarked(`segment paid = plan in ["pro", "enterprise"]\nsegment x = in paid and plan == "free" and agee > 1`);
    expect(diags.map((d) => d.code)).toEqual(["SEG1001"]);
  });
});

describe("SEG3005 in the incremental checker", () => {
  test("follows an edit of the referenced segment while the referencing one is reused", () => {
    const pc = new ProjectChecker();
    pc.update("schema.seg", SCHEMA);
    pc.update("a.seg", `segment paid = plan in ["pro", "enterprise"]`);
    pc.update("b.seg", `segment x = in paid and plan == "free"`);
    expect(never(pc.check().diagnostics).map((d) => d.file)).toEqual(["b.seg"]);
    pc.update("a.seg", `segment paid = plan in ["free", "pro"]`);
    expect(never(pc.check().diagnostics)).toEqual([]);
    expect(pc.stats.computed).toBe(1);
    pc.update("a.seg", `segment paid = plan in ["pro"]`);
    expect(never(pc.check().diagnostics).map((d) => d.file)).toEqual(["b.seg"]);
    // Unchanged: the same diagnostics again.
    expect(never(pc.check().diagnostics)).toHaveLength(1);
  });
});
