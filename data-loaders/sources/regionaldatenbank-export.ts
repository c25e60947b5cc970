import {basename} from "node:path";

import {parseDelimited, type DelimitedRecord} from "../lib/delimited.js";
import {readLegacyText} from "../lib/encoding.js";
import {SourceError} from "../lib/errors.js";

/**
 * The table export of the Regionaldatenbank (regionalstatistik.de, "csv" download): Windows-1252, `;`,
 * a first line `GENESIS-Tabelle: <code>`, title lines, header rows, data, then a footer that starts with
 * `__________` and ends with `Stand: dd.mm.yyyy`. See ../shared/sources/API-FORMATS.md §1.7.
 *
 * The portal's export since the GENESIS update (regionalstatistik-2026/) starts with `Tabelle: <code>` instead
 * and names Kreise differently ("Kiel, kreisfreie Stadt"); header, data rows and footer are laid out as before
 * (PROVENANCE.md §15), so both are read here and `version` says which one it was.
 */
export interface RegionaldatenbankExport {
  file: string;
  table: string;
  /** "2017" = `GENESIS-Tabelle:` first line (exports up to 2021), "2026" = `Tabelle:` first line. */
  version: "2017" | "2026";
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
  const tableMatch = /^(GENESIS-)?Tabelle: (\S+)$/.exec(first.replace(/^\uFEFF/, "").trim());
  if (!tableMatch) {
    throw new SourceError(
      {file: path, line: 1},
      `expected "GENESIS-Tabelle: <code>" or "Tabelle: <code>", found "${first.slice(0, 40)}"`
    );
  }
  const footerIndex = records.findIndex((r) => FOOTER_MARK.test((r.cells[0] ?? "").trim()));
  if (footerIndex < 0) {
    throw new SourceError(
      {file: path, line: records.at(-1)?.line},
      'no footer line "__________": the file is truncated or not a Regionaldatenbank export'
    );
  }
  const body = records.slice(1, footerIndex).filter((r) => r.cells.some((c) => c.trim() !== ""));
  // A data row has a key and at least one more cell; a lone "30.06.2015" line is the time of a "time in title" table.
  const firstData = body.findIndex(
    (r) => ROW_KEY.test((r.cells[0] ?? "").trim()) && r.cells.slice(1).some((c) => c.trim() !== "")
  );
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
  return {
    file,
    table: tableMatch[2]!,
    version: tableMatch[1] ? "2017" : "2026",
    title,
    header,
    rows,
    footer,
    stand: standMatch[1]!
  };
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

/**
 * The three layouts of the old export: time in the column header (`;;31.12.2015;…`, one row per region),
 * time in the first column (`2015;15084;Burgenlandkreis;…` or `30.06.2015;DG;…`), or one time for the whole table
 * on a line of its own above the header (`30.06.2015;;;…`, then `15084;Burgenlandkreis;<category>;…`).
 */
export type ExportLayout = "time-in-columns" | "time-in-rows" | "time-in-title";

/** One data line of an export, split into its key (time, region, further row labels) and its value cells. */
export interface ExportRecord {
  line: number;
  /** "2015" or "30.06.2015"; empty in the "time in columns" layout (the time is in the column labels). */
  time: string;
  code: string;
  name: string;
  /** Row labels between the region name and the first value column (economic section, age group, sex …). */
  dimensions: string[];
  /** The value cells, aligned with `columns`. */
  cells: string[];
}

/** A Regionaldatenbank export split into keyed records and labelled value columns, whatever its layout. */
export interface ExportTable {
  export: RegionaldatenbankExport;
  path: string;
  layout: ExportLayout;
  columns: ExportColumn[];
  records: ExportRecord[];
}

const TIME = /^(\d{4}|\d{2}\.\d{2}\.\d{4})$/;
const REGION_CODE = /^(DG|\d{2}|\d{3}|\d{5}|\d{8})$/;

/** Whether a code is DG or starts with one of the 16 Land numbers 01–16 (the only codes a Kreis table may hold). */
export function isKnownRegionCode(code: string): boolean {
  if (code === "DG") return true;
  if (!REGION_CODE.test(code)) return false;
  const land = Number(code.slice(0, 2));
  return land >= 1 && land <= 16;
}

/**
 * Reads an export in any of the three layouts into keyed records. Every record's region code is checked
 * (format and Land number), its time (year or date) and its key (time, code, row labels) must be unique; each
 * violation is a SourceError naming file, line and field. The existing `readRegionaldatenbankExport` API is
 * unchanged; this builds on it.
 */
export function readExportTable(path: string, expectedTable?: string): ExportTable {
  const data = readRegionaldatenbankExport(path);
  if (expectedTable !== undefined && data.table !== expectedTable) {
    throw new SourceError({file: path, line: 1}, `expected table ${expectedTable}, found ${data.table}`);
  }
  // The time of a "time in title" table stands alone ("30.06.2015") or, in exports from 2021, as "Stichtag: 30.06.2016".
  const titleTime = data.title.map((t) => t.replace(/^Stichtag: /, "")).find((t) => TIME.test(t));
  const firstKey = data.rows[0]!.cells[0]!.trim();
  const layout: ExportLayout =
    titleTime !== undefined ? "time-in-title" : TIME.test(firstKey) ? "time-in-rows" : "time-in-columns";
  if (data.header.length === 0) throw new SourceError({file: path}, "no header rows above the data");
  // The value columns start after the leading empty header cells (the row-label columns).
  const firstValue = Math.min(
    ...data.header.map((r) => r.cells.findIndex((c) => c.trim() !== "")).filter((i) => i > 0)
  );
  const labelColumns = layout === "time-in-rows" ? 3 : 2;
  if (!Number.isFinite(firstValue) || firstValue < labelColumns) {
    throw new SourceError({file: path, line: data.header[0]!.line}, "cannot find where the value columns start");
  }
  const columns = valueColumns(data, firstValue);
  const seen = new Map<string, number>();
  const records: ExportRecord[] = data.rows.map((row) => {
    const cells = row.cells.map((c) => c.trim());
    const offset = layout === "time-in-rows" ? 1 : 0;
    const time = layout === "time-in-rows" ? cells[0]! : layout === "time-in-title" ? titleTime! : "";
    if (layout === "time-in-rows" && !TIME.test(time)) {
      throw new SourceError({file: path, line: row.line, field: "time"}, `expected a year or date, found "${time}"`);
    }
    const code = cells[offset]!;
    if (!REGION_CODE.test(code)) {
      throw new SourceError({file: path, line: row.line, field: "code"}, `expected a region code, found "${code}"`);
    }
    if (!isKnownRegionCode(code)) {
      throw new SourceError({file: path, line: row.line, field: "code"}, `unknown region code "${code}"`);
    }
    const dimensions = cells.slice(offset + 2, firstValue);
    const key = [time, code, ...dimensions].join("|");
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new SourceError(
        {file: path, line: row.line, field: "code"},
        `duplicate key ${key.replaceAll("|", " / ")} (first on line ${earlier})`
      );
    }
    seen.set(key, row.line);
    return {
      line: row.line,
      time,
      code,
      name: regionName(row.cells[offset + 1] ?? ""),
      dimensions,
      cells: cells.slice(firstValue)
    };
  });
  return {export: data, path, layout, columns, records};
}

/**
 * The position (in `ExportRecord.cells`) of the value column whose non-empty header labels are exactly `labels`.
 * A renamed or missing column is a SourceError naming the file and the labels looked for.
 */
export function findColumn(table: ExportTable, labels: readonly string[]): number {
  const wanted = labels.join(" / ");
  const matches = table.columns.filter((c) => c.labels.filter((l) => l !== "").join(" / ") === wanted);
  if (matches.length !== 1) {
    const available = table.columns.map((c) => `"${c.labels.filter((l) => l !== "").join(" / ")}"`).join(", ");
    throw new SourceError(
      {file: table.path, line: table.export.header.at(-1)?.line, field: wanted},
      matches.length === 0
        ? `column not found (renamed or missing); the header has ${available}`
        : `column label is ambiguous (${matches.length} columns)`
    );
  }
  return matches[0]!.index - table.columns[0]!.index;
}

/** "2015" → 2015, "30.06.2015" → 2015. */
export function yearOfTime(time: string): number {
  return Number(time.slice(-4));
}
