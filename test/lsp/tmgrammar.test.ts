/** The VS Code extension's TextMate grammar is valid JSON, its regexes compile, and it knows every keyword. */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { KEYWORDS } from "../../compiler/index.ts";

const grammarUrl = new URL("../../editors/vscode/syntaxes/seg.tmLanguage.json", import.meta.url);
const text = readFileSync(grammarUrl, "utf8");

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  include?: string;
  patterns?: Rule[];
}

function collect(rule: Rule, out: Rule[]): void {
  out.push(rule);
  for (const p of rule.patterns ?? []) collect(p, out);
}

describe("seg.tmLanguage.json", () => {
  const g = JSON.parse(text) as { scopeName: string; patterns: Rule[]; repository: Record<string, Rule> };
  const rules: Rule[] = [];
  for (const p of g.patterns) collect(p, rules);
  for (const r of Object.values(g.repository)) collect(r, rules);

  test("is a grammar for source.seg whose includes all resolve", () => {
    expect(g.scopeName).toBe("source.seg");
    for (const r of rules) if (r.include) expect(g.repository[r.include.replace(/^#/, "")], r.include).toBeDefined();
  });

  test("every regex compiles", () => {
    for (const r of rules)
      for (const re of [r.match, r.begin, r.end]) if (re !== undefined) expect(() => new RegExp(re), re).not.toThrow();
  });

  function scopesOf(word: string): string[] {
    return rules.filter((r) => r.match && new RegExp(`^(?:${r.match})$`).test(word) && r.name).map((r) => r.name!);
  }

  test("covers every keyword of the grammar (not as a plain identifier)", () => {
    const missing = KEYWORDS.filter((k) => scopesOf(k).filter((s) => !s.startsWith("variable.")).length === 0);
    expect(missing).toEqual([]);
  });

  test("colours comments, doc comments, strings, durations and times", () => {
    const line = (rules.find((r) => r.name === "comment.line.double-slash.seg")?.begin ?? "") as string;
    expect(new RegExp(line).test("// x")).toBe(true);
    expect(rules.some((r) => r.name === "comment.line.documentation.seg" && new RegExp(r.begin!).test("/// doc"))).toBe(true);
    expect(rules.some((r) => r.name === "string.quoted.double.seg")).toBe(true);
    const duration = g.repository.durations!.match!;
    expect(new RegExp(duration).exec("in last 30 days")?.[0]).toBe("30 days");
    // each capture's scope names what it captured: the unit is `days`, not `ago`
    const captures = (g.repository.durations as Rule & { captures: Record<string, { name: string }> }).captures;
    const m = new RegExp(duration).exec("before 7 days ago")!;
    expect([1, 2, 3].map((i) => [m[i], captures[String(i)]!.name])).toEqual([
      ["7", "constant.numeric.seg"],
      ["days", "keyword.other.unit.seg"],
      ["ago", "keyword.other.condition.seg"],
    ]);
    const time = g.repository.times!.match!;
    expect(new RegExp(time).exec("after 2024-03-01T12:00:00Z and")?.[0]).toBe("2024-03-01T12:00:00Z");
    expect(new RegExp(time).test("30")).toBe(false);
  });
});
