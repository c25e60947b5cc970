import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

import {readParquet} from "../src/lib/parquet.js";
import {DATA_CACHE, projectRoot} from "./lib/paths.js";

/** Länder whose Kreise get a profile page: Sachsen (14), Sachsen-Anhalt (15), Thüringen (16). */
export const PROFILE_LAENDER = ["14", "15", "16"];

/**
 * The Kreis profile pages generated at build time (`/kreise/<code>`), one per Kreis of the three Länder in the
 * `regions` dataset (current territorial status). Framework calls this from observablehq.config.ts after the data
 * build (`prebuild`); without a data build (e.g. `observable preview` on a fresh clone) there are no profiles.
 */
export async function* kreisProfilePaths(): AsyncGenerator<string> {
  yield* await kreisProfileList();
}

async function kreisProfileList(): Promise<string[]> {
  const path = join(DATA_CACHE, "regions.parquet");
  // No profiles without the template page or without a data build (e.g. `observable preview` on a fresh clone).
  if (!existsSync(path) || !existsSync(join(projectRoot, "src/kreise/[code].md"))) return [];
  const bytes = readFileSync(path);
  const rows = await readParquet<{code: string; level: string}>(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  );
  return rows
    .filter((r) => r.level === "kreis" && PROFILE_LAENDER.includes(r.code.slice(0, 2)))
    .map((r) => `/kreise/${r.code}`)
    .sort();
}
