import {toCsv} from "../lib/csv.js";
import {type Lang, t} from "../shared/i18n/index.js";
import {pageLang} from "../shared/i18n/page.js";
import {formatDecimal, formatInteger} from "../shared/locale.js";
import {copyText, embedHeight, embedSnippet, figureId, permalink, registerFigure, whenAttached} from "./embed.js";
import {type ChartRenderer, composeSvg, download, type ExportSize, pngBlob, rendererOf, svgString} from "./export.js";

export interface FigureOptions {
  title: string;
  /** Unit and reference date, e.g. "Personen, Stichtag 31.12." */
  subtitle: string;
  /** The source line with licence (see sourceLine in src/shared/sources.ts). */
  source: string;
  /** A one-sentence description for screen readers. */
  description: string;
  /** Base name for downloaded files (defaults to the figure's id), after the region (see `region`). */
  filename?: string;
  /** Language of the menu, the table view and the texts in exported files (default: the page's, from <html lang>). */
  lang?: Lang;
  /** The figure's id for links and embeds (default: the id of the card around it, else a slug of the title). */
  id?: string;
  /**
   * Draws the chart again at a given size, for the 16:9 and 4:3 images: e.g. `({width, height}) =>
   * IndexChart(rows, {width, height, baseYear})`. Charts of components wrapped with `redrawing` (export.ts) bring
   * their own; only a chart without either is scaled into the image.
   */
  render?: ChartRenderer;
  /**
   * The region the figure is about (a Kreis profile, /standort): its name goes into the exported title where the
   * title does not name it, and name and code into the file names (`burgenlandkreis-15084-lq-wz-16x9.png`), so that
   * a slide stands alone and the slides of two Kreise do not overwrite each other.
   */
  region?: {code: string; name: string};
  /** Footnotes to marks in the chart ("* …"): under the chart on screen and above the source line in every export. */
  notes?: readonly string[];
}

export interface TableColumn<Row> {
  label: string;
  value: (row: Row) => string | number | null;
  /**
   * Decimals for numeric columns (integers by default), for the column or per row (a table of indicators). The
   * table view shows them, and CSV and XLSX round to them: the published precision.
   */
  digits?: number | ((row: Row) => number);
  /** Unit of a numeric column, added to its header in CSV and XLSX ("Population (persons)"). */
  unit?: string;
}

/** What a table download needs besides rows and columns. */
export interface TableMeta {
  title: string;
  subtitle: string;
  source: string;
  filename?: string;
  lang?: Lang;
}

/**
 * A chart with everything a citable figure needs: title, unit and reference date, the chart with an accessible
 * name and description, a table view of the same numbers (missing values say "keine Daten"), the source line,
 * and a menu: PNG (16:9 slide, 4:3, screen size; all at 2× density), SVG, CSV, XLSX, a link to the figure and an
 * embed snippet. Exported images include title, unit, legend, source line, site name and permalink.
 */
export function Figure<Row>(
  chart: Element,
  rows: readonly Row[],
  columns: TableColumn<Row>[],
  options: FigureOptions
): HTMLElement {
  const {title, subtitle, source, description, region, notes = []} = options;
  const lang = options.lang ?? pageLang();
  const fallbackId = slug(title);
  const domId = `fig-${fallbackId}`;
  const figure = document.createElement("figure");
  figure.className = "rm-figure";
  figure.setAttribute("aria-labelledby", `${domId}-title`);
  figure.setAttribute("aria-describedby", `${domId}-desc`);
  figure.append(
    el("h2", title, {id: `${domId}-title`}),
    el("h3", subtitle),
    el("p", description, {id: `${domId}-desc`, class: "rm-sr-only"})
  );
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", `${title}. ${description}`);
  // Inside an image, Plot's names of its mark groups ("line", "dot") are noise, and on a <g> without a role they are
  // not allowed (ARIA 1.2, aria-prohibited-attr): the chart is read as one image with the name above.
  for (const node of chart.querySelectorAll("[aria-label]:not([role])")) node.removeAttribute("aria-label");
  figure.append(chart);
  const details = document.createElement("details");
  details.className = "rm-table-view";
  details.append(el("summary", t(lang, "figure.showTable")), DataTable(rows, columns, title, lang));

  // The id is known once the figure sits in its card; until then links use the fallback.
  let id = options.id ?? fallbackId;
  const link = () => permalink(id);
  const site = t(lang, "site.title");
  const exportTitle =
    region && !title.includes(region.name) ? t(lang, "figure.regionTitle", {region: region.name, title}) : title;
  const exportText = () => ({
    title: exportTitle,
    subtitle,
    source,
    notes,
    description,
    footer: t(lang, "figure.exportFooter", {site, link: link()})
  });
  const composed = (size: ExportSize) => composeSvg(chart, exportText(), size, options.render ?? rendererOf(chart));
  const file = (size: ExportSize, ext: string) => exportFilename({region, name: options.filename ?? id, size, ext});
  const image = (size: ExportSize) => async () => download(await pngBlob(composed(size)), file(size, "png"));
  const vector = (size: ExportSize) => () =>
    download(new Blob([svgString(composed(size))], {type: "image/svg+xml"}), file(size, "svg"));

  const share = el("div", "", {class: "rm-share", hidden: ""});
  const shareInput = el("textarea", "", {
    readonly: "",
    rows: "2",
    class: "rm-share-text",
    id: `${domId}-share`
  }) as HTMLTextAreaElement;
  const shareStatus = el("span", "", {class: "rm-share-status", role: "status"});
  const shareLabel = el("label", "", {for: `${domId}-share`});
  share.append(shareLabel, shareInput, shareStatus);
  const offer = async (label: string, text: string) => {
    share.hidden = false;
    shareLabel.textContent = label;
    shareInput.value = text;
    shareInput.select();
    shareStatus.textContent = (await copyText(text)) ? t(lang, "figure.copied") : "";
  };

  const menu = document.createElement("details");
  menu.className = "rm-menu";
  const items = el("div", "", {class: "rm-menu-items"});
  const hint = (format: string) => t(lang, "figure.downloadHint", {format});
  items.append(
    button(t(lang, "figure.png.slide"), hint("PNG 1920×1080"), "png-slide", image("slide")),
    button(t(lang, "figure.png.standard"), hint("PNG 1600×1200"), "png-standard", image("standard")),
    button(t(lang, "figure.png.screen"), hint("PNG"), "png-screen", image("screen")),
    button(t(lang, "figure.svg.slide"), hint("SVG 1920×1080"), "svg-slide", vector("slide")),
    button(t(lang, "figure.svg.standard"), hint("SVG 1600×1200"), "svg-standard", vector("standard")),
    button(t(lang, "figure.svg"), hint("SVG"), "svg", vector("screen")),
    ...tableButtons(rows, columns, {title: exportTitle, subtitle, source, lang}, link, () => file("screen", "")),
    button(t(lang, "figure.link"), t(lang, "figure.linkLabel"), "link", () =>
      offer(t(lang, "figure.linkLabel"), link())
    ),
    button(t(lang, "figure.embed"), t(lang, "figure.embedLabel"), "embed", () =>
      offer(t(lang, "figure.embedLabel"), embedSnippet(id, title, location.href, embedHeight(figure)))
    )
  );
  const summary = el("summary", t(lang, "figure.menu"));
  menu.append(summary, items);
  // Escape closes the menu and returns focus to its button, as in any menu (WAI-ARIA Authoring Practices).
  menu.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    summary.focus();
  });
  const tools = el("div", "", {class: "rm-tools"});
  tools.append(menu);
  const back = el("a", t(lang, "figure.fullPage", {site}), {class: "rm-embed-link", target: "_blank", rel: "noopener"});
  const footnotes = notes.map((note) => el("p", note, {class: "rm-note rm-figure-note"}));
  figure.append(...footnotes, details, el("figcaption", source, {class: "rm-source"}), back, tools, share);
  whenAttached(figure, () => {
    id = figureId(figure, options.id, fallbackId);
    back.setAttribute("href", link());
    registerFigure(figure, id);
  });
  return figure;
}

/** A file name that says region, figure and size: `burgenlandkreis-15084-lq-wz-16x9.png`. */
export function exportFilename({
  region,
  name,
  size,
  ext
}: {
  region?: {code: string; name: string};
  name: string;
  size: ExportSize;
  ext: string;
}): string {
  const suffix = {slide: "-16x9", standard: "-4x3", screen: ""}[size];
  const prefix = region ? `${slug(region.name)}-${region.code}-` : "";
  return `${prefix}${name}${suffix}${ext ? `.${ext}` : ""}`;
}

/** CSV and XLSX buttons for a table of rows (a figure's data or a summary table). */
function tableButtons<Row>(
  rows: readonly Row[],
  columns: TableColumn<Row>[],
  meta: TableMeta,
  link: () => string = () => (typeof location === "undefined" ? "" : location.href),
  name?: () => string
): HTMLButtonElement[] {
  const lang = meta.lang ?? pageLang();
  const base = () => name?.() ?? meta.filename ?? slug(meta.title);
  // The files carry the numbers as the table view shows them (integers unless a column says otherwise).
  const published = fileColumns(columns);
  return [
    button(t(lang, "figure.csv"), t(lang, "figure.csv"), "csv", () =>
      download(new Blob([toCsv(rows, published, {...meta, lang})], {type: "text/csv;charset=utf-8"}), `${base()}.csv`)
    ),
    button(t(lang, "figure.xlsx"), t(lang, "figure.xlsx"), "xlsx", async () => {
      // Loaded on the first click: the page does not pay for the zip code until someone wants a spreadsheet.
      const {figureWorkbook} = await import("../lib/xlsx.js");
      const bytes = figureWorkbook(rows, published, {...meta, lang, link: link()});
      download(
        new Blob([bytes as BlobPart], {type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}),
        `${base()}.xlsx`
      );
    })
  ];
}

/** The columns as files write them: the table view's decimals, the unit in the header. */
export function fileColumns<Row>(columns: readonly TableColumn<Row>[]): TableColumn<Row>[] {
  return columns.map((c) => ({
    ...c,
    label: c.unit ? `${c.label} (${c.unit})` : c.label,
    unit: undefined,
    digits: c.digits ?? 0
  }));
}

/** CSV and XLSX downloads for a summary table that is not a chart (Kreis key figures, comparison tables). */
export function TableDownloads<Row>(rows: readonly Row[], columns: TableColumn<Row>[], meta: TableMeta): HTMLElement {
  const tools = el("div", "", {class: "rm-tools rm-table-downloads"});
  tools.append(...tableButtons(rows, columns, meta));
  return tools;
}

/** A summary table with its CSV/XLSX downloads. */
export function SummaryTable<Row>(rows: readonly Row[], columns: TableColumn<Row>[], meta: TableMeta): HTMLElement {
  const wrapper = el("div", "", {class: "rm-summary-table"});
  const scroll = ScrollRegion(meta.title);
  scroll.append(DataTable(rows, columns, meta.title, meta.lang ?? pageLang()));
  wrapper.append(scroll, TableDownloads(rows, columns, meta));
  return wrapper;
}

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen: focusable, so that keyboard
 * users can scroll it with the arrow keys, and named, so that screen readers announce what it holds (WCAG 2.1.1).
 */
export function ScrollRegion(label: string): HTMLElement {
  return el("div", "", {class: "rm-scroll", tabindex: "0", role: "region", "aria-label": label});
}

/** A plain, accessible table of rows; numbers in the language's format, missing values as "keine Daten". */
export function DataTable<Row>(
  rows: readonly Row[],
  columns: TableColumn<Row>[],
  caption?: string,
  lang: Lang = pageLang()
): HTMLTableElement {
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
        const digits = typeof column.digits === "function" ? column.digits(row) : column.digits;
        td.textContent = formatNumber(value, digits ?? 0, lang);
        if (value === null) td.classList.add("rm-missing");
      } else td.textContent = value;
    }
  }
  return table;
}

function formatNumber(value: number | null, digits: number, lang: Lang): string {
  return digits ? formatDecimal(value, digits, lang) : formatInteger(value, lang);
}

function button(label: string, title: string, name: string, action: () => void | Promise<void>): HTMLButtonElement {
  const node = el("button", label, {type: "button", title, "data-export": name}) as HTMLButtonElement;
  node.addEventListener("click", () => {
    Promise.resolve(action()).catch((error: unknown) => console.error(error));
  });
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
