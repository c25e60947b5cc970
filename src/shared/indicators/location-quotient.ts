import {categoryMap, type CategoryValue, IndicatorError, requireCount, requirePositive, sumKnown} from "./errors.js";

/**
 * Location quotient (Standortquotient) of sector i in region r:
 *
 *   LQ_ir = (e_ir / e_r) / (E_i / E)
 *
 * e_ir employment in sector i in the region, e_r total employment in the region, E_i employment in sector i in the
 * reference area, E total employment in the reference area. LQ > 1: the sector's share in the region is larger than
 * in the reference area (a specialisation); LQ < 1: smaller. Literature: Isard (1960), *Methods of Regional
 * Analysis*, ch. 7; Miller, Gibson & Wright (1991), "Location quotient: a basic tool for economic development
 * analysis", *Economic Development Review* 9(2).
 *
 * @throws IndicatorError for negative or non-finite counts, a part larger than its total, or a zero denominator.
 */
export function locationQuotient(e_ir: number, e_r: number, E_i: number, E: number): number {
  const name = "locationQuotient";
  requireCount(name, "e_ir", e_ir);
  requirePositive(name, "e_r (regional total)", e_r);
  requirePositive(name, "E_i (reference employment in the sector)", E_i);
  requirePositive(name, "E (reference total)", E);
  if (e_ir > e_r) throw new IndicatorError(name, "e_ir", `(${e_ir}) exceeds the regional total e_r (${e_r})`);
  if (E_i > E) throw new IndicatorError(name, "E_i", `(${E_i}) exceeds the reference total E (${E})`);
  return e_ir / e_r / (E_i / E);
}

/**
 * Why a location quotient in a table is missing or should be read with care:
 * - `suppressed`: the region's cell is suppressed or missing (LQ is null);
 * - `reference-suppressed`: the reference area's cell is missing (LQ is null);
 * - `no-reference-employment`: the sector has no employment in the reference area (LQ undefined, null);
 * - `small`: the region's count is below `minCount`, so the LQ jumps with a handful of persons.
 */
export type LocationQuotientFlag = "suppressed" | "reference-suppressed" | "no-reference-employment" | "small";

/** One row of {@link locationQuotients}. */
export interface LocationQuotientRow {
  category: string;
  /** e_ir, null when suppressed. */
  regionValue: number | null;
  /** e_r: sum of the region's known (non-suppressed) cells. */
  regionTotal: number;
  /** E_i, null when missing. */
  referenceValue: number | null;
  /** E: sum of the reference area's known cells. */
  referenceTotal: number;
  lq: number | null;
  flag: LocationQuotientFlag | null;
}

/** Default minimum count below which a location quotient is flagged `small`. */
export const DEFAULT_MIN_COUNT = 10;

/**
 * Location quotients of every sector of one region against a reference area (Germany, East Germany, a Land, the
 * Revier, given as its summed sector counts).
 *
 * Suppressed cells (`null`) are never read as 0: a suppressed sector gets `lq: null` and the flag `suppressed`,
 * and the totals e_r and E are the sums of the known cells. With that choice the location quotients weighted by
 * the reference area's sector shares sum to exactly 1 over the sectors with a quotient: Σ (E_i/E)·LQ_ir =
 * Σ e_ir/e_r = 1. Sectors whose count is below `minCount` (default {@link DEFAULT_MIN_COUNT}) keep their quotient
 * but are flagged `small`. Formula and literature: {@link locationQuotient}.
 *
 * @param region sector counts of the region
 * @param reference sector counts of the reference area, with exactly the same categories
 * @throws IndicatorError for empty input, duplicate or mismatched categories, negative counts, or a region or
 *   reference area without any known employment.
 */
export function locationQuotients(
  region: readonly CategoryValue[],
  reference: readonly CategoryValue[],
  {minCount = DEFAULT_MIN_COUNT}: {minCount?: number} = {}
): LocationQuotientRow[] {
  const name = "locationQuotients";
  requireCount(name, "minCount", minCount);
  const r = categoryMap(name, "region", region);
  const ref = categoryMap(name, "reference", reference);
  for (const category of r.keys()) {
    if (!ref.has(category)) throw new IndicatorError(name, "reference", `has no category "${category}"`);
  }
  for (const category of ref.keys()) {
    if (!r.has(category)) throw new IndicatorError(name, "region", `has no category "${category}"`);
  }
  const e_r = sumKnown(r.values());
  const E = sumKnown(ref.values());
  if (e_r <= 0) throw new IndicatorError(name, "region", "has no known employment (total is 0)");
  if (E <= 0) throw new IndicatorError(name, "reference", "has no known employment (total is 0)");
  return [...r].map(([category, e_ir]) => {
    const E_i = ref.get(category) ?? null;
    const row = {category, regionValue: e_ir, regionTotal: e_r, referenceValue: E_i, referenceTotal: E};
    if (e_ir === null) return {...row, lq: null, flag: "suppressed"};
    if (E_i === null) return {...row, lq: null, flag: "reference-suppressed"};
    if (E_i === 0) return {...row, lq: null, flag: "no-reference-employment"};
    return {...row, lq: e_ir / e_r / (E_i / E), flag: e_ir < minCount ? "small" : null};
  });
}
