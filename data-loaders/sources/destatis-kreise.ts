import * as XLSX from "@e965/xlsx";

import {readXlsx} from "../lib/containers.js";
import {SourceError} from "../lib/errors.js";

/**
 * Destatis GV-ISys "Kreisfreie Städte und Landkreise nach Fläche, Bevölkerung und Bevölkerungsdichte"
 * (`04-kreise-<year>.xlsx`): sheet 2 "Kreisfreie Städte u. Landkreise", row 2 "Gebietsstand: dd.mm.yyyy", a
 * numbered header, then per Land a line `Land code; Land name`, Regierungsbezirk lines (3–4 digits), one line per
 * Kreis (`5-digit key; Kreisfreie Stadt | Landkreis | Kreis; name; NUTS3; area; population total, male, female;
 * density`), a Land total line (`; ; Insgesamt; ; area; population …`) and at the end the Germany line
 * (`; Deutschland; Insgesamt; …`). The population is that of the Gebietsstand date.
 */
export interface KreisPopulation {
  /** Spreadsheet row (1-based). */
  line: number;
  /** Kreis (5 digits), Land (2 digits) or DG. */
  code: string;
  name: string;
  area_km2: number;
  total: number;
  male: number;
  female: number;
}

export interface KreisTable {
  file: string;
  /** dd.mm.yyyy */
  gebietsstand: string;
  rows: KreisPopulation[];
}

type Cell = string | number | null | undefined;

const EXPECTED_HEADER = ["Schlüssel-nummer", "Regionale Bezeichnung", "Kreisfreie Stadt", "NUTS3"];

export function readKreisTable(path: string): KreisTable {
  const workbook = readXlsx(path);
  const name = workbook.SheetNames.find((n) => n.startsWith("Kreisfreie Städte"));
  if (!name) {
    throw new SourceError(
      {file: path},
      `no sheet "Kreisfreie Städte u. Landkreise" (found ${workbook.SheetNames.join(", ")})`
    );
  }
  const sheet = XLSX.utils.sheet_to_json<Cell[]>(workbook.Sheets[name]!, {header: 1, blankrows: true, defval: null});
  const where = (row: number, field?: string) => ({file: path, line: row + 1, field: field && `${name}!${field}`});
  const stand = /^Gebietsstand: (\d{2}\.\d{2}\.\d{4})$/.exec(String(sheet[1]?.[0] ?? "").trim());
  if (!stand) throw new SourceError(where(1, "A2"), `expected "Gebietsstand: dd.mm.yyyy", found "${sheet[1]?.[0]}"`);
  const headerRow = sheet.findIndex((r) => String(r?.[0] ?? "").trim() === EXPECTED_HEADER[0]);
  if (headerRow < 0) throw new SourceError({file: path}, `no header row starting with "${EXPECTED_HEADER[0]}"`);
  EXPECTED_HEADER.forEach((label, i) => {
    const found = String(sheet[headerRow]![i] ?? "").trim();
    if (found !== label) {
      throw new SourceError(where(headerRow, String.fromCharCode(65 + i)), `expected "${label}", found "${found}"`);
    }
  });
  const number = (row: number, col: number, label: string): number => {
    const v = sheet[row]![col];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new SourceError(
        where(row, `${String.fromCharCode(65 + col)} (${label})`),
        `expected a number, found "${v ?? ""}"`
      );
    }
    return v;
  };
  const rows: KreisPopulation[] = [];
  const seen = new Set<string>();
  let land: {code: string; name: string} | undefined;
  for (let i = headerRow + 3; i < sheet.length; i++) {
    const r = sheet[i] ?? [];
    const key = String(r[0] ?? "").trim();
    const third = String(r[2] ?? "").trim();
    let code: string | undefined;
    let label = "";
    if (/^\d{5}$/.test(key)) {
      code = key;
      label = third;
    } else if (/^\d{2}$/.test(key) && r.slice(2).every((c) => c === null || c === "")) {
      land = {code: key, name: String(r[1] ?? "").trim()};
      continue;
    } else if (key === "" && third === "Insgesamt") {
      const isGermany = String(r[1] ?? "").trim() === "Deutschland";
      if (!isGermany && !land) throw new SourceError(where(i), "Land total before any Land line");
      code = isGermany ? "DG" : land!.code;
      label = isGermany ? "Deutschland" : land!.name;
    } else continue; // Regierungsbezirke, regions, notes
    if (seen.has(code)) throw new SourceError(where(i, "A"), `duplicate region ${code}`);
    seen.add(code);
    const total = number(i, 5, "Bevölkerung insgesamt");
    const male = number(i, 6, "männlich");
    const female = number(i, 7, "weiblich");
    if (male + female !== total) {
      throw new SourceError(where(i, "F"), `male ${male} + female ${female} ≠ total ${total}`);
    }
    rows.push({line: i + 1, code, name: label, area_km2: number(i, 4, "Fläche"), total, male, female});
  }
  if (!rows.some((r) => r.code === "DG"))
    throw new SourceError({file: path}, "no Germany line (Deutschland, Insgesamt)");
  // Each Land total = the sum of its Kreise, Germany = the sum of all Kreise (Berlin and Hamburg have no Land total
  // line, only their Kreis line 11000 / 02000): a lost or altered Kreis line fails here.
  for (const total of rows.filter((r) => r.code.length === 2 || r.code === "DG")) {
    const members = rows.filter((r) => r.code.length === 5 && (total.code === "DG" || r.code.startsWith(total.code)));
    const sum = members.reduce((s, r) => s + r.total, 0);
    if (!members.length || sum !== total.total) {
      throw new SourceError(
        {...where(total.line - 1, "F (Bevölkerung insgesamt)"), rule: "Land and Germany totals = sum of their Kreise"},
        `${total.name} ${total.total} ≠ sum of its Kreise ${sum} (${members.length} lines)`
      );
    }
  }
  return {file: path, gebietsstand: stand[1]!, rows};
}
