import {categoryMap, type CategoryValue, IndicatorError, requireSameCategories} from "./errors.js";

/** Result of a Krugman index: the value and the categories left out because a cell was missing. */
export interface KrugmanResult {
  /** K = Σ |s_i − s*_i|, between 0 (identical structures) and 2 (no sector in common). */
  index: number;
  /** Categories left out on both sides because one of the two cells was null (suppressed or missing). */
  excluded: string[];
}

/**
 * Krugman specialisation index of a region against a reference area (or of two regions against each other):
 *
 *   K = Σ_i | e_ir/e_r − E_i/E |
 *
 * with sector shares e_ir/e_r of the region and E_i/E of the reference. K = 0 when both structures are equal and
 * K = 2 when they share no sector. A category whose cell is null on either side is left out on both sides and both
 * shares are taken over the remaining categories, so a suppressed cell is never read as 0; the left-out categories
 * are returned in `excluded`.
 *
 * Literature: Krugman, P. (1991), *Geography and Trade*, MIT Press, appendix D (index of regional divergence);
 * Midelfart-Knarvik, K. H., Overman, H. G., Redding, S. J. & Venables, A. J. (2000), "The location of European
 * industry", European Commission, Economic Papers 142.
 *
 * @throws IndicatorError for empty input, duplicate or mismatched categories, negative counts, or a side without
 *   any employment in the compared categories.
 */
export function krugmanIndex(region: readonly CategoryValue[], reference: readonly CategoryValue[]): KrugmanResult {
  return krugman("krugmanIndex", "region", region, "reference", reference);
}

/**
 * Krugman index between two regions, K = Σ_i | a_i/a − b_i/b | (0 … 2); same rules as {@link krugmanIndex}.
 */
export function krugmanIndexBetween(a: readonly CategoryValue[], b: readonly CategoryValue[]): KrugmanResult {
  return krugman("krugmanIndexBetween", "a", a, "b", b);
}

/**
 * Krugman index of a region against the rest of the reference area, the reference area without the region itself:
 *
 *   K = Σ_i | e_ir/e_r − (E_i − e_ir)/(E − e_r) |
 *
 * Use it when the region is a large part of the reference area (Leipzig in Sachsen, the Revier in East Germany),
 * where comparing with a reference that contains the region understates the difference. Literature as
 * {@link krugmanIndex}.
 *
 * @throws IndicatorError as {@link krugmanIndex}, and when the region has more employment in a category than the
 *   reference area (the region is not part of it) or the rest is empty (the reference equals the region).
 */
export function krugmanIndexRest(region: readonly CategoryValue[], reference: readonly CategoryValue[]): KrugmanResult {
  const name = "krugmanIndexRest";
  const r = categoryMap(name, "region", region);
  const ref = categoryMap(name, "reference", reference);
  requireSameCategories(name, {name: "region", map: r}, {name: "reference", map: ref});
  const rest: CategoryValue[] = [...ref].map(([category, E_i]) => {
    const e_ir = r.get(category) ?? null;
    if (E_i === null || e_ir === null) return {category, value: null};
    if (e_ir > E_i) {
      throw new IndicatorError(
        name,
        `region (category "${category}")`,
        `has ${e_ir}, more than the reference area's ${E_i}: the region is not part of the reference area`
      );
    }
    return {category, value: E_i - e_ir};
  });
  return krugman(name, "region", region, "rest of the reference area", rest);
}

function krugman(
  name: string,
  nameA: string,
  a: readonly CategoryValue[],
  nameB: string,
  b: readonly CategoryValue[]
): KrugmanResult {
  const mapA = categoryMap(name, nameA, a);
  const mapB = categoryMap(name, nameB, b);
  requireSameCategories(name, {name: nameA, map: mapA}, {name: nameB, map: mapB});
  const excluded: string[] = [];
  const pairs: [number, number][] = [];
  for (const [category, x] of mapA) {
    const y = mapB.get(category) ?? null;
    if (x === null || y === null) excluded.push(category);
    else pairs.push([x, y]);
  }
  let totalA = 0;
  let totalB = 0;
  for (const [x, y] of pairs) {
    totalA += x;
    totalB += y;
  }
  if (totalA <= 0) throw new IndicatorError(name, nameA, "has no employment in the compared categories");
  if (totalB <= 0) throw new IndicatorError(name, nameB, "has no employment in the compared categories");
  let index = 0;
  for (const [x, y] of pairs) index += Math.abs(x / totalA - y / totalB);
  return {index, excluded};
}
