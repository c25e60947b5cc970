import {readFileSync} from "node:fs";
import {join} from "node:path";

import {createContext} from "../../data-loaders/build-all.js";
import {currentAndPrevious, headlineRows} from "../../data-loaders/datasets/release.js";
import {DATA_DIR} from "../../data-loaders/lib/paths.js";
import type {ReleaseRecord} from "../../src/shared/release.js";
import {readParquet} from "../../src/shared/parquet.js";

/**
 * The release record of the built datasets in `dir` (default data/, written by `npm run data`), computed the
 * way the data build computes `release.json`, dated `date`. Tests read real published figures through it.
 */
export async function recordOfBuild(dir = DATA_DIR, date = "2026-12-06"): Promise<ReleaseRecord> {
  const context = createContext();
  for (const name of ["comparison", "location_factors", "labour_pool"]) {
    const bytes = readFileSync(join(dir, `${name}.parquet`));
    context.built.set(
      name,
      await readParquet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
    );
  }
  return currentAndPrevious(headlineRows(context), [], date).current;
}
