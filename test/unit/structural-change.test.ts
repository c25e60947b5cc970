import {describe, expect, it} from "vitest";

import {capacityOnGrid, growthQuadrants, threeSectorShares} from "../../src/lib/structural-change.js";

// Burgenlandkreis (15084), 2014, GVA at current prices in 1000 EUR by ETR sector: Regionaldatenbank 82111-01-05-4
// (../shared/sources/regionalstatistik-2017, as in the value_added dataset). The six sections add up to the total
// 3.604.199.
const BLK_2014 = {A: 64759, "B-E": 1069962, F: 267876, "G-J": 560167, "K-N": 679957, "O-T": 961478};

describe("threeSectorShares", () => {
  it("recomputes the secondary share of the Burgenlandkreis 2014 from absolute GVA (B–E + F over the total)", () => {
    const shares = threeSectorShares(BLK_2014);
    expect(shares.secondary).toBeCloseTo((100 * (1069962 + 267876)) / 3604199, 10);
    expect(shares.secondary).toBeCloseTo(37.12, 2);
    expect(shares.primary! + shares.secondary! + shares.tertiary!).toBeCloseTo(100, 10);
  });

  it("gives null for every sector when one section is missing, never a share of a partial total", () => {
    expect(threeSectorShares({...BLK_2014, F: null})).toEqual({primary: null, secondary: null, tertiary: null});
    expect(threeSectorShares({...BLK_2014, A: undefined})).toEqual({primary: null, secondary: null, tertiary: null});
  });
});

describe("capacityOnGrid", () => {
  // Net capacities still active on 26.06.2026 (BNetzA Kraftwerksliste) and shutdown years (IWH list), as in plants.
  const plants = [
    {name: "Kraftwerk Lippendorf", kind: "kraftwerk", capacity_net_active_mw: 1782, shutdown_year: 2035},
    {name: "Kraftwerk Schkopau", kind: "kraftwerk", capacity_net_active_mw: 1010, shutdown_year: 2034},
    {name: "IKW Wählitz", kind: "kraftwerk", capacity_net_active_mw: 31, shutdown_year: null},
    {name: "IKW Deuben", kind: "kraftwerk", capacity_net_active_mw: 0, shutdown_year: 2021},
    {name: "Profen", kind: "tagebau", capacity_net_active_mw: null, shutdown_year: 2035}
  ];
  const rows = capacityOnGrid(plants, {fromYear: 2026, toYear: 2040});
  const total = (year: number) => rows.filter((r) => r.year === year).reduce((s, r) => s + r.capacity, 0);

  it("keeps a plant on the grid up to and including its shutdown year (KVBG dates are end of year)", () => {
    expect(total(2034)).toBe(1782 + 1010 + 31);
    expect(total(2035)).toBe(1782 + 31);
    expect(total(2036)).toBe(31);
  });

  it("shows a plant without a shutdown year until the legal end 2038, marked as such, and nothing after", () => {
    expect(rows.filter((r) => r.plant === "IKW Wählitz").every((r) => r.basis === "ohne-jahr")).toBe(true);
    expect(total(2038)).toBe(31);
    expect(total(2039)).toBe(0);
  });

  it("leaves out mines and plants already shut", () => {
    expect(rows.some((r) => r.plant === "Profen" || r.plant === "IKW Deuben")).toBe(false);
  });
});

describe("growthQuadrants", () => {
  // Made-up figures: region A doubles output with constant jobs (productivity up), B adds jobs at constant output.
  const rows = [
    {code: "DG", year: 2000, output: 100, employment: 100},
    {code: "DG", year: 2014, output: 120, employment: 100},
    {code: "A", year: 2000, output: 10, employment: 10},
    {code: "A", year: 2014, output: 20, employment: 9},
    {code: "B", year: 2000, output: 10, employment: 10},
    {code: "B", year: 2014, output: 10, employment: 11},
    {code: "C", year: 2000, output: 10, employment: 10},
    {code: "C", year: 2014, output: null, employment: 11}
  ];

  it("puts a region with more productivity and fewer jobs than Germany into restructuring", () => {
    const {rows: result, missing} = growthQuadrants(rows, {
      codes: ["A", "B", "C"],
      reference: "DG",
      from: 2000,
      to: 2014
    });
    expect(result.find((r) => r.code === "A")!.pattern).toBe("restructuring");
    expect(result.find((r) => r.code === "B")!.pattern).toBe("industrial-take-off");
    expect(result.find((r) => r.code === "B")!.relativeEmploymentGrowth).toBeCloseTo(1.1, 10);
    expect(missing).toEqual(["C"]);
  });

  it("refuses a reference area without values", () => {
    expect(() => growthQuadrants(rows, {codes: ["A"], reference: "XX", from: 2000, to: 2014})).toThrow(/XX/);
  });
});
