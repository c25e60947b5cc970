import {beforeAll, describe, expect, it} from "vitest";

import {createContext} from "../../data-loaders/build-all.js";
import {population} from "../../data-loaders/datasets/population.js";
import {regionMembers, regions} from "../../data-loaders/datasets/regions.js";
import {valueAdded} from "../../data-loaders/datasets/value-added.js";

let rows: Awaited<ReturnType<typeof valueAdded.build>>;

beforeAll(async () => {
  // value_added reads the Kreis list from the regions dataset (the readers check coverage against it).
  const context = createContext();
  for (const dataset of [population, regions, regionMembers]) {
    context.built.set(dataset.name, (await dataset.build(context)) as object[]);
  }
  rows = await valueAdded.build(context);
}, 600_000);
const find = (code: string, year: number, measure: string, sector = "total") =>
  rows.find((r) => r.code === code && r.year === year && r.measure === measure && r.sector === sector);

describe("value_added", () => {
  it("gives GDP and GDP per person employed: Burgenlandkreis 2014 = 4,006,185 thousand EUR, 55,306 EUR", () => {
    expect(find("15084", 2014, "gdp")).toMatchObject({
      value: 4006185,
      unit: "1000 EUR",
      source: "rdb-82111-01-05-4-2017"
    });
    expect(find("15084", 2014, "gdp_per_person_employed")).toMatchObject({value: 55306, unit: "EUR"});
  });

  it("gives GVA by sector whose sectors add up to the total (C is part of B-E)", () => {
    for (const code of ["DG", "15", "15084", "14713"]) {
      const sectors = ["A", "B-E", "F", "G-J", "K-N", "O-T"].map((s) => find(code, 2014, "gva", s)!.value!);
      const sum = sectors.reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - find(code, 2014, "gva")!.value!)).toBeLessThanOrEqual(code === "DG" ? 1000 : 5);
    }
    expect(find("15084", 2014, "gva", "C")!.value).toBe(713867);
  });

  it("covers 2000–2014 for the absolute figures", () => {
    const years = new Set(rows.filter((r) => r.measure === "gdp").map((r) => r.year));
    expect([...years].sort()).toEqual(Array.from({length: 15}, (_, i) => 2000 + i));
  });

  it("gives INKAR sector shares to 2021 that add up to 100 %: Burgenlandkreis 2015 1.7 / 36.42 / 61.88", () => {
    const shares = ["primary", "secondary", "tertiary"].map((s) => find("15084", 2015, "gva_share", s)!);
    expect(shares.map((s) => s.value)).toEqual([1.7, 36.42, 61.88]);
    expect(shares.every((s) => s.unit === "Prozent" && s.source === "gerda-inkar-covariates")).toBe(true);
    const max = Math.max(...rows.filter((r) => r.measure === "gva_share").map((r) => r.year));
    expect(max).toBe(2021);
    for (const r of rows.filter((r) => r.measure === "gva_share" && r.sector === "primary")) {
      const total = ["primary", "secondary", "tertiary"].reduce(
        (s, k) => s + find(r.code, r.year, "gva_share", k)!.value!,
        0
      );
      expect(Math.abs(total - 100)).toBeLessThan(0.1);
    }
  });

  it("has one row per key", () => {
    const keys = rows.map((r) => `${r.code}|${r.year}|${r.measure}|${r.sector}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
