/**
 * Output of any size (cli/output.ts): the JSON written in pieces is JSON.stringify's text
 * to the byte, and `seg run` / `seg diff` list member lists past the sizes where one
 * string or one spread call broke.
 */
import path from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { jsonPieces, writeChunked } from "../../cli/output.ts";
import { exactKeys } from "../../cli/commands/run.ts";
import type { CliIo } from "../../cli/io.ts";
import { runCli, tempProject } from "../helpers/cli.ts";

describe("jsonPieces", () => {
  test("joined, the pieces are JSON.stringify(value, replacer, 2)", () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.string(),
        fc.double(),
        fc.integer(),
        fc.bigInt(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
        fc.array(tie("node")),
        fc.dictionary(fc.string(), tie("node")),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect([...jsonPieces(v, exactKeys)].join("")).toBe(JSON.stringify(v, exactKeys, 2) ?? "");
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  test("a replacer is called with each property's name and each element's index, as by JSON.stringify", () => {
    const keysSeen = (write: (replacer: (key: string, value: unknown) => unknown) => string): [string[], string] => {
      const seen: string[] = [];
      const text = write((key, value) => {
        seen.push(key);
        return key === "drop" ? undefined : key === "1" ? "one" : value;
      });
      return [seen, text];
    };
    const value = { a: [10, 20, 30], drop: 1, b: { c: true } };
    const [piecesKeys, piecesText] = keysSeen((replacer) => [...jsonPieces(value, replacer)].join(""));
    const [stringifyKeys, stringifyText] = keysSeen((replacer) => JSON.stringify(value, replacer, 2));
    expect(piecesText).toBe(stringifyText);
    expect(piecesKeys).toEqual(stringifyKeys);
    expect(piecesText).toContain('"one"');
    expect(piecesText).not.toContain("drop");
  });

  test("writeChunked writes the pieces in order, in chunks of bounded size", () => {
    const writes: string[] = [];
    const io = { stdout: (text: string) => writes.push(text) } as unknown as CliIo;
    const pieces = Array.from({ length: 50_000 }, (_, i) => `line ${i}\n`);
    writeChunked(io, pieces);
    expect(writes.join("")).toBe(pieces.join(""));
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(70_000);
  });
});

describe("member lists of 160,000 keys", () => {
  // past what one spread call takes (about 120,000 arguments on Node 20's default stack)
  const USERS = 160_000;
  const schema = `entity user {\n  table "users"\n  key id: number\n  age: number\n}\n`;
  const project = (condition: string): string => tempProject({ "p.seg": schema + `segment adults = ${condition}\n` });

  function database(): string {
    const dir = tempProject({});
    const file = path.join(dir, "users.db");
    const db = new Database(file);
    db.exec("CREATE TABLE users (id INTEGER PRIMARY KEY, age REAL)");
    const insert = db.prepare("INSERT INTO users VALUES (?, ?)");
    db.transaction(() => {
      for (let id = 0; id < USERS; id++) insert.run(id, id % 90);
    })();
    db.close();
    return file;
  }

  test("seg diff --members lists every key that joined, as a table and as JSON", { timeout: 60_000 }, async () => {
    const db = database();
    const before = project("age >= 200");
    const after = project("age >= 0");
    const args = ["diff", after, "--db", db, "--base-dir", before, "--members", "--as-of", "2024-01-01"];
    const table = await runCli(args, path.dirname(db));
    expect(table.stderr).toBe("");
    expect(table.code).toBe(0);
    const lines = table.stdout.split("\n");
    expect(lines.filter((l) => l.startsWith("  + ")).length).toBe(USERS);
    expect(lines).toContain(`  + ${USERS - 1}`);

    const json = await runCli([...args, "--format", "json"], path.dirname(db));
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).segments.adults.joinedMembers.length).toBe(USERS);

  });

  test("seg run --members prints every member, as JSON and as a table", { timeout: 60_000 }, async () => {
    const db = database();
    const dir = project("age >= 0");
    const args = ["run", dir, "--db", db, "--members", "--as-of", "2024-01-01"];
    const json = await runCli([...args, "--format", "json"], path.dirname(db));
    expect(json.code).toBe(0);
    const members = JSON.parse(json.stdout).segments.adults.members as number[];
    expect(members.length).toBe(USERS);
    expect(members[USERS - 1]).toBe(USERS - 1);
    const table = await runCli(args, path.dirname(db));
    expect(table.stdout.split("\n").filter((l) => /^ {2}\d+$/.test(l)).length).toBe(USERS);
  });
});
