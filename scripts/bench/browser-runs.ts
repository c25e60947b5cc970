/**
 * Browser measurements: one cold visit of a page (fresh context, so an empty HTTP cache), timing the first chart
 * and recording every response body; DuckDB-WASM start-up and query latency on the bench harness page.
 *
 * Unlike test/e2e/browser.ts `visit`, requests are not intercepted with `context.route`: interception sends
 * every request through Node and would add its round trip to the timings. Requests to other hosts are only
 * recorded (the browser test is what forbids them).
 */
import type {Browser, BrowserContext, Request} from "playwright-core";

export interface RequestRecord {
  url: string;
  /** Response body bytes as received (our static server does not compress). */
  bodyBytes: number;
  /** When the response finished, in ms since the Unix epoch (browser clock). */
  endEpochMs: number;
}

export interface VisitResult {
  /** ms from navigation start until the chart selector matched; undefined when no chart appeared. */
  firstChartMs?: number;
  /** ms from navigation start until the interactive selector matched. */
  interactiveMs?: number;
  /** performance.timeOrigin of the page (epoch ms). */
  timeOrigin: number;
  requests: RequestRecord[];
  outsideRequests: string[];
  errors: string[];
}

interface Marks {
  chart: number | null;
  interactive: number | null;
}

type BenchWindow = {__bench?: Marks};

/**
 * Runs in the page before any of its scripts: notes performance.now() when the selectors first match. A string,
 * not a function: tsx compiles functions with esbuild's `__name` helper, which does not exist in the page.
 */
function observerScript(chart: string, interactive: string | null): string {
  return `(() => {
  const chart = ${JSON.stringify(chart)};
  const interactive = ${JSON.stringify(interactive)};
  const marks = (window.__bench = {chart: null, interactive: null});
  const observer = new MutationObserver(() => {
    if (marks.chart === null && document.querySelector(chart)) marks.chart = performance.now();
    if (interactive && marks.interactive === null && document.querySelector(interactive)) {
      marks.interactive = performance.now();
    }
    if (marks.chart !== null && (!interactive || marks.interactive !== null)) observer.disconnect();
  });
  observer.observe(document, {childList: true, subtree: true});
})();`;
}

const LOCAL = /^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:)/;

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: {width: 1280, height: 900},
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    colorScheme: "light"
  });
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export interface VisitOptions {
  chart: string;
  interactive?: string;
  /**
   * When false (a page that may have no chart), give up once the network has been idle for `graceMs`;
   * when true, wait up to `timeoutMs` for the chart.
   */
  expectChart: boolean;
  timeoutMs?: number;
  graceMs?: number;
}

/** One cold visit: fresh context, navigation, first chart, then everything the page loads until network idle. */
export async function coldVisit(browser: Browser, url: string, options: VisitOptions): Promise<VisitResult> {
  const {chart, interactive, expectChart, timeoutMs = 60_000, graceMs = 3000} = options;
  const context = await newContext(browser);
  const pending: Promise<RequestRecord | undefined>[] = [];
  const outsideRequests: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => {
    if (!LOCAL.test(request.url())) outsideRequests.push(request.url());
  });
  context.on("requestfinished", (request) => pending.push(record(request)));
  try {
    await context.addInitScript({content: observerScript(chart, interactive ?? null)});
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(url, {waitUntil: "load"});
    const chartShown = page
      .waitForFunction(() => (window as unknown as BenchWindow).__bench?.chart != null, undefined, {timeout: timeoutMs})
      .then(() => true);
    const settled = expectChart
      ? new Promise<boolean>(() => {})
      : page.waitForLoadState("networkidle", {timeout: timeoutMs}).then(async () => {
          await sleep(graceMs);
          return false;
        });
    await Promise.race([chartShown, settled]).catch(() => false);
    if (interactive) {
      await page
        .waitForFunction(() => (window as unknown as BenchWindow).__bench?.interactive != null, undefined, {
          timeout: timeoutMs
        })
        .catch(() => errors.push(`interactive selector ${interactive} never matched`));
    }
    await page.waitForLoadState("networkidle", {timeout: timeoutMs}).catch(() => undefined);
    const {marks, timeOrigin} = await page.evaluate(() => ({
      marks: (window as unknown as BenchWindow).__bench,
      timeOrigin: performance.timeOrigin
    }));
    const requests = (await Promise.all(pending)).filter((r): r is RequestRecord => r !== undefined);
    return {
      firstChartMs: marks?.chart ?? undefined,
      interactiveMs: marks?.interactive ?? undefined,
      timeOrigin,
      requests,
      outsideRequests,
      errors
    };
  } finally {
    await context.close();
  }
}

async function record(request: Request): Promise<RequestRecord | undefined> {
  if (!/^https?:/.test(request.url())) return undefined;
  try {
    const timing = request.timing();
    const sizes = await request.sizes();
    return {url: request.url(), bodyBytes: sizes.responseBodySize, endEpochMs: timing.startTime + timing.responseEnd};
  } catch {
    return undefined;
  }
}

/** Requests whose response finished by the given page time (ms since navigation start). */
export function requestsBefore(visit: VisitResult, pageMs: number): RequestRecord[] {
  const cutoff = visit.timeOrigin + pageMs;
  return visit.requests.filter((r) => r.endEpochMs <= cutoff);
}

type HarnessWindow = {
  benchHarnessLoaded?: boolean;
  benchReady: Promise<number>;
  benchLoad(name: string, url: string): Promise<{ms: number; rows: number}>;
  benchQuery(sql: string): Promise<{ms: number; rows: number}>;
  benchQueryArrow(sql: string): Promise<{ms: number; rows: number}>;
  benchQueryConsole(sql: string): Promise<{ms: number; rows: number}>;
  benchBranchenLoad(): Promise<{rows: number; decodeMs: number; indexMs: number} | null>;
  benchBranchenUpdate(region: string, reference: string, from: number, to: number): {ms: number; rows: number};
};

/** Cold start of DuckDB-WASM on the harness page: ms from navigation start until its first query answered. */
export async function duckdbReady(browser: Browser, url: string): Promise<number> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, {waitUntil: "load"});
    await page.waitForFunction(() => (window as unknown as HarnessWindow).benchHarnessLoaded === true);
    return await page.evaluate(() => (window as unknown as HarnessWindow).benchReady);
  } finally {
    await context.close();
  }
}

export interface QueryTimings {
  name: string;
  mode: "rows" | "console";
  rows: number;
  /** query() as pages call it (result as row objects), or queryLimited as the /daten console calls it. */
  ms: number[];
  /** The same SQL, result kept as Arrow. */
  arrowMs: number[];
}

/** Loads the tables into one harness page and times each query `runs` times after one warm-up. */
export async function queryLatencies(
  browser: Browser,
  url: string,
  tables: readonly {name: string; route: string}[],
  queries: readonly {name: string; sql: string; mode: "rows" | "console"}[],
  runs: number
): Promise<{load: {name: string; rows: number; ms: number}[]; queries: QueryTimings[]}> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, {waitUntil: "load"});
    await page.waitForFunction(() => (window as unknown as HarnessWindow).benchHarnessLoaded === true);
    await page.evaluate(() => (window as unknown as HarnessWindow).benchReady);
    const load = [];
    for (const table of tables) {
      const result = await page.evaluate(
        ([name, route]) => (window as unknown as HarnessWindow).benchLoad(name, route),
        [table.name, table.route] as const
      );
      load.push({name: table.name, ...result});
    }
    const timings: QueryTimings[] = [];
    for (const query of queries) {
      const timing: QueryTimings = {name: query.name, mode: query.mode, rows: 0, ms: [], arrowMs: []};
      const run = (sql: string) =>
        query.mode === "console"
          ? page.evaluate((sql) => (window as unknown as HarnessWindow).benchQueryConsole(sql), sql)
          : page.evaluate((sql) => (window as unknown as HarnessWindow).benchQuery(sql), sql);
      // Warm-up: the first run of a statement pays for planning caches and JIT in the worker.
      await run(query.sql);
      for (let i = 0; i < runs; i++) {
        const objects = await run(query.sql);
        const arrow = await page.evaluate(
          (sql) => (window as unknown as HarnessWindow).benchQueryArrow(sql),
          query.sql
        );
        timing.rows = objects.rows;
        timing.ms.push(objects.ms);
        timing.arrowMs.push(arrow.ms);
      }
      timings.push(timing);
    }
    return {load, queries: timings};
  } finally {
    await context.close();
  }
}

export interface BranchenTimings {
  /** Rows of the branchen_occupations view, ms to fetch and decode it, ms to index it (once per page load). */
  load: {rows: number; decodeMs: number; indexMs: number};
  updates: {name: string; rows: number; ms: number[]}[];
}

/**
 * The /branchen path on a fresh harness page (no DuckDB query runs there first): loads the view as the page does,
 * then times each update `runs` times after one warm-up. Undefined when dist/ has no branchen view.
 */
export async function branchenLatencies(
  browser: Browser,
  url: string,
  updates: readonly {name: string; region: string; reference: string; from: number; to: number}[],
  runs: number
): Promise<BranchenTimings | undefined> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, {waitUntil: "load"});
    await page.waitForFunction(() => (window as unknown as HarnessWindow).benchHarnessLoaded === true);
    const load = await page.evaluate(() => (window as unknown as HarnessWindow).benchBranchenLoad());
    if (!load) return undefined;
    const timings: BranchenTimings["updates"] = [];
    for (const u of updates) {
      const args = [u.region, u.reference, u.from, u.to] as const;
      const update = (a: typeof args) => (window as unknown as HarnessWindow).benchBranchenUpdate(...a);
      await page.evaluate(update, args);
      const timing = {name: u.name, rows: 0, ms: [] as number[]};
      for (let i = 0; i < runs; i++) {
        const result = await page.evaluate(update, args);
        timing.rows = result.rows;
        timing.ms.push(result.ms);
      }
      timings.push(timing);
    }
    return {load, updates: timings};
  } finally {
    await context.close();
  }
}
