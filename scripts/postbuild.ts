/**
 * Post-processes the built site. Framework 1.13 writes `<html>` without a language and one German sidebar for all
 * pages; scripts/localize-page.ts sets `lang` on every page ("en" under dist/en/, "de" elsewhere) and puts the
 * English pages' title, sidebar and TOC label into English.
 * The Kreis profiles get their first screen prerendered into the HTML (scripts/prerender/: name, fact sheet,
 * key figures, trend charts, drawn by the page's components in a build-time DOM).
 * Then each page gets its head metadata (scripts/head.ts: title with the region, description, canonical and hreflang
 * links, Open Graph and Twitter tags; values from scripts/page-meta.ts) and the site its sitemap.xml and robots.txt
 * (scripts/sitemap.ts), with absolute URLs under the configured site URL (scripts/site.ts).
 * Last, every page gets its Content-Security-Policy as a meta tag with the hashes of its (final) inline scripts
 * (scripts/csp.ts); `dist/_headers` holds the hash-free part for hosts that read that file (Netlify, Cloudflare
 * Pages), docs/hosting.md shows the same header for nginx and Apache.
 */
import {spawnSync} from "node:child_process";
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {fileURLToPath} from "node:url";

import {projectRoot} from "../data-loaders/lib/paths.js";
import {routeIn} from "../src/shared/i18n/page.js";
import {accessibleShell} from "./accessible-shell.js";
import {headerPolicy, withPolicy} from "./csp.js";
import {datenJsonLd} from "./dataset-jsonld.js";
import {withFeedLinks, writeFeeds} from "./feeds.js";
import {titleOf, withHead} from "./head.js";
import {langOfFile, localizePage, routeOfFile, titleTranslations} from "./localize-page.js";
import {kreisOfRoute, loadSiteData, pageMeta} from "./page-meta.js";
import {installDom} from "./prerender/dom.js";
import {fillSlots} from "./prerender/slots.js";
import {absoluteUrl, siteUrl} from "./site.js";
import {robots, sitemap} from "./sitemap.js";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

const dist = join(projectRoot, "dist");
const files = htmlFiles(dist);
const base = siteUrl();

/**
 * The pages are processed in PARTS child processes, each with a share of the files: prerendering the Kreis profiles
 * in one process grew its heap by about 19 MB a page and ran out of memory before the 800th profile. A child gets
 * POSTBUILD_PART=i/n and handles the files whose index is i modulo n; the parent writes the site-wide files.
 */
const PARTS = 6;
const part = process.env.POSTBUILD_PART;
if (part) {
  const [index, count] = part.split("/").map(Number) as [number, number];
  await processPages(files.filter((_, i) => i % count === index));
  process.exit(0);
}
for (let i = 0; i < PARTS; i++) {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: {...process.env, POSTBUILD_PART: `${i}/${PARTS}`},
    stdio: "inherit"
  });
  if (child.status !== 0) throw new Error(`postbuild part ${i}/${PARTS} failed (exit ${child.status})`);
}
const routes = files.map((file) => routeOfFile(relative(dist, file))).filter((route) => route !== "/404");
writeFileSync(join(dist, "sitemap.xml"), sitemap(routes, base));
writeFileSync(join(dist, "robots.txt"), robots(base));
writeFileSync(join(dist, "_headers"), `/*\n  Content-Security-Policy: ${headerPolicy()}\n`);
// Atom feeds of the releases (scripts/feeds.ts): /feeds/site.xml and one per Kreis, German and English.
console.error(`postbuild: ${writeFeeds(dist)} Atom feeds written`);
console.error(
  `postbuild: language, head metadata and Content-Security-Policy set on ${files.length} pages; sitemap.xml lists ${routes.length} under ${base}`
);

async function processPages(files: string[]): Promise<void> {
  const translations = titleTranslations();
  const untranslated = new Set<string>();
  const data = await loadSiteData();
  // The components expect a DOM: installed before they are imported.
  installDom();
  const {PRERENDER_WIDTH, kreisPreview, kreisSlots, loadKreisData} = await import("./prerender/kreis.js");
  const kreisData = await loadKreisData();
  const {loadOverview, sitePreview, topicOf} = await import("./prerender/site-preview.js");
  const overview = await loadOverview();
  mkdirSync(join(dist, "og/kreise"), {recursive: true});
  for (const file of files) {
    const name = relative(dist, file);
    const result = localizePage(readFileSync(file, "utf-8"), name, translations);
    for (const text of result.untranslated) untranslated.add(text);
    let html = result.html;
    const route = routeOfFile(name);
    if (route !== "/404") {
      const lang = langOfFile(name);
      const code = kreisOfRoute(route);
      let image: string | undefined;
      if (code) {
        const url = absoluteUrl(route, base).replace(/^https?:\/\//, "");
        html = fillSlots(html, kreisSlots(kreisData, code, lang, url), name, {chartWidth: PRERENDER_WIDTH});
        // One preview per Kreis (German), shared by both languages; written by the part that has the German page.
        image = `/og/kreise/${code}.png`;
        if (lang === "de") {
          const german = absoluteUrl(routeIn(route, "de"), base).replace(/^https?:\/\//, "");
          writeFileSync(join(dist, image), kreisPreview(kreisData, code, german));
        }
      } else {
        const topic = topicOf(routeIn(route, "de"));
        image = `/og/revier-${topic}.png`;
        writeFileSync(join(dist, image), sitePreview(overview, topic, base.replace(/^https?:\/\//, "")));
      }
      const jsonLd = routeIn(route, "de") === "/daten" ? await datenJsonLd(html, lang, route, base) : undefined;
      html = withHead(html, {...pageMeta(data, route, lang, titleOf(html)), jsonLd, image}, base);
    }
    // After every other change: the hashes must be those of the scripts as shipped.
    writeFileSync(file, withPolicy(accessibleShell(withFeedLinks(html, name), langOfFile(name)), name));
  }
  if (untranslated.size) {
    console.warn(
      `postbuild: no English title in the dictionary for ${[...untranslated].map((s) => `"${s}"`).join(", ")}`
    );
  }
}
