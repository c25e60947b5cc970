/**
 * What /gemeinden shows, computed from the `gemeinden_overview` view: the rows with their change, the areas and map
 * modes on offer, the reference dates, the counts above the table and the table's columns. Pure; the page lays
 * these out.
 */
import {type Key, t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {verbandKind} from "./labels.js";
import {formatDate} from "../shared/locale.js";
import {percentChange} from "./population-views.js";
import {REVIER_KREISE} from "../shared/regions.js";
import type {GemeindeOverviewRow} from "../shared/rows.js";

/** Areas the page offers (`?gebiet=`): the Revier, one Land, or all three Länder. */
export const GEMEINDEN_AREAS = ["rev", "14", "15", "16", "alle"] as const;
/** Map modes (`?karte=`). */
export const GEMEINDEN_MAP_MODES = ["veraenderung", "dichte"] as const;
const LAENDER = ["14", "15", "16"];
/** The Verband kinds that group several Gemeinden (a verbandsfreie Gemeinde is its own Verband). */
const VERBAND_KINDS = ["Verbandsgemeinde", "Verwaltungsgemeinschaft", "Verwaltungsverband"];

export type GemeindeRow = GemeindeOverviewRow & {change: number | null; verband: string};

/**
 * The rows as the page shows them: the change in per cent where the territory is unchanged since `date_start`
 * (`population_start` is null otherwise), and a dash as the Verband of a verbandsfreie Gemeinde rather than its own name.
 */
export function gemeindenRows(rows: readonly GemeindeOverviewRow[]): GemeindeRow[] {
  return rows.map((g) => ({
    ...g,
    change: percentChange(g.population_start, g.population),
    verband: VERBAND_KINDS.includes(g.verband_kind) ? g.verband_name : "–"
  }));
}

/** An ISO date (yyyy-mm-dd) in `lang`: "31.12.2023" / "31 Dec 2023". */
export function isoDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number);
  return formatDate(new Date(Date.UTC(y!, m! - 1, d!)), lang);
}

/** The dates of the view in `lang`: population start and end, and the Gebietsstand. */
export function gemeindenDates(rows: readonly GemeindeOverviewRow[], lang: Lang) {
  const first = rows[0];
  if (!first) throw new Error("gemeinden_overview: no rows");
  return {
    start: isoDate(first.date_start, lang),
    end: isoDate(first.date, lang),
    territory: isoDate(first.gebietsstand, lang)
  };
}

/** The name of an area in `lang`. */
export function areaName(area: string, lang: Lang): string {
  return area === "rev"
    ? t(lang, "site.region")
    : area === "alle"
      ? t(lang, "gemeinden.area.all")
      : t(lang, `region.${area}` as Key);
}

/** Whether a Gemeinde lies in `area`. */
export function inArea(g: Pick<GemeindeOverviewRow, "revier" | "land">, area: string): boolean {
  return area === "rev" ? g.revier : area === "alle" ? true : g.land === area;
}

/** Whether a Kreis (by code) is drawn for `area`. */
export function kreisInArea(code: string, area: string): boolean {
  return area === "rev"
    ? REVIER_KREISE.includes(code)
    : area === "alle"
      ? LAENDER.includes(code.slice(0, 2))
      : code.startsWith(area);
}

/** The Gemeinden of `area`, only the towns if `onlyTowns`. */
export function gemeindenIn<T extends GemeindeRow>(rows: readonly T[], area: string, onlyTowns: boolean): T[] {
  return rows.filter((g) => inArea(g, area) && (!onlyTowns || g.is_stadt));
}

/** The counts above the table; the population is null (not a partial sum) when one Gemeinde has none. */
export function selectionSummary(hits: readonly GemeindeRow[]) {
  return {
    gemeinden: hits.length,
    towns: hits.filter((g) => g.is_stadt).length,
    population: hits.some((g) => g.population === null) ? null : hits.reduce((s, g) => s + (g.population ?? 0), 0),
    verbaende: new Set(hits.filter((g) => VERBAND_KINDS.includes(g.verband_kind)).map((g) => g.verband_code)).size,
    comparable: hits.filter((g) => g.change !== null).length
  };
}

type Dates = ReturnType<typeof gemeindenDates>;

/** The table's column labels in `lang` (keys of GemeindeRow). */
export function gemeindenLabels(lang: Lang, dates: Dates): Record<string, string> {
  return {
    name: t(lang, "gemeinden.col.name"),
    kreis_name: t(lang, "gemeinden.col.kreis"),
    population: t(lang, "gemeinden.col.population", {date: dates.end}),
    area_km2: t(lang, "gemeinden.col.area"),
    density: t(lang, "gemeinden.col.density"),
    change: t(lang, "gemeinden.col.change", {date: dates.start}),
    is_stadt: t(lang, "gemeinden.col.town"),
    verband: t(lang, "gemeinden.col.verband"),
    verband_kind: t(lang, "gemeinden.col.verbandKind")
  };
}

/** Columns for the downloads (CSV/XLSX). */
export function gemeindenColumns(lang: Lang, dates: Dates) {
  const labels = {...gemeindenLabels(lang, dates), change: t(lang, "gemeinden.col.changePercent", {date: dates.start})};
  return Object.entries(labels).map(([key, label]) => ({
    label,
    digits: key === "area_km2" ? 2 : key === "change" ? 1 : 0,
    value: (g: GemeindeRow) =>
      key === "is_stadt"
        ? g.is_stadt
          ? t(lang, "gemeinden.town")
          : ""
        : key === "verband_kind"
          ? verbandKind(g.verband_kind, lang)
          : (g[key as keyof GemeindeRow] ?? null)
  }));
}
