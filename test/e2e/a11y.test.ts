/**
 * WCAG 2.1 AA (BITV 2.0) in the browser: axe-core on one page of every type, German and English, light and dark,
 * at 1280 and 390 px; and keyboard-only walks through the pickers, the export menu and the SQL console.
 */
import {mkdirSync} from "node:fs";
import {join} from "node:path";

import AxeBuilder from "@axe-core/playwright";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {projectRoot} from "../../data-loaders/lib/paths.js";
import {fileForPath} from "../../scripts/bench/dist-files.js";
import {serveDirectory, type StaticServer} from "../../scripts/static-server.js";
import {launchBrowser, visit} from "./browser.js";
import {expectationFor, PAGE_TYPES} from "./pages.js";

const dist = join(projectRoot, "dist");
const screenshots = join(projectRoot, "test/output/screenshots");

/** The success criteria of WCAG 2.0 and 2.1, levels A and AA: what BITV 2.0 (EN 301 549) requires. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The four views of a page. The colour scheme changes colours only, so the dark views run the rules about colour
 * (axe's `color-contrast` and `link-in-text-block`); the light views run every rule. That keeps the test at about
 * half the time of four full runs.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
const VIEWS = [
  {width: 1280, height: 900, colorScheme: "light", rules: undefined},
  {width: 1280, height: 900, colorScheme: "dark", rules: COLOUR_RULES},
  {width: 390, height: 844, colorScheme: "light", rules: undefined},
  {width: 390, height: 844, colorScheme: "dark", rules: COLOUR_RULES}
] as const;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(dist);
  browser = await launchBrowser();
  mkdirSync(screenshots, {recursive: true});
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits for a page's charts and tables (its browser test expectation) and for the network to settle. */
async function ready(page: Page, route: string): Promise<void> {
  const expectation = expectationFor(route)?.expectation ?? {ready: ["h1"]};
  for (const selector of expectation.ready) await page.waitForSelector(selector, {timeout: 60_000});
  await page.waitForLoadState("networkidle");
}

/** axe's violations as one line per rule and element: "color-contrast (serious) .rm-source: Fix any of …". */
async function violations(
  page: Page,
  rules?: readonly string[]
): Promise<{lines: string[]; rules: number; elements: number}> {
  const axe = new AxeBuilder({page}).withTags(WCAG_TAGS);
  const result = await (rules ? axe.withRules([...rules]) : axe).analyze();
  const lines = result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1]?.trim()}`)
  );
  return {lines, rules: result.violations.length, elements: lines.length};
}

const totals = {views: 0, rules: 0, elements: 0};

describe("axe-core: no WCAG 2.1 A/AA violation", () => {
  const routes = [...PAGE_TYPES, "/barrierefreiheit"].flatMap((german) => [
    german,
    german === "/" ? "/en/" : `/en${german}`
  ]);
  for (const route of routes.filter((r) => fileForPath(dist, r))) {
    it(`${route} at 1280 and 390 px, light and dark`, async () => {
      const {page, context} = await visit(browser, server.url + route);
      try {
        await ready(page, route);
        const found: string[] = [];
        for (const {width, height, colorScheme, rules: only} of VIEWS) {
          await page.setViewportSize({width, height});
          await page.emulateMedia({colorScheme});
          // Charts redraw at the new width (Framework's resize); let them settle before axe reads the page.
          await page.waitForTimeout(300);
          const {lines, rules, elements} = await violations(page, only);
          totals.views++;
          totals.rules += rules;
          totals.elements += elements;
          found.push(...lines.map((line) => `${width} ${colorScheme}: ${line}`));
        }
        // Reflow (WCAG 1.4.10): at 320 px the page does not scroll sideways.
        await page.setViewportSize({width: 320, height: 700});
        await page.waitForTimeout(300);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        await page.screenshot({
          path: join(screenshots, `a11y-320-${route.slice(1).replace(/\//g, "_") || "index"}.png`)
        });
        expect(found).toEqual([]);
        expect(width, "page width at 320 px").toBeLessThanOrEqual(321);
      } finally {
        await context.close();
      }
      // Four axe runs on a page with hundreds of table rows take about 30 s on a quiet machine, minutes on a busy one.
    }, 300_000);
  }
  afterAll(() => {
    console.log(
      `axe: ${totals.rules} violations on ${totals.elements} elements in ${totals.views} page views (WCAG 2.1 A/AA)`
    );
  });
});

/** Presses Tab until the focused element matches `selector`; returns the number of presses (fails after `max`). */
async function tabTo(page: Page, selector: string, max = 200): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} not reached with ${max} presses of Tab`);
}

/** The selector of the control a visible `<label>` with exactly this text names (`#id`). */
async function labelled(page: Page, text: string): Promise<string> {
  const selector = await page.evaluate((t) => {
    const id = [...document.querySelectorAll("label")].find((l) => l.textContent?.trim() === t)?.htmlFor;
    return id ? `#${CSS.escape(id)}` : undefined;
  }, text);
  if (!selector) throw new Error(`no control labelled "${text}"`);
  return selector;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} ${el.textContent?.trim().slice(0, 40)}` : "";
  });

describe("keyboard only", () => {
  it("the skip link comes first and moves focus to the main content", async () => {
    const {page, context} = await visit(browser, server.url + "/daten");
    try {
      await page.waitForSelector("#sql-console textarea", {timeout: 60_000});
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Zum Inhalt springen");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("observablehq-main");
    } finally {
      await context.close();
    }
  });

  it("/kreise/15084: choose the reference region, open the figure menu, export a PNG, close the menu with Escape", async () => {
    const {page, context, consoleErrors} = await visit(browser, server.url + "/kreise/15084");
    try {
      await ready(page, "/kreise/15084");
      // The reference of the location quotients: Germany → Sachsen-Anhalt, with the arrow key on the select.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter"); // skip link
      await tabTo(page, await labelled(page, "Vergleichsraum"));
      await page.keyboard.press("ArrowDown");
      await expect.poll(() => page.evaluate(() => location.search)).toContain("vergleich=15");
      // The figure menu of the population trend: open with Enter, PNG with Enter, close with Escape.
      await tabTo(page, "#population-trend details.rm-menu summary");
      await page.keyboard.press("Enter");
      expect(await page.locator("#population-trend details.rm-menu").getAttribute("open")).toBe("");
      await tabTo(page, "#population-trend [data-export=png-screen]", 10);
      const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      await page.keyboard.press("Escape");
      expect(await page.locator("#population-trend details.rm-menu").getAttribute("open")).toBeNull();
      expect(await focused(page)).toContain("summary");
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("/standort: choose a Kreis and type an occupation group", async () => {
    const {page, context, consoleErrors} = await visit(browser, server.url + "/standort");
    try {
      await ready(page, "/standort");
      await tabTo(page, await labelled(page, "Kreis"));
      const before = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
      await page.keyboard.press("ArrowDown");
      const kreis = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
      expect(kreis).not.toBe(before);
      await expect.poll(() => page.evaluate(() => location.search)).toContain(`kreis=${kreis}`);
      await tabTo(page, ".rm-occupation-picker input", 5);
      await page.keyboard.press("Control+A");
      await page.keyboard.type("513");
      await expect.poll(() => page.innerText("#standort-kpi"), {timeout: 20_000}).toContain("513 Lagerwirt");
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("/daten: type and run a query; focus stays on the run button", async () => {
    const {page, context, consoleErrors} = await visit(browser, server.url + "/daten");
    try {
      await page.waitForSelector("#sql-console textarea", {timeout: 60_000});
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter"); // skip link
      const presses = await tabTo(page, "#sql-console textarea", 120);
      await page.keyboard.press("Control+A");
      await page.keyboard.type("SELECT 6 * 7 AS antwort");
      await tabTo(page, "#sql-console button", 3);
      expect(await focused(page)).toContain("Abfrage ausführen");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.locator("#sql-console [role=status]").innerText(), {timeout: 60_000})
        .toMatch(/1 Zeile in/);
      expect(await page.locator("#sql-console table").innerText()).toContain("42");
      expect(await focused(page)).toContain("Abfrage ausführen");
      console.log(`/daten: SQL console reached with ${presses} presses of Tab after the skip link`);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("/vergleich: remove a region chip; focus moves to the next chip, not to the page", async () => {
    const {page, context, consoleErrors} = await visit(browser, server.url + "/vergleich");
    try {
      await ready(page, "/vergleich");
      await tabTo(page, ".rm-chips button");
      const chips = await page.locator(".rm-chips li").count();
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator(".rm-chips li").count()).toBe(chips - 1);
      expect(await page.evaluate(() => document.activeElement?.closest(".rm-region-picker") !== null)).toBe(true);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
