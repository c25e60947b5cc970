/**
 * What the /branchen page shows, computed from the `employment` and `branchen_occupations` rows: location-quotient
 * tables, Krugman/Herfindahl series, the occupation portfolio and the shift-share rows. A region or reference area
 * without data is an explicit outcome with a reason (`Missing`), never an exception swallowed by the page.
 */
import type {CategoryValue} from "../shared/indicators/index.js";
import {sourceIds} from "../shared/sources.js";
import {
  type CellLookup,
  type Classification,
  countsOf,
  ETR_SECTORS,
  indexCells,
  locationQuotientTable,
  type LocationQuotientEntry,
  pick,
  portfolio,
  type PortfolioEntry,
  shiftShareOf,
  structureIndices
} from "./sector-structure.js";
import type {Lang} from "../shared/i18n/types.js";
import {occupationTitle} from "./kldb-en.js";

/** Why a figure has nothing to show. */
export type MissingReason = "no-region-data" | "no-reference-data" | "no-employment";
export interface Missing {
  missing: MissingReason;
}

/** The counts of region and reference area, or the reason there are none to compare. */
export function comparable(
  cells: CellLookup,
  region: string,
  reference: string,
  categories: readonly string[]
): {region: CategoryValue[]; reference: CategoryValue[]} | Missing {
  const r = countsOf(cells, region, "null");
  if (!r) return {missing: "no-region-data"};
  const f = countsOf(cells, reference, "sumKnown");
  if (!f) return {missing: "no-reference-data"};
  const known = (values: CategoryValue[]) => pick(values, categories).reduce((s, v) => s + (v.value ?? 0), 0);
  // Every cell suppressed (or zero): the indicators need a positive total on both sides.
  if (known(r) <= 0 || known(f) <= 0) return {missing: "no-employment"};
  return {region: r, reference: f};
}

export const isMissing = (x: object): x is Missing => "missing" in x;

/** Location-quotient table of a classification, or why there is none. */
export function lqTable(
  cells: CellLookup,
  region: string,
  reference: string,
  classification: Classification
): LocationQuotientEntry[] | Missing {
  const counts = comparable(
    cells,
    region,
    reference,
    classification.categories.map((c) => c.code)
  );
  return isMissing(counts) ? counts : locationQuotientTable(counts.region, counts.reference, classification);
}

/** Employment rows as the page reads them (the `employment` dataset's columns used here). */
export interface EmploymentCell {
  code: string;
  year: number;
  classification: string;
  measure: string;
  category: string;
  value: number | null;
  source: string;
}

/** WZ sections (one reference date) and ETR sectors (persons in employment, by year), indexed for look-ups. */
export function sectorCells(employment: readonly EmploymentCell[]) {
  const isEtr = (d: EmploymentCell) => d.classification === "ETR" && d.measure === "persons_in_employment";
  // The WZ table has several Stichtage: the quotients use the latest, one year for every region.
  const allWz = employment.filter((d) => d.classification === "WZ 2008");
  let latest = -Infinity;
  for (const d of allWz) if (d.year > latest) latest = d.year;
  const wz = allWz.filter((d) => d.year === latest);
  const etr = employment.filter(isEtr);
  return {
    wz: indexCells(wz, {key: (d) => d.code, category: (d) => d.category, value: (d) => d.value}),
    etr: indexCells(etr, {key: (d) => `${d.code}|${d.year}`, category: (d) => d.category, value: (d) => d.value}),
    wzYear: wz[0]?.year ?? null,
    etrYears: [...new Set(etr.map((d) => d.year))].sort((a, b) => a - b),
    wzSources: sourceIds(wz),
    etrSources: sourceIds(etr)
  };
}

/** Occupation rows of the `branchen_occupations` view. */
export interface OccupationCell {
  code: string;
  year: number;
  occupation: string;
  occupation_name: string;
  value: number | null;
  source: string;
}

/**
 * SvB by occupation group indexed by region and year. "000" (ohne Angabe zum Beruf) belongs to no occupation group
 * and is left out, as in the SQL builders.
 */
export function occupationCells(rows: readonly OccupationCell[], lang: Lang = "de") {
  const names = new Map<string, string>();
  for (const d of rows)
    if (d.occupation !== "000" && !names.has(d.occupation))
      names.set(d.occupation, occupationTitle(d.occupation, d.occupation_name, lang));
  const codes = [...names.keys()].sort();
  return {
    cells: indexCells(rows, {
      key: (d) => (d.occupation === "000" ? null : `${d.code}|${d.year}`),
      category: (d) => d.occupation,
      value: (d) => d.value
    }),
    years: [...new Set(rows.map((d) => d.year))].sort((a, b) => a - b),
    classification: {categories: codes.map((code) => ({code, label: `${names.get(code)} (${code})`})), parts: []},
    codes,
    sources: sourceIds(rows)
  };
}

export type Occupations = ReturnType<typeof occupationCells>;

/** A point of the Krugman/Herfindahl series; null indices carry the reason. */
export interface StructurePoint {
  series: "etr" | "occupations";
  year: number;
  krugman: number | null;
  herfindahl: number | null;
  excluded: number;
  missing: MissingReason | null;
}

/** Krugman and Herfindahl per year: ETR sectors, and occupation groups once they are loaded. */
export function structureSeries(
  sectors: ReturnType<typeof sectorCells>,
  occupations: Occupations | null,
  region: string,
  reference: string
): StructurePoint[] {
  const out: StructurePoint[] = [];
  const add = (series: StructurePoint["series"], year: number, cells: CellLookup, categories: readonly string[]) => {
    const counts = comparable(cells, region, reference, categories);
    if (isMissing(counts)) {
      out.push({series, year, krugman: null, herfindahl: null, excluded: 0, missing: counts.missing});
      return;
    }
    const s = structureIndices(counts.region, counts.reference, categories);
    out.push({series, year, krugman: s.krugman, herfindahl: s.herfindahl, excluded: s.excluded, missing: null});
  };
  const etrCodes = ETR_SECTORS.categories.map((c) => c.code);
  for (const year of sectors.etrYears) add("etr", year, (code) => sectors.etr.get(`${code}|${year}`), etrCodes);
  for (const year of occupations?.years ?? []) {
    add("occupations", year, (code) => occupations!.cells.get(`${code}|${year}`), occupations!.codes);
  }
  return out;
}

/** Location quotients, portfolio and shift-share of the occupation groups for a region, reference and period. */
export function occupationAnalysis(
  o: Occupations,
  {region, reference, from, year}: {region: string; reference: string; from: number; year: number}
): {lqs: LocationQuotientEntry[]; points: PortfolioEntry[]; shift: ReturnType<typeof shiftShareOf> | null} | Missing {
  const at = (y: number) => (code: string) => o.cells.get(`${code}|${y}`);
  const end = comparable(at(year), region, reference, o.codes);
  if (isMissing(end)) return end;
  const lqs = locationQuotientTable(end.region, end.reference, o.classification);
  if (!(year > from)) return {lqs, points: [], shift: null};
  const start = comparable(at(from), region, reference, o.codes);
  if (isMissing(start)) return {lqs, points: [], shift: null};
  return {
    lqs,
    points: portfolio(start.region, lqs),
    shift: shiftShareOf(start.region, end.region, start.reference, end.reference, o.codes)
  };
}

/** The `n` categories with the highest quotient among those with at least `min` persons (no suppressed ones). */
export function topQuotients(lqs: readonly LocationQuotientEntry[], n = 15, min = 10): LocationQuotientEntry[] {
  return lqs
    .filter((d) => d.lq !== null && d.regionValue !== null && d.regionValue >= min)
    .sort((a, b) => b.lq! - a.lq!)
    .slice(0, n);
}

/** The bars of the shift-share chart: total, the three components and the Esteban-Marquillas split. */
export function shiftShareRows(shift: ReturnType<typeof shiftShareOf>) {
  const {result} = shift;
  const em = result.estebanMarquillas;
  const rows: {key: string; value: number; group: string}[] = [
    {key: "total", value: result.total, group: "sum"},
    {key: "national", value: result.national, group: "component"},
    {key: "industryMix", value: result.industryMix, group: "component"},
    {key: "regionalShift", value: result.regionalShift, group: "component"},
    {key: "competitive", value: em.competitive, group: "em"},
    {key: "allocation", value: em.allocation, group: "em"}
  ];
  if (em.unassigned !== 0) rows.push({key: "unassigned", value: em.unassigned, group: "em"});
  return rows;
}

/** The `n` occupation groups with the largest and the `n` with the smallest regional-shift effect. */
export function shiftShareExtremes(shift: ReturnType<typeof shiftShareOf>, labels: ReadonlyMap<string, string>, n = 8) {
  const sorted = [...shift.result.categories].sort((a, b) => b.regionalShift - a.regionalShift);
  return [...new Set([...sorted.slice(0, n), ...sorted.slice(-n)])].map((d) => ({
    label: labels.get(d.category) ?? d.category,
    value: d.regionalShift,
    stronger: d.regionalShift >= 0,
    total: d.total
  }));
}
