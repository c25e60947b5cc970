import type {LabourMarketRow, PopulationRow} from "../../src/shared/rows.js";
import type {SeriesPoint} from "./plausibility.js";

/**
 * Bands of the year-on-year checks (data-loaders/checks/plausibility.ts). Population across the census breaks
 * (2010 → 2011, 2023 → 2024): at most 10 % (largest real change 7.5 %, 07211 Trier 2023 → 2024, Zensus 2022).
 * Unemployed (annual averages, Kreise and Länder): at most a factor 4 either way (+300 % / −75 %) from 100 persons on (real
 * changes reach +259 %, BA 2012 with incomplete months → 2013; the 99.9th percentile is 55 %); a cell ten times
 * too large or a lost digit is caught. Counts that do not fit their own rate (Vechta 2010 and six more cells of
 * 13211-02-05-4 in Niedersachsen 2009/2010) are published as null with flag "/" (labour-market.ts,
 * countsInconsistentWithRate), so no series needs an exception.
 */
export const YEAR_ON_YEAR = {
  populationBreakPercent: 10,
  unemployedPercent: 300,
  unemployedMinValue: 100
} as const;

/** Population totals of Kreise and Länder as series points with their census basis. */
export function populationPoints(rows: readonly PopulationRow[]): SeriesPoint[] {
  return rows
    .filter((r) => r.sex === "total" && (r.level === "kreis" || r.level === "land"))
    .map((r) => ({
      series: r.code,
      label: `${r.code} ${r.name}`,
      year: r.year,
      value: r.value,
      basis: r.basis,
      source: r.source
    }));
}

/** Unemployed (annual averages) of Kreise and Länder as series points; a change of source is a break. */
export function unemployedPoints(rows: readonly LabourMarketRow[]): SeriesPoint[] {
  return rows
    .filter((r) => r.measure === "unemployed" && r.code.length <= 5 && r.code !== "DG")
    .map((r) => ({
      series: `${r.code}|${r.definition}`,
      label: `${r.code} Arbeitslose`,
      year: r.year,
      value: r.value,
      basis: r.source,
      source: r.source
    }));
}
