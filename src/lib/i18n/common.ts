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
  "value.missing": {de: "keine Daten", en: "no data"},
  "figure.showTable": {de: "Tabelle anzeigen", en: "Show table"},
  "figure.source": {de: "Quelle", en: "Source"},
  "figure.ownCalculation": {de: "eigene Berechnung", en: "own calculation"}
} satisfies Entries;
