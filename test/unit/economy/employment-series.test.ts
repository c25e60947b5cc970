import {describe, expect, it} from "vitest";

import {compareGrowth, svbSegment, svbSeries, svbTotalsWithGroupSums} from "../../../src/lib/employment-series.js";
import type {EmploymentRow} from "../../../src/shared/rows.js";

// Made-up Kreise K1, K2 and group G = K1 + K2.
const row = (code: string, year: number, value: number | null, flag: string | null, source: string): EmploymentRow => ({
  code,
  year,
  classification: "total",
  category: "total",
  measure: "svb_workplace",
  value,
  suppressed: false,
  flag,
  computed: false,
  source,
  segment: null
});
const rows = [
  row("K1", 2011, 1000, "rounded", "bbsr"),
  row("K2", 2011, 2000, "rounded", "bbsr"),
  row("K1", 2012, 1010, null, "rdb"),
  row("K2", 2012, 1990, null, "rdb"),
  row("K1", 2016, 1100, "suppressed_cells_excluded", "ba"),
  row("K2", 2016, null, null, "ba"),
  {...row("K1", 2015, 400, null, "rdb"), classification: "WZ 2008", category: "C"}
];
const groups = [{code: "G", name: "Gruppe", members: ["K1", "K2"]}];

describe("svbTotalsWithGroupSums", () => {
  const all = svbTotalsWithGroupSums(rows, groups);
  const g = svbSeries(all, "G", "svb_workplace");

  it("sums the members per year and keeps the members' sources and the rounding flag", () => {
    expect(g.find((p) => p.year === 2011)).toMatchObject({value: 3000, rounded: true, computed: true, source: "bbsr"});
    expect(g.find((p) => p.year === 2012)).toMatchObject({
      value: 3000,
      rounded: false,
      lowerBound: false,
      source: "rdb"
    });
  });

  it("gives null where a member is missing, never the sum of the others", () => {
    expect(g.find((p) => p.year === 2016)!.value).toBeNull();
  });

  it("uses only the totals, not the WZ sections", () => {
    expect(g.map((p) => p.year)).toEqual([2011, 2012, 2016]);
  });

  it("separates the years before 2012 from those after in chart segments", () => {
    expect(svbSegment(2011)).not.toBe(svbSegment(2012));
    expect(svbSegment(2012)).toBe(svbSegment(2025));
  });
});

describe("compareGrowth", () => {
  it("gives both growth rates in per cent and the differential in percentage points", () => {
    // Burgenlandkreis 2012 → 2025: 54 356 → 57 937; Sachsen-Anhalt 773 472 → 788 189 (employment dataset).
    const result = compareGrowth(
      [
        {year: 2012, value: 54356},
        {year: 2025, value: 57937}
      ],
      [
        {year: 2012, value: 773472},
        {year: 2025, value: 788189}
      ],
      2012,
      2025
    )!;
    expect(result.regionGrowth).toBeCloseTo(6.588, 3);
    expect(result.referenceGrowth).toBeCloseTo(1.903, 3);
    expect(result.differential).toBeCloseTo(4.685, 3);
  });

  it("is null when a year has no value", () => {
    expect(
      compareGrowth(
        [
          {year: 2012, value: 1},
          {year: 2025, value: null}
        ],
        [
          {year: 2012, value: 1},
          {year: 2025, value: 2}
        ],
        2012,
        2025
      )
    ).toBeNull();
  });
});
