/**
 * The release procedure: takes the record of the data build (`data/release.json`), compares it with the newest
 * committed record in releases/, prints what changed, and writes `releases/<id>.json` – unless a source went
 * backwards (an older data date than last time) or a headline figure moved by more than the threshold although none
 * of its sources changed. Then commit the new record and build the site (`npm run build`): /aktuell and the feeds
 * show this release against the one before.
 *
 *   npm run release                      use the existing data build
 *   npm run release -- --build           run the data build first
 *   npm run release -- --dry-run         print the diff and the verdict, write nothing
 *   npm run release -- --threshold 0.02  allow 2 % instead of 1 % without a source change
 *   npm run release -- --date 2026-12-06 the release date (default: today, UTC)
 */
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {parseArgs} from "node:util";

import {RELEASES_DIR, readReleases, samePublication} from "../data-loaders/datasets/release.js";
import {DATA_DIR, projectRoot} from "../data-loaders/lib/paths.js";
import {
  diffReleases,
  nextReleaseId,
  parseRecord,
  type ReleaseDiff,
  releaseProblems,
  type ReleaseRecord,
  UNEXPLAINED_THRESHOLD
} from "../src/shared/release.js";

export interface ReleaseOptions {
  cacheDir?: string;
  releasesDir?: string;
  date?: string;
  threshold?: number;
  write?: boolean;
}

export interface ReleaseOutcome {
  status: "released" | "unchanged" | "refused" | "dry-run";
  id: string;
  diff: ReleaseDiff | null;
  problems: string[];
  report: string;
  file?: string;
}

/** Compares the build's record with the newest committed one and, when nothing stops it, writes the new record. */
export function release(options: ReleaseOptions = {}): ReleaseOutcome {
  const {cacheDir = DATA_DIR, releasesDir = RELEASES_DIR, threshold = UNEXPLAINED_THRESHOLD, write = true} = options;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const file = join(cacheDir, "release.json");
  if (!existsSync(file)) throw new Error(`${file} is missing: run the data build first (npm run release -- --build)`);
  const built = parseRecord(JSON.parse(readFileSync(file, "utf8")), file);
  const history = readReleases(releasesDir);
  const newest = history.at(-1);
  if (newest && samePublication(newest, built)) {
    const report = `Nothing new: the build publishes what release ${newest.release} recorded.`;
    return {status: "unchanged", id: newest.release, diff: null, problems: [], report};
  }
  const id = nextReleaseId(
    date,
    history.map((r) => r.release)
  );
  const record: ReleaseRecord = {...built, release: id};
  const diff = newest ? diffReleases(newest, record, threshold) : null;
  const problems = diff ? releaseProblems(diff, threshold) : [];
  const lines = [diff ? formatDiff(diff) : `First release ${id}: no previous record to compare with.`];
  if (problems.length) {
    lines.push("", `REFUSED – release ${id} is not written:`, ...problems.map((p) => `  ${p}`));
    return {status: "refused", id, diff, problems, report: lines.join("\n")};
  }
  if (!write) return {status: "dry-run", id, diff, problems, report: lines.join("\n")};
  mkdirSync(releasesDir, {recursive: true});
  const target = join(releasesDir, `${id}.json`);
  writeFileSync(target, JSON.stringify(record) + "\n");
  lines.push("", `Release ${id} recorded in ${target}. Commit it, then build the site.`);
  return {status: "released", id, diff, problems, report: lines.join("\n"), file: target};
}

const MAX_LISTED = 12;

/** The diff as terminal text: sources first, then new and revised figures (the first few of each, with counts). */
export function formatDiff(diff: ReleaseDiff): string {
  const out = [`Release ${diff.release} against ${diff.previous}`];
  const sources = (title: string, list: ReleaseDiff["newSources"]) => {
    if (!list.length) return;
    out.push(`${title} (${list.length}):`);
    for (const s of list)
      out.push(`  ${s.id}  ${s.table}  Stand ${s.previousStand ? `${s.previousStand} → ` : ""}${s.stand}`);
  };
  sources("New sources", diff.newSources);
  sources("Sources with a new data date", diff.updatedSources);
  sources("Sources no longer used", diff.removedSources);
  const figures = (title: string, list: ReleaseDiff["newFigures"]) => {
    out.push(`${title}: ${list.length}`);
    const bySeries = new Map<string, number>();
    for (const f of list) bySeries.set(`${f.series} ${f.year}`, (bySeries.get(`${f.series} ${f.year}`) ?? 0) + 1);
    for (const [key, n] of bySeries) out.push(`  ${key}: ${n} regions`);
    for (const f of list.slice(0, MAX_LISTED)) {
      const old = f.previous === undefined ? "" : `${f.previous} → `;
      out.push(`    ${f.series} ${f.code} ${f.year}: ${old}${f.value}  (${f.source})`);
    }
    if (list.length > MAX_LISTED) out.push(`    … and ${list.length - MAX_LISTED} more`);
  };
  figures("New figures", diff.newFigures);
  figures("Revised figures", diff.revisions);
  return out.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values} = parseArgs({
    options: {
      build: {type: "boolean", default: false},
      "dry-run": {type: "boolean", default: false},
      threshold: {type: "string"},
      date: {type: "string"}
    }
  });
  if (values.build) {
    const run = spawnSync("npx", ["tsx", "data-loaders/build-all.ts"], {cwd: projectRoot, stdio: "inherit"});
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  const outcome = release({
    date: values.date,
    threshold: values.threshold === undefined ? undefined : Number(values.threshold),
    write: !values["dry-run"]
  });
  console.log(outcome.report);
  if (outcome.status === "refused") process.exit(1);
}
