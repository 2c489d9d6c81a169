import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { formatDiagnostics, sortDiagnostics } from "../../cli/report.ts";
import { checkProject, type Diagnostic } from "../../compiler/index.ts";
import { C } from "../../compiler/check/codes.ts";

const file = "/project/segments/a.seg";
const text = "segment x {\n  where contry == \"US\"\n}\n";
const unknownAttribute: Diagnostic = {
  code: "SEG1001",
  severity: "error",
  message: "unknown attribute `contry` of user",
  file,
  range: { start: { line: 1, character: 8 }, end: { line: 1, character: 14 } },
  fix: { title: "Change to `country`", edits: [] },
};
const warning: Diagnostic = {
  code: "SEG3001",
  severity: "warning",
  message: "a, with: comma\nand newline 100%",
  file,
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } },
};
const options = { sources: new Map([[file, text]]), cwd: "/project", color: false };

describe("diagnostic output", () => {
  test("text: a long line is shown around the range, cut with an ellipsis on each side", () => {
    const source = `segment x = country == "${"y".repeat(10_000)}" and contry == "x"\n`;
    const start = source.indexOf("contry");
    const far: Diagnostic = { ...unknownAttribute, range: { start: { line: 0, character: start }, end: { line: 0, character: start + 6 } } };
    const [, shown, carets] = formatDiagnostics([far], "text", { ...options, sources: new Map([[file, source]]) }).split("\n").slice(1, 4);
    expect(shown).toBe(`1 | …${"y".repeat(34)}" and contry == "x"`);
    expect(carets).toBe(`  | ${" ".repeat(1 + 40)}^^^^^^`);
    // cut after the range too, when the line goes on
    const early: Diagnostic = { ...unknownAttribute, range: { start: { line: 0, character: 12 }, end: { line: 0, character: 19 } } };
    const [, head] = formatDiagnostics([early], "text", { ...options, sources: new Map([[file, source]]) }).split("\n").slice(1, 3);
    expect(head).toBe(`1 | segment x = country == "${"y".repeat(160 - 24)}…`);
  });

  // Cut by UTF-16 units, 160 of 東 took 320 columns, and a cut could split 𝑥 or é in two.
  test("text: a long line is cut by terminal columns, between whole characters", () => {
    const frame = (source: string, name: string): [string, string] => {
      const start = source.indexOf(name);
      const d: Diagnostic = { ...unknownAttribute, range: { start: { line: 0, character: start }, end: { line: 0, character: start + name.length } } };
      const [, shown, carets] = formatDiagnostics([d], "text", { ...options, sources: new Map([[file, source]]) }).split("\n").slice(1, 4);
      return [shown!, carets!];
    };
    const wide = `segment x = city == "${"東".repeat(200)}" and contry == "x"`;
    // 40 columns before the range: `" and ` and 17 characters of two columns
    expect(frame(wide, "contry")).toEqual([`1 | …${"東".repeat(17)}" and contry == "x"`, `  | ${" ".repeat(1 + 40)}^^^^^^`]);
    // 160 columns from the start: `segment x = city == "` (21) and 69 of two columns
    expect(frame(wide, "city")[0]).toBe(`1 | segment x = city == "${"東".repeat(69)}…`);
    for (const character of ["𝑥", "e\u0301"]) {
      const source = `segment x = city == "${character.repeat(200)}"`;
      expect(frame(source, "city")[0], character).toBe(`1 | segment x = city == "${character.repeat(139)}…`);
    }
  });

  // Each emoji of a ZWJ sequence counted two columns (👨‍👩‍👧 six, a flag four): the caret
  // stood four columns right of its range, and a line of them was cut at a third of 160.
  test("text: an emoji ZWJ sequence, a flag, a keycap and a skin tone take two columns, in the caret and the cut", () => {
    const frame = (source: string, start: number, length: number): [string, string] => {
      const d: Diagnostic = { ...unknownAttribute, range: { start: { line: 0, character: start }, end: { line: 0, character: start + length } } };
      const [, shown, carets] = formatDiagnostics([d], "text", { ...options, sources: new Map([[file, source]]) }).split("\n").slice(1, 4);
      return [shown!, carets!];
    };
    const family = "\u{1F468}\u200d\u{1F469}\u200d\u{1F467}";
    for (const emoji of [family, "\u{1F1EB}\u{1F1F7}", "1\ufe0f\u20e3", "\u{1F44D}\u{1F3FD}", "\u2764\ufe0f\u200d\u{1F525}"]) {
      const source = `segment x = "${emoji}" == contry\n`;
      expect(frame(source, source.indexOf("contry"), 6)[1], emoji).toBe(`  | ${" ".repeat('segment x = "'.length + 2 + '" == '.length)}^^^^^^`);
      // a range over the emoji alone, or starting inside it, is two carets under it
      const at = source.indexOf(emoji);
      expect(frame(source, at, emoji.length)[1], emoji).toBe(`  | ${" ".repeat(at)}^^`);
      expect(frame(source, at + emoji.length - 1, 1)[1], emoji).toBe(`  | ${" ".repeat(at)}^^`);
    }
    // 160 columns from the start: `segment x = city == "` (21) and 69 families of two columns
    const long = `segment x = city == "${family.repeat(200)}"`;
    expect(frame(long, long.indexOf("city"), 4)[0]).toBe(`1 | segment x = city == "${family.repeat(69)}…`);
  });

  test("text: the code frame shows control characters as their pictures, never raw", () => {
    const source = "segment x = age\u0000\u001b[2J > 1\n";
    const nul: Diagnostic = { code: "SEG0005", severity: "error", message: "unexpected character U+0000", file, range: { start: { line: 0, character: 15 }, end: { line: 0, character: 16 } } };
    const out = formatDiagnostics([nul], "text", { ...options, sources: new Map([[file, source]]) });
    expect(out.split("\n").slice(1, 4)).toEqual(["  |", "1 | segment x = age\u2400\u241b[2J > 1", "  |                ^"]);
  });

  test("text: the code frame is the diagnostic's line in a file with CR or mixed line endings", () => {
    for (const source of ['segment x {\r  where contry == "US"\r}\r', 'segment x {\n  where contry == "US"\r\n}\r', 'segment x {\r\n  where contry == "US"\r\n}\r\n']) {
      const out = formatDiagnostics([unknownAttribute], "text", { ...options, sources: new Map([[file, source]]) });
      expect(out.split("\n").slice(1, 4), JSON.stringify(source)).toEqual(["  |", '2 |   where contry == "US"', "  |         ^^^^^^"]);
    }
  });

  test("text: the caret is under the range after wide, combining and astral characters (terminal columns, not UTF-16 units)", () => {
    const source = 'segment x = city == "東京" and "e\u0301" == "𝑥" and "😀" == "y" and\ufeff contry == "US"\n';
    const start = source.indexOf("contry");
    const d: Diagnostic = { ...unknownAttribute, range: { start: { line: 0, character: start }, end: { line: 0, character: start + 6 } } };
    const [, shown, carets] = formatDiagnostics([d], "text", { ...options, sources: new Map([[file, source]]) }).split("\n").slice(1, 4);
    // a byte order mark in mid-file (files joined with cat) is shown, as its code point
    expect(shown).toBe(`1 | ${source.trimEnd().replace("\ufeff", "\\u{FEFF}")}`);
    // 東京: two columns each; é: one (e and its combining accent); 𝑥: one (two UTF-16 units); 😀: two
    const columnsBefore = 'segment x = city == "'.length + 4 + '" and "'.length + 1 + '" == "'.length + 1 + '" and "'.length + 2 + '" == "y" and'.length + "\\u{FEFF} ".length;
    expect(carets).toBe(`  | ${" ".repeat(columnsBefore)}^^^^^^`);
    // a range over wide characters gets a caret per column
    const tokyo = source.indexOf('"東京"');
    const wide: Diagnostic = { ...unknownAttribute, range: { start: { line: 0, character: tokyo }, end: { line: 0, character: tokyo + 4 } } };
    expect(formatDiagnostics([wide], "text", { ...options, sources: new Map([[file, source]]) }).split("\n")[3]).toBe(`  | ${" ".repeat(tokyo)}^^^^^^`);
  });

  // Review: ❤️ (a text character and the emoji selector) takes two columns; a bidi override
  // reordered the line shown and took a column of padding; a tab in the range got one caret.
  test("text: emoji by variation selector, bidi overrides and tabs in the code frame", () => {
    const caretsOf = (source: string, name: string, length = name.length): [string, string] => {
      const start = source.indexOf(name);
      const d: Diagnostic = { ...unknownAttribute, range: { start: { line: 0, character: start }, end: { line: 0, character: start + length } } };
      const [, shown, carets] = formatDiagnostics([d], "text", { ...options, sources: new Map([[file, source]]) }).split("\n").slice(1, 4);
      return [shown!, carets!];
    };
    expect(caretsOf('segment x = "\u2764\ufe0f" == contry\n', "contry")[1]).toBe(`  | ${" ".repeat('segment x = "'.length + 2 + '" == '.length)}^^^^^^`);
    const [bidiShown, bidiCarets] = caretsOf('segment x = "\u202e" == contry\n', "contry");
    expect(bidiShown).toBe('1 | segment x = "\\u{202E}" == contry');
    expect(bidiCarets).toBe(`  | ${" ".repeat('segment x = "\\u{202E}" == '.length)}^^^^^^`);
    // a soft hyphen, which terminals draw in a column or none, is shown as its code point;
    // an Arabic number sign (a format character too) takes its column
    expect(caretsOf('segment x = "co\u00adop" == contry\n', "contry")).toEqual(['1 | segment x = "co\\u{AD}op" == contry', `  | ${" ".repeat('segment x = "co\\u{AD}op" == '.length)}^^^^^^`]);
    expect(caretsOf('segment x = "\u0600" == contry\n', "contry")[1]).toBe(`  | ${" ".repeat('segment x = "x" == '.length)}^^^^^^`);
    const [tabShown, tabCarets] = caretsOf('segment x =\tcontry matches "a\tb"\n', 'contry matches "a\tb"');
    expect(tabShown).toBe('1 | segment x =    contry matches "a    b"');
    expect(tabCarets).toBe(`  | ${" ".repeat("segment x =    ".length)}${"^".repeat('contry matches "a    b"'.length)}`);
  });

  test("text: file:line:col, severity, code, code frame with caret under the range, fix, summary", () => {
    const out = formatDiagnostics([unknownAttribute], "text", options);
    expect(out).toBe(
      [
        'segments/a.seg:2:9: error SEG1001 unknown attribute `contry` of user',
        "  |",
        '2 |   where contry == "US"',
        "  |         ^^^^^^",
        "  fix: Change to `country`",
        "",
        "1 error, 0 warnings",
        "",
      ].join("\n"),
    );
  });

  test("json: 1-based positions and the documented fields", () => {
    const parsed = JSON.parse(formatDiagnostics([unknownAttribute], "json", options));
    expect(parsed.diagnostics[0]).toEqual({
      file: "segments/a.seg",
      line: 2,
      column: 9,
      endLine: 2,
      endColumn: 15,
      severity: "error",
      code: "SEG1001",
      message: "unknown attribute `contry` of user",
      fix: "Change to `country`",
    });
  });

  test("json and sarif carry the related locations (the other duplicate)", () => {
    const other = "/project/segments/b.seg";
    const duplicate: Diagnostic = {
      code: "SEG1006",
      severity: "error",
      message: "`x` is declared 2 times",
      file,
      range: { start: { line: 0, character: 8 }, end: { line: 0, character: 9 } },
      related: [{ file: other, range: { start: { line: 3, character: 8 }, end: { line: 3, character: 9 } }, message: "`x` is also declared here (segment)" }],
    };
    const sources = new Map([[file, text], [other, "\n\n\nsegment x = true\n"]]);
    const json = JSON.parse(formatDiagnostics([duplicate], "json", { ...options, sources }));
    expect(json.diagnostics[0].related).toEqual([{ file: "segments/b.seg", line: 4, column: 9, endLine: 4, endColumn: 10, message: "`x` is also declared here (segment)" }]);
    const sarif = JSON.parse(formatDiagnostics([duplicate], "sarif", { ...options, sources }));
    expect(sarif.runs[0].results[0].relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: { artifactLocation: { uri: "segments/b.seg", uriBaseId: "%SRCROOT%" }, region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 10 } },
        message: { text: "`x` is also declared here (segment)" },
      },
    ]);
    // none where there is none
    expect(JSON.parse(formatDiagnostics([unknownAttribute], "json", options)).diagnostics[0].related).toBeUndefined();
  });

  test("github: workflow commands with escaped data and properties", () => {
    const out = formatDiagnostics([warning], "github", options);
    expect(out).toBe(
      "::warning file=segments/a.seg,line=1,col=1,endLine=1,endColumn=8,title=SEG3001::a, with: comma%0Aand newline 100%25\n",
    );
  });

  test("sarif: a 2.1.0 log with one rule per code and a region per result", () => {
    const log = JSON.parse(formatDiagnostics([unknownAttribute, warning], "sarif", options));
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["SEG1001", "SEG3001"]);
    // the version that reported them, as code scanning shows it
    expect(log.runs[0].tool.driver.version).toBe(JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../package.json"), "utf8")).version);
    const [first] = log.runs[0].results;
    expect(first.level).toBe("warning");
    expect(log.runs[0].results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "segments/a.seg", uriBaseId: "%SRCROOT%" },
      region: { startLine: 2, startColumn: 9, endLine: 2, endColumn: 15 },
    });
  });

  test("sarif: a fix is a change of its file, each edit a replacement of a 1-based region", () => {
    const schema = "entity user { key id: string  country: string }\n";
    const source = 'segment s = contry == "US"\n';
    const files = [{ path: "/project/schema.seg", text: schema }, { path: file, text: source }];
    const [misspelt] = checkProject(files).diagnostics;
    const log = JSON.parse(formatDiagnostics([misspelt!], "sarif", { ...options, sources: new Map(files.map((f) => [f.path, f.text])) }));
    expect(log.runs[0].results[0].fixes).toEqual([
      {
        description: { text: "Change to `country`" },
        artifactChanges: [
          {
            artifactLocation: { uri: "segments/a.seg", uriBaseId: "%SRCROOT%" },
            replacements: [{ deletedRegion: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 19 }, insertedContent: { text: "country" } }],
          },
        ],
      },
    ]);
    // a fix without edits has nothing SARIF can carry
    expect(JSON.parse(formatDiagnostics([unknownAttribute], "sarif", options)).runs[0].results[0].fixes).toBeUndefined();
  });

  test("sarif: rules are described by the docs' tables as plain text, with no help link into the user's repository", () => {
    const syntax = { ...warning, code: "SEG0012" };
    const log = JSON.parse(formatDiagnostics([unknownAttribute, warning, syntax], "sarif", options));
    expect(log.runs[0].tool.driver.rules).toEqual([
      {
        id: "SEG0012",
        shortDescription: { text: "a merge conflict marker left in the file (<<<<<<<, =======, |||||||, >>>>>>> lines): keep one side, delete the markers" },
      },
      {
        id: "SEG1001",
        shortDescription: { text: "unknown attribute, trait, const or param (also an unknown field in a test record; also a property of the preceding did … where event used outside its filter)" },
      },
      { id: "SEG3001", shortDescription: { text: expect.stringMatching(/^a provable contradiction on one value inside an and \(numeric bounds/) } },
    ]);
    expect(log.runs[0].columnKind).toBe("utf16CodeUnits");
    // a link in the docs' cell keeps its text, not its target
    const foreign = JSON.parse(formatDiagnostics([{ ...warning, code: "SEG0005" }], "sarif", options)).runs[0].tool.driver.rules[0];
    expect(foreign.shortDescription.text).toContain("comments: see Coming from SQL)");
  });

  test("sarif: every code the checker and the parser report has a description", () => {
    const parserCodes = Array.from({ length: 12 }, (_, i) => `SEG${String(i + 1).padStart(4, "0")}`);
    const all = [...Object.values(C), ...parserCodes].map((code) => ({ ...warning, code }));
    const rules = JSON.parse(formatDiagnostics(all, "sarif", options)).runs[0].tool.driver.rules;
    expect(rules.filter((r: { shortDescription?: unknown }) => !r.shortDescription).map((r: { id: string }) => r.id)).toEqual([]);
  });

  test("sarif: a file's uri is percent-encoded segment by segment", () => {
    const odd = { ...unknownAttribute, file: "/project/sp ace/ü#1%.seg" };
    const log = JSON.parse(formatDiagnostics([odd], "sarif", { ...options, sources: new Map([[odd.file, text]]) }));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("sp%20ace/%C3%BC%231%25.seg");
  });

  describe("github and sarif: paths relative to the repository root, where GitHub looks for them", () => {
    /** A repository with `segments/a.seg`, its `.git` a folder or (a linked worktree) a file, and a file outside it. */
    function repository(gitIsFile: boolean): { root: string; inside: string; outside: string } {
      const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "seg-report-")));
      if (gitIsFile) fs.writeFileSync(path.join(root, ".git"), "gitdir: /elsewhere/.git/worktrees/x\n");
      else fs.mkdirSync(path.join(root, ".git"));
      const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "seg-elsewhere-")));
      return { root, inside: path.join(root, "segments", "a.seg"), outside: path.join(outside, "b.seg") };
    }
    const at = (d: Diagnostic, where: string): Diagnostic => ({ ...d, file: where });

    test.each([false, true])("run from a subfolder (.git a file: %s)", (gitIsFile) => {
      const { root, inside, outside } = repository(gitIsFile);
      const reported = [at(warning, inside), at(warning, outside)];
      const options = { sources: new Map([[inside, text], [outside, text]]), cwd: path.join(root, "segments"), color: false };
      // (in the order of their absolute paths, which mkdtemp picks)
      const annotated = formatDiagnostics(reported, "github", options).trimEnd().split("\n").map((line) => /file=([^,]*)/.exec(line)?.[1]);
      expect(annotated.sort()).toEqual([outside.replaceAll(":", "%3A").replaceAll(",", "%2C"), "segments/a.seg"].sort());
      const run = JSON.parse(formatDiagnostics(reported, "sarif", options)).runs[0];
      expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: pathToFileURL(root).href + "/" } });
      const locations = run.results.map((r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => r.locations[0]!.physicalLocation.artifactLocation);
      expect(locations).toHaveLength(2);
      expect(locations).toEqual(expect.arrayContaining([{ uri: "segments/a.seg", uriBaseId: "%SRCROOT%" }, { uri: pathToFileURL(outside).href }]));
      // text and json stay relative to the working directory
      expect(JSON.parse(formatDiagnostics(reported, "json", options)).diagnostics.map((d: { file: string }) => d.file).sort()).toEqual([outside, "a.seg"].sort());
    });

    test("a file of a submodule is named from the superproject, where GitHub looks for it", () => {
      const { root, inside } = repository(false);
      const submodule = path.join(root, "vendor", "lib");
      fs.mkdirSync(submodule, { recursive: true });
      fs.writeFileSync(path.join(submodule, ".git"), "gitdir: ../../.git/modules/vendor/lib\n");
      const file = path.join(submodule, "c.seg");
      const options = { sources: new Map([[file, text], [inside, text]]), cwd: submodule, color: false };
      expect(formatDiagnostics([at(warning, file)], "github", options)).toMatch(/^::warning file=vendor\/lib\/c\.seg,/);
    });

    test("outside a repository: relative to the working directory", () => {
      const { outside } = repository(false);
      const options = { sources: new Map([[outside, text]]), cwd: path.dirname(outside), color: false };
      expect(formatDiagnostics([at(warning, outside)], "github", options)).toMatch(/^::warning file=b\.seg,/);
      const run = JSON.parse(formatDiagnostics([at(warning, outside)], "sarif", options)).runs[0];
      expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: pathToFileURL(path.dirname(outside)).href + "/" } });
      expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "b.seg", uriBaseId: "%SRCROOT%" });
    });
  });

  test("order is deterministic: by file, position, then severity and code", () => {
    const other = { ...unknownAttribute, file: "/project/a.seg" };
    expect(sortDiagnostics([unknownAttribute, warning, other]).map((d) => [d.file, d.code])).toEqual([
      ["/project/a.seg", "SEG1001"],
      [file, "SEG3001"],
      [file, "SEG1001"],
    ]);
  });
});
