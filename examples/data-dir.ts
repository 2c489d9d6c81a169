/**
 * Where the examples' data sets live: `$SEG_DATA_DIR` when set (a checkout that is not next
 * to the shared data, such as a CI clone), else `../shared/data` beside the repository.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is examples/data-dir.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const dataDir = process.env.SEG_DATA_DIR ? path.resolve(process.env.SEG_DATA_DIR) : path.resolve(repoRoot, "..", "shared", "data");

/** The default path of one data file. */
export const dataFile = (name: string): string => path.join(dataDir, name);
