/**
 * Changes, ranks, signals and movers from one release record (src/lib/release.ts). Every comparison stays inside
 * one segment of a series (census basis, SvB revision, territory, source): a change is taken between the latest
 * figure and the latest earlier figure with the same segment key, never across a break. The key is a function so
 * that a finer break (e.g. a territory column) plugs in without changing the rules.
 */
import {type Headline, HEADLINES, POINT_SERIES, type Point, type ReleaseRecord} from "./release.js";

export type SegmentKey = (point: Point) => string;

/** The default segment key: the segment the record stores with each figure. */
export const bySegment: SegmentKey = (p) => p[2];

export interface PeriodChange {
  series: Headline;
  code: string;
  year: number;
  value: number;
  previousYear: number;
  previousValue: number;
  /** value − previous value (percentage points for rates). */
  change: number;
  /** Relative change in per cent; null when the previous value is 0. */
  percent: number | null;
}

/** The latest figure of a series with a value, or null. */
export function latestPoint(points: readonly Point[] | undefined): Point | null {
  let latest: Point | null = null;
  for (const p of points ?? []) if (p[1] !== null && (!latest || p[0] > latest[0])) latest = p;
  return latest;
}

/** The change of the latest figure against the latest earlier one in the same segment; null without one. */
export function periodChange(
  record: ReleaseRecord,
  series: Headline,
  code: string,
  key: SegmentKey = bySegment
): PeriodChange | null {
  const points = record.series[series]?.[code];
  const last = latestPoint(points);
  if (!last) return null;
  const earlier = (points ?? []).filter((p) => p[1] !== null && p[0] < last[0] && key(p) === key(last));
  const previous = latestPoint(earlier);
  return previous ? change(series, code, last, previous) : null;
}

/** The change of a region between two given years, when both have a value in the same segment. */
export function changeBetween(
  record: ReleaseRecord,
  series: Headline,
  code: string,
  from: number,
  to: number,
  key: SegmentKey = bySegment
): PeriodChange | null {
  const points = record.series[series]?.[code] ?? [];
  const a = points.find((p) => p[0] === from && p[1] !== null);
  const b = points.find((p) => p[0] === to && p[1] !== null);
  return a && b && key(a) === key(b) ? change(series, code, b, a) : null;
}

function change(series: Headline, code: string, last: Point, previous: Point): PeriodChange {
  const [value, previousValue] = [last[1]!, previous[1]!];
  return {
    series,
    code,
    year: last[0],
    value,
    previousYear: previous[0],
    previousValue,
    change: round(value - previousValue),
    percent: previousValue === 0 ? null : round(((value - previousValue) / Math.abs(previousValue)) * 100)
  };
}

/** Rounds away float noise (7.3 − 7.2 = 0.0999…): changes are compared with thresholds such as 0.5 points. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Whether a code is a Kreis (five digits). */
export const isKreis = (code: string): boolean => /^\d{5}$/.test(code);

/** The Land of a Kreis ("15084" → "15"). */
export const landOf = (code: string): string => code.slice(0, 2);

/** Germany in the datasets. */
export const GERMANY = "DG";

export interface Rank {
  rank: number;
  of: number;
}

/** Rank of a Kreis among all Kreise with a value in `year` (1 = highest value); null without a value. */
export function rankOf(record: ReleaseRecord, series: Headline, code: string, year: number): Rank | null {
  const values: [string, number][] = [];
  for (const [c, points] of Object.entries(record.series[series] ?? {})) {
    const p = isKreis(c) ? points.find((q) => q[0] === year && q[1] !== null) : undefined;
    if (p) values.push([c, p[1]!]);
  }
  const own = values.find(([c]) => c === code);
  if (!own) return null;
  return {rank: 1 + values.filter(([, v]) => v > own[1]).length, of: values.length};
}

/** The headline view of one region: latest figure, change, the Land's and Germany's change, rank. */
export interface HeadlineFigure {
  series: Headline;
  latest: Point | null;
  change: PeriodChange | null;
  land: {code: string; value: number | null; change: PeriodChange | null} | null;
  germany: {value: number | null; change: PeriodChange | null};
  rank: Rank | null;
  previousRank: Rank | null;
}

function valueIn(record: ReleaseRecord, series: Headline, code: string, year: number): number | null {
  return record.series[series]?.[code]?.find((p) => p[0] === year)?.[1] ?? null;
}

export function headlineFigures(record: ReleaseRecord, code: string, key: SegmentKey = bySegment): HeadlineFigure[] {
  return HEADLINES.filter((s) => record.series[s]?.[code]).map((series) => {
    const latest = latestPoint(record.series[series]?.[code]);
    const own = periodChange(record, series, code, key);
    const compare = (other: string) =>
      own ? changeBetween(record, series, other, own.previousYear, own.year, key) : null;
    const land = isKreis(code) ? landOf(code) : null;
    return {
      series,
      latest,
      change: own,
      land:
        land && latest ? {code: land, value: valueIn(record, series, land, latest[0]), change: compare(land)} : null,
      germany: {value: latest ? valueIn(record, series, GERMANY, latest[0]) : null, change: compare(GERMANY)},
      rank: latest && isKreis(code) ? rankOf(record, series, code, latest[0]) : null,
      previousRank: own && isKreis(code) ? rankOf(record, series, code, own.previousYear) : null
    };
  });
}

/** The rules behind the signals, stated once for pages and feeds. */
export const SIGNAL_RULES = {
  /** A Kreis's unemployment rate rose by more than this many points (or rose while its Land's fell). */
  rateRisePoints: 0.5,
  /** SvB in mining occupations (KldB 211) fell by more than this many per cent. */
  miningFallPercent: 10
} as const;

export type SignalKind = "rate-rose-land-fell" | "rate-rose" | "svb-fell-twice" | "mining-fell";

export interface Signal {
  kind: SignalKind;
  code: string;
  series: Headline;
  change: PeriodChange;
  /** The Land's change over the same years (rate signals). */
  land?: PeriodChange | null;
  /** The year before `change.previousYear` (SvB falling two years in a row). */
  before?: {year: number; value: number};
  /** Route (German) of the figure that shows the signal. */
  href: string;
}

/** Signals of every Kreis in the record, by the rules in SIGNAL_RULES; none crosses a segment boundary. */
export function signals(record: ReleaseRecord, key: SegmentKey = bySegment): Signal[] {
  const result: Signal[] = [];
  const codes = new Set(HEADLINES.flatMap((s) => Object.keys(record.series[s] ?? {})).filter(isKreis));
  for (const code of [...codes].sort()) {
    const rate = periodChange(record, "unemployment_rate", code, key);
    if (rate && rate.change > 0) {
      const land = changeBetween(record, "unemployment_rate", landOf(code), rate.previousYear, rate.year, key);
      const href = `/kreise/${code}#unemployment-trend`;
      if (land && land.change < 0)
        result.push({kind: "rate-rose-land-fell", code, series: rate.series, change: rate, land, href});
      else if (rate.change > SIGNAL_RULES.rateRisePoints) {
        result.push({kind: "rate-rose", code, series: rate.series, change: rate, land, href});
      }
    }
    const svb = periodChange(record, "svb_workplace", code, key);
    const earlier = svb && changeBetween(record, "svb_workplace", code, svb.year - 2, svb.year - 1, key);
    const sameSegment = earlier && changeBetween(record, "svb_workplace", code, svb!.year - 2, svb!.year, key);
    if (svb && earlier && sameSegment && svb.previousYear === svb.year - 1 && svb.change < 0 && earlier.change < 0) {
      const before = {year: earlier.previousYear, value: earlier.previousValue};
      result.push({
        kind: "svb-fell-twice",
        code,
        series: "svb_workplace",
        change: svb,
        before,
        href: `/kreise/${code}#svb-trend`
      });
    }
    const mining = periodChange(record, "svb_occ_211", code, key);
    if (mining && mining.percent !== null && mining.percent < -SIGNAL_RULES.miningFallPercent) {
      result.push({
        kind: "mining-fell",
        code,
        series: "svb_occ_211",
        change: mining,
        href: `/vergleich?r=${code}#panel-mining`
      });
    }
  }
  return result;
}

export interface Movers {
  series: Headline;
  rises: PeriodChange[];
  falls: PeriodChange[];
}

/**
 * The Kreise among `codes` with the largest rises and falls of a series in its latest period (points for rates,
 * per cent otherwise). Only changes over the most common period count, so that a table compares like with like.
 */
export function movers(
  record: ReleaseRecord,
  series: Headline,
  codes: readonly string[],
  n = 5,
  key: SegmentKey = bySegment
): Movers {
  const changes = codes.flatMap((c) => periodChange(record, series, c, key) ?? []);
  const periods = new Map<string, number>();
  for (const c of changes)
    periods.set(`${c.previousYear}-${c.year}`, (periods.get(`${c.previousYear}-${c.year}`) ?? 0) + 1);
  const common = [...periods].sort((a, b) => b[1] - a[1])[0]?.[0];
  const measure = (c: PeriodChange) => (POINT_SERIES.includes(series) ? c.change : (c.percent ?? 0));
  const comparable = changes.filter((c) => `${c.previousYear}-${c.year}` === common);
  const order = (a: PeriodChange, b: PeriodChange) => measure(b) - measure(a) || a.code.localeCompare(b.code);
  const sorted = comparable.sort(order);
  return {
    series,
    rises: sorted.filter((c) => measure(c) > 0).slice(0, n),
    falls: sorted
      .filter((c) => measure(c) < 0)
      .reverse()
      .slice(0, n)
  };
}

/** Whether a series' changes are in percentage points (rates) rather than per cent. */
export const inPoints = (series: Headline): boolean => POINT_SERIES.includes(series);
