import {categoryMap, type CategoryValue, IndicatorError} from "./errors.js";

/** Herfindahl-Hirschman concentration of a region's employment over sectors. */
export interface HerfindahlResult {
  /** H = Σ s_i², between 1/N (all sectors equal) and 1 (one sector). */
  index: number;
  /** H* = (H − 1/N) / (1 − 1/N), between 0 and 1; null for a single category (N = 1), where it is 0/0. */
  normalised: number | null;
  /** 1/H: the number of equally large sectors that would give the same concentration. */
  equivalentSectors: number;
  /** N, the number of categories compared (including those with 0 employment). */
  categories: number;
  /** Categories left out because their cell is null (suppressed or missing). */
  excluded: string[];
}

/**
 * Herfindahl-Hirschman index of the concentration of employment over sectors:
 *
 *   H = Σ_i s_i²,  s_i = e_i / e;   H* = (H − 1/N) / (1 − 1/N);   equivalent number of sectors = 1/H
 *
 * N counts every category of the classification that was passed, including sectors with no employment, because
 * the normalisation is relative to the classification's size. Null cells are left out (N shrinks, listed in
 * `excluded`), never read as 0. Higher values: employment concentrated in few sectors, a region dependent on them.
 *
 * Literature: Hirschman, A. O. (1945), *National Power and the Structure of Foreign Trade*, University of
 * California Press; Herfindahl, O. C. (1950), *Concentration in the Steel Industry*, PhD thesis, Columbia
 * University. Normalisation as in e.g. Palan, N. (2010), "Measurement of specialization – the choice of indices",
 * FIW Working Paper 62.
 *
 * @throws IndicatorError for empty input, duplicate categories, negative counts or no employment at all.
 */
export function herfindahl(values: readonly CategoryValue[]): HerfindahlResult {
  const name = "herfindahl";
  const map = categoryMap(name, "values", values);
  const excluded: string[] = [];
  const known: number[] = [];
  for (const [category, value] of map) {
    if (value === null) excluded.push(category);
    else known.push(value);
  }
  const total = known.reduce((s, v) => s + v, 0);
  if (total <= 0) throw new IndicatorError(name, "values", "have no employment (total is 0)");
  let index = 0;
  for (const v of known) index += (v / total) ** 2;
  const N = known.length;
  const normalised = N > 1 ? (index - 1 / N) / (1 - 1 / N) : null;
  return {index, normalised, equivalentSectors: 1 / index, categories: N, excluded};
}
