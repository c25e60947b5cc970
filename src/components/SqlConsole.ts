import {DataTable} from "./DataTable.js";
import * as Plot from "@observablehq/plot";

import {toCsv} from "../lib/csv.js";
import {type Lang, t} from "../shared/i18n/index.js";
import {readParquet} from "../shared/parquet.js";
import {type LimitedResult, queryLimited, registerTable, toColumns} from "./db.js";
import {download} from "./export.js";

export interface ConsoleDataset {
  name: string;
  load: () => Promise<ArrayBuffer>;
}

export interface SqlConsoleOptions {
  initial: string;
  sourceNote: string;
  lang?: Lang;
  /** Rows shown (and converted from Arrow); default 1,000. */
  limit?: number;
  /** Time limit per query in ms; default 6,000. */
  timeoutMs?: number;
}

/**
 * An SQL console over the site's datasets, running DuckDB-WASM in the browser. Datasets are loaded into DuckDB
 * on first use (each as a table named like its file). The result stays Arrow: only the first `limit` rows are
 * turned into objects and shown (with the total count), as a table, a quick chart where the first column is a
 * year or a category and the second a number, and as a CSV download carrying the source note. A query can be
 * cancelled and stops at the time limit (db.ts `queryLimited`), so that `SELECT * FROM range(100000000)` can
 * neither hang nor block the page.
 */
export function SqlConsole(datasets: ConsoleDataset[], options: SqlConsoleOptions) {
  const {initial, sourceNote, lang = "de", limit = 1000, timeoutMs = 6000} = options;
  const locale = lang === "de" ? "de-DE" : "en-GB";
  const count = (n: number) => n.toLocaleString(locale);
  const root = document.createElement("div");
  root.className = "rm-sql";
  const editor = document.createElement("textarea");
  editor.defaultValue = initial;
  editor.rows = 6;
  editor.spellcheck = false;
  editor.setAttribute("aria-label", t(lang, "sql.editorLabel"));
  const run = button(t(lang, "sql.run"));
  const cancel = button(t(lang, "sql.cancel"));
  cancel.className = "rm-sql-cancel";
  cancel.hidden = true;
  const status = document.createElement("p");
  status.className = "rm-loading";
  status.setAttribute("role", "status");
  const output = document.createElement("div");
  root.append(editor, run, cancel, status, output);
  let controller: AbortController | undefined;

  let running = false;
  async function execute() {
    if (running) return;
    // Not `disabled`: a disabled button drops the keyboard focus to the page's body (WCAG 2.4.3).
    running = true;
    run.setAttribute("aria-disabled", "true");
    cancel.hidden = false;
    controller = new AbortController();
    const {signal} = controller;
    output.replaceChildren();
    status.className = "rm-loading";
    try {
      const sql = editor.value;
      const needed = datasets.filter((d) => new RegExp(`\\b${d.name}\\b`, "i").test(sql));
      status.textContent = needed.length
        ? t(lang, "sql.loading", {names: needed.map((d) => d.name).join(", ")})
        : t(lang, "sql.starting");
      for (const dataset of needed) {
        if (signal.aborted) break;
        await registerTable(dataset.name, async () =>
          toColumns(await readParquet<Record<string, unknown>>(await dataset.load()))
        );
      }
      status.textContent = t(lang, "sql.running", {seconds: timeoutMs / 1000});
      const result = await queryLimited(sql, {limit, timeoutMs, signal});
      const params = {
        total: count(result.total),
        rows: t(lang, result.total === 1 ? "sql.row" : "sql.rows"),
        ms: Math.round(result.ms),
        shown: count(result.rows.length)
      };
      status.textContent = result.stopped
        ? t(lang, result.stopped === "timeout" ? "sql.timeout" : "sql.cancelled", {
            ...params,
            seconds: timeoutMs / 1000
          })
        : t(lang, result.total > result.rows.length ? "sql.doneShown" : "sql.done", params);
      if (result.stopped) status.className = "rm-error";
      if (result.rows.length) show(sql, result);
    } catch (error) {
      status.textContent = t(lang, "sql.error", {message: error instanceof Error ? error.message : String(error)});
      status.className = "rm-error";
    } finally {
      running = false;
      run.removeAttribute("aria-disabled");
      const cancelHadFocus = document.activeElement === cancel;
      cancel.hidden = true;
      if (cancelHadFocus) run.focus();
      controller = undefined;
    }
  }

  function show(sql: string, {rows, columns, total}: LimitedResult) {
    // Years are codes, not quantities: no thousands separator ("2015", not "2.015").
    const format = Object.fromEntries(columns.filter((k) => /^(year|jahr)$/i.test(k)).map((k) => [k, String]));
    const save = button(t(lang, total > rows.length ? "sql.csvShown" : "sql.csv"));
    save.addEventListener("click", () =>
      download(
        new Blob(
          [
            toCsv(
              rows,
              columns.map((k) => ({label: k, value: (r: Record<string, unknown>) => cell(r[k])})),
              {title: t(lang, "sql.csvTitle"), subtitle: sql.replace(/\s+/g, " "), source: sourceNote, lang}
            )
          ],
          {type: "text/csv;charset=utf-8"}
        ),
        t(lang, "sql.csvFile")
      )
    );
    output.append(
      DataTable(rows, {rows: 15, format, columns, lang, label: t(lang, "sql.result")}),
      quickChart(rows),
      save
    );
  }

  run.addEventListener("click", () => void execute());
  cancel.addEventListener("click", () => controller?.abort());
  status.textContent = t(lang, "sql.ready");
  return root;
}

function button(text: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = text;
  return element;
}

function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  return String(value);
}

/** A line chart when the first column looks like years, a bar chart for categories; nothing otherwise. */
export function quickChart(rows: Record<string, unknown>[]): Element | string {
  if (!rows.length) return "";
  const [x, y] = Object.keys(rows[0]!);
  if (!x || !y || !rows.every((r) => typeof r[y] === "number" || r[y] === null)) return "";
  const years = rows.every((r) => typeof r[x] === "number" && Number.isInteger(r[x]) && (r[x] as number) > 1900);
  if (years) {
    return Plot.plot({
      height: 240,
      marginLeft: 72,
      // Whole years as ticks (a few years would otherwise get ticks at 2022.2, 2022.4, … all printed "2022").
      x: {tickFormat: "d", label: x, interval: 1},
      y: {grid: true, label: y},
      marks: [Plot.lineY(rows, {x, y}), Plot.dot(rows, {x, y, r: 2})]
    });
  }
  if (rows.length > 40) return "";
  return Plot.plot({
    height: Math.max(120, rows.length * 18 + 40),
    marginLeft: 160,
    x: {grid: true, label: y},
    y: {label: null},
    marks: [Plot.barX(rows, {x: y, y: x, sort: {y: "-x"}}), Plot.ruleX([0])]
  });
}
