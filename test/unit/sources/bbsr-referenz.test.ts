import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import * as XLSX from "@e965/xlsx";
import {describe, expect, it} from "vitest";

import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {
  convertPopulation,
  readBbsrWorkbook,
  splitLayout,
  unitPopulation
} from "../../../data-loaders/sources/bbsr-referenz.js";

const KREISE = "bbsr-referenz/ref-kreise-umrech-2021-1990-2020.xlsx";

describe("readBbsrWorkbook on the real Kreis reference (1990–2020)", () => {
  const sheets = readBbsrWorkbook(sourcePath(KREISE), "kreis");
  const sheet = (year: number) => sheets.find((s) => s.year === year)!;

  it("has one sheet per year 1990–2020, population rounded to 100 persons", () => {
    expect(sheets.map((s) => s.year)).toEqual(Array.from({length: 31}, (_, i) => 1990 + i));
    expect(sheets.every((s) => s.rows[0]!.resolution === 100)).toBe(true);
  });

  it("gives Burgenlandkreis 184.1 thousand on 31.12.2015 (Regionaldatenbank: 184,081)", () => {
    expect(convertPopulation(sheet(2015)).get("15084")!.population).toBe(184100);
  });

  it('reads the unit "in 1.000" of 1997 and 1998 like "in 1000"', () => {
    expect(convertPopulation(sheet(1997)).get("15084")!.population).toBe(228600);
  });

  it("maps the predecessor Kreise of 1990 onto Burgenlandkreis (2021 code) and adds their parts", () => {
    const burgenland = convertPopulation(sheet(1990)).get("15084")!;
    expect(burgenland.sources.length).toBeGreaterThan(1);
    expect(burgenland.population! % 100).toBe(0);
    // A split Kreis carries the population of each part: Cochem-Zell 1990 = 59.7 + 1.3 thousand.
    expect(unitPopulation(sheet(1990)).get("07135")).toBe(61000);
  });

  it("reads the 2016 sheet, which splits area but repeats population, as repeats (Wartburgkreis counted once)", () => {
    // Rows 388/389: Wartburgkreis 1,266.99 + 40.47 km², 124.7 and 124.7 thousand, keys 0.973038 / 0.026962.
    expect(unitPopulation(sheet(2016)).get("16063")).toBe(124700);
    expect(convertPopulation(sheet(2016)).get("16066")!.population).toBe(126862);
    for (const year of [2016, 2017, 2018]) {
      const wartburg = sheet(year).rows.filter((r) => r.code === "16063");
      expect(splitLayout(wartburg), String(year)).toBe("repeats");
    }
    const cochemZell = sheet(1990).rows.filter((r) => r.code === "07135");
    expect(splitLayout(cochemZell)).toBe("parts");
  });

  it("gives no number for a split Kreis whose rows are neither parts nor repeats", () => {
    const rows = sheet(2016)
      .rows.filter((r) => r.code === "16063")
      .map((r) => ({...r}));
    rows[1]!.population = 50000; // 124,700 and 50,000 with keys 0.97 / 0.03: fits neither layout
    expect(splitLayout(rows)).toBe("unusable");
    expect(convertPopulation({...sheet(2016), rows}).get("16066")!.population).toBeNull();
  });

  it("counts Wartburgkreis once in 2020, although Eisenach repeats its merged figures upstream", () => {
    expect(convertPopulation(sheet(2020)).get("16063")!.population).toBe(159900);
  });
});

describe("readBbsrWorkbook on the real Gemeinde reference (2020–2022)", () => {
  const sheets = readBbsrWorkbook(sourcePath("bbsr-referenz/ref-gemeinden-ab-2020.xlsx"), "gemeinde");
  const kreisSum = (year: number, kreis: string) =>
    [...unitPopulation(sheets.find((s) => s.year === year)!)]
      .filter(([code]) => code.startsWith(kreis))
      .reduce((s, [, v]) => s + v!, 0);

  it("marks 2020 (in 100, one decimal) as rounded to 10 persons, 2021 and 2022 as exact", () => {
    expect(sheets.map((s) => s.rows[0]!.resolution)).toEqual([10, 1, 1]);
  });

  it("sums Burgenlandkreis to 176,333 (31.12.2021, = Regionaldatenbank) and 177,212 (31.12.2022)", () => {
    expect(kreisSum(2021, "15084")).toBe(176333);
    expect(kreisSum(2022, "15084")).toBe(177212);
  });
});

describe("readBbsrWorkbook on malformed copies", () => {
  const book = XLSX.read(readFileSync(sourcePath(KREISE)), {sheets: ["2015"]});
  const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets["2015"]!, {header: 1, defval: null});
  const burgenland = rows.findIndex((r) => r[0] === 15084000);

  function copy(edit: (rows: (string | number | null)[][]) => void, name = "2015"): string {
    const edited = rows.map((r) => [...r]);
    edit(edited);
    const out = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(out, XLSX.utils.aoa_to_sheet(edited), name);
    const path = join(mkdtempSync(join(tmpdir(), "bbsr-")), "ref.xlsx");
    writeFileSync(path, XLSX.write(out, {type: "buffer", bookType: "xlsx"}) as Buffer);
    return path;
  }

  it("reads an unmodified copy", () => {
    expect(
      readBbsrWorkbook(
        copy(() => {}),
        "kreis"
      )[0]!.rows.length
    ).toBe(rows.filter((r) => r.some((c) => c !== null)).length - 1);
  });

  it("names a renamed population column", () => {
    const path = copy((r) => (r[0]![6] = "Einwohner 2015"));
    expect(() => readBbsrWorkbook(path, "kreis")).toThrow(
      /line 1, field "sheet "2015": Bevölkerung am 31.12.2015": column not found/
    );
  });

  it("names text where a Kreis key belongs", () => {
    const path = copy((r) => (r[burgenland]![0] = "Burgenlandkreis"));
    expect(() => readBbsrWorkbook(path, "kreis")).toThrow(
      new RegExp(`line ${burgenland + 1}, .*expected a 7–8 digit key`)
    );
  });

  it("names a duplicated row (keys of one Kreis add up to 2)", () => {
    const path = copy((r) => r.push([...r[burgenland]!]));
    expect(() => readBbsrWorkbook(path, "kreis")).toThrow(/keys of 15084 add up to 2\.0000/);
  });

  it("names a sheet that is not a year", () => {
    const path = copy(() => {}, "Tabelle1");
    expect(() => readBbsrWorkbook(path, "kreis")).toThrow(/field "sheet "Tabelle1"": expected a year/);
  });
});
