/**
 * Loads the CDNOW data set into a database for examples/cdnow:
 *
 *   npx tsx examples/cdnow/load.ts [--db cdnow.db] [--data path/to/cdnow_master.txt.gz]
 *
 * `--db` is any engine target (a SQLite file, `duckdb:<file>`, `postgres://…`, `mysql://…`);
 * the tables `customers` and `purchases` are replaced if they exist.
 */
import { runLoader } from "../load-cli.ts";
import { CdnowDataError, defaultDataPath, loadCdnow, readCdnow } from "./cdnow.ts";

runLoader({
  script: "examples/cdnow/load.ts",
  defaultDb: "cdnow.db",
  defaultData: defaultDataPath,
  read: readCdnow,
  load: loadCdnow,
  dataError: CdnowDataError,
});
