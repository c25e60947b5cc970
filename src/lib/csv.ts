/**
 * CSV export of a figure's or table's data in its reader's conventions, UTF-8 with BOM (Excel opens it correctly).
 *
 * - German (`de`): the convention of German official statistics tables: `;` separated, decimal comma, and header
 *   lines starting with `#` that carry title, unit and reference date, the source line with licence and what an
 *   empty cell means.
 * - English (`en`): comma separated with decimal points, the header row on the first line, so that any CSV reader
 *   (Excel, pandas, R, d3-dsv) reads the table without options; the same notes in English follow the data after an
 *   empty line, each one cell starting with `#` (quoted where it holds a comma, so that it stays one cell in Excel).
 *
 * Numbers are written at their published precision (`digits`, as the table view shows them); missing values are
 * empty cells, never 0.
 */
import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";

export interface CsvColumn<Row> {
  label: string;
  value: (row: Row) => string | number | null;
  /** Decimals to round to: one for the column, or per row (a table of indicators). Unrounded when not given. */
  digits?: number | ((row: Row) => number);
}

export interface CsvMeta {
  title: string;
  subtitle: string;
  source: string;
  lang?: Lang;
}

export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[], meta: CsvMeta): string {
  const lang = meta.lang ?? "de";
  const separator = lang === "en" ? "," : ";";
  const notes = [meta.title, meta.subtitle, meta.source, t(lang, "figure.csvMissing")]
    .filter(Boolean)
    .map((note) => `# ${note}`);
  const table = [
    columns.map((c) => quote(c.label, separator)).join(separator),
    ...rows.map((row) => columns.map((c) => cell(c.value(row), digitsOf(c, row), lang, separator)).join(separator))
  ];
  const lines = lang === "en" ? [...table, "", ...notes.map((n) => quote(n, separator))] : [...notes, ...table];
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

/** The decimals of a column's value in a row (undefined: as stored). */
export function digitsOf<Row>(column: {digits?: number | ((row: Row) => number)}, row: Row): number | undefined {
  return typeof column.digits === "function" ? column.digits(row) : column.digits;
}

/** A number as written into a file: rounded to `digits` (plain notation, no exponent), decimal point or comma. */
export function fileNumber(value: number, digits: number | undefined, lang: Lang): string {
  const text = digits === undefined ? String(value) : roundTo(value, digits).toFixed(digits);
  return lang === "en" ? text : text.replace(".", ",");
}

/** `value` rounded half away from zero to `digits` decimals (-0 becomes 0). */
export function roundTo(value: number, digits: number): number {
  const k = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * k + Number.EPSILON * k)) / k;
  return rounded === 0 ? 0 : rounded;
}

function cell(value: string | number | null, digits: number | undefined, lang: Lang, separator: string): string {
  if (value === null || (typeof value === "number" && !Number.isFinite(value))) return "";
  if (typeof value === "number") return fileNumber(value, digits, lang);
  return quote(value, separator);
}

function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
