import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {describe, expect, it} from "vitest";

import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {
  hasBom,
  readGenesisFlatCsv,
  readGenesisMetadata,
  readGenesisTable
} from "../../../data-loaders/sources/genesis-flat-csv.js";

const DIR = "genesis-api-2026/tablefiles/12411-01-01-4";
const CSV = `${DIR}/00_12411-01-01-4_1773175772751_de_flat.csv`;

/** A mutated copy of the real flat CSV in a temp dir; `edit` gets and returns the text. */
function mutated(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "genesis-"));
  const path = join(dir, "00_12411-01-01-4_1_de_flat.csv");
  writeFileSync(path, edit(readFileSync(sourcePath(CSV), "utf8")));
  return path;
}

describe("readGenesisFlatCsv on the real 12411-01-01-4 file (31.12.2024)", () => {
  const data = readGenesisFlatCsv(sourcePath(CSV));
  const find = (code: string, sex: string) =>
    data.observations.find((o) => o.variables[0]!.attribute === code && o.variables[1]!.attribute === sex)!;

  it("reads 1,467 observations with BOM and two variable groups", () => {
    expect(hasBom(sourcePath(CSV))).toBe(true);
    expect(data.observations).toHaveLength(1467);
    expect(data.observations[0]!.variables.map((v) => v.code)).toEqual(["KREISE", "GES"]);
  });

  it("gives Burgenlandkreis 173,684 persons (total = empty attribute code), 88,587 women, 85,097 men", () => {
    expect(find("15084", "").value).toBe(173684);
    expect(find("15084", "").variables[1]!.attributeLabel).toBe("Insgesamt");
    expect(find("15084", "GESW").value).toBe(88587);
    expect(find("15084", "GESM").value).toBe(85097);
    expect(find("15084", "").time).toBe("2024-12-31");
  });

  it('turns "-" (abolished Kreise such as 15151 Anhalt-Zerbst) into null with a flag, never 0', () => {
    const zerbst = find("15151", "");
    expect(zerbst.value).toBeNull();
    expect(zerbst.flag).toBe("-");
  });

  it("reads the metadata: table code, time range 1995–2024 and the dl-de/by-2-0 licence", () => {
    const table = readGenesisTable(sourcePath(DIR));
    expect(table.metadata.code).toBe("12411-01-01-4");
    expect([table.metadata.from, table.metadata.to]).toEqual(["31.12.1995", "31.12.2024"]);
    expect(table.metadata.copyright).toMatch(/Datenlizenz Deutschland - Namensnennung - Version 2\.0/);
  });

  it("reads the Zensus 2022 file with a single variable group (GEOGM4, 12-digit ARS)", () => {
    const zensus = readGenesisTable(sourcePath("genesis-api-2026/tablefiles/1000A-0000"));
    expect(zensus.data.observations).toHaveLength(10787);
    expect(zensus.data.observations[0]!.value).toBe(82719540);
  });
});

describe("readGenesisFlatCsv on malformed copies", () => {
  it("names file and line of a truncated line", () => {
    const path = mutated((t) => t.slice(0, t.lastIndexOf(";")));
    expect(() => readGenesisFlatCsv(path)).toThrow(/00_12411-01-01-4_1_de_flat\.csv:line 1468: expected 17 fields/);
  });

  it("refuses a Windows-1252 copy (wrong encoding)", () => {
    const path = mutated((t) => t);
    const latin1 = Buffer.from(readFileSync(path, "utf8").replace(/^\uFEFF/, ""), "latin1");
    writeFileSync(path, latin1);
    expect(() => readGenesisFlatCsv(path)).toThrow(/not valid UTF-8/);
  });

  it("names a renamed column", () => {
    const path = mutated((t) => t.replace("2_variable_attribute_code", "2_variable_attr_code"));
    expect(() => readGenesisFlatCsv(path)).toThrow(/line 1, field "2_variable_attribute_code": expected column/);
  });

  it("names a missing column group", () => {
    const path = mutated((t) =>
      t
        .split("\n")
        .map((line) =>
          line
            .split(";")
            .filter((_, i) => i !== 16)
            .join(";")
        )
        .join("\n")
    );
    expect(() => readGenesisFlatCsv(path)).toThrow(/line 1: header has 16 columns/);
  });

  it("names a duplicate observation with both lines", () => {
    const path = mutated((t) => {
      const lines = t.split("\n");
      lines[5] = lines[2]!;
      return lines.join("\n");
    });
    expect(() => readGenesisFlatCsv(path)).toThrow(/line 6: duplicate observation .* \(first on line 3\)/);
  });

  it("names a number where a variable code belongs", () => {
    const path = mutated((t) => t.replace(/\n(12411;[^;]*;STAG;Stichtag;2024-12-31;)KREISE;/, "\n$112345;"));
    expect(() => readGenesisFlatCsv(path)).toThrow(/line 2, field "1_variable_code": expected a variable code/);
  });

  it("names a value that is no number", () => {
    const path = mutated((t) => t.replace(";173684;", ";173.684;"));
    expect(() => readGenesisFlatCsv(path)).toThrow(/field "value": expected a number, found "173\.684"/);
  });

  it("refuses metadata with an error status", () => {
    const dir = mkdtempSync(join(tmpdir(), "genesis-meta-"));
    const path = join(dir, "01_table.json");
    const json = JSON.parse(readFileSync(sourcePath(`${DIR}/01_table.json`), "utf8"));
    json.Status = {Code: 90, Content: "Tabelle nicht vorhanden", Type: "Fehler"};
    writeFileSync(path, JSON.stringify(json));
    expect(() => readGenesisMetadata(path)).toThrow(/field "Status.Code": service status 90/);
    copyFileSync(sourcePath(`${DIR}/01_table.json`), path);
    expect(readGenesisMetadata(path).updated).toBe("31.03.2025 11:18:07h");
  });
});
