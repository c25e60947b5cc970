import {existsSync} from "node:fs";

import {kreisProfilePaths} from "./data-loaders/site-paths.js";
import {t} from "./src/shared/i18n/index.js";
import {LANGUAGE_SWITCH_CLASS, langOfPath, routeIn} from "./src/shared/i18n/page.js";

/**
 * The navigation; a page appears once its source exists (src/<path>.md, a page loader, or <path>/index.md). The
 * names are the German ones; scripts/postbuild.ts rewrites the sidebar of every page under dist/en/ to English
 * names and /en/ links (Framework's sidebar is one for the whole site).
 */
const NAVIGATION = [
  {name: "Neu", path: "/aktuell"},
  {name: "Bevölkerung", path: "/bevoelkerung"},
  {name: "Beschäftigung", path: "/beschaeftigung"},
  {name: "Branchen", path: "/branchen"},
  {name: "Strukturwandel", path: "/strukturwandel"},
  {name: "Gemeinden", path: "/gemeinden"},
  {name: "Kreisprofile", path: "/kreise/"},
  {name: "Vergleich", path: "/vergleich"},
  {name: "Standort", path: "/standort"},
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
  // One profile page per Kreis of Sachsen, Sachsen-Anhalt and Thüringen, from src/kreise/[code].md, in German
  // (/kreise/<code>) and English (/en/kreise/<code>, from the symlink src/en/kreise/[code].md).
  dynamicPaths: async function* () {
    for await (const path of kreisProfilePaths()) yield* [path, routeIn(path, "en")];
  },
  toc: {label: "Inhalt"},
  pager: false,
  search: false,
  // The language switch on every page: a link to the same route in the other language. src/shared/i18n/page.ts
  // appends the page's query string and hash when it is followed, so the page state survives the switch.
  header: ({path}: {path: string}) => {
    const other = langOfPath(path) === "en" ? "de" : "en";
    return `<a class="${LANGUAGE_SWITCH_CLASS}" href="${routeIn(path, other)}" hreflang="${other}" lang="${other}">${t(langOfPath(path), "lang.switch")}</a>`;
  },
  footer: ({path}: {path: string}) => {
    const lang = langOfPath(path);
    const link = (route: string, text: string) => `<a href="${routeIn(route, lang)}">${text}</a>`;
    // The accessibility statement is linked from every page (BITV 2.0 § 7 Abs. 1).
    return `${t(lang, "site.footer")} · ${link("/daten", t(lang, "site.footerSources"))} · ${link("/barrierefreiheit", t(lang, "a11y.footerLink"))}`;
  },
  cleanUrls: true
};
