/**
 * The release record: what a data build publishes, small enough to keep one per release in `releases/` for years.
 * For every region the last {@link KEEP_YEARS} figures of each headline series (with the series segment and the
 * source), plus the data date ("Stand") of every source behind them. Two records compared give what a release
 * brought: new sources, new figures, revised figures; the signals below are computed from one record.
 * Pure functions only: the data build (data-loaders/datasets/release.ts), `npm run release`, the feeds and the
 * /aktuell page all use them.
 */

/** Bump when the shape changes; readers refuse other versions. */
export const RELEASE_VERSION = 1;

/** How many years of each series a record keeps: enough to see revisions of the recent past. */
export const KEEP_YEARS = 3;

/** The headline series, in the order pages and feeds list them. */
export const HEADLINES = [
  "population",
  "svb_workplace",
  "unemployed",
  "unemployment_rate",
  "vacancies",
  "svb_occ_211",
  "land_price"
] as const;
export type Headline = (typeof HEADLINES)[number];

/** Rates are compared in percentage points, every other series in per cent. */
export const POINT_SERIES: readonly Headline[] = ["unemployment_rate"];

/** One figure: [year, value, segment key, source id(s)]. Figures with different segment keys are never compared. */
export type Point = [year: number, value: number | null, segment: string, source: string];

export interface SourceStamp {
  table: string;
  /** Data date as the publisher prints it (dd.mm.yyyy, or a year). */
  stand: string;
}

export interface ReleaseRecord {
  version: number;
  /** Release id: the date of the release, yyyy-mm-dd, with "-2", "-3" … for a second release on the same day. */
  release: string;
  /** How the record was made, when not by a plain build of the current sources. */
  note?: string;
  sources: Record<string, SourceStamp>;
  /** German region names (pages translate through regionLabel). */
  names: Record<string, string>;
  /** series → region code → points, oldest first. */
  series: Partial<Record<Headline, Record<string, Point[]>>>;
}

/** A headline figure as the build has it. `segment` is the series break key (census basis, SvB revision …). */
export interface HeadlineRow {
  series: Headline;
  code: string;
  name: string;
  year: number;
  value: number | null;
  segment: string;
  source: string;
}

/** Source ids of a row's `source` cell ("a,b" for figures computed from two sources). */
export function sourceIdsOf(source: string): string[] {
  return source.split(",").filter(Boolean);
}

/** The record of the given rows: the last KEEP_YEARS years of each series and region, sources with their stand. */
export function releaseRecord(
  rows: readonly HeadlineRow[],
  catalogue: Readonly<Record<string, SourceStamp>>,
  release: string,
  note?: string
): ReleaseRecord {
  const series: ReleaseRecord["series"] = {};
  const names: Record<string, string> = {};
  const sources: Record<string, SourceStamp> = {};
  const latest = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.series}|${r.code}`;
    if (r.value !== null) latest.set(key, Math.max(latest.get(key) ?? -Infinity, r.year));
  }
  for (const r of [...rows].sort((a, b) => a.year - b.year)) {
    const last = latest.get(`${r.series}|${r.code}`);
    if (last === undefined || r.year <= last - KEEP_YEARS) continue;
    names[r.code] ??= r.name;
    ((series[r.series] ??= {})[r.code] ??= []).push([r.year, r.value, r.segment, r.source]);
    for (const id of sourceIdsOf(r.source)) {
      const stamp = catalogue[id];
      if (!stamp) throw new Error(`release record: source "${id}" (${r.series} ${r.code} ${r.year}) is not catalogued`);
      sources[id] = {table: stamp.table, stand: stamp.stand};
    }
  }
  return {version: RELEASE_VERSION, release, ...(note ? {note} : {}), sources: sorted(sources), names, series};
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** Checks the shape of a parsed record; throws naming the file. */
export function parseRecord(json: unknown, file: string): ReleaseRecord {
  const r = json as ReleaseRecord;
  if (!r || typeof r !== "object" || r.version !== RELEASE_VERSION) {
    throw new Error(`${file}: not a release record of version ${RELEASE_VERSION}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}(-\d+)?$/.test(r.release) || !r.sources || !r.series || !r.names) {
    throw new Error(`${file}: release record without release id, sources, names or series`);
  }
  return r;
}

/** Release ids in release order ("2026-12-06" before "2026-12-06-2" before "2026-12-06-10"). */
export function compareReleases(a: string, b: string): number {
  return a.localeCompare(b, "en", {numeric: true});
}

/** The id of a new release on `date` (yyyy-mm-dd) given the ids already taken. */
export function nextReleaseId(date: string, taken: readonly string[]): string {
  if (!taken.includes(date)) return date;
  let n = 2;
  while (taken.includes(`${date}-${n}`)) n++;
  return `${date}-${n}`;
}

/** A data date as yyyy-mm-dd for comparison: "26.02.2026" → "2026-02-26", "2026" → "2026-12-31"; null if none. */
export function standDate(stand: string): string | null {
  const day = stand.match(/(\d{2})\.(\d{2})\.(\d{4})/);
  if (day) return `${day[3]}-${day[2]}-${day[1]}`;
  const year = stand.match(/\b(\d{4})\b/);
  return year ? `${year[1]}-12-31` : null;
}

export interface SourceChange {
  id: string;
  table: string;
  stand: string;
  previousStand?: string;
}

export interface FigureChange {
  series: Headline;
  code: string;
  year: number;
  value: number | null;
  previous?: number | null;
  segment: string;
  previousSegment?: string;
  source: string;
  previousSource?: string;
}

/** What a release brought compared with the one before. */
export interface ReleaseDiff {
  previous: string;
  release: string;
  /** Sources not in the previous record. */
  newSources: SourceChange[];
  /** Sources with another data date than before (newer or older). */
  updatedSources: SourceChange[];
  /** Sources whose data date is older than in the previous record: a release must not publish these. */
  backwards: SourceChange[];
  removedSources: SourceChange[];
  /** Figures that had no value before (a new year, or a gap filled). */
  newFigures: FigureChange[];
  /** Figures whose value changed. */
  revisions: FigureChange[];
  /** Revisions by more than the threshold although none of their sources changed. */
  unexplained: FigureChange[];
}

/** A figure moving by more than this (relative, 1 %) without a source change stops a release. */
export const UNEXPLAINED_THRESHOLD = 0.01;

/** Compares two records. `threshold`: the relative change above which a revision needs a source change. */
export function diffReleases(
  previous: ReleaseRecord,
  next: ReleaseRecord,
  threshold = UNEXPLAINED_THRESHOLD
): ReleaseDiff {
  const diff: ReleaseDiff = {
    previous: previous.release,
    release: next.release,
    newSources: [],
    updatedSources: [],
    backwards: [],
    removedSources: [],
    newFigures: [],
    revisions: [],
    unexplained: []
  };
  for (const [id, stamp] of Object.entries(next.sources)) {
    const before = previous.sources[id];
    if (!before) diff.newSources.push({id, ...stamp});
    else if (before.stand !== stamp.stand) {
      const change = {id, ...stamp, previousStand: before.stand};
      diff.updatedSources.push(change);
      const [a, b] = [standDate(before.stand), standDate(stamp.stand)];
      if (a && b && b < a) diff.backwards.push(change);
    }
  }
  for (const [id, stamp] of Object.entries(previous.sources)) {
    if (!next.sources[id]) diff.removedSources.push({id, ...stamp});
  }
  const changed = new Set([...diff.newSources, ...diff.updatedSources].map((s) => s.id));
  for (const series of HEADLINES) {
    for (const [code, points] of Object.entries(next.series[series] ?? {})) {
      const before = new Map((previous.series[series]?.[code] ?? []).map((p) => [p[0], p]));
      const firstBefore = Math.min(...before.keys());
      for (const [year, value, segment, source] of points) {
        const old = before.get(year);
        if (value === null || (!old && year < firstBefore)) continue;
        const figure: FigureChange = {series, code, year, value, segment, source};
        if (!old || old[1] === null) {
          diff.newFigures.push(figure);
          continue;
        }
        if (old[1] === value) continue;
        const change = {...figure, previous: old[1], previousSegment: old[2], previousSource: old[3]};
        diff.revisions.push(change);
        const sourceChanged = source !== old[3] || sourceIdsOf(source).some((id) => changed.has(id));
        const relative = Math.abs(value - old[1]) / Math.max(Math.abs(old[1]), 1e-9);
        if (!sourceChanged && relative > threshold) diff.unexplained.push(change);
      }
    }
  }
  return diff;
}

/** Why a release must not be published; empty when it may. */
export function releaseProblems(diff: ReleaseDiff, threshold = UNEXPLAINED_THRESHOLD): string[] {
  return [
    ...diff.backwards.map(
      (s) => `source ${s.id} (${s.table}) went backwards: Stand ${s.stand}, the previous release had ${s.previousStand}`
    ),
    ...diff.unexplained.map(
      (f) =>
        `${f.series} ${f.code} ${f.year} changed from ${f.previous} to ${f.value} (more than ${threshold * 100} %) ` +
        `although its source ${f.source} did not change`
    )
  ];
}
