import {beforeAll, describe, expect, it} from "vitest";

import type {LocationFactorRow} from "../../src/shared/rows.js";

import {createContext} from "../../data-loaders/build-all.js";
import {commuters} from "../../data-loaders/datasets/commuters.js";
import {locationFactors} from "../../data-loaders/datasets/location-factors.js";
import {population} from "../../data-loaders/datasets/population.js";

let rows: LocationFactorRow[];
const find = (code: string, measure: string, year?: number) =>
  rows.find((r) => r.code === code && r.measure === measure && (year === undefined || r.year === year))!;

beforeAll(async () => {
  const context = createContext();
  context.built.set("population", await population.build(context));
  context.built.set("commuters", await commuters.build(context));
  rows = await locationFactors.build(context);
}, 600_000);

describe("location_factors", () => {
  it("gives the Burgenlandkreis land prices 2024 as published (61511-01-03-4): 23.97 €/m², baureifes Land 49.90", () => {
    expect(find("15084", "land_price_all", 2024)).toMatchObject({value: 23.97, unit: "EUR/m²", computed: false});
    expect(find("15084", "land_price_baureif", 2024).value).toBe(49.9);
    expect(find("15084", "land_cases_all", 2024).value).toBe(142);
    expect(find("15084", "land_area_all", 2024).value).toBe(720);
  });

  it("computes the Land and Germany price as purchase sum ÷ area of their Kreise (a ratio of sums)", () => {
    const land = find("15", "land_price_all", 2024);
    expect(land.computed).toBe(true);
    // Kaufsumme in 1,000 EUR ÷ area in 1,000 m² = EUR/m².
    expect(land.value).toBeCloseTo(sumOf("15", "land_sum_all") / sumOf("15", "land_area_all"), 2);
    expect(find("15", "land_area_all", 2024).value).toBe(sumOf("15", "land_area_all"));
    expect(land.value).toBeGreaterThan(20);
    expect(find("DG", "land_price_all", 2024).value).toBeGreaterThan(land.value!);
  });

  it("gives income per taxpayer 2021 (73111-01-01-4): Burgenlandkreis 3,130,394 T€ ÷ 89,867 = 34,834 €", () => {
    expect(find("15084", "income_per_taxpayer", 2021)).toMatchObject({value: 34834, computed: true});
    expect(find("15084", "taxpayers", 2021).value).toBe(89867);
  });

  it("gives company insolvencies 2024 (52411-02-01-4) per 10,000 SvB and the commuter balance 2016", () => {
    expect(find("15084", "insolvencies", 2024).value).toBe(26);
    expect(find("15084", "insolvencies_per_10000_svb", 2024).value).toBeCloseTo(4.3, 1);
    expect(find("15084", "commuter_balance", 2016)).toMatchObject({value: -13700, source: "ba-pendleratlas-2016"});
  });

  it("gives business registrations 2015 (52311-01-04-4): Burgenlandkreis 854 registrations, 978 closures", () => {
    expect(find("15084", "business_registrations", 2015).value).toBe(854);
    expect(find("15084", "business_closures", 2015).value).toBe(978);
    expect(find("15084", "business_registrations_per_10000", 2015).value).toBeCloseTo((854 / 184081) * 10000, 1);
  });

  it("has a row for every one of the 400 Kreise and no dissolved Kreis", () => {
    const kreise = new Set(
      rows
        .filter((r) => r.measure === "land_price_all")
        .map((r) => r.code)
        .filter((c) => c.length === 5)
    );
    expect(kreise.size).toBe(400);
    expect(kreise.has("15256")).toBe(false);
  });
});

function sumOf(land: string, measure: string): number {
  return rows
    .filter((r) => r.measure === measure && r.code.length === 5 && r.code.startsWith(land))
    .reduce((s, r) => s + (r.value ?? 0), 0);
}
