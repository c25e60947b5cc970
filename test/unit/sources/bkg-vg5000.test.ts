/**
 * The VG5000 reader on the real shapefiles (../shared/sources/bkg-vg5000-2021/shape, Länder level: 16 records) and on
 * broken copies made in a temp directory: missing .dbf, wrong CRS in the .prj, truncated .shp, unknown Geofaktor,
 * malformed ARS.
 */
import {copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {afterEach, beforeEach, describe, expect, it} from "vitest";

import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {agsFromArs, checkPrj, readVg5000} from "../../../data-loaders/sources/bkg-vg5000.js";

const SHAPE = sourcePath("bkg-vg5000-2021/shape");
const EXTENSIONS = ["shp", "shx", "dbf", "prj", "cpg"];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "vg5000-"));
  for (const ext of EXTENSIONS) copyFileSync(join(SHAPE, `VG5000_LAN.${ext}`), join(dir, `VG5000_LAN.${ext}`));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

/** Overwrites field `name` of dbf record `record` (1-based) with `value`, padded to the field width (dBASE III). */
function setDbfField(path: string, record: number, name: string, value: string): void {
  const bytes = readFileSync(path);
  const headerLength = bytes.readUInt16LE(8);
  const recordLength = bytes.readUInt16LE(10);
  let offset = 1; // the deletion flag precedes the fields
  for (let at = 32; bytes[at] !== 0x0d; at += 32) {
    const fieldName = bytes.toString("latin1", at, at + 11).replace(/\0.*$/, "");
    const width = bytes[at + 16]!;
    if (fieldName === name) {
      const start = headerLength + (record - 1) * recordLength + offset;
      bytes.write(value.padStart(width).slice(0, width), start, "latin1");
      writeFileSync(path, bytes);
      return;
    }
    offset += width;
  }
  throw new Error(`no field ${name}`);
}

describe("readVg5000", () => {
  it("reads the 16 Länder with names from the UTF-8 dbf and WGS84 coordinates", async () => {
    const lander = await readVg5000(dir, "LAN");
    expect(lander.map((l) => l.ars).sort()).toEqual(
      ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16"].sort()
    );
    expect(lander.find((l) => l.ars === "16")?.name).toBe("Thüringen");
    const geometry = lander.find((l) => l.ars === "15")!.geometry;
    const ring = geometry.type === "Polygon" ? geometry.coordinates[0]! : geometry.coordinates[0]![0]!;
    const [lon, lat] = ring[0]!;
    // Sachsen-Anhalt lies between 10.5–13.2 °E and 50.9–53.1 °N; Gauß-Krüger metres would be millions.
    expect(lon).toBeGreaterThan(10.5);
    expect(lon).toBeLessThan(13.3);
    expect(lat).toBeGreaterThan(50.9);
    expect(lat).toBeLessThan(53.1);
  });

  it("refuses a shapefile whose .dbf is missing, naming the file", async () => {
    unlinkSync(join(dir, "VG5000_LAN.dbf"));
    await expect(readVg5000(dir, "LAN")).rejects.toThrow(/VG5000_LAN\.dbf.*file missing/);
  });

  it("refuses a .prj in another CRS (ETRS89 / UTM 32N) instead of projecting it wrongly", async () => {
    writeFileSync(
      join(dir, "VG5000_LAN.prj"),
      'PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
        'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
        'PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],' +
        'PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]'
    );
    await expect(readVg5000(dir, "LAN")).rejects.toThrow(
      /VG5000_LAN\.prj:line 1, field "PROJCS": expected EPSG:31467.*datum is not DHDN.*false easting/
    );
  });

  it("accepts the real .prj of every level", () => {
    for (const level of ["STA", "LAN", "RBZ", "KRS", "VWG", "GEM"]) {
      expect(() => checkPrj(join(SHAPE, `VG5000_${level}.prj`))).not.toThrow();
    }
  });

  it("reports a truncated .shp with the file and the record that broke", async () => {
    const shp = join(dir, "VG5000_LAN.shp");
    truncateSync(shp, Math.floor(readFileSync(shp).length / 2));
    await expect(readVg5000(dir, "LAN")).rejects.toThrow(/VG5000_LAN\.shp:line \d+.*truncated/);
  });

  it("refuses an unknown Geofaktor, naming dbf record and field", async () => {
    setDbfField(join(dir, "VG5000_LAN.dbf"), 3, "GF", "7");
    await expect(readVg5000(dir, "LAN")).rejects.toThrow(/VG5000_LAN\.dbf:line 3, field "GF": unknown Geofaktor 7/);
  });

  it("drops the coastal-water and Bodensee parts (GF 8): 25 records, 16 Länder", async () => {
    const lander = await readVg5000(dir, "LAN");
    expect(lander).toHaveLength(16);
    expect(new Set(lander.map((l) => l.geofactor))).toEqual(new Set([9]));
    expect(Math.max(...lander.map((l) => l.record))).toBeLessThanOrEqual(25);
  });

  it("drops a record marked as water (GF 2), so that no area is drawn twice", async () => {
    const hamburg = (await readVg5000(dir, "LAN")).find((l) => l.ars === "02")!;
    setDbfField(join(dir, "VG5000_LAN.dbf"), hamburg.record, "GF", "2");
    const lander = await readVg5000(dir, "LAN");
    expect(lander).toHaveLength(15);
    expect(lander.some((l) => l.ars === "02")).toBe(false);
  });

  it("refuses a malformed ARS (a letter where a digit belongs)", async () => {
    setDbfField(join(dir, "VG5000_LAN.dbf"), 5, "ARS", "1X");
    await expect(readVg5000(dir, "LAN")).rejects.toThrow(/line 5, field "ARS": expected a 2-digit code.*"1X"/);
  });
});

describe("agsFromArs", () => {
  it("keeps Land, Regierungsbezirk, Kreis and the last three digits (Halle: 150020000000 → 15002000)", () => {
    expect(agsFromArs("150020000000")).toBe("15002000");
    // Elsteraue, Burgenlandkreis: Verband 5054 is dropped.
    expect(agsFromArs("150845054125")).toBe("15084125");
  });

  it("refuses a code that is not 12 digits", () => {
    expect(() => agsFromArs("15084125")).toThrow(/12-digit/);
  });
});
