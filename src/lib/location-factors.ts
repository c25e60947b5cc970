import {indexLabourPool, locationQuotients, poolPoint, type LabourPool, type PoolPoint} from "./labour-pool.js";
import {COMPOSITE_REGIONS} from "../shared/regions.js";
import type {LabourPoolRow, LocationFactorRow} from "../shared/rows.js";
import {sourceIds} from "../shared/sources.js";

/**
 * Views of the `location_factors` dataset (land prices, income, insolvencies, business registrations,
 * commuters) and the location facts of a Kreis for its profile and fact sheet. Pure functions over the rows.
 */

export interface Factors {
  rows: readonly LocationFactorRow[];
  /** The row of a measure for a region; the latest year unless `year` is given. */
  get(code: string, measure: string, year?: number): LocationFactorRow | undefined;
}

export function indexFactors(rows: readonly LocationFactorRow[]): Factors {
  const latest = new Map<string, LocationFactorRow>();
  const byYear = new Map<string, LocationFactorRow>();
  for (const r of rows) {
    const key = `${r.code}|${r.measure}`;
    byYear.set(`${key}|${r.year}`, r);
    if ((latest.get(key)?.year ?? -Infinity) < r.year) latest.set(key, r);
  }
  return {
    rows,
    get: (code, measure, year) =>
      year === undefined ? latest.get(`${code}|${measure}`) : byYear.get(`${code}|${measure}|${year}`)
  };
}

/**
 * Rank of a Kreis among all Kreise with a value of `measure` (1 = lowest value, e.g. the cheapest land), and how
 * many were ranked. Null when the Kreis has no value.
 */
export function rankAmongKreise(factors: Factors, code: string, measure: string): {rank: number; of: number} | null {
  const own = factors.get(code, measure);
  if (!own || own.value === null) return null;
  const values = factors.rows
    .filter((r) => r.measure === measure && r.year === own.year && /^\d{5}$/.test(r.code) && r.value !== null)
    .map((r) => r.value!);
  return {rank: values.filter((v) => v < own.value!).length + 1, of: values.length};
}

export interface ComparisonRow {
  code: string;
  /** "kreis", "land", "germany", "revier". */
  role: string;
  value: number | null;
  /** Number of sales behind a land price (few sales: an uncertain average). */
  cases: number | null;
  computed: boolean;
  flag: string | null;
}

/**
 * A measure of the Kreis beside its Land, Germany and the three Reviere (the Kreis's own Revier first), as
 * /standort compares land prices, income and insolvency rates. `casesMeasure` adds the number of cases.
 */
export function compareRegions(
  factors: Factors,
  kreis: string,
  measure: string,
  casesMeasure?: string
): ComparisonRow[] {
  const reviere = COMPOSITE_REGIONS.filter((a) => a.kind === "revier").sort(
    (a, b) => Number(b.members.includes(kreis)) - Number(a.members.includes(kreis))
  );
  const regions: [string, string][] = [
    [kreis, "kreis"],
    [kreis.slice(0, 2), "land"],
    ["DG", "germany"],
    ...reviere.map((a): [string, string] => [a.code, "revier"])
  ];
  return regions.map(([code, role]) => {
    const row = factors.get(code, measure);
    return {
      code,
      role,
      value: row?.value ?? null,
      cases: casesMeasure ? (factors.get(code, casesMeasure)?.value ?? null) : null,
      computed: row?.computed ?? true,
      flag: row?.flag ?? null
    };
  });
}

export interface GroupFact extends PoolPoint {
  occupation: string;
  name: string;
  svb: number;
  lq: number;
}

/** What the Kreis profile and its fact sheet show about a location. */
export interface LocationFacts {
  code: string;
  landPrice: LocationFactorRow | null;
  landPriceBaureif: LocationFactorRow | null;
  landCases: LocationFactorRow | null;
  landPriceRank: {rank: number; of: number} | null;
  incomePerTaxpayer: LocationFactorRow | null;
  commuterBalance: LocationFactorRow | null;
  /** The Kreis's five strongest occupation groups (location quotient), with unemployed and vacancies. */
  groups: GroupFact[];
  labourYear: number;
  /** Source ids of every figure above. */
  sources: string[];
}

/** The location facts of one Kreis, from the two datasets (already indexed, or as rows). */
export function locationFacts(
  code: string,
  data: {pool: LabourPool | readonly LabourPoolRow[]; factors: Factors | readonly LocationFactorRow[]}
): LocationFacts {
  const pool = "get" in data.pool ? data.pool : indexLabourPool(data.pool);
  const factors = "get" in data.factors ? data.factors : indexFactors(data.factors);
  const year = pool.lastYear;
  const groups = locationQuotients(pool, code, year)
    .slice(0, 5)
    .map((q) => ({...poolPoint(pool.get(code, q.occupation, year), code, year), ...q}));
  const pick = (measure: string) => factors.get(code, measure) ?? null;
  const facts = {
    landPrice: pick("land_price_all"),
    landPriceBaureif: pick("land_price_baureif"),
    landCases: pick("land_cases_all"),
    incomePerTaxpayer: pick("income_per_taxpayer"),
    commuterBalance: pick("commuter_balance")
  };
  const sources = new Set([
    ...sourceIds(Object.values(facts).map((row) => row ?? {source: null})),
    ...sourceIds(pool.rows.slice(0, 1)).filter((id) => !id.includes("residence"))
  ]);
  return {
    code,
    ...facts,
    landPriceRank: rankAmongKreise(factors, code, "land_price_all"),
    groups,
    labourYear: year,
    sources: [...sources]
  };
}
