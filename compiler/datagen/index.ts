export { generateData, generatedSpanMs, tableRows, DAY_MS, DEFAULT_HISTORY_DAYS, type GenerateOptions, type GeneratedData, type GeneratedTable } from "./generate.ts";
export { columnTypeOf, eventColumns, keyColumnType, storeTime } from "./layout.ts";
export { loadData, type LoadSummary } from "./load.ts";
export { Rng, mixSeed, hashString } from "./rng.ts";
