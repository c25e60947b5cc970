import {describe, expect, it} from "vitest";
import {
  annualisedGrowth,
  growthDifferential,
  growthRate,
  indexSeries,
  relativeGrowth
} from "../../../src/shared/indicators/index.js";

describe("growth rates", () => {
  it("growthRate is x1/x0 − 1 as a fraction", () => {
    // 230 / 200 − 1 = 0.15
    expect(growthRate(200, 230)).toBeCloseTo(0.15, 12);
    expect(growthRate(200, 0)).toBe(-1);
  });

  it("annualisedGrowth is the constant yearly rate leading from x0 to x1", () => {
    // (121 / 100)^(1/2) − 1 = 1.1 − 1 = 0.1
    expect(annualisedGrowth(100, 121, 2)).toBeCloseTo(0.1, 12);
  });

  it("growthDifferential is the difference of growth rates in percentage points", () => {
    // region 100 → 110: 10 %; reference 1,000 → 1,050: 5 %; 10 − 5 = 5 percentage points
    expect(growthDifferential(100, 110, 1000, 1050)).toBeCloseTo(5, 10);
    expect(growthDifferential(100, 95, 1000, 1050)).toBeCloseTo(-10, 10);
  });

  it("throws instead of returning Infinity for growth from zero and for bad periods", () => {
    expect(() => growthRate(0, 5)).toThrow(/x0 \(start value\) must be greater than 0/);
    expect(() => annualisedGrowth(100, 121, 0)).toThrow(/years must be greater than 0/);
    expect(() => growthDifferential(100, 110, 0, 5)).toThrow(/reference0/);
    expect(() => growthRate(100, -5)).toThrow(/must not be negative/);
  });
});

describe("indexSeries", () => {
  const series = [
    {year: 2015, value: 100},
    {year: 2013, value: 80},
    {year: 2020, value: 120},
    {year: 2021, value: null}
  ];

  it("scales the series to base year = 100 and keeps missing years null", () => {
    // 100/80 · 100 = 125; 120/80 · 100 = 150
    expect(indexSeries(series, 2013)).toEqual([
      {year: 2015, index: 125},
      {year: 2013, index: 100},
      {year: 2020, index: 150},
      {year: 2021, index: null}
    ]);
  });

  it("throws when the base year is absent, null or zero, or a year repeats", () => {
    expect(() => indexSeries(series, 2010)).toThrow(/2010 is not in the series/);
    expect(() => indexSeries(series, 2021)).toThrow(/2021 has no value/);
    expect(() => indexSeries([{year: 2013, value: 0}], 2013)).toThrow(/must be greater than 0/);
    expect(() => indexSeries([...series, {year: 2013, value: 1}], 2013)).toThrow(/year 2013 twice/);
  });
});

describe("relativeGrowth (Camagni & Capello)", () => {
  const reference = {employment0: 1000, employment1: 1050, output0: 10000, output1: 11550};

  it("computes relative employment and productivity growth and the virtuous-cycle quadrant", () => {
    // region: L 100 → 110 (×1.1), P 1,000/100 = 10 → 1,320/110 = 12 (×1.2)
    // reference: L ×1.05, P 10 → 11,550/1,050 = 11 (×1.1); REG = 1.1/1.05 = 1.0476, RPG = 1.2/1.1 = 1.0909
    const result = relativeGrowth({employment0: 100, employment1: 110, output0: 1000, output1: 1320}, reference);
    expect(result.relativeEmploymentGrowth).toBeCloseTo(1.1 / 1.05, 12);
    expect(result.relativeProductivityGrowth).toBeCloseTo(1.2 / 1.1, 12);
    expect(result.pattern).toBe("virtuous-cycle");
  });

  it("assigns the other three quadrants", () => {
    // jobs shed (×0.9), output flat: P ×1.111 > 1.1 → restructuring
    expect(relativeGrowth({employment0: 100, employment1: 90, output0: 1000, output1: 1000}, reference).pattern).toBe(
      "restructuring"
    );
    // jobs ×1.2, output ×1.2: P ×1 < 1.1 → industrial take-off
    expect(relativeGrowth({employment0: 100, employment1: 120, output0: 1000, output1: 1200}, reference).pattern).toBe(
      "industrial-take-off"
    );
    // jobs ×0.9, output ×0.9: P ×1 → deindustrialisation
    expect(relativeGrowth({employment0: 100, employment1: 90, output0: 1000, output1: 900}, reference).pattern).toBe(
      "deindustrialisation"
    );
  });

  it("counts growth equal to the reference as not below it", () => {
    expect(relativeGrowth(reference, reference)).toEqual({
      relativeEmploymentGrowth: 1,
      relativeProductivityGrowth: 1,
      pattern: "virtuous-cycle"
    });
  });

  it("throws for zero employment", () => {
    expect(() => relativeGrowth({...reference, employment1: 0}, reference)).toThrow(/region.employment1/);
  });
});
