/**
 * The rows of the Kreis index (/kreise/): every Kreis of Germany with its latest population, area, density and
 * number of Gemeinden; the Kreise of the Mitteldeutsches Revier first, then the others by Land (Land code order)
 * and name.
 */
import {density, metricValue} from "./kreis-profile.js";
import type {KreisProfileRow} from "../shared/rows.js";
import {latestYear} from "./kreis-facts.js";
import {type Key, t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";

export interface KreisIndexRow {
  code: string;
  name: string;
  land: string;
  landName: string;
  kind: string;
  revier: boolean;
  population: number | null;
  area: number | null;
  density: number | null;
  gemeinden: number | null;
}

export function kreisIndex(
  regions: readonly {code: string; name: string; level: string; land: string | null; kind: string}[],
  profile: readonly KreisProfileRow[],
  revier: readonly string[],
  {year, gv, collator = "de", lang = "de"}: {year: number; gv: number; collator?: string; lang?: Lang}
): KreisIndexRow[] {
  const names = new Map(regions.map((r) => [r.code, r.name]));
  const compareNames = new Intl.Collator(collator).compare;
  return regions
    .filter((r) => r.level === "kreis")
    .map((r) => {
      const population = metricValue(profile, r.code, "population", year).value;
      const area = metricValue(profile, r.code, "area_km2", gv).value;
      const land = r.land ?? r.code.slice(0, 2);
      return {
        code: r.code,
        name: r.name,
        land,
        // Land names in the page language (Bavaria, Saxony, …); Kreis names are proper names and stay.
        landName: lang === "de" ? (names.get(land) ?? land) : t(lang, `region.${land}` as Key),
        kind: r.kind,
        revier: revier.includes(r.code),
        population,
        area,
        density: density(population, area),
        gemeinden: metricValue(profile, r.code, "gemeinden", gv).value
      };
    })
    .sort(
      (a, b) =>
        Number(b.revier) - Number(a.revier) ||
        (a.revier ? 0 : a.land.localeCompare(b.land)) ||
        compareNames(a.name, b.name)
    );
}

/** The reference years of the index: latest population year of Germany and the Gebietsstand of the Gemeinden. */
export function indexYears(profile: readonly KreisProfileRow[]): {year: number | null; gv: number | null} {
  return {year: latestYear(profile, "DG", "population"), gv: latestYear(profile, "DG", "gemeinden")};
}
