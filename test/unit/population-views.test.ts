import {describe, expect, it} from "vitest";

import {isolated} from "../../src/shared/breaks.js";
import {sourceIds} from "../../src/shared/sources.js";
import {
  ageGroupOrder,
  changeComponents,
  type DemographyInput,
  dependencyRow,
  indexed,
  percentChange,
  populationSeries,
  type PopulationInput
} from "../../src/lib/population-views.js";

// Made-up figures for a made-up region "X" (not real statistics).
function pop(year: number, value: number | null, basis = "Zensus 2011", source = "s-pop"): PopulationInput {
  return {
    code: "X",
    name: "Region X",
    level: "kreis",
    year,
    sex: "total",
    value,
    basis,
    source,
    rounded: false,
    computed: false,
    method: "kreistabelle"
  };
}
const flow = (year: number, measure: string, value: number | null): DemographyInput => ({
  code: "X",
  year,
  measure,
  age_group: "total",
  value,
  source: `s-${measure}`
});

describe("populationSeries and indexed", () => {
  const rows = [
    pop(2011, 1000),
    pop(2010, 1100, "VZ 1987"),
    pop(2024, 900, "Zensus 2022"),
    {...pop(2012, 5), sex: "male"}
  ];
  const series = populationSeries(rows, "X");

  it("keeps only the totals of the region, sorted by year, with the census basis as segment", () => {
    expect(series.map((p) => [p.year, p.segment])).toEqual([
      [2010, "VZ 1987"],
      [2011, "Zensus 2011"],
      [2024, "Zensus 2022"]
    ]);
  });

  it("indexes on the base year and returns nothing when the base year has no value", () => {
    expect(indexed(series, 2011).map((p) => p.index)).toEqual([110, 100, 90]);
    expect(indexed(series, 1995)).toEqual([]);
    expect(indexed(populationSeries([pop(2011, null), pop(2012, 5)], "X"), 2011)).toEqual([]);
  });

  it("marks a one-year segment (2024 on Zensus-2022 basis) as isolated so it is drawn as a dot", () => {
    const points = indexed(populationSeries([...rows, pop(2012, 990)], "X"), 2011);
    expect(
      isolated(
        points,
        (p) => p.index,
        (p) => p.name,
        (p) => p.segment
      ).map((p) => p.year)
    ).toEqual([2010, 2024]);
  });
});

describe("changeComponents", () => {
  const population = populationSeries([pop(2010, 10000), pop(2011, 9500), pop(2012, 9400)], "X");
  const demography = [
    flow(2011, "births", 80),
    flow(2011, "deaths", 130),
    flow(2011, "in_migration", 400),
    flow(2011, "out_migration", 450),
    flow(2012, "births", 70),
    flow(2012, "deaths", 120),
    flow(2012, "in_migration", null),
    flow(2012, "out_migration", 400)
  ];
  const {rows, missingYears} = changeComponents(population, demography, "X");

  it("splits the change into natural balance, migration balance and a visible residual", () => {
    const byComponent = Object.fromEntries(rows.map((r) => [r.component, r.count]));
    // −500 = (80 − 130) + (400 − 450) + residual ⇒ residual = −400 (a census revision, not migration).
    expect(byComponent).toEqual({
      "Natürlicher Saldo": -50,
      Wanderungssaldo: -50,
      "Rest (Korrekturen, Zensus)": -400
    });
    expect(rows[0]!.change).toBe(-500);
    expect(rows[0]!.rate).toBeCloseTo((1000 * -50) / 9750, 10);
  });

  it("leaves out a year with a missing flow instead of drawing a partial balance", () => {
    expect(rows.every((r) => r.year === 2011)).toBe(true);
    expect(missingYears).toEqual([2012]);
  });

  it("cites the population and movement sources of the year", () => {
    expect(rows[0]!.source.split(",")).toEqual(["s-pop", "s-births", "s-deaths", "s-in_migration"]);
  });
});

describe("dependencyRow", () => {
  const band = (age_group: string, value: number | null): DemographyInput => ({
    code: "X",
    year: 2015,
    measure: "population",
    age_group,
    value,
    source: "s-age"
  });

  it("computes Jugend- and Altenquotient per 100 persons aged 20–64", () => {
    const r = dependencyRow([band("0-19", 200), band("20-64", 500), band("65+", 300)], "X", "Region X");
    expect(r).toMatchObject({youth: 40, oldAge: 60, total: 100, source: "s-age"});
  });

  it("gives null (keine Daten), not 0, when a band is missing", () => {
    const r = dependencyRow([band("0-19", 200), band("20-64", null), band("65+", 300)], "X", "Region X");
    expect(r).toMatchObject({youth: null, oldAge: null, total: null});
  });
});

describe("helpers", () => {
  it("percentChange is null for a missing or zero start", () => {
    expect(percentChange(27003, 28345)).toBeCloseTo(4.97, 2);
    expect(percentChange(null, 5)).toBeNull();
    expect(percentChange(0, 5)).toBeNull();
  });

  it("sourceIds splits comma-separated ids and removes duplicates", () => {
    expect(sourceIds([{source: "a,b"}, {source: "b"}, {source: null}])).toEqual(["a", "b"]);
  });

  it("orders age groups by their lower bound", () => {
    const groups = ["75 Jahre und mehr", "3 bis unter 6 Jahre", "unter 3 Jahre", "10 bis unter 15 Jahre"];
    expect(groups.sort((a, b) => ageGroupOrder(a) - ageGroupOrder(b))).toEqual([
      "unter 3 Jahre",
      "3 bis unter 6 Jahre",
      "10 bis unter 15 Jahre",
      "75 Jahre und mehr"
    ]);
  });
});
