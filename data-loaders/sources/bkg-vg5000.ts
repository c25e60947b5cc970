/**
 * Reader for the BKG VG5000 administrative boundaries (Stand 01.01.2021) as shipped in the "ebenen" shapefile
 * product: one `VG5000_<LEVEL>.shp/.shx/.dbf/.prj/.cpg` per level, in DHDN / Gauß-Krüger zone 3 (EPSG:31467).
 * Features come back in WGS84 (longitude, latitude) with the attributes the dashboard needs.
 *
 * Source: ../shared/sources/bkg-vg5000-2021/shape/ (PROVENANCE.md §9). © GeoBasis-DE / BKG 2021, dl-de/by-2-0.
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

import type {Geometry, MultiPolygon, Polygon, Position} from "geojson";
import proj4 from "proj4";
import * as shapefile from "shapefile";

import {SourceError} from "../lib/errors.js";

/** The levels of the VG5000 "ebenen" product. */
export type Vg5000Level = "STA" | "LAN" | "RBZ" | "KRS" | "VWG" | "GEM";

/**
 * DHDN / 3-degree Gauß-Krüger zone 3 to WGS84. The towgs84 Helmert parameters are the ones PROVENANCE.md §9 used for
 * the derived GeoJSON of the mirror (BKG's nationwide set for DHDN); without them positions shift by ~100 m.
 */
export const DHDN_GK3 =
  "+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel " +
  "+towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs";

const toWgs84 = proj4(DHDN_GK3, "WGS84");

/**
 * Geofaktor (GF): whether a record is land or water. VG250 codes 1/2 water and 3/4 land (without/with structure).
 * VG5000 2021 codes land with structure 9 and water with structure 8: every KRS, VWG and GEM record is 9, while
 * VG5000_LAN has 16 records with GF 9 (one per Land) plus 9 with GF 8 for the coastal waters and the Bodensee.
 * Land is kept, water parts are dropped so that no region is drawn twice; any other value is an error.
 */
const GF_KEEP = new Set([4, 9]);
const GF_DROP = new Set([1, 2, 3, 8]);

/** Attributes kept from the dbf. `ars` is the Amtlicher Regionalschlüssel: 2 digits Land … 12 digits Gemeinde. */
export interface Vg5000Feature {
  ars: string;
  ags: string;
  /** Geographical name (GEN), e.g. "Burgenlandkreis", "Halle (Saale)". */
  name: string;
  /** Designation (BEZ), e.g. "Landkreis", "Kreisfreie Stadt", "Stadt", "Gemeinde". */
  kind: string;
  geofactor: number;
  /** Polygon or MultiPolygon in WGS84 degrees. */
  geometry: Polygon | MultiPolygon;
  /** 1-based record number in the dbf, for error messages. */
  record: number;
}

/** Length of the ARS of each level ("ebenen" product: Kreis 5, Gemeinde 12 digits). */
const ARS_LENGTH: Record<Vg5000Level, number> = {STA: 2, LAN: 2, RBZ: 3, KRS: 5, VWG: 9, GEM: 12};

/** Paths of the files of one level; throws a SourceError naming the first one that is missing. */
export function vg5000Files(dir: string, level: Vg5000Level): {shp: string; dbf: string; prj: string; cpg: string} {
  const base = join(dir, `VG5000_${level}`);
  const files = {shp: `${base}.shp`, dbf: `${base}.dbf`, prj: `${base}.prj`, cpg: `${base}.cpg`};
  for (const path of [files.shp, files.dbf, files.prj]) {
    if (!existsSync(path)) {
      throw new SourceError({file: path}, `file missing: a shapefile needs .shp, .dbf and .prj side by side`);
    }
  }
  return files;
}

/**
 * Checks that a .prj declares DHDN / Gauß-Krüger zone 3 (EPSG:31467): datum DHDN, Bessel ellipsoid, central
 * meridian 9°, false easting 3,500,000 m. Any other CRS would be projected wrongly, so it is an error.
 */
export function checkPrj(path: string): void {
  const wkt = readFileSync(path, "utf8");
  const number = (name: string) => Number(new RegExp(`PARAMETER\\["${name}",\\s*([-\\d.]+)\\]`, "i").exec(wkt)?.[1]);
  const problems: string[] = [];
  if (!/Deutsches_Hauptdreiecksnetz|DHDN/i.test(wkt)) problems.push("datum is not DHDN");
  if (!/Bessel/i.test(wkt)) problems.push("ellipsoid is not Bessel 1841");
  if (!/Gauss_Kruger|Transverse_Mercator/i.test(wkt)) problems.push("projection is not Gauß-Krüger");
  if (number("Central_Meridian") !== 9) problems.push("central meridian is not 9°");
  if (number("False_Easting") !== 3500000) problems.push("false easting is not 3500000 m");
  if (problems.length) {
    throw new SourceError(
      {file: path, line: 1, field: "PROJCS"},
      `expected EPSG:31467 (DHDN / 3-degree Gauss-Kruger zone 3): ${problems.join(", ")}`
    );
  }
}

/** The dbf encoding named in the .cpg (BKG writes "UTF-8"); without a .cpg the dBASE default Windows-1252. */
export function dbfEncoding(cpgPath: string): string {
  if (!existsSync(cpgPath)) return "windows-1252";
  const bytes = readFileSync(cpgPath);
  const label = bytes.toString("latin1").trim();
  if (!/^[\x20-\x7e]{1,40}$/.test(label)) {
    throw new SourceError(
      {file: cpgPath, line: 1, field: "code page", rule: ".cpg names a code page"},
      `not a code page name (${bytes.length} bytes, binary or empty)`
    );
  }
  try {
    new TextDecoder(label);
  } catch {
    throw new SourceError(
      {file: cpgPath, line: 1, field: "code page", rule: ".cpg names a code page"},
      `unknown code page "${label}"`
    );
  }
  return label;
}

/** Signs that a name was decoded in the wrong code page: U+FFFD, or UTF-8 bytes read as Latin-1 ("Ã¼"). */
const WRONGLY_DECODED = /\uFFFD|Ã[\u0080-\u00bf]/;

function projectRing(ring: Position[]): Position[] {
  // Six decimals are ~0.1 m, far below the 1:5 million generalisation; it keeps the intermediate JSON small.
  return ring.map(([x, y]) => toWgs84.forward([x!, y!]).map((v) => Math.round(v * 1e6) / 1e6));
}

function projectGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === "Polygon") return {type: "Polygon", coordinates: geometry.coordinates.map(projectRing)};
  return {type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map(projectRing))};
}

/**
 * Reads one level of VG5000 from `dir` (the `shape/` folder): checks the files and the CRS, decodes the dbf in the
 * .cpg's encoding, drops water-only parts (GF, see above), and projects to WGS84. Throws a SourceError naming file,
 * record (reported as the line) and field for a missing file, a wrong CRS, an unknown GF or a malformed ARS.
 */
export async function readVg5000(dir: string, level: Vg5000Level): Promise<Vg5000Feature[]> {
  const files = vg5000Files(dir, level);
  checkPrj(files.prj);
  const encoding = dbfEncoding(files.cpg);
  let source;
  try {
    source = await shapefile.open(files.shp, files.dbf, {encoding});
  } catch (error) {
    throw new SourceError({file: files.shp}, `cannot open shapefile: ${(error as Error).message}`);
  }
  const features: Vg5000Feature[] = [];
  const arsLength = ARS_LENGTH[level];
  for (let record = 1; ; record++) {
    let next;
    try {
      next = await source.read();
    } catch (error) {
      throw new SourceError({file: files.shp, line: record}, `record unreadable (truncated file?): ${String(error)}`);
    }
    if (next.done) break;
    const {properties, geometry} = next.value;
    const where = (field: string) => ({file: files.dbf, line: record, field});
    const ars = properties.ARS;
    if (typeof ars !== "string") throw new SourceError(where("ARS"), "column ARS missing");
    if (!new RegExp(`^\\d{${arsLength}}$`).test(ars)) {
      throw new SourceError(where("ARS"), `expected a ${arsLength}-digit code for level ${level}, found "${ars}"`);
    }
    const gf = properties.GF;
    if (typeof gf !== "number" || !(GF_KEEP.has(gf) || GF_DROP.has(gf))) {
      throw new SourceError(where("GF"), `unknown Geofaktor ${String(gf)} (expected 1–4, 8 or 9)`);
    }
    if (GF_DROP.has(gf)) continue;
    const name = properties.GEN;
    if (typeof name !== "string" || name.trim() === "") throw new SourceError(where("GEN"), "name missing");
    if (WRONGLY_DECODED.test(name)) {
      // The .cpg is the cause, not the dbf: name it first.
      throw new SourceError(
        {file: files.cpg, line: 1, field: "code page", rule: "names decode in the .cpg's code page"},
        `"${encoding}" decodes ${files.dbf} record ${record} field GEN as "${name}": the .cpg names the wrong code page`
      );
    }
    if (!isPolygonal(geometry)) {
      throw new SourceError(
        {file: files.shp, line: record, field: "geometry"},
        `expected a polygon, found ${geometry?.type ?? "none"}`
      );
    }
    features.push({
      ars,
      ags: String(properties.AGS ?? ""),
      name: name.trim(),
      kind: String(properties.BEZ ?? "").trim(),
      geofactor: gf,
      geometry: projectGeometry(geometry),
      record
    });
  }
  if (features.length === 0) throw new SourceError({file: files.shp}, "no features with land area");
  return features;
}

function isPolygonal(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
  return geometry?.type === "Polygon" || geometry?.type === "MultiPolygon";
}

/**
 * The 8-digit AGS of a Gemeinde from its 12-digit ARS: Land (2) + Regierungsbezirk (1) + Kreis (2) + Gemeinde (the
 * last 3 digits); digits 6–9 are the Gemeindeverband, which the AGS leaves out.
 */
export function agsFromArs(ars: string): string {
  if (!/^\d{12}$/.test(ars)) throw new Error(`expected a 12-digit ARS, found "${ars}"`);
  return ars.slice(0, 5) + ars.slice(9);
}
