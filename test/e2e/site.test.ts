import {mkdirSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";

import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {projectRoot} from "../../data-loaders/lib/paths.js";
import {serveDirectory, type StaticServer} from "../../scripts/static-server.js";
import {launchBrowser, visit} from "./browser.js";
import {EXPECTATIONS, expectationFor} from "./pages.js";

const dist = join(projectRoot, "dist");
const screenshots = join(projectRoot, "test/output/screenshots");

/**
 * Kreis profiles the browser test visits: the 800 profiles (400 Kreise × 2 languages) come from one template, so a
 * few stand for all (a Revier Landkreis, a Revier city, Thüringen, a Kreis outside the Revier, a city state).
 */
export const SAMPLE_PROFILES = new Set(["15084", "14713", "16077", "09162", "02000"]);

/** Every page of the built site, as a route (dist/kreise/15084.html → /kreise/15084), Kreis profiles sampled. */
function builtRoutes(dir = dist): string[] {
  return allRoutes(dir).filter((route) => {
    const profile = /\/kreise\/(\d{5})$/.exec(route);
    return !profile || SAMPLE_PROFILES.has(profile[1]!);
  });
}

function allRoutes(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : allRoutes(path);
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

  for (const route of routes) {
    it(`${route} renders its content with no console error and no request to another host`, async () => {
      const expectation = expectationFor(route)?.expectation ?? {ready: ["h1"]};
      const {page, context, consoleErrors, outsideRequests} = await visit(browser, server.url + route);
      try {
        for (const selector of expectation.ready) await page.waitForSelector(selector, {timeout: 60_000});
        await page.waitForLoadState("networkidle");
        await expectation.interact?.(page);
        const text = await page.innerText("body");
        for (const expected of expectation.texts ?? []) expect(text).toContain(expected);
        expect(await page.getAttribute("html", "lang")).toBe("de");
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

describe("phone width and dark mode", () => {
  // A phone (390 px) in dark mode: the page must not scroll sideways, and its charts must render.
  for (const route of ["/", "/bevoelkerung", "/branchen", "/kreise/15084", "/gemeinden"]) {
    it(`${route} fits a 390 px wide screen in dark mode`, async () => {
      const expectation = expectationFor(route)!.expectation;
      const {page, context, consoleErrors, outsideRequests} = await visit(browser, server.url + route, {
        viewport: {width: 390, height: 844},
        colorScheme: "dark"
      });
      try {
        for (const selector of expectation.ready) await page.waitForSelector(selector, {timeout: 60_000});
        await page.waitForLoadState("networkidle");
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        const name = route === "/" ? "index" : route.slice(1).replace(/\//g, "_");
        await page.screenshot({path: join(screenshots, `phone-dark-${name}.png`), fullPage: true});
        expect(width).toBeLessThanOrEqual(391);
        expect(outsideRequests).toEqual([]);
        expect(consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
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
