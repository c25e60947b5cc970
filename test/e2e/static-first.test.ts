/**
 * Static first (issue 18): what a Kreis profile shows without JavaScript, and that the live page takes over the
 * prerendered content without moving it (cumulative layout shift, https://web.dev/articles/cls), plus the head
 * metadata of every built page.
 */
import {readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";

import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {projectRoot} from "../../data-loaders/lib/paths.js";
import {fileForPath} from "../../scripts/bench/dist-files.js";
import {headerPolicy, policyOf} from "../../scripts/csp.js";
import {serveDirectory, type StaticServer} from "../../scripts/static-server.js";
import {launchBrowser, visit} from "./browser.js";

const dist = join(projectRoot, "dist");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(dist, {
    headers: (pathname) => {
      const file = fileForPath(dist, pathname);
      const policy = file?.endsWith(".html") ? policyOf(readFileSync(file, "utf-8")) : undefined;
      return {"Content-Security-Policy": policy ?? headerPolicy()};
    }
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// kreis_profiles: Burgenlandkreis 173.684 inhabitants on 31.12.2024 (GENESIS 12411-01-01-4), unemployment rate
// 7,3 % in 2025 (BA); the three trend charts are drawn at build time.
const NO_SCRIPT = [
  {route: "/kreise/15084", texts: ["Burgenlandkreis", "173.684", "7,3 %", "Kennzahlen im Vergleich", "Sachsen-Anhalt"]},
  {route: "/en/kreise/15084", texts: ["Burgenlandkreis", "173,684", "Key figures compared", "Saxony-Anhalt"]}
];

describe("a Kreis profile without JavaScript", () => {
  for (const {route, texts} of NO_SCRIPT) {
    it(`${route} shows the name, the key figures and the trend charts`, async () => {
      const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 1280, height: 900}});
      try {
        const page = await context.newPage();
        await page.goto(server.url + route, {waitUntil: "load"});
        const text = await page.innerText("main");
        for (const expected of texts) expect(text).toContain(expected);
        expect(await page.innerText("h1")).toBe("Burgenlandkreis");
        expect(await page.locator("#facts-table table tbody tr").count()).toBeGreaterThan(6);
        for (const id of ["population-trend", "svb-trend", "unemployment-trend"]) {
          const figure = page.locator(`#${id} figure.rm-figure`);
          expect(await figure.locator("h2").innerText()).not.toBe("");
          const box = await figure.locator("svg[viewBox]").last().boundingBox();
          expect(box!.height).toBeGreaterThan(200);
        }
        // Framework's loading spinner is not shown around prerendered content.
        const spinners = await page.$$eval("observablehq-loading.rm-prerendered", (nodes) =>
          nodes.map((n) => getComputedStyle(n).display)
        );
        expect(spinners.length).toBeGreaterThan(10);
        expect(new Set(spinners)).toEqual(new Set(["contents"]));
      } finally {
        await context.close();
      }
    });
  }
});

describe("a Kreis profile with JavaScript", () => {
  for (const route of ["/kreise/15084", "/en/kreise/14713"]) {
    it(`${route}: the live page replaces the prerendered one with a layout shift (CLS) of at most 0.05`, async () => {
      const {page, context, consoleErrors} = await visit(browser, server.url + route);
      try {
        // Layout shifts since navigation, as a PerformanceObserver reports them (buffered: from the first paint).
        await page.evaluate(() => {
          (window as unknown as {cls: number}).cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as {value: number; hadRecentInput: boolean}[]) {
              if (!entry.hadRecentInput) (window as unknown as {cls: number}).cls += entry.value;
            }
          }).observe({type: "layout-shift", buffered: true});
        });
        // Live: no prerendered node left in the cards, the fact sheet drawn by the page (its location facts).
        await page.waitForFunction(
          () =>
            !document.querySelector("#population-trend .rm-prerendered, #unemployment-trend .rm-prerendered") &&
            !document.querySelector(".rm-sheet-wrap .rm-prerendered") &&
            document.querySelector("#lq-kldb figure svg"),
          undefined,
          {timeout: 60_000}
        );
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(1000);
        const cls = await page.evaluate(() => (window as unknown as {cls: number}).cls);
        expect(cls).toBeLessThanOrEqual(0.05);
        expect(consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

function htmlRoutes(dir = dist): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : htmlRoutes(path);
    return entry.name.endsWith(".html") && entry.name !== "404.html" ? [relative(dist, path)] : [];
  });
}

describe("head metadata", () => {
  it("gives every page a title and description of its own, a canonical URL, hreflang pairs and a 1200×630 preview", () => {
    const files = htmlRoutes();
    const heads = files.map((file) => {
      const html = readFileSync(join(dist, file), "utf-8");
      return {
        file,
        title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
        description: /<meta name="description" content="([^"]*)">/.exec(html)?.[1],
        canonical: /<link rel="canonical" href="([^"]*)">/.exec(html)?.[1],
        hreflang: html.match(/<link rel="alternate" hreflang="(de|en|x-default)"/g)?.length ?? 0,
        image: /<meta property="og:image" content="([^"]*)">/.exec(html)?.[1]
      };
    });
    expect(heads.filter((h) => !h.title || !h.description || !h.canonical || h.hreflang !== 3)).toEqual([]);
    expect(new Set(heads.map((h) => h.title)).size).toBe(files.length);
    expect(new Set(heads.map((h) => h.description)).size).toBe(files.length);
    const profile = heads.find((h) => h.file === "kreise/15084.html")!;
    expect(profile.title).toBe("Burgenlandkreis – Kreisprofil | Revier-Monitor");
    expect(profile.description).toContain("173.684 Einwohner am 31.12.2024");
    // Every og:image is a 1200×630 PNG in dist/ (its address is under the site URL, its file under dist/).
    const base = /<link rel="canonical" href="([^"]*)">/.exec(readFileSync(join(dist, "index.html"), "utf-8"))![1]!;
    for (const {file, image} of heads) {
      expect(image, file).toMatch(new RegExp(`^${base}og/.+\\.png$`));
      const png = readFileSync(join(dist, image!.slice(base.length)));
      expect([png.subarray(1, 4).toString("latin1"), png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([
        "PNG",
        1200,
        630
      ]);
    }
    expect(heads.find((h) => h.file === "en/kreise/15084.html")!.image).toBe(profile.image);
    const sitemap = readFileSync(join(dist, "sitemap.xml"), "utf-8");
    expect(sitemap.match(/<url>/g)).toHaveLength(files.length);
  });
});
