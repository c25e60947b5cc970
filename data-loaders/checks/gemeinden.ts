/**
 * Cross-source check of the `gemeinden_overview` view against the `population` dataset (run by
 * data-loaders/checks/index.ts and the tests).
 */
import type {GemeindeOverviewRow} from "../../src/shared/rows.js";

/**
 * Cross-check: the Gemeinden of each Land in the view (GV Gebietsstand 31.12.2024, population 31.12.2023) sum to the
 * Land's population of 31.12.2023 in the `population` dataset (GV 31.12.2023). Compared per Land, not per Kreis:
 * in 2024 Gemeinden moved between Kreise of Thüringen (Eichsfeld, Unstrut-Hainich-Kreis, Wartburgkreis), so Kreis
 * sums at the two Gebietsstände differ legitimately, while Land borders did not change. Returns one message per
 * disagreeing Land.
 */
export function checkOverviewAgainstPopulation(
  overview: readonly Pick<GemeindeOverviewRow, "land" | "population" | "date">[],
  population: readonly {code: string; year: number; sex: string; value: number | null}[]
): string[] {
  const sums = new Map<string, number>();
  for (const g of overview) sums.set(g.land, (sums.get(g.land) ?? 0) + (g.population ?? Number.NaN));
  const year = Number(overview[0]?.date.slice(0, 4));
  const land = new Map(
    population.filter((p) => p.year === year && p.sex === "total" && sums.has(p.code)).map((p) => [p.code, p.value])
  );
  return [...sums]
    .filter(([code, sum]) => land.get(code) !== sum)
    .map(([code, sum]) => `Land ${code}, 31.12.${year}: Gemeinden ${sum}, population ${land.get(code) ?? "fehlt"}`);
}
