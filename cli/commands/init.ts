/**
 * `seg init [dir]`: a new project to start from: a schema to point at the team's tables,
 * three segments and their tests, which check, format, test and run as written. Never
 * writes over anything: a folder that already holds `.seg` files is refused.
 */
import fs from "node:fs";
import path from "node:path";
import { findSegFiles } from "../../compiler/project.ts";
import { makeDirectories } from "../../compiler/directories.ts";
import { CliError, EXIT_OK, EXIT_USAGE, type CliIo } from "../io.ts";
import { shellWord } from "../project.ts";

export const INIT_FILES: Readonly<Record<string, string>> = {
  "schema.seg": `// Your warehouse as the segments see it. Point each \`table\` and \`column\` at your own tables
// (docs/language.md, "Schema"); \`seg check\` says what does not fit.

/// People who use the product, one row per user.
entity user {
  table "analytics.users"
  key id: string
  /// ISO 3166-1 alpha-2 country code.
  country: string
  plan: enum("free", "pro", "enterprise")
  signed_up_at: timestamp
}

/// What users do, one row per event (a shared table: the \`event\` column names each one).
events of user {
  table "analytics.events"
  user column "user_id"
  time column "occurred_at"
  name column "event"
  properties column "properties"
  event login
  event purchase { amount: number }
}
`,
  "segments.seg": `// Segments: one per audience, each with a doc comment and an owner.

/// Paying users who logged in on at least 3 days of the last week.
segment engaged_payers {
  owner "growth"
  where plan in ["pro", "enterprise"]
    and did login on at least 3 days in last 7 days
}

/// Users who spent more than 100 in the last 30 days.
segment big_spenders {
  owner "finance"
  where sum(purchase.amount in last 30 days) > 100
}

/// Signed up more than 30 days ago and not seen for 14 days.
segment churn_risk {
  owner "success"
  where signed_up_at before 30 days ago and not did login in last 14 days
}
`,
  "tests.seg": `// Tests of the segments: \`seg test\` runs them on every backend it reaches (docs/testing.md).

test "engaged payers log in on three days of the week" {
  as of 2025-06-01T12:00:00Z
  user ana {
    plan: "pro"
    login at 1 day ago
    login at 2 days ago
    login at 5 days ago
  }
  user ben {
    plan: "free"
    login at 1 day ago
    login at 2 days ago
    login at 5 days ago
  }
  expect ana in engaged_payers
  expect ben not in engaged_payers
}

test "big spenders and churn risk" {
  as of 2025-06-01T12:00:00Z
  user cleo {
    signed_up_at: 2025-01-01T00:00:00Z
    purchase { amount: 80 } at 3 days ago
    purchase { amount: 40 } at 10 days ago
    login at 20 days ago
  }
  expect cleo in big_spenders
  expect cleo in churn_risk
}
`,
};

/** The folder of a new project, refused when it is a file or already holds `.seg` files. */
export async function newProjectFolder(dir: string, io: CliIo): Promise<string> {
  const target = path.resolve(io.cwd, dir);
  if (fs.existsSync(target)) {
    if (!fs.statSync(target).isDirectory()) throw new CliError(`${dir} is a file; give a folder for the new project`, EXIT_USAGE);
    const existing = await findSegFiles(target);
    if (existing.length > 0) {
      throw new CliError(`${dir} already holds .seg files (${path.relative(io.cwd, existing[0]!) || existing[0]}): seg init starts a new project and writes over nothing`, EXIT_USAGE);
    }
  }
  return target;
}

/** Writes the project's files into `target` (created when missing). */
export function writeProjectFiles(target: string, files: Readonly<Record<string, string>>): void {
  makeDirectories(target);
  for (const [name, text] of Object.entries(files)) {
    // `wx`: refuse a file (or a link) that appeared meanwhile rather than write through it.
    fs.writeFileSync(path.join(target, name), text, { flag: "wx" });
  }
}

export async function initCommand(dir: string, io: CliIo): Promise<number> {
  const target = await newProjectFolder(dir, io);
  writeProjectFiles(target, INIT_FILES);
  const shown = path.relative(io.cwd, target) || ".";
  io.stdout(
    `created ${shown}/ with ${Object.keys(INIT_FILES).join(", ")}\n\n` +
      `next:\n` +
      `  point the tables and columns of ${shown}/schema.seg at your warehouse\n` +
      `  npx --no-install seg check ${shellWord(shown)}\n` +
      `  npx --no-install seg test ${shellWord(shown)}\n` +
      `  npx --no-install seg generate ${shellWord(shown)} --db demo.db && npx --no-install seg run ${shellWord(shown)} --db demo.db   # try it on generated data\n`,
  );
  return EXIT_OK;
}
