import {describe, expect, it} from "vitest";

import {latestYear, yearRange} from "../../../src/lib/latest.js";

// Made-up rows: region A has values 2001–2023, a flagged gap in 2025; region B ends in 2016.
const rows = [
  {code: "A", year: 2001, value: 10},
  {code: "A", year: 2023, value: 7.2},
  {code: "A", year: 2025, value: null},
  {code: "B", year: 2016, value: 9.6}
];

describe("latestYear / yearRange", () => {
  it("take the last year with a value, never a flagged gap", () => {
    expect(latestYear(rows, "A")).toBe(2023);
    expect(latestYear(rows, "B")).toBe(2016);
    expect(latestYear(rows)).toBe(2023);
    expect(yearRange(rows, "A")).toEqual([2001, 2023]);
  });

  it("are null for a region without values", () => {
    expect(latestYear(rows, "C")).toBeNull();
    expect(yearRange(rows, "C")).toBeNull();
  });
});
