/// <reference types="vite/client" />
import type {Page} from "playwright-core";

/** What the browser test expects of a route: content a user would check. Every built page is visited. */
export interface PageExpectation {
  /** CSS selectors that must be present once the page is ready (charts, tables). */
  ready: string[];
  /** Text the page must show once ready (German number formats included). */
  texts?: string[];
  /** What a user does next (click, choose), and what must then appear. */
  interact?: (page: Page) => Promise<void>;
}

/**
 * Expectations live in test/e2e/expectations/<page>.ts, one file per page (or group of pages), each exporting
 * `expectations`. A key is a route (`/branchen`) or a pattern with one parameter (`/kreise/:code`) that applies
 * to every matching route without an exact entry.
 */
const modules = import.meta.glob<{expectations: Record<string, PageExpectation>}>("./expectations/*.ts", {
  eager: true
});

export const EXPECTATIONS: Record<string, PageExpectation> = Object.assign(
  {},
  ...Object.values(modules).map((m) => m.expectations)
);

/**
 * The expectation for a built route: exact match first, then a `:param` pattern. An English route (`/en/…`)
 * without an entry of its own takes the German entry's `ready` selectors only (its texts are German); a page made
 * bilingual adds its `/en/…` entry with English texts and number formats.
 */
export function expectationFor(route: string): {key: string; expectation: PageExpectation} | undefined {
  const own = ownExpectation(route);
  if (own || !route.startsWith("/en/")) return own;
  const german = ownExpectation(route.slice(3));
  return german && {key: german.key, expectation: {ready: german.expectation.ready}};
}

function ownExpectation(route: string): {key: string; expectation: PageExpectation} | undefined {
  if (EXPECTATIONS[route]) return {key: route, expectation: EXPECTATIONS[route]};
  for (const [key, expectation] of Object.entries(EXPECTATIONS)) {
    if (!key.includes(":")) continue;
    if (key.startsWith("/en/") !== route.startsWith("/en/")) continue;
    const pattern = new RegExp(`^${key.replace(/:[a-z]+/g, "[^/]+")}$`);
    if (pattern.test(route)) return {key, expectation};
  }
  return undefined;
}

/**
 * The English Kreis profiles visited by the browser test: the same template as the German ones (all of which are
 * visited), so three stand for all; they keep the run time of the test modest.
 */
export const ENGLISH_PROFILE_SAMPLE = ["/en/kreise/15084", "/en/kreise/14713", "/en/kreise/16077"];

/** Whether the browser test opens a built route (every route except English profiles outside the sample). */
export function visited(route: string): boolean {
  return !/^\/en\/kreise\/[^/]+$/.test(route) || ENGLISH_PROFILE_SAMPLE.includes(route);
}

/** One route per page type, opened at phone width in both colour schemes and both languages. */
export const PAGE_TYPES = [
  "/",
  "/bevoelkerung",
  "/beschaeftigung",
  "/branchen",
  "/strukturwandel",
  "/gemeinden",
  "/kreise/",
  "/kreise/15084",
  "/vergleich",
  "/aktuell",
  "/daten",
  "/standort"
];

/**
 * The cells of every row of a figure's table view (`<card selector> table`), as text: the table sits in a closed
 * <details>, so this reads textContent rather than what is on screen. For assertions such as
 * `expect(rows).toContainEqual(["Burgenlandkreis", "2025", "7,3", ""])`.
 */
export async function tableRows(page: Page, card: string): Promise<string[][]> {
  return page.$$eval(`${card} table tbody tr`, (trs) =>
    trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (c) => (c.textContent ?? "").trim()))
  );
}
