import type {Entries} from "./types.js";

/** Words used on every page: navigation, figure tools, missing values. */
export const common = {
  "site.title": {de: "Revier-Monitor", en: "Revier-Monitor"},
  "site.region": {de: "Mitteldeutsches Revier", en: "Central German lignite region"},
  "lang.switch": {de: "English", en: "Deutsch"},
  "nav.overview": {de: "Überblick", en: "Overview"},
  "nav.population": {de: "Bevölkerung", en: "Population"},
  "nav.employment": {de: "Beschäftigung", en: "Employment"},
  "nav.sectors": {de: "Branchen", en: "Sectors"},
  "nav.structuralChange": {de: "Strukturwandel", en: "Structural change"},
  "nav.municipalities": {de: "Gemeinden", en: "Municipalities"},
  "nav.kreise": {de: "Kreisprofile", en: "District profiles"},
  "nav.comparison": {de: "Vergleich", en: "Comparison"},
  "nav.data": {de: "Daten und Quellen", en: "Data and sources"},
  "site.footer": {
    de: "Revier-Monitor · Daten: Statistische Ämter des Bundes und der Länder, Bundesagentur für Arbeit, BBSR, BKG, Bundesnetzagentur (dl-de/by-2-0; © Statistik der Bundesagentur für Arbeit; © GeoBasis-DE / BKG 2021)",
    en: "Revier-Monitor · Data: Statistical Offices of the Federation and the Länder, Federal Employment Agency, BBSR, BKG, Federal Network Agency (dl-de/by-2-0; © Statistik der Bundesagentur für Arbeit; © GeoBasis-DE / BKG 2021)"
  },
  "site.footerSources": {de: "Quellen und Lizenzen", en: "Sources and licences"},
  "site.toc": {de: "Inhalt", en: "Contents"},
  "input.search": {de: "Suchen …", en: "Search …"},
  "input.hits": {de: "{count} Treffer", en: "{count} results"},
  "table.label": {de: "Tabelle", en: "Table"},
  "table.select": {de: "Auswahl", en: "Selection"},
  "table.selectRow": {de: "Zeile auswählen: {row}", en: "Select row: {row}"},
  "title.kreisProfile": {de: "Kreisprofil", en: "District profile"},
  "unit.percentagePoints": {de: "Prozentpunkte", en: "percentage points"},
  "value.missing": {de: "keine Daten", en: "no data"},
  "figure.showTable": {de: "Tabelle anzeigen", en: "Show table"},
  "figure.source": {de: "Quelle", en: "Source"},
  "figure.ownCalculation": {de: "eigene Berechnung", en: "own calculation"}
} satisfies Entries;
