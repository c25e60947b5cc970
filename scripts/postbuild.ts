/**
 * Post-processes the built site. Framework 1.13 writes `<html>` without a language and one German sidebar for all
 * pages; scripts/localize-page.ts sets `lang` on every page ("en" under dist/en/, "de" elsewhere) and puts the
 * English pages' title, sidebar and TOC label into English.
 */
import {readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";

import {projectRoot} from "../data-loaders/lib/paths.js";
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
  writeFileSync(file, result.html);
}
if (untranslated.size) {
  console.warn(
    `postbuild: no English title in the dictionary for ${[...untranslated].map((s) => `"${s}"`).join(", ")}`
  );
}
console.error(`postbuild: language set on ${files.length} pages (${english} English)`);
