import * as Plot from "@observablehq/plot";

import {toCsv} from "../lib/csv.js";
import {table} from "../lib/inputs.js";
import {readParquet} from "../lib/parquet.js";
import {query, registerTable, toColumns} from "./db.js";
import {download} from "./export.js";

export interface ConsoleDataset {
  name: string;
  load: () => Promise<ArrayBuffer>;
}

/**
 * An SQL console over the site's datasets, running DuckDB-WASM in the browser. Datasets are loaded into DuckDB
 * on first use (each as a table named like its file). Results appear as a table, a quick chart where the first
 * column is a year or a category and the second a number, and as a CSV download carrying the source note.
 */
export function SqlConsole(datasets: ConsoleDataset[], {initial, sourceNote}: {initial: string; sourceNote: string}) {
  const root = document.createElement("div");
  root.className = "rm-sql";
  const editor = document.createElement("textarea");
  editor.value = initial;
  editor.rows = 6;
  editor.spellcheck = false;
  editor.setAttribute("aria-label", "SQL-Abfrage");
  const run = document.createElement("button");
  run.type = "button";
  run.textContent = "Abfrage ausführen";
  const status = document.createElement("p");
  status.className = "rm-loading";
  status.setAttribute("role", "status");
  const output = document.createElement("div");
  root.append(editor, run, status, output);

  async function execute() {
    run.disabled = true;
    output.replaceChildren();
    try {
      const sql = editor.value;
      const needed = datasets.filter((d) => new RegExp(`\\b${d.name}\\b`, "i").test(sql));
      status.textContent = needed.length
        ? `DuckDB-WASM lädt ${needed.map((d) => d.name).join(", ")} …`
        : "DuckDB-WASM wird gestartet …";
      for (const dataset of needed) {
        await registerTable(dataset.name, async () =>
          toColumns(await readParquet<Record<string, unknown>>(await dataset.load()))
        );
      }
      const started = performance.now();
      const rows = await query(sql);
      status.textContent = `${rows.length.toLocaleString("de-DE")} Zeilen in ${Math.round(performance.now() - started)} ms`;
      const keys = rows.length ? Object.keys(rows[0]!) : [];
      // Years are codes, not quantities: no thousands separator ("2015", not "2.015").
      const format = Object.fromEntries(keys.filter((k) => /^(year|jahr)$/i.test(k)).map((k) => [k, String]));
      output.append(table(rows, {rows: 15, format}), quickChart(rows));
      const save = document.createElement("button");
      save.type = "button";
      save.textContent = "Ergebnis als CSV";
      save.addEventListener("click", () =>
        download(
          new Blob(
            [
              toCsv(
                rows,
                keys.map((k) => ({label: k, value: (r: Record<string, unknown>) => cell(r[k])})),
                {title: "Abfrageergebnis", subtitle: sql.replace(/\s+/g, " "), source: sourceNote}
              )
            ],
            {type: "text/csv;charset=utf-8"}
          ),
          "abfrage.csv"
        )
      );
      output.append(save);
    } catch (error) {
      status.textContent = `Fehler: ${error instanceof Error ? error.message : String(error)}`;
      status.className = "rm-error";
    } finally {
      run.disabled = false;
    }
  }
  run.addEventListener("click", () => void execute());
  status.textContent = "Bereit. DuckDB-WASM startet beim ersten Ausführen.";
  return root;
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
      x: {tickFormat: "d", label: x},
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
