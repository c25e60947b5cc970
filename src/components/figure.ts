import {formatDecimal, formatInteger} from "../lib/locale.js";

export interface FigureOptions {
  title: string;
  /** Unit and reference date, e.g. "Personen, Stichtag 31.12." */
  subtitle: string;
  /** The source line with licence (see sourceLine in src/lib/sources.ts). */
  source: string;
  /** A one-sentence description for screen readers. */
  description: string;
}

export interface TableColumn<Row> {
  label: string;
  value: (row: Row) => string | number | null;
  /** Decimals for numeric columns (integers by default). */
  digits?: number;
}

/**
 * A chart with everything a citable figure needs: title, unit and reference date, the chart with an accessible
 * name and description, a table view of the same numbers (missing values say "keine Daten"), and the source line.
 */
export function Figure<Row>(
  chart: Element,
  rows: readonly Row[],
  columns: TableColumn<Row>[],
  {title, subtitle, source, description}: FigureOptions
): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "rm-figure";
  const id = `fig-${slug(title)}`;
  figure.setAttribute("aria-labelledby", `${id}-title`);
  figure.setAttribute("aria-describedby", `${id}-desc`);
  figure.append(
    el("h2", title, {id: `${id}-title`}),
    el("h3", subtitle),
    el("p", description, {id: `${id}-desc`, class: "rm-sr-only"})
  );
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", `${title}. ${description}`);
  figure.append(chart);
  const details = document.createElement("details");
  details.className = "rm-table-view";
  details.append(el("summary", "Tabelle anzeigen"), DataTable(rows, columns, title));
  figure.append(details, el("figcaption", source, {class: "rm-source"}));
  return figure;
}

/** A plain, accessible table of rows; numbers in German format, missing values as "keine Daten". */
export function DataTable<Row>(rows: readonly Row[], columns: TableColumn<Row>[], caption?: string): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "rm-table";
  if (caption) table.append(el("caption", caption, {class: "rm-sr-only"}));
  const head = table.createTHead().insertRow();
  for (const column of columns) head.append(el("th", column.label, {scope: "col"}));
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const column of columns) {
      const value = column.value(row);
      const td = tr.insertCell();
      if (typeof value === "number" || value === null) {
        td.className = "rm-num";
        td.textContent = column.digits ? formatDecimal(value, column.digits) : formatInteger(value);
        if (value === null) td.classList.add("rm-missing");
      } else td.textContent = value;
    }
  }
  return table;
}

function el(tag: string, text: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
