import type {Entries} from "./types.js";

/** The SQL console on /daten. */
export const sql = {
  "sql.editorLabel": {de: "SQL-Abfrage", en: "SQL query"},
  "sql.run": {de: "Abfrage ausführen", en: "Run query"},
  "sql.cancel": {de: "Abbrechen", en: "Cancel"},
  "sql.ready": {
    de: "Bereit. DuckDB-WASM startet beim ersten Ausführen.",
    en: "Ready. DuckDB-WASM starts on the first run."
  },
  "sql.starting": {de: "DuckDB-WASM wird gestartet …", en: "Starting DuckDB-WASM …"},
  "sql.loading": {de: "DuckDB-WASM lädt {names} …", en: "DuckDB-WASM is loading {names} …"},
  "sql.running": {de: "Abfrage läuft … (Zeitlimit {seconds} s)", en: "Query running … (time limit {seconds} s)"},
  "sql.done": {de: "{total} {rows} in {ms} ms", en: "{total} {rows} in {ms} ms"},
  "sql.row": {de: "Zeile", en: "row"},
  "sql.rows": {de: "Zeilen", en: "rows"},
  "sql.doneShown": {
    de: "{total} Zeilen in {ms} ms; angezeigt werden die ersten {shown}",
    en: "{total} rows in {ms} ms; showing the first {shown}"
  },
  "sql.cancelled": {
    de: "Abgebrochen nach {ms} ms; bis dahin {total} Zeilen gelesen",
    en: "Cancelled after {ms} ms; {total} rows read by then"
  },
  "sql.timeout": {
    de: "Zeitlimit von {seconds} s erreicht, Abfrage abgebrochen; bis dahin {total} Zeilen gelesen",
    en: "Time limit of {seconds} s reached, query cancelled; {total} rows read by then"
  },
  "sql.error": {de: "Fehler: {message}", en: "Error: {message}"},
  "sql.csv": {de: "Ergebnis als CSV", en: "Result as CSV"},
  "sql.csvShown": {de: "Angezeigte Zeilen als CSV", en: "Rows shown as CSV"},
  "sql.csvTitle": {de: "Abfrageergebnis", en: "Query result"},
  "sql.result": {de: "Abfrageergebnis (Tabelle)", en: "Query result (table)"},
  "sql.csvFile": {de: "abfrage.csv", en: "query.csv"}
} satisfies Entries;
