import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";

import {REVIER_KREISE} from "../../src/shared/regions.js";
import {
  compareReleases,
  diffReleases,
  type HeadlineRow,
  nextReleaseId,
  parseRecord,
  type ReleaseDiff,
  releaseRecord,
  type ReleaseRecord
} from "../../src/shared/release.js";
import {isKreis, type Movers, movers, type Signal, signals} from "../../src/shared/release-signals.js";
import type {LabourPoolRow, LocationFactorRow, OverviewRow} from "../../src/shared/rows.js";
import {SOURCES} from "../../src/shared/sources.js";
import type {Artifact, BuildContext} from "../dataset.js";
import {projectRoot, withoutSources} from "../lib/paths.js";

/** Where the records of past releases are committed, one file `<release id>.json` each. */
export const RELEASES_DIR = process.env.REVIER_RELEASES ?? join(projectRoot, "releases");

/**
 * Sources whose figures are not comparable with the table's own (another publisher's derivation of the same
 * measure): their figures form a segment of their own, so no change or signal is computed across them.
 */
const SOURCE_SEGMENTS: Record<string, string> = {"gerda-inkar-covariates": "INKAR"};

/** The segment key of a figure: series segment, territory (issue 16) and source breaks; equal keys compare. */
function segmentOf(segment: string | null, source: string, territory?: string | null): string {
  const breaks = source.split(",").flatMap((id) => SOURCE_SEGMENTS[id] ?? []);
  return [...new Set([segment ?? "", territory ?? "", ...breaks].filter(Boolean))].join(" · ");
}

const FROM_COMPARISON = ["population", "svb_workplace", "unemployed", "unemployment_rate", "svb_occ_211"] as const;

/** The headline figures of the build: the comparison dataset, land prices, vacancies summed over occupations. */
export function headlineRows(context: BuildContext): HeadlineRow[] {
  const comparison = context.rows<OverviewRow>("comparison");
  const names = new Map(comparison.map((r) => [r.code, r.name]));
  const rows: HeadlineRow[] = comparison
    .filter((r) => (FROM_COMPARISON as readonly string[]).includes(r.measure))
    .map((r) => ({
      series: r.measure as HeadlineRow["series"],
      code: r.code,
      name: r.name,
      year: r.year,
      value: r.value,
      segment: segmentOf(r.segment, r.source, r.territory),
      source: r.source
    }));
  for (const r of context.rows<LocationFactorRow>("location_factors")) {
    if (r.measure !== "land_price_all" || !names.has(r.code)) continue;
    rows.push({series: "land_price", ...pick(r, names), segment: segmentOf(null, r.source)});
  }
  // Registered vacancies are published per occupation group (never suppressed); the total is their sum.
  const vacancies = new Map<string, HeadlineRow>();
  for (const r of context.rows<LabourPoolRow>("labour_pool")) {
    if (!names.has(r.code)) continue;
    const key = `${r.code}|${r.year}`;
    const row = vacancies.get(key) ?? {
      series: "vacancies",
      code: r.code,
      name: names.get(r.code)!,
      year: r.year,
      value: 0,
      segment: "",
      source: "ba-kldb-vacancies"
    };
    row.value = row.value === null || r.vacancies === null ? null : row.value + r.vacancies;
    vacancies.set(key, row);
  }
  return [...rows, ...vacancies.values()];
}

function pick(r: {code: string; year: number; value: number | null; source: string}, names: Map<string, string>) {
  return {code: r.code, name: names.get(r.code)!, year: r.year, value: r.value, source: r.source};
}

/** The committed records, oldest first. */
export function readReleases(dir = RELEASES_DIR): ReleaseRecord[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}(-\d+)?\.json$/.test(f))
    .map((f) => parseRecord(JSON.parse(readFileSync(join(dir, f), "utf8")), join(dir, f)))
    .sort((a, b) => compareReleases(a.release, b.release));
}

/** Today in UTC as yyyy-mm-dd, or REVIER_RELEASE_DATE (tests and reproducible builds pin it). */
export function releaseDate(): string {
  return process.env.REVIER_RELEASE_DATE ?? new Date().toISOString().slice(0, 10);
}

/** Whether two records publish the same: the same sources with the same data dates and the same figures. */
export function samePublication(a: ReleaseRecord, b: ReleaseRecord): boolean {
  return JSON.stringify([a.sources, a.series]) === JSON.stringify([b.sources, b.series]);
}

/**
 * The record of this build and the one it is compared with: when the newest committed record publishes the same,
 * the build *is* that release and is compared with the one before it; otherwise it is the next, unreleased one.
 */
export function currentAndPrevious(
  rows: HeadlineRow[],
  history: ReleaseRecord[],
  date = releaseDate(),
  note?: string
): {current: ReleaseRecord; previous: ReleaseRecord | undefined} {
  const catalogue = Object.fromEntries(
    Object.entries(SOURCES).map(([id, s]) => [id, {table: s.table, stand: s.stand}])
  );
  const fresh = releaseRecord(
    rows,
    catalogue,
    nextReleaseId(
      date,
      history.map((r) => r.release)
    ),
    note
  );
  const newest = history.at(-1);
  if (newest && samePublication(newest, fresh)) return {current: newest, previous: history.at(-2)};
  return {current: fresh, previous: newest};
}

/** What /aktuell and the feeds show: the release, the diff against the previous one, signals, movers. */
export interface LatestSummary {
  release: string;
  previous: string | null;
  released: boolean;
  diff: ReleaseDiff | null;
  signals: Signal[];
  movers: {revier: Movers[]; germany: Movers[]};
}

const MOVER_SERIES = ["unemployment_rate", "svb_workplace"] as const;

export function latestSummary(current: ReleaseRecord, previous: ReleaseRecord | undefined, released: boolean) {
  const kreise = Object.keys(current.series.svb_workplace ?? {}).filter(isKreis);
  return {
    release: current.release,
    previous: previous?.release ?? null,
    released,
    diff: previous ? diffReleases(previous, current) : null,
    signals: signals(current),
    movers: {
      revier: MOVER_SERIES.map((s) => movers(current, s, REVIER_KREISE)),
      germany: MOVER_SERIES.map((s) => movers(current, s, kreise, 10))
    }
  } satisfies LatestSummary;
}

function releaseState(context: BuildContext) {
  return context.cached("release-state", () => {
    const history = readReleases();
    const without = withoutSources();
    const note = without.length ? `Stand der Quellen ohne ${without.join(", ")} (REVIER_WITHOUT_SOURCES)` : undefined;
    const {current, previous} = currentAndPrevious(headlineRows(context), history, releaseDate(), note);
    return {current, previous, released: history.includes(current)};
  });
}

/** `release.json` (this build's record, what `npm run release` commits) and `latest.json` (for /aktuell). */
export const RELEASE_ARTIFACTS: Artifact[] = [
  {
    file: "release.json",
    async build(context) {
      const {current} = releaseState(context);
      return {content: JSON.stringify(current), rows: Object.keys(current.names).length};
    }
  },
  {
    file: "latest.json",
    async build(context) {
      const {current, previous, released} = releaseState(context);
      const summary = latestSummary(current, previous, released);
      return {content: JSON.stringify(summary), rows: summary.signals.length};
    }
  }
];
