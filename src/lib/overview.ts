/**
 * Reading the `overview` / `comparison` views (data-loaders/datasets/overview.ts) for the start page and the
 * comparison page: series of one region and measure, changes within one series segment (never across a census
 * break or a revision), shares and index series. Pure functions, tested in test/unit/lib/overview.test.ts.
 */
import type {OverviewRow} from "../shared/rows.js";
import {growthRate, indexSeries} from "../shared/indicators/growth.js";
import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {numberLocaleOf, PAGE_LANG} from "../shared/locale.js";

/** The rows of one region and measure, by year. */
export function seriesOf(rows: readonly OverviewRow[], code: string, measure: string): OverviewRow[] {
  return rows.filter((r) => r.code === code && r.measure === measure).sort((a, b) => a.year - b.year);
}

/** The latest row with a value (null when the series has none). */
export function latestOf(series: readonly OverviewRow[]): OverviewRow | null {
  for (let i = series.length - 1; i >= 0; i--) if (series[i]!.value !== null) return series[i]!;
  return null;
}

export interface Change {
  from: OverviewRow;
  to: OverviewRow;
  /** Growth in percent (counts) or difference in percentage points (rates); see `kind`. */
  value: number;
  kind: "percent" | "points";
}

/**
 * The change from `fromYear` to the latest year with a value in the same segment, so that a change never spans a
 * census break or the 2014 revision (population 2013 → 2023, not 2013 → 2024 on Zensus-2022 basis). Counts change
 * in percent (indicators `growthRate`), rates in percentage points. Null when `fromYear` has no value or no later
 * year of the segment has one.
 */
export function changeWithinSegment(
  series: readonly OverviewRow[],
  fromYear: number,
  kind: "percent" | "points" = "percent"
): Change | null {
  const from = series.find((r) => r.year === fromYear);
  if (!from || from.value === null) return null;
  const to = latestOf(series.filter((r) => r.year > fromYear && r.segment === from.segment));
  if (!to) return null;
  const value = kind === "percent" ? 100 * growthRate(from.value, to.value!) : to.value! - from.value;
  return {from, to, value, kind};
}

/** "+1,2 %" or "−3,96 Prozentpunkte" ("+1.2%", "−3.96 percentage points"); "keine Daten" for a missing change. */
export function formatChange(change: Change | null, digits = 1, lang: Lang = PAGE_LANG): string {
  if (!change) return t(lang, "value.missing");
  const number = numberLocaleOf(lang).format(`+,.${digits}f`)(change.value);
  if (change.kind === "percent") return `${number}${lang === "de" ? "\u00a0" : ""}%`;
  return `${number} ${t(lang, "unit.percentagePoints")}`;
}

/** Share in percent of one measure in another, per year: 100 · numerator / denominator; null where either is. */
export function shareSeries(
  rows: readonly OverviewRow[],
  code: string,
  numerator: string,
  denominator: string
): OverviewRow[] {
  const totals = new Map(seriesOf(rows, code, denominator).map((r) => [r.year, r]));
  return seriesOf(rows, code, numerator).map((part) => {
    const total = totals.get(part.year);
    const ok = part.value !== null && total?.value != null && total.value > 0;
    return {
      ...part,
      measure: `${numerator}_share`,
      value: ok ? (100 * part.value!) / total!.value! : null,
      flag: [part.flag, total?.flag].filter((f) => f).join(",") || null,
      source: [part.source, total?.source].filter((s) => s).join(","),
      segment: null,
      computed: true
    };
  });
}

/** One point of an index chart: a region (series) name, a year and its index; the segment keeps census breaks apart. */
export interface IndexPoint {
  code: string;
  name: string;
  year: number;
  /** Base year = 100; null where the source has no value (a gap, never 0). */
  index: number | null;
  segment?: string;
  value: number | null;
  source: string;
}

/**
 * Index series (base year = 100, indicators `indexSeries`) of several regions for a chart: one point per region
 * and year with the region's name and the segment (census basis), so that LineChart does not join segments.
 * A region without a value in the base year is left out and returned in `missing`.
 */
export function indexPoints(
  rows: readonly OverviewRow[],
  codes: readonly string[],
  measure: string,
  baseYear: number
): {points: IndexPoint[]; missing: string[]} {
  const points: IndexPoint[] = [];
  const missing: string[] = [];
  for (const code of codes) {
    const series = seriesOf(rows, code, measure);
    const base = series.find((r) => r.year === baseYear);
    if (!base || base.value === null || base.value <= 0) {
      missing.push(code);
      continue;
    }
    const index = indexSeries(
      series.map((r) => ({year: r.year, value: r.value})),
      baseYear
    );
    series.forEach((r, i) =>
      points.push({
        code,
        name: r.name,
        year: r.year,
        // An index compares with the base year: a value on another territory has none (issue 16).
        index: r.territory === base.territory ? index[i]!.index : null,
        segment: r.segment ?? undefined,
        value: r.value,
        source: r.source
      })
    );
  }
  return {points, missing};
}

/**
 * Years at which a series starts a new segment (the first year of each segment after the first), with the
 * segment's label: the census breaks of the population series, the 2014 revision of SvB.
 */
export function segmentBreaks(series: readonly OverviewRow[]): {year: number; label: string}[] {
  const breaks: {year: number; label: string}[] = [];
  for (let i = 1; i < series.length; i++) {
    const segment = series[i]!.segment;
    if (segment && segment !== series[i - 1]!.segment) breaks.push({year: series[i]!.year, label: segment});
  }
  return breaks;
}

/** The first year ≥ `year` in which the series has a value (a base year before the series starts moves up). */
export function firstYearFrom(series: readonly OverviewRow[], year: number): number | null {
  return series.find((r) => r.year >= year && r.value !== null)?.year ?? null;
}
