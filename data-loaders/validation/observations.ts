/**
 * The one form every reader hands to the validation layer: one value of one region, year and field, with where it
 * stands in its file (a text line, or a row of a Parquet file or sheet). Readers keep their own output types; an
 * adapter per format (`fromGenesisTable`, `fromExportTable`, `fromBaCells` below) turns that output into
 * observations, so the rules are written once, per source, not per reader.
 */
import {join} from "node:path";

import type {GenesisTable} from "../sources/genesis-flat-csv.js";
import {yearOfTime, type ExportTable} from "../sources/regionaldatenbank-export.js";
import {parseGermanNumber} from "../lib/values.js";

export interface Observation {
  /** 1-based line (text) or row (Parquet, sheet) in the file. */
  at: number;
  /** Region code as it stands in the file ("DG", 2-digit Land, 5-digit Kreis, 8-digit Gemeinde/Bezirk). */
  code: string;
  year: number;
  /** Column or value variable, e.g. "Arbeitslose / Anzahl" or "BAU004". */
  field: string;
  /** The other dimensions that make a cell unique (GENESIS attributes, row labels); "" for none. */
  group: string;
  /** null: a special value (flag) of the source. */
  value: number | null;
}

export interface ObservedFile {
  file: string;
  unit: "line" | "row";
  observations: Observation[];
}

/** A GENESIS flat CSV: one observation per line; field = value variable, group = the non-region attributes. */
export function fromGenesisTable(table: GenesisTable, dir: string): ObservedFile {
  return {
    file: join(dir, table.data.file),
    unit: "line",
    observations: table.data.observations.map((o) => ({
      at: o.line,
      code: o.variables.find((v) => v.code === "KREISE" || v.code === "DINSG" || v.code === "LAND")?.attribute ?? "",
      year: Number(o.time.slice(0, 4)),
      field: o.valueCode,
      group: o.variables
        .filter((v) => !["KREISE", "DINSG", "LAND"].includes(v.code))
        .map((v) => `${v.code}=${v.attribute}`)
        .join(","),
      value: o.value
    }))
  };
}

/**
 * A Regionaldatenbank export: one observation per record and value column; field = the column's labels
 * ("Arbeitslose / Anzahl"), group = the record's row labels. Cells that do not parse are left to the reader's
 * own error (parseGermanNumber names the line); here they count as flagged.
 */
export function fromExportTable(table: ExportTable): ObservedFile {
  const fields = table.columns.map((c) => c.labels.filter((l) => l !== "").join(" / "));
  const observations: Observation[] = [];
  for (const record of table.records) {
    for (let i = 0; i < fields.length; i++) {
      const parsed = parseGermanNumber(record.cells[i] ?? "", {file: table.path, line: record.line, field: fields[i]});
      observations.push({
        at: record.line,
        code: record.code,
        year: yearOfTime(record.time),
        field: fields[i]!,
        group: record.dimensions.join(" / "),
        value: parsed.value
      });
    }
  }
  return {file: table.path, unit: "line", observations};
}

/**
 * BA Parquet cells (Kreis × occupation × year) summed per Kreis and year: the rules are about Kreise, and a
 * Kreis ×10 shows in its sum; null where a cell is suppressed. The row named is the Kreis-year's first row.
 */
export function fromBaCells(
  file: string,
  field: string,
  cells: readonly {region: string; year: number; value: number | null; row?: number}[]
): ObservedFile {
  const sums = new Map<string, Observation>();
  for (const cell of cells) {
    if (cell.region === "") continue;
    const key = `${cell.region}|${cell.year}`;
    let sum = sums.get(key);
    if (!sum) {
      sum = {at: cell.row ?? 0, code: cell.region, year: cell.year, field, group: "", value: 0};
      sums.set(key, sum);
    }
    if (cell.row !== undefined) sum.at = Math.min(sum.at || Infinity, cell.row);
    // A Kreis-year with a suppressed cell has no sum (a lower bound is not a value: in the extract, Nordfriesland
    // 2021 has one of 145 cells, 728 instead of about 4,500).
    if (cell.value === null) sum.value = null;
    else if (sum.value !== null) sum.value += cell.value;
  }
  return {file, unit: "row", observations: [...sums.values()]};
}
