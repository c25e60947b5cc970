/**
 * npm run bench: measures what users feel, on the built site in dist/ (it builds nothing unless asked).
 *
 *   npm run bench                       all browser measurements, sizes, budgets (report only)
 *   npm run bench -- --check            exit 1 when a budget is missed
 *   npm run bench -- --runs 9           cold page visits per page (default 7, after one warm-up)
 *   npm run bench -- --query-runs 50    runs per interactive query (default 30, at least 20)
 *   npm run bench -- --build-times      also time the data build (cold cache) and the site build (rebuilds dist/)
 *   npm run bench -- --markdown         print the tables as Markdown (for docs/performance.md)
 *
 * Pages are listed in scripts/bench/pages.ts; pages missing from dist/ are skipped with a note.
 */
import {existsSync} from "node:fs";
import {join} from "node:path";

import {DATA_DIR, projectRoot} from "../data-loaders/lib/paths.js";
import {launchBrowser} from "../test/e2e/browser.js";
import {builtModules, writeHarnessPage, writeNaivePage} from "./bench/bench-pages.js";
import {
  branchenLatencies,
  coldVisit,
  duckdbReady,
  queryLatencies,
  requestsBefore,
  type RequestRecord,
  type VisitResult
} from "./bench/browser-runs.js";
import {measureBuildTimes, type BuildTimes} from "./bench/build-times.js";
import {type BudgetInputs, evaluateBudgets, missedBudgets} from "./bench/budgets.js";
import {type Compressed, CompressedSizes, fileForPath, listFiles} from "./bench/dist-files.js";
import {formatBytes, formatMs, formatSpread, renderTable} from "./bench/format.js";
import {PAGES, type PageSpec} from "./bench/pages.js";
import {BRANCHEN_UPDATES, prepareTables, QUERIES} from "./bench/queries.js";
import {median, summarize} from "./bench/stats.js";
import {serveDirectory} from "./static-server.js";

interface Options {
  runs: number;
  queryRuns: number;
  check: boolean;
  buildTimes: boolean;
  markdown: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {runs: 7, queryRuns: 30, check: false, buildTimes: false, markdown: false};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const count = () => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} needs a positive whole number`);
      return value;
    };
    if (arg === "--runs") options.runs = count();
    else if (arg === "--query-runs") options.queryRuns = Math.max(20, count());
    else if (arg === "--check") options.check = true;
    else if (arg === "--build-times") options.buildTimes = true;
    else if (arg === "--markdown") options.markdown = true;
    else throw new Error(`unknown option ${arg} (see the comment at the top of scripts/bench.ts)`);
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const dist = join(projectRoot, "dist");
const cacheDir = join(projectRoot, ".cache/bench");
const notes: string[] = [];
const log = (message: string) => console.error(`bench: ${message}`);
const table = (title: string, header: string[], rows: string[][]) => {
  const text = renderTable(header, rows, {markdown: options.markdown});
  console.log(`\n${options.markdown ? "### " : ""}${title}\n\n${text}`);
};

let buildTimes: BuildTimes | undefined;
if (options.buildTimes) {
  log("--build-times: timing the data build (cold cache) and the site build; this rebuilds dist/ …");
  buildTimes = measureBuildTimes(projectRoot);
}

if (!existsSync(join(dist, "index.html"))) {
  console.error(`bench: ${dist} is missing or has no index.html. Build the site first: npm run build`);
  process.exit(2);
}

// Sizes of everything a static host would serve, raw and compressed (cached by content hash).
const distFiles = listFiles(dist);
const distBytes = distFiles.reduce((sum, f) => sum + f.bytes, 0);
const parquetFiles = distFiles.filter((f) => f.path.endsWith(".parquet"));
const parquetBytes = parquetFiles.reduce((sum, f) => sum + f.bytes, 0);
const dataCacheFiles = existsSync(DATA_DIR) ? listFiles(DATA_DIR) : [];
const compressor = new CompressedSizes(cacheDir);
log(`compressing ${distFiles.length} dist/ files (gzip -9, brotli -q 11; cached in .cache/bench/) …`);
const compressed = await compressor.ofAll(distFiles.map((f) => join(dist, f.path)));

// Bench-only pages and tables (outside dist/).
const scratch = join(cacheDir, "pages");
const modules = builtModules(dist);
log("preparing bench tables from ../shared/sources …");
const tables = await prepareTables(join(cacheDir, "tables"), dist);
const extra: Record<string, string> = {
  "/__bench/naive.js": join(projectRoot, "bench/naive.js"),
  "/__bench/harness.js": join(projectRoot, "bench/harness.js")
};
for (const t of tables) if (!t.shipped) extra[t.route] = t.file;
const harness = writeHarnessPage(join(projectRoot, "bench"), scratch, modules);
extra[harness.route] = harness.file;

interface PagePlan {
  page: PageSpec;
  naiveRoute?: string;
}
const plans: PagePlan[] = [];
for (const page of PAGES) {
  if (!fileForPath(dist, page.route)) {
    notes.push(`${page.route}: not in dist/ yet, skipped`);
    continue;
  }
  const naive = writeNaivePage(join(projectRoot, "bench"), dist, scratch, page, modules);
  if ("skip" in naive) notes.push(`${page.route}: naive variant skipped (${naive.skip})`);
  else extra[naive.route] = naive.file;
  plans.push({page, naiveRoute: "route" in naive ? naive.route : undefined});
}

const server = await serveDirectory(dist, {extra});
const browser = await launchBrowser();

/** Bytes of a set of responses: raw as received, and what a static host would send compressed. */
function wireBytes(requests: readonly RequestRecord[]): Compressed {
  const sum: Compressed = {raw: 0, gzip: 0, brotli: 0};
  for (const request of requests) {
    const file = fileForPath(dist, new URL(request.url).pathname);
    const sizes = file ? compressed.get(file) : undefined;
    sum.raw += request.bodyBytes;
    // Bench-only files (naive page, harness) are not in dist/: counted as sent, uncompressed.
    sum.gzip += sizes?.gzip ?? request.bodyBytes;
    sum.brotli += sizes?.brotli ?? request.bodyBytes;
  }
  return sum;
}

interface PageRuns {
  label: string;
  visits: VisitResult[];
}

function collect(visits: VisitResult[], label: string): void {
  for (const visit of visits) {
    for (const url of visit.outsideRequests) notes.push(`${label}: request to another host: ${url}`);
    for (const error of visit.errors) notes.push(`${label}: ${error}`);
  }
}

const ours = new Map<string, PageRuns>();
const naive = new Map<string, PageRuns>();
try {
  for (const {page, naiveRoute} of plans) {
    log(`${page.route}: warm-up visit …`);
    const probe = await coldVisit(browser, server.url + page.route, {
      chart: page.chart,
      interactive: page.interactive,
      expectChart: false
    });
    if (probe.firstChartMs === undefined) {
      notes.push(`${page.route}: no chart appeared (selector ${page.chart}), not timed`);
      collect([probe], page.route);
      continue;
    }
    const runs: PageRuns = {label: page.route, visits: []};
    const naiveRuns: PageRuns = {label: `${page.route} (naive)`, visits: []};
    if (naiveRoute) {
      await coldVisit(browser, server.url + naiveRoute, {chart: "#naive-chart svg", expectChart: true});
    }
    // Interleaved, so that load on this shared machine hits both variants alike.
    for (let i = 0; i < options.runs; i++) {
      log(`${page.route}: run ${i + 1}/${options.runs}`);
      runs.visits.push(
        await coldVisit(browser, server.url + page.route, {
          chart: page.chart,
          interactive: page.interactive,
          expectChart: true
        })
      );
      if (naiveRoute) {
        naiveRuns.visits.push(
          await coldVisit(browser, server.url + naiveRoute, {chart: "#naive-chart svg", expectChart: true})
        );
      }
    }
    collect(runs.visits, runs.label);
    collect(naiveRuns.visits, naiveRuns.label);
    ours.set(page.route, runs);
    if (naiveRoute) naive.set(page.route, naiveRuns);
  }

  log(`DuckDB-WASM cold start on the harness page, ${options.runs} runs after a warm-up …`);
  await duckdbReady(browser, server.url + harness.route);
  const ready: number[] = [];
  for (let i = 0; i < options.runs; i++) ready.push(await duckdbReady(browser, server.url + harness.route));

  log(`interactive queries, ${options.queryRuns} runs each …`);
  const latencies = await queryLatencies(browser, server.url + harness.route, tables, QUERIES, options.queryRuns);
  log(`/branchen updates in JavaScript, ${options.queryRuns} runs each …`);
  const branchen = await branchenLatencies(browser, server.url + harness.route, BRANCHEN_UPDATES, options.queryRuns);
  if (!branchen)
    notes.push("/branchen path not timed: dist/ has no branchen_occupations view or sector-structure module");

  // ---- Report -------------------------------------------------------------------------------------------------
  const chartTimes = (runs?: PageRuns) =>
    runs?.visits.map((v) => v.firstChartMs).filter((ms): ms is number => ms !== undefined) ?? [];
  const firstChartMs: BudgetInputs["firstChartMs"] = {};
  const naiveFirstChartMs: BudgetInputs["naiveFirstChartMs"] = {};
  const bytesBeforeFirstChart: BudgetInputs["bytesBeforeFirstChart"] = {};

  const timeRows: string[][] = [];
  for (const [route, runs] of ours) {
    const mine = chartTimes(runs);
    const theirs = chartTimes(naive.get(route));
    const interactive = runs.visits.map((v) => v.interactiveMs).filter((ms): ms is number => ms !== undefined);
    if (mine.length) firstChartMs[route] = median(mine);
    if (theirs.length) naiveFirstChartMs[route] = median(theirs);
    timeRows.push([
      route,
      mine.length ? formatSpread(summarize(mine)) : "–",
      theirs.length ? formatSpread(summarize(theirs)) : "–",
      mine.length && theirs.length ? (median(mine) / median(theirs)).toFixed(2) : "–",
      interactive.length ? formatSpread(summarize(interactive)) : "–"
    ]);
  }
  table(
    `Time to first chart, cold cache (median, min–max of ${options.runs} runs)`,
    ["page", "ours", "naive (DuckDB first)", "ours ÷ naive", "first DuckDB result"],
    timeRows
  );

  const byteRows: string[][] = [];
  const addBytes = (label: string, runs: PageRuns | undefined, route?: string) => {
    if (!runs) return;
    const timed = runs.visits.filter((v) => v.firstChartMs !== undefined);
    if (!timed.length) return;
    const before = timed.map((v) => wireBytes(requestsBefore(v, v.firstChartMs!)));
    const total = timed.map((v) => wireBytes(v.requests));
    const med = (values: Compressed[], key: keyof Compressed) => median(values.map((v) => v[key]));
    if (route) bytesBeforeFirstChart[route] = med(before, "brotli");
    byteRows.push([
      label,
      formatBytes(med(before, "raw")),
      formatBytes(med(before, "gzip")),
      formatBytes(med(before, "brotli")),
      String(median(timed.map((v) => requestsBefore(v, v.firstChartMs!).length))),
      formatBytes(med(total, "raw")),
      formatBytes(med(total, "gzip")),
      formatBytes(med(total, "brotli")),
      String(median(timed.map((v) => v.requests.length)))
    ]);
  };
  for (const [route, runs] of ours) {
    addBytes(route, runs, route);
    addBytes(`${route} (naive)`, naive.get(route));
  }
  table(
    "Bytes on the wire (response bodies; gzip -9 / brotli -q 11 as a static host would send the dist/ files)",
    ["page", "before chart raw", "gzip", "brotli", "requests", "whole load raw", "gzip", "brotli", "requests"],
    byteRows
  );

  const queryP95Ms: Record<string, number> = {};
  const readySummary = summarize(ready);
  const duckRows: string[][] = [
    ["DuckDB-WASM ready (cold cache, navigation → first answer)", "", formatSpread(readySummary), "", ""]
  ];
  for (const load of latencies.load) {
    const shipped = tables.find((t) => t.name === load.name)?.shipped;
    duckRows.push([
      `load ${shipped ? "dataset" : "bench stand-in"} ${load.name} (Parquet → Arrow → DuckDB), once`,
      String(load.rows),
      formatMs(load.ms),
      "",
      ""
    ]);
  }
  for (const q of latencies.queries) {
    const s = summarize(q.ms);
    const a = summarize(q.arrowMs);
    queryP95Ms[q.name] = s.p95;
    duckRows.push([
      `query: ${q.name}${q.mode === "console" ? " (as the /daten console: first 1,000 rows as objects, all counted)" : ""}`,
      String(q.rows),
      formatSpread(s),
      formatMs(s.p95),
      `${formatMs(a.median)} / ${formatMs(a.p95)}`
    ]);
  }
  if (branchen) {
    duckRows.push([
      "JS /branchen: fetch + decode branchen_occupations (hyparquet), once",
      String(branchen.load.rows),
      formatMs(branchen.load.decodeMs),
      "",
      ""
    ]);
    duckRows.push(["JS /branchen: index cells by region|year, once", "", formatMs(branchen.load.indexMs), "", ""]);
    for (const u of branchen.updates) {
      const s = summarize(u.ms);
      const name = `/branchen update ${u.name}`;
      queryP95Ms[name] = s.p95;
      duckRows.push([
        `JS ${name} (LQ + shift-share + portfolio)`,
        String(u.rows),
        formatSpread(s),
        formatMs(s.p95),
        "–"
      ]);
    }
  }
  table(
    `Interactive queries in the browser: DuckDB-WASM and the /branchen JavaScript path (${options.queryRuns} runs after a warm-up)`,
    ["measurement", "rows", "median (min–max)", "p95", "as Arrow: median / p95"],
    duckRows
  );

  const sizeRows: string[][] = [];
  if (buildTimes) {
    sizeRows.push([
      "data build, cold cache (npx tsx data-loaders/build-all.ts)",
      `${buildTimes.dataSeconds.toFixed(1)} s`
    ]);
    sizeRows.push(["site build from clean (npm run build)", `${buildTimes.siteSeconds.toFixed(1)} s`]);
  } else {
    sizeRows.push(["data and site build times", "not measured (--build-times)"]);
  }
  sizeRows.push([`Parquet in dist/ (${parquetFiles.length} files)`, formatBytes(parquetBytes)]);
  sizeRows.push([
    `Parquet in data/ (${dataCacheFiles.length} files)`,
    formatBytes(dataCacheFiles.reduce((s, f) => s + f.bytes, 0))
  ]);
  const sum = (key: keyof Compressed) =>
    distFiles.reduce((s, f) => s + (compressed.get(join(dist, f.path))?.[key] ?? f.bytes), 0);
  sizeRows.push([
    `dist/ total (${distFiles.length} files), raw / gzip / brotli`,
    `${formatBytes(distBytes)} / ${formatBytes(sum("gzip"))} / ${formatBytes(sum("brotli"))}`
  ]);
  for (const f of distFiles.slice(0, 6)) {
    const c = compressed.get(join(dist, f.path));
    sizeRows.push([
      `  ${f.path}`,
      `${formatBytes(f.bytes)} / ${formatBytes(c?.gzip ?? NaN)} / ${formatBytes(c?.brotli ?? NaN)}`
    ]);
  }
  table("Builds and sizes", ["what", "value"], sizeRows);

  const outcomes = evaluateBudgets({
    firstChartMs,
    naiveFirstChartMs,
    bytesBeforeFirstChart,
    queryP95Ms,
    dataBuildSeconds: buildTimes?.dataSeconds,
    siteBuildSeconds: buildTimes?.siteSeconds,
    parquetBytes,
    distBytes
  });
  table(
    "Budgets",
    ["budget", "limit", "measured", "status"],
    outcomes.map((o) => [o.budget, o.limit, o.actual, o.note ? `${o.status}: ${o.note}` : o.status])
  );
  if (notes.length) console.log(`\nNotes:\n${[...new Set(notes)].map((n) => `- ${n}`).join("\n")}`);

  const missed = missedBudgets(outcomes);
  if (options.check && missed.length) {
    console.error(`\nbench --check: ${missed.length} budget(s) missed:`);
    for (const m of missed) console.error(`  ${m.budget}: ${m.actual} (limit ${m.limit})`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
