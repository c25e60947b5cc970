/**
 * Post-processes the built site. Framework 1.13 writes `<html>` without a language and one German sidebar for all
 * pages; scripts/localize-page.ts sets `lang` on every page ("en" under dist/en/, "de" elsewhere) and puts the
 * English pages' title, sidebar and TOC label into English.
 * Last, every page gets its Content-Security-Policy as a meta tag with the hashes of its (final) inline scripts
 * (scripts/csp.ts); `dist/_headers` holds the hash-free part for hosts that read that file (Netlify, Cloudflare
 * Pages), the README shows the same header for nginx and Apache.
 */
import {readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";

import {projectRoot} from "../data-loaders/lib/paths.js";
import {headerPolicy, withPolicy} from "./csp.js";
import {withFeedLinks, writeFeeds} from "./feeds.js";
import {localizePage, titleTranslations} from "./localize-page.js";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

const dist = join(projectRoot, "dist");
const files = htmlFiles(dist);
const translations = titleTranslations();
const untranslated = new Set<string>();
let english = 0;
for (const file of files) {
  const name = relative(dist, file);
  const result = localizePage(readFileSync(file, "utf-8"), name, translations);
  for (const text of result.untranslated) untranslated.add(text);
  if (name.startsWith("en/")) english++;
  // After every other change: the hashes must be those of the scripts as shipped.
  writeFileSync(file, withPolicy(withFeedLinks(result.html, name), name));
}
writeFileSync(join(dist, "_headers"), `/*\n  Content-Security-Policy: ${headerPolicy()}\n`);
if (untranslated.size) {
  console.warn(
    `postbuild: no English title in the dictionary for ${[...untranslated].map((s) => `"${s}"`).join(", ")}`
  );
}
// Atom feeds of the releases (scripts/feeds.ts): /feeds/site.xml and one per Kreis, German and English.
console.error(`postbuild: ${writeFeeds(dist)} Atom feeds written`);
console.error(`postbuild: language and Content-Security-Policy set on ${files.length} pages (${english} English)`);
