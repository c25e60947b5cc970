import {describe, expect, it} from "vitest";

import type {DemographyInput, PopulationInput} from "../../../src/lib/population-views.js";
import {gemeindenMapFigure, populationChoices, populationFigures} from "../../../src/pages/bevoelkerung.js";
import type {GemeindeOverviewRow} from "../../../src/shared/rows.js";

/**
 * Made-up rows (test/fixtures/README.md, "population page module"): a Kreis 15084 of Land 15 beside Germany, round
 * numbers, not official figures; the source ids are real catalogue ids so that the source lines can be checked.
 */
const regions = [
  {code: "DG", name: "Deutschland", level: "staat", land: null},
  {code: "15", name: "Sachsen-Anhalt", level: "land", land: "15"},
  {code: "15084", name: "Burgenlandkreis", level: "kreis", land: "15"},
  {code: "REV-MD", name: "Mitteldeutsches Revier", level: "aggregate", land: null}
];
const person = (code: string, year: number, value: number | null, basis: string): PopulationInput => ({
  code,
  name: regions.find((r) => r.code === code)!.name,
  level: "kreis",
  year,
  sex: "total",
  value,
  basis,
  source: "rdb-12411-01-01-4-2017",
  rounded: false,
  computed: code === "REV-MD",
  method: "kreistabelle"
});
const years: [number, string][] = [
  [2010, "Zensus 1987"],
  [2011, "Zensus 2011"],
  [2023, "Zensus 2011"],
  [2024, "Zensus 2022"]
];
const scale: Record<string, number> = {"15084": 1, "15": 10, DG: 400, "REV-MD": 9};
const population = Object.entries(scale).flatMap(([code, factor]) =>
  years.map(([year, basis], i) => person(code, year, factor * [200_000, 190_000, 171_000, 180_000][i]!, basis))
);
const band = (code: string, age_group: string, value: number, measure = "population"): DemographyInput => ({
  code,
  year: 2015,
  measure,
  age_group,
  value,
  source: measure === "births" ? "rdb-12612-01-01-4-2017" : "rdb-12411-02-03-4-2017"
});
const demography = ["15084", "15", "DG"].flatMap((code) => [
  band(code, "total", 100),
  band(code, "unter 20 Jahre", 20),
  band(code, "65 Jahre und mehr", 30),
  band(code, "0-19", 20),
  band(code, "20-64", 50),
  band(code, "65+", 30)
]);
const data = {population, regions, demography};

describe("the /bevoelkerung page module", () => {
  it("offers every year but the last as base year and shows 2010–2024", () => {
    const choices = populationChoices(data, "de");
    expect(choices.bases.years).toEqual([2010, 2011, 2023]);
    expect(choices.years).toEqual({from: 2010, to: 2024});
    expect([...choices.regionChoices.values()]).toContain("15084");
  });

  it("the Kreis's key figures: 180.000 on the Zensus-2022 basis, −10,0 % from 2011 to 2023 on the old basis", () => {
    const figures = populationFigures(data, {region: "15084", baseYear: 2011}, "de");
    // The locale puts a narrow no-break space before "%"; compared with plain spaces here.
    expect(figures.kpis.map((k) => k.value.replace(/\s/gu, " "))).toEqual(["180.000", "171.000", "−10,0 %"]);
    expect(figures.kpis[0]!.title).toBe("Einwohner Burgenlandkreis");
    expect(figures.kpis[0]!.note).toContain("31.12.2024");
  });

  it("the population figure: the Kreis's rows, title with its name, the Regionaldatenbank table in the source line", () => {
    const {population: figure} = populationFigures(data, {region: "15084", baseYear: 2011}, "de");
    expect(figure.rows.map((r) => [r.year, r.value])).toEqual([
      [2010, 200_000],
      [2011, 190_000],
      [2023, 171_000],
      [2024, 180_000]
    ]);
    expect(figure.title).toBe("Bevölkerung: Burgenlandkreis");
    expect(figure.source).toContain("12411-01-01-4");
    expect(figure.source).not.toContain("eigene Berechnung");
  });

  it("the index compares the Kreis with the Revier, its Land and Germany, 2011 = 100", () => {
    const {index} = populationFigures(data, {region: "15084", baseYear: 2011}, "en");
    expect([...new Set(index.rows.map((r) => r.code))]).toEqual(["15084", "REV-MD", "15", "DG"]);
    expect(index.rows.find((r) => r.code === "15084" && r.year === 2023)?.index).toBeCloseTo(90, 10);
    expect(index.title).toContain("2011");
    expect(index.source).toContain("own calculation");
    expect(index.missing).toBeNull();
  });

  it("says which regions have no value in the base year instead of drawing them", () => {
    const gap = population.map((r) => (r.code === "15" && r.year === 2010 ? {...r, value: null} : r));
    const {index} = populationFigures({...data, population: gap}, {region: "15084", baseYear: 2010}, "de");
    expect(index.rows.some((r) => r.code === "15")).toBe(false);
    expect(index.missing).toContain("Sachsen-Anhalt");
  });

  it("age structure and dependency ratios of 31.12.2015: 30 old per 50 of working age = 60", () => {
    const {age, dependency} = populationFigures(data, {region: "15084", baseYear: 2011}, "de");
    expect(age.subtitle).toContain("31.12.2015");
    expect(age.rows.find((r) => r.code === "15084" && r.age_group === "65 Jahre und mehr")?.share).toBe(30);
    const kreis = dependency.rows.find((r) => r.code === "15084")!;
    expect(kreis.oldAge).toBeCloseTo(60, 10);
    expect(dependency.highlight).toEqual([kreis.name]);
  });

  it("fails naming the region when it is not in the regions dataset", () => {
    expect(() => populationFigures(data, {region: "99999", baseYear: 2011}, "de")).toThrow(/99999/);
  });

  it("the Gemeinde map: change where the territory is unchanged, null for a Gemeinde that is gone", () => {
    const gemeinde = {
      code: "15084001",
      kreis_name: "Burgenlandkreis",
      population_start: 1000,
      population: 900,
      territory: "unverändert",
      source: "gv-2023",
      source_start: "gv-2021",
      date: "2023-12-31",
      date_start: "2021-12-31"
    } as unknown as GemeindeOverviewRow;
    const features = [
      {id: "15084001", properties: {name: "A-Dorf"}},
      {id: "15084002", properties: {name: "B-Dorf"}}
    ];
    const map = gemeindenMapFigure(features, [gemeinde], "de");
    expect(map.values.get("15084001")).toBeCloseTo(-10, 10);
    expect(map.values.get("15084002")).toBeNull();
    expect(map.intro).toContain("31.12.2023");
    expect(map.source).toContain("GeoBasis-DE / BKG");
  });
});
