/**
 * What /vergleich shows for the chosen regions, computed from the `comparison` view: the regions on offer, the
 * key-figure row per region and the table's columns. Pure; the page only lays these out.
 */
import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import type {OverviewRow} from "../shared/rows.js";
import {formatReference} from "../shared/locale.js";
import {changeWithinSegment, firstYearFrom, formatChange, latestOf, seriesOf, shareSeries} from "./overview.js";
import {pickableRegions, type PickableRegion, regionLabel} from "./region-picker.js";

export const DEFAULT_REGIONS = ["REV-MD", "REV-LAU", "REV-RH", "OST", "DG"];

/** Every region of the view, for the picker (the order and groups of `pickableRegions`). */
export function comparisonRegions(data: readonly OverviewRow[], lang: Lang): PickableRegion[] {
  const regions = [...new Map(data.map((r) => [r.code, r])).values()].map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    land: r.level === "kreis" ? r.code.slice(0, 2) : null
  }));
  const codes = new Set(regions.map((r) => r.code));
  return pickableRegions(regions, (code) => codes.has(code), lang);
}

/** A region's name as the charts show it (Kreise with their name, the rest in `lang`). */
export function comparisonName(data: readonly OverviewRow[], code: string, lang: Lang): string {
  return regionLabel(code, seriesOf(data, code, "population")[0]?.name, lang);
}

export interface ComparisonTableRow {
  code: string;
  name: string;
  population: number | null;
  populationDate: string;
  populationChange: string;
  svb: number | null;
  svbDate: string;
  svbChange: string;
  rate: number | null;
  rateDate: string;
  rateChange: string;
  share: number | null;
  shareDate: string;
  rows: OverviewRow[];
}

/** The key figures of one region: latest values and changes from `baseYear` within one series segment. */
export function comparisonRow(
  data: readonly OverviewRow[],
  code: string,
  baseYear: number,
  lang: Lang
): ComparisonTableRow {
  const pop = seriesOf(data, code, "population");
  const emp = seriesOf(data, code, "svb_workplace");
  const rate = seriesOf(data, code, "unemployment_rate");
  const share = shareSeries(data, code, "svb_occ_211", "svb_workplace");
  const change = (series: OverviewRow[], kind: "percent" | "points" = "percent") =>
    changeWithinSegment(series, firstYearFrom(series, baseYear) ?? baseYear, kind);
  const popChange = change(pop);
  const empChange = change(emp);
  const rateChange = change(rate, "points");
  const missing = t(lang, "value.missing");
  const text = (c: ReturnType<typeof change>, digits = 1) =>
    c
      ? `${formatChange(c, digits, lang).replace(` ${t(lang, "unit.percentagePoints")}`, "")} (${c.from.year}–${c.to.year})`
      : missing;
  const [lastPop, lastEmp, lastRate, lastShare] = [pop, emp, rate, share].map(latestOf);
  return {
    code,
    name: comparisonName(data, code, lang),
    population: lastPop?.value ?? null,
    populationDate: lastPop ? formatReference(lastPop.reference, lang) : "",
    populationChange: text(popChange),
    svb: lastEmp?.value ?? null,
    svbDate: lastEmp ? formatReference(lastEmp.reference, lang) : "",
    svbChange: text(empChange),
    rate: lastRate?.value ?? null,
    rateDate: lastRate ? String(lastRate.year) : "",
    rateChange: text(rateChange),
    share: lastShare?.value ?? null,
    shareDate: lastShare ? formatReference(lastShare.reference, lang) : "",
    rows: [lastPop, lastEmp, lastRate, lastShare, popChange?.from, empChange?.from, rateChange?.from].filter(
      (r): r is OverviewRow => !!r
    )
  };
}

interface Column {
  label: string;
  value: (d: ComparisonTableRow) => string | number | null;
  digits?: number;
}

/** The table's columns; a reference date shared by every row goes into the header, else into a column of its own. */
export function comparisonColumns(table: readonly ComparisonTableRow[], lang: Lang): Column[] {
  const dated = (
    key: Parameters<typeof t>[1],
    date: (d: ComparisonTableRow) => string,
    value: Column["value"],
    digits?: number
  ) => {
    const label = t(lang, key);
    const dates = [...new Set(table.map(date).filter((d) => d !== ""))];
    return dates.length <= 1
      ? [{label: dates.length ? `${label} (${dates[0]})` : label, value, digits}]
      : [
          {label, value, digits},
          {label: t(lang, "comparison.col.date"), value: (d: ComparisonTableRow) => date(d)}
        ];
  };
  return [
    {label: t(lang, "comparison.col.region"), value: (d) => d.name},
    ...dated(
      "comparison.col.population",
      (d) => d.populationDate,
      (d) => d.population
    ),
    {label: t(lang, "comparison.col.populationChange"), value: (d) => d.populationChange},
    ...dated(
      "comparison.col.svb",
      (d) => d.svbDate,
      (d) => d.svb
    ),
    {label: t(lang, "comparison.col.svbChange"), value: (d) => d.svbChange},
    ...dated(
      "comparison.col.rate",
      (d) => d.rateDate,
      (d) => d.rate,
      1
    ),
    {label: t(lang, "comparison.col.rateChange"), value: (d) => d.rateChange},
    ...dated(
      "comparison.col.share",
      (d) => d.shareDate,
      (d) => d.share,
      2
    )
  ];
}
