/**
 * `seg` — the command line. Parses flags with commander, then hands over to one module per
 * command (loaded lazily so that `seg check` does not pay for database drivers).
 *
 * Exit codes (docs/cli.md): 0 success; 1 the project has errors, a test failed or engines
 * disagreed; 2 bad usage, unreadable paths, unknown names, unreachable databases.
 */
import { Command, CommanderError, Option } from "commander";
import { SEG_VERSION } from "../compiler/version.ts";
import { CliError, EXIT_USAGE, type CliIo, defaultIo, describeFileError } from "./io.ts";

export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, argv, (code) => {
    exitCode = code;
  });
  program.hook("preAction", (_program, command) => refuseRepeatedOptions(command, argv));
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof CliError) {
      io.stderr(`seg: ${error.message}\n`);
      return error.exitCode;
    }
    const fileProblem = describeFileError(error, io.cwd);
    if (fileProblem) {
      io.stderr(`seg: ${fileProblem}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`seg: internal error: ${message}\n`);
    if (process.env.SEG_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + "\n");
    else io.stderr("(set SEG_DEBUG=1 for details, and please report this as a bug)\n");
    return 70;
  }
}

/** commander's error text (`error: …`, a suggestion on a line of its own) as one clause. */
function usageError(text: string): string {
  return text
    .trim()
    .replace(/^error: /, "")
    .split("\n")
    .map((line) => line.trim().replace(/^\(Did you mean/, "(did you mean"))
    .join(" ");
}

/**
 * Why commander found too many arguments, where a slip is likely: a `--param` value with a
 * space the shell split (`--param lookback=7 days`), or `seg explain x .` (its project is
 * `--dir`).
 */
function tooManyArgumentsHint(text: string, argv: readonly string[]): string {
  if (!text.includes("too many arguments")) return "";
  const split = argv.findIndex((arg, i) => i > 0 && /^(?:second|minute|hour|day|week)s?$/.test(arg) && /=\s*-?[\d.]+$/.test(argv[i - 1]!));
  if (split > 0) return `; \`${argv[split - 1]} ${argv[split]}\` was split by the shell: quote it, --param ${JSON.stringify(`${argv[split - 1]!.replace(/^--param=/, "")} ${argv[split]}`)}`;
  if (argv[0] === "explain") return "; seg explain takes the project's directory as --dir: seg explain <segment> --dir <dir>";
  return "";
}

/** Options that may be given several times (in every command, or `<command> <option>`); any other given twice is refused. */
const REPEATABLE = new Set(["--param", "--filter", "--schema", "--table", "run --segment", "diff --segment"]);

/**
 * `--segment a --segment b` kept only `b`, silently: an option that takes one value,
 * given twice, is an error naming it (commander itself keeps the last).
 */
function refuseRepeatedOptions(command: Command, argv: string[]): void {
  const end = argv.indexOf("--");
  const args = end === -1 ? argv : argv.slice(0, end);
  for (const option of command.options) {
    if (!option.long || REPEATABLE.has(option.long) || REPEATABLE.has(`${command.name()} ${option.long}`) || !(option.required || option.optional)) continue;
    const names = [option.long, ...(option.short ? [option.short] : [])];
    const given = args.filter((a) => names.includes(a) || a.startsWith(`${option.long}=`)).length;
    if (given > 1) throw new CliError(`${option.long} is given ${given === 2 ? "twice" : `${given} times`}; give it once`, EXIT_USAGE);
  }
}

function buildProgram(io: CliIo, argv: readonly string[], setExit: (code: number) => void): Command {
  const program = new Command("seg")
    .description("Segments as code: check, format, compile and run .seg projects")
    .version(SEG_VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // One line, as every failure seg reports: `seg: unknown command 'chek' (did you mean check?) …`.
      outputError: (text, write) => {
        const hint = tooManyArgumentsHint(text, argv);
        write(`seg: ${hint ? usageError(text).replace(/\.$/, "") + hint : usageError(text)} (run \`seg --help\` for usage)\n`);
      },
    });

  // Repeatable: each `name=value` overrides one param; the value is seg source text.
  const paramOption = () =>
    new Option("--param <name=value>", 'override a param (repeatable): --param lookback="7 days", --param region=\'"EU"\'')
      .argParser((value: string, previous: Record<string, string> | undefined) => {
        const param = parseParam(value);
        const [name] = Object.keys(param);
        // Repeatable for different params; the same one twice would keep the last silently.
        if (previous && Object.hasOwn(previous, name!)) {
          throw new CliError(`--param ${name} is given twice (${JSON.stringify(previous[name!])} and ${JSON.stringify(param[name!])}): give it once`, EXIT_USAGE);
        }
        return { ...previous, ...param };
      });

  const diagnosticFormat = () =>
    new Option("--format <format>", "output format").choices(["text", "json", "sarif", "github"]).default("text");

  program
    .command("check")
    .description("check .seg files and report every error and warning")
    .argument("[paths...]", "files or directories", ["."])
    .addOption(paramOption())
    .addOption(diagnosticFormat())
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings (default: no limit)")
    .action(async (paths: string[], options: CheckFlags) => {
      const { checkCommand } = await import("./commands/check.ts");
      setExit(await checkCommand(paths, options, io));
    });

  program
    .command("fmt")
    .description("format .seg files in place (the one canonical layout)")
    .argument("[paths...]", "files or directories", ["."])
    .option("--check", "do not write; list files that would change and exit 1 if any")
    .action(async (paths: string[], options: { check?: boolean }) => {
      const { fmtCommand } = await import("./commands/fmt.ts");
      setExit(await fmtCommand(paths, options, io));
    });

  program
    .command("compile")
    .description("compile a project to SQL for a dialect, or to a JavaScript module")
    .argument("<dir>", "the project directory")
    .addOption(new Option("--target <target>", "what to produce").choices(["sql", "js"]).default("sql"))
    .option("--dialect <name>", "SQL dialect (sqlite, postgres, duckdb, mysql, bigquery, snowflake)", "sqlite")
    .option("--segment <name>", "only this segment")
    .addOption(
      new Option("--emit <kind>", "SQL output kind").choices(["select", "view", "membership", "dbt"]).default("select"),
    )
    .option("--dbt-sources", "dbt models read schema.table through {{ source('schema', 'table') }}")
    .option("--out <path>", "write to this directory (SQL) or .mjs file (JS) instead of stdout")
    .option("--force", "overwrite files that seg did not generate")
    .option("--prune", "delete files an earlier --out wrote for segments the project no longer has")
    .addOption(paramOption())
    .action(async (dir: string, options: CompileFlags, command: Command) => {
      const { compileCommand } = await import("./commands/compile.ts");
      // Options with defaults that apply to SQL only: given for a JS module, they are a mistake.
      const sqlOnly = ["dialect", "emit"].filter((name) => command.getOptionValueSource(name) === "cli");
      setExit(await compileCommand(dir, { ...options, sqlOptionsGiven: sqlOnly }, io));
    });

  program
    .command("run")
    .description("evaluate the segments of a project on a database")
    .argument("<dir>", "the project directory")
    .requiredOption("--db <target>", "SQLite file, postgres://…, mysql://… or duckdb:<path>")
    .option("--as-of <instant>", "evaluation time, ISO-8601 (default: now)")
    .option("--segment <name>", "only this segment (repeatable)", collect)
    .option("--members", "list member keys (with --segment, or for every segment)")
    .addOption(new Option("--engine <engine>", "evaluate with").choices(["sql", "js"]).default("sql"))
    .addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
    .addOption(paramOption())
    .action(async (dir: string, options: RunFlags) => {
      const { runCommand } = await import("./commands/run.ts");
      setExit(await runCommand(dir, options, io));
    });

  program
    .command("diff")
    .description("compare the members of a project's segments with another version of it (a git revision or a directory)")
    .argument("<dir>", "the project directory")
    .requiredOption("--db <target>", "SQLite file, postgres://…, mysql://… or duckdb:<path>")
    .option("--base <revision>", "the version to compare with: the same directory at this git revision (e.g. main)")
    .option("--base-dir <dir>", "the version to compare with: another project directory")
    .option("--as-of <instant>", "evaluation time of both versions, ISO-8601 (default: now)")
    .option("--segment <name>", "only this segment (repeatable)", collect)
    .option("--members", "list the keys that joined and left each segment")
    .option("--exit-code", "exit 1 when any segment's members changed (as git diff --exit-code)")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv", "markdown"]).default("table"))
    .addOption(paramOption())
    .action(async (dir: string, options: DiffFlags) => {
      const { diffCommand } = await import("./commands/diff.ts");
      setExit(await diffCommand(dir, options, io));
    });

  program
    .command("test")
    .description("run the test blocks of a project on every requested engine")
    .argument("[dir]", "the project directory", ".")
    .option("--engines <list>", "comma-separated: js, sqlite, duckdb, postgres, mysql", "js,sqlite,duckdb")
    .option(
      "-t, --filter <text>",
      "only tests whose name contains this text (repeat for several)",
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option("--exact", "--filter matches whole test names only")
    .option("--pass-with-no-tests", "exit 0 when the project has no test blocks")
    .addOption(paramOption())
    .addOption(diagnosticFormat())
    .action(async (dir: string, options: TestFlags) => {
      const { testCommand } = await import("./commands/test.ts");
      setExit(await testCommand(dir, options, io));
    });

  program
    .command("init")
    .description("start a project: a schema to point at your tables, example segments and their tests")
    .argument("[dir]", "the folder to create (it must hold no .seg files yet)", "segments")
    .option("--db <target>", "write the schema of this database's tables instead (SQLite file, postgres://…, mysql://… or duckdb:<path>)")
    .option("--schema <name>", "with --db: read this schema (MariaDB: database) instead of the default ones (repeatable)", collect)
    .option("--table <name>", "with --db: read only this table, `table` or `schema.table` (repeatable)", collect)
    .action(async (dir: string, options: InitFlags) => {
      if (options.db === undefined) {
        const given = options.schema ? "--schema" : options.table ? "--table" : undefined;
        if (given) throw new CliError(`${given} needs --db: it chooses what seg init reads from a database`, EXIT_USAGE);
        const { initCommand } = await import("./commands/init.ts");
        setExit(await initCommand(dir, io));
        return;
      }
      const { initFromDatabase } = await import("./commands/init-db.ts");
      setExit(await initFromDatabase(dir, { db: options.db, schemas: options.schema ?? [], tables: options.table ?? [] }, io));
    });

  program
    .command("demo")
    .description("generate a demo SQLite database and run every segment of segments/ on it")
    .option("--users <n>", "number of generated users", "2000")
    .option("--db <path>", "where to write the SQLite database", ".seg-demo/demo.db")
    .option("--dir <dir>", "the project to run (default: ./segments, else seg's example library)")
    .action(async (options: DemoFlags) => {
      const { demoCommand } = await import("./commands/demo.ts");
      setExit(await demoCommand(options, io));
    });

  program
    .command("generate")
    .description("write generated example data for a project's schema into a database")
    .argument("<dir>", "the project directory (its schema decides the tables)")
    .requiredOption("--db <target>", "SQLite file, postgres://…, mysql://… or duckdb:<path>")
    .option("--users <n>", "number of users", "1000")
    .option("--seed <n>", "random seed", "1")
    .option("--as-of <instant>", "the generated history ends here (default: now)")
    .action(async (dir: string, options: GenerateFlags) => {
      const { generateCommand } = await import("./commands/generate.ts");
      setExit(await generateCommand(dir, options, io));
    });

  program
    .command("explain")
    .description("explain a segment: its logic in words, its dependencies and its SQL")
    .argument("<segment>", "segment name")
    .option("--dir <dir>", "the project directory", ".")
    .option("--dialect <name>", "SQL dialect for the SQL part", "sqlite")
    .addOption(paramOption())
    .action(async (segment: string, options: ExplainFlags) => {
      const { explainCommand } = await import("./commands/explain.ts");
      setExit(await explainCommand(segment, options, io));
    });

  program
    .command("lsp")
    .description("start the language server (for editors)")
    .option("--stdio", "talk JSON-RPC over stdin/stdout (the default)")
    .action(async () => {
      const { lspCommand } = await import("./commands/lsp.ts");
      setExit(await lspCommand());
    });

  return program;
}

/** `--param name=value` overrides, by name. */
export interface ParamFlags {
  param?: Record<string, string>;
}
export interface CheckFlags extends ParamFlags {
  format: string;
  maxWarnings?: string;
}
export interface CompileFlags extends ParamFlags {
  target: "sql" | "js";
  dialect: string;
  segment?: string;
  emit: "select" | "view" | "membership" | "dbt";
  dbtSources?: boolean;
  out?: string;
  force?: boolean;
  prune?: boolean;
  /** The SQL options given on the command line (`dialect`, `emit`), not by default. */
  sqlOptionsGiven?: string[];
}
export interface RunFlags extends ParamFlags {
  db: string;
  asOf?: string;
  segment?: string[];
  members?: boolean;
  engine: "sql" | "js";
  format: "table" | "json" | "csv";
}
export interface DiffFlags extends ParamFlags {
  db: string;
  base?: string;
  baseDir?: string;
  asOf?: string;
  segment?: string[];
  members?: boolean;
  exitCode?: boolean;
  format: "table" | "json" | "csv" | "markdown";
}
export interface TestFlags extends ParamFlags {
  engines: string;
  format: string;
  filter?: string[];
  exact?: boolean;
  passWithNoTests?: boolean;
}
export interface InitFlags {
  db?: string;
  schema?: string[];
  table?: string[];
}
export interface DemoFlags {
  users: string;
  db: string;
  dir?: string;
}
export interface GenerateFlags {
  db: string;
  users: string;
  seed: string;
  asOf?: string;
}
export interface ExplainFlags extends ParamFlags {
  dir: string;
  dialect: string;
}

/** A repeatable option's values, in order. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `lookback=7 days` → `{ lookback: "7 days" }`; the value is checked with the project. */
function parseParam(text: string): Record<string, string> {
  const eq = text.indexOf("=");
  const name = eq < 0 ? "" : text.slice(0, eq).trim();
  if (name === "" || text.slice(eq + 1).trim() === "") {
    throw new CliError(`--param needs name=value (e.g. --param lookback="7 days"), got ${JSON.stringify(text)}`, EXIT_USAGE);
  }
  return { [name]: text.slice(eq + 1) };
}
