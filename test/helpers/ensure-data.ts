/**
 * Global setup of the unit project: some tests read the published datasets in data/ (the release record, the feeds,
 * the page heads). On a fresh clone they do not exist yet, so the data build runs once first (`npm run data`, about
 * 90 s on 2 cores); an existing data/ is used as it is.
 */
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";

import {DATA_DIR, projectRoot} from "../../data-loaders/lib/paths.js";

export default function setup(): void {
  if (["comparison.parquet", "labour_pool.parquet", "release.json"].every((f) => existsSync(join(DATA_DIR, f)))) return;
  const started = Date.now();
  const result = spawnSync("npm", ["run", "data"], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf-8"
  });
  if (result.status !== 0) {
    throw new Error(
      `npm run data failed (exit ${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`
    );
  }
  console.log(`datasets built for the unit tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
