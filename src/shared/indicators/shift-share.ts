import {IndicatorError, requireCount, requireNonEmpty, requirePositive} from "./errors.js";

/** Employment of one category in the region and the reference area at the start (0) and end (1) of the period. */
export interface ShiftShareRow {
  category: string;
  region0: number;
  region1: number;
  reference0: number;
  reference1: number;
}

/** The classic components; national + industryMix + regionalShift = total = e_1 − e_0. */
export interface ShiftShareComponents {
  /** National share (Bundestrend) Σ e_i0·G: the change had the region grown like the reference area. */
  national: number;
  /** Industry mix (Struktureffekt) Σ e_i0·(G_i − G): the effect of the region's sector structure. */
  industryMix: number;
  /** Regional shift (Standorteffekt) Σ e_i0·(g_i − G_i): sectors growing faster or slower than in the reference. */
  regionalShift: number;
  /** Actual change e_1 − e_0. */
  total: number;
}

/** Esteban-Marquillas split of a regional shift; competitive + allocation + unassigned = regional shift. */
export interface EstebanMarquillasSplit {
  /** Competitive (homothetic) effect Σ ê_i0·(g_i − G_i), ê_i0 = e_0·E_i0/E_0. */
  competitive: number;
  /** Allocation effect Σ (e_i0 − ê_i0)·(g_i − G_i): specialisation in sectors where the region is competitive. */
  allocation: number;
  /**
   * Regional shift of categories where the split is undefined because the region had no employment at the start
   * (e_i0 = 0, so g_i does not exist); 0 when the split is defined everywhere. Shown, not hidden.
   */
  unassigned: number;
}

export interface ShiftShareCategory extends ShiftShareComponents {
  category: string;
  /** Null when the region had no employment in the category at the start (growth rate undefined). */
  competitive: number | null;
  allocation: number | null;
}

export interface ShiftShareResult extends ShiftShareComponents {
  /** G, the reference area's total growth rate used for the national share. */
  referenceGrowth: number;
  estebanMarquillas: EstebanMarquillasSplit;
  categories: ShiftShareCategory[];
}

/**
 * Classic shift-share decomposition of a region's employment change (Dunn 1960):
 *
 *   e_1 − e_0 = Σ e_i0·G  +  Σ e_i0·(G_i − G)  +  Σ e_i0·(g_i − G_i)
 *              (national)    (industry mix)        (regional shift)
 *
 * g_i = e_i1/e_i0 − 1 regional growth of category i, G_i = E_i1/E_i0 − 1 reference growth of category i, G = E_1/E_0
 * − 1 total reference growth. The regional shift is computed as (e_i1 − e_i0) − e_i0·G_i, which equals
 * e_i0·(g_i − G_i) and stays defined when a category is new in the region (e_i0 = 0), so the three components always
 * sum exactly to the actual change.
 *
 * The regional shift is further split after Esteban-Marquillas (1972) with homothetic employment ê_i0 = e_0·E_i0/E_0
 * (the region's employment distributed like the reference area's): competitive effect Σ ê_i0·(g_i − G_i) and
 * allocation effect Σ (e_i0 − ê_i0)·(g_i − G_i). Categories with e_i0 = 0 have no g_i; their regional shift is
 * reported as `unassigned`.
 *
 * Literature: Dunn, E. S. (1960), "A statistical and analytical technique for regional analysis", *Papers and
 * Proceedings of the Regional Science Association* 6, 97–112; Esteban-Marquillas, J. M. (1972), "A reinterpretation
 * of shift-share analysis", *Regional and Urban Economics* 2(3), 249–255.
 *
 * @param rows one row per category (all categories of the classification, absent ones with 0)
 * @param options.referenceTotal the reference area's totals for G, when `rows` do not cover all its categories
 *   (for example because suppressed categories were left out); defaults to the sums over `rows`
 * @throws IndicatorError for empty input, duplicate categories, negative or non-finite counts, a reference area
 *   without employment at the start, or a category the region has but the reference area had not at the start.
 */
export function shiftShare(
  rows: readonly ShiftShareRow[],
  {referenceTotal}: {referenceTotal?: {reference0: number; reference1: number}} = {}
): ShiftShareResult {
  const name = "shiftShare";
  requireNonEmpty(name, "rows", rows);
  const seen = new Set<string>();
  for (const row of rows) {
    if (typeof row.category !== "string" || row.category === "") {
      throw new IndicatorError(name, "rows", `has a row without a category (got ${String(row.category)})`);
    }
    if (seen.has(row.category)) throw new IndicatorError(name, "rows", `list category "${row.category}" twice`);
    seen.add(row.category);
    for (const field of ["region0", "region1", "reference0", "reference1"] as const) {
      requireCount(name, `${field} of category "${row.category}"`, row[field]);
    }
    if (row.reference0 === 0 && row.region0 > 0) {
      throw new IndicatorError(
        name,
        `reference0 of category "${row.category}"`,
        `is 0 while the region has ${row.region0}: the reference growth G_i is undefined (is the region part of the reference area?)`
      );
    }
  }
  const E0 = referenceTotal?.reference0 ?? sum(rows, "reference0");
  const E1 = referenceTotal?.reference1 ?? sum(rows, "reference1");
  requirePositive(name, "reference total at the start (E_0)", E0);
  requireCount(name, "reference total at the end (E_1)", E1);
  const G = E1 / E0 - 1;
  const e0 = sum(rows, "region0");
  const E0rows = sum(rows, "reference0");

  const categories = rows.map(({category, region0, region1, reference0, reference1}): ShiftShareCategory => {
    // e_i0·G_i with G_i undefined (E_i0 = 0) only happens with e_i0 = 0, where the product is 0.
    const Gi = reference0 > 0 ? reference1 / reference0 - 1 : 0;
    const national = region0 * G;
    const industryMix = region0 * (Gi - G);
    const regionalShift = region1 - region0 - region0 * Gi;
    let competitive: number | null = null;
    let allocation: number | null = null;
    if (region0 > 0) {
      const differential = region1 / region0 - 1 - Gi;
      const homothetic = (e0 * reference0) / E0rows;
      competitive = homothetic * differential;
      allocation = (region0 - homothetic) * differential;
    }
    return {category, national, industryMix, regionalShift, total: region1 - region0, competitive, allocation};
  });

  const estebanMarquillas: EstebanMarquillasSplit = {competitive: 0, allocation: 0, unassigned: 0};
  for (const c of categories) {
    if (c.competitive === null || c.allocation === null) estebanMarquillas.unassigned += c.regionalShift;
    else {
      estebanMarquillas.competitive += c.competitive;
      estebanMarquillas.allocation += c.allocation;
    }
  }
  return {
    national: sum(categories, "national"),
    industryMix: sum(categories, "industryMix"),
    regionalShift: sum(categories, "regionalShift"),
    total: sum(rows, "region1") - e0,
    referenceGrowth: G,
    estebanMarquillas,
    categories
  };
}

/** One year of a dynamic shift-share: employment per category in the region and the reference area. */
export interface ShiftShareYear {
  year: number;
  rows: readonly {category: string; region: number; reference: number}[];
}

export interface DynamicShiftShareResult extends ShiftShareComponents {
  estebanMarquillas: EstebanMarquillasSplit;
  /** The year-on-year decompositions that were summed. */
  steps: (ShiftShareResult & {from: number; to: number})[];
}

/**
 * Dynamic shift-share (Barff & Knight 1988): the classic decomposition ({@link shiftShare}) computed for each pair of
 * consecutive years and summed. Over long spans it avoids weighting the whole period with the base-year structure;
 * the components still sum exactly to e_last − e_first.
 *
 * Literature: Barff, R. A. & Knight, P. L. (1988), "Dynamic shift-share analysis", *Growth and Change* 19(2), 1–10.
 *
 * @param years at least two years with the same categories; sorted by year here
 * @throws IndicatorError for fewer than two years, duplicate years, or categories that change between years
 */
export function dynamicShiftShare(years: readonly ShiftShareYear[]): DynamicShiftShareResult {
  const name = "dynamicShiftShare";
  requireNonEmpty(name, "years", years);
  if (years.length < 2) throw new IndicatorError(name, "years", "must contain at least two years");
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const steps: DynamicShiftShareResult["steps"] = [];
  for (let k = 1; k < sorted.length; k++) {
    const start = sorted[k - 1]!;
    const end = sorted[k]!;
    if (start.year === end.year) throw new IndicatorError(name, "years", `list year ${end.year} twice`);
    const endRows = new Map(end.rows.map((r) => [r.category, r]));
    if (endRows.size !== start.rows.length || start.rows.some((r) => !endRows.has(r.category))) {
      throw new IndicatorError(name, "years", `must have the same categories in ${start.year} and ${end.year}`);
    }
    const rows = start.rows.map((r) => {
      const next = endRows.get(r.category)!;
      return {
        category: r.category,
        region0: r.region,
        region1: next.region,
        reference0: r.reference,
        reference1: next.reference
      };
    });
    steps.push({from: start.year, to: end.year, ...shiftShare(rows)});
  }
  return {
    national: sum(steps, "national"),
    industryMix: sum(steps, "industryMix"),
    regionalShift: sum(steps, "regionalShift"),
    total: sum(steps, "total"),
    estebanMarquillas: {
      competitive: steps.reduce((s, x) => s + x.estebanMarquillas.competitive, 0),
      allocation: steps.reduce((s, x) => s + x.estebanMarquillas.allocation, 0),
      unassigned: steps.reduce((s, x) => s + x.estebanMarquillas.unassigned, 0)
    },
    steps
  };
}

function sum<K extends string>(rows: readonly {[key in K]: number}[], key: K): number {
  let s = 0;
  for (const row of rows) s += row[key];
  return s;
}
