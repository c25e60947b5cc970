/**
 * Cross-source and plausibility checks of the `population` dataset (run by data-loaders/checks.ts and the tests).
 */
import type {BuildContext} from "../dataset.js";
import {convertPopulation} from "../sources/bbsr-referenz.js";
import type {PopulationRow} from "../../src/shared/rows.js";
import {BBSR_PRE_CENSUS_YEAR} from "../datasets/population.js";
import {
  bbsrGemeindeSums,
  bbsrGemeinden,
  type Figure,
  gvSums,
  gvTable,
  type PopulationInputs,
  POPULATION_SOURCES,
  readPopulationExport,
  readPopulationInputs,
  stableKreise
} from "../datasets/population-sources.js";

/** Exact figures (total) by code for one source and year. */
function totals(figures: Figure[], source: string, year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of figures) {
    if (f.source === source && f.year === year && f.sex === "total" && f.value !== null) out.set(f.code, f.value);
  }
  return out;
}

/**
 * BBSR (rounded to 100 persons) against the exact Regionaldatenbank, 1995–2015, for every Kreis whose territory
 * was the same in that year, in 2015 and in 2021 (BBSR maps it 1:1 onto itself in both sheets): there both
 * describe one territory and must agree within half the rounding step. Where territories differ the two
 * legitimately disagree (the Regionaldatenbank back-casts some reformed Kreise, not others).
 */
export function checkBbsrAgainstRegionaldatenbank(inputs: PopulationInputs): string[] {
  const problems: string[] = [];
  const stable2015 = stableKreise(inputs.bbsr.find((s) => s.year === 2015)!);
  for (const sheet of inputs.bbsr) {
    // The BBSR sheet of 2011 is still on the pre-census basis (Flensburg 89.4 thousand vs 82,801 after the
    // Zensus 2011); the basis column says so, and the years compared here are those on one basis.
    if (sheet.year < 1995 || sheet.year > 2015 || sheet.year === BBSR_PRE_CENSUS_YEAR) continue;
    const exact = totals(inputs.kreisTables, POPULATION_SOURCES.rdb2017, sheet.year);
    const stableInYear = stableKreise(sheet);
    for (const [code, {population, sources}] of convertPopulation(sheet)) {
      const official = exact.get(code);
      if (official === undefined || population === null || !stable2015.has(code) || !stableInYear.has(code)) continue;
      const tolerance = (sources.length * sheet.rows[0]!.resolution) / 2;
      if (Math.abs(official - population) > tolerance) {
        problems.push(
          `${code} 31.12.${sheet.year}: BBSR ${population}, Regionaldatenbank ${official} (tolerance ${tolerance})`
        );
      }
    }
  }
  return problems;
}

/** Gemeinde sums per Kreis equal the Kreis total where the dates match (both exact): returns the differences. */
export function compareSums(kreis: Map<string, number>, gemeinden: Map<string, number>, label: string): string[] {
  const problems: string[] = [];
  for (const [code, value] of kreis) {
    if (code.length !== 5) continue;
    const sum = gemeinden.get(code);
    if (sum !== undefined && sum !== value) problems.push(`${code} ${label}: Kreis ${value}, Gemeinden summed ${sum}`);
  }
  return problems;
}

/** Kreis totals from Gemeinde rows (8-digit codes) of the -5 Regionaldatenbank export. */
export function rdbGemeindeSums(year: number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const f of readPopulationExport(
    "regionalstatistik-2017/12411-01-01-5_00.csv",
    POPULATION_SOURCES.rdbGemeinden2017
  )) {
    if (f.year !== year || f.sex !== "total" || f.code.length !== 8 || f.value === null) continue;
    sums.set(f.code.slice(0, 5), (sums.get(f.code.slice(0, 5)) ?? 0) + f.value);
  }
  return sums;
}

export function checkGemeindeSums(context: BuildContext): string[] {
  const inputs = readPopulationInputs(context);
  const kreisGv = (id: string) =>
    totals(gvSums(gvTable(context, id), id), id, Number(gvTable(context, id).populationDate.slice(6)));
  const bbsr2021 = bbsrGemeindeSums(
    bbsrGemeinden(context).find((s) => s.year === 2021)!,
    POPULATION_SOURCES.bbsrGemeinden
  );
  return [
    ...compareSums(
      totals(inputs.kreisTables, POPULATION_SOURCES.rdb2017, 2015),
      rdbGemeindeSums(2015),
      "31.12.2015 (12411-01-01-4 vs -5)"
    ),
    ...compareSums(
      totals(inputs.kreisTables, POPULATION_SOURCES.rdb2023, 2021),
      kreisGv("gv-2021"),
      "31.12.2021 (Regionaldatenbank vs GV)"
    ),
    ...compareSums(
      totals(inputs.kreisTables, POPULATION_SOURCES.rdb2023, 2021),
      totals(bbsr2021, POPULATION_SOURCES.bbsrGemeinden, 2021),
      "31.12.2021 (Regionaldatenbank vs BBSR Gemeinden)"
    )
  ];
}

/** Largest plausible change, in percent, of a Kreis's or Land's population from one 31 December to the next. */
export const MAX_YEARLY_CHANGE_PERCENT = 4;

/**
 * Year-on-year changes above MAX_YEARLY_CHANGE_PERCENT that the official tables really show (checked by hand), by
 * `code|year` (the later year): these are not reader errors.
 */
export const KNOWN_JUMPS: ReadonlyMap<string, string> = new Map([
  ["08237|1993", "BBSR 120.4 thousand agrees with the exact GV 31.12.1994 (120,046); growth in the early 1990s"],
  ["07315|2005", "Regionaldatenbank exact in both years (Mainz 186,061 → 194,372)"],
  ["07211|2015", "Regionaldatenbank exact in both years (Trier 108,472 → 114,914; refugee reception 2015)"],
  ["07211|2016", "Trier 2015 exact 114,914, BBSR 2016 110.1 thousand: the 2015 reception population left"],
  ["13004|2015", "Regionaldatenbank exact in both years (Schwerin 92,138 → 96,800)"]
]);

/**
 * Plausibility of the published series: every Kreis and Land changes by at most MAX_YEARLY_CHANGE_PERCENT from one year
 * to the next. All Kreis series are on the territory of 31.12.2021 (territorial changes are converted away), so a
 * larger jump is a reading error unless the census basis changes between the years (Zensus 2011, Zensus 2022;
 * the `basis` column) or it is a documented real change (KNOWN_JUMPS). Returns one message per jump, naming the
 * region, the years, both values and their sources.
 */
export function checkYearOnYearChanges(
  rows: (Pick<PopulationRow, "code" | "name" | "level" | "year" | "sex" | "value" | "basis" | "source" | "method"> &
    Partial<Pick<PopulationRow, "territory">>)[],
  known: ReadonlyMap<string, string> = KNOWN_JUMPS
): string[] {
  const totals = rows.filter((r) => r.sex === "total" && (r.level === "kreis" || r.level === "land"));
  const byKey = new Map(totals.map((r) => [`${r.code}|${r.year}`, r]));
  const problems: string[] = [];
  for (const row of totals) {
    const previous = byKey.get(`${row.code}|${row.year - 1}`);
    if (!previous || previous.value === null || row.value === null || previous.basis !== row.basis) continue;
    if ((previous.territory ?? "") !== (row.territory ?? "")) continue;
    if (known.has(`${row.code}|${row.year}`)) continue;
    // Integer arithmetic: 104,000 against 100,000 is exactly 4 % and passes.
    const change = row.value - previous.value;
    if (Math.abs(change) * 100 > MAX_YEARLY_CHANGE_PERCENT * previous.value) {
      problems.push(
        `${row.code} ${row.name} 31.12.${previous.year} → 31.12.${row.year}: ${previous.value} (${previous.source}, ` +
          `${previous.method}) → ${row.value} (${row.source}, ${row.method}), ${((change / previous.value) * 100).toFixed(1)} % ` +
          `(more than ${MAX_YEARLY_CHANGE_PERCENT} % on one territory and census basis)`
      );
    }
  }
  return problems;
}

/** GV 31.12.2019 summed per Kreis = GV Q4-2020 (population 31.12.2019) summed per Kreis, both exact. */
export function checkGv2019(context: BuildContext): string[] {
  const sums = (id: string) => totals(gvSums(gvTable(context, id), id), id, 2019);
  const a = sums("gv-2019");
  const b = sums(POPULATION_SOURCES.gvQ4_2020);
  const problems = compareSums(b, a, "31.12.2019 (GV Q4-2020 vs GV 31.12.2019)");
  if ([...a.keys()].filter((k) => k.length === 5).length < 400) problems.push("GV 2019: fewer than 400 Kreise summed");
  return problems;
}
