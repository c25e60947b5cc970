import {describe, expect, it} from "vitest";

import {
  commonYear,
  density,
  metricValue,
  profileLocationQuotients,
  topSpecialisations
} from "../../src/lib/kreis-profile.js";
import type {KreisProfileRow, KreisSectorRow} from "../../src/shared/rows.js";

const profile = (code: string, metric: string, year: number, value: number | null): KreisProfileRow => ({
  code,
  metric,
  year,
  value,
  flag: null,
  segment: null,
  territory: "Gebietsstand 01.01.2026",
  basis: null,
  computed: false,
  source: "x"
});

const sector = (code: string, category: string, value: number | null, name: string | null = null): KreisSectorRow => ({
  code,
  classification: "KldB 2010",
  year: 2025,
  category,
  category_name: name,
  value,
  suppressed: value === null,
  flag: null,
  source: "ba-kldb-employees-workplace"
});

describe("key facts", () => {
  // Burgenlandkreis: 173.684 inhabitants on 31.12.2024 (GENESIS 12411-01-01-4, Zensus-2022 basis) on 1.419,92 km²
  // (sum of its 33 Gemeinden, Gemeindeverzeichnis 31.12.2024).
  const rows = [profile("15084", "population", 2024, 173684), profile("15084", "area_km2", 2024, 1419.92)];

  it("reads a metric of a region and year, and null where there is no row", () => {
    expect(metricValue(rows, "15084", "population", 2024).value).toBe(173684);
    expect(metricValue(rows, "15084", "population", 2023).value).toBeNull();
  });

  it("computes the density of the Burgenlandkreis 2024 as about 122 persons per km²", () => {
    expect(density(173684, 1419.92)).toBeCloseTo(122.32, 2);
    expect(density(null, 1419.92)).toBeNull();
    expect(density(173684, 0)).toBeNull();
  });
});

describe("profileLocationQuotients", () => {
  // Made-up counts: the region has 10 % of its jobs in mining (211), the reference 1 %.
  const rows = [
    sector("K", "211", 100, "Bergbau"),
    sector("K", "999", 900, "Rest"),
    sector("K", "555", null, "Gesperrt"),
    sector("R", "211", 10, "Bergbau"),
    sector("R", "999", 980, "Rest"),
    sector("R", "555", 10, "Gesperrt")
  ];

  it("gives mining a quotient of 10 when its share is ten times the reference's, and keeps a suppressed cell null", () => {
    const q = profileLocationQuotients(rows, {code: "K", reference: "R", classification: "KldB 2010"});
    expect(q.find((r) => r.category === "211")!.lq).toBeCloseTo(10, 10);
    expect(q.find((r) => r.category === "555")!.lq).toBeNull();
    expect(q.find((r) => r.category === "555")!.flag).toBe("suppressed");
  });

  it("ranks specialisations by quotient among categories with enough employees", () => {
    const q = profileLocationQuotients(rows, {code: "K", reference: "R", classification: "KldB 2010"});
    expect(topSpecialisations(q, {n: 1, minCount: 50}).map((r) => r.name)).toEqual(["Bergbau"]);
    expect(topSpecialisations(q, {minCount: 1000})).toEqual([]);
  });

  it("refuses a region without rows instead of showing an empty chart", () => {
    expect(() => profileLocationQuotients(rows, {code: "X", reference: "R", classification: "KldB 2010"})).toThrow(/X/);
  });
});

describe("commonYear", () => {
  // Made-up: the Kreis has rates to 2021, its Land and Germany only to 2016 (as in the labour_market dataset).
  const rows = [
    ...[2015, 2016, 2021].map((y) => profile("K", "rate", y, 6)),
    ...[2015, 2016].map((y) => profile("L", "rate", y, 7)),
    ...[2015, 2016].map((y) => profile("DG", "rate", y, 5)),
    profile("DG", "rate", 2021, null)
  ];

  it("picks the latest year in which the Kreis, its Land and Germany all have a value", () => {
    expect(commonYear(rows, ["K", "L", "DG"], "rate", 2024)).toBe(2016);
    expect(commonYear(rows, ["K", "L", "DG"], "rate", 2015)).toBe(2015);
  });

  it("falls back to the Kreis's latest year, and null without any value", () => {
    expect(commonYear(rows, ["K", "X"], "rate", 2024)).toBe(2021);
    expect(commonYear(rows, ["X"], "rate", 2024)).toBeNull();
  });
});
