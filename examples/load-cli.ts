/**
 * The command line shared by the examples' loaders (`npx tsx examples/<name>/load.ts
 * [--db target] [--data file]`): read the data file, (re)load it into any engine target and
 * print the row counts; a bad argument, a missing or malformed file or an engine failure is
 * a one-line message and exit code 2.
 */
import { EngineError, openEngine, type Engine } from "../compiler/engines/index.ts";

export interface ExampleLoader<Rows> {
  /** The script as users run it, for messages: `examples/cdnow/load.ts`. */
  script: string;
  defaultDb: string;
  defaultData: string;
  read(file: string): Rows;
  /** Loads the rows and returns each table's row count. */
  load(engine: Engine, rows: Rows): Promise<Record<string, number>>;
  /** The example's own data error: its message is the whole story. */
  dataError: abstract new (...args: never[]) => Error;
}

export function runLoader<Rows>(loader: ExampleLoader<Rows>, argv: string[] = process.argv.slice(2)): void {
  const usage = (message: string): never => {
    console.error(`load.ts: ${message}\nusage: npx tsx ${loader.script} [--db ${loader.defaultDb}] [--data <file>]`);
    process.exit(2);
  };
  const main = async (): Promise<void> => {
    let db = loader.defaultDb;
    let data = loader.defaultData;
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      const value = (): string => argv[++i] ?? usage(`${a} needs a value`);
      if (a === "--db") db = value();
      else if (a === "--data") data = value();
      else if (a === "--help" || a === "-h") usage("help");
      else usage(`unknown argument ${a}`);
    }
    const rows = loader.read(data);
    const engine = await openEngine(db);
    try {
      const counts = await loader.load(engine, rows);
      console.log(`loaded ${data} into ${engine.target}`);
      const width = Math.max(...Object.keys(counts).map((t) => t.length));
      for (const [table, n] of Object.entries(counts)) console.log(`${table.padEnd(width)}  ${n.toLocaleString("en-US")}`);
    } finally {
      await engine.close();
    }
  };
  main().catch((e: unknown) => {
    if (e instanceof loader.dataError || e instanceof EngineError) {
      console.error(`load.ts: ${e.message}`);
      process.exit(2);
    }
    throw e;
  });
}
