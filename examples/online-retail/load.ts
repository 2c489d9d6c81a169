/**
 * Loads the UCI Online Retail data set into a database for examples/online-retail:
 *
 *   npx tsx examples/online-retail/load.ts [--db online-retail.db] [--data path/to/online_retail.csv.gz]
 *
 * `--db` is any engine target (a SQLite file, `duckdb:<file>`, `postgres://…`, `mysql://…`);
 * the tables `retail.customers` and `retail.events` are replaced if they exist (on SQLite
 * the schema `retail` is the file `<db without extension>.retail.db` beside the main file).
 */
import { runLoader } from "../load-cli.ts";
import { defaultDataPath, loadOnlineRetail, OnlineRetailDataError, readOnlineRetail } from "./online-retail.ts";

runLoader({
  script: "examples/online-retail/load.ts",
  defaultDb: "online-retail.db",
  defaultData: defaultDataPath,
  read: readOnlineRetail,
  load: loadOnlineRetail,
  dataError: OnlineRetailDataError,
});
