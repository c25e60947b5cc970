/**
 * What the Kreis profile (/kreise/<code>) and its printed fact sheet show, computed from the `kreis_profiles`,
 * `kreis_sectors` and `plants` view rows: the key-figure table (Kreis, Land, Germany), the indexed development
 * series, and the facts of the one-page fact sheet. Pure functions; labels are dictionary keys with parameters so
 * that the page renders them in its language.
 */
import {indexSeries} from "../shared/indicators/index.js";
import {commonYear, density, metricSeries, metricValue} from "./kreis-profile.js";
import type {KreisProfileRow} from "../shared/rows.js";
import {sourceIds} from "../shared/sources.js";

/** One row of the key-figure table: a dictionary key with its parameters and the three values. */
export interface FactRow {
  key: string;
  params: Record<string, string | number>;
  metric: string;
  year: number | null;
  digits: number;
  kreis: number | null;
  land: number | null;
  de: number | null;
}

const GEMEINDE_METRICS = [
  "gemeinden",
  "staedte",
  "verbandsfreie_gemeinden",
  "aemter",
  "samtgemeinden",
  "kirchspielslandgemeinden",
  "verbandsgemeinden",
  "verwaltungsgemeinschaften",
  "verwaltungsverbaende",
  "erfuellende_gemeinden"
] as const;

/** The latest year with a value of `metric` for `code` (null when there is none). */
export function latestYear(rows: readonly KreisProfileRow[], code: string, metric: string): number | null {
  let latest: number | null = null;
  for (const r of rows) {
    if (r.code === code && r.metric === metric && r.value !== null && (latest === null || r.year > latest)) {
      latest = r.year;
    }
  }
  return latest;
}

/** Years with a population value of a region, ascending (the profile's year picker). */
export function populationYears(rows: readonly KreisProfileRow[], code: string): number[] {
  return metricSeries(rows, code, "population")
    .filter((r) => r.value !== null)
    .map((r) => r.year);
}

/**
 * The rows of the key-figure table for the population reference date `year`. Series metrics are compared in the
 * latest year in which Kreis, Land and Germany all have a value: at the latest population date that is each
 * metric's own latest common year (the unemployment rate of 2025 beside the population of 2024, issue 10); for an
 * earlier population date, the latest common year up to it. Unemployed persons only in complete years (a row
 * flagged `partial_year` covers part of the year). The Gebietsstand of area and municipality counts is the year of
 * the `gemeinden` rows. Each row's label names its year.
 */
export function factRows(
  rows: readonly KreisProfileRow[],
  {code, land, year}: {code: string; land: string; year: number}
) {
  const compare = [code, land, "DG"];
  const gv = latestYear(rows, code, "gemeinden");
  const partial = new Set(
    rows.filter((r) => r.metric === "unemployed" && r.flag === "partial_year").map((r) => r.year)
  );
  const cap = year >= (latestYear(rows, code, "population") ?? year) ? Infinity : year;
  const lastComplete = Math.min(cap, ...[...partial].map((y) => y - 1));
  const svb = commonYear(rows, compare, "svb_workplace", cap);
  const mining = commonYear(rows, compare, "svb_occ_211", cap);
  const rate = commonYear(rows, compare, "unemployment_rate", cap);
  const unemployed = commonYear(rows, compare, "unemployed", lastComplete);
  const spec: [string, string, number | null, number][] = [
    ["kreise.fact.population", "population", year, 0],
    ["kreise.fact.area", "area_km2", gv, 1],
    ["kreise.fact.density", "density", year, 1],
    ["kreise.fact.svb", "svb_workplace", svb, 0],
    ["kreise.fact.mining", "svb_occ_211", mining, 0],
    ["kreise.fact.unemployed", "unemployed", unemployed, 0],
    ["kreise.fact.rate", "unemployment_rate", rate, 1],
    ...GEMEINDE_METRICS.map((m): [string, string, number | null, number] => [`kreise.fact.${m}`, m, gv, 0])
  ];
  const value = (c: string, metric: string, y: number | null): number | null => {
    if (y === null) return null;
    if (metric === "density") {
      return gv === null
        ? null
        : density(metricValue(rows, c, "population", y).value, metricValue(rows, c, "area_km2", gv).value);
    }
    return metricValue(rows, c, metric, y).value;
  };
  // Gemeindeverband kinds the Land does not have (Ämter outside the north, …) are left out rather than shown as 0.
  const verbandKinds = new Set(GEMEINDE_METRICS.slice(3));
  return spec
    .map(
      ([key, metric, y, digits]): FactRow => ({
        key,
        params: {year: y ?? "–", gv: gv ?? "–"},
        metric,
        year: y,
        digits,
        kreis: value(code, metric, y),
        land: value(land, metric, y),
        de: value("DG", metric, y)
      })
    )
    .filter(
      (r) => !verbandKinds.has(r.metric as (typeof GEMEINDE_METRICS)[number]) || (r.land ?? 0) > 0 || (r.kreis ?? 0) > 0
    );
}

/** Source ids of the rows a set of facts was read from, each once. */
export function factSourceIds(
  rows: readonly KreisProfileRow[],
  picks: readonly {code: string; metric: string; year: number | null}[]
) {
  return sourceIds(
    picks.map((p) => {
      const metric = p.metric === "density" ? "population" : p.metric;
      return rows.find((r) => r.code === p.code && r.metric === metric && r.year === p.year) ?? {source: null};
    })
  );
}

/** A point of an indexed series (base year = 100) of one region. */
export interface IndexedPoint {
  code: string;
  year: number;
  value: number | null;
  index: number | null;
  segment: string;
  territory: string;
  source: string;
}

/**
 * The series of `metric` of each region from `base` on, indexed to `base` = 100. A region without a positive value
 * in the base year has no index and is left out (listed in `missing`), never plotted from another base.
 */
export function indexedSeries(
  rows: readonly KreisProfileRow[],
  codes: readonly string[],
  metric: string,
  base: number
) {
  const points: IndexedPoint[] = [];
  const missing: string[] = [];
  for (const code of codes) {
    const series = metricSeries(rows, code, metric).filter((r) => r.year >= base);
    const baseRow = series.find((r) => r.year === base);
    const baseValue = baseRow?.value ?? null;
    if (baseValue === null || !(baseValue > 0)) {
      missing.push(code);
      continue;
    }
    const idx = indexSeries(
      series.map((r) => ({year: r.year, value: r.value})),
      base
    );
    // An index compares with the base year: a figure on another territory has none (a census basis is drawn as its
    // own segment, as before).
    series.forEach((r, i) =>
      points.push({
        code,
        year: r.year,
        value: r.value,
        index: r.territory === baseRow!.territory ? idx[i]!.index : null,
        segment: segmentKey(r),
        territory: r.territory,
        source: r.source
      })
    );
  }
  return {points, missing};
}

/**
 * The territory most of a region's exact figures of a metric are on: that of its latest figure where at least three
 * figures share it, else the one with the most figures (Wartburgkreis population: the territory before 2024).
 */
export function mainTerritory(rows: readonly KreisProfileRow[], code: string, metric: string): string | null {
  const exact = metricSeries(rows, code, metric).filter((r) => r.value !== null && r.flag !== "rounded");
  const counts = new Map<string, number>();
  for (const r of exact) counts.set(r.territory, (counts.get(r.territory) ?? 0) + 1);
  if (exact.length === 0) return null;
  const latest = exact.at(-1)!.territory;
  if ((counts.get(latest) ?? 0) >= 3) return latest;
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * The common base year of the development charts: the first year in which every region has both series with exact
 * values (rounded figures, such as the BBSR's SvB before 2012, would make a poor base of 100), each on its
 * {@link mainTerritory}, so that the index never compares two territories.
 */
export function baseYear(
  rows: readonly KreisProfileRow[],
  codes: readonly string[],
  metrics: readonly string[]
): number | null {
  const exact = (r: KreisProfileRow) => r.value !== null && r.flag !== "rounded";
  const sets = codes.flatMap((c) =>
    metrics.map((m) => {
      const territory = mainTerritory(rows, c, m);
      return new Set(
        rows.filter((r) => r.code === c && r.metric === m && exact(r) && r.territory === territory).map((r) => r.year)
      );
    })
  );
  const [first, ...others] = sets;
  return [...(first ?? [])].sort((a, b) => a - b).find((y) => others.every((s) => s.has(y))) ?? null;
}

/**
 * The territorial breaks of one region's series, as chart break marks: the first year of each new territory, with
 * `label` (the charts mark them like the census breaks).
 */
export function territoryBreaks(
  points: readonly {code: string; year: number; territory: string}[],
  code: string,
  label: string
): {year: number; label: string}[] {
  const own = points.filter((p) => p.code === code).sort((a, b) => a.year - b.year);
  return own.slice(1).flatMap((p, i) => (p.territory !== own[i]!.territory ? [{year: p.year, label}] : []));
}

/** The segment a profile row belongs to (census basis and territory; rows without one share ""). */
export function segmentKey(r: Pick<KreisProfileRow, "segment" | "basis">): string {
  return r.segment ?? r.basis ?? "";
}

/**
 * Change of a metric between two years: absolute and per cent; null when either value is missing or the two lie
 * in different segments (another census basis or territory: never a change across a break).
 */
export function change(
  rows: readonly KreisProfileRow[],
  code: string,
  metric: string,
  from: number | null,
  to: number | null
) {
  if (from === null || to === null) return null;
  const first = metricValue(rows, code, metric, from);
  const last = metricValue(rows, code, metric, to);
  const a = first.value;
  const b = last.value;
  if (a === null || b === null || !(a > 0) || segmentKey(first.row!) !== segmentKey(last.row!)) return null;
  return {from, to, absolute: b - a, percent: (100 * (b - a)) / a, territory: first.row!.territory};
}

/** A lignite plant or mine as the `plants` view has it (the fields the fact sheet needs). */
export interface PlantFact {
  name: string;
  kind: string;
  kreis: string;
  capacity_mw: number | null;
  shutdown_year: number | null;
  lat: number | null;
  lon: number | null;
}

/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const [lon1, lat1] = a;
  const [lon2, lat2] = b;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Lignite power plants (not mines) in the Kreis or within `radiusKm` of its centre, nearest first; a plant without
 * coordinates counts only when it lies in the Kreis.
 */
export function plantsNear(
  plants: readonly PlantFact[],
  code: string,
  centre: [number, number] | null,
  radiusKm = 50
): (PlantFact & {distance: number | null})[] {
  return plants
    .filter((p) => p.kind === "kraftwerk")
    .map((p) => ({
      ...p,
      distance: centre && p.lat !== null && p.lon !== null ? distanceKm(centre, [p.lon, p.lat]) : null
    }))
    .filter((p) => p.kreis === code || (p.distance !== null && p.distance <= radiusKm))
    .sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0) || a.name.localeCompare(b.name));
}

/**
 * Change of a metric over up to `span` years within one segment (a population figure on the 2022 census basis is
 * not compared with one on the 2011 basis, an SvB figure on today's territory not with one before a merger):
 * ending in the latest year that has an earlier year of the same segment within the span; null when there is none.
 */
export function recentChange(rows: readonly KreisProfileRow[], code: string, metric: string, span: number) {
  const series = metricSeries(rows, code, metric).filter((r) => r.value !== null);
  for (let i = series.length - 1; i > 0; i--) {
    const last = series[i]!;
    const first = series.find(
      (r) => r.year >= last.year - span && segmentKey(r) === segmentKey(last) && r.year < last.year
    );
    if (first) {
      const c = change(rows, code, metric, first.year, last.year);
      // The territory is stated where the series has more than one (Wartburgkreis: on the Kreis with Eisenach).
      return c && {...c, stated: new Set(series.map((r) => r.territory)).size > 1};
    }
  }
  return null;
}

/** A fact of the fact sheet: value, year and flag (e.g. `suppressed`), null value when missing. */
export interface SheetFact {
  year: number | null;
  value: number | null;
  flag: string | null;
}

/** The latest row of a metric of a region, including a suppressed (null) value with its flag. */
export function latestFact(rows: readonly KreisProfileRow[], code: string, metric: string): SheetFact {
  const last = metricSeries(rows, code, metric).at(-1);
  return {year: last?.year ?? null, value: last?.value ?? null, flag: last?.flag ?? null};
}

/** Everything the one-page fact sheet lists about a Kreis, from the `kreis_profiles` rows. */
export function sheetFacts(rows: readonly KreisProfileRow[], code: string) {
  const population = latestFact(rows, code, "population");
  const gv = latestYear(rows, code, "gemeinden");
  const at = (metric: string) => (gv === null ? null : metricValue(rows, code, metric, gv).value);
  const area = at("area_km2");
  const associations = [
    "aemter",
    "samtgemeinden",
    "kirchspielslandgemeinden",
    "verbandsgemeinden",
    "verwaltungsgemeinschaften",
    "verwaltungsverbaende"
  ]
    .map(at)
    .reduce<number | null>((s, v) => (v === null ? s : (s ?? 0) + v), null);
  const balance = latestFact(rows, code, "commuter_balance");
  return {
    population,
    populationChange: recentChange(rows, code, "population", 10),
    area,
    gv,
    density: population.value === null ? null : density(population.value, area),
    gemeinden: at("gemeinden"),
    staedte: at("staedte"),
    associations,
    svb: latestFact(rows, code, "svb_workplace"),
    svbChange: recentChange(rows, code, "svb_workplace", 10),
    rate: latestFact(rows, code, "unemployment_rate"),
    commuters: {
      ...balance,
      in: balance.year === null ? null : metricValue(rows, code, "in_commuters", balance.year).value,
      out: balance.year === null ? null : metricValue(rows, code, "out_commuters", balance.year).value
    },
    mining: latestFact(rows, code, "svb_occ_211")
  };
}
