import {describe, expect, it} from "vitest";

import {yearOnYearProblems} from "../../../data-loaders/checks/plausibility.js";

const point = (year: number, value: number | null, basis = "Zensus 2011") => ({
  series: "15084",
  label: "15084 Burgenlandkreis",
  year,
  value,
  basis,
  source: "test"
});

describe("yearOnYearProblems", () => {
  it("passes the real Burgenlandkreis change 2022 → 2023 (177,174 after 178,846: −0.9 %)", () => {
    expect(yearOnYearProblems([point(2022, 178846), point(2023, 177174)], {maxPercent: 4, breakPercent: 10})).toEqual(
      []
    );
  });

  it("checks the year after a census break with the wider band instead of skipping it", () => {
    const series = [point(2023, 177174), point(2024, 173684, "Zensus 2022")];
    expect(yearOnYearProblems(series, {maxPercent: 1, breakPercent: 10})).toEqual([]);
    const wrong = [point(2023, 177174), point(2024, 17368, "Zensus 2022")];
    expect(yearOnYearProblems(wrong, {maxPercent: 1, breakPercent: 10})[0]).toMatch(
      /15084 Burgenlandkreis 2023 → 2024: 177174 \(test\) → 17368 \(test\), -90\.2 % \(more than 10 % across the break Zensus 2011 → Zensus 2022\)/
    );
  });

  it("measures a fall as the rise back when symmetric (Vechta 3,197 → 772 is a factor 4.1)", () => {
    const series = [point(2009, 3197), point(2010, 772)];
    expect(yearOnYearProblems(series, {maxPercent: 300, breakPercent: 300, symmetric: true})).toHaveLength(1);
    expect(yearOnYearProblems(series, {maxPercent: 300, breakPercent: 300})).toEqual([]);
  });

  it("skips nulls (flagged cells) and documented jumps", () => {
    expect(yearOnYearProblems([point(2009, 3197), point(2010, null)], {maxPercent: 1, breakPercent: 1})).toEqual([]);
    const known = new Set(["15084|2010"]);
    expect(yearOnYearProblems([point(2009, 3197), point(2010, 772)], {maxPercent: 1, breakPercent: 1, known})).toEqual(
      []
    );
  });
});
