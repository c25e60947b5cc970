// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {ComparisonFigure, PoolFigure} from "../../src/components/StandortFigures.js";
import type {PoolPoint} from "../../src/lib/labour-pool.js";
import type {ComparisonRow} from "../../src/lib/location-factors.js";
import {expectSnapshot} from "./snapshot.js";

// Made-up labour-pool and land-price figures of an invented Kreis "K" and Land "L" (test/fixtures/README.md):
// 2,000 unemployed and 500 vacancies are 4 per vacancy; L's 2024 figure is a lower bound; K has no vacancy in one
// occupation group (undefined ratio, not 0).
const names: Record<string, string> = {K: "Kreis K", L: "Land L", DG: "Deutschland"};
const nameOf = (code: string) => names[code] ?? code;
const texts = {
  subtitle: "Jahresdurchschnitt",
  description: "Erfundene Werte.",
  source: "Quelle: erfundene Werte für den Test; eigene Berechnung"
};
const pool: PoolPoint[] = [
  {code: "K", year: 2023, unemployed: 2000, vacancies: 500, unemployedPerVacancy: 4, lowerBound: false},
  {code: "K", year: 2024, unemployed: 2100, vacancies: 420, unemployedPerVacancy: 5, lowerBound: false},
  {code: "L", year: 2023, unemployed: 60000, vacancies: 20000, unemployedPerVacancy: 3, lowerBound: false},
  {code: "L", year: 2024, unemployed: 63000, vacancies: 18000, unemployedPerVacancy: 3.5, lowerBound: true}
];
const groups = [
  {
    code: "K",
    year: 2024,
    unemployed: 300,
    vacancies: 100,
    unemployedPerVacancy: 3,
    lowerBound: false,
    occupation: "Gruppe A"
  },
  {
    code: "K",
    year: 2024,
    unemployed: 40,
    vacancies: 0,
    unemployedPerVacancy: null,
    lowerBound: false,
    occupation: "Gruppe B"
  }
];
const prices: ComparisonRow[] = [
  {code: "K", role: "kreis", value: 45, cases: 120, computed: false, flag: null},
  {code: "L", role: "land", value: 60, cases: 4000, computed: false, flag: null},
  {code: "DG", role: "germany", value: 200, cases: null, computed: true, flag: null}
];

describe("StandortFigures", () => {
  it("renders unemployed per vacancy as lines with its table as in test/snapshots/StandortFigures-pool", () => {
    const figure = PoolFigure(pool, {
      ...texts,
      title: "Arbeitslose je Stelle",
      lang: "de",
      width: 640,
      nameOf,
      kind: "lines",
      highlight: "Kreis K"
    });
    expectSnapshot("StandortFigures-pool", figure);
  });

  it("renders occupation groups as bars, saying where there is no vacancy, as in test/snapshots/StandortFigures-groups", () => {
    const figure = PoolFigure(groups, {
      ...texts,
      title: "Berufsgruppen",
      lang: "de",
      width: 640,
      nameOf,
      kind: "bars",
      label: (p) => p.occupation ?? "",
      digits: 1
    });
    expectSnapshot("StandortFigures-groups", figure);
    expect(figure.querySelector("svg")?.textContent).toContain("(keine gemeldete Stelle)");
  });

  it("renders a land price beside Land and Germany as in test/snapshots/StandortFigures-comparison", () => {
    const figure = ComparisonFigure(prices, {
      ...texts,
      title: "Baulandpreise",
      lang: "de",
      width: 640,
      nameOf,
      axis: "standort.axis.price",
      digits: 0
    });
    expectSnapshot("StandortFigures-comparison", figure);
    const cells = [...figure.querySelectorAll("td")].map((td) => td.textContent);
    expect(cells).toEqual(["Kreis K", "45", "Land L", "60", "Deutschland", "200"]);
  });

  it("marks the lower bound in the table of the pool figure", () => {
    const figure = PoolFigure(pool, {
      ...texts,
      title: "Arbeitslose je Stelle",
      lang: "de",
      width: 640,
      nameOf,
      kind: "lines"
    });
    const last = [...figure.querySelectorAll("tbody tr")].at(-1)!;
    expect([...last.querySelectorAll("td")].map((td) => td.textContent).slice(0, 5)).toEqual([
      "Land L",
      "2024",
      "63.000",
      "18.000",
      "3,50"
    ]);
    expect(last.textContent).toContain("Untergrenze");
  });
});
