/**
 * What the start page (src/index.md) shows, computed from the `overview` view: the headline cards, the base years
 * on offer, the index series and the values of the Kreis map. Pure; the page only lays these out.
 */
import {t} from "../shared/i18n/index.js";
import {sourceIds} from "../shared/sources.js";
import type {Lang} from "../shared/i18n/types.js";
import type {OverviewRow} from "../shared/rows.js";
import {growthRate} from "../shared/indicators/growth.js";
import {formatDecimal, formatInteger, formatReference} from "../shared/locale.js";
import {
  type Change,
  changeWithinSegment,
  firstYearFrom,
  formatChange,
  latestOf,
  seriesOf,
  shareSeries
} from "./overview.js";

export const REVIER = "REV-MD";

/** A headline card's texts (the Headline component's options). */
export interface Card {
  label: string;
  value: string;
  reference: string;
  change: string;
  trend: number | null;
  note?: string;
}

/**
 * The years the base-year select offers, and its default: from the first year of Germany's unemployment rate (the
 * Revier's where Germany has none) to the last year of the Revier's rate, both taken from the data.
 */
export function baseYears(overview: readonly OverviewRow[]): {years: number[]; initial: number} {
  const rate = (code: string) => seriesOf(overview, code, "unemployment_rate").filter((r) => r.value !== null);
  const population = seriesOf(overview, REVIER, "population").filter((r) => r.value !== null);
  const first = rate("DG")[0]?.year ?? rate(REVIER)[0]?.year ?? population[0]?.year ?? 0;
  const last = rate(REVIER).at(-1)?.year ?? population.at(-2)?.year ?? first;
  const years = population.map((r) => r.year).filter((y) => y >= first && y <= last);
  // The default is the first year of the occupation data (svb_occ_211), so that every card starts together.
  const occupations = seriesOf(overview, REVIER, "svb_occ_211").find((r) => r.value !== null)?.year;
  const initial = occupations !== undefined && years.includes(occupations) ? occupations : years[0]!;
  return {years, initial};
}

/** "31.12.2013 – 31.12.2023"; annual averages as "2013–2021, Jahresdurchschnitte". */
function period({from, to}: Change, lang: Lang): string {
  if (from.reference.startsWith("Jahresdurchschnitt"))
    return t(lang, "overview.annualAverages", {from: from.year, to: to.year});
  return `${formatReference(from.reference, lang)} – ${formatReference(to.reference, lang)}`;
}

/** The five headline cards of the Revier and the rows they show (for the one source line under them). */
export function headlineCards(
  overview: readonly OverviewRow[],
  baseYear: number,
  lang: Lang
): {cards: Card[]; shown: OverviewRow[]} {
  const shown: OverviewRow[] = [];
  const series = (measure: string) => seriesOf(overview, REVIER, measure);
  const missing = t(lang, "value.missing");
  const card = (
    measure: string,
    label: string,
    {unit = "", digits = 0, kind = "percent" as "percent" | "points", base = baseYear, note = ""} = {}
  ): Card & {last: OverviewRow | null} => {
    const rows = series(measure);
    const last = latestOf(rows);
    const start = firstYearFrom(rows, base);
    const change = start === null ? null : changeWithinSegment(rows, start, kind);
    shown.push(...[last, change?.from, change?.to].filter((r): r is OverviewRow => !!r));
    return {
      last,
      label,
      value: last
        ? `${digits ? formatDecimal(last.value, digits, lang) : formatInteger(last.value, lang)}${unit}`
        : missing,
      reference: last ? formatReference(last.reference, lang) : "",
      change: change ? `${formatChange(change, 1, lang)} (${period(change, lang)})` : t(lang, "overview.changeMissing"),
      trend: change ? Math.sign(change.value) : null,
      note: note || undefined
    };
  };
  const population = card("population", t(lang, "overview.population"));
  if (population.last?.segment === "Zensus 2022")
    population.note = t(lang, "overview.populationNote", {year: population.last.year});
  const svb = card("svb_workplace", t(lang, "overview.svb"));
  if (svb.last?.flag?.includes("suppressed_cells_excluded")) svb.note = t(lang, "overview.svbNote");
  const unemployed = latestOf(series("unemployed"));
  if (unemployed) shown.push(unemployed);
  const rate = card("unemployment_rate", t(lang, "overview.rate"), {
    unit: lang === "de" ? "\u00a0%" : "%",
    digits: 1,
    kind: "points"
  });
  rate.note = t(lang, "overview.rateNote", {
    last: rate.last?.year ?? "",
    reference: unemployed ? formatReference(unemployed.reference, lang) : "",
    value: formatInteger(unemployed?.value, lang),
    partial: unemployed?.flag === "partial_year" ? ` (${t(lang, "overview.partialYear")})` : ""
  });
  const firstOccupationYear = series("svb_occ_211").find((r) => r.value !== null)?.year ?? baseYear;
  const mining = card("svb_occ_211", t(lang, "overview.mining"), {
    base: Math.max(baseYear, firstOccupationYear),
    note: t(lang, "overview.miningNote", {year: firstOccupationYear})
  });
  const cards: Card[] = [population, svb, rate, mining].map(({last: _, ...c}) => c);
  cards.push(capacityCard(series, shown, lang));
  return {cards, shown};
}

function capacityCard(series: (m: string) => OverviewRow[], shown: OverviewRow[], lang: Lang): Card {
  const now = latestOf(series("lignite_capacity_mw"));
  const path = series("lignite_capacity_planned_mw").filter((r) => r.value !== null);
  const end = path.at(-1);
  const value = now && end ? 100 * growthRate(now.value!, end.value!) : null;
  shown.push(...[now, end].filter((r): r is OverviewRow => !!r));
  const change: Change | null = now && end && value !== null ? {from: now, to: end, value, kind: "percent"} : null;
  return {
    label: t(lang, "overview.capacity"),
    value: now ? `${formatInteger(now.value, lang)} MW` : t(lang, "value.missing"),
    reference: now ? t(lang, "overview.capacityReference", {reference: formatReference(now.reference, lang)}) : "",
    change: change
      ? t(lang, "overview.capacityChange", {
          change: formatChange(change, 1, lang),
          end: formatReference(end!.reference, lang)
        })
      : t(lang, "value.missing"),
    trend: change ? Math.sign(change.value) : null,
    note: end ? t(lang, "overview.capacityNote", {value: formatInteger(end.value, lang)}) : undefined
  };
}

/** The indicators the Kreis map offers (URL parameter `karte`). */
export const MAP_INDICATORS = ["bev", "svb", "alq", "bergbau"] as const;
export type MapIndicator = (typeof MAP_INDICATORS)[number];

export interface MapValue {
  code: string;
  name: string;
  value: number | null;
  period: string;
  rows: OverviewRow[];
}

/** One value per Kreis for the map's indicator, with the rows it comes from; sorted by value, missing last. */
export function kreisMapValues(
  overview: readonly OverviewRow[],
  indicator: MapIndicator,
  baseYear: number,
  lang: Lang
): MapValue[] {
  const codes = [...new Set(overview.filter((r) => r.level === "kreis").map((r) => r.code))];
  const lastRateYear = Math.max(
    ...overview.filter((r) => r.measure === "unemployment_rate" && r.value !== null).map((r) => r.year)
  );
  const values = codes.map((code): MapValue => {
    const name = seriesOf(overview, code, "population")[0]?.name ?? code;
    if (indicator === "bev" || indicator === "svb") {
      const rows = seriesOf(overview, code, indicator === "bev" ? "population" : "svb_workplace");
      const change = changeWithinSegment(rows, baseYear);
      return {
        code,
        name,
        value: change?.value ?? null,
        period: change
          ? `${formatReference(change.from.reference, lang)}–${formatReference(change.to.reference, lang)}`
          : "",
        rows: change ? [change.from, change.to] : []
      };
    }
    // The unemployment rate of the latest year, or the mining share of the latest year with both counts.
    const row =
      indicator === "alq"
        ? seriesOf(overview, code, "unemployment_rate").find((r) => r.year === lastRateYear)
        : shareSeries(overview, code, "svb_occ_211", "svb_workplace").at(-1);
    return {
      code,
      name,
      value: row?.value ?? null,
      period: row ? formatReference(row.reference, lang) : "",
      rows: row ? [row] : []
    };
  });
  return values.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
}

/** Colour scheme, unit and subtitle of the map for an indicator. */
export function mapSpec(indicator: MapIndicator, values: readonly MapValue[], lang: Lang) {
  const periods = [...new Set(values.map((d) => d.period).filter((p) => p))].join("; ");
  const key = `overview.map.${indicator}` as const;
  const common = {label: t(lang, key), subtitle: t(lang, `${key}.subtitle`, {periods})};
  switch (indicator) {
    case "bev":
    case "svb":
      return {...common, unit: t(lang, "overview.map.unitChange"), scheme: "rdbu", pivot: 0, digits: 1};
    case "alq":
      return {...common, unit: t(lang, "overview.map.unitRate"), scheme: "oranges", pivot: undefined, digits: 1};
    case "bergbau":
      return {...common, unit: t(lang, "overview.map.unitShare"), scheme: "purples", pivot: undefined, digits: 2};
  }
}

/** A series segment's label ("Zensus 2011") in `lang` ("2011 census"). */
export function segmentLabel(label: string, lang: Lang): string {
  return lang === "en"
    ? label.replace(/^Zensus (\d{4})$/, "$1 census").replace(/^Revision (\d{4})$/, "$1 revision")
    : label;
}

/** First and last year of a measure of the Revier, for subtitles ("1990–2024"). */
export function yearSpan(overview: readonly OverviewRow[], measure: string): {from: number; to: number} {
  const years = seriesOf(overview, REVIER, measure)
    .filter((r) => r.value !== null)
    .map((r) => r.year);
  return {from: years[0] ?? NaN, to: years.at(-1) ?? NaN};
}

/** The unemployment rates of compared regions, for the rate figures of the start page and /vergleich. */
export interface ComparedRates {
  /** Every year of each region's series, named in the page language; years without a rate stay null (a gap). */
  rows: (OverviewRow & {name: string})[];
  /** First and latest year with a rate in any of the regions. */
  from: number;
  to: number;
  /** Source ids of the rates shown (years without a rate name no source). */
  sources: string[];
  /** Whether any shown rate was computed by us (aggregates, or years without a published rate). */
  computed: boolean;
}

/**
 * Unemployment rates (annual averages) of `codes` as the view dataset holds them: official where a table gives
 * them, computed in the data build otherwise (never recomputed here). Years without a rate are kept as null so
 * that the chart leaves a gap instead of drawing a line across them.
 */
export function comparedRates(
  rows: readonly OverviewRow[],
  codes: readonly string[],
  name: (code: string, fallback: string) => string
): ComparedRates {
  const named = codes.flatMap((code) =>
    seriesOf(rows, code, "unemployment_rate").map((r) => ({...r, name: name(r.code, r.name)}))
  );
  const shown = named.filter((r) => r.value !== null);
  const years = shown.map((r) => r.year);
  return {
    rows: named,
    from: years.length ? Math.min(...years) : NaN,
    to: years.length ? Math.max(...years) : NaN,
    sources: sourceIds(shown),
    computed: shown.some((r) => r.computed)
  };
}
