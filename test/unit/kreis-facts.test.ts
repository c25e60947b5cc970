import {describe, expect, it} from "vitest";

import {
  baseYear,
  change,
  distanceKm,
  factRows,
  indexedSeries,
  plantsNear,
  recentChange,
  sheetFacts,
  territoryBreaks,
  type PlantFact
} from "../../src/lib/kreis-facts.js";
import {kreisIndex} from "../../src/lib/kreis-index.js";
import type {KreisProfileRow} from "../../src/shared/rows.js";

const row = (code: string, metric: string, year: number, value: number | null, extra: Partial<KreisProfileRow> = {}) =>
  ({code, metric, year, value, flag: null, basis: null, computed: false, source: "x", ...extra}) as KreisProfileRow;

// Burgenlandkreis (15084) as the kreis_profiles view has it (values from the data build, sources in the comments):
// population 31.12. (12411-01-01-4; 2024 on the Zensus-2022 basis), SvB at workplace 30.06. (13111-01-03-4 /
// BA), unemployment rate (13211-02-05-4 / INKAR), Pendler 30.06.2016 (BA Pendleratlas), KldB 211 (BA), GV 2024.
const z11 = {basis: "Zensus 2011"};
const burgenland = [
  row("15084", "population", 2013, 184956, z11),
  row("15084", "population", 2023, 177174, z11),
  row("15084", "population", 2024, 173684, {basis: "Zensus 2022"}),
  row("15084", "svb_workplace", 2015, 56012),
  row("15084", "svb_workplace", 2025, 57937),
  row("15084", "unemployment_rate", 2021, 6.53),
  row("15084", "unemployed", 2024, 6603.5),
  row("15084", "unemployed", 2025, 6513, {flag: "partial_year"}),
  row("15084", "area_km2", 2024, 1419.92),
  row("15084", "gemeinden", 2024, 33),
  row("15084", "staedte", 2024, 13),
  row("15084", "verbandsfreie_gemeinden", 2024, 7),
  row("15084", "verbandsgemeinden", 2024, 4),
  row("15084", "aemter", 2024, 0),
  row("15084", "commuter_balance", 2016, -13700),
  row("15084", "in_commuters", 2016, 12241),
  row("15084", "out_commuters", 2016, 25941),
  row("15084", "svb_occ_211", 2024, 652),
  row("15084", "svb_occ_211", 2025, 617),
  row("15", "population", 2024, 2144691, {basis: "Zensus 2022"}),
  row("15", "area_km2", 2024, 20459.5),
  row("15", "aemter", 2024, 0),
  row("15", "verbandsgemeinden", 2024, 18),
  row("15", "unemployed", 2024, 78000),
  row("DG", "unemployed", 2024, 2787000),
  row("15", "svb_workplace", 2025, 800000),
  row("DG", "svb_workplace", 2025, 35000000)
];

describe("sheetFacts", () => {
  const f = sheetFacts(burgenland, "15084");

  it("gives the Burgenlandkreis 173 684 inhabitants on 31.12.2024 on 1 419.92 km², about 122 per km²", () => {
    expect(f.population).toEqual({year: 2024, value: 173684, flag: null});
    expect(f.area).toBe(1419.92);
    expect(f.density).toBeCloseTo(122.32, 2);
  });

  it("compares population only within one census basis: 2013–2023 on the 2011 basis, −4.2 %", () => {
    expect(f.populationChange?.from).toBe(2013);
    expect(f.populationChange?.to).toBe(2023);
    expect(f.populationChange?.percent).toBeCloseTo(-4.21, 2);
  });

  it("lists 33 Gemeinden, 13 Städte, 4 Verbandsgemeinden, a commuter balance of −13 700 and 617 mining jobs", () => {
    expect([f.gemeinden, f.staedte, f.associations]).toEqual([33, 13, 4]);
    expect(f.commuters).toMatchObject({year: 2016, value: -13700, in: 12241, out: 25941});
    expect(f.mining).toEqual({year: 2025, value: 617, flag: null});
    expect(f.svbChange?.percent).toBeCloseTo(3.44, 2);
  });

  it("keeps a suppressed mining count null with its flag, never 0", () => {
    const rows = [...burgenland, row("15084", "svb_occ_211", 2026, null, {flag: "suppressed"})];
    expect(sheetFacts(rows, "15084").mining).toEqual({year: 2026, value: null, flag: "suppressed"});
  });
});

describe("factRows", () => {
  const rows = factRows(burgenland, {code: "15084", land: "15", year: 2024});
  const fact = (metric: string) => rows.find((r) => r.metric === metric);

  it("takes unemployed persons from the last complete year (2024, not the partial 2025)", () => {
    expect(fact("unemployed")).toMatchObject({year: 2024, kreis: 6603.5, land: 78000, de: 2787000});
  });

  it("leaves out Gemeindeverband kinds that neither the Kreis nor its Land has (Ämter in Sachsen-Anhalt)", () => {
    expect(fact("aemter")).toBeUndefined();
    expect(fact("verbandsgemeinden")).toMatchObject({kreis: 4, land: 18, params: {gv: 2024}});
  });

  it("at the latest population date, shows each figure at its own latest year: mining jobs 617 in 2025", () => {
    expect(fact("svb_occ_211")).toMatchObject({key: "kreise.fact.mining", year: 2025, kreis: 617, land: null});
    expect(fact("svb_workplace")).toMatchObject({year: 2025, kreis: 57937, land: 800000, de: 35000000});
  });

  it("for an earlier population date, takes the latest year up to it: SvB 2015, mining jobs none before 2024", () => {
    const earlier = factRows(burgenland, {code: "15084", land: "15", year: 2023});
    expect(earlier.find((r) => r.metric === "svb_workplace")).toMatchObject({year: 2015, kreis: 56012});
    expect(earlier.find((r) => r.metric === "svb_occ_211")).toMatchObject({year: null, kreis: null});
  });

  it("shows missing values as null, e.g. Germany's area", () => {
    expect(fact("area_km2")).toMatchObject({kreis: 1419.92, land: 20459.5, de: null});
  });
});

describe("development series", () => {
  it("indexes to the first year all regions share with exact values and leaves out a region without a base value", () => {
    const rows = [
      row("A", "population", 2011, 40),
      row("A", "svb_workplace", 2011, 9, {flag: "rounded"}),
      row("B", "population", 2011, 150),
      row("B", "svb_workplace", 2011, 19, {flag: "rounded"}),
      row("A", "population", 2012, 50),
      row("A", "population", 2013, 100),
      row("A", "population", 2014, 110),
      row("A", "svb_workplace", 2013, 10),
      row("B", "population", 2013, 200),
      row("B", "svb_workplace", 2013, 20)
    ];
    expect(baseYear(rows, ["A", "B"], ["population", "svb_workplace"])).toBe(2013);
    const {points, missing} = indexedSeries(rows, ["A", "B", "C"], "population", 2013);
    expect(points.filter((p) => p.code === "A").map((p) => p.index)).toEqual([100, 110]);
    expect(missing).toEqual(["C"]);
  });

  it("has no change when no earlier year shares the basis", () => {
    expect(recentChange([row("X", "population", 2024, 1, {basis: "Zensus 2022"})], "X", "population", 10)).toBeNull();
  });
});

describe("plantsNear", () => {
  const plant = (name: string, kreis: string, lon: number | null, lat: number | null, kind = "kraftwerk") =>
    ({name, kind, kreis, capacity_mw: 100, shutdown_year: null, lon, lat}) as PlantFact;

  it("measures Leipzig–Halle (Saale), centre to centre, as about 33 km", () => {
    expect(distanceKm([12.3731, 51.3397], [11.9699, 51.4969])).toBeCloseTo(33, 0);
  });

  it("keeps power plants in the Kreis or within the radius, nearest first, and no mines", () => {
    const centre: [number, number] = [12.0, 51.1];
    const near = plantsNear(
      [
        plant("far", "99999", 14.0, 52.0),
        plant("near", "88888", 12.1, 51.2),
        plant("in Kreis, no coordinates", "15084", null, null),
        plant("mine", "15084", 12.0, 51.1, "tagebau")
      ],
      "15084",
      centre,
      50
    );
    expect(near.map((p) => p.name)).toEqual(["in Kreis, no coordinates", "near"]);
  });
});

describe("kreisIndex", () => {
  it("lists the Revier Kreise first, then the others by Land and name", () => {
    const regions = [
      {code: "01001", name: "Flensburg", level: "kreis", land: "01", kind: "Kreisfreie Stadt"},
      {code: "15084", name: "Burgenlandkreis", level: "kreis", land: "15", kind: "Landkreis"},
      {code: "14713", name: "Leipzig", level: "kreis", land: "14", kind: "Kreisfreie Stadt"},
      {code: "14612", name: "Dresden", level: "kreis", land: "14", kind: "Kreisfreie Stadt"},
      {code: "15", name: "Sachsen-Anhalt", level: "land", land: null, kind: "Land"}
    ];
    const rows = kreisIndex(regions, burgenland, ["15084", "14713"], {year: 2024, gv: 2024});
    expect(rows.map((r) => r.code)).toEqual(["15084", "14713", "01001", "14612"]);
    expect(rows[0]).toMatchObject({landName: "Sachsen-Anhalt", population: 173684, gemeinden: 33, revier: true});
    expect(rows[1]!.population).toBeNull();
  });
});

// Made-up SvB series of a Kreis "T" that absorbed a neighbour in 2021 (test/fixtures/README.md, "territory"):
// 40,000 before on the old territory, 60,000 and 57,000 on the new one from 2015 (a source on the new territory).
describe("territory breaks (issue 16)", () => {
  const NEW = "Gebietsstand 01.01.2026";
  const OLD = "Gebietsstand vor 01.07.2021";
  const t = (year: number, value: number, territory: string) =>
    row("T", "svb_workplace", year, value, {territory, segment: territory === NEW ? null : OLD});
  const rows = [t(2012, 40000, OLD), t(2015, 60000, NEW), t(2020, 59000, NEW), t(2025, 57000, NEW)];

  it("computes no change across the territories and states the territory of one that has several", () => {
    expect(change(rows, "T", "svb_workplace", 2012, 2025)).toBeNull();
    expect(recentChange(rows, "T", "svb_workplace", 13)).toMatchObject({
      from: 2015,
      to: 2025,
      territory: NEW,
      stated: true
    });
  });

  it("indexes only figures on the base year's territory and marks the break where the territory changes", () => {
    const {points} = indexedSeries(rows, ["T"], "svb_workplace", 2012);
    expect(points.map((p) => p.index)).toEqual([100, null, null, null]);
    expect(territoryBreaks(points, "T", "Gebietsänderung")).toEqual([{year: 2015, label: "Gebietsänderung"}]);
  });

  it("takes the base year on the territory most figures are on", () => {
    expect(baseYear(rows, ["T"], ["svb_workplace"])).toBe(2015);
  });
});
