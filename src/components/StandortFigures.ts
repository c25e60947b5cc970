import {t, type Lang} from "../shared/i18n/index.js";
import type {PoolPoint} from "../lib/labour-pool.js";
import type {ComparisonRow} from "../lib/location-factors.js";
import {BarList} from "./BarList.js";
import {Figure, type FigureOptions, type TableColumn} from "./figure.js";
import {LineChart} from "./LineChart.js";

/** The figures of /standort: unemployed per vacancy as lines or bars, and a measure compared across regions. */

type Texts = Pick<FigureOptions, "title" | "subtitle" | "description" | "source" | "region">;

export interface PoolFigureOptions extends Texts {
  lang: Lang;
  width: number;
  /** Region name of a code. */
  nameOf: (code: string) => string;
  /** Label of a bar or table row: the region (default) or, for rankings, the occupation group. */
  label?: (point: PoolPoint & {occupation?: string}) => string;
  /** "lines": one line per region over the years; "bars": one bar per point. */
  kind: "lines" | "bars";
  highlight?: string;
  digits?: number;
}

/** The table of a labour-pool figure: region (or group), year, unemployed, vacancies, ratio, lower-bound note. */
export function poolColumns(
  lang: Lang,
  label: (p: PoolPoint & {occupation?: string}) => string,
  labelHeader = t(lang, "standort.col.region")
): TableColumn<PoolPoint>[] {
  return [
    {label: labelHeader, value: label},
    {label: t(lang, "standort.col.year"), value: (p) => String(p.year)},
    {label: t(lang, "standort.col.unemployed"), value: (p) => p.unemployed},
    {label: t(lang, "standort.col.vacancies"), value: (p) => p.vacancies},
    {label: t(lang, "standort.col.ratio"), value: (p) => p.unemployedPerVacancy, digits: 2},
    {label: t(lang, "standort.col.note"), value: (p) => (p.lowerBound ? t(lang, "standort.lowerBound") : "")}
  ];
}

/** Unemployed per registered vacancy, as lines over the years or as bars, with its table and source line. */
export function PoolFigure(points: readonly (PoolPoint & {occupation?: string})[], options: PoolFigureOptions) {
  const {lang, width, nameOf, kind, highlight, digits = 1, title, subtitle, description, source, region} = options;
  const label = options.label ?? ((p: PoolPoint) => nameOf(p.code));
  const axis = t(lang, "standort.ratioAxis");
  const chart =
    kind === "lines"
      ? LineChart(
          points.map((p) => ({name: nameOf(p.code), year: p.year, value: p.unemployedPerVacancy})),
          {width, lang, yLabel: axis, digits, highlight}
        )
      : BarList(
          points.map((p) => ({label: label(p), value: p.unemployedPerVacancy, note: barNote(lang, p)})),
          {width, xLabel: axis, digits, highlight}
        );
  const header = options.label ? t(lang, "standort.col.group") : t(lang, "standort.col.region");
  // Every "*" on a bar is explained under the chart and in every export.
  const notes = kind === "bars" && points.some((p) => p.lowerBound) ? [`* ${t(lang, "standort.lowerBound")}`] : [];
  return Figure(chart, points, poolColumns(lang, label, header), {title, subtitle, description, source, region, notes});
}

/** A ratio with no registered vacancy is undefined, not missing: say so; "*" marks a lower bound. */
function barNote(lang: Lang, p: PoolPoint): string | undefined {
  if (p.vacancies === 0) return t(lang, "standort.noVacancies");
  return p.lowerBound ? "*" : undefined;
}

export interface ComparisonFigureOptions extends Texts {
  lang: Lang;
  width: number;
  nameOf: (code: string) => string;
  /** i18n key of the axis label. */
  axis: "standort.axis.price" | "standort.axis.income" | "standort.axis.insolvency";
  digits: number;
  /** Further table columns (baureifes Land, number of sales). */
  columns?: TableColumn<ComparisonRow>[];
  /** Name of the bar to highlight (the Kreis). */
  highlight?: string;
}

/** A measure of the Kreis beside its Land, Germany and the Reviere, as bars with a table. */
export function ComparisonFigure(rows: readonly ComparisonRow[], options: ComparisonFigureOptions) {
  const {
    lang,
    width,
    nameOf,
    axis,
    digits,
    columns = [],
    highlight,
    title,
    subtitle,
    description,
    source,
    region
  } = options;
  return Figure(
    BarList(
      rows.map((r) => ({label: nameOf(r.code), value: r.value})),
      {width, xLabel: t(lang, axis), digits, highlight}
    ),
    rows,
    [
      {label: t(lang, "standort.col.region"), value: (r) => nameOf(r.code)},
      {label: t(lang, "standort.col.value"), value: (r) => r.value, digits},
      ...columns
    ],
    {title, subtitle, description, source, region}
  );
}
