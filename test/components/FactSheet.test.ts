// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {FactSheet, PrintButton} from "../../src/components/FactSheet.js";
import {sheetFacts} from "../../src/lib/kreis-facts.js";
import type {KreisProfileRow} from "../../src/shared/rows.js";
import {expectSnapshot} from "./snapshot.js";

// Made-up `kreis_profiles` rows of an invented Kreis "K" (test/fixtures/README.md): 100,000 inhabitants in 2013 and
// 90,000 in 2023 (−10 %) on 500 km² (180 per km²), 30,000 SvB, a suppressed mining count (never 0), a commuter
// balance of −2,000 (5,000 in, 7,000 out); two location quotients per classification and one plant 12 km away.
const row = (metric: string, year: number, value: number | null, flag: string | null = null): KreisProfileRow => ({
  code: "K",
  metric,
  year,
  value,
  flag,
  basis: metric === "population" ? "Zensus 2022" : null,
  segment: null,
  territory: "Gebietsstand 01.01.2026",
  computed: false,
  source: "erfunden"
});
const rows: KreisProfileRow[] = [
  row("population", 2013, 100000),
  row("population", 2023, 90000),
  row("area_km2", 2023, 500),
  row("gemeinden", 2023, 12),
  row("staedte", 2023, 4),
  row("verbandsgemeinden", 2023, 2),
  row("svb_workplace", 2014, 28000),
  row("svb_workplace", 2024, 30000),
  row("unemployment_rate", 2024, 7.25),
  row("commuter_balance", 2023, -2000),
  row("in_commuters", 2023, 5000),
  row("out_commuters", 2023, 7000),
  row("svb_occ_211", 2024, null, "suppressed")
];
const lq = (name: string, value: number) => ({
  name,
  category: name,
  regionValue: 1,
  regionTotal: 1,
  referenceValue: 1,
  referenceTotal: 1,
  lq: value,
  flag: null
});
const sheet = () => {
  const chart = document.createElement("div");
  chart.textContent = "(Diagramm)";
  return FactSheet({
    lang: "de",
    facts: sheetFacts(rows, "K"),
    topWz: [lq("Branche A", 2.5), lq("Branche B", 1.25)],
    topKldb: [lq("Beruf A", 3), lq("Beruf B", 1.5)],
    years: {wz: 2024, kldb: 2024},
    plants: [
      {
        name: "Kraftwerk A",
        kind: "Kraftwerk",
        kreis: "K",
        capacity_mw: 900,
        shutdown_year: 2035,
        lat: 51,
        lon: 12,
        distance: 12.4
      }
    ],
    radiusKm: 30,
    charts: [
      {
        title: "Bevölkerung",
        subtitle: "Personen, 31.12.",
        description: "Bevölkerung von K, 2013–2023 (erfundene Werte).",
        chart
      }
    ],
    source: "Quelle: erfundene Werte für den Test; eigene Berechnung",
    url: "https://example.org/kreise/K"
  });
};

describe("FactSheet", () => {
  it("renders the key facts, top industries, plants, charts and source as in test/snapshots/FactSheet", () => {
    expectSnapshot("FactSheet", sheet());
  });

  it("lists the computed facts of the fixture: change −10 %, 180 per km², balance −2.000, mining suppressed", () => {
    const dd = [...sheet().querySelectorAll("dd")].map((d) => d.textContent);
    expect(dd[0]).toBe("90.000 (Veränderung 2013–2023: −10,0 %)");
    expect(dd[2]).toBe("180,0");
    expect(dd[3]).toBe("12 / 4 / 2");
    expect(dd[4]).toBe("30.000 (Veränderung 2014–2024: +7,1 %)");
    expect(dd.at(-1)).toBe("gesperrt");
  });

  it("gives each printed chart a text alternative: its name, and the description printed under it", () => {
    const box = sheet().querySelector(".rm-sheet-chart")!;
    expect(box.querySelector("[role=img]")!.getAttribute("aria-label")).toBe(
      "Bevölkerung. Bevölkerung von K, 2013–2023 (erfundene Werte)."
    );
    expect(box.querySelector("figcaption")!.textContent).toBe("Bevölkerung von K, 2013–2023 (erfundene Werte).");
  });

  it("offers a print button in the page's language", () => {
    expect(PrintButton("en").textContent).not.toBe(PrintButton("de").textContent);
  });
});
