import type {DemographyRow, PopulationRow} from "../shared/rows.js";

import {dependencyRatios, growthRate, indexSeries, populationChange} from "../shared/indicators/index.js";
import {populationSegment} from "../shared/breaks.js";
import {sourceIds} from "../shared/sources.js";

/**
 * Shapes the population and demography datasets for the charts of /bevoelkerung and /gemeinden. Pure functions:
 * every figure comes from the indicator library (index series, population change, dependency ratios, growth),
 * missing inputs give null ("keine Daten"), never 0.
 */

/** The columns of a `population` row read here (`sex` as any string, the way Parquet decodes it). */
export type PopulationInput = Omit<PopulationRow, "flag" | "sex" | "territory"> & {
  sex: string;
  territory?: string | null;
};

/** The columns of a `demography` row read here. */
export type DemographyInput = Pick<DemographyRow, "code" | "year" | "measure" | "age_group" | "value" | "source">;

/** One year of one region's population, ready for LineChart. */
export interface SeriesRow {
  code: string;
  name: string;
  year: number;
  value: number | null;
  /** Census basis; a new basis starts a new line segment. */
  segment: string;
  rounded: boolean;
  computed: boolean;
  source: string;
}

/** The census breaks of the population series: the first year on a new basis. */
export const CENSUS_BREAKS = [
  {year: 2011, label: "Zensus 2011"},
  {year: 2024, label: "Zensus 2022"}
];

/** The total population of one region, by year (sorted), with its census basis as segment. */
export function populationSeries(rows: readonly PopulationInput[], code: string): SeriesRow[] {
  return rows
    .filter((r) => r.code === code && r.sex === "total")
    .map((r) => ({
      code: r.code,
      name: r.name,
      year: r.year,
      value: r.value,
      segment: populationSegment(r),
      rounded: r.rounded,
      computed: r.computed,
      source: r.source
    }))
    .sort((a, b) => a.year - b.year);
}

/** Index (base year = 100) of a series; null where a value is missing; [] when the base year has no value. */
export function indexed(series: readonly SeriesRow[], baseYear: number) {
  const base = series.find((p) => p.year === baseYear);
  if (!base || base.value === null || base.value <= 0) return [];
  return indexSeries(series, baseYear).map((p, i) => ({...series[i]!, index: p.index}));
}

/** Growth in per cent between two values, null if either is missing or the start is not positive. */
export function percentChange(start: number | null | undefined, end: number | null | undefined): number | null {
  if (start == null || end == null || !(start > 0)) return null;
  return 100 * growthRate(start, end);
}

/** One component of a year's population change, per 1,000 inhabitants (mean population). */
export interface ComponentRow {
  year: number;
  component: "Natürlicher Saldo" | "Wanderungssaldo" | "Rest (Korrekturen, Zensus)";
  /** Persons. */
  count: number;
  /** Per 1,000 of the mean population. */
  rate: number;
  /** Total change of the year, persons and per 1,000. */
  change: number;
  changeRate: number;
  source: string;
}

/**
 * Decomposition of each year's change (31.12. of the previous year → 31.12.) into natural balance, migration balance
 * and the residual (populationChange). Years where the population or a flow is missing are left out and listed in
 * `missingYears`, so that the chart can say "keine Daten" instead of showing a partial balance.
 */
export function changeComponents(
  population: readonly SeriesRow[],
  demography: readonly DemographyInput[],
  code: string
): {rows: ComponentRow[]; missingYears: number[]} {
  const flows = new Map<string, DemographyInput>();
  for (const d of demography) if (d.code === code && d.age_group === "total") flows.set(`${d.year}|${d.measure}`, d);
  const byYear = new Map(population.map((p) => [p.year, p]));
  const years = [...new Set(demography.filter((d) => d.code === code && d.measure === "births").map((d) => d.year))];
  const rows: ComponentRow[] = [];
  const missingYears: number[] = [];
  for (const year of years.sort((a, b) => a - b)) {
    const start = byYear.get(year - 1)?.value ?? null;
    const end = byYear.get(year)?.value ?? null;
    const get = (measure: string) => flows.get(`${year}|${measure}`)?.value ?? null;
    const [births, deaths, inMigration, outMigration] = ["births", "deaths", "in_migration", "out_migration"].map(get);
    if (
      start === null ||
      end === null ||
      births == null ||
      deaths == null ||
      inMigration == null ||
      outMigration == null
    ) {
      missingYears.push(year);
      continue;
    }
    const c = populationChange({populationStart: start, populationEnd: end, births, deaths, inMigration, outMigration});
    const source = sourceIds([
      byYear.get(year - 1)!,
      byYear.get(year)!,
      ...["births", "deaths", "in_migration"].map((m) => flows.get(`${year}|${m}`)!)
    ]).join(",");
    const common = {year, change: c.change, changeRate: c.changeRate, source};
    rows.push(
      {...common, component: "Natürlicher Saldo", count: c.naturalBalance, rate: c.naturalRate},
      {...common, component: "Wanderungssaldo", count: c.migrationBalance, rate: c.migrationRate},
      {...common, component: "Rest (Korrekturen, Zensus)", count: c.residual, rate: c.residualRate}
    );
  }
  return {rows, missingYears};
}

/** Dependency ratios of one region from the 0-19 / 20-64 / 65+ bands of the demography dataset. */
export interface DependencyRow {
  code: string;
  name: string;
  year: number;
  youth: number | null;
  oldAge: number | null;
  total: number | null;
  source: string;
}

/** Jugend-, Alten- und Gesamtquotient (dependencyRatios, bounds 20 and 65); null when a band is missing. */
export function dependencyRow(
  demography: readonly DemographyInput[],
  code: string,
  name: string,
  year = 2015
): DependencyRow {
  const band = (group: string) =>
    demography.find((d) => d.code === code && d.year === year && d.measure === "population" && d.age_group === group);
  const bands = [band("0-19"), band("20-64"), band("65+")];
  const source = sourceIds(bands.filter((b) => b !== undefined)).join(",");
  if (bands.some((b) => b?.value == null)) return {code, name, year, youth: null, oldAge: null, total: null, source};
  const [young, working, old] = bands.map((b) => b!.value!);
  const r = dependencyRatios([
    {from: 0, to: 20, count: young!},
    {from: 20, to: 65, count: working!},
    {from: 65, to: null, count: old!}
  ]);
  return {code, name, year, youth: r.youth, oldAge: r.oldAge, total: r.total, source};
}

/** The age groups of the demography dataset in age order ("unter 3 Jahre" … "75 Jahre und mehr"). */
export function ageGroupOrder(group: string): number {
  if (group.startsWith("unter")) return 0;
  const from = Number.parseInt(group, 10);
  return Number.isFinite(from) ? from : Infinity;
}
