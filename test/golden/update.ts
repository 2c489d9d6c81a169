/** Regenerates every SQL golden file: `npm run golden` (or UPDATE_GOLDEN=1 on the test). */
import fs from "node:fs";
import path from "node:path";
import { dialects } from "../../compiler/sql/registry.ts";
import { goldenPath, goldenSources, goldenText } from "./sources.ts";

let written = 0;
for (const source of goldenSources()) {
  if (!source.ir) {
    console.error(`skipped ${source.name}: ${source.problem}`);
    continue;
  }
  for (const dialect of Object.values(dialects)) {
    const file = goldenPath(source.name, dialect.name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, goldenText(source.ir, dialect), "utf8");
    written++;
  }
}
console.log(`wrote ${written} golden files`);
