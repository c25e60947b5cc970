/**
 * CSV export of a figure's data, in the convention of German official statistics tables: `;` separated,
 * decimal comma, UTF-8 with BOM (Excel opens it correctly), and header lines (starting with `#`) that carry
 * the title, unit and reference date, and the source line with licence. Missing values are empty cells,
 * never 0, and the header says so.
 */
export interface CsvColumn<Row> {
  label: string;
  value: (row: Row) => string | number | null;
}

export function toCsv<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  meta: {title: string; subtitle: string; source: string}
): string {
  const lines = [
    `# ${meta.title}`,
    `# ${meta.subtitle}`,
    `# ${meta.source}`,
    "# Leere Zelle = keine Daten (fehlend oder geheim gehalten)",
    columns.map((c) => quote(c.label)).join(";"),
    ...rows.map((row) => columns.map((c) => cell(c.value(row))).join(";"))
  ];
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

function cell(value: string | number | null): string {
  if (value === null || (typeof value === "number" && Number.isNaN(value))) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  return quote(value);
}

function quote(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
