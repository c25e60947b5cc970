import {describe, expect, it} from "vitest";

import {
  comparable,
  isMissing,
  lqTable,
  occupationAnalysis,
  occupationCells,
  sectorCells,
  shiftShareExtremes,
  shiftShareRows,
  structureSeries,
  topQuotients,
  type EmploymentCell,
  type OccupationCell
} from "../../src/lib/branchen.js";
import {ETR_SECTORS} from "../../src/lib/sector-structure.js";

// Made-up counts (test/fixtures/README.md, "small made-up fixtures"): region "R" has twice the reference's share in
// B-E; "S" has every cell suppressed (null), "X" has no cells at all.
const etr = (code: string, year: number, category: string, value: number | null): EmploymentCell => ({
  code,
  year,
  classification: "ETR",
  measure: "persons_in_employment",
  category,
  value,
  source: "rdb-13312-01-04-4-2017"
});
const sectorsOf = (code: string, year: number, values: (number | null)[]) =>
  ETR_SECTORS.categories.map((c, i) => etr(code, year, c.code, values[i] ?? null));
const employment = [
  ...sectorsOf("R", 2013, [10, 40, 10, 20, 10, 10]),
  ...sectorsOf("R", 2014, [10, 40, 10, 20, 10, 10]),
  ...sectorsOf("DG", 2013, [10, 20, 10, 30, 15, 15]),
  ...sectorsOf("DG", 2014, [10, 20, 10, 30, 15, 15]),
  ...sectorsOf("S", 2014, [null, null, null, null, null, null])
];
const sectors = sectorCells(employment);
const at = (year: number) => (code: string) => sectors.etr.get(`${code}|${year}`);

describe("location quotients with explicit reasons", () => {
  it("uses the latest WZ Stichtag only (the table has several: one cell per region and section)", () => {
    const wz = (year: number, value: number): EmploymentCell => ({
      ...etr("R", year, "A", value),
      classification: "WZ 2008",
      measure: "svb_workplace"
    });
    const cells = sectorCells([wz(2015, 40), wz(2020, 52)]);
    expect(cells.wzYear).toBe(2020);
    expect(cells.wz.get("R")).toEqual([{category: "A", value: 52}]);
  });

  it("gives B–E in R a location quotient of 2 against DG (40 % vs 20 %)", () => {
    const rows = lqTable(at(2014), "R", "DG", ETR_SECTORS);
    expect(isMissing(rows)).toBe(false);
    if (!isMissing(rows)) expect(rows.find((r) => r.category === "B-E")!.lq).toBeCloseTo(2, 10);
  });

  it("says why there is nothing: region without cells, reference without cells, everything suppressed", () => {
    expect(lqTable(at(2014), "X", "DG", ETR_SECTORS)).toEqual({missing: "no-region-data"});
    expect(lqTable(at(2014), "R", "X", ETR_SECTORS)).toEqual({missing: "no-reference-data"});
    expect(comparable(at(2014), "S", "DG", ["A", "B-E"])).toEqual({missing: "no-employment"});
  });

  it("lists the ETR years and keeps the Krugman index of R at 0.4 with a reason where S has no data", () => {
    expect(sectors.etrYears).toEqual([2013, 2014]);
    const r = structureSeries(sectors, null, "R", "DG");
    // Krugman = Σ|s_r − s_ref| = 0 + 0.2 + 0 + 0.1 + 0.05 + 0.05 = 0.4
    expect(r.map((d) => d.krugman)).toEqual([expect.closeTo(0.4, 10), expect.closeTo(0.4, 10)]);
    const s = structureSeries(sectors, null, "S", "DG");
    expect(s.find((d) => d.year === 2014)).toMatchObject({krugman: null, missing: "no-employment"});
  });
});

describe("occupation analysis", () => {
  const occ = (code: string, year: number, occupation: string, value: number | null): OccupationCell => ({
    code,
    year,
    occupation,
    occupation_name: `Gruppe ${occupation}`,
    value,
    source: "ba-kldb-employees-workplace"
  });
  const rows = [
    occ("R", 2013, "211", 100),
    occ("R", 2013, "999", 900),
    occ("R", 2025, "211", 50),
    occ("R", 2025, "999", 1000),
    occ("R", 2025, "000", 7),
    occ("DG", 2013, "211", 1000),
    occ("DG", 2013, "999", 99000),
    occ("DG", 2025, "211", 800),
    occ("DG", 2025, "999", 109200)
  ];
  const o = occupationCells(rows);

  it("leaves out occupation 000 and halves R's mining jobs 2013–2025 in the shift-share total", () => {
    expect(o.codes).toEqual(["211", "999"]);
    const a = occupationAnalysis(o, {region: "R", reference: "DG", from: 2013, year: 2025});
    if (isMissing(a)) throw new Error("expected an analysis");
    expect(topQuotients(a.lqs, 1)[0]!.category).toBe("211");
    const components = shiftShareRows(a.shift!);
    expect(components.find((d) => d.key === "total")!.value).toBe(50);
    const extremes = shiftShareExtremes(a.shift!, new Map([["211", "Bergbau"]]), 1);
    expect(extremes.map((d) => d.label)).toEqual(["999", "Bergbau"]);
  });

  it("has no portfolio or shift-share when the period does not start before the reference date", () => {
    const a = occupationAnalysis(o, {region: "R", reference: "DG", from: 2025, year: 2025});
    expect(isMissing(a) ? a : {points: a.points, shift: a.shift}).toEqual({points: [], shift: null});
  });
});
