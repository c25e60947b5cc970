import {describe, expect, it} from "vitest";

import {checkYearOnYearChanges} from "../../../data-loaders/checks/population.js";
import {censusBasis} from "../../../data-loaders/datasets/population.js";

// Made-up rows in the shape of the population dataset; the values of 16066 are those the reader published before
// the fix (BBSR 2015 127.9 thousand, 2016 wrongly 123.5 + 124.7 thousand, 2017 126,327).
const row = (code: string, year: number, value: number | null, source = "bbsr-ref-kreise-1990-2020") => ({
  code,
  name: code === "16066" ? "Schmalkalden-Meiningen" : "Test",
  level: code.length === 2 ? "land" : "kreis",
  year,
  sex: "total" as const,
  value,
  basis: censusBasis(year),
  source,
  method: "bbsr-umrechnung"
});

describe("checkYearOnYearChanges", () => {
  it("names Kreis, years, values and sources of a jump above 4 %", () => {
    const problems = checkYearOnYearChanges([row("16066", 2015, 127900), row("16066", 2016, 248200)], new Map());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("16066 Schmalkalden-Meiningen 31.12.2015 → 31.12.2016");
    expect(problems[0]).toContain("127900 (bbsr-ref-kreise-1990-2020, bbsr-umrechnung) → 248200");
    expect(problems[0]).toContain("94.1 %");
  });

  it("flags falls as well as rises, for Länder too, and passes 4 % exactly", () => {
    expect(checkYearOnYearChanges([row("16", 2016, 2500200), row("16", 2017, 2151205)], new Map())).toHaveLength(1);
    expect(checkYearOnYearChanges([row("16066", 2015, 100000), row("16066", 2016, 104000)], new Map())).toEqual([]);
    expect(checkYearOnYearChanges([row("16066", 2015, 100000), row("16066", 2016, 104001)], new Map())).toHaveLength(1);
  });

  it("does not compare across a census break (2010/2011, 2023/2024) or with a missing value", () => {
    expect(checkYearOnYearChanges([row("01001", 2010, 88759), row("01001", 2011, 82801)], new Map())).toEqual([]);
    expect(checkYearOnYearChanges([row("15002", 2023, 242172), row("15002", 2024, 226767)], new Map())).toEqual([]);
    expect(checkYearOnYearChanges([row("11000", 1990, null), row("11000", 1991, 3446030)], new Map())).toEqual([]);
  });

  it("skips only the documented jumps it is given", () => {
    const rows = [row("07211", 2014, 108472), row("07211", 2015, 114914)];
    expect(checkYearOnYearChanges(rows, new Map([["07211|2015", "checked"]]))).toEqual([]);
    expect(checkYearOnYearChanges(rows, new Map([["07211|2016", "checked"]]))).toHaveLength(1);
  });
});
