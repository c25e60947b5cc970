// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {lqFigure, noData, shiftShareFigure} from "../../src/components/branchen-figures.js";
import type {LocationQuotientEntry} from "../../src/lib/sector-structure.js";
import {shiftShareOf} from "../../src/lib/sector-structure.js";
import {expectSnapshot} from "./snapshot.js";

// Made-up counts of an invented "Region R" against "Referenz" (test/fixtures/README.md), round so that the results
// can be checked by hand.
const c = {lang: "de" as const, width: 640, region: "Region R", reference: "Referenz"};
const source = "Quelle: erfundene Werte für den Test; eigene Berechnung";

// Location quotients: section A is 20 % of the region's 1,000 employees and 10 % of the reference's (LQ 2); B is
// 5 % against 10 % (LQ 0,5); C is suppressed in the region (no quotient, never 0).
const entry = (category: string, regionValue: number | null, lq: number | null): LocationQuotientEntry => ({
  category,
  label: `Abschnitt ${category}`,
  regionValue,
  regionTotal: 1000,
  referenceValue: 10000,
  referenceTotal: 100000,
  lq,
  flag: regionValue === null ? "suppressed" : null,
  regionShare: regionValue === null ? null : regionValue / 10,
  referenceShare: 10,
  part: false
});
const lqs = [entry("A", 200, 2), entry("B", 50, 0.5), entry("C", null, null)];

// Shift-share 2015–2024: the region grows in X (100 → 120) and shrinks in Y (100 → 80); the reference grows by
// 10 % in X and 0 % in Y (5 % in total). Total change 0 = national share +10 + industry mix 0 + regional shift −10.
const cells = (x: number, y: number) => [
  {category: "X", value: x},
  {category: "Y", value: y}
];
const shift = shiftShareOf(cells(100, 100), cells(120, 80), cells(1000, 1000), cells(1100, 1000), ["X", "Y"]);

describe("branchen-figures", () => {
  it("renders the WZ location quotients as bars with their table as in test/snapshots/branchen-figures-lq", () => {
    const figure = lqFigure(c, lqs, {kind: "wz", year: 2024, source});
    expectSnapshot("branchen-figures-lq", figure);
    const row = (label: string) =>
      [...figure.querySelectorAll("tbody tr")]
        .find((tr) => tr.firstElementChild?.textContent === label)!
        .querySelectorAll("td");
    expect([...row("Abschnitt A")].map((td) => td.textContent)).toEqual([
      "Abschnitt A",
      "200",
      "20,0",
      "10,0",
      "2,00",
      ""
    ]);
    expect([...row("Abschnitt C")].map((td) => td.textContent)).toEqual([
      "Abschnitt C",
      "keine Daten",
      "keine Daten",
      "10,0",
      "keine Daten",
      "gesperrt"
    ]);
  });

  it("renders the shift-share components as in test/snapshots/branchen-figures-shift-share", () => {
    const figure = shiftShareFigure(c, shift, new Map(), {from: 2015, year: 2024, source});
    expectSnapshot("branchen-figures-shift-share", figure);
    const values = [...figure.querySelectorAll("tbody tr")].map((tr) => tr.lastElementChild?.textContent);
    expect(values.slice(0, 4)).toEqual(["0", "10", "0", "−10"]);
  });

  it("says why there is no figure when a period is missing", () => {
    expect(shiftShareFigure(c, null, new Map(), {from: 2015, year: 2024, source}).textContent).toMatch(/^keine Daten/);
    expect(noData("de", "branchen.missing.period").className).toBe("rm-note");
  });
});
