import {describe, expect, it} from "vitest";

import {
  compareOverlap,
  describeFinding,
  failOnUnexplained,
  type OverlapFigure
} from "../../data-loaders/checks/source-overlap.js";
import {SourceError} from "../../data-loaders/lib/errors.js";
import {territoryLabel, territoryOfFigure} from "../../src/shared/territory.js";

// Made-up figures (test/fixtures/README.md, "overlap check"): a table on the territory of its Stichtag and a BA sum
// on the newest territory, for real Kreis codes so that the recorded changes of src/shared/territory.ts apply.
const table = (code: string, year: number, value: number, line: number): OverlapFigure => ({
  code,
  year,
  value,
  source: "rdb-13111-07-05-4-2021",
  gebietsstand: `${year}-06-30`,
  at: {file: "regionalstatistik-2021/13111-07-05-4_2020.csv", line, field: "Insgesamt"}
});
const ba = (code: string, year: number, value: number, row: number): OverlapFigure => ({
  code,
  year,
  value,
  source: "ba-kldb-employees-workplace",
  gebietsstand: "2026-01-01",
  at: {file: "ba-kldb/employees_by_workplace.parquet", line: row, unit: "row", field: "n"}
});
const SVB = {name: "SvB 13111 vs BA", explainedBy: ["territory", "assignment"] as const};

describe("compareOverlap", () => {
  it("finds nothing where two sources agree within 2 %", () => {
    expect(compareOverlap(SVB, [table("15084", 2020, 10000, 5)], [ba("15084", 2020, 10150, 9)])).toEqual([]);
  });

  it("explains the Main-Kinzig-Kreis (Hanau kreisfrei 01.01.2026) and the Wartburgkreis (Eisenach 2021)", () => {
    const findings = compareOverlap(
      SVB,
      [table("06435", 2020, 137323, 7), table("16063", 2020, 40679, 8)],
      [ba("06435", 2020, 90904, 11), ba("16063", 2020, 62486, 12)]
    );
    expect(findings.map((f) => [f.code, f.explanation?.date])).toEqual([
      ["06435", "2026-01-01"],
      ["16063", "2021-07-01"]
    ]);
  });

  it("does not explain a difference in a Kreis without a recorded change, and names file, line, both values", () => {
    const findings = compareOverlap(SVB, [table("15084", 2020, 10000, 42)], [ba("15084", 2020, 10500, 99)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.explanation).toBeNull();
    expect(describeFinding(findings[0]!)).toBe(
      "SvB 13111 vs BA: Kreis 15084 2020: rdb-13111-07-05-4-2021 10000 (regionalstatistik-2021/13111-07-05-4_2020.csv:line 42, " +
        'field "Insgesamt") vs ba-kldb-employees-workplace 10500 (ba-kldb/employees_by_workplace.parquet:row 99, field "n"), ' +
        "+5.0 % (not explained)"
    );
    expect(() => failOnUnexplained(findings)).toThrow(SourceError);
    expect(() => failOnUnexplained(findings)).toThrow(/13111-07-05-4_2020\.csv:line 42, field "Insgesamt"/);
  });

  it("explains an assignment change only for rules that allow it, and only from its year", () => {
    const unemployedRule = {name: "unemployed", explainedBy: ["territory"] as const};
    const a = [table("04012", 2020, 51893, 1), table("04012", 2017, 50000, 2)];
    const b = [ba("04012", 2020, 44516, 3), ba("04012", 2017, 45000, 4)];
    expect(compareOverlap(SVB, a, b).map((f) => [f.year, f.explanation?.kind ?? null])).toEqual([
      [2017, null],
      [2020, "assignment"]
    ]);
    expect(compareOverlap(unemployedRule, a, b).every((f) => f.explanation === null)).toBe(true);
  });
});

describe("territoryLabel", () => {
  it("puts a figure before a recorded change on the older territory, others on the newest", () => {
    expect(territoryLabel("16063", "2020-06-30")).toBe("Gebietsstand vor 01.07.2021");
    expect(territoryLabel("16063", "2026-01-01")).toBe("Gebietsstand 01.01.2026");
    expect(territoryLabel("15084", "2000-06-30")).toBe("Gebietsstand 01.01.2026");
    expect(territoryOfFigure("06435", 2025, "rdb-13211-02-05-4-2026-2025")).toBe("Gebietsstand vor 01.01.2026");
    expect(territoryOfFigure("06435", 2025, "ba-kldb-unemployed")).toBe("Gebietsstand 01.01.2026");
  });
});
