/** dbt models rendered as dbt renders them, by Python's jinja2 (which dbt uses). */
import { spawnSync } from "node:child_process";

/** Whether python3 with jinja2 is missing (the rendering tests skip, visibly, outside CI). */
export const jinjaMissing = spawnSync("python3", ["-c", "import jinja2"]).status !== 0;

/** Renders a dbt model before running it: config() empty, `vars` as given (none by default), sources plain. */
export function renderJinja(model: string, vars: Record<string, string> = {}): string {
  const script = [
    "import sys, json, jinja2",
    "v = json.loads(sys.argv[1])",
    "t = jinja2.Environment().from_string(sys.stdin.read())",
    "sys.stdout.write(t.render(config=lambda **k: '', var=lambda name, default=None: v.get(name, default)))",
  ].join("\n");
  const r = spawnSync("python3", ["-c", script, JSON.stringify(vars)], { input: model, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`jinja2 failed: ${r.stderr}`);
  return r.stdout;
}
