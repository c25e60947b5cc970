/**
 * What /bevoelkerung shows, computed from the population, demography and gemeinden_overview datasets: base years,
 * comparison regions, key figures around the census breaks, age structure, Gemeinde map rows and the tables'
 * columns. Pure; the page lays these out.
 */
import {withGroupSums} from "./group-sums.js";
import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {formatStichtag} from "../shared/locale.js";
import {
  ageGroupOrder,
  CENSUS_BREAKS,
  type ComponentRow,
  type DemographyInput,
  type DependencyRow,
  indexed,
  percentChange,
  populationSeries,
  type PopulationInput,
  type SeriesRow
} from "./population-views.js";
import {regionLabel} from "./region-picker.js";
import {COMPOSITE_REGIONS} from "../shared/regions.js";
import type {GemeindeOverviewRow} from "../shared/rows.js";
import {firstYearOf, PAGE_SOURCES} from "../shared/sources.js";

/** Aggregates (Reviere, East Germany) as sums of their members; null where one member is missing. */
export function withCompositeSums<Row extends DemographyInput>(rows: readonly Row[]): Row[] {
  return withGroupSums(rows, COMPOSITE_REGIONS, {
    key: (r) => `${r.year}|${r.measure}|${r.age_group}`,
    value: (r) => r.value,
    build: (template, group, sum) => ({...template, code: group.code, value: sum, computed: true})
  });
}

/**
 * Base years of the index: every year but the last. The default is the first year of the Regionaldatenbank's Kreis
 * table (source catalogue), from which most Kreise have exact rather than rounded figures.
 */
export function populationBaseYears(
  rows: readonly {year: number}[],
  exactFrom: number = firstYearOf(PAGE_SOURCES.populationKreise)
) {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b).slice(0, -1);
  return {years, initial: years.includes(exactFrom) ? exactFrom : years[0]!};
}

interface RegionLevel {
  code: string;
  level: string;
  land?: string | null;
}

/**
 * Comparison areas: a Kreis against its Land and Germany; a Land or an aggregate against East Germany and Germany.
 * Only codes with data (`has`).
 */
export function compareCodes(region: RegionLevel, has: (code: string) => boolean): string[] {
  const parent = region.level === "kreis" ? (region.land ?? region.code.slice(0, 2)) : null;
  const east = region.code.startsWith("REV") || region.level === "land" ? "OST" : null;
  return [...new Set([region.code, parent, east, "DG"])].filter((c): c is string => !!c && has(c));
}

/** Index series (base year = 100) of `codes`, named in `lang`, and the codes without a value in the base year. */
export function indexRows(
  population: readonly PopulationInput[],
  codes: readonly string[],
  baseYear: number,
  lang: Lang
) {
  const rows = codes.flatMap((code) =>
    indexed(populationSeries(population, code), baseYear).map((r) => ({...r, name: regionLabel(r.code, r.name, lang)}))
  );
  return {rows, missing: codes.filter((code) => !rows.some((r) => r.code === code))};
}

/**
 * The key figures around the last census break: the latest value (new basis), the last value on the old basis and
 * the change over the old basis, from its first year to its last. Years come from the series and CENSUS_BREAKS.
 */
export function keyFigures(series: readonly SeriesRow[]) {
  const known = series.filter((p) => p.value !== null);
  const latest = known.at(-1) ?? null;
  const breaks = CENSUS_BREAKS.filter((b) => latest && b.year <= latest.year);
  const last = breaks.at(-1);
  const previous = breaks.at(-2);
  const at = (year: number | undefined) => (year === undefined ? null : (series.find((p) => p.year === year) ?? null));
  const old = at(last ? last.year - 1 : undefined);
  const from = at(previous?.year);
  return {
    latest,
    latestBasis: last?.label ?? null,
    old,
    oldBasis: previous?.label ?? null,
    from,
    change: percentChange(from?.value, old?.value)
  };
}

/** The latest year with the age bands of the dependency ratios in the demography dataset. */
export function ageYear(demography: readonly DemographyInput[]): number {
  const years = demography.filter((d) => d.measure === "population" && d.age_group === "0-19").map((d) => d.year);
  if (!years.length) throw new Error("demography: no population by age band 0-19");
  return Math.max(...years);
}

/** The age groups of the demography dataset in age order. */
export function ageGroups(demography: readonly DemographyInput[]): string[] {
  const groups = demography
    .filter((d) => d.measure === "population" && / Jahre|unter /.test(d.age_group))
    .map((d) => d.age_group);
  return [...new Set(groups)].sort((a, b) => ageGroupOrder(a) - ageGroupOrder(b));
}

/** Population by age group (named in `lang`) of `codes` in `year`, with the share of the total in per cent (null if unknown). */
export function ageRows(
  demography: readonly DemographyInput[],
  codes: readonly string[],
  groups: readonly string[],
  year: number,
  label: (code: string) => string,
  lang: Lang
) {
  return codes.flatMap((code) => {
    const rows = demography.filter((d) => d.code === code && d.measure === "population" && d.year === year);
    const total = rows.find((d) => d.age_group === "total")?.value ?? null;
    return groups.map((group) => {
      const row = rows.find((d) => d.age_group === group);
      const value = row?.value ?? null;
      const share = value === null || !total ? null : (100 * value) / total;
      return {
        code,
        name: label(code),
        age_group: ageGroupLabel(group, lang),
        value,
        share,
        source: row?.source ?? null
      };
    });
  });
}

/** The components' names in `lang` (the chart's colours follow the German names of the dataset). */
export function componentName(component: ComponentRow["component"], lang: Lang): string {
  const key = {
    "Natürlicher Saldo": "population.component.natural",
    Wanderungssaldo: "population.component.migration",
    "Rest (Korrekturen, Zensus)": "population.component.rest"
  } as const;
  return t(lang, key[component]);
}

interface GemeindeFeature {
  id: string;
  properties: {name: string};
}

/** One row per Gemeinde of the map (boundaries of 2021) with its change where the territory is unchanged. */
export function gemeindeMapRows(
  features: readonly GemeindeFeature[],
  gemeinden: readonly GemeindeOverviewRow[],
  lang: Lang
) {
  const byCode = new Map(gemeinden.map((g) => [g.code, g]));
  return features
    .map((f) => {
      const g = byCode.get(f.id);
      return {
        code: f.id,
        name: f.properties.name,
        kreis: g?.kreis_name ?? "",
        start: g?.population_start ?? null,
        end: g?.population ?? null,
        change: g ? percentChange(g.population_start, g.population) : null,
        status: g ? t(lang, `population.territory.${g.territory}`) : t(lang, "population.territory.gone"),
        source: g ? `${g.source_start},${g.source}` : null
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Columns of the population series table. */
export function seriesColumns(lang: Lang) {
  return [
    {label: t(lang, "population.col.region"), value: (d: SeriesRow) => regionLabel(d.code, d.name, lang)},
    {label: t(lang, "population.col.date"), value: (d: SeriesRow) => formatStichtag(d.year, "31.12.", lang)},
    {label: t(lang, "population.col.inhabitants"), value: (d: SeriesRow) => d.value},
    {label: t(lang, "population.col.basis"), value: (d: SeriesRow) => d.segment},
    {
      label: t(lang, "population.col.note"),
      value: (d: SeriesRow) =>
        [d.rounded ? t(lang, "population.rounded") : "", d.computed ? t(lang, "figure.ownCalculation") : ""]
          .filter(Boolean)
          .join(", ")
    }
  ];
}

/** An age group of the demography dataset ("15 bis unter 18 Jahre", "75 Jahre und mehr") in `lang`. */
export function ageGroupLabel(group: string, lang: Lang): string {
  if (lang === "de") return group;
  return group
    .replace(/\bbis unter\b/g, "to under")
    .replace(/^unter\b/, "under")
    .replace(/\bJahre\b/g, "years")
    .replace(/\bund mehr\b/g, "and over");
}

/** "Zensus 2011" (a census basis or break of the dataset) in `lang`: "2011 census"; other text unchanged. */
export function censusLabel(text: string, lang: Lang): string {
  return lang === "de" ? text : text.replace(/Zensus (\d{4})/g, "$1 census");
}

/** The census breaks for LineChart, labelled in `lang`. */
export function censusBreaks(lang: Lang) {
  return CENSUS_BREAKS.map((b) => ({year: b.year, label: censusLabel(b.label, lang)}));
}

type Column<T> = {label: string; value: (d: T) => unknown; digits?: number};

/** Columns of the index table. */
export function indexColumns(lang: Lang, baseYear: number): Column<SeriesRow & {index: number | null}>[] {
  return [
    {label: t(lang, "population.col.region"), value: (d) => d.name},
    {label: t(lang, "population.col.date"), value: (d) => formatStichtag(d.year, "31.12.", lang)},
    {label: t(lang, "population.col.index", {year: baseYear}), value: (d) => d.index, digits: 1},
    {label: t(lang, "population.col.inhabitants"), value: (d) => d.value},
    {label: t(lang, "population.col.basis"), value: (d) => censusLabel(d.segment, lang)}
  ];
}

/** Columns of the components table. */
export function componentColumns(lang: Lang): Column<ComponentRow>[] {
  return [
    {label: t(lang, "population.col.year"), value: (d) => String(d.year)},
    {label: t(lang, "population.col.component"), value: (d) => componentName(d.component, lang)},
    {label: t(lang, "population.col.persons"), value: (d) => d.count},
    {label: t(lang, "population.col.per1000"), value: (d) => d.rate, digits: 1},
    {label: t(lang, "population.col.totalChange"), value: (d) => d.change}
  ];
}

/** Columns of the age-structure table. */
export function ageColumns(lang: Lang): Column<ReturnType<typeof ageRows>[number]>[] {
  return [
    {label: t(lang, "population.col.region"), value: (d) => d.name},
    {label: t(lang, "population.col.ageGroup"), value: (d) => d.age_group},
    {label: t(lang, "population.col.persons"), value: (d) => d.value},
    {label: t(lang, "population.col.share"), value: (d) => d.share, digits: 1}
  ];
}

/** Columns of the dependency-ratio table. */
export function dependencyColumns(lang: Lang): Column<DependencyRow>[] {
  return [
    {label: t(lang, "population.col.region"), value: (d) => d.name},
    {label: t(lang, "population.col.youth"), value: (d) => d.youth, digits: 1},
    {label: t(lang, "population.col.oldAge"), value: (d) => d.oldAge, digits: 1},
    {label: t(lang, "population.col.total"), value: (d) => d.total, digits: 1}
  ];
}

/** Columns of the Gemeinde map's table; `dates` are the two reference dates in `lang`. */
export function gemeindeMapColumns(
  lang: Lang,
  dates: {start: string; end: string}
): Column<ReturnType<typeof gemeindeMapRows>[number]>[] {
  return [
    {label: t(lang, "population.col.gemeinde"), value: (d) => d.name},
    {label: t(lang, "population.col.code"), value: (d) => d.code},
    {label: t(lang, "population.col.kreis"), value: (d) => d.kreis},
    {label: dates.start, value: (d) => d.start},
    {label: dates.end, value: (d) => d.end},
    {label: t(lang, "population.col.change"), value: (d) => d.change, digits: 1},
    {label: t(lang, "population.col.territory"), value: (d) => d.status}
  ];
}
