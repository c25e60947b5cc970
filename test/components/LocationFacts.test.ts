// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {LocationFacts} from "../../src/components/LocationFacts.js";
import type {LocationFactorRow} from "../../src/shared/rows.js";
import {expectSnapshot} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md): one invented Kreis with a land price, a missing income and one group.
const row = (measure: string, value: number | null, unit: string): LocationFactorRow => ({
  code: "15084",
  measure,
  year: 2023,
  value,
  unit,
  flag: value === null ? "-" : null,
  computed: false,
  source: "rdb-12411-01-01-4-2017",
  territory: "Gebietsstand 01.01.2026"
});
const facts = {
  code: "15084",
  landPrice: row("land_price_all", 42, "EUR/m²"),
  landPriceBaureif: row("land_price_baureif", 55, "EUR/m²"),
  landCases: row("land_cases_all", 120, "Fälle"),
  landPriceRank: {rank: 3, of: 10},
  incomePerTaxpayer: row("income_per_taxpayer", null, "EUR"),
  commuterBalance: row("commuter_balance", -1500, "Personen"),
  groups: [
    {
      code: "15084",
      year: 2024,
      occupation: "211",
      name: "Berg-, Tagebau und Sprengtechnik",
      svb: 600,
      lq: 12.5,
      unemployed: 40,
      vacancies: 10,
      unemployedPerVacancy: 4,
      lowerBound: false
    }
  ],
  labourYear: 2024,
  sources: ["rdb-12411-01-01-4-2017"]
};
const card = () => LocationFacts(facts, {lang: "de", href: "../standort?kreis=15084"});

describe("LocationFacts", () => {
  it("renders the made-up facts as in test/snapshots/LocationFacts", () => {
    expectSnapshot("LocationFacts", card());
  });

  it("says 'keine Daten' for the missing income, never 0", () => {
    expect(card().textContent).toContain("keine Daten");
  });
});
