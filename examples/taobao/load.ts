/**
 * Loads the Taobao clickstream excerpt into a database for examples/taobao:
 *
 *   npx tsx examples/taobao/load.ts [--db taobao.db] [--data path/to/taobao_user_behavior_excerpt.csv.gz]
 *
 * `--db` is any engine target (a SQLite file, `duckdb:<file>`, `postgres://…`, `mysql://…`);
 * the tables `shoppers` and `behaviors` are replaced if they exist.
 */
import { runLoader } from "../load-cli.ts";
import { TaobaoDataError, defaultDataPath, loadTaobao, readTaobao } from "./taobao.ts";

runLoader({
  script: "examples/taobao/load.ts",
  defaultDb: "taobao.db",
  defaultData: defaultDataPath,
  read: readTaobao,
  load: loadTaobao,
  dataError: TaobaoDataError,
});
