/**
 * /bevoelkerung as typed code: from the loaded rows and the URL state (region, base year) to the page's figures,
 * each with its rows, table columns, title, subtitle, description and source line. The page (src/bevoelkerung.md)
 * keeps FileAttachment, the inputs and the layout; what it shows is computed and type-checked here.
 */
import {
  ageColumns,
  ageGroupLabel,
  ageGroups,
  ageRows,
  ageYear,
  censusBreaks,
  censusLabel,
  compareCodes,
  componentColumns,
  dependencyColumns,
  gemeindeMapColumns,
  gemeindeMapRows,
  indexColumns,
  indexRows,
  keyFigures,
  populationBaseYears,
  seriesColumns
} from "../lib/population-page.js";
import {isoDate} from "../lib/gemeinden-page.js";
import {
  changeComponents,
  dependencyRow,
  type DemographyInput,
  populationSeries,
  type PopulationInput
} from "../lib/population-views.js";
import {type RegionInfo, regionLabel, regionOptions} from "../lib/region-picker.js";
import {type Key, t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {formatInteger, formatPercentChange, formatReference, formatStichtag} from "../shared/locale.js";
import {REVIER_KREISE, REVIER_LAENDER} from "../shared/regions.js";
import type {GemeindeOverviewRow} from "../shared/rows.js";
import {PAGE_SOURCES, SOURCES, sourceIds, sourceLine} from "../shared/sources.js";

/** What a Figure needs besides the chart: the rows, the table columns and the texts. */
export interface FigureSpec<Row> {
  rows: Row[];
  columns: {label: string; value: (d: Row) => unknown; digits?: number}[];
  title: string;
  subtitle: string;
  description: string;
  source: string;
}

export interface PopulationData {
  population: PopulationInput[];
  regions: RegionInfo[];
  /** The demography dataset with the aggregates summed (withCompositeSums). */
  demography: (DemographyInput & {computed?: boolean})[];
}

/** The choices the page offers before a region is picked: regions with data, base years, the years shown. */
export function populationChoices({population, regions}: PopulationData, lang: Lang) {
  const codes = new Set(regions.map((r) => r.code));
  const regionChoices = regionOptions(regions, (code) => codes.has(code), lang);
  const bases = populationBaseYears(population);
  const years = {from: bases.years[0]!, to: Math.max(...population.map((r) => r.year))};
  const breaks = censusBreaks(lang);
  return {regionChoices, bases, years, breaks};
}

/** The name of a code as its picker shows it (the code itself when it is not on offer). */
export function choiceLabel(choices: Map<string, string>, code: string): string {
  return [...choices].find(([, c]) => c === code)?.[0] ?? code;
}

const and = (lang: Lang) => (lang === "de" ? " und " : " and ");
const computed = (rows: readonly {computed?: boolean | null}[]) => rows.some((d) => !!d.computed);

/** Everything /bevoelkerung shows for `region` with the index based on `baseYear`. */
export function populationFigures(data: PopulationData, state: {region: string; baseYear: number}, lang: Lang) {
  const {region, baseYear} = state;
  const {regionChoices, years, breaks} = populationChoices(data, lang);
  const label = (code: string) => choiceLabel(regionChoices, code);
  const info = data.regions.find((r) => r.code === region);
  if (!info) throw new Error(`/bevoelkerung: region ${region} is not in the regions dataset`);
  const name = regionLabel(region, info.name, lang);
  const has = new Set(data.regions.map((r) => r.code));
  const compare = compareCodes(info, (c) => has.has(c));
  const breakYears = breaks.map((b) => b.year).join(and(lang));
  const tr = (key: Key, params?: Record<string, string | number>) => t(lang, key, params);

  const series = populationSeries(data.population, region);
  const indexCodes = [...new Set([region, "REV-MD", ...compare])];
  const index = indexRows(data.population, indexCodes, baseYear, lang);
  const components = changeComponents(series, data.demography, region);
  const ageAt = ageYear(data.demography);
  const ageDate = formatStichtag(ageAt, "31.12.", lang);
  const groups = ageGroups(data.demography);
  const ageNames = compare.map(label).join(", ");
  const ages = ageRows(data.demography, compare, groups, ageAt, label, lang);
  const dependencyCodes = [...new Set([region, ...REVIER_KREISE, "REV-MD", ...REVIER_LAENDER, "OST", "DG"])];
  const dependencies = dependencyCodes.map((code) => dependencyRow(data.demography, code, label(code), ageAt));
  const componentFrom = components.rows[0]?.year ?? "";
  const componentTo = components.rows.at(-1)?.year ?? "";

  const key = keyFigures(series);
  const day = (p: {year: number}) => formatStichtag(p.year, "31.12.", lang);
  const basis = (text: string | null) => censusLabel(text ?? "", lang);
  const kpis = [
    {
      title: tr("population.kpi.inhabitants", {name}),
      value: formatInteger(key.latest?.value, lang),
      note: key.latest ? tr("population.kpi.basis", {date: day(key.latest), basis: basis(key.latestBasis)}) : ""
    },
    {
      title: tr("population.kpi.old"),
      value: formatInteger(key.old?.value, lang),
      note:
        key.old && key.latest
          ? tr("population.kpi.oldNote", {date: day(key.old), basis: basis(key.oldBasis), year: key.latest.year})
          : ""
    },
    {
      title: tr("population.kpi.change", {from: key.from?.year ?? "", to: key.old?.year ?? ""}),
      value: formatPercentChange(key.change, 1, lang),
      note:
        key.from && key.old
          ? tr("population.kpi.changeNote", {from: day(key.from), to: day(key.old), basis: basis(key.oldBasis)})
          : ""
    }
  ];

  return {
    name,
    kpis,
    breaks,
    population: {
      rows: series,
      columns: seriesColumns(lang),
      title: tr("population.chart.title", {name}),
      subtitle: tr("population.chart.subtitle", {
        ...years,
        breaks: breaks.map((b) => `${b.year} (${b.label})`).join(and(lang))
      }),
      description: tr("population.chart.description", {name, ...years, years: breakYears}),
      source: sourceLine(sourceIds(series), {computed: computed(series), lang})
    } satisfies FigureSpec<(typeof series)[number]>,
    index: {
      rows: index.rows,
      columns: indexColumns(lang, baseYear),
      title: tr("population.index.title", {year: baseYear}),
      subtitle: tr("population.index.subtitle", {
        year: baseYear,
        ...years,
        years: breakYears,
        last: breaks.at(-1)!.year
      }),
      description: tr("population.index.description", {names: indexCodes.map(label).join(", "), year: baseYear}),
      source: sourceLine(sourceIds(index.rows), {computed: true, lang}),
      missing: index.missing.length
        ? tr("population.index.missing", {year: baseYear, names: index.missing.map(label).join(", ")})
        : null
    },
    components: {
      rows: components.rows,
      columns: componentColumns(lang),
      title: tr("population.components.title", {name}),
      subtitle: tr("population.components.subtitle", {from: componentFrom, to: componentTo}),
      description: tr("population.components.description", {name}),
      source: sourceLine(sourceIds(components.rows), {computed: true, lang}),
      missing: components.missingYears.length
        ? tr("population.components.missing", {years: components.missingYears.join(", ")})
        : null
    },
    age: {
      rows: ages,
      columns: ageColumns(lang),
      title: tr("population.age.title", {names: ageNames}),
      subtitle: tr("population.age.subtitle", {date: ageDate}),
      description: tr("population.age.description", {names: ageNames, date: ageDate}),
      source: sourceLine(sourceIds(ages), {computed: true, lang}),
      groups: groups.map((g) => ageGroupLabel(g, lang)),
      regions: compare.map(label)
    },
    dependency: {
      rows: dependencies,
      columns: dependencyColumns(lang),
      title: tr("population.dependency.title"),
      subtitle: tr("population.dependency.subtitle", {date: ageDate}),
      description: tr("population.dependency.description"),
      source: sourceLine(sourceIds(dependencies), {computed: true, lang}),
      highlight: [label(region)]
    }
  };
}

interface GemeindeFeature {
  id: string;
  properties: {name: string};
}

/** The map of Gemeinde change between the two dates of gemeinden_overview, on the boundaries of the map file. */
export function gemeindenMapFigure(
  features: readonly GemeindeFeature[],
  gemeinden: readonly GemeindeOverviewRow[],
  lang: Lang
) {
  const first = gemeinden[0];
  if (!first) throw new Error("/bevoelkerung: gemeinden_overview has no rows");
  const rows = gemeindeMapRows(features, gemeinden, lang);
  const dates = {
    start: isoDate(first.date_start, lang),
    end: isoDate(first.date, lang),
    boundaries: formatReference(SOURCES[PAGE_SOURCES.geometry]!.reference, lang)
  };
  return {
    rows,
    columns: gemeindeMapColumns(lang, dates),
    title: t(lang, "population.gemeinden.title"),
    subtitle: t(lang, "population.gemeinden.subtitle", dates),
    description: t(lang, "population.gemeinden.description", dates),
    source: sourceLine([...sourceIds(rows), PAGE_SOURCES.geometry], {computed: true, lang}),
    values: new Map(rows.map((d) => [d.code, d.change])),
    heading: t(lang, "population.gemeinden.heading", {from: first.date_start.slice(0, 4), to: first.date.slice(0, 4)}),
    intro: t(lang, "population.gemeinden.intro", {
      ...dates,
      comparable: formatInteger(rows.filter((d) => d.change !== null).length, lang),
      count: formatInteger(rows.length, lang)
    })
  };
}
