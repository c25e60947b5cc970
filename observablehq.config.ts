import {existsSync} from "node:fs";

import {kreisProfilePaths} from "./data-loaders/site-paths.js";

/** The navigation; a page appears once its source exists (src/<path>.md, a page loader, or <path>/index.md). */
const NAVIGATION = [
  {name: "Bevölkerung", path: "/bevoelkerung"},
  {name: "Beschäftigung", path: "/beschaeftigung"},
  {name: "Branchen", path: "/branchen"},
  {name: "Strukturwandel", path: "/strukturwandel"},
  {name: "Gemeinden", path: "/gemeinden"},
  {name: "Kreisprofile", path: "/kreise/"},
  {name: "Vergleich", path: "/vergleich"},
  {name: "Daten und Quellen", path: "/daten"}
];

function pageExists(path: string): boolean {
  const base = `src${path.endsWith("/") ? `${path}index` : path}`;
  return [".md", ".md.ts"].some((ext) => existsSync(base + ext));
}

// Observable Framework configuration.
// The site must build and run without any third-party host: no jsDelivr, no Google Fonts, no DuckDB extension
// server. See README.md, "Technik und Stolpersteine".
export default {
  title: "Revier-Monitor",
  root: "src",
  output: "dist",
  // Framework's default globalStylesheets load a font from Google; style.css uses system fonts instead.
  globalStylesheets: [],
  style: "style.css",
  // No DuckDB extensions: DuckDB-WASM is imported from node_modules in src/components/db.ts and Parquet is decoded
  // with hyparquet, so Framework's own DuckDBClient is never used.
  duckdb: {platforms: {eh: true}, extensions: {json: false, parquet: false}},
  head: '<link rel="icon" href="data:,"><meta name="color-scheme" content="light dark">',
  pages: NAVIGATION.filter((page) => pageExists(page.path)),
  // One profile page per Kreis of Sachsen, Sachsen-Anhalt and Thüringen, from src/kreise/[code].md.
  dynamicPaths: kreisProfilePaths,
  toc: {label: "Inhalt"},
  pager: false,
  search: false,
  footer:
    'Revier-Monitor · Daten: Statistische Ämter des Bundes und der Länder, Bundesagentur für Arbeit, BBSR, BKG, Bundesnetzagentur (dl-de/by-2-0; © Statistik der Bundesagentur für Arbeit; © GeoBasis-DE / BKG 2021) · <a href="/daten">Quellen und Lizenzen</a>',
  cleanUrls: true
};
