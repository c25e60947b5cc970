/**
 * Post-processes the built site: Framework 1.13 writes `<html>` without a language; the UI is German, so
 * every page gets `lang="de"` (screen readers, hyphenation, browser translation offers depend on it).
 * Every page also gets its Content-Security-Policy as a meta tag with the hashes of its inline scripts
 * (scripts/csp.ts); `dist/_headers` holds the hash-free part for hosts that read that file (Netlify, Cloudflare
 * Pages), the README shows the same header for nginx and Apache.
 */
import {readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";

import {projectRoot} from "../data-loaders/lib/paths.js";
import {headerPolicy, withPolicy} from "./csp.js";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

const dist = join(projectRoot, "dist");
const files = htmlFiles(dist);
for (const file of files) {
  const html = readFileSync(file, "utf-8");
  if (!html.includes("<html>")) throw new Error(`${file}: no <html> tag to set the language on`);
  writeFileSync(file, withPolicy(html.replace("<html>", '<html lang="de">'), file));
}
writeFileSync(join(dist, "_headers"), `/*\n  Content-Security-Policy: ${headerPolicy()}\n`);
console.error(`postbuild: lang="de" and the Content-Security-Policy set on ${files.length} pages`);
