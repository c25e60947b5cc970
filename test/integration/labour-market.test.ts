import {beforeAll, describe, expect, it} from "vitest";
import {createContext} from "../../data-loaders/build-all.js";
import {population} from "../../data-loaders/datasets/population.js";
import {regionMembers, regions} from "../../data-loaders/datasets/regions.js";
import {checkUnemployedVsBa} from "../../data-loaders/checks/employment.js";
import type {LabourMarketRow} from "../../src/shared/rows.js";
import {
  ANNUAL_AVERAGE,
  inkarUnemploymentRate,
  labourMarket,
  RATE_DEPENDENT,
  rdbUnemployment
} from "../../data-loaders/datasets/labour-market.js";
import {checkCountsFitRates, checkRatesFit} from "../../data-loaders/checks/labour-market.js";
import {yearOnYearProblems} from "../../data-loaders/checks/plausibility.js";
import {unemployedPoints, YEAR_ON_YEAR} from "../../data-loaders/checks/year-on-year.js";
import {RATE_ALL} from "../../src/shared/unemployment.js";

const context = createContext();
let rows: LabourMarketRow[];

beforeAll(async () => {
  // labour_market reads the Kreise and memberships (group rates); they come from the population build.
  for (const dataset of [population, regions, regionMembers]) {
    context.built.set(dataset.name, (await dataset.build(context)) as object[]);
  }
  rows = await labourMarket.build(context);
}, 600_000);

const find = (code: string, year: number, measure: string, definition: string) =>
  rows.find((r) => r.code === code && r.year === year && r.measure === measure && r.definition === definition);

describe("labour_market", () => {
  it("gives Arbeitslose from the Regionaldatenbank 2001–2020: Burgenlandkreis 2015 = 9,725 (export 2021), 2010 (2017)", () => {
    expect(find("15084", 2015, "unemployed", ANNUAL_AVERAGE)).toMatchObject({
      value: 9725,
      source: "rdb-13211-02-05-4-2021",
      table: "13211-02-05-4"
    });
    expect(find("15084", 2010, "unemployed", ANNUAL_AVERAGE)!.source).toBe("rdb-13211-02-05-4-2017");
  });

  it("states the definition of each rate: Burgenlandkreis 2015 11.1 % (dependent) and 10.3 % (all civilian labour force)", () => {
    expect(find("15084", 2015, "unemployment_rate", RATE_DEPENDENT)!.value).toBe(11.1);
    expect(find("15084", 2015, "unemployment_rate", RATE_ALL)!.value).toBe(10.3);
    const definitions = new Set(rows.filter((r) => r.measure === "unemployment_rate").map((r) => r.definition));
    expect(definitions).toEqual(new Set([RATE_ALL, RATE_DEPENDENT]));
  });

  it("fills 1998–2000 and 2021 with the INKAR rate (same definition): Burgenlandkreis 1998 = 23.13 %", () => {
    expect(find("15084", 1998, "unemployment_rate", RATE_ALL)).toMatchObject({
      value: 23.13,
      source: "gerda-inkar-covariates"
    });
    expect(find("15084", 2021, "unemployment_rate", RATE_ALL)!.value).toBe(6.53);
  });

  it("falls back to INKAR where the Regionaldatenbank has '.' (Burgenlandkreis before the 2007 reform)", () => {
    expect(find("15084", 2003, "unemployment_rate", RATE_ALL)).toMatchObject({
      value: 22.3,
      source: "gerda-inkar-covariates"
    });
    // No other source has the count: it stays null with the source's special value.
    expect(find("15084", 2003, "unemployed", ANNUAL_AVERAGE)).toMatchObject({value: null, flag: "."});
  });

  it("continues with BA annual averages where no table has the year (2021, 2022, 2024); 2025 from 13211-02-05-4", () => {
    expect(find("15084", 2024, "unemployed", ANNUAL_AVERAGE)).toMatchObject({
      value: 6603.5,
      source: "ba-kldb-unemployed"
    });
    expect(find("15084", 2025, "unemployed", ANNUAL_AVERAGE)).toMatchObject({
      value: 6513,
      flag: null,
      source: "rdb-13211-02-05-4-2026-2025"
    });
  });

  it("sets Kreise the BA suppressed to null (never a partial sum), and Länder missing them too", () => {
    const suppressed = rows.filter((r) => r.flag === "suppressed");
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((r) => r.value === null)).toBe(true);
    expect(rows.filter((r) => r.flag === "kreise_missing").every((r) => r.value === null && r.computed)).toBe(true);
  });

  it("agrees with the BA where both overlap (2013–2016) and has one row per key", () => {
    expect(checkUnemployedVsBa(context)).toEqual([]);
    const keys = rows.map((r) => `${r.code}|${r.year}|${r.measure}|${r.definition}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("covers 1998–2025", () => {
    const years = rows.filter((r) => r.code === "15084" && r.value !== null).map((r) => r.year);
    expect([Math.min(...years), Math.max(...years)]).toEqual([1998, 2025]);
  });

  it("publishes counts that contradict their own rate as null with flag '/': Vechta 2010 (772 printed), Niedersachsen 2009/2010", () => {
    // 13211-02-05-4 (mirror 2017) prints Vechta 2010 as 772 between 3,197 and 2,749 while its rate (4.0 %) fits.
    expect(find("03460", 2010, "unemployed", ANNUAL_AVERAGE)).toMatchObject({
      value: null,
      flag: "/",
      source: "rdb-13211-02-05-4-2017"
    });
    expect(find("03460", 2010, "unemployment_rate", RATE_ALL)).toMatchObject({value: 4, flag: null});
    expect(find("03460", 2009, "unemployed", ANNUAL_AVERAGE)!.value).toBe(3197);
    expect(find("03460", 2011, "unemployed", ANNUAL_AVERAGE)!.value).toBe(2749);
    const nulled = rows
      .filter((r) => r.measure === "unemployed" && r.flag === "/")
      .map((r) => `${r.code} ${r.year}`)
      .sort();
    expect(nulled).toEqual([
      "03256 2009",
      "03256 2010",
      "03403 2009",
      "03453 2009",
      "03458 2009",
      "03458 2010",
      "03460 2010"
    ]);
    // Niedersachsen and Germany keep their printed totals (not sums of the Kreise); for the Länder the current
    // GENESIS-Online 13211-0007 comes before the 2017 mirror (issue 16): 298,652 there, 298,603 in the mirror.
    expect(find("03", 2010, "unemployed", ANNUAL_AVERAGE)).toMatchObject({value: 298652, computed: false});
  });

  it("guards the counts in the build checks: the printed cells fail, the published ones pass without exceptions", () => {
    const printed = rdbUnemployment(context);
    expect(checkCountsFitRates(printed)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^03460 2010: 772 /), expect.stringMatching(/^03453 2009: 1404 /)])
    );
    expect(checkCountsFitRates(rows)).toEqual([]);
    const band = {
      maxPercent: YEAR_ON_YEAR.unemployedPercent,
      breakPercent: YEAR_ON_YEAR.unemployedPercent,
      minValue: YEAR_ON_YEAR.unemployedMinValue,
      symmetric: true
    };
    expect(yearOnYearProblems(unemployedPoints(printed), band)).toEqual([
      expect.stringMatching(/^03460 Arbeitslose 2009 → 2010/)
    ]);
    expect(yearOnYearProblems(unemployedPoints(rows), band)).toEqual([]);
  });

  it("replaces the shuffled 2012 rates of three Hessian Kreise by INKAR and nulls rates that contradict their row", () => {
    // 13211-02-05-4 prints Odenwaldkreis 2012 at 4.3 % between 5.9 % and 5.9 %; INKAR q_alo: 5.61 %.
    expect(find("06437", 2012, "unemployment_rate", RATE_ALL)).toMatchObject({
      value: 5.61,
      source: "gerda-inkar-covariates",
      table: "INKAR q_alo"
    });
    expect(find("06439", 2012, "unemployment_rate", RATE_ALL)!.value).toBe(4.29);
    expect(find("06440", 2012, "unemployment_rate", RATE_ALL)!.value).toBe(4.88);
    expect(find("06437", 2012, "unemployment_rate", RATE_DEPENDENT)).toMatchObject({
      value: null,
      flag: "/",
      source: "rdb-13211-02-05-4-2017"
    });
    expect(find("06437", 2012, "unemployed", ANNUAL_AVERAGE)!.value).toBe(2850);
    // Annaberg (old Kreis) 2003: 29.6 % on dependent labour force beside 17.9 % on all; only the first is off.
    expect(find("14171", 2003, "unemployment_rate", RATE_DEPENDENT)).toMatchObject({value: null, flag: "/"});
    expect(find("14171", 2003, "unemployment_rate", RATE_ALL)!.value).toBe(17.9);
    const inkar = inkarUnemploymentRate(context);
    expect(checkRatesFit(rdbUnemployment(context), inkar)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^06437 2012: Quote 4.3 % /),
        expect.stringMatching(/^14171 2003: /)
      ])
    );
    expect(checkRatesFit(rows, inkar)).toEqual([]);
  });
});
