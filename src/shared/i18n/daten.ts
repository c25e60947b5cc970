import type {Entries} from "./types.js";

/** The data and sources page (/daten), generated at build time by data-loaders/pages/daten-page.ts. */
export const daten = {
  "daten.title": {de: "Daten und Quellen", en: "Data and sources"},
  "daten.lead": {
    de: "Alle Datensätze des Dashboards zum Herunterladen (Apache Parquet, zstd-komprimiert; lesbar mit DuckDB, Python/pandas, R/arrow, QGIS …; CSV und XLSX werden beim Klick im Browser aus der Parquet-Datei erzeugt), ihre Quellen mit Lizenz und Datenstand, die Definitionen der Indikatoren, und eine SQL-Konsole, die im Browser über alle Datensätze rechnet. Regionalschlüssel sind Texte mit führenden Nullen (Land 2-, Kreis 5-, Gemeinde 8-stellig, `DG` = Deutschland); fehlende oder geheim gehaltene Werte sind leer, nie 0.",
    en: "Every dataset of the dashboard for download (Apache Parquet, zstd-compressed; readable with DuckDB, Python/pandas, R/arrow, QGIS …; CSV and XLSX are made from the Parquet file in the browser on click), its sources with licence and data stand, the definitions of the indicators, and a SQL console that computes over all datasets in the browser. Regional codes are text with leading zeros (state 2, district 5, municipality 8 digits, `DG` = Germany); missing or confidential values are empty, never 0."
  },
  "daten.datasets": {de: "Datensätze", en: "Datasets"},
  "daten.columns": {de: "Spalten", en: "Columns"},
  "daten.col.column": {de: "Spalte", en: "Column"},
  "daten.col.type": {de: "Typ", en: "Type"},
  "daten.col.meaning": {de: "Bedeutung", en: "Meaning"},
  "daten.sources": {de: "Quellen und Lizenzen", en: "Sources and licences"},
  "daten.col.publisher": {de: "Herausgeber", en: "Publisher"},
  "daten.col.table": {de: "Tabelle", en: "Table"},
  "daten.col.content": {de: "Inhalt", en: "Content (official German title)"},
  "daten.col.reference": {de: "Bezug", en: "Reference"},
  "daten.col.stand": {de: "Stand", en: "Data stand"},
  "daten.col.licence": {de: "Lizenz", en: "Licence"},
  "daten.attribution": {
    de: "Quellenvermerke: Statistische Ämter des Bundes und der Länder, Destatis, BBSR, Bundesnetzagentur: Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0). Bundesagentur für Arbeit: „© Statistik der Bundesagentur für Arbeit“. Verwaltungsgrenzen: „© GeoBasis-DE / BKG 2021“. Wo das Dashboard rechnet (Aggregate, Indizes, Quotienten), steht „eigene Berechnung“. Der Katalog als Datei:",
    en: "Attribution: Statistische Ämter des Bundes und der Länder, Destatis, BBSR, Bundesnetzagentur: Data licence Germany – attribution – version 2.0 (dl-de/by-2-0). Federal Employment Agency: “© Statistik der Bundesagentur für Arbeit”. Administrative boundaries: “© GeoBasis-DE / BKG 2021”. Where the dashboard computes (aggregates, indices, quotients) it says “own calculation” (eigene Berechnung). The catalogue as a file:"
  },
  "daten.indicators": {de: "Indikatoren", en: "Indicators"},
  "daten.indicatorsLater": {
    de: "Die Definitionen der Indikatoren folgen.",
    en: "The definitions of the indicators follow."
  },
  "daten.indicatorsGerman": {
    de: "Formeln und Definitionen aus docs/indicators.md.",
    en: "Formulas and definitions from docs/indicators.md (in German)."
  },
  "daten.sql": {de: "SQL-Konsole", en: "SQL console"},
  "daten.embeds": {de: "Grafiken einbetten", en: "Embedding figures"},
  "daten.embedsLead": {
    de: "Jede Grafik lässt sich über den Eintrag „Einbetten“ ihres Menüs in eine andere Website einbinden; das Snippet enthält die Höhe der Grafik und ein optionales Skript, das den Rahmen an die Höhe anpasst, die die Grafik meldet. Häufig gewünschte Grafiken mit ihrer Kennung (`?embed=<Kennung>` an der Adresse der Seite):",
    en: "Every figure can be embedded in another website through the “Embed” entry of its menu; the snippet holds the figure's height and an optional script that sizes the frame to the height the figure reports. Frequently wanted figures with their id (`?embed=<id>` on the page's address):"
  },
  "daten.col.figureId": {de: "Kennung", en: "Figure id"},
  "daten.col.embedUrl": {de: "Adresse der eingebetteten Grafik", en: "Address of the embedded figure"},
  "daten.sqlLead": {
    de: "Jeder Datensatz ist eine Tabelle gleichen Namens. DuckDB-WASM läuft vollständig im Browser; es werden keine Daten übertragen.",
    en: "Every dataset is a table of the same name. DuckDB-WASM runs entirely in the browser; no data is sent anywhere."
  },
  "daten.sqlInitial": {
    de: "-- Einwohner des Mitteldeutschen Reviers: nur Jahre, in denen alle neun Kreise einen Wert haben",
    en: "-- Inhabitants of the Central German lignite region: only years in which all nine districts have a value"
  },
  "daten.sqlSource": {
    de: "Quelle: siehe Revier-Monitor, Daten und Quellen (dl-de/by-2-0; © Statistik der Bundesagentur für Arbeit); eigene Berechnung",
    en: "Source: see Revier-Monitor, data and sources (dl-de/by-2-0; © Statistik der Bundesagentur für Arbeit); own calculation"
  }
} satisfies Entries;
