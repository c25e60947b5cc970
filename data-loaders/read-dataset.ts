import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

import {DATA_DIR} from "./lib/paths.js";

/** The bytes of a dataset written by the data build (`npm run data`, run by `npm run build` first). */
export function readBuiltDataset(name: string): Uint8Array {
  const path = join(DATA_DIR, `${name}.parquet`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run data" (npm run build does it first)`);
  return readFileSync(path);
}

/** A non-Parquet file the data build wrote (`release.json`, `latest.json`). */
export function readBuiltFile(file: string): Uint8Array {
  const path = join(DATA_DIR, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run data" (npm run build does it first)`);
  return readFileSync(path);
}
