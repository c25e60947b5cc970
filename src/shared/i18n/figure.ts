import type {Entries} from "./types.js";

/** The figure toolbar, its table view and the texts that go into exported files (PNG, SVG, CSV, XLSX, embeds). */
export const figure = {
  "figure.menu": {de: "Teilen und herunterladen", en: "Share and download"},
  "figure.png.slide": {de: "PNG 16:9 (Folie)", en: "PNG 16:9 (slide)"},
  "figure.png.standard": {de: "PNG 4:3", en: "PNG 4:3"},
  "figure.png.screen": {de: "PNG (Bildschirmgröße)", en: "PNG (screen size)"},
  "figure.svg": {de: "SVG (Vektorgrafik)", en: "SVG (vector graphic)"},
  "figure.svg.slide": {de: "SVG 16:9 (Folie)", en: "SVG 16:9 (slide)"},
  "figure.svg.standard": {de: "SVG 4:3", en: "SVG 4:3"},
  "figure.regionTitle": {de: "{region}: {title}", en: "{region}: {title}"},
  "figure.csv": {de: "CSV (Daten)", en: "CSV (data)"},
  "figure.xlsx": {de: "XLSX (Excel)", en: "XLSX (Excel)"},
  "figure.link": {de: "Link", en: "Link"},
  "figure.embed": {de: "Einbetten", en: "Embed"},
  "figure.copy": {de: "Kopieren", en: "Copy"},
  "figure.copied": {de: "In die Zwischenablage kopiert", en: "Copied to the clipboard"},
  "figure.linkLabel": {de: "Link zu dieser Grafik", en: "Link to this figure"},
  "figure.embedLabel": {de: "HTML-Code zum Einbetten", en: "HTML code to embed"},
  "figure.downloadHint": {
    de: "Grafik mit Titel, Legende und Quellenangabe herunterladen: {format}",
    en: "Download the figure with title, legend and source line: {format}"
  },
  "figure.fullPage": {de: "Ganze Seite auf {site} öffnen", en: "Open the full page on {site}"},
  "figure.exportFooter": {de: "{site} · {link}", en: "{site} · {link}"},
  "figure.csvMissing": {
    de: "Leere Zelle = keine Daten (fehlend oder geheim gehalten)",
    en: "Empty cell = no data (missing or suppressed)"
  },
  "figure.sheet.data": {de: "Daten", en: "Data"},
  "figure.sheet.about": {de: "Quelle und Hinweise", en: "Source and notes"},
  "figure.about.title": {de: "Titel", en: "Title"},
  "figure.about.subtitle": {de: "Einheit und Stand", en: "Unit and reference date"},
  "figure.about.source": {de: "Quelle", en: "Source"},
  "figure.about.licence": {de: "Lizenz", en: "Licence"},
  "figure.about.link": {de: "Link", en: "Link"},
  "figure.about.missing": {de: "Fehlende Werte", en: "Missing values"},
  "figure.tableDownload": {de: "Tabelle herunterladen", en: "Download table"}
} satisfies Entries;
