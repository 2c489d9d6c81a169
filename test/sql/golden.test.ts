/** Generated SQL equals the reviewed golden files (regenerate: `npm run golden`). */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { dialects } from "../../compiler/sql/registry.ts";
import { goldenPath, goldenSources, goldenText, ROOT } from "../golden/sources.ts";

const update = process.env.UPDATE_GOLDEN === "1";

for (const source of goldenSources()) {
  describe.skipIf(!source.ir)(`golden ${source.name}${source.ir ? "" : ` (skipped: ${source.problem})`}`, () => {
    test.each(Object.values(dialects).map((d) => [d.name, d] as const))("%s", (_name, dialect) => {
      const text = goldenText(source.ir!, dialect);
      const file = goldenPath(source.name, dialect.name);
      if (update) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text, "utf8");
        return;
      }
      expect(fs.existsSync(file), `missing ${path.relative(ROOT, file)}: run \`npm run golden\``).toBe(true);
      expect(text, `${path.relative(ROOT, file)} is stale: run \`npm run golden\` and review the diff`).toBe(
        fs.readFileSync(file, "utf8"),
      );
    });
  });
}
