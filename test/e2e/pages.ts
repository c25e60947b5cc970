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

/** The expectation for a built route: exact match first, then a `:param` pattern. */
export function expectationFor(route: string): {key: string; expectation: PageExpectation} | undefined {
  if (EXPECTATIONS[route]) return {key: route, expectation: EXPECTATIONS[route]};
  for (const [key, expectation] of Object.entries(EXPECTATIONS)) {
    if (!key.includes(":")) continue;
    const pattern = new RegExp(`^${key.replace(/:[a-z]+/g, "[^/]+")}$`);
    if (pattern.test(route)) return {key, expectation};
  }
  return undefined;
}
