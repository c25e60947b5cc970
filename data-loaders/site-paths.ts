import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

import {readParquet} from "../src/shared/parquet.js";
import {DATA_DIR, projectRoot} from "./lib/paths.js";

/**
 * The Kreis profile pages generated at build time (`/kreise/<code>`), one per Kreis of Germany in the `regions`
 * dataset (current territorial status, 400 Kreise). Framework calls this from observablehq.config.ts after the data
 * build (`prebuild`); without a data build (e.g. `observable preview` on a fresh clone) there are no profiles.
 */
export async function* kreisProfilePaths(): AsyncGenerator<string> {
  yield* await kreisProfileList();
}

async function kreisProfileList(): Promise<string[]> {
  const path = join(DATA_DIR, "regions.parquet");
  // No profiles without the template page or without a data build (e.g. `observable preview` on a fresh clone).
  if (!existsSync(path) || !existsSync(join(projectRoot, "src/kreise/[code].md"))) return [];
  const bytes = readFileSync(path);
  const rows = await readParquet<{code: string; level: string}>(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  );
  // KREISE_ONLY=15084,09162 builds only those profiles (quick preview builds; the published site has all 400).
  const only = process.env.KREISE_ONLY?.split(",");
  return rows
    .filter((r) => r.level === "kreis" && (!only || only.includes(r.code)))
    .map((r) => `/kreise/${r.code}`)
    .sort();
}
