import * as XLSX from "@e965/xlsx";

import {readXlsx} from "../lib/containers.js";
import {SourceError} from "../lib/errors.js";

/**
 * The BBSR reference tables ("Referenztabellen", ../shared/sources/bbsr-referenz/): one sheet per year. Each row
 * is a Kreis (or Gemeinde) of that year with its area, population on 31 December and conversion keys onto the
 * Kreise of a later territorial status (31.12.2021 in the Kreis file). A Kreis that was split has one row per
 * target with keys below 1. Population is in 1000 (Kreise 1990–2020), in 100 (Gemeinden 2020, 2021) or in
 * persons (Gemeinden 2022); the unit is read from the header, never assumed.
 */
export interface BbsrRow {
  /** Spreadsheet row, 1-based. */
  line: number;
  year: number;
  /** Key of the unit in its year: 5-digit Kreis or 8-digit Gemeinde key. */
  code: string;
  name: string;
  /** Share of the unit's population that goes to `target` (bevölkerungsproportionaler Umsteigeschlüssel). */
  populationKey: number;
  area_km2: number | null;
  /** Persons (the header unit applied). */
  population: number | null;
  /** Smallest step the published figure can express, in persons: 100 for "in 1000" with one decimal, 1 if exact. */
  resolution: number;
  target: string;
  targetName: string;
}

export interface BbsrSheet {
  year: number;
  /** Territorial status of the targets, dd.mm.yyyy (e.g. 31.12.2021). */
  targetDate: string;
  rows: BbsrRow[];
}

type Cell = string | number | null | undefined;

/**
 * Reads every sheet of a BBSR reference workbook (the file is parsed once). `level` is "kreis" (5-digit keys
 * written as 7/8-digit numbers like 15084000) or "gemeinde" (8-digit keys).
 */
export function readBbsrWorkbook(path: string, level: "kreis" | "gemeinde"): BbsrSheet[] {
  const workbook = readXlsx(path);
  return workbook.SheetNames.map((name) => {
    if (!/^\d{4}$/.test(name))
      throw new SourceError({file: path, field: `sheet "${name}"`}, "expected a year as sheet name");
    const rows = XLSX.utils.sheet_to_json<Cell[]>(workbook.Sheets[name]!, {header: 1, raw: true, defval: null});
    return parseBbsrSheet(rows, Number(name), level, path);
  });
}

/** Parses one sheet: columns are found by their header text, so the extra columns of some years do not shift them. */
export function parseBbsrSheet(rows: Cell[][], year: number, level: "kreis" | "gemeinde", path: string): BbsrSheet {
  const header = (rows[0] ?? []).map((c) =>
    String(c ?? "")
      .replace(/\s+/g, " ")
      .trim()
  );
  const sheet = `sheet "${year}"`;
  const unitWord = level === "kreis" ? "Kreise" : "Gemeinden";
  const find = (pattern: RegExp, what: string, from = 0): number => {
    const index = header.findIndex((h, i) => i >= from && pattern.test(h));
    if (index < 0) throw new SourceError({file: path, line: 1, field: `${sheet}: ${what}`}, "column not found");
    return index;
  };
  const codeColumn = find(new RegExp(`^${unitWord} 31\\.12\\.${year}$`), `${unitWord} 31.12.${year}`);
  const nameColumn = find(/name \d{4}$/, "name");
  const keyColumn = find(/^bevölkerungs- ?proportionaler/, "bevölkerungsproportionaler Umsteigeschlüssel");
  const areaColumn = find(new RegExp(`^Fläche am 31\\.12\\.${year}`), `Fläche am 31.12.${year}`);
  const populationColumn = find(new RegExp(`^Bevölkerung am 31\\.12\\.${year}`), `Bevölkerung am 31.12.${year}`);
  const targetColumn = find(new RegExp(`^${unitWord} (31\\.12\\.\\d{4})$`), `target ${unitWord}`, codeColumn + 1);
  const targetNameColumn = find(/name \d{4}$/, "target name", targetColumn + 1);
  const targetDate = /(\d{2}\.\d{2}\.\d{4})/.exec(header[targetColumn]!)![1]!;
  // "in 1000" or "in 1.000" (1997, 1998) or "in 100".
  const unitMatch = / in (1\.?000|100)$/.exec(header[populationColumn]!);
  const unit = unitMatch ? Number(unitMatch[1]!.replace(".", "")) : 1;
  const codeLength = level === "kreis" ? 5 : 8;

  const parsed: BbsrRow[] = [];
  let decimals = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => c === null || c === "")) continue;
    const line = r + 1;
    const where = (field: string) => ({file: path, line, field: `${sheet}: ${field}`});
    const code = key(row[codeColumn], codeLength, where(header[codeColumn]!));
    const target = key(row[targetColumn], codeLength, where(header[targetColumn]!));
    const population = numeric(row[populationColumn], where(header[populationColumn]!));
    if (population !== null && population < 0) {
      throw new SourceError(
        {...where(header[populationColumn]!), unit: "row", rule: "counts are whole numbers ≥ 0"},
        `found ${population}`
      );
    }
    if (population !== null) decimals = Math.max(decimals, decimalPlaces(population));
    parsed.push({
      line,
      year,
      code,
      name: String(row[nameColumn] ?? "").trim(),
      populationKey: numeric(row[keyColumn], where(header[keyColumn]!)) ?? NaN,
      area_km2: numeric(row[areaColumn], where(header[areaColumn]!)),
      population: population === null ? null : Math.round(population * unit),
      resolution: 0,
      target,
      targetName: String(row[targetNameColumn] ?? "").trim()
    });
    const last = parsed.at(-1)!;
    if (!(last.populationKey >= 0 && last.populationKey <= 1)) {
      throw new SourceError(where(header[keyColumn]!), `conversion key must be in [0, 1], found ${row[keyColumn]}`);
    }
  }
  if (!parsed.length) throw new SourceError({file: path, field: sheet}, "no data rows");
  // "in 1000" with one decimal → the figure is rounded to 100 persons; "in 100" with two decimals is exact.
  const resolution = Math.max(1, Math.round(unit / 10 ** decimals));
  for (const row of parsed) row.resolution = resolution;
  checkKeys(parsed, path, sheet);
  return {year, targetDate, rows: parsed};
}

/** The population keys of one source unit add up to 1 (a split Kreis is distributed completely). */
function checkKeys(rows: BbsrRow[], path: string, sheet: string): void {
  const sums = new Map<string, {sum: number; line: number}>();
  for (const row of rows) {
    const entry = sums.get(row.code) ?? {sum: 0, line: row.line};
    entry.sum += row.populationKey;
    sums.set(row.code, entry);
  }
  for (const [code, {sum, line}] of sums) {
    // Uninhabited units (forests) carry key 1 for every part; their population is 0 either way.
    if (rows.every((r) => r.code !== code || !r.population)) continue;
    if (Math.abs(sum - 1) > 1e-3) {
      throw new SourceError(
        {file: path, line, field: `${sheet}: bevölkerungsproportionaler Umsteigeschlüssel`},
        `keys of ${code} add up to ${sum.toFixed(4)}, expected 1 (duplicate or missing row)`
      );
    }
  }
}

/** 1001000 → "01001" (Kreis) or "01001000" (Gemeinde); anything else is an error. */
function key(cell: Cell, length: number, where: {file: string; line: number; field: string}): string {
  const text = String(cell ?? "").trim();
  if (!/^\d{7,8}$/.test(text)) throw new SourceError(where, `expected a 7–8 digit key, found "${text}"`);
  const padded = text.padStart(8, "0");
  if (length === 5) {
    if (!padded.endsWith("000")) throw new SourceError(where, `expected a Kreis key ending in 000, found "${text}"`);
    return padded.slice(0, 5);
  }
  return padded;
}

function numeric(cell: Cell, where: {file: string; line: number; field: string}): number | null {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "number") return cell;
  const text = cell.trim().replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new SourceError(where, `expected a number, found "${cell}"`);
  return Number(text);
}

/** Decimal places of a spreadsheet number, robust to binary noise (44.45000000000001 → 2). */
function decimalPlaces(value: number): number {
  for (let d = 0; d <= 4; d++) {
    const scaled = value * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return d;
  }
  return 5;
}

/**
 * The sheets write a split unit in two ways: most Kreis sheets (and Gemeinden 2020) give each row the population
 * of the part that goes to its target (Cochem-Zell 1990: 59.7 + 1.3 thousand, keys 0.979 and 0.021); the Kreis
 * sheets 2016–2018 and the Gemeinde sheets 2021 and 2022 repeat the whole unit's population on every row. The
 * Kreis sheet 2016 mixes both: area and employees are split, population is repeated (Wartburgkreis: 1,266.99 and
 * 40.47 km², 124.7 and 124.7 thousand), so identical areas are no sign of repeats. The population column decides:
 * - parts: each row's share of the rows' sum matches its population key (within the rounding of the figures);
 * - repeats: every row has the same population (share = population × key);
 * - both fit (equal rows with equal keys, Roßlau 1990: 17.5 + 17.5 thousand, keys 0.5): identical areas mean
 *   repeats, otherwise parts;
 * - neither fits: the rows give no usable figure; their shares are null (never a guessed number).
 */
export function rowShares(rows: BbsrRow[]): Map<BbsrRow, number | null> {
  const byCode = new Map<string, BbsrRow[]>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  const shares = new Map<BbsrRow, number | null>();
  for (const group of byCode.values()) {
    const layout = splitLayout(group);
    for (const row of group) {
      const share =
        row.population === null || layout === "unusable"
          ? null
          : layout === "repeats"
            ? row.population * row.populationKey
            : row.population;
      shares.set(row, share);
    }
  }
  return shares;
}

/** How the rows of one unit carry its population (see rowShares). A single row is its own part. */
export function splitLayout(group: BbsrRow[]): "parts" | "repeats" | "unusable" {
  if (group.length < 2 || group.some((r) => r.population === null)) return "parts";
  const populations = group.map((r) => r.population!);
  const sum = populations.reduce((a, b) => a + b, 0);
  const repeated = populations.every((p) => p === populations[0]);
  // A part rounded to the published step may be off by half a step; keys are computed from unrounded figures.
  const tolerance = (resolution: number) => (group.length * resolution) / 2 / Math.max(sum, 1) + 0.01;
  const asParts =
    sum > 0 && group.every((r) => Math.abs(r.population! / sum - r.populationKey) <= tolerance(r.resolution));
  if (asParts && repeated) return group.every((r) => r.area_km2 === group[0]!.area_km2) ? "repeats" : "parts";
  if (asParts || sum === 0) return "parts";
  return repeated ? "repeats" : "unusable";
}

/** The population of each unit of the sheet's own year (a split unit counted once, parts added up). */
export function unitPopulation(sheet: BbsrSheet): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [row, share] of rowShares(sheet.rows)) {
    const before = out.has(row.code) ? out.get(row.code)! : 0;
    out.set(row.code, before === null || share === null ? null : before + share);
  }
  for (const [code, value] of out) if (value !== null) out.set(code, Math.round(value));
  return out;
}

/**
 * The population of each target unit: the sum of the shares of its source units, rounded to whole persons.
 * With rounded inputs the result is as rounded as they are.
 */
export function convertPopulation(sheet: BbsrSheet): Map<string, {population: number | null; sources: string[]}> {
  const out = new Map<string, {population: number | null; sources: string[]}>();
  for (const [row, share] of rowShares(withoutRepeatedTargetRows(sheet.rows))) {
    const entry = out.get(row.target) ?? {population: 0, sources: []};
    entry.population = entry.population === null || share === null ? null : entry.population + share;
    entry.sources.push(row.code);
    out.set(row.target, entry);
  }
  for (const entry of out.values()) if (entry.population !== null) entry.population = Math.round(entry.population);
  return out;
}

/**
 * Upstream defect: in the 2020 Kreis sheet, Eisenach (16056) carries the figures of the merged Wartburgkreis
 * (1,371.15 km², 159.9 thousand), the same as the 16063 row, so summing would count the Kreis twice. A row that
 * repeats the area and population of the row whose code equals the shared target is dropped.
 */
export function withoutRepeatedTargetRows(rows: BbsrRow[]): BbsrRow[] {
  const own = new Map(rows.filter((r) => r.code === r.target).map((r) => [r.target, r]));
  return rows.filter((r) => {
    const self = own.get(r.target);
    return !(
      self &&
      self !== r &&
      r.populationKey === 1 &&
      self.population === r.population &&
      self.area_km2 === r.area_km2
    );
  });
}
