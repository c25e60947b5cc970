import {basename} from "node:path";

import {parseDelimited, type DelimitedRecord} from "../lib/delimited.js";
import {readLegacyText} from "../lib/encoding.js";
import {SourceError} from "../lib/errors.js";

/**
 * The old table export of the Regionaldatenbank (regionalstatistik.de, "csv" download): Windows-1252, `;`,
 * a first line `GENESIS-Tabelle: <code>`, title lines, header rows, data, then a footer that starts with
 * `__________` and ends with `Stand: dd.mm.yyyy`. See ../shared/sources/API-FORMATS.md §1.7.
 */
export interface RegionaldatenbankExport {
  file: string;
  table: string;
  /** Title lines (first cell of each line between the table line and the header). */
  title: string[];
  /** Header rows: their first cells are empty in the "time in columns" layout. */
  header: DelimitedRecord[];
  rows: DelimitedRecord[];
  /** Footer text (notes, copyright) as one string. */
  footer: string;
  /** The data stand, "dd.mm.yyyy", from the last footer line. */
  stand: string;
}

const FOOTER_MARK = /^_{5,}$/;
const ROW_KEY = /^(DG|\d{2,12}|\d{4}|\d{2}\.\d{2}\.\d{4})$/;

export function readRegionaldatenbankExport(path: string): RegionaldatenbankExport {
  const file = basename(path);
  const records = parseDelimited(readLegacyText(path));
  const first = records[0]?.cells[0] ?? "";
  const tableMatch = /^GENESIS-Tabelle: (\S+)$/.exec(first.trim());
  if (!tableMatch) {
    throw new SourceError({file: path, line: 1}, `expected "GENESIS-Tabelle: <code>", found "${first.slice(0, 40)}"`);
  }
  const footerIndex = records.findIndex((r) => FOOTER_MARK.test((r.cells[0] ?? "").trim()));
  if (footerIndex < 0) {
    throw new SourceError(
      {file: path, line: records.at(-1)?.line},
      'no footer line "__________": the file is truncated or not a Regionaldatenbank export'
    );
  }
  const body = records.slice(1, footerIndex).filter((r) => r.cells.some((c) => c.trim() !== ""));
  const firstData = body.findIndex((r) => ROW_KEY.test((r.cells[0] ?? "").trim()));
  if (firstData < 0) throw new SourceError({file: path}, "no data rows found");
  const head = body.slice(0, firstData);
  const title = head.filter((r) => (r.cells[0] ?? "").trim() !== "").map((r) => r.cells[0]!.trim());
  const header = head.filter((r) => (r.cells[0] ?? "").trim() === "");
  const rows = body.slice(firstData);
  const width = Math.max(...header.map((r) => r.cells.length), rows[0]!.cells.length);
  for (const row of rows) {
    const key = (row.cells[0] ?? "").trim();
    if (!ROW_KEY.test(key)) {
      throw new SourceError({file: path, line: row.line, field: "code"}, `expected a region code, found "${key}"`);
    }
    if (row.cells.length !== width) {
      throw new SourceError(
        {file: path, line: row.line},
        `expected ${width} fields, found ${row.cells.length} (truncated or shifted line)`
      );
    }
  }
  const footerRecords = records.slice(footerIndex + 1);
  const footer = footerRecords.map((r) => r.cells.join(";")).join("\n");
  const standMatch = /Stand: (\d{2}\.\d{2}\.\d{4})/.exec(footer);
  if (!standMatch) {
    throw new SourceError({file: path, line: footerRecords.at(-1)?.line}, 'no "Stand: dd.mm.yyyy" line in the footer');
  }
  return {file, table: tableMatch[1]!, title, header, rows, footer, stand: standMatch[1]!};
}

/** A column of a "time in columns" export, described by its header rows (e.g. ["31.12.2015", "Insgesamt"]). */
export interface ExportColumn {
  index: number;
  labels: string[];
}

/** The value columns (from the third on) of an export with region code and name in the first two. */
export function valueColumns(data: RegionaldatenbankExport, firstValueColumn = 2): ExportColumn[] {
  const columns: ExportColumn[] = [];
  const width = data.rows[0]!.cells.length;
  for (let index = firstValueColumn; index < width; index++) {
    columns.push({index, labels: data.header.map((r) => (r.cells[index] ?? "").trim())});
  }
  return columns;
}

/** "31.12.2015" → 2015; other cells are an error naming where they stand. */
export function yearOfStichtag(label: string, where: {file: string; line?: number; field?: string}): number {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(label);
  if (!m) throw new SourceError(where, `expected a date dd.mm.yyyy, found "${label}"`);
  return Number(m[3]);
}

/** The region name without the indentation the export uses to show the hierarchy. */
export function regionName(cell: string): string {
  return cell.trim();
}
