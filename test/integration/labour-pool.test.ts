import {beforeAll, describe, expect, it} from "vitest";

import type {LabourPoolRow, LocationFactorRow} from "../../src/shared/rows.js";

import {createContext} from "../../data-loaders/build-all.js";
import {commuters} from "../../data-loaders/datasets/commuters.js";
import {derive, labourPool, sumCounts} from "../../data-loaders/datasets/labour-pool.js";
import {locationFactors} from "../../data-loaders/datasets/location-factors.js";
import {population} from "../../data-loaders/datasets/population.js";
import {defaultOccupation, indexLabourPool, kreiseWithSeries, rankGroups} from "../../src/lib/labour-pool.js";
import {compareRegions, indexFactors, locationFacts} from "../../src/lib/location-factors.js";
import {compositeRegion} from "../../src/shared/regions.js";

let rows: LabourPoolRow[];
let factorRows: LocationFactorRow[];
const find = (code: string, occupation: string, year: number) =>
  rows.find((r) => r.code === code && r.occupation === occupation && r.year === year);

beforeAll(async () => {
  const context = createContext();
  rows = await labourPool.build(context);
  context.built.set("population", await population.build(context));
  context.built.set("commuters", await commuters.build(context));
  factorRows = await locationFactors.build(context);
}, 900_000);

describe("labour_pool", () => {
  it("gives Burgenlandkreis 2025, group 513 (Lagerwirtschaft, Post, Zustellung): 601 unemployed, 54 vacancies", () => {
    expect(find("15084", "513", 2025)).toMatchObject({
      occupation_name: "Lagerwirt.,Post,Zustellung,Güterumschlag",
      unemployed: 601,
      vacancies: 54,
      unemployed_per_vacancy: 11.13,
      svb_workplace: 3690,
      computed: false,
      flag: null
    });
    // 2013: 606.83 unemployed, 36.67 vacancies as annual averages → 607 and 37.
    expect(find("15084", "513", 2013)).toMatchObject({unemployed: 607, vacancies: 37});
  });

  it("sums aggregates from their members and divides the sums: unemployed per vacancy is a ratio of sums", () => {
    for (const code of ["REV-MD", "REV-LAU"]) {
      const members = compositeRegion(code).members.map((m) => find(m, "513", 2025)!);
      const row = find(code, "513", 2025)!;
      const u = members.reduce((s, m) => s + m.unemployed!, 0);
      const v = members.reduce((s, m) => s + m.vacancies!, 0);
      expect(row).toMatchObject({unemployed: u, vacancies: v, computed: true});
      expect(row.unemployed_per_vacancy).toBeCloseTo(u / v, 2);
      const meanOfRatios = members.reduce((s, m) => s + m.unemployed! / m.vacancies!, 0) / members.length;
      expect(Math.abs(row.unemployed_per_vacancy! - meanOfRatios)).toBeGreaterThan(0.1);
    }
    expect(find("REV-MD", "513", 2025)).toMatchObject({unemployed: 8379, vacancies: 969, unemployed_per_vacancy: 8.65});
  });

  it("keeps suppressed cells null with a flag, and says when a sum is a lower bound", () => {
    const suppressed = rows.find((r) => r.code.length === 5 && r.unemployed === null && r.vacancies !== null)!;
    expect(suppressed.flag).toMatch(/^suppressed:.*unemployed/);
    const land = find(suppressed.code.slice(0, 2), suppressed.occupation, suppressed.year)!;
    expect(land.flag).toMatch(/^lower_bound:.*unemployed/);
    expect(land.unemployed).not.toBeNull();
  });

  it("counts vacancies the BA could not assign to a Kreis in Germany only", () => {
    const laender = rows.filter((r) => /^\d{2}$/.test(r.code) && r.occupation === "513" && r.year === 2025);
    expect(laender).toHaveLength(16);
    const sumLaender = laender.reduce((s, r) => s + r.vacancies!, 0);
    // jobs.parquet 2025, group 513: 53.08 vacancies without a Kreis → 53.
    expect(find("DG", "513", 2025)!.vacancies! - sumLaender).toBe(53);
  });

  it("holds the full series for the Revier, its neighbours and East Germany, the latest year for every Kreis", () => {
    for (const code of ["15084", "16052", "09162"]) expect(find(code, "513", 2025), code).toBeDefined();
    expect(find("16052", "513", 2016)).toBeDefined(); // Gera, neighbour of the Burgenlandkreis
    expect(find("09162", "513", 2016)).toBeUndefined(); // München: latest year only
    // 400 Kreise plus Hanau (06415), which the BA extract already lists apart from the Main-Kinzig-Kreis
    // (kreisfrei since 2026); the boundary file (VG5000, 2021) still has it inside 06435.
    const kreise = new Set(rows.filter((r) => r.year === 2025 && /^\d{5}$/.test(r.code)).map((r) => r.code));
    expect(kreise.size).toBe(401);
    expect(kreise.has("06415")).toBe(true);
  });
});

describe("derived columns", () => {
  it("computes ratios and changes from counts, null where a count is unknown or the divisor 0", () => {
    const counts = {svb_workplace: 950, svb_residence: 1000, unemployed: 120, vacancies: 50};
    expect(derive(counts, {...counts, svb_workplace: 1000, unemployed: 100})).toEqual({
      unemployed_per_vacancy: 2.4,
      vacancy_share: 5,
      svb_change: -5,
      unemployed_change: 20
    });
    expect(derive({...counts, vacancies: 0}, undefined).unemployed_per_vacancy).toBeNull();
    expect(derive({...counts, unemployed: null}, undefined).unemployed_per_vacancy).toBeNull();
  });

  it("sums members and lists the measures with unknown members", () => {
    const a = {svb_workplace: 10, svb_residence: null, unemployed: 5, vacancies: 1};
    const b = {svb_workplace: 20, svb_residence: null, unemployed: null, vacancies: 3};
    expect(sumCounts([a, b])).toEqual({
      counts: {svb_workplace: 30, svb_residence: null, unemployed: 5, vacancies: 4},
      lowerBound: ["unemployed"]
    });
  });
});

describe("the /standort views and the location facts on real data", () => {
  it("gives the location facts of the Burgenlandkreis: land price, income, commuters, five strongest groups", () => {
    const facts = locationFacts("15084", {pool: rows, factors: factorRows});
    expect(facts.landPrice).toMatchObject({value: 23.97, year: 2024});
    expect(facts.landPriceBaureif?.value).toBe(49.9);
    expect(facts.landCases?.value).toBe(142);
    // 394 of 400 Kreise have a published price for 2024; the Burgenlandkreis is the 19th cheapest.
    expect(facts.landPriceRank).toEqual({rank: 19, of: 394});
    expect(facts.incomePerTaxpayer).toMatchObject({value: 34834, year: 2021});
    expect(facts.commuterBalance).toMatchObject({value: -13700, year: 2016});
    expect(facts.groups).toHaveLength(5);
    expect(facts.groups.map((g) => g.occupation)).toContain("211"); // Berg-, Tagebau und Sprengtechnik
    for (const g of facts.groups) expect(g.lq).toBeGreaterThan(1);
    expect(facts.sources).toContain("genesis-61511-01-03-4-2024");
    expect(facts.sources).toContain("ba-kldb-vacancies");
  });

  it("compares the land price with Sachsen-Anhalt, Germany and the Reviere; ranks groups by unemployed per vacancy", () => {
    const compared = compareRegions(indexFactors(factorRows), "15084", "land_price_all", "land_cases_all");
    expect(compared.map((r) => r.code)).toEqual(["15084", "15", "DG", "REV-MD", "REV-LAU", "REV-RH"]);
    expect(compared[0]).toMatchObject({value: 23.97, cases: 142, computed: false});
    const pool = indexLabourPool(rows);
    expect(kreiseWithSeries(pool)).toContain("15084");
    expect(pool.occupations.has("000")).toBe(false);
    const {most, fewest} = rankGroups(pool, "15084");
    expect(most).toHaveLength(10);
    expect(most[0]!.unemployedPerVacancy!).toBeGreaterThan(fewest[0]!.unemployedPerVacancy!);
    for (const g of [...most, ...fewest]) expect(Math.min(g.unemployed!, g.vacancies!)).toBeGreaterThanOrEqual(10);
    expect(pool.occupations.has(defaultOccupation(pool, "15084"))).toBe(true);
  });
});
