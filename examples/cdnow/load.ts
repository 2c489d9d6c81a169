/**
 * Loads the CDNOW data set into a database for examples/cdnow:
 *
 *   npx tsx examples/cdnow/load.ts [--db cdnow.db] [--data path/to/cdnow_master.txt.gz]
 *
 * `--db` is any engine target (a SQLite file, `duckdb:<file>`, `postgres://…`, `mysql://…`);
 * the tables `customers` and `purchases` are replaced if they exist.
 */
import { EngineError, openEngine } from "../../compiler/engines/index.ts";
import { CdnowDataError, defaultDataPath, loadCdnow, readCdnow } from "./cdnow.ts";

function usage(message: string): never {
  console.error(`load.ts: ${message}\nusage: npx tsx examples/cdnow/load.ts [--db cdnow.db] [--data cdnow_master.txt.gz]`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let db = "cdnow.db";
  let data = defaultDataPath;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => argv[++i] ?? usage(`${a} needs a value`);
    if (a === "--db") db = value();
    else if (a === "--data") data = value();
    else if (a === "--help" || a === "-h") usage("help");
    else usage(`unknown argument ${a}`);
  }
  const purchases = readCdnow(data);
  const engine = await openEngine(db);
  try {
    const counts = await loadCdnow(engine, purchases);
    console.log(`loaded ${data} into ${engine.target}`);
    console.log(`customers  ${counts.customers.toLocaleString("en-US")}`);
    console.log(`purchases  ${counts.purchases.toLocaleString("en-US")}`);
  } finally {
    await engine.close();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof CdnowDataError || e instanceof EngineError) {
    console.error(`load.ts: ${e.message}`);
    process.exit(2);
  }
  throw e;
});
