import * as XLSX from "@e965/xlsx";
import {csvParse, dsvFormat} from "d3-dsv";
import {describe, expect, it} from "vitest";

import {roundTo, toCsv} from "../../../src/lib/csv.js";
import {placeName} from "../../../src/lib/labour-pool.js";
import {regionLabel} from "../../../src/lib/region-picker.js";
import {figureWorkbook} from "../../../src/lib/xlsx.js";

// Made-up rows in the shape of the Kreis key-figure table (one indicator per row, its own decimals); not official.
const facts = [
  {metric: "Population on 31 Dec 2024", digits: 0, kreis: 171234, land: 2144699.4},
  {metric: "Inhabitants per km² (31 Dec 2024)", digits: 1, kreis: 122.31956729956616, land: 104.04},
  {metric: "Location quotient, manufacturing", digits: 2, kreis: 2.624145815122501, land: null}
];
type Fact = (typeof facts)[number];
const columns = [
  {label: "Indicator", value: (f: Fact) => f.metric},
  {label: "Region A", value: (f: Fact) => f.kreis, digits: (f: Fact) => f.digits},
  {label: "Land B", value: (f: Fact) => f.land, digits: (f: Fact) => f.digits}
];
const meta = {
  title: "Key figures: Region A",
  subtitle: "Region A compared with Land B, latest year",
  source: "Source: made up for the test, table 0000-00; Datenlizenz Deutschland – Namensnennung 2.0; own calculation"
};

describe("CSV in the reader's conventions", () => {
  it("English: a standard CSV parser reads comma-separated columns with decimal points at published precision", () => {
    const text = toCsv(facts, columns, {...meta, lang: "en"}).replace(/^\ufeff/, "");
    const [table, notes] = text.split("\r\n\r\n");
    const rows = csvParse(table!);
    expect(rows.columns).toEqual(["Indicator", "Region A", "Land B"]);
    expect(rows.map((r) => [r["Region A"], r["Land B"]])).toEqual([
      ["171234", "2144699"],
      ["122.3", "104.0"],
      ["2.62", ""]
    ]);
    expect(rows.map((r) => Number(r["Region A"]))).toEqual([171234, 122.3, 2.62]);
    // The notes follow the table in English, one quoted cell each.
    expect(notes!.split("\r\n").filter(Boolean)).toEqual([
      "# Key figures: Region A",
      `"# ${meta.subtitle}"`,
      `"# ${meta.source}"`,
      "# Empty cell = no data (missing or suppressed)"
    ]);
    expect(text).not.toMatch(/\b(Leere|Zelle|keine|Quelle|eigene|Berechnung)\b/);
    expect(table).not.toMatch(/;|\d,\d{1,2}\b/);
  });

  it("German: semicolons, decimal comma, notes first, as before", () => {
    const text = toCsv(facts, columns, {...meta, lang: "de"}).replace(/^\ufeff/, "");
    const lines = text.split("\r\n");
    expect(lines[3]).toBe("# Leere Zelle = keine Daten (fehlend oder geheim gehalten)");
    const rows = dsvFormat(";").parse(lines.slice(4).join("\n"));
    expect(rows.map((r) => r["Region A"])).toEqual(["171234", "122,3", "2,62"]);
  });

  it("rounds half away from zero and never writes -0", () => {
    expect([roundTo(2.625, 2), roundTo(-1.05, 1), roundTo(-0.04, 1), roundTo(1.005, 2)]).toEqual([2.63, -1.1, 0, 1.01]);
  });
});

describe("XLSX for reports", () => {
  const book = XLSX.read(figureWorkbook(facts, columns, {...meta, lang: "en"}), {type: "array", cellStyles: true});
  const sheet = book.Sheets.Data!;

  it("stores numbers rounded to their published precision with a number format of as many decimals", () => {
    expect([sheet.B2?.v, sheet.B3?.v, sheet.B4?.v, sheet.C4]).toEqual([171234, 122.3, 2.62, undefined]);
    expect([sheet.B2?.z, sheet.B3?.z, sheet.B4?.z, sheet.C3?.z]).toEqual(["#,##0", "#,##0.0", "#,##0.00", "#,##0.0"]);
  });

  it("sizes the columns to their content and keeps the notes with the source on a sheet of their own", () => {
    const widths = sheet["!cols"]!.map((c) => c.wch ?? c.width);
    // The indicator column fits "Inhabitants per km² (31 Dec 2024)" (34 characters); the numbers fit "2,144,699".
    expect(widths[0]).toBeGreaterThanOrEqual(34);
    expect(widths[2]).toBeGreaterThanOrEqual(9);
    const notes = XLSX.utils.sheet_to_json<string[]>(book.Sheets["Source and notes"]!, {header: 1});
    expect(notes).toContainEqual(["Source", meta.source]);
    expect(notes).toContainEqual(["Licence", "Datenlizenz Deutschland – Namensnennung 2.0"]);
    expect(notes).toContainEqual(["Missing values", "Empty cell = no data (missing or suppressed)"]);
  });
});

describe("one name per region per language", () => {
  // Made-up subset of the regions dataset with the official names of the Gemeindeverzeichnis.
  const regions = [
    {code: "14713", name: "Leipzig, Stadt"},
    {code: "14729", name: "Leipzig"},
    {code: "15", name: "Sachsen-Anhalt"},
    {code: "15084", name: "Burgenlandkreis"}
  ];

  it("names a Land in the page's language on every page that goes through placeName", () => {
    expect(["15", "15084", "DG", "REV-MD"].map((c) => placeName(c, regions, "en"))).toEqual([
      "Saxony-Anhalt",
      "Burgenlandkreis",
      "Germany",
      "Central German lignite region"
    ]);
    expect(placeName("15", regions, "de")).toBe("Sachsen-Anhalt");
  });

  it("tells the Landkreis Leipzig from the city of Leipzig, and a Bavarian city from its Landkreis", () => {
    expect(placeName("14729", regions, "en")).toBe("Landkreis Leipzig");
    expect(placeName("14713", regions, "en")).toBe("Leipzig, Stadt");
    expect([regionLabel("09163", "Rosenheim", "de"), regionLabel("09187", "Rosenheim", "de")]).toEqual([
      "Rosenheim, Stadt",
      "Landkreis Rosenheim"
    ]);
  });
});
