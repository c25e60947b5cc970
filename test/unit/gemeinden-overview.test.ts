import {describe, expect, it} from "vitest";
import {checkOverviewAgainstPopulation} from "../../data-loaders/checks/gemeinden.js";
import {buildGemeindenOverview, territoryBetween} from "../../data-loaders/datasets/gemeinden-overview.js";
import type {MunicipalityRow} from "../../src/shared/rows.js";

// Made-up Gemeinden (codes and figures invented for the test; names are placeholders).
function gemeinde(overrides: Partial<MunicipalityRow>): MunicipalityRow {
  return {
    code: "15084001",
    name: "Testdorf",
    kreis: "15084",
    land: "15",
    verband_code: "150840001",
    verband_name: "Testdorf",
    verband_kind: "verbandsfreie Gemeinde",
    kind: "Gemeinde, verbandsfrei",
    is_stadt: false,
    area_km2: 100,
    population: 5000,
    lat: 51,
    lon: 12,
    date: "2023-12-31",
    gebietsstand: "2024-12-31",
    source: "gv-2024",
    ...overrides
  };
}
const start = (o: Partial<MunicipalityRow>) =>
  gemeinde({date: "2021-12-31", gebietsstand: "2021-12-31", source: "gv-2021", ...o});
const regions = [
  {code: "15084", name: "Burgenlandkreis"},
  {code: "16061", name: "Eichsfeld"},
  {code: "05111", name: "Düsseldorf"}
];

describe("territoryBetween", () => {
  it("keeps a Gemeinde whose area changed by a re-survey (≤ 2 %) as unverändert", () => {
    expect(territoryBetween({area_km2: 524.35}, {area_km2: 527.78})).toBe("unverändert");
  });
  it("flags an incorporation that doubled the area as Gebietsänderung", () => {
    expect(territoryBetween({area_km2: 59.39}, {area_km2: 118.64})).toBe("Gebietsänderung");
  });
  it("flags a code that did not exist before as neu, and an unknown area as Gebietsänderung", () => {
    expect(territoryBetween(undefined, {area_km2: 10})).toBe("neu");
    expect(territoryBetween({area_km2: null}, {area_km2: 10})).toBe("Gebietsänderung");
  });
});

describe("buildGemeindenOverview", () => {
  const rows = buildGemeindenOverview(
    [
      gemeinde({code: "15084001", population: 5000, area_km2: 100}),
      start({code: "15084001", population: 5200, area_km2: 99.5}),
      gemeinde({code: "16061118", kreis: "16061", land: "16", population: 12339, area_km2: 118.64}),
      start({code: "16061118", kreis: "16061", land: "16", population: 6847, area_km2: 59.39}),
      gemeinde({code: "15084999", population: 800, area_km2: 0}),
      gemeinde({code: "05111000", kreis: "05111", land: "05", population: 600000})
    ],
    regions
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));

  it("keeps only the Gemeinden of Sachsen, Sachsen-Anhalt and Thüringen at Gebietsstand 31.12.2024", () => {
    expect(rows.map((r) => r.code)).toEqual(["15084001", "15084999", "16061118"]);
  });

  it("gives the start population only where the territory is unchanged, never a merged Gemeinde's part", () => {
    expect(byCode.get("15084001")).toMatchObject({territory: "unverändert", population_start: 5200});
    expect(byCode.get("16061118")).toMatchObject({territory: "Gebietsänderung", population_start: null});
    expect(byCode.get("15084999")).toMatchObject({territory: "neu", population_start: null});
  });

  it("computes density as population per km², null for an area of 0, and marks Revier Gemeinden", () => {
    expect(byCode.get("15084001")!.density).toBe(50);
    expect(byCode.get("15084999")!.density).toBeNull();
    expect(byCode.get("15084001")).toMatchObject({revier: true, kreis_name: "Burgenlandkreis"});
    expect(byCode.get("16061118")!.revier).toBe(false);
  });

  it("fails for a Gemeinde whose Kreis is not in the regions list", () => {
    expect(() =>
      buildGemeindenOverview([gemeinde({code: "15099001", kreis: "15099"}), start({code: "15084001"})], regions)
    ).toThrow(/15099001 has unknown Kreis 15099/);
  });

  it("fails when the start list is missing", () => {
    expect(() => buildGemeindenOverview([gemeinde({})], regions)).toThrow(/2021-12-31/);
  });
});

describe("checkOverviewAgainstPopulation", () => {
  const overview = [
    {land: "15", population: 100, date: "2023-12-31"},
    {land: "15", population: 50, date: "2023-12-31"},
    {land: "16", population: 70, date: "2023-12-31"}
  ];
  it("passes when the Gemeinden sum to the Land population of the same year", () => {
    const population = [
      {code: "15", year: 2023, sex: "total", value: 150},
      {code: "16", year: 2023, sex: "total", value: 70},
      {code: "16", year: 2024, sex: "total", value: 1}
    ];
    expect(checkOverviewAgainstPopulation(overview, population)).toEqual([]);
  });
  it("names the Land, year and both numbers when they differ or the Land is missing", () => {
    expect(checkOverviewAgainstPopulation(overview, [{code: "15", year: 2023, sex: "total", value: 149}])).toEqual([
      "Land 15, 31.12.2023: Gemeinden 150, population 149",
      "Land 16, 31.12.2023: Gemeinden 70, population fehlt"
    ]);
  });
});
