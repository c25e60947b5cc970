import {IndicatorError, requireCount, requireFinite, requireNonEmpty, requirePositive} from "./errors.js";

/**
 * Growth rate between two values, as a fraction (0.05 = 5 %):  g = x_1 / x_0 − 1.
 * Standard definition, e.g. Destatis, *Statistisches Jahrbuch*, "Veränderung gegenüber dem Vorjahr".
 *
 * @throws IndicatorError when x_0 is not positive (growth from 0 or from a negative value is undefined) or a value is
 *   negative or not finite.
 */
export function growthRate(x0: number, x1: number): number {
  requirePositive("growthRate", "x0 (start value)", x0);
  requireCount("growthRate", "x1 (end value)", x1);
  return x1 / x0 - 1;
}

/**
 * Annualised (compound average) growth rate over `years` years, as a fraction:  (x_1 / x_0)^(1/years) − 1.
 * Use it to compare periods of different length; it is the constant yearly rate that leads from x_0 to x_1.
 * Literature: OECD (2001), *Measuring Productivity – OECD Manual*, annex on average growth rates.
 *
 * @throws IndicatorError as {@link growthRate}, and when `years` is not positive.
 */
export function annualisedGrowth(x0: number, x1: number, years: number): number {
  requirePositive("annualisedGrowth", "x0 (start value)", x0);
  requireCount("annualisedGrowth", "x1 (end value)", x1);
  requirePositive("annualisedGrowth", "years", years);
  return (x1 / x0) ** (1 / years) - 1;
}

/**
 * Growth differential of a region against a reference area in percentage points:
 *
 *   Δ = 100 · (g_region − g_reference)
 *
 * Positive: the region grew faster (or shrank more slowly) than the reference area. A difference of two growth
 * rates is in percentage points, not per cent.
 *
 * @throws IndicatorError as {@link growthRate} for either pair.
 */
export function growthDifferential(region0: number, region1: number, reference0: number, reference1: number): number {
  requirePositive("growthDifferential", "region0", region0);
  requireCount("growthDifferential", "region1", region1);
  requirePositive("growthDifferential", "reference0", reference0);
  requireCount("growthDifferential", "reference1", reference1);
  return 100 * (region1 / region0 - 1 - (reference1 / reference0 - 1));
}

/** A value of a time series; `null` marks a missing year. */
export interface SeriesPoint {
  year: number;
  value: number | null;
}

/**
 * Index series with a base year = 100:  I_t = 100 · x_t / x_base.  Missing values stay null.
 * Lets series of different size (a Kreis and Germany) be compared in one chart.
 *
 * @throws IndicatorError for an empty series, duplicate years, a base year that is missing or null, or a base value
 *   that is not positive.
 */
export function indexSeries(series: readonly SeriesPoint[], baseYear: number): {year: number; index: number | null}[] {
  const name = "indexSeries";
  requireNonEmpty(name, "series", series);
  const years = new Set<number>();
  for (const {year, value} of series) {
    if (years.has(year)) throw new IndicatorError(name, "series", `lists year ${year} twice`);
    years.add(year);
    if (value !== null) requireFinite(name, `value of ${year}`, value);
  }
  const base = series.find((p) => p.year === baseYear);
  if (base === undefined) throw new IndicatorError(name, "baseYear", `${baseYear} is not in the series`);
  if (base.value === null) throw new IndicatorError(name, "baseYear", `${baseYear} has no value`);
  requirePositive(name, `base value (${baseYear})`, base.value);
  const baseValue = base.value;
  return series.map(({year, value}) => ({year, index: value === null ? null : (100 * value) / baseValue}));
}

/** The four growth patterns of Camagni & Capello. */
export type GrowthPattern = "virtuous-cycle" | "restructuring" | "industrial-take-off" | "deindustrialisation";

/** German and English labels of the growth patterns, for legends. */
export const GROWTH_PATTERN_LABELS: Readonly<Record<GrowthPattern, {de: string; en: string}>> = {
  "virtuous-cycle": {de: "Wachstum mit Beschäftigung und Produktivität", en: "virtuous cycle"},
  restructuring: {de: "Umstrukturierung (Produktivität vor Beschäftigung)", en: "restructuring"},
  "industrial-take-off": {de: "Beschäftigungswachstum ohne Produktivitätsgewinn", en: "industrial take-off"},
  deindustrialisation: {de: "Schrumpfung (Deindustrialisierung)", en: "deindustrialisation"}
};

/** Employment and output (GDP or gross value added, in constant prices) at the start and end of a period. */
export interface OutputAndEmployment {
  employment0: number;
  employment1: number;
  output0: number;
  output1: number;
}

export interface RelativeGrowth {
  /** REG = (L_r1/L_r0) / (L_n1/L_n0): 1 when the region's employment grew like the reference's. */
  relativeEmploymentGrowth: number;
  /** RPG = (P_r1/P_r0) / (P_n1/P_n0), P = output / employment: 1 when productivity grew like the reference's. */
  relativeProductivityGrowth: number;
  pattern: GrowthPattern;
}

/**
 * Relative employment growth and relative productivity growth of a region against a reference area, and the
 * growth pattern (quadrant) after Camagni & Capello (1999):
 *
 *   REG = (L_r1/L_r0) / (L_n1/L_n0),   RPG = (P_r1/P_r0) / (P_n1/P_n0),   P = Y / L
 *
 * - REG ≥ 1, RPG ≥ 1: virtuous cycle (productivity gains together with jobs);
 * - REG < 1, RPG ≥ 1: restructuring (productivity gained by shedding or not adding jobs);
 * - REG ≥ 1, RPG < 1: industrial take-off (jobs added without catching up in productivity);
 * - REG < 1, RPG < 1: deindustrialisation (falling behind on both).
 * A value of exactly 1 counts as "not below" the reference. Use output in constant prices, otherwise price
 * differences show up as productivity.
 *
 * @throws IndicatorError for values that are not positive.
 */
export function relativeGrowth(region: OutputAndEmployment, reference: OutputAndEmployment): RelativeGrowth {
  const name = "relativeGrowth";
  for (const [side, v] of [
    ["region", region],
    ["reference", reference]
  ] as const) {
    for (const field of ["employment0", "employment1", "output0", "output1"] as const) {
      requirePositive(name, `${side}.${field}`, v[field]);
    }
  }
  const employmentFactor = (v: OutputAndEmployment) => v.employment1 / v.employment0;
  const productivityFactor = (v: OutputAndEmployment) => v.output1 / v.employment1 / (v.output0 / v.employment0);
  const relativeEmploymentGrowth = employmentFactor(region) / employmentFactor(reference);
  const relativeProductivityGrowth = productivityFactor(region) / productivityFactor(reference);
  const jobs = relativeEmploymentGrowth >= 1;
  const productivity = relativeProductivityGrowth >= 1;
  const pattern: GrowthPattern = jobs
    ? productivity
      ? "virtuous-cycle"
      : "industrial-take-off"
    : productivity
      ? "restructuring"
      : "deindustrialisation";
  return {relativeEmploymentGrowth, relativeProductivityGrowth, pattern};
}
