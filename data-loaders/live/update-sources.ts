/**
 * `npm run sources:update`: refreshes the GENESIS tables of the mirror from regionalstatistik.de into the
 * git-ignored folder `sources-live/` (override with REVIER_SOURCES_LIVE) and records each file in
 * `sources-live/manifest.json` with URL, retrieval time and sha256.
 *
 *   GENESIS_USERNAME=… GENESIS_PASSWORD=… npm run sources:update [-- TABLE …]
 *
 * GENESIS_BASE_URL points the client at another GENESIS instance (or a local test server).
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {dirname, isAbsolute, join, resolve} from "node:path";

import {projectRoot} from "../lib/paths.js";
import {GenesisClient, REGIONALSTATISTIK_URL, type TablefileParameters} from "./genesis-client.js";

/** The Regionaldatenbank tables the mirror holds in genesis-api-2026/tablefiles/ (PROVENANCE.md §2). */
export const LIVE_TABLES: readonly {table: string; parameters?: TablefileParameters}[] = [
  {table: "12411-01-01-4"},
  {table: "11111-02-01-4"},
  {table: "13111-01-03-4"},
  {table: "73111-01-01-4"},
  {table: "52411-02-01-4"},
  {table: "61511-01-03-4"},
  {table: "32121-01-02-4"},
  {table: "12211-Z-11", parameters: {quality: "on"}},
  {table: "AI-N-01-2-5"}
];

export interface ManifestEntry {
  /** Path below the live folder. */
  path: string;
  url: string;
  /** ISO 8601, UTC. */
  retrieved: string;
  sha256: string;
  bytes: number;
  note: string | null;
}

export function liveDir(): string {
  const configured = process.env.REVIER_SOURCES_LIVE ?? "sources-live";
  return isAbsolute(configured) ? configured : resolve(projectRoot, configured);
}

function writeAtomically(path: string, content: Uint8Array | string): void {
  mkdirSync(dirname(path), {recursive: true});
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

function sha256(content: Uint8Array | string): string {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Downloads the tables (in parallel; the client keeps to 10 requests at once) and their metadata into `dir`, then
 * merges the new entries into `dir/manifest.json`. Returns the new entries. `now` is injectable for tests.
 */
export async function updateSources(
  client: GenesisClient,
  dir: string,
  tables: readonly {table: string; parameters?: TablefileParameters}[] = LIVE_TABLES,
  now: () => Date = () => new Date()
): Promise<ManifestEntry[]> {
  const entries: ManifestEntry[] = [];
  const record = (path: string, url: string, content: Uint8Array | string, note: string | null) => {
    writeAtomically(join(dir, path), content);
    const bytes = typeof content === "string" ? Buffer.byteLength(content) : content.length;
    entries.push({path, url, retrieved: now().toISOString(), sha256: sha256(content), bytes, note});
  };
  await Promise.all(
    tables.map(async ({table, parameters}) => {
      const [file, metadata] = await Promise.all([
        client.tablefile(table, parameters),
        client.metadataTable(table, parameters?.language ?? "de")
      ]);
      if (file.kind === "unchanged") {
        process.stderr.write(`${table}: ${file.note}\n`);
      } else {
        record(`genesis/${table}/${file.fileName}`, file.url, file.content, file.note);
        process.stderr.write(`${table}: ${file.fileName}, ${file.content.length} bytes\n`);
      }
      record(`genesis/${table}/table.json`, metadata.url, metadata.json, null);
    })
  );
  const manifestPath = join(dir, "manifest.json");
  const previous: ManifestEntry[] = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, "utf8")) as {files: ManifestEntry[]}).files
    : [];
  const merged = new Map(previous.map((e) => [e.path, e]));
  for (const entry of entries) merged.set(entry.path, entry);
  const files = [...merged.values()].sort((a, b) => a.path.localeCompare(b.path));
  writeAtomically(manifestPath, `${JSON.stringify({files}, null, 2)}\n`);
  return entries;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv.slice(2);
  const tables = only.length ? only.map((table) => ({table})) : LIVE_TABLES;
  try {
    const client = new GenesisClient({baseUrl: process.env.GENESIS_BASE_URL ?? REGIONALSTATISTIK_URL});
    const entries = await updateSources(client, liveDir(), tables);
    process.stderr.write(`${entries.length} files written to ${liveDir()} (manifest.json)\n`);
  } catch (error) {
    // The client's messages carry no credentials; print the message only, not the object with its internals.
    process.stderr.write(`sources:update failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
