import {describe, expect, it} from "vitest";

import {isolated} from "../../../src/shared/breaks.js";
import {sourceIds} from "../../../src/shared/sources.js";
import {
  changeWithinSegment,
  firstYearFrom,
  formatChange,
  indexPoints,
  segmentBreaks,
  seriesOf,
  shareSeries
} from "../../../src/lib/overview.js";
import type {OverviewRow} from "../../../src/shared/rows.js";

/** Made-up rows in the shape of the overview view. */
function row(
  code: string,
  measure: string,
  year: number,
  value: number | null,
  extra: Partial<OverviewRow> = {}
): OverviewRow {
  return {
    code,
    name: code === "A" ? "Region A" : "Region B",
    level: "kreis",
    year,
    measure,
    value,
    reference: `31.12.${year}`,
    segment: null,
    flag: null,
    source: "src-1",
    computed: false,
    territory: "Gebietsstand 01.01.2026",
    ...extra
  };
}

const population = [
  row("A", "population", 2013, 1000, {segment: "Zensus 2011"}),
  row("A", "population", 2023, 1100, {segment: "Zensus 2011", source: "src-2"}),
  row("A", "population", 2024, 900, {segment: "Zensus 2022", source: "src-3"})
];

describe("changeWithinSegment", () => {
  it("stops before a census break: 2013 → 2023 (+10 %), not 2013 → 2024", () => {
    const change = changeWithinSegment(population, 2013)!;
    expect(change.to.year).toBe(2023);
    expect(change.value).toBeCloseTo(10, 10);
    expect(formatChange(change)).toBe("+10,0\u00a0%");
  });

  it("gives percentage points for rates", () => {
    const rates = [row("A", "rate", 2013, 11.07), row("A", "rate", 2021, 7.11)];
    const change = changeWithinSegment(rates, 2013, "points")!;
    expect(change.value).toBeCloseTo(-3.96, 10);
    expect(formatChange(change)).toBe("\u22124,0 Prozentpunkte");
  });

  it("is null (shown as keine Daten) when the start year has no value or nothing follows", () => {
    expect(changeWithinSegment([row("A", "x", 2013, null), row("A", "x", 2014, 5)], 2013)).toBeNull();
    expect(changeWithinSegment(population, 2024)).toBeNull();
    expect(formatChange(null)).toBe("keine Daten");
  });

  it("skips a missing latest year instead of reading it as 0", () => {
    const series = [row("A", "x", 2013, 100), row("A", "x", 2014, 110), row("A", "x", 2015, null)];
    expect(changeWithinSegment(series, 2013)!.to.year).toBe(2014);
  });
});

describe("firstYearFrom", () => {
  it("moves a base year before the series start up to the first year with a value", () => {
    const series = [row("A", "x", 2013, null), row("A", "x", 2014, 3), row("A", "x", 2015, 4)];
    expect(firstYearFrom(series, 2001)).toBe(2014);
    expect(firstYearFrom(series, 2016)).toBeNull();
  });
});

describe("shareSeries", () => {
  it("is 100 · part / total, and null where the part is suppressed", () => {
    const rows = [
      row("A", "svb_occ_211", 2024, 50),
      row("A", "svb_occ_211", 2025, null, {flag: "suppressed"}),
      row("A", "svb_workplace", 2024, 1000, {source: "src-2"}),
      row("A", "svb_workplace", 2025, 1000)
    ];
    const share = shareSeries(rows, "A", "svb_occ_211", "svb_workplace");
    expect(share.map((r) => r.value)).toEqual([5, null]);
    expect(share[0]!.computed).toBe(true);
    expect(sourceIds(share.slice(0, 1))).toEqual(["src-1", "src-2"]);
  });
});

describe("indexPoints", () => {
  it("indexes each region on its base year and leaves out a region without a base value", () => {
    const rows = [...population, row("B", "population", 2013, null), row("B", "population", 2023, 7)];
    const {points, missing} = indexPoints(rows, ["A", "B"], "population", 2013);
    expect(missing).toEqual(["B"]);
    expect(points.map((p) => [p.year, Math.round(p.index! * 1e9) / 1e9, p.segment])).toEqual([
      [2013, 100, "Zensus 2011"],
      [2023, 110, "Zensus 2011"],
      [2024, 90, "Zensus 2022"]
    ]);
    // The 2024 point is alone on its basis: the chart draws it as a dot, not as a line to 2023.
    expect(
      isolated(
        points,
        (p) => p.index,
        (p) => p.name,
        (p) => p.segment
      ).map((p) => p.year)
    ).toEqual([2024]);
  });
});

describe("segmentBreaks and seriesOf", () => {
  it("marks the first year of each new segment", () => {
    expect(segmentBreaks(seriesOf([...population].reverse(), "A", "population"))).toEqual([
      {year: 2024, label: "Zensus 2022"}
    ]);
  });
});
