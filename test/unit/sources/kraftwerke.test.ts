/**
 * Readers of ../shared/sources/kraftwerke/ on the real files (PROVENANCE.md §11) and on broken copies in a temp
 * directory: missing column, a word where the capacity belongs, a truncated line, a malformed year.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {afterAll, describe, expect, it} from "vitest";

import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {
  isFinallyShut,
  readBnetzaUnits,
  readIwhPlants,
  readMines,
  readOpsdUnits
} from "../../../data-loaders/sources/kraftwerke.js";

const IWH = sourcePath("kraftwerke/iwh-stark/Kraftwerke.csv");
const MINES = sourcePath("kraftwerke/iwh-stark/braunkohletagebaue_2000.csv");
const dir = mkdtempSync(join(tmpdir(), "kraftwerke-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** A copy of `path` with `edit` applied to its text. */
function mutated(path: string, name: string, edit: (text: string) => string): string {
  const copy = join(dir, name);
  writeFileSync(copy, edit(readFileSync(path, "utf8")));
  return copy;
}

describe("readIwhPlants", () => {
  const plants = readIwhPlants(IWH);

  it("reads all 5,972 plants of the IWH list", () => {
    expect(plants).toHaveLength(5972);
  });

  it("gives Lippendorf 1,884 MW gross (file: 1884000 kW), commissioned 1999, shutdown 2035 under the KVBG", () => {
    const lippendorf = plants.find((p) => p.name === "Kraftwerk Lippendorf")!;
    expect(lippendorf).toMatchObject({
      mastr: "KWK934944666445",
      capacityGrossMw: 1884,
      commissioned: 1999,
      shutdownYear: 2035,
      shutdownType: "KVBG",
      landkreis: "Leipzig",
      ort: "Neukieritzsch",
      revier: "Mitteldeutsches Braunkohlerevier",
      plz: "04575"
    });
    expect(lippendorf.units).toHaveLength(2);
  });

  it("restores the leading zero of a 4-digit PLZ and leaves foreign codes out", () => {
    expect(plants.every((p) => p.plz === null || /^\d{5}$/.test(p.plz))).toBe(true);
    expect(plants.filter((p) => p.plz === null).length).toBe(52 + 12); // 52 "NA" + 12 "A-…"
  });

  it("refuses a file whose capacity column was renamed, naming the column", () => {
    const copy = mutated(IWH, "renamed.csv", (t) => t.replace("leistung_brutto", "leistung"));
    expect(() => readIwhPlants(copy)).toThrow(/renamed\.csv:line 1, field "leistung_brutto": column .* missing/);
  });

  it("refuses a word where the capacity belongs, naming line and field", () => {
    const copy = mutated(IWH, "word.csv", (t) => t.replace(",4440000,", ",viel,"));
    expect(() => readIwhPlants(copy)).toThrow(/word\.csv:line 2, field "leistung_brutto": expected kW, found "viel"/);
  });

  it("refuses a truncated last line", () => {
    const copy = mutated(IWH, "truncated.csv", (t) => t.slice(0, t.trimEnd().lastIndexOf(",") - 30));
    expect(() => readIwhPlants(copy)).toThrow(/truncated\.csv:line 5973: expected 23 fields/);
  });

  it("refuses a malformed year", () => {
    const copy = mutated(IWH, "year.csv", (t) => t.replace(",1999,2035,", ",1999,20x5,"));
    expect(() => readIwhPlants(copy)).toThrow(/field "jahr_stillgelegt": expected a year, found "20x5"/);
  });
});

describe("readBnetzaUnits", () => {
  const units = readBnetzaUnits(sourcePath("kraftwerke/bnetza/Kraftwerksliste.xlsx"));

  it("reads Lippendorf block R: 942 MW gross, 891 MW net, in operation (Datenstand 26.06.2026)", () => {
    const r = units.find((u) => u.mastr === "SEE966331411864")!;
    expect(r).toMatchObject({name: "Kraftwerk Lippendorf Block R", grossMw: 942, netMw: 891, status: "InBetrieb"});
  });

  it("marks IKW Deuben as finally shut down in 2022 under the KVBG", () => {
    const deuben = units.find((u) => u.mastr === "SEE999977738880")!;
    expect(deuben.shutdownYear).toBe(2022);
    expect(isFinallyShut(deuben.status)).toBe(true);
    expect(isFinallyShut("InBetrieb")).toBe(false);
  });
});

describe("readOpsdUnits", () => {
  it("has coordinates for Schkopau A in Sachsen-Anhalt", () => {
    const unit = readOpsdUnits(sourcePath("kraftwerke/opsd-2020/conventional_power_plants_DE.csv")).find(
      (u) => u.id === "BNA0878"
    )!;
    expect(unit).toMatchObject({name: "Schkopau", block: "A", fuel: "Lignite"});
    expect(unit.lat).toBeCloseTo(51.398, 3);
    expect(unit.lon).toBeCloseTo(11.95, 3);
  });
});

describe("readMines", () => {
  const mines = readMines(MINES);

  it("lists the 13 mines with Profen, Vereinigtes Schleenhain and Amsdorf in the Mitteldeutsches Revier", () => {
    expect(mines).toHaveLength(13);
    expect(
      mines
        .filter((m) => m.revier === "Mitteldeutsches Braunkohlerevier")
        .map((m) => m.name)
        .sort()
    ).toEqual(["Amsdorf", "Profen", "Vereinigtes Schleenhain"]);
  });

  it("reads 'ca. 2040' as 2040 and keeps the text", () => {
    const schleenhain = mines.find((m) => m.name === "Vereinigtes Schleenhain")!;
    expect(schleenhain).toMatchObject({start: 1949, end: 2040, endText: "ca. 2040", operator: "MIBRAG"});
  });

  it("refuses a missing column", () => {
    const copy = mutated(MINES, "mines.csv", (t) => t.replace(";Beginn;", ";Start;"));
    expect(() => readMines(copy)).toThrow(/mines\.csv:line 1, field "Beginn"/);
  });
});
