/** Runs the CLI in-process with captured output, in a temporary working directory. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../cli/main.ts";
import type { CliIo } from "../../cli/io.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    isTty: false,
    stderrIsTty: false,
    env,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary directory with the given files (relative path → content). */
export function tempProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seg-cli-"));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return dir;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

/** A small schema for CLI tests: users with a country and an age, logins and purchases. */
export const USERS_AND_EVENTS = `entity user {
  table "users"
  key id: string
  country: string
  age: number
}

events of user {
  table "events"
  user column "user_id"
  time column "occurred_at"
  name column "event"
  properties column "props"

  event login
  event purchase { amount: number }
}
`;
