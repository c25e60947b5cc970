import {toCsv} from "../lib/csv.js";
import {formatDecimal, formatInteger} from "../lib/locale.js";
import {composeSvg, download, pngBlob, svgString} from "./export.js";

export interface FigureOptions {
  title: string;
  /** Unit and reference date, e.g. "Personen, Stichtag 31.12." */
  subtitle: string;
  /** The source line with licence (see sourceLine in src/lib/sources.ts). */
  source: string;
  /** A one-sentence description for screen readers. */
  description: string;
  /** Base name for downloaded files (defaults to a slug of the title). */
  filename?: string;
}

export interface TableColumn<Row> {
  label: string;
  value: (row: Row) => string | number | null;
  /** Decimals for numeric columns (integers by default). */
  digits?: number;
}

/**
 * A chart with everything a citable figure needs: title, unit and reference date, the chart with an accessible
 * name and description, a table view of the same numbers (missing values say "keine Daten"), the source line,
 * and downloads (CSV of the data; SVG and PNG that include title, unit, legend and source line).
 */
export function Figure<Row>(
  chart: Element,
  rows: readonly Row[],
  columns: TableColumn<Row>[],
  options: FigureOptions
): HTMLElement {
  const {title, subtitle, source, description} = options;
  const id = `fig-${slug(title)}`;
  const filename = options.filename ?? slug(title);
  const figure = document.createElement("figure");
  figure.className = "rm-figure";
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
  const tools = el("div", "", {class: "rm-tools"});
  tools.append(
    button("CSV", "Daten als CSV herunterladen", () =>
      download(new Blob([toCsv(rows, columns, options)], {type: "text/csv;charset=utf-8"}), `${filename}.csv`)
    ),
    button("SVG", "Grafik mit Quellenangabe als SVG herunterladen", () =>
      download(new Blob([svgString(composeSvg(chart, options))], {type: "image/svg+xml"}), `${filename}.svg`)
    ),
    button("PNG", "Grafik mit Quellenangabe als PNG herunterladen", async () =>
      download(await pngBlob(composeSvg(chart, options)), `${filename}.png`)
    )
  );
  figure.append(details, el("figcaption", source, {class: "rm-source"}), tools);
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

function button(label: string, title: string, action: () => void | Promise<void>): HTMLButtonElement {
  const node = el("button", label, {type: "button", title, "aria-label": title}) as HTMLButtonElement;
  node.addEventListener("click", () => void action());
  return node;
}

function el(tag: string, text: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
