import {existsSync} from "node:fs";
import {dirname, isAbsolute, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

import {requireListed} from "./manifest-listing.js";

/** The repository root, found from this file's location (works from loaders, tests and scripts alike). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Where the data build writes the published files (`<name>.parquet`, `*.topojson`) and the thin loaders read them.
 * `REVIER_DATA_DIR` points it elsewhere (the concurrency test builds into a temp folder; a partial build is
 * written only there).
 */
export const DATA_DIR = process.env.REVIER_DATA_DIR
  ? resolve(projectRoot, process.env.REVIER_DATA_DIR)
  : join(projectRoot, "data");

/**
 * The directory holding the raw source mirror. `REVIER_SOURCES` overrides the default `../shared/sources`
 * (relative paths are taken from the project root).
 */
export function sourcesDir(): string {
  const configured = process.env.REVIER_SOURCES ?? "../shared/sources";
  const dir = isAbsolute(configured) ? configured : resolve(projectRoot, configured);
  if (!existsSync(dir)) {
    throw new Error(
      `Source mirror not found at ${dir}. Set REVIER_SOURCES to the folder that holds the raw downloads.`
    );
  }
  return dir;
}

/** Absolute path of a file (or folder) listed in the source mirror's MANIFEST.csv, e.g. `sourcePath("regionalstatistik-2017/12411-01-01-4_00.csv")`. */
export function sourcePath(relative: string): string {
  const mirror = sourcesDir();
  const path = join(mirror, relative);
  if (!existsSync(path)) throw new Error(`Source file missing: ${path}`);
  // A file the mirror's MANIFEST.csv does not list is never read (its sha256 was never checked); the manifest itself
  // is the list.
  if (relative !== "MANIFEST.csv") requireListed(path, mirror);
  return path;
}

/**
 * Source ids left out of this build (REVIER_WITHOUT_SOURCES=a,b): the data as it stood before those tables came
 * out, for the first release record (releases/README.md). Only sources whose reader honours it may be named
 * (data-loaders/build-all.ts checks); the others are required by their datasets.
 */
export function withoutSources(): string[] {
  return (process.env.REVIER_WITHOUT_SOURCES ?? "").split(",").filter(Boolean);
}
