import {describe, expect, it} from "vitest";

import {
  ageGroupLabel,
  ageGroups,
  ageRows,
  ageYear,
  censusBreaks,
  compareCodes,
  componentName,
  gemeindeMapRows,
  keyFigures,
  populationBaseYears,
  withCompositeSums
} from "../../../src/lib/population-page.js";
import type {DemographyInput, SeriesRow} from "../../../src/lib/population-views.js";
import {REVIER_KREISE} from "../../../src/shared/regions.js";
import type {GemeindeOverviewRow} from "../../../src/shared/rows.js";

/** Made-up rows (see test/fixtures/README.md, "population page"): round numbers, not official figures. */
const point = (year: number, value: number | null, segment: string): SeriesRow => ({
  code: "X",
  name: "Region X",
  year,
  value,
  segment,
  rounded: false,
  computed: false,
  source: "src-1"
});
const series = [
  point(2010, 900, "Zensus 1987"),
  point(2011, 1000, "Zensus 2011"),
  point(2012, 990, "Zensus 2011"),
  point(2023, 950, "Zensus 2011"),
  point(2024, 970, "Zensus 2022")
];
const demo = (code: string, year: number, age_group: string, value: number | null): DemographyInput => ({
  code,
  year,
  measure: "population",
  age_group,
  value,
  source: "src-2"
});

describe("the population page", () => {
  it("offers every year but the last as base year, 1995 by default", () => {
    expect(populationBaseYears([{year: 1990}, {year: 1995}, {year: 2024}])).toEqual({
      years: [1990, 1995],
      initial: 1995
    });
    expect(populationBaseYears([{year: 2000}, {year: 2001}])).toEqual({years: [2000], initial: 2000});
  });

  it("key figures around the last census break: 970 new basis, 950 old basis, −5.0 % since 2011", () => {
    const key = keyFigures(series);
    expect(key.latest?.value).toBe(970);
    expect(key.latestBasis).toBe("Zensus 2022");
    expect(key.old?.year).toBe(2023);
    expect(key.from?.year).toBe(2011);
    expect(key.change).toBeCloseTo(-5, 10);
  });

  it("compares a Kreis with its Land and Germany, a Revier with East Germany and Germany", () => {
    const has = (code: string) => code !== "OST-B";
    expect(compareCodes({code: "15084", level: "kreis", land: "15"}, has)).toEqual(["15084", "15", "DG"]);
    expect(compareCodes({code: "REV-MD", level: "aggregate"}, has)).toEqual(["REV-MD", "OST", "DG"]);
  });

  it("sums aggregates from their members, null when one is missing", () => {
    const all = withCompositeSums(REVIER_KREISE.map((code) => demo(code, 2015, "total", 10)));
    expect(all.find((r) => r.code === "REV-MD")?.value).toBe(10 * REVIER_KREISE.length);
    const partial = withCompositeSums(REVIER_KREISE.slice(1).map((code) => demo(code, 2015, "total", 10)));
    expect(partial.find((r) => r.code === "REV-MD")?.value).toBeNull();
  });

  it("age structure: shares of the total in the latest year with age bands, groups in age order and in English", () => {
    const demography = [
      demo("A", 2015, "total", 200),
      demo("A", 2015, "unter 3 Jahre", 20),
      demo("A", 2015, "75 Jahre und mehr", 50),
      demo("A", 2015, "0-19", 40),
      demo("A", 2010, "0-19", 40)
    ];
    expect(ageYear(demography)).toBe(2015);
    const groups = ageGroups(demography);
    expect(groups).toEqual(["unter 3 Jahre", "75 Jahre und mehr"]);
    const rows = ageRows(demography, ["A"], groups, 2015, (c) => `Region ${c}`, "en");
    expect(rows.map((r) => [r.age_group, r.share])).toEqual([
      ["under 3 years", 10],
      ["75 years and over", 25]
    ]);
    expect(ageGroupLabel("15 bis unter 18 Jahre", "en")).toBe("15 to under 18 years");
  });

  it("names components and census breaks in English", () => {
    expect(componentName("Wanderungssaldo", "en")).toBe("Net migration");
    expect(censusBreaks("en")).toEqual([
      {year: 2011, label: "2011 census"},
      {year: 2024, label: "2022 census"}
    ]);
  });

  it("Gemeinde map rows: change where the territory is unchanged, a status for dissolved Gemeinden", () => {
    const g = {
      code: "1",
      kreis_name: "Kreis A",
      population: 1100,
      population_start: 1000,
      territory: "unverändert",
      source: "a",
      source_start: "b"
    };
    const rows = gemeindeMapRows(
      [
        {id: "2", properties: {name: "Gone"}},
        {id: "1", properties: {name: "One"}}
      ],
      [g as GemeindeOverviewRow],
      "en"
    );
    expect(rows.map((r) => [r.code, r.change, r.status])).toEqual([
      ["1", expect.closeTo(10, 10), "unchanged"],
      ["2", null, "dissolved or merged 2021–2024"]
    ]);
  });
});
