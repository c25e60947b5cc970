import {describe, expect, it} from "vitest";
import {
  commuterIndicators,
  dependencyRatios,
  gdpPerPersonEmployedIndex,
  populationChange,
  unemploymentRate
} from "../../../src/shared/indicators/index.js";

describe("dependencyRatios", () => {
  const groups = [
    {from: 0, to: 15, count: 150},
    {from: 15, to: 20, count: 50},
    {from: 20, to: 65, count: 600},
    {from: 65, to: null, count: 300}
  ];

  it("gives youth, old-age and total ratios per 100 of working age with the default bounds 20/65", () => {
    // young 150 + 50 = 200, working age 600, old 300: 200/600·100 = 33.33, 300/600·100 = 50, total 83.33
    const result = dependencyRatios(groups);
    expect(result.youth).toBeCloseTo(100 / 3, 10);
    expect(result.oldAge).toBe(50);
    expect(result.total).toBeCloseTo(250 / 3, 10);
  });

  it("takes the age bounds as parameters", () => {
    // bounds 15/65: young 150, working age 50 + 600 = 650, old 300
    const result = dependencyRatios(groups, {youngBelow: 15});
    expect(result.youth).toBeCloseTo((150 / 650) * 100, 10);
    expect(result.oldAge).toBeCloseTo((300 / 650) * 100, 10);
  });

  it("throws for groups that straddle a bound, leave gaps, or no one of working age", () => {
    expect(() => dependencyRatios(groups, {youngBelow: 18})).toThrow(/group 15–20 straddles the age bound 18/);
    expect(() => dependencyRatios([groups[0]!, groups[2]!, groups[3]!])).toThrow(/expected a group from 15/);
    expect(() => dependencyRatios(groups.slice(0, 3))).toThrow(/must end with an open group/);
    expect(() => dependencyRatios(groups.map((g) => ({...g, count: g.from === 20 ? 0 : g.count})))).toThrow(
      /working-age population must be greater than 0/
    );
  });
});

describe("populationChange", () => {
  it("splits the change into natural balance, migration balance and a visible residual", () => {
    const result = populationChange({
      populationStart: 1000,
      populationEnd: 990,
      births: 8,
      deaths: 15,
      inMigration: 50,
      outMigration: 40
    });
    // change 990 − 1,000 = −10; natural 8 − 15 = −7; migration 50 − 40 = 10; residual −10 + 7 − 10 = −13
    expect(result).toMatchObject({change: -10, naturalBalance: -7, migrationBalance: 10, residual: -13});
    // per 1,000 of the mean population (1,000 + 990)/2 = 995: −7 · 1,000/995 = −7.035
    expect(result.meanPopulation).toBe(995);
    expect(result.naturalRate).toBeCloseTo(-7000 / 995, 10);
    expect(result.naturalRate + result.migrationRate + result.residualRate).toBeCloseTo(result.changeRate, 10);
  });

  it("throws for negative counts and an empty population", () => {
    expect(() =>
      populationChange({populationStart: 0, populationEnd: 0, births: 0, deaths: 0, inMigration: 0, outMigration: 0})
    ).toThrow(/mean population must be greater than 0/);
    expect(() =>
      populationChange({populationStart: 5, populationEnd: 5, births: -1, deaths: 0, inMigration: 0, outMigration: 0})
    ).toThrow(/births must not be negative/);
  });
});

describe("labour market", () => {
  it("computes the commuter balance and in-/out-commuter rates", () => {
    // balance 300 − 200 = 100; in 300/1,000·100 = 30; out 200/900·100 = 22.22
    const result = commuterIndicators({
      inCommuters: 300,
      outCommuters: 200,
      employeesAtWorkplace: 1000,
      employeesAtResidence: 900
    });
    expect(result.balance).toBe(100);
    expect(result.inRate).toBe(30);
    expect(result.outRate).toBeCloseTo(200 / 9, 10);
  });

  it("rejects more in-commuters than employees at the workplace", () => {
    expect(() =>
      commuterIndicators({inCommuters: 3, outCommuters: 0, employeesAtWorkplace: 2, employeesAtResidence: 9})
    ).toThrow(/inCommuters \(3\) exceeds employeesAtWorkplace/);
  });

  it("computes the unemployment rate from its components, on all or on dependent civilian labour", () => {
    const components = {
      unemployed: 50,
      employeesSocialInsurance: 700,
      marginallyEmployed: 100,
      civilServants: 50,
      selfEmployed: 100
    };
    // all: 50 / (700 + 100 + 50 + 100 + 50) · 100 = 5; dependent: 50 / 900 · 100 = 5.56
    expect(unemploymentRate(components)).toBe(5);
    expect(unemploymentRate(components, {basis: "dependent"})).toBeCloseTo(50 / 9, 10);
    expect(() =>
      unemploymentRate({
        unemployed: 0,
        employeesSocialInsurance: 0,
        marginallyEmployed: 0,
        civilServants: 0,
        selfEmployed: 0
      })
    ).toThrow(/labour force must be greater than 0/);
  });

  it("indexes GDP per person employed to Germany = 100", () => {
    // region 50,000 / 1,000 = 50; Germany 4,000,000 / 50,000 = 80; 50/80 · 100 = 62.5
    expect(gdpPerPersonEmployedIndex(50_000, 1_000, 4_000_000, 50_000)).toBe(62.5);
    expect(gdpPerPersonEmployedIndex(80, 1, 4_000_000, 50_000)).toBe(100);
    expect(() => gdpPerPersonEmployedIndex(50_000, 0, 4_000_000, 50_000)).toThrow(/employed must be greater than 0/);
  });
});
