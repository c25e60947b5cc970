/**
 * English and German from one dictionary. How a page becomes bilingual:
 *
 * 1. One source per route. `src/en/<page>.md` is a symlink to `src/<page>.md` (`ln -s ../<page>.md src/en/`;
 *    `src/en/kreise/[code].md` for the Kreis profiles, whose English paths come from `dynamicPaths` in
 *    observablehq.config.ts). The page therefore imports and loads with root-absolute paths, which resolve from
 *    /en/ too: `import {x} from "/lib/x.js"`, `FileAttachment("/data/x.parquet").arrayBuffer()`. Links between pages stay
 *    relative (`./vergleich`, `../kreise/15084`), so they stay within the language.
 * 2. The language: `const lang = pageLang()` from `/shared/i18n/page.js` (German, or English under /en/; postbuild
 *    sets `<html lang>`). Every visible string is `t(lang, key, params)` with a literal key ("bevoelkerung.title"), the area's entries in
 *    `src/shared/i18n/<area>.ts` registered in `parts` (dictionary.ts). Prose and headings go into HTML with
 *    expressions: `<h1>${t(lang, "nav.overview")}</h1>`; no German or English
 *    literals in the page.
 * 3. Numbers and dates: `formatInteger`, `formatDecimal`, `formatStichtag`, `formatReference` from
 *    `/shared/locale.js` follow the page's language (`1.234,5` / `1,234.5`, `31.12.2024` / `31 Dec 2024`); importing
 *    that module also sets d3's default locale, so Plot axes follow. Inputs come from `/lib/inputs.js`. Figures
 *    take `{lang}`; components that write words take `lang` as an option.
 * 4. The front-matter `title` must be the German text of a `nav.*` or `title.*` entry: postbuild puts the English
 *    one into the `<title>` of the /en/ page (and the sidebar names and links, which Framework renders once).
 * 5. The language switch (config `header`) is on every page and keeps query string and hash. Add the English
 *    route to the browser-test expectations (test/e2e/expectations/) with English texts and number formats.
 */
import {dictionary, type Key} from "./dictionary.js";
import type {Lang} from "./types.js";

export type {Key} from "./dictionary.js";
export {LANGS, type Entry, type Lang} from "./types.js";
export {langOfPath, pageLang, routeIn} from "./page.js";

/**
 * The text for `key` in `lang`. `{name}` placeholders are filled from `params`. An unknown key throws, so that a
 * missing translation fails the browser test (console error) instead of showing a key on screen.
 */
export function t(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const entry = dictionary[key];
  if (!entry) throw new Error(`i18n: unknown key "${key}"`);
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
