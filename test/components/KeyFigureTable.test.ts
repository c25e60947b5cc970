// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {KeyFigureTable} from "../../src/components/KeyFigureTable.js";
import type {FactRow} from "../../src/lib/kreis-facts.js";
import {expectSnapshot} from "./snapshot.js";

// Made-up key figures of an invented "Kreis A" beside its Land and Germany (test/fixtures/README.md); the mining
// count of the Kreis is suppressed (null: "keine Daten", never 0).
const rows: FactRow[] = [
  {
    key: "kreise.fact.population",
    params: {year: 2023},
    metric: "population",
    year: 2023,
    digits: 0,
    kreis: 180000,
    land: 2180000,
    de: 84600000
  },
  {
    key: "kreise.fact.rate",
    params: {year: 2024},
    metric: "unemployment_rate",
    year: 2024,
    digits: 1,
    kreis: 7.25,
    land: 7.5,
    de: 6
  },
  {
    key: "kreise.fact.mining",
    params: {year: 2024},
    metric: "svb_occ_211",
    year: 2024,
    digits: 0,
    kreis: null,
    land: 1200,
    de: 15000
  }
];

describe("KeyFigureTable", () => {
  it("renders one row per indicator with Kreis, Land and Germany as in test/snapshots/KeyFigureTable", () => {
    expectSnapshot("KeyFigureTable", KeyFigureTable(rows, {lang: "de", columns: ["Kreis A", "Land A", "Deutschland"]}));
  });

  it("formats the figures in the page language and marks a missing value", () => {
    const cells = (lang: "de" | "en") =>
      [...KeyFigureTable(rows, {lang, columns: ["K", "L", "D"]}).querySelectorAll("td")].map((td) => td.textContent);
    expect(cells("de").slice(0, 6)).toEqual(["180.000", "2.180.000", "84.600.000", "7,3", "7,5", "6,0"]);
    expect(cells("en").slice(0, 3)).toEqual(["180,000", "2,180,000", "84,600,000"]);
    const table = KeyFigureTable(rows, {lang: "de", columns: ["K", "L", "D"]});
    expect(table.querySelectorAll("td.rm-missing")).toHaveLength(1);
    expect(table.querySelector("td.rm-missing")?.textContent).toBe("keine Daten");
  });
});
