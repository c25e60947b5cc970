import {IndicatorError, requireCount, requireNonEmpty, requirePositive} from "./errors.js";

/** Persons aged from `from` (inclusive) to under `to` (exclusive, "bis unter"); `to: null` is the open top group. */
export interface AgeGroup {
  from: number;
  to: number | null;
  count: number;
}

export interface DependencyRatios {
  /** Jugendquotient: young per 100 of working age. */
  youth: number;
  /** Altenquotient: old per 100 of working age. */
  oldAge: number;
  /** Gesamtquotient: young and old per 100 of working age (= youth + oldAge). */
  total: number;
  young: number;
  workingAge: number;
  old: number;
}

/**
 * Youth, old-age and total dependency ratios (Jugend-, Alten-, Gesamtquotient) per 100 persons of working age:
 *
 *   youth = 100 · P(age < a) / P(a ≤ age < b),  oldAge = 100 · P(age ≥ b) / P(a ≤ age < b),  total = youth + oldAge
 *
 * with the bounds a = `youngBelow` (default 20) and b = `oldFrom` (default 65), the convention of Destatis
 * (Bevölkerungsvorausberechnung; the UN and Eurostat use 15/65). A high old-age ratio means few people of working age
 * per older person: a shrinking labour supply and rising care needs.
 *
 * Literature: Statistisches Bundesamt (2023), *Bevölkerung Deutschlands bis 2070 – 15. koordinierte
 * Bevölkerungsvorausberechnung*, glossary "Altenquotient"; United Nations, *World Population Prospects*, definitions.
 *
 * @param groups age groups covering all ages from 0 without gaps or overlaps, the last one open (`to: null`)
 * @throws IndicatorError for empty or negative input, gaps or overlaps, a group that straddles a bound, or no one of
 *   working age.
 */
export function dependencyRatios(
  groups: readonly AgeGroup[],
  {youngBelow = 20, oldFrom = 65}: {youngBelow?: number; oldFrom?: number} = {}
): DependencyRatios {
  const name = "dependencyRatios";
  requireNonEmpty(name, "groups", groups);
  requireCount(name, "youngBelow", youngBelow);
  requireCount(name, "oldFrom", oldFrom);
  if (!(youngBelow < oldFrom)) {
    throw new IndicatorError(name, "youngBelow", `(${youngBelow}) must be below oldFrom (${oldFrom})`);
  }
  const sorted = [...groups].sort((x, y) => x.from - y.from);
  let expectedFrom = 0;
  let young = 0;
  let workingAge = 0;
  let old = 0;
  sorted.forEach((g, k) => {
    const label = `group ${g.from}–${g.to ?? "…"}`;
    requireCount(name, `count of ${label}`, g.count);
    if (g.from !== expectedFrom) {
      throw new IndicatorError(
        name,
        "groups",
        `must cover all ages without gaps or overlaps: expected a group from ${expectedFrom}, got ${label}`
      );
    }
    if (g.to === null && k !== sorted.length - 1)
      throw new IndicatorError(name, "groups", `have an open group ${label} before the last one`);
    if (g.to !== null && !(g.to > g.from)) throw new IndicatorError(name, "groups", `have an empty range ${label}`);
    const to = g.to ?? Infinity;
    for (const bound of [youngBelow, oldFrom]) {
      if (g.from < bound && to > bound) {
        throw new IndicatorError(name, "groups", `${label} straddles the age bound ${bound}; use finer age groups`);
      }
    }
    if (to <= youngBelow) young += g.count;
    else if (g.from >= oldFrom) old += g.count;
    else workingAge += g.count;
    expectedFrom = to;
  });
  if (expectedFrom !== Infinity) throw new IndicatorError(name, "groups", "must end with an open group (to: null)");
  requirePositive(name, "working-age population", workingAge);
  const youth = (100 * young) / workingAge;
  const oldAge = (100 * old) / workingAge;
  return {youth, oldAge, total: (100 * (young + old)) / workingAge, young, workingAge, old};
}
