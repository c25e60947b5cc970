// Observable Framework configuration.
// The site must build and run without any third-party host: no jsDelivr, no Google Fonts,
// no DuckDB extension server. See README.md, "Offline build".
export default {
  title: "Revier-Monitor",
  root: "src",
  output: "dist",
  // Framework's default globalStylesheets load a font from Google; we use a system font stack instead.
  globalStylesheets: [],
  style: "style.css",
  // No DuckDB extensions: DuckDB-WASM is imported from node_modules in src/components/db.ts,
  // and Parquet is decoded with hyparquet, so Framework's own DuckDBClient is never used.
  duckdb: {platforms: {eh: true}, extensions: {json: false, parquet: false}},
  head: '<link rel="icon" href="data:,">',
  pages: [{name: "Bevölkerung", path: "/bevoelkerung"}],
  pager: false,
  search: false,
  footer:
    'Revier-Monitor · Daten: Statistische Ämter des Bundes und der Länder, Bundesagentur für Arbeit, BBSR, BKG (dl-de/by-2-0) · <a href="./daten">Quellen und Lizenzen</a>',
  cleanUrls: true
};
