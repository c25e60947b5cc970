import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync} from "node:fs";
import {dirname, isAbsolute, join, resolve} from "node:path";

import {parseDelimited} from "./delimited.js";
import {SourceError} from "./errors.js";
import {projectRoot, sourcesDir} from "./paths.js";

/**
 * The inputs of a build are the files their manifest records: `MANIFEST.csv` of the source mirror
 * (path,bytes,sha256,…) and, after a live refresh, `manifest.json` of `sources-live/` ([{path, sha256, bytes}]).
 * The data build checks every listed file against its sha256 before it reads anything, so a file changed on disk
 * is reported as such ("… does not match MANIFEST.csv sha256 …") instead of surfacing as a strange number later.
 * Readers stay pure: they never look at the manifest, so tests can hand them mutated copies directly.
 */
export interface ManifestEntry {
  path: string;
  sha256: string;
  bytes: number;
  /** Line of the entry in the manifest (CSV) or its index (JSON), for messages. */
  line: number;
}

/** Reads `MANIFEST.csv` (header path,bytes,sha256,…). */
export function readManifestCsv(path: string): ManifestEntry[] {
  const records = parseDelimited(readFileSync(path, "utf8"), ",").filter((r) => r.cells.some((c) => c !== ""));
  const header = records[0]?.cells ?? [];
  const column = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new SourceError({file: path, line: 1, field: name}, "column missing in the manifest header");
    return i;
  };
  const [p, b, s] = [column("path"), column("bytes"), column("sha256")];
  return records.slice(1).map(({line, cells}) => {
    const sha256 = cells[s] ?? "";
    if (!/^[0-9a-f]{64}$/.test(sha256)) {
      throw new SourceError({file: path, line, field: "sha256"}, `expected 64 hex digits, found "${sha256}"`);
    }
    return {path: cells[p]!, sha256, bytes: Number(cells[b]), line};
  });
}

/** Reads `manifest.json` of a live refresh (written by data-loaders/live/update-sources.ts). */
export function readManifestJson(path: string): ManifestEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new SourceError({file: path}, `not valid JSON: ${(error as Error).message}`);
  }
  const entries = Array.isArray(json) ? json : (json as {files?: unknown})?.files;
  if (!Array.isArray(entries)) throw new SourceError({file: path}, "expected an array of {path, sha256, bytes}");
  return entries.map((e: {path?: unknown; sha256?: unknown; bytes?: unknown}, i) => {
    if (typeof e?.path !== "string" || typeof e.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(e.sha256)) {
      throw new SourceError({file: path, line: i + 1, unit: "row", field: "sha256"}, "entry without path and sha256");
    }
    return {path: e.path, sha256: e.sha256, bytes: Number(e.bytes), line: i + 1};
  });
}

/** Where verified hashes are remembered between builds (git-ignored). */
const CACHE_FILE = join(projectRoot, ".cache", "manifest-sha256.json");

type HashCache = Record<string, {mtimeMs: number; size: number; sha256: string}>;

function loadCache(): HashCache {
  try {
    return JSON.parse(readFileSync(CACHE_FILE, "utf8")) as HashCache;
  } catch {
    return {};
  }
}

function saveCache(cache: HashCache): void {
  try {
    mkdirSync(dirname(CACHE_FILE), {recursive: true});
    const temporary = `${CACHE_FILE}.tmp-${process.pid}`;
    writeFileSync(temporary, JSON.stringify(cache));
    renameSync(temporary, CACHE_FILE);
  } catch {
    // The cache only saves time; a read-only checkout hashes again next build.
  }
}

/**
 * sha256 of a file, remembered by real path + mtime + size: a file that did not change since it was last hashed is
 * not read again (the 160 MB mirror is hashed once, later builds take milliseconds).
 */
export function fileSha256(path: string, cache: HashCache): string {
  const real = realpathSync(path);
  const {mtimeMs, size} = statSync(real);
  const known = cache[real];
  if (known && known.mtimeMs === mtimeMs && known.size === size) return known.sha256;
  const sha256 = createHash("sha256").update(readFileSync(real)).digest("hex");
  cache[real] = {mtimeMs, size, sha256};
  return sha256;
}

/**
 * Checks every file a manifest lists in `dir` against its sha256 (and size). A file that is listed but absent is
 * left to the reader that needs it (which names it); a changed file is an error naming file, manifest line and
 * both hashes. Returns the number of files checked.
 */
export function verifyManifest(dir: string, manifestName = "MANIFEST.csv"): number {
  const manifestPath = join(dir, manifestName);
  if (!existsSync(manifestPath)) return 0;
  const json = manifestName.endsWith(".json");
  const entries = json ? readManifestJson(manifestPath) : readManifestCsv(manifestPath);
  const cache = loadCache();
  let checked = 0;
  try {
    for (const entry of entries) {
      const file = join(dir, entry.path);
      if (!existsSync(file)) continue;
      const actual = fileSha256(file, cache);
      checked++;
      if (actual !== entry.sha256) {
        const size = statSync(file).size;
        throw new SourceError(
          {file, field: "sha256", rule: `inputs match ${manifestName}`},
          `does not match ${manifestName} sha256 (${manifestName} ${json ? "entry" : "line"} ${entry.line}: ${entry.sha256}, ` +
            `${entry.bytes} bytes; file: ${actual}, ${size} bytes): the file changed since it was recorded`
        );
      }
    }
  } finally {
    saveCache(cache);
  }
  return checked;
}

/**
 * The build's input check: the source mirror against its MANIFEST.csv, and a live refresh (`sources-live/`, or
 * REVIER_SOURCES_LIVE) against its own manifest.json if one exists.
 */
export function verifyInputs(): void {
  verifyManifest(sourcesDir(), "MANIFEST.csv");
  const configured = process.env.REVIER_SOURCES_LIVE ?? "sources-live";
  const live = isAbsolute(configured) ? configured : resolve(projectRoot, configured);
  verifyManifest(live, "manifest.json");
}
