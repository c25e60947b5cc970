/**
 * Headless Chromium for the browser test and the benchmark (playwright-core, Debian's /usr/bin/chromium).
 * Every request to a host other than 127.0.0.1 is recorded and aborted, so nothing leaves the machine and the
 * test can assert that a page needs no third party.
 */
import {chromium, type Browser, type BrowserContext, type Page} from "playwright-core";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS});
}

export interface Visit {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  outsideRequests: string[];
}

const LOCAL = /^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:)/;

/** Opens a URL in a fresh context (cold cache), recording console errors and outside requests. */
export async function visit(
  browser: Browser,
  url: string,
  {viewport = {width: 1280, height: 900}, colorScheme = "light" as "light" | "dark"} = {}
): Promise<Visit> {
  const context = await browser.newContext({viewport, colorScheme, locale: "de-DE", timezoneId: "Europe/Berlin"});
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  await context.route("**/*", (route) => {
    const requestUrl = route.request().url();
    if (LOCAL.test(requestUrl)) return route.continue();
    outsideRequests.push(requestUrl);
    return route.abort("blockedbyclient");
  });
  // A Content-Security-Policy violation is an error of the page, whether or not the browser logs it.
  await context.addInitScript({
    content: `document.addEventListener("securitypolicyviolation", (e) =>
      console.error("CSP violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "inline") +
        " at " + e.sourceFile + ":" + e.lineNumber));`
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  await page.goto(url, {waitUntil: "load"});
  return {page, context, consoleErrors, outsideRequests};
}
