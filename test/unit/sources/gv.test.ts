import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import * as XLSX from "@e965/xlsx";
import {describe, expect, it} from "vitest";

import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {ags, kreisKey, readGvCsv, readGvWorkbook} from "../../../data-loaders/sources/destatis-gv.js";

type Cell = string | number | null;
const GV_2023 = "destatis-gv/31122023_Auszug_GV.xlsx";

const sumOfKreis = (records: ReturnType<typeof readGvWorkbook>["records"], kreis: string) =>
  records.filter((r) => r.satzart === "60" && kreisKey(r) === kreis).reduce((s, r) => s + r.population!, 0);

describe("readGvWorkbook on the real Gemeindeverzeichnis files", () => {
  const gv2023 = readGvWorkbook(sourcePath(GV_2023));

  it("sums the Gemeinden of Burgenlandkreis to 177,174 on 31.12.2023 (Zensus-2011 basis)", () => {
    expect(gv2023.populationDate).toBe("31.12.2023");
    expect(sumOfKreis(gv2023.records, "15084")).toBe(177174);
    expect(gv2023.records.filter((r) => r.satzart === "60")).toHaveLength(10981);
  });

  it("reads a Gemeinde with ARS parts, Verband, area, coordinates (decimal comma) and town rights", () => {
    const hohenmoelsen = gv2023.records.find((r) => r.satzart === "60" && ags(r) === "15084235")!;
    expect(hohenmoelsen).toMatchObject({name: "Hohenmölsen, Stadt", vb: "0235", textkennzeichen: "63", stadt: true});
    expect(hohenmoelsen.lat).toBeCloseTo(51.156, 2);
    expect(hohenmoelsen.lon).toBeCloseTo(12.1, 1);
  });

  it("states Gebietsstand 31.12.2024 and population 31.12.2023 for the 2024 extract", () => {
    const gv2024 = readGvWorkbook(sourcePath("destatis-gv/AuszugGV4QAktuell_2024.xlsx"));
    expect([gv2024.gebietsstand, gv2024.populationDate]).toEqual(["31.12.2024", "31.12.2023"]);
    expect(sumOfKreis(gv2024.records, "15084")).toBe(177174);
  });

  it("reads the old 1990 layout (no Textkennzeichen) and finds 31.12.1990 with Gebietsstand 01.01.1991", () => {
    const gv1990 = readGvWorkbook(sourcePath("destatis-gv/31121990_Auszug_GV.xlsx"));
    expect([gv1990.gebietsstand, gv1990.populationDate]).toEqual(["01.01.1991", "31.12.1990"]);
    const total = gv1990.records.filter((r) => r.satzart === "60").reduce((s, r) => s + r.population!, 0);
    expect(total).toBe(79753227); // Germany 31.12.1990
  });

  it("reads the file named 1998 as 31.12.1997, and 2021 Burgenlandkreis as 176,333 (= Regionaldatenbank)", () => {
    expect(readGvWorkbook(sourcePath("destatis-gv/31121998_Auszug_GV.xlsx")).populationDate).toBe("31.12.1997");
    expect(sumOfKreis(readGvWorkbook(sourcePath("destatis-gv/31122021_Auszug_GV.xlsx")).records, "15084")).toBe(176333);
  });

  it("drops the identical repeated rows of uninhabited areas in 2017 (09273444)", () => {
    const gv2017 = readGvWorkbook(sourcePath("destatis-gv/31122017_Auszug_GV.xlsx"));
    expect(gv2017.records.filter((r) => r.satzart === "60" && ags(r) === "09273444")).toHaveLength(1);
  });

  it("reads the Q4-2020 CSV (population 31.12.2019, space thousand separators): Burgenlandkreis 178,846", () => {
    const q4 = readGvCsv(sourcePath("destatis-gv/q4-2020/AuszugGV4QAktuell.csv"), {
      gebietsstand: "31.12.2020",
      populationDate: "31.12.2019"
    });
    expect(sumOfKreis(q4.records, "15084")).toBe(178846);
    expect(q4.records.find((r) => r.satzart === "60")).toMatchObject({
      name: "Flensburg, Stadt",
      population: 90164,
      line: 5
    });
  });
});

describe("readGvWorkbook on malformed copies", () => {
  const workbook = XLSX.read(readFileSync(sourcePath(GV_2023)), {sheets: 1});
  const original = XLSX.utils.sheet_to_json<Cell[]>(workbook.Sheets[workbook.SheetNames[1]!]!, {
    header: 1,
    raw: true,
    defval: null,
    blankrows: true
  });

  /** Writes the first 300 rows of the real sheet, edited, as a new workbook (sheet 2, like the original). */
  function copy(edit: (rows: Cell[][]) => void): string {
    const rows = original.slice(0, 300).map((r) => [...r]);
    edit(rows);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["Inhalt"]]), "Inhalt");
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "Onlineprodukt_Gemeinden31122023");
    const path = join(mkdtempSync(join(tmpdir(), "gv-")), "gv.xlsx");
    writeFileSync(path, XLSX.write(book, {type: "buffer", bookType: "xlsx"}) as Buffer);
    return path;
  }
  const flensburgRow = original.findIndex((r) => r[0] === "60");

  it("reads an unmodified copy (the mutations below are what breaks it): 256 Gemeinden, Flensburg 92,667", () => {
    const {records} = readGvWorkbook(copy(() => {}));
    // Rows 1–300 of the real sheet: 294 records (Land to Gemeinde), 256 of them Gemeinden of Schleswig-Holstein.
    expect(records).toHaveLength(294);
    expect(records.filter((r) => r.satzart === "60")).toHaveLength(256);
    const flensburg = records.find((r) => r.satzart === "60")!;
    expect([flensburg.line, flensburg.name, flensburg.population, flensburg.area_km2]).toEqual([
      10,
      "Flensburg, Stadt",
      92667,
      56.73
    ]);
    expect([records.at(-1)!.line, records.at(-1)!.name, records.at(-1)!.population]).toEqual([300, "Reußenköge", 320]);
  });

  it("names the row of a truncated or non-xlsx file", () => {
    const path = join(mkdtempSync(join(tmpdir(), "gv-")), "gv.xlsx");
    writeFileSync(path, readFileSync(sourcePath(GV_2023)).subarray(0, 5000));
    expect(() => readGvWorkbook(path)).toThrow(/gv\.xlsx: not a valid xlsx file/);
  });

  it("names a renamed key column", () => {
    const path = copy((rows) => (rows[2]![1] = "Kennzeichen"));
    expect(() => readGvWorkbook(path)).toThrow(/line 3, field "B3": expected "Text-kenn-zeichen"/);
  });

  it("names a letter where the Kreis code belongs", () => {
    const path = copy((rows) => (rows[flensburgRow]![4] = "XY"));
    expect(() => readGvWorkbook(path)).toThrow(
      new RegExp(`line ${flensburgRow + 1}, field "Kreis": expected 2 digits`)
    );
  });

  it("names an unknown Satzart", () => {
    const path = copy((rows) => (rows[flensburgRow]![0] = "70"));
    expect(() => readGvWorkbook(path)).toThrow(/field "Satzart": unknown Satzart "70"/);
  });

  it("names a duplicate Gemeinde whose figures differ", () => {
    const path = copy((rows) => {
      const again = [...rows[flensburgRow]!];
      again[9] = 1;
      again[10] = 1;
      again[11] = 0;
      rows.push(again);
    });
    expect(() => readGvWorkbook(path)).toThrow(/field "AGS": duplicate Gemeinde 01001000/);
  });

  it("names a population that is not men + women", () => {
    const path = copy((rows) => (rows[flensburgRow]![9] = 99999));
    expect(() => readGvWorkbook(path)).toThrow(
      /field "Bevölkerung insgesamt": total 99999 ≠ männlich \+ weiblich .* \(rule: total = männlich \+ weiblich\)/
    );
  });
});
