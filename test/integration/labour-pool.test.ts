import {beforeAll, describe, expect, it} from "vitest";

import type {LabourPoolRow} from "../../src/lib/rows.js";

import {createContext} from "../../data-loaders/build-all.js";
import {derive, labourPool, sumCounts} from "../../data-loaders/datasets/labour-pool.js";
import {aggregateByCode} from "../../src/lib/regions.js";

let rows: LabourPoolRow[];
const find = (code: string, occupation: string, year: number) =>
  rows.find((r) => r.code === code && r.occupation === occupation && r.year === year);

beforeAll(async () => {
  rows = await labourPool.build(createContext());
}, 600_000);

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
      const members = aggregateByCode(code).members.map((m) => find(m, "513", 2025)!);
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
