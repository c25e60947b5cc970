/**
 * A minimal XLSX (Office Open XML spreadsheet) writer: sheets of strings and numbers, the first row bold, zipped
 * with fflate. A figure's download has two sheets: the data (header row with units, numbers as numbers at their
 * published precision with a number format, columns as wide as their content, header row frozen) and notes with
 * title, unit and reference date, source line, licence and link, so that a table copied into a report keeps its
 * attribution. Missing values are empty cells, never 0. Written by hand (about 3 kB with fflate) rather than with a
 * spreadsheet library (hundreds of kB).
 */
import {strToU8, zipSync} from "fflate";

import {type Lang, t} from "../shared/i18n/index.js";
import {digitsOf, roundTo} from "./csv.js";

export type Cell = string | number | null;

export interface Sheet {
  name: string;
  rows: readonly (readonly Cell[])[];
  /** Column widths in characters (optional). */
  widths?: readonly number[];
  /** Decimals of each numeric cell, by row and column: the cell gets the number format `#,##0.0…` (optional). */
  digits?: readonly (readonly (number | undefined)[])[];
  /** Keep the first row in view when scrolling. */
  freezeHeader?: boolean;
}

/** Decimals that get a number format of their own (`#,##0`, `#,##0.0`, … `#,##0.0000`); more are written as 4. */
const MAX_DIGITS = 4;

/** The licences a source line can carry, as written in the source catalogue (src/shared/sources.ts). */
const LICENCES = [
  /Datenlizenz Deutschland\s*[–-]\s*Namensnennung\s*2\.0/,
  /dl-de\/by-2-0/,
  /©\s*Statistik der Bundesagentur für Arbeit/,
  /©\s*GeoBasis-DE\s*\/\s*BKG(?:\s*\d{4})?/,
  /CC BY-SA 4\.0/
];

/** The licence statements found in a source line, in order ("" when the line names none). */
export function licencesIn(source: string): string {
  const found = LICENCES.flatMap((pattern) => source.match(pattern)?.[0] ?? []);
  return [...new Set(found)].join("; ");
}

export interface WorkbookMeta {
  title: string;
  /** Unit and reference date. */
  subtitle: string;
  /** Source line with licence. */
  source: string;
  lang: Lang;
  /** Permalink of the figure or page. */
  link?: string;
}

/**
 * A figure's or table's workbook: the data sheet (header row, numbers as numbers, missing values empty) and a sheet
 * with title, unit and reference date, source line, licence, link and what an empty cell means.
 */
export function figureWorkbook<Row>(
  rows: readonly Row[],
  columns: readonly {
    label: string;
    value: (row: Row) => string | number | null;
    digits?: number | ((row: Row) => number);
    unit?: string;
  }[],
  meta: WorkbookMeta
): Uint8Array {
  const {lang} = meta;
  const header = columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label));
  const digits = [[], ...rows.map((row) => columns.map((c) => digitsOf(c, row)))];
  const body = rows.map((row, r) =>
    columns.map((c, i) => {
      const value = c.value(row);
      const d = digits[r + 1]![i];
      return typeof value === "number" && d !== undefined ? roundTo(value, d) : value;
    })
  );
  const data: Cell[][] = [header, ...body];
  const about: Cell[][] = [
    [t(lang, "figure.about.title"), meta.title],
    [t(lang, "figure.about.subtitle"), meta.subtitle],
    [t(lang, "figure.about.source"), meta.source],
    [t(lang, "figure.about.licence"), licencesIn(meta.source)],
    ...(meta.link ? [[t(lang, "figure.about.link"), meta.link]] : []),
    [t(lang, "figure.about.missing"), t(lang, "figure.csvMissing")]
  ];
  // As wide as the longest entry (numbers as shown with separators), within 8 and 60 characters.
  const widths = header.map(
    (_, i) => Math.min(60, Math.max(8, ...data.map((row, r) => shownLength(row[i] ?? null, digits[r]?.[i])))) + 2
  );
  return xlsxBytes([
    {name: t(lang, "figure.sheet.data"), rows: data, widths, digits, freezeHeader: true},
    {name: t(lang, "figure.sheet.about"), rows: about, widths: [24, 100]}
  ]);
}

/** The characters a cell shows: a number with thousands separators at its decimals. */
function shownLength(value: Cell, digits: number | undefined): number {
  if (value === null) return 0;
  if (typeof value === "string") return value.length;
  const integer = Math.abs(Math.trunc(value)).toString().length;
  const decimals = digits ?? Math.min(6, (String(value).split(".")[1] ?? "").length);
  return integer + Math.floor((integer - 1) / 3) + (decimals ? decimals + 1 : 0) + (value < 0 ? 1 : 0);
}

/** A workbook as the bytes of an .xlsx file. */
export function xlsxBytes(sheets: readonly Sheet[]): Uint8Array {
  if (!sheets.length) throw new Error("xlsx: a workbook needs at least one sheet");
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
          `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
          sheets
            .map(
              (_, i) =>
                `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
            )
            .join("") +
          `</Types>`
      )
    ),
    "_rels/.rels": strToU8(
      xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
          `</Relationships>`
      )
    ),
    "xl/workbook.xml": strToU8(
      xml(
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
          sheets
            .map((sheet, i) => `<sheet name="${escape(sheetName(sheet.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
            .join("") +
          `</sheets></workbook>`
      )
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          sheets
            .map(
              (_, i) =>
                `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
            )
            .join("") +
          `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
          `</Relationships>`
      )
    ),
    // Cell formats: 0 plain, 1 bold (header row), 2 + d a number with d decimals and thousands separators.
    "xl/styles.xml": strToU8(
      xml(
        `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
          `<numFmts count="${MAX_DIGITS + 1}">` +
          NUMBER_FORMATS.map((code, d) => `<numFmt numFmtId="${164 + d}" formatCode="${code}"/>`).join("") +
          `</numFmts>` +
          `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
          `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
          `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
          `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
          `<cellXfs count="${2 + NUMBER_FORMATS.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
          `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
          NUMBER_FORMATS.map(
            (_, d) => `<xf numFmtId="${164 + d}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`
          ).join("") +
          `</cellXfs>` +
          `</styleSheet>`
      )
    )
  };
  sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheet(sheet))));
  return zipSync(files, {level: 6, mtime: new Date(Date.UTC(2000, 0, 1))});
}

const NUMBER_FORMATS = Array.from({length: MAX_DIGITS + 1}, (_, d) => (d ? `#,##0.${"0".repeat(d)}` : "#,##0"));

function worksheet({rows, widths, digits, freezeHeader}: Sheet): string {
  const view = freezeHeader
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
    : "";
  const cols = widths?.length
    ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    : "";
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          const ref = `${column(c)}${r + 1}`;
          const style = r === 0 ? ` s="1"` : "";
          if (value === null || value === "" || (typeof value === "number" && !Number.isFinite(value))) return "";
          if (typeof value === "number") {
            const d = digits?.[r]?.[c];
            const format = d === undefined ? style : ` s="${2 + Math.min(MAX_DIGITS, d)}"`;
            return `<c r="${ref}"${format}><v>${value}</v></c>`;
          }
          return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  return xml(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${view}${cols}<sheetData>${body}</sheetData></worksheet>`
  );
}

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function column(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet";
}

function xml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

function escape(text: string): string {
  // Control characters other than tab and newline are not allowed in XML 1.0.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[<>&"]/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"};
