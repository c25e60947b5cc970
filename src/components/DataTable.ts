import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {formatInteger, PAGE_LANG} from "../shared/locale.js";

/**
 * A sortable table with optional single-row selection, built with `addEventListener` only.
 *
 * It replaces `Inputs.table` from @observablehq/inputs: that one renders `onclick=${…}` attributes through htl, and
 * Chromium (≥ 156) reports every such attribute as a violation of the site's strict Content-Security-Policy
 * ("Executing inline event handler violates …", issue 23) the moment the element enters the document, even though
 * htl replaces the attribute by a property right after. No attribute named `on…` is ever set here.
 *
 * What it keeps of `Inputs.table`: `columns`, `header`, `format`, `align`, `width`, `sort`/`reverse`, `rows` (the
 * visible height), lazy rendering of long tables (more rows are added as the reader scrolls), `select` with
 * `multiple: false` (the value is the selected row or null; an `input` event on the root tells Framework's `view()`).
 * What it adds: column headers are buttons (sortable by keyboard) with `aria-sort`, the selection radios carry a label
 * naming their row, and the scroll box is a focusable, named region (WCAG 2.1.1, 4.1.2).
 */
export interface DataTableOptions<T> {
  columns?: (keyof T & string)[];
  header?: Partial<Record<string, string>>;
  format?: Partial<Record<string, (value: never, row: T) => string | Node>>;
  align?: Partial<Record<string, "left" | "right" | "center">>;
  width?: Partial<Record<string, number>>;
  /** Column to sort by initially; `reverse` sorts it descending. */
  sort?: keyof T & string;
  reverse?: boolean;
  /** Rows visible without scrolling (the box scrolls for more). */
  rows?: number;
  /** Single-row selection with radios; the value is the selected row or null. */
  select?: boolean;
  layout?: "auto" | "fixed";
  /** The accessible name of the scroll region (defaults to "Tabelle" / "Table"). */
  label?: string;
  lang?: Lang;
}

export type DataTableElement<T> = HTMLDivElement & {value: T | null};

const ROW_HEIGHT = 24;
let tableCount = 0;

export function DataTable<T extends object>(
  data: readonly T[],
  options: DataTableOptions<T> = {}
): DataTableElement<T> {
  const lang = options.lang ?? PAGE_LANG;
  const columns = options.columns ?? columnsOf(data);
  const numeric = new Set(columns.filter((c) => isNumericColumn(data, c)));
  const visibleRows = options.rows ?? 11.5;
  const name = `rm-datatable-${++tableCount}`;

  const root = document.createElement("div") as unknown as DataTableElement<T>;
  root.className = "rm-datatable";
  const scroll = element("div", "rm-datatable-scroll");
  scroll.setAttribute("role", "region");
  scroll.setAttribute("tabindex", "0");
  scroll.setAttribute("aria-label", options.label ?? t(lang, "table.label"));
  scroll.style.maxHeight = `${Math.round((visibleRows + 1) * ROW_HEIGHT)}px`;
  const table = element("table", "rm-table");
  table.style.tableLayout = options.layout ?? (columns.length >= 12 ? "auto" : "fixed");
  const thead = element("thead");
  const tbody = element("tbody");
  table.append(thead, tbody);
  scroll.append(table);
  root.append(scroll);

  let sortColumn = options.sort;
  let descending = options.reverse ?? false;
  let order: T[] = [];
  let shown = 0;
  let selected: T | null = null;

  const headerRow = element("tr");
  if (options.select) {
    const th = element("th", "rm-datatable-select");
    th.setAttribute("scope", "col");
    th.append(element("span", "rm-sr-only", t(lang, "table.select")));
    headerRow.append(th);
  }
  const sortButtons = new Map<string, {th: HTMLTableCellElement; mark: HTMLSpanElement}>();
  for (const column of columns) {
    const th = element("th");
    th.setAttribute("scope", "col");
    const align = options.align?.[column] ?? (numeric.has(column) ? "right" : "left");
    th.style.textAlign = align;
    const width = options.width?.[column];
    if (width !== undefined) th.style.width = `${width}px`;
    const button = element("button", "rm-sort");
    button.type = "button";
    const mark = element("span", "rm-sort-mark");
    mark.setAttribute("aria-hidden", "true");
    button.append(options.header?.[column] ?? column, mark);
    button.addEventListener("click", () => {
      descending = sortColumn === column ? !descending : false;
      sortColumn = column;
      render();
    });
    th.append(button);
    sortButtons.set(column, {th, mark});
    headerRow.append(th);
  }
  thead.append(headerRow);

  const compare = comparator(lang);

  function render() {
    order = [...data];
    if (sortColumn !== undefined) {
      const column = sortColumn;
      order.sort((a, b) => compare(cell(a, column), cell(b, column), descending));
    }
    for (const [column, {th, mark}] of sortButtons) {
      const state = column === sortColumn ? (descending ? "descending" : "ascending") : "none";
      th.setAttribute("aria-sort", state);
      mark.textContent = state === "ascending" ? " ▲" : state === "descending" ? " ▼" : "";
    }
    tbody.replaceChildren();
    shown = 0;
    appendRows(Math.max(1, Math.ceil(visibleRows * 2)));
  }

  function appendRows(count: number) {
    const end = Math.min(order.length, shown + count);
    const fragment = document.createDocumentFragment();
    for (; shown < end; ++shown) fragment.append(rowElement(order[shown]!));
    tbody.append(fragment);
  }

  function rowElement(row: T): HTMLTableRowElement {
    const tr = element("tr");
    if (options.select) {
      const td = element("td", "rm-datatable-select");
      const radio = element("input");
      radio.type = "radio";
      radio.name = name;
      radio.checked = row === selected;
      radio.setAttribute("aria-label", t(lang, "table.selectRow", {row: rowName(row)}));
      rowOfRadio.set(radio, row);
      td.append(radio);
      tr.append(td);
    }
    for (const column of columns) {
      const td = element("td");
      if (numeric.has(column)) td.className = "rm-num";
      const align = options.align?.[column];
      if (align) td.style.textAlign = align;
      const value = cell(row, column);
      const format = options.format?.[column] as ((value: unknown, row: T) => string | Node) | undefined;
      // Missing values leave the cell empty, as in Inputs.table (the formats are not asked about them).
      if (!isMissing(value)) td.append(format ? format(value, row) : defaultFormat(value, lang));
      tr.append(td);
    }
    return tr;
  }

  function rowName(row: T): string {
    const first = columns[0];
    return first === undefined ? "" : String(cell(row, first) ?? "");
  }

  // A radio's own input event bubbles to the root, where Framework's view() reads `value`; this capturing listener
  // runs first and records the selection, so there is exactly one event per choice.
  const rowOfRadio = new WeakMap<EventTarget, T>();
  root.addEventListener(
    "input",
    (event) => {
      const row = event.target ? rowOfRadio.get(event.target) : undefined;
      if (row !== undefined) selected = row;
    },
    {capture: true}
  );

  // A click anywhere in a selectable row chooses it, as its radio would (the page says "Zeile anklicken").
  if (options.select) {
    tbody.addEventListener("click", (event) => {
      const target = event.target as Element;
      if (target.closest("input")) return;
      target.closest("tr")?.querySelector<HTMLInputElement>("input[type=radio]")?.click();
    });
  }

  scroll.addEventListener("scroll", () => {
    if (shown < order.length && scroll.scrollTop + scroll.clientHeight >= scroll.scrollHeight - ROW_HEIGHT * 4) {
      appendRows(Math.ceil(visibleRows * 2));
    }
  });

  Object.defineProperty(root, "value", {
    get: () => selected,
    set: (row: T | null) => {
      selected = row !== null && data.includes(row) ? row : null;
      render();
    }
  });
  render();
  return root;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function cell<T>(row: T, column: string): unknown {
  return (row as Record<string, unknown>)[column];
}

function columnsOf<T extends object>(data: readonly T[]): (keyof T & string)[] {
  const columns = (data as {columns?: string[]}).columns;
  if (columns) return columns as (keyof T & string)[];
  return Object.keys(data[0] ?? {}) as (keyof T & string)[];
}

/** A column is numeric when every present value is a number (numbers align right, as in Inputs.table). */
function isNumericColumn<T>(data: readonly T[], column: string): boolean {
  let any = false;
  for (const row of data) {
    const value = cell(row, column);
    if (value === null || value === undefined) continue;
    if (typeof value !== "number" && typeof value !== "bigint") return false;
    any = true;
  }
  return any;
}

function defaultFormat(value: unknown, lang: Lang): string {
  if (typeof value === "number")
    return Number.isInteger(value) ? formatInteger(value, lang) : value.toLocaleString(locale(lang));
  if (typeof value === "bigint") return formatInteger(Number(value), lang);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "number" && Number.isNaN(value));
}

function locale(lang: Lang): string {
  return lang === "en" ? "en-GB" : "de-DE";
}

/** Ascending or descending; missing values (null, undefined, NaN) always last; text in the language's collation. */
export function comparator(lang: Lang) {
  const collator = new Intl.Collator(locale(lang), {numeric: true});
  return (a: unknown, b: unknown, descending: boolean): number => {
    const aMissing = isMissing(a);
    const bMissing = isMissing(b);
    if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
    const order =
      typeof a === "string" || typeof b === "string"
        ? collator.compare(String(a), String(b))
        : a! < b!
          ? -1
          : a! > b!
            ? 1
            : 0;
    return descending ? -order : order;
  };
}
