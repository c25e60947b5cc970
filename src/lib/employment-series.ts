import type {EmploymentRow} from "../shared/rows.js";
import {type Group, withGroupSums} from "./group-sums.js";
import {growthDifferential, growthRate} from "../shared/indicators/index.js";
import {sourceIds} from "../shared/sources.js";

/**
 * The first year after the series break in the SvB totals: up to 2011 the BBSR figures (rounded to 100, before the
 * 2014 revision of the BA employment statistics), from 2012 the exact Regionaldatenbank and BA figures. Lines are
 * not joined across it.
 */
export const SVB_BREAK_YEAR = 2012;

/** Segment of an SvB total for charts: the years before and after {@link SVB_BREAK_YEAR}. */
export function svbSegment(year: number): string {
  return year < SVB_BREAK_YEAR ? "bis 2011" : "ab 2012";
}

/**
 * SvB totals (classification `total`) with one row per aggregate (Revier, East Germany) and year and measure, summed
 * from the members with `withGroupSums` (null where any member is missing, never a partial sum). An aggregate row
 * keeps every member source (comma-separated), is `computed`, and carries `rounded` if any member value was rounded
 * and `suppressed_cells_excluded` if any was a lower bound.
 */
export function svbTotalsWithGroupSums(rows: readonly EmploymentRow[], groups: readonly Group[]): EmploymentRow[] {
  const totals = rows.filter((r) => r.classification === "total" && r.measure.startsWith("svb_"));
  const key = (r: EmploymentRow) => `${r.year}|${r.measure}`;
  const index = new Map<string, EmploymentRow>();
  for (const r of totals) index.set(`${r.code}|${key(r)}`, r);
  return withGroupSums(totals, groups, {
    key,
    value: (r) => r.value,
    build: (template, group, sum) => {
      const members = group.members.map((m) => index.get(`${m}|${key(template)}`)).filter((r) => r !== undefined);
      const flags = new Set(members.map((r) => r.flag));
      const flag = flags.has("rounded")
        ? "rounded"
        : flags.has("suppressed_cells_excluded")
          ? "suppressed_cells_excluded"
          : null;
      return {
        ...template,
        code: group.code,
        value: sum,
        suppressed: false,
        flag: sum === null ? null : flag,
        computed: true,
        source: sourceIds(members).join(",")
      };
    }
  });
}

/** One year of a region's SvB series, with what a reader must know about the value. */
export interface SvbPoint {
  year: number;
  value: number | null;
  /** BBSR: published in 1000 with one decimal, i.e. rounded to 100 persons. */
  rounded: boolean;
  /** BA sum without suppressed cells: a lower bound. */
  lowerBound: boolean;
  computed: boolean;
  source: string;
}

/** The series of one region and measure (`svb_workplace`, `svb_residence`), sorted by year. */
export function svbSeries(rows: readonly EmploymentRow[], code: string, measure: string): SvbPoint[] {
  return rows
    .filter((r) => r.code === code && r.measure === measure && r.classification === "total")
    .map((r) => ({
      year: r.year,
      value: r.value,
      rounded: r.flag === "rounded",
      lowerBound: r.flag === "suppressed_cells_excluded",
      computed: r.computed,
      source: r.source
    }))
    .sort((a, b) => a.year - b.year);
}

/** Growth of a region and a reference area between two years, and the differential in percentage points. */
export interface GrowthComparison {
  /** Growth of the region in per cent. */
  regionGrowth: number;
  /** Growth of the reference area in per cent. */
  referenceGrowth: number;
  /** 100 · (g_region − g_reference), percentage points (indicator `growthDifferential`). */
  differential: number;
}

/**
 * Compares the growth of two series between `from` and `to` with the indicator library (`growthRate`,
 * `growthDifferential`); null when a value is missing in either year.
 */
export function compareGrowth(
  region: readonly {year: number; value: number | null}[],
  reference: readonly {year: number; value: number | null}[],
  from: number,
  to: number
): GrowthComparison | null {
  const at = (series: typeof region, year: number) => series.find((p) => p.year === year)?.value ?? null;
  const r0 = at(region, from);
  const r1 = at(region, to);
  const e0 = at(reference, from);
  const e1 = at(reference, to);
  if (r0 === null || r1 === null || e0 === null || e1 === null || r0 <= 0 || e0 <= 0) return null;
  return {
    regionGrowth: 100 * growthRate(r0, r1),
    referenceGrowth: 100 * growthRate(e0, e1),
    differential: growthDifferential(r0, r1, e0, e1)
  };
}
