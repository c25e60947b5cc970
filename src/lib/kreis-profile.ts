/**
 * Pure helpers of the Kreis profile pages (/kreise/<code>): key facts of a region for a reference date, and the
 * location quotients of its sectors and occupation groups. Rows come from the `kreis_profiles` and `kreis_sectors`
 * view datasets; the formulas from the indicator library.
 */
import type {KreisProfileRow, KreisSectorRow} from "../shared/rows.js";

import {locationQuotients, type LocationQuotientRow} from "../shared/indicators/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {occupationTitle} from "./kldb-en.js";
import {sectionLabel} from "./labels.js";

/** The value of one metric of one region in one year, with its row (null when there is no row or no value). */
export function metricValue(
  rows: readonly KreisProfileRow[],
  code: string,
  metric: string,
  year: number
): {value: number | null; row: KreisProfileRow | undefined} {
  const row = rows.find((r) => r.code === code && r.metric === metric && r.year === year);
  return {value: row?.value ?? null, row};
}

/** The series of one metric of one region, sorted by year. */
export function metricSeries(rows: readonly KreisProfileRow[], code: string, metric: string): KreisProfileRow[] {
  return rows.filter((r) => r.code === code && r.metric === metric).sort((a, b) => a.year - b.year);
}

/** Persons per km²; null when either is missing or the area is not positive. */
export function density(population: number | null, areaKm2: number | null): number | null {
  if (population === null || areaKm2 === null || !(areaKm2 > 0)) return null;
  return population / areaKm2;
}

/** WZ 2008 sections of the `kreis_sectors` view with their German names. */
export const WZ_SECTION_NAMES: Readonly<Record<string, string>> = {
  A: "Land- und Forstwirtschaft, Fischerei (A)",
  "B-E": "Produzierendes Gewerbe ohne Bau (B–E)",
  F: "Baugewerbe (F)",
  "G-I": "Handel, Verkehr, Gastgewerbe (G–I)",
  J: "Information und Kommunikation (J)",
  K: "Finanz- und Versicherungsdienstleister (K)",
  L: "Grundstücks- und Wohnungswesen (L)",
  "M-N": "Unternehmensdienstleister (M–N)",
  "O-Q": "Öffentliche Dienstleister, Erziehung, Gesundheit (O–Q)",
  "R-U": "Sonstige Dienstleister (R–U)"
};

export interface NamedLocationQuotient extends LocationQuotientRow {
  name: string;
}

/**
 * Location quotients of every category of one classification (`WZ 2008` or `KldB 2010`) of a region against a
 * reference area, with {@link locationQuotients}: suppressed cells stay null (never 0) and are flagged. Categories
 * the two regions do not share are an error of the view, not something to skip silently.
 */
export function profileLocationQuotients(
  rows: readonly KreisSectorRow[],
  {code, reference, classification, lang = "de"}: {code: string; reference: string; classification: string; lang?: Lang}
): NamedLocationQuotient[] {
  const pick = (c: string) => rows.filter((r) => r.code === c && r.classification === classification);
  const region = pick(code);
  const ref = pick(reference);
  if (region.length === 0) throw new Error(`no ${classification} rows for ${code}`);
  if (ref.length === 0) throw new Error(`no ${classification} rows for ${reference}`);
  // Names in the page language: WZ sections and KldB groups are published in German only (see labels.ts, kldb-en.ts).
  const german = (r: KreisSectorRow) => r.category_name ?? WZ_SECTION_NAMES[r.category] ?? r.category;
  const named = (r: KreisSectorRow) =>
    classification === "KldB 2010"
      ? occupationTitle(r.category, german(r), lang)
      : sectionLabel(r.category, german(r), lang);
  const names = new Map(region.map((r) => [r.category, named(r)]));
  return locationQuotients(
    region.map((r) => ({category: r.category, value: r.value})),
    ref.map((r) => ({category: r.category, value: r.value}))
  ).map((q) => ({...q, name: names.get(q.category) ?? q.category}));
}

/**
 * The strongest specialisations: the `n` categories with the highest location quotient among those with at least
 * `minCount` employees in the region (a quotient of a handful of persons jumps and says little).
 */
export function topSpecialisations(
  quotients: readonly NamedLocationQuotient[],
  {n = 10, minCount = 100}: {n?: number; minCount?: number} = {}
): NamedLocationQuotient[] {
  return quotients
    .filter((q) => q.lq !== null && q.regionValue !== null && q.regionValue >= minCount)
    .sort((a, b) => b.lq! - a.lq!)
    .slice(0, n);
}

/**
 * The latest year up to `maxYear` in which every one of `codes` has a value of `metric`, so that a comparison table
 * compares like with like; when there is none, the latest year with a value of the first code (the Kreis itself);
 * null when that has none either.
 */
export function commonYear(
  rows: readonly KreisProfileRow[],
  codes: readonly string[],
  metric: string,
  maxYear: number
): number | null {
  const years = (code: string) =>
    new Set(rows.filter((r) => r.code === code && r.metric === metric && r.value !== null).map((r) => r.year));
  const [first, ...others] = codes.map(years);
  const candidates = [...(first ?? [])].filter((y) => y <= maxYear).sort((a, b) => b - a);
  return candidates.find((y) => others.every((s) => s.has(y))) ?? candidates[0] ?? null;
}
