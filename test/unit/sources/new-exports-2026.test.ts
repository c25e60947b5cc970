import {describe, expect, it} from "vitest";

import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {readKreisTable} from "../../../data-loaders/sources/destatis-kreise.js";
import {readGenesisOnlineExport} from "../../../data-loaders/sources/genesis-online-export.js";
import {findColumn, readExportTable} from "../../../data-loaders/sources/regionaldatenbank-export.js";
import {mutatedCopy, sourceError} from "../../helpers/source-errors.js";

describe("Regionaldatenbank export, layout of 2026 (first line `Tabelle:`)", () => {
  it("reads 13211-02-05-4 of 2025: Burgenlandkreis 7.3 %, Germany 6.3 % on all civilian labour force", () => {
    const table = readExportTable(sourcePath("regionalstatistik-2026/13211-02-05-4_2025.csv"), "13211-02-05-4");
    expect(table.export.version).toBe("2026");
    expect(table.export.stand).toBe("26.02.2026");
    const rate = findColumn(table, ["Arbeitslosenquote bez. auf alle zivile Erwerbsp.", "Prozent"]);
    const cell = (code: string) => table.records.find((r) => r.code === code)!.cells[rate];
    expect(cell("15084")).toBe("7,3");
    expect(cell("DG")).toBe("6,3");
    expect(new Set(table.records.map((r) => r.time))).toEqual(new Set(["2025"]));
  });

  it("still reads the layout of 2021 (`GENESIS-Tabelle:`) and the per-Stichtag WZ files (`Stichtag: 30.06.2016`)", () => {
    const old = readExportTable(sourcePath("regionalstatistik-2021/13211-02-05-4.csv"), "13211-02-05-4");
    expect(old.export.version).toBe("2017");
    const wz = readExportTable(sourcePath("regionalstatistik-2021/13111-07-05-4_2016.csv"), "13111-07-05-4");
    expect(wz.layout).toBe("time-in-title");
    const total = wz.records.find((r) => r.code === "15084" && r.dimensions[0] === "Insgesamt")!;
    expect(total.time).toBe("30.06.2016");
    expect(total.cells[0]).toBe("57168");
  });

  it("names file and line of a shifted data row and rejects an unknown first line", () => {
    const shifted = mutatedCopy("regionalstatistik-2026/13211-02-05-4_2023.csv", (t) =>
      t.replace(/^(2023;15084;[^;]*;)/m, "$1;")
    );
    const error = sourceError(() => readExportTable(shifted));
    expect(error.file).toBe(shifted);
    expect(error.message).toMatch(/expected 16 fields, found 17/);
    const renamed = mutatedCopy("regionalstatistik-2026/13211-02-05-4_2023.csv", (t) =>
      t.replace("Tabelle:", "Table:")
    );
    expect(sourceError(() => readExportTable(renamed)).line).toBe(1);
  });
});

describe("GENESIS-Online export 13211-0007 (Länder × years, value and quality per year)", () => {
  const path = sourcePath("genesis-online-2026/13211-0007.csv");

  it("reads 2010–2025 for 16 Länder: Sachsen-Anhalt 8.0 % in 2025 and 7.3 % in 2021", () => {
    const data = readGenesisOnlineExport(path, "13211-0007");
    expect(data.times[0]).toBe("2010");
    expect(data.times.at(-1)).toBe("2025");
    expect(data.stand).toBe("20.05.2026");
    expect(new Set(data.values.map((v) => v.region)).size).toBe(16);
    const rate = (year: string) =>
      data.values.find(
        (v) =>
          v.region === "Sachsen-Anhalt" &&
          v.measure === "Arbeitslosenquote aller zivilen Erwerbspersonen" &&
          v.time === year
      )!;
    expect(rate("2025")).toMatchObject({value: 8, unit: "Prozent", quality: "e"});
    expect(rate("2021").value).toBe(7.3);
  });

  it("rejects a value that is no number, a missing quality column and a truncated file, naming line and field", () => {
    const text = mutatedCopy("genesis-online-2026/13211-0007.csv", (t) => t.replace(";151305;e;", ";151.305;e;"));
    const error = sourceError(() => readGenesisOnlineExport(text));
    expect(error.line).toBe(73);
    expect(error.field).toBe("Arbeitslose 2010");
    const short = mutatedCopy("genesis-online-2026/13211-0007.csv", (t) => t.replace(";151305;e;", ";151305;"));
    expect(sourceError(() => readGenesisOnlineExport(short)).message).toMatch(/expected 34 fields/);
    const truncated = mutatedCopy("genesis-online-2026/13211-0007.csv", (t) => t.slice(0, t.indexOf("__________")));
    expect(sourceError(() => readGenesisOnlineExport(truncated)).message).toMatch(/truncated/);
    const quality = mutatedCopy("genesis-online-2026/13211-0007.csv", (t) => t.replace(";151305;e;", ";151305;q;"));
    expect(sourceError(() => readGenesisOnlineExport(quality)).message).toMatch(/quality marker "q"/);
  });
});

describe("Destatis Kreis table 04-kreise-2018.xlsx", () => {
  it("gives the exact population of 31.12.2018: Burgenlandkreis 180,190, Germany 83,019,213, 401 Kreise", () => {
    const table = readKreisTable(sourcePath("destatis-kreise/04-kreise-2018.xlsx"));
    expect(table.gebietsstand).toBe("31.12.2018");
    const get = (code: string) => table.rows.find((r) => r.code === code)!;
    expect(get("15084")).toMatchObject({total: 180190, male: 89353, female: 90837, name: "Burgenlandkreis"});
    expect(get("DG").total).toBe(83019213);
    expect(get("15").total).toBe(2208321);
    expect(table.rows.filter((r) => r.code.length === 5)).toHaveLength(401);
  });
});
