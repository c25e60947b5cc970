import {describe, expect, it} from "vitest";

import {
  areaName,
  gemeindenColumns,
  gemeindenDates,
  gemeindenIn,
  gemeindenRows,
  kreisInArea,
  selectionSummary
} from "../../../src/lib/gemeinden-page.js";
import type {GemeindeOverviewRow} from "../../../src/shared/rows.js";

/** Made-up Gemeinden in the shape of the gemeinden_overview view (see test/fixtures/README.md, "gemeinden page"). */
function gemeinde(code: string, extra: Partial<GemeindeOverviewRow>): GemeindeOverviewRow {
  return {
    code,
    name: `Gemeinde ${code}`,
    kreis: "15084",
    kreis_name: "Kreis A",
    land: "15",
    revier: true,
    verband_code: code,
    verband_name: `Gemeinde ${code}`,
    verband_kind: "verbandsfreie Gemeinde",
    kind: "Gemeinde",
    is_stadt: false,
    area_km2: 10,
    population: 1000,
    density: 100,
    lat: 51,
    lon: 12,
    date: "2023-12-31",
    gebietsstand: "2024-12-31",
    population_start: 1100,
    date_start: "2021-12-31",
    territory: "unverändert",
    source: "src-end",
    source_start: "src-start",
    ...extra
  };
}

const rows = gemeindenRows([
  gemeinde("1", {is_stadt: true, population: 2000, population_start: 1000}),
  gemeinde("2", {verband_code: "V", verband_name: "Verband V", verband_kind: "Verbandsgemeinde"}),
  gemeinde("3", {
    verband_code: "V",
    verband_name: "Verband V",
    verband_kind: "Verbandsgemeinde",
    population_start: null,
    territory: "Gebietsänderung"
  }),
  gemeinde("4", {land: "14", kreis: "14521", revier: false, population: null, population_start: null})
]);

describe("the Gemeinden page", () => {
  it("computes the change only where the territory is unchanged, and a dash as the Verband of a verbandsfreie Gemeinde", () => {
    expect(rows.map((g) => g.change)).toEqual([100, (1000 / 1100 - 1) * 100, null, null]);
    expect(rows.map((g) => g.verband)).toEqual(["–", "Verband V", "Verband V", "–"]);
  });

  it("takes the dates from the data, in either language", () => {
    expect(gemeindenDates(rows, "de")).toEqual({start: "31.12.2021", end: "31.12.2023", territory: "31.12.2024"});
    expect(gemeindenDates(rows, "en")).toEqual({start: "31 Dec 2021", end: "31 Dec 2023", territory: "31 Dec 2024"});
  });

  it("selects by area and town status", () => {
    expect(gemeindenIn(rows, "rev", false).map((g) => g.code)).toEqual(["1", "2", "3"]);
    expect(gemeindenIn(rows, "14", false).map((g) => g.code)).toEqual(["4"]);
    expect(gemeindenIn(rows, "alle", true).map((g) => g.code)).toEqual(["1"]);
    expect(kreisInArea("15084", "rev")).toBe(true);
    expect(kreisInArea("14521", "rev")).toBe(false);
    expect(kreisInArea("14521", "alle")).toBe(true);
    expect(areaName("16", "en")).toBe("Thuringia");
    expect(areaName("rev", "de")).toBe("Mitteldeutsches Revier");
  });

  it("counts towns and Verbände, and gives no population sum when one Gemeinde has none", () => {
    expect(selectionSummary(rows.slice(0, 3))).toEqual({
      gemeinden: 3,
      towns: 1,
      population: 4000,
      verbaende: 1,
      comparable: 2
    });
    expect(selectionSummary(rows).population).toBeNull();
  });

  it("labels the download columns in English", () => {
    const columns = gemeindenColumns("en", gemeindenDates(rows, "en"));
    expect(columns.map((c) => c.label)).toContain("Change since 31 Dec 2021 (%)");
    expect(columns.find((c) => c.label === "Town")!.value(rows[0]!)).toBe("town");
  });
});
