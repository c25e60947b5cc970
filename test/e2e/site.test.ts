import {mkdirSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";

import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {projectRoot} from "../../data-loaders/lib/paths.js";
import {serveDirectory, type StaticServer} from "../../scripts/static-server.js";
import {launchBrowser, visit} from "./browser.js";
import {EXPECTATIONS, expectationFor, PAGE_TYPES, visited} from "./pages.js";

const dist = join(projectRoot, "dist");
const screenshots = join(projectRoot, "test/output/screenshots");

/** Every page of the built site, as a route: dist/kreise/15084.html → /kreise/15084. */
function builtRoutes(dir = dist): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : builtRoutes(path);
    if (!entry.name.endsWith(".html") || entry.name === "404.html") return [];
    const route = "/" + relative(dist, path).replace(/\.html$/, "");
    return [route === "/index" ? "/" : route.replace(/\/index$/, "/")];
  });
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(dist, {
    extra: {"/__outside-request": join(projectRoot, "test/fixtures/outside-request.html")}
  });
  browser = await launchBrowser();
  mkdirSync(screenshots, {recursive: true});
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the built site", () => {
  const routes = builtRoutes();

  it("has a browser test expectation for every page, and a page for every expectation", () => {
    expect(routes.filter((route) => !expectationFor(route))).toEqual([]);
    const used = new Set(routes.map((route) => expectationFor(route)!.key));
    expect(Object.keys(EXPECTATIONS).filter((key) => !used.has(key))).toEqual([]);
  });

  for (const route of routes.filter(visited)) {
    it(`${route} renders its content with no console error and no request to another host`, async () => {
      const expectation = expectationFor(route)?.expectation ?? {ready: ["h1"]};
      const {page, context, consoleErrors, outsideRequests} = await visit(browser, server.url + route);
      try {
        for (const selector of expectation.ready) await page.waitForSelector(selector, {timeout: 60_000});
        await page.waitForLoadState("networkidle");
        await expectation.interact?.(page);
        const text = await page.innerText("body");
        for (const expected of expectation.texts ?? []) expect(text).toContain(expected);
        expect(await page.getAttribute("html", "lang")).toBe(route.startsWith("/en/") ? "en" : "de");
        await page.screenshot({
          path: join(screenshots, `${route === "/" ? "index" : route.slice(1).replace(/\//g, "_")}.png`),
          fullPage: true
        });
        expect(outsideRequests).toEqual([]);
        expect(consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe("phone width, light and dark, German and English", () => {
  // A phone (390 px): the page must not scroll sideways and its charts must render, in both colour schemes. The page
  // is loaded once per language; the colour scheme is switched in place (CSS only, no reload).
  const existing = new Set(builtRoutes());
  for (const german of PAGE_TYPES) {
    for (const route of [german, german === "/" ? "/en/" : `/en${german}`]) {
      if (!existing.has(route)) continue;
      it(`${route} fits a 390 px wide screen in light and dark mode`, async () => {
        const expectation = expectationFor(route)!.expectation;
        const {page, context, consoleErrors, outsideRequests} = await visit(browser, server.url + route, {
          viewport: {width: 390, height: 844},
          colorScheme: "light"
        });
        try {
          for (const selector of expectation.ready) await page.waitForSelector(selector, {timeout: 60_000});
          await page.waitForLoadState("networkidle");
          const name = route === "/" ? "index" : route.slice(1).replace(/\/$/, "").replace(/\//g, "_");
          for (const colorScheme of ["light", "dark"] as const) {
            await page.emulateMedia({colorScheme});
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            await page.screenshot({path: join(screenshots, `phone-${colorScheme}-${name}.png`), fullPage: true});
            expect(width, `${route} in ${colorScheme} mode`).toBeLessThanOrEqual(391);
          }
          expect(outsideRequests).toEqual([]);
          expect(consoleErrors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe("the outside-request guard", () => {
  it("reports a page that loads a script from a CDN (test page, not shipped)", async () => {
    const {context, outsideRequests} = await visit(browser, server.url + "/__outside-request");
    try {
      expect(outsideRequests).toContain("https://cdn.jsdelivr.net/npm/d3@7/+esm");
    } finally {
      await context.close();
    }
  });
});
