import {basename} from "node:path";

import * as XLSX from "@e965/xlsx";

import {readXlsx} from "../lib/containers.js";
import {parseDelimited} from "../lib/delimited.js";
import {readUtf8} from "../lib/encoding.js";
import {SourceError} from "../lib/errors.js";
import {count, expectRows, nonNegative, totalOfParts} from "../lib/expectations.js";
import {SPECIAL_VALUES} from "../lib/values.js";

/**
 * The Destatis Gemeindeverzeichnis "Auszug GV" (GV-ISys): one record per Land (Satzart 10), Regierungsbezirk (20),
 * Region (30), Kreis (40), Gemeindeverband (50) and Gemeinde (60). Two layouts:
 * - 1983–1990: `Satzart, Land, RB, Kreis, Gemeinde, Name, Stadtrechte, Verband-Schlüssel, Verband-Name, Fläche,
 *   Bevölkerung insg./m/w/je km²` (no Textkennzeichen, no Verband part in the key);
 * - 1994 onwards: `Satzart, Textkennzeichen, Land, RB, Kreis, VB, Gem, Name, Fläche, Bevölkerung insg./m/w/je km²,
 *   PLZ`, from 2009 with `Längengrad, Breitengrad` (numbers in 2009, text with decimal comma from 2013).
 * Row 5 of the sheet states the Gebietsstand and the population date; they differ (the 2024 extract has the
 * Gebietsstand 31.12.2024 and the population of 31.12.2023). See ../shared/sources/API-FORMATS.md §4.
 */
export interface GvRecord {
  /** Spreadsheet row (1-based) or CSV line. */
  line: number;
  satzart: "10" | "20" | "30" | "40" | "50" | "60";
  /** Textkennzeichen (41 kreisfreie Stadt … 63 Stadt, 64 kreisangehörige Gemeinde …); null before 1994. */
  textkennzeichen: string | null;
  land: string;
  rb: string;
  kreis: string;
  /** Gemeindeverband part of the ARS (4 digits); "" where the layout has none. */
  vb: string;
  gem: string;
  name: string;
  area_km2: number | null;
  population: number | null;
  male: number | null;
  female: number | null;
  /** Town rights: Textkennzeichen 60/61/62/63/67, or "x" in the old layout. */
  stadt: boolean;
  lon: number | null;
  lat: number | null;
  /** Old layout only: the Verband the Gemeinde belongs to. */
  verbandKey: string | null;
  verbandName: string | null;
}

export interface GvTable {
  file: string;
  /** Territorial status, dd.mm.yyyy. */
  gebietsstand: string;
  /** Reference date of the population columns, dd.mm.yyyy. */
  populationDate: string;
  records: GvRecord[];
}

const SATZARTEN = new Set(["10", "20", "30", "40", "50", "60"]);
const STADT_TKZ = new Set(["60", "61", "62", "63", "67"]);

/** 8-digit Gemeindeschlüssel (AGS) of a Satzart-60 record. */
export function ags(record: GvRecord): string {
  return record.land + record.rb + record.kreis + record.gem;
}

/** 5-digit Kreis key of a record. */
export function kreisKey(record: GvRecord): string {
  return record.land + record.rb + record.kreis;
}

/** 9-digit Gemeindeverband key (Kreis + VB) of a record from 1994 on. */
export function verbandKey(record: GvRecord): string {
  return kreisKey(record) + record.vb;
}

type Cell = string | number | null | undefined;

/** Reads the Gemeinde sheet (the second sheet) of an "Auszug GV" workbook, once; only that sheet is parsed. */
export function readGvWorkbook(path: string): GvTable {
  const workbook = readXlsx(path, {sheets: 1});
  const name = workbook.SheetNames[1];
  const sheet = name ? workbook.Sheets[name] : undefined;
  if (!sheet) throw new SourceError({file: path}, "no Gemeinde sheet (expected the second sheet)");
  const rows = XLSX.utils.sheet_to_json<Cell[]>(sheet, {header: 1, raw: true, defval: null, blankrows: true});
  return parseGvRows(rows, path, `sheet "${name}"`);
}

/** Parses the rows of a GV sheet (or of its CSV conversion, header included). */
export function parseGvRows(
  rows: Cell[][],
  path: string,
  where = "",
  lineOf: (index: number) => number = (index) => index + 1
): GvTable {
  const at = (row: number) => `${where ? where + " " : ""}row ${row + 1}`;
  const head = (rows[2] ?? []).map(text);
  const oldLayout = head[1] === "Gemeindeschlüssel";
  if (!oldLayout && !/^Text-?kenn-?zeichen$/.test(head[1] ?? "")) {
    throw new SourceError(
      {file: path, line: 3, field: "B3"},
      `expected "Text-kenn-zeichen" or "Gemeindeschlüssel", found "${head[1] ?? ""}" (${at(2)})`
    );
  }
  const dates = (rows[4] ?? []).map(text);
  const gebietsstand = /Gebietsstand am (\d{2}\.\d{2}\.\d{4})/.exec(dates[oldLayout ? 1 : 2] ?? "")?.[1];
  const populationDate = [dates[9], dates[8]].map((c) => /(\d{2}\.\d{2}\.\d{4})/.exec(c ?? "")?.[1]).find(Boolean);
  if (!gebietsstand || !populationDate) {
    throw new SourceError({file: path, line: 5}, `no "Gebietsstand am dd.mm.yyyy" / population date in ${at(4)}`);
  }
  const columns = oldLayout
    ? {tkz: -1, land: 1, rb: 2, kreis: 3, vb: -1, gem: 4, name: 5, area: 9, pop: 10, lon: -1}
    : {tkz: 1, land: 2, rb: 3, kreis: 4, vb: 5, gem: 6, name: 7, area: 8, pop: 9, lon: -1};
  // Coordinates exist from 2009 on; before, column 15 holds a PLZ marker ("*": several postcodes).
  if (!oldLayout && /Mittelpunktkoordinaten/.test(head[14] ?? "")) columns.lon = 14;
  const records: GvRecord[] = [];
  for (let r = 6; r < rows.length; r++) {
    const row = rows[r]!;
    const line = lineOf(r);
    const satzart = text(row[0]);
    if (satzart === "" && row.every((c) => text(c) === "")) continue;
    // The sheets end with footnotes ("1) …", "© Statistisches Bundesamt").
    if (!/^\d+$/.test(satzart)) {
      if (records.length && row.slice(1).every((c) => text(c) === "")) continue;
      throw new SourceError({file: path, line, field: "Satzart"}, `expected a Satzart, found "${satzart}"`);
    }
    if (!SATZARTEN.has(satzart)) {
      throw new SourceError({file: path, line, field: "Satzart"}, `unknown Satzart "${satzart}"`);
    }
    const location = (field: string) => ({file: path, line, field});
    const digits = (index: number, length: number, field: string, required: boolean): string => {
      const value = text(row[index]);
      if (value === "" && !required) return "";
      if (!new RegExp(`^\\d{${length}}$`).test(value)) {
        throw new SourceError(location(field), `expected ${length} digits, found "${value}"`);
      }
      return value;
    };
    const level = Number(satzart);
    const gemeinde = satzart === "60";
    const record: GvRecord = {
      line,
      satzart: satzart as GvRecord["satzart"],
      textkennzeichen: columns.tkz >= 0 ? text(row[columns.tkz]) || null : null,
      land: digits(columns.land, 2, "Land", true),
      rb: digits(columns.rb, 1, "RB", level >= 40),
      // Satzart 30 (Region, Baden-Württemberg) has a one-digit region number in the Kreis column.
      kreis: digits(columns.kreis, satzart === "30" ? 1 : 2, "Kreis", level >= 30),
      vb: columns.vb >= 0 ? digits(columns.vb, 4, "VB", level >= 50) : "",
      gem: digits(columns.gem, 3, "Gem", gemeinde),
      name: text(row[columns.name]),
      area_km2: gemeinde ? number(row[columns.area], location("Fläche")) : null,
      population: gemeinde ? integer(row[columns.pop], location("Bevölkerung insgesamt")) : null,
      male: gemeinde ? integer(row[columns.pop + 1], location("Bevölkerung männlich")) : null,
      female: gemeinde ? integer(row[columns.pop + 2], location("Bevölkerung weiblich")) : null,
      stadt: oldLayout ? text(row[6]) === "x" : STADT_TKZ.has(text(row[columns.tkz])),
      lon: gemeinde && columns.lon >= 0 ? number(row[columns.lon], location("Längengrad")) : null,
      lat: gemeinde && columns.lon >= 0 ? number(row[columns.lon + 1], location("Breitengrad")) : null,
      verbandKey: oldLayout ? text(row[7]) || null : null,
      verbandName: oldLayout ? text(row[8]) || null : null
    };
    if (!record.name) throw new SourceError(location("Name"), "empty name");
    records.push(record);
  }
  if (!records.some((r) => r.satzart === "60")) throw new SourceError({file: path}, "no Gemeinde records (Satzart 60)");
  // What a Gemeinde record must hold: persons ≥ 0 (a negative cell would be summed into Kreis, Land and Germany),
  // area ≥ 0, insgesamt = männlich + weiblich.
  expectRows(
    records.filter((r) => r.satzart === "60"),
    {
      file: path,
      line: (r) => r.line,
      rules: [
        count("Bevölkerung insgesamt", (r) => r.population),
        count("Bevölkerung männlich", (r) => r.male),
        count("Bevölkerung weiblich", (r) => r.female),
        nonNegative("Fläche", (r) => r.area_km2),
        totalOfParts(
          "Bevölkerung insgesamt",
          (r) => r.population,
          [(r) => r.male, (r) => r.female],
          "männlich + weiblich"
        )
      ]
    }
  );
  return {file: basename(path), gebietsstand, populationDate, records: dropRepeats(records, path)};
}

/**
 * One record per AGS. The 2017 extract repeats some uninhabited gemeindefreie Gebiete (e.g. 09273444, Landkreis
 * Kelheim) as identical rows; such exact repeats are dropped, any other repeat is an error.
 */
function dropRepeats(records: GvRecord[], path: string): GvRecord[] {
  const seen = new Map<string, GvRecord>();
  const kept: GvRecord[] = [];
  for (const record of records) {
    if (record.satzart === "60") {
      const key = ags(record);
      const first = seen.get(key);
      if (first) {
        if (JSON.stringify({...first, line: 0}) === JSON.stringify({...record, line: 0})) continue;
        throw new SourceError(
          {file: path, line: record.line, field: "AGS"},
          `duplicate Gemeinde ${key} (first on line ${first.line})`
        );
      }
      seen.set(key, record);
    }
    kept.push(record);
  }
  return kept;
}

/**
 * Reads `destatis-gv/q4-2020/AuszugGV4QAktuell.csv`: the Q4-2020 extract converted to CSV by a third party
 * (`,`-separated, one renamed header line, numbers with space thousand separators, coordinates with decimal comma).
 * The title rows with the dates were lost in the conversion, so the caller states them (PROVENANCE.md §6:
 * Gebietsstand 31.12.2020, population 31.12.2019).
 */
export function readGvCsv(path: string, dates: {gebietsstand: string; populationDate: string}): GvTable {
  const records = parseDelimited(readUtf8(path), ",").filter((r) => r.cells.some((c) => c !== ""));
  const expected = ["satzart", "textkennzeichen", "land", "rb", "kreis", "vb", "gemeinde", "gemeindename", "flaeche"];
  const header = records[0]?.cells ?? [];
  expected.forEach((name, i) => {
    if (header[i] !== name) {
      throw new SourceError(
        {file: path, line: 1, field: name},
        `expected column "${name}", found "${header[i] ?? ""}"`
      );
    }
  });
  const width = header.length;
  for (const record of records.slice(1)) {
    if (record.cells.length !== width) {
      throw new SourceError({file: path, line: record.line}, `expected ${width} fields, found ${record.cells.length}`);
    }
  }
  // Lay the CSV out like the sheet (six header rows) so one parser serves both; line numbers are kept.
  const head: Cell[][] = [
    [],
    [],
    ["Satz-art", "Text-kenn-zeichen", ...Array<null>(12).fill(null), "Geografische Mittelpunktkoordinaten"],
    [],
    [
      null,
      null,
      `Gebietsstand am ${dates.gebietsstand}`,
      null,
      null,
      null,
      null,
      null,
      null,
      `am ${dates.populationDate}`
    ],
    []
  ];
  const body = records.slice(1).map((r) => r.cells.map((c) => c.replace(/^(-?[\d ]+)$/, (m) => m.replace(/ /g, ""))));
  // Row index 6 + k of the laid-out rows is CSV record k + 1.
  return parseGvRows([...head, ...body], path, "", (index) => records[index - 5]?.line ?? index + 1);
}

function text(cell: Cell): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/** A number cell: a number, or text with decimal comma or point; empty → null. Text that is no number is an error. */
function number(cell: Cell, where: {file: string; line: number; field: string}): number | null {
  if (typeof cell === "number") return cell;
  const value = text(cell);
  if (value === "") return null;
  if (!/^-?\d+([.,]\d+)?$/.test(value)) throw new SourceError(where, `expected a number, found "${value}"`);
  return Number(value.replace(",", "."));
}

/**
 * An integer count: thousand separators (space) are dropped; a fraction is an error. A special value ("/" in the GV of
 * 31.12.2016 for six NRW Gemeinden with implausible registrations) is null: the count is unknown, never 0.
 */
function integer(cell: Cell, where: {file: string; line: number; field: string}): number | null {
  const value = typeof cell === "string" ? cell.replace(/[\s\u00a0]/g, "") : cell;
  if (typeof value === "string" && value in SPECIAL_VALUES) return null;
  const parsed = number(value, where);
  if (parsed !== null && !Number.isInteger(parsed))
    throw new SourceError(where, `expected a whole number, found ${parsed}`);
  return parsed;
}
