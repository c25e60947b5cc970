/**
 * Readers for the power-plant and lignite-mine lists in ../shared/sources/kraftwerke/ (PROVENANCE.md §11):
 * - `iwh-stark/Kraftwerke.csv`: MaStR × BNetzA Kraftwerksliste merged by the IWH, one row per plant, Revier labels;
 * - `bnetza/Kraftwerksliste.xlsx`: BNetzA Kraftwerksliste (Datenstand 26.06.2026), one row per unit;
 * - `opsd-2020/conventional_power_plants_DE.csv`: Open Power System Data 2020-10-01, units with coordinates;
 * - `iwh-stark/braunkohletagebaue_2000.csv`: lignite opencast mines active since 2000, compiled from Wikipedia
 *   (CC BY-SA, not official).
 */
import {readFileSync} from "node:fs";

import * as XLSX from "@e965/xlsx";

import {checkXlsx} from "../lib/containers.js";
import {parseDelimited, type DelimitedRecord} from "../lib/delimited.js";
import {readUtf8} from "../lib/encoding.js";
import {SourceError} from "../lib/errors.js";
import {contains, expectRows, minRows, nonNegative, yearWithin} from "../lib/expectations.js";

/** Cells of a record by column name, with the location of each for error messages. */
interface Row {
  line: number;
  get(column: string): string;
}

/** Splits a delimited file into named rows; every column in `required` must be in the header. */
function namedRows(path: string, text: string, delimiter: string, required: readonly string[]): Row[] {
  const records = parseDelimited(text.replace(/^\uFEFF/, ""), delimiter).filter(
    (r) => !(r.cells.length === 1 && r.cells[0] === "")
  );
  const [header, ...body] = records;
  if (!header) throw new SourceError({file: path, line: 1}, "file is empty");
  const index = new Map(header.cells.map((name, i) => [name.trim(), i]));
  for (const column of required) {
    if (!index.has(column)) {
      throw new SourceError({file: path, line: header.line, field: column}, `column "${column}" missing in the header`);
    }
  }
  return body.map((record: DelimitedRecord) => {
    if (record.cells.length !== header.cells.length) {
      throw new SourceError(
        {file: path, line: record.line},
        `expected ${header.cells.length} fields, found ${record.cells.length} (truncated or shifted line?)`
      );
    }
    return {line: record.line, get: (column: string) => (record.cells[index.get(column)!] ?? "").trim()};
  });
}

/** "NA" and empty cells are missing values in the IWH files (written by R). */
function optional(cell: string): string | null {
  return cell === "" || cell === "NA" ? null : cell;
}

function year(path: string, row: Row, column: string, {approximate = false} = {}): number | null {
  const cell = optional(row.get(column));
  if (cell === null) return null;
  const match = (approximate ? /^(?:ca\.\s*)?(\d{4})$/ : /^(\d{4})$/).exec(cell);
  if (!match) throw new SourceError({file: path, line: row.line, field: column}, `expected a year, found "${cell}"`);
  return Number(match[1]);
}

/** One plant of the IWH list. Capacities in MW (the file states kW). */
export interface IwhPlant {
  line: number;
  /** MaStR Kraftwerk number (KWK…), or null where the IWH merge has none. */
  mastr: string | null;
  name: string;
  /** MaStR numbers (SEE…) of the units that make up the plant. */
  units: string[];
  capacityGrossMw: number;
  fuel: string;
  commissioned: number | null;
  shutdownYear: number | null;
  /** Why/how the plant is shut down: KVBG (coal phase-out law), EnWG, reserve, other; null if not planned. */
  shutdownType: string | null;
  plz: string | null;
  landkreis: string;
  ort: string;
  bundesland: string;
  /** "Mitteldeutsches Braunkohlerevier", "Lausitzer Braunkohlerevier", "Rheinisches Braunkohlerevier", … or null. */
  revier: string | null;
  operator: string;
  group: string | null;
}

const IWH_COLUMNS = [
  "nr_KW",
  "name_KW",
  "verknuepfte_einheiten",
  "leistung_brutto",
  "energietraeger",
  "jahr_inbetriebnahme",
  "jahr_stillgelegt",
  "plz",
  "landkreis",
  "ort",
  "bundesland",
  "stillegung_type",
  "Revier",
  "name_betreiber",
  "konzerngruppe"
] as const;

/**
 * What the IWH list must contain (PROVENANCE.md §11: 5,972 plants, MaStR × Kraftwerksliste): all plants, among them the
 * lignite plants of the three Reviere (Mitteldeutsches 4, Lausitzer 3, Rheinisches 10 in the mirrored list; at least
 * 3 each is declared so that a list update does not break the build, a file reduced to its header does). Years may
 * lie ahead (planned commissioning up to 2031, KVBG shutdowns up to 2038), never beyond 2040.
 */
export const IWH_DECLARATION = {
  minPlants: 5000,
  lignitePerRevier: 3,
  reviere: ["Mitteldeutsches Braunkohlerevier", "Lausitzer Braunkohlerevier", "Rheinisches Braunkohlerevier"],
  years: [1880, 2040] as const
};

/** Reads the IWH Kraftwerke.csv (UTF-8, `,`, quoted) and checks its declared content (IWH_DECLARATION). */
export function readIwhPlants(path: string): IwhPlant[] {
  const plants = readIwhRows(path);
  const {minPlants, lignitePerRevier, reviere, years} = IWH_DECLARATION;
  expectRows<IwhPlant>(plants, {
    file: path,
    line: (p) => p.line,
    rules: [
      minRows(minPlants, "plants", "nr_KW"),
      ...reviere.map((revier) =>
        contains<IwhPlant>(
          "Revier",
          (p) => p.revier === revier && /braunkohle/i.test(p.fuel),
          lignitePerRevier,
          `lignite plants in the ${revier}`
        )
      ),
      nonNegative("leistung_brutto", (p) => p.capacityGrossMw),
      yearWithin("jahr_inbetriebnahme", (p) => p.commissioned, years[0], years[1]),
      yearWithin("jahr_stillgelegt", (p) => p.shutdownYear, years[0], years[1])
    ]
  });
  return plants;
}

function readIwhRows(path: string): IwhPlant[] {
  return namedRows(path, readUtf8(path), ",", IWH_COLUMNS).map((row) => {
    const at = (field: string) => ({file: path, line: row.line, field});
    const kw = row.get("leistung_brutto");
    if (!/^\d+(\.\d+)?$/.test(kw)) throw new SourceError(at("leistung_brutto"), `expected kW, found "${kw}"`);
    const mastr = optional(row.get("nr_KW"));
    if (mastr !== null && !/^(KWK|SEE)\d{12}$/.test(mastr)) {
      throw new SourceError(at("nr_KW"), `expected a MaStR number (KWK or SEE + 12 digits), found "${mastr}"`);
    }
    const plzCell = optional(row.get("plz"));
    // Some PLZ lost their leading zero on the way through R ("9463" for 09463): pad them. Plants abroad that feed
    // into the German grid (Austrian pumped storage) have foreign codes ("A-6793"): no German PLZ.
    if (plzCell !== null && !/^(\d{4,5}|[A-Z]{1,2}-\d{4,5})$/.test(plzCell)) {
      throw new SourceError(at("plz"), `expected a 5-digit PLZ, found "${plzCell}"`);
    }
    const plz = plzCell === null || plzCell.includes("-") ? null : plzCell.padStart(5, "0");
    const units = (optional(row.get("verknuepfte_einheiten")) ?? "").split(/,\s*/).filter(Boolean);
    return {
      line: row.line,
      mastr,
      name: row.get("name_KW"),
      units,
      capacityGrossMw: Number(kw) / 1000,
      fuel: row.get("energietraeger"),
      commissioned: year(path, row, "jahr_inbetriebnahme"),
      shutdownYear: year(path, row, "jahr_stillgelegt"),
      shutdownType: optional(row.get("stillegung_type")),
      plz,
      landkreis: row.get("landkreis"),
      ort: row.get("ort"),
      bundesland: row.get("bundesland"),
      revier: optional(row.get("Revier")),
      operator: row.get("name_betreiber"),
      group: optional(row.get("konzerngruppe"))
    };
  });
}

/** One unit of the BNetzA Kraftwerksliste. */
export interface BnetzaUnit {
  /** 1-based row in the sheet. */
  line: number;
  mastr: string;
  name: string;
  status: string;
  commissioned: number | null;
  shutdownYear: number | null;
  grossMw: number | null;
  netMw: number | null;
  fuel: string;
}

const BNETZA_SHEET = "Gesamtkraftwerksliste";
const BNETZA_COLUMNS = [
  "EinheitMastrNummer",
  "Anzeigename",
  "Kraftwerksstatus",
  "Jahr_Inbetriebnahme",
  "Jahr_Stilllegung**",
  "Bruttoleistung_MW",
  "Nettonennleistung_MW",
  "Energietraeger"
] as const;

/** Reads the units of the BNetzA Kraftwerksliste (sheet "Gesamtkraftwerksliste", header row found by its names). */
export function readBnetzaUnits(path: string): BnetzaUnit[] {
  const bytes = readFileSync(path);
  checkXlsx(path, bytes);
  const workbook = XLSX.read(bytes, {type: "buffer"});
  const sheet = workbook.Sheets[BNETZA_SHEET];
  if (!sheet) throw new SourceError({file: path, field: BNETZA_SHEET}, `sheet "${BNETZA_SHEET}" missing`);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, {header: 1, raw: true, defval: null});
  const headerIndex = rows.findIndex((r) => r.includes("EinheitMastrNummer"));
  if (headerIndex < 0) throw new SourceError({file: path, field: "EinheitMastrNummer"}, "header row not found");
  const header = rows[headerIndex]!.map((c) => String(c ?? "").trim());
  const col = new Map(header.map((name, i) => [name, i]));
  for (const column of BNETZA_COLUMNS) {
    if (!col.has(column)) {
      throw new SourceError({file: path, line: headerIndex + 1, field: column}, `column "${column}" missing`);
    }
  }
  const units: BnetzaUnit[] = [];
  rows.slice(headerIndex + 1).forEach((r, i) => {
    const line = headerIndex + 2 + i;
    const cell = (column: string) => r[col.get(column)!];
    const number = (column: string): number | null => {
      const v = cell(column);
      if (v === null || v === "") return null;
      if (typeof v !== "number") {
        throw new SourceError({file: path, line, field: column}, `expected a number, found "${String(v)}"`);
      }
      return v;
    };
    const mastr = String(cell("EinheitMastrNummer") ?? "").trim();
    if (!mastr) return; // aggregated small units (Kleinanlagen_aggregiert) have no number
    units.push({
      line,
      mastr,
      name: String(cell("Anzeigename") ?? "").trim(),
      status: String(cell("Kraftwerksstatus") ?? "").trim(),
      commissioned: number("Jahr_Inbetriebnahme"),
      shutdownYear: number("Jahr_Stilllegung**"),
      grossMw: number("Bruttoleistung_MW"),
      netMw: number("Nettonennleistung_MW"),
      fuel: String(cell("Energietraeger") ?? "").trim()
    });
  });
  return units;
}

/** A BNetzA status that means the unit is shut down for good ("endgültig stillgelegt …"). */
export function isFinallyShut(status: string): boolean {
  return /^endgültig stillgelegt/i.test(status);
}

/** One unit of the OPSD conventional power plant list (2020). */
export interface OpsdUnit {
  line: number;
  id: string;
  name: string;
  block: string;
  postcode: string;
  city: string;
  fuel: string;
  lat: number | null;
  lon: number | null;
}

/** Reads OPSD conventional_power_plants_DE.csv (UTF-8, `,`). */
export function readOpsdUnits(path: string): OpsdUnit[] {
  const columns = ["id", "name_bnetza", "block_bnetza", "postcode", "city", "fuel", "lat", "lon"] as const;
  return namedRows(path, readUtf8(path), ",", columns).map((row) => {
    const coordinate = (column: "lat" | "lon") => {
      const cell = row.get(column);
      if (cell === "") return null;
      const value = Number(cell);
      if (!Number.isFinite(value)) {
        throw new SourceError({file: path, line: row.line, field: column}, `expected degrees, found "${cell}"`);
      }
      return value;
    };
    return {
      line: row.line,
      id: row.get("id"),
      name: row.get("name_bnetza"),
      block: row.get("block_bnetza"),
      postcode: row.get("postcode"),
      city: row.get("city"),
      fuel: row.get("fuel"),
      lat: coordinate("lat"),
      lon: coordinate("lon")
    };
  });
}

/** One lignite opencast mine of the Wikipedia-derived list. */
export interface Mine {
  line: number;
  revier: string;
  name: string;
  place: string | null;
  bundesland: string;
  start: number | null;
  end: number | null;
  /** The end year as written ("ca. 2040", "2015"). */
  endText: string | null;
  status: string;
  operator: string;
}

/** Reads braunkohletagebaue_2000.csv (ASCII, `;`, CRLF). */
export function readMines(path: string): Mine[] {
  const columns = ["Revier", "Name", "Namensgebender_Ort", "Bundesland", "Beginn", "Ende", "Status", "Betreiber"];
  return namedRows(path, readUtf8(path), ";", columns).map((row) => ({
    line: row.line,
    revier: row.get("Revier"),
    name: row.get("Name"),
    place: optional(row.get("Namensgebender_Ort")),
    bundesland: row.get("Bundesland"),
    start: year(path, row, "Beginn"),
    end: year(path, row, "Ende", {approximate: true}),
    endText: optional(row.get("Ende")),
    status: row.get("Status"),
    operator: row.get("Betreiber")
  }));
}
