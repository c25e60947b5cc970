import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync} from "node:fs";
import {dirname, isAbsolute, join, resolve} from "node:path";

import {SourceError} from "./errors.js";
import {readManifestCsv, readManifestJson} from "./manifest-listing.js";
import {projectRoot, sourcesDir} from "./paths.js";

/**
 * The inputs of a build are the files their manifest records: `MANIFEST.csv` of the source mirror
 * (path,bytes,sha256,…) and, after a live refresh, `manifest.json` of `sources-live/` ([{path, sha256, bytes}]).
 * The data build checks every listed file against its sha256 before it reads anything, so a file changed on disk
 * is reported as such ("… does not match MANIFEST.csv sha256 …") instead of surfacing as a strange number later.
 * Readers open only listed files (data-loaders/lib/manifest-listing.ts); outside a mirror (a test's temp copy)
 * that rule does not apply, so tests can hand them mutated copies directly.
 */
/** Where verified hashes are remembered between builds (git-ignored). */
const CACHE_FILE = join(projectRoot, ".cache", "manifest-sha256.json");

/** What a remembered hash is keyed on besides the real path: inode and change time as well as mtime and size. */
type HashCache = Record<string, {mtimeMs: number; size: number; ino: number; ctimeMs: number; sha256: string}>;

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
 * sha256 of a file, remembered by real path + mtime + size + inode + ctime: a file that did not change since it was
 * last hashed is not read again (the 160 MB mirror is hashed once, later builds take milliseconds). mtime and size
 * alone are not enough: a same-size edit with its mtime set back (`touch -r`, `utimes`) passed the check (issue 22).
 * The change time cannot be set back by a user, and an editor that writes a new file changes the inode.
 */
export function fileSha256(path: string, cache: HashCache): string {
  const real = realpathSync(path);
  const {mtimeMs, size, ino, ctimeMs} = statSync(real);
  const known = cache[real];
  if (known && known.mtimeMs === mtimeMs && known.size === size && known.ino === ino && known.ctimeMs === ctimeMs) {
    return known.sha256;
  }
  const sha256 = createHash("sha256").update(readFileSync(real)).digest("hex");
  cache[real] = {mtimeMs, size, ino, ctimeMs, sha256};
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
