import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {dirname, join, relative, sep} from "node:path";

import {parseDelimited} from "./delimited.js";
import {SourceError} from "./errors.js";

/**
 * The files a source mirror's `MANIFEST.csv` lists, and the readers' way to find files by it: a reader opens exactly
 * the listed files and refuses an unlisted sibling that matches its pattern (issue 22: an extra `*_de_flat.csv` in a
 * table folder was read instead of the listed one). Kept apart from manifest.ts (the sha256 check) so that
 * paths.ts can use it without an import circle.
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

const listings = new Map<string, ReadonlySet<string>>();

/** Paths listed in `<mirror>/MANIFEST.csv` (read once per mirror), or undefined when the folder has none. */
export function listedPaths(mirror: string): ReadonlySet<string> | undefined {
  const manifest = join(mirror, "MANIFEST.csv");
  if (!listings.has(mirror)) {
    if (!existsSync(manifest)) return undefined;
    listings.set(mirror, new Set(readManifestCsv(manifest).map((e) => e.path)));
  }
  return listings.get(mirror);
}

/** The mirror a path lies in: the nearest folder above it (by name, not following symlinks) with a MANIFEST.csv. */
export function mirrorOf(path: string): string | undefined {
  for (let dir = path; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, "MANIFEST.csv"))) return dir;
  }
  return undefined;
}

const rule = "readers open only files listed in MANIFEST.csv";

/**
 * Refuses a file (or a folder without any listed file) that the mirror's MANIFEST.csv does not list; a path
 * outside any mirror (a test's temp copy) passes.
 */
export function requireListed(path: string, mirror = mirrorOf(path)): void {
  const listed = mirror ? listedPaths(mirror) : undefined;
  if (!mirror || !listed) return;
  const name = relative(mirror, path).split(sep).join("/");
  const folder = existsSync(path) && statSync(path).isDirectory();
  const ok = folder ? [...listed].some((p) => p.startsWith(`${name}/`)) : listed.has(name);
  if (!ok) {
    throw new SourceError(
      {file: path, rule},
      `not listed in ${join(mirror, "MANIFEST.csv")}: the build reads only recorded files (record it or remove it)`
    );
  }
}

/**
 * The one file in `dir` whose name matches `pattern` (e.g. the `*_de_flat.csv` of a GENESIS table folder). In a
 * mirror, a matching file that MANIFEST.csv does not list is an error, not a candidate; outside one, more than one
 * match is (the reader would have to guess).
 */
export function listedMatch(dir: string, pattern: RegExp, what: string): string {
  const names = readdirSync(dir)
    .filter((n) => pattern.test(n))
    .sort();
  const mirror = mirrorOf(dir);
  const listed = mirror ? listedPaths(mirror) : undefined;
  if (mirror && listed) {
    const prefix = relative(mirror, dir).split(sep).join("/");
    const unlisted = names.filter((n) => !listed.has(`${prefix}/${n}`));
    if (unlisted.length) {
      throw new SourceError(
        {file: join(dir, unlisted[0]!), rule},
        `matches ${what} but is not listed in ${join(mirror, "MANIFEST.csv")}; refusing to choose it over the listed file`
      );
    }
  }
  if (names.length !== 1) {
    throw new SourceError(
      {file: dir, rule: `exactly one ${what} per folder`},
      names.length ? `${names.length} files match ${what} (${names.join(", ")})` : `no ${what} in the folder`
    );
  }
  return join(dir, names[0]!);
}
