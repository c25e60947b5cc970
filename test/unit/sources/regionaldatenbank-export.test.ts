import {describe, expect, it} from "vitest";

import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {
  findColumn,
  readExportTable,
  readRegionaldatenbankExport,
  valueColumns
} from "../../../data-loaders/sources/regionaldatenbank-export.js";
import {mutatedCopy, sourceError} from "../../helpers/source-errors.js";

const SVB = "regionalstatistik-2017/13111-01-03-4_00.csv";
const TOTAL = ["Nationalität", "Insgesamt", "Geschlecht", "Insgesamt"];

describe("readExportTable on real files", () => {
  it("reads the time-in-rows layout: SvB at workplace, Burgenlandkreis 30.06.2015 = 56,012 (13111-01-03-4, line 478)", () => {
    const table = readExportTable(sourcePath(SVB), "13111-01-03-4");
    expect(table.layout).toBe("time-in-rows");
    const record = table.records.find((r) => r.code === "15084" && r.time === "30.06.2015")!;
    expect(record.line).toBe(478);
    expect(record.name).toBe("Burgenlandkreis");
    expect(record.cells[findColumn(table, TOTAL)]).toBe("56012");
    expect(new Set(table.records.map((r) => r.time))).toEqual(
      new Set(["30.06.2015", "30.06.2014", "30.06.2013", "30.06.2012"])
    );
  });

  it("reads the time-in-title layout: WZ sections 30.06.2015 with the section as a row label (13111-07-05-4)", () => {
    const table = readExportTable(sourcePath("regionalstatistik-2017/13111-07-05-4_00.csv"));
    expect(table.layout).toBe("time-in-title");
    const rows = table.records.filter((r) => r.code === "15084");
    expect(rows.map((r) => r.time)).toEqual(Array(14).fill("30.06.2015"));
    const industry = rows.find((r) => r.dimensions[0] === "Produzierendes Gewerbe (B-F)")!;
    expect(industry.cells[findColumn(table, TOTAL)]).toBe("18419");
  });

  it("reads year keys and decimal cells: Erwerbstätige Burgenlandkreis 2014 = 72,4 thousand (13312-01-04-4)", () => {
    const table = readExportTable(sourcePath("regionalstatistik-2017/13312-01-04-4_00.csv"));
    const record = table.records.find((r) => r.code === "15084" && r.time === "2014")!;
    expect(record.cells[findColumn(table, ["Erwerbstätige im Jahresdurchschnitt", "Insgesamt", "1000"])]).toBe("72,4");
  });

  it("keeps the time-in-columns API used by population: 12411-01-01-4 still gives 63 value columns", () => {
    const data = readRegionaldatenbankExport(sourcePath("regionalstatistik-2017/12411-01-01-4_00.csv"));
    expect(valueColumns(data)).toHaveLength(63);
    const table = readExportTable(sourcePath("regionalstatistik-2017/12411-01-01-4_00.csv"));
    expect(table.layout).toBe("time-in-columns");
    const burgenland = table.records.find((r) => r.code === "15084")!;
    expect(burgenland.cells[findColumn(table, ["31.12.2015", "Insgesamt"])]).toBe("184081");
  });
});

describe("readExportTable on broken copies names file, line and field", () => {
  it("truncated file: no footer", () => {
    const path = mutatedCopy(SVB, (t) => t.slice(0, t.length / 2));
    const error = sourceError(() => readExportTable(path));
    expect(error.file).toBe(path);
    expect(error.line).toBeGreaterThan(900);
    expect(error.message).toMatch(/truncated/);
  });

  it("wrong encoding: doubly encoded umlauts", () => {
    const path = mutatedCopy(SVB, (t) => Buffer.from(Buffer.from(t, "utf8").toString("latin1"), "utf8"));
    const error = sourceError(() => readExportTable(path));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/wrong encoding/);
  });

  it("renamed column: 'Insgesamt' → 'Total' in the last header row", () => {
    const path = mutatedCopy(SVB, (t) =>
      t.replace(";;;Insgesamt;männlich;weiblich;Insgesamt;", ";;;Total;männlich;weiblich;Insgesamt;")
    );
    const table = readExportTable(path);
    const error = sourceError(() => findColumn(table, TOTAL));
    expect(error.line).toBe(10);
    expect(error.field).toBe(TOTAL.join(" / "));
    expect(error.message).toMatch(/column not found/);
  });

  it("unknown region code: 99084 on line 478", () => {
    const path = mutatedCopy(SVB, (t) => t.replace("30.06.2015;15084;", "30.06.2015;99084;"));
    const error = sourceError(() => readExportTable(path));
    expect([error.line, error.field]).toEqual([478, "code"]);
    expect(error.message).toMatch(/unknown region code "99084"/);
  });

  it("duplicate key: a data line repeated", () => {
    const path = mutatedCopy(SVB, (t) => {
      const line = t.split("\n").find((l) => l.startsWith("30.06.2015;15084;"))!;
      return t.replace(line, `${line}\n${line}`);
    });
    const error = sourceError(() => readExportTable(path));
    expect([error.line, error.field]).toEqual([479, "code"]);
    expect(error.message).toMatch(/duplicate key 30\.06\.2015 \/ 15084 \(first on line 478\)/);
  });

  it("a number where a code belongs: 1508,4 on line 478", () => {
    const path = mutatedCopy(SVB, (t) => t.replace("30.06.2015;15084;", "30.06.2015;1508,4;"));
    const error = sourceError(() => readExportTable(path));
    expect([error.line, error.field]).toEqual([478, "code"]);
    expect(error.message).toMatch(/expected a region code/);
  });

  it("a table other than the one expected", () => {
    const error = sourceError(() => readExportTable(sourcePath(SVB), "13111-02-02-4"));
    expect(error.line).toBe(1);
  });
});
