import {locationQuotients as indicatorQuotients} from "../shared/indicators/index.js";
import {regionLabel} from "./region-picker.js";
import {COMPOSITE_REGIONS} from "../shared/regions.js";
import type {LabourPoolRow} from "../shared/rows.js";

/**
 * Views of the `labour_pool` dataset for /standort and the location facts: lookups, the strongest occupation
 * groups of a Kreis (location quotient of SvB at the workplace against Germany), series, and the groups with the
 * most and the fewest unemployed per registered vacancy. Pure functions over the rows.
 */

/** The code of "ohne Angabe" (no target occupation); never a group to pick or rank. */
export const NO_OCCUPATION = "000";

export interface LabourPool {
  rows: readonly LabourPoolRow[];
  get(code: string, occupation: string, year: number): LabourPoolRow | undefined;
  years: number[];
  firstYear: number;
  lastYear: number;
  /** Occupation groups (code → German title as published), without `000`. */
  occupations: Map<string, string>;
}

export function indexLabourPool(rows: readonly LabourPoolRow[]): LabourPool {
  const byKey = new Map<string, LabourPoolRow>();
  const years = new Set<number>();
  const occupations = new Map<string, string>();
  for (const r of rows) {
    byKey.set(`${r.code}|${r.occupation}|${r.year}`, r);
    years.add(r.year);
    if (r.occupation !== NO_OCCUPATION) occupations.set(r.occupation, r.occupation_name);
  }
  const sorted = [...years].sort((a, b) => a - b);
  if (!sorted.length) throw new Error("labour_pool has no rows");
  return {
    rows,
    get: (code, occupation, year) => byKey.get(`${code}|${occupation}|${year}`),
    years: sorted,
    firstYear: sorted[0]!,
    lastYear: sorted.at(-1)!,
    occupations: new Map([...occupations].sort(([a], [b]) => a.localeCompare(b)))
  };
}

/** Kreise with the full series (a row in the first year): the ones /standort offers. */
export function kreiseWithSeries(pool: LabourPool): string[] {
  const codes = new Set<string>();
  for (const r of pool.rows) if (r.year === pool.firstYear && /^\d{5}$/.test(r.code)) codes.add(r.code);
  return [...codes].sort();
}

/** The Revier (aggregate of kind "revier") a Kreis belongs to, if any. */
export function revierOf(kreis: string): string | undefined {
  return COMPOSITE_REGIONS.find((a) => a.kind === "revier" && a.members.includes(kreis))?.code;
}

export interface GroupQuotient {
  occupation: string;
  name: string;
  svb: number;
  /** Share of the group in the Kreis ÷ share in Germany (SvB at the workplace). */
  lq: number;
}

/**
 * Location quotients of SvB at the workplace, Kreis against Germany, in `year`, strongest first: the indicator
 * library's {@link indicatorQuotients} over the groups without "ohne Angabe", the one formula the Kreis profile's
 * "Stärkste Berufsgruppen" use too (issue 16: 20.79 here against 20.83 there, because the totals here counted
 * "ohne Angabe"). Groups with fewer than `minSvb` SvB in the Kreis and suppressed cells are left out.
 */
export function locationQuotients(
  pool: LabourPool,
  kreis: string,
  year = pool.lastYear,
  minSvb = 100
): GroupQuotient[] {
  const groups = [...pool.occupations].filter(([occupation]) => occupation !== NO_OCCUPATION);
  const cells = (code: string) =>
    groups.map(([category]) => ({category, value: pool.get(code, category, year)?.svb_workplace ?? null}));
  const region = cells(kreis);
  const reference = cells("DG");
  const known = (list: typeof region) => list.some((c) => c.value !== null && c.value > 0);
  if (!known(region) || !known(reference)) return [];
  const names = new Map(groups);
  return indicatorQuotients(region, reference)
    .filter((q) => q.lq !== null && q.regionValue !== null && q.regionValue >= minSvb)
    .map((q) => ({occupation: q.category, name: names.get(q.category)!, svb: q.regionValue!, lq: q.lq!}))
    .sort((a, b) => b.lq - a.lq || a.occupation.localeCompare(b.occupation));
}

/** The group /standort opens with: the Kreis's strongest by location quotient (first group if none qualifies). */
export function defaultOccupation(pool: LabourPool, kreis: string): string {
  return locationQuotients(pool, kreis)[0]?.occupation ?? [...pool.occupations.keys()][0]!;
}

export interface PoolPoint {
  code: string;
  year: number;
  unemployed: number | null;
  vacancies: number | null;
  unemployedPerVacancy: number | null;
  /** True where the figures of a sum miss suppressed Kreis cells (lower bound). */
  lowerBound: boolean;
}

export function poolPoint(row: LabourPoolRow | undefined, code: string, year: number): PoolPoint {
  return {
    code,
    year,
    unemployed: row?.unemployed ?? null,
    vacancies: row?.vacancies ?? null,
    unemployedPerVacancy: row?.unemployed_per_vacancy ?? null,
    lowerBound: isLowerBound(row)
  };
}

/** Whether the unemployed or the vacancies of a row are a lower bound (a sum missing suppressed members). */
export function isLowerBound(row: LabourPoolRow | undefined): boolean {
  return !!row?.flag?.startsWith("lower_bound:") && /unemployed|vacancies/.test(row.flag);
}

/** The series of each region for one group, every year of the dataset (missing years as nulls, never 0). */
export function poolSeries(pool: LabourPool, codes: readonly string[], occupation: string): PoolPoint[] {
  return codes.flatMap((code) => pool.years.map((year) => poolPoint(pool.get(code, occupation, year), code, year)));
}

export interface RankedGroup extends PoolPoint {
  occupation: string;
  name: string;
}

/**
 * The groups of a region with the most and the fewest unemployed per registered vacancy in `year`. Only groups
 * with at least `min` unemployed and `min` vacancies are ranked: a ratio of 3 to 1 is noise.
 */
export function rankGroups(
  pool: LabourPool,
  code: string,
  year = pool.lastYear,
  {n = 10, min = 10}: {n?: number; min?: number} = {}
): {most: RankedGroup[]; fewest: RankedGroup[]} {
  const ranked: RankedGroup[] = [];
  for (const [occupation, name] of pool.occupations) {
    const p = poolPoint(pool.get(code, occupation, year), code, year);
    if (p.unemployedPerVacancy === null || (p.unemployed ?? 0) < min || (p.vacancies ?? 0) < min) continue;
    ranked.push({...p, occupation, name});
  }
  ranked.sort((a, b) => b.unemployedPerVacancy! - a.unemployedPerVacancy! || a.occupation.localeCompare(b.occupation));
  return {most: ranked.slice(0, n), fewest: ranked.slice(-n).reverse()};
}

/** Search in the picker: matches the code prefix or any word of the title (case-insensitive). */
export function matchesOccupation(query: string, code: string, name: string): boolean {
  const q = query.trim().toLowerCase();
  return q === "" || code.startsWith(q) || name.toLowerCase().includes(q);
}

/**
 * The name of a region in `lang`, the one name every page and file uses (`regionLabel`): Kreise as in `regions`
 * (told apart where a Landkreis and a city share one), Länder, aggregates and Germany translated.
 */
export function placeName(code: string, regions: readonly {code: string; name: string}[], lang: "de" | "en"): string {
  const composite = COMPOSITE_REGIONS.find((a) => a.code === code);
  return regionLabel(code, regions.find((r) => r.code === code)?.name ?? composite?.name, lang);
}
