/**
 * `npm run factsheets`: prints the fact sheet (Steckbrief) of every Kreis profile in the built site to A4 PDF, in
 * German and English, with headless Chromium (playwright-core, /usr/bin/chromium) against dist/ served locally by
 * scripts/static-server.ts. Not part of `npm run build`: run it after a build.
 *
 *   npm run factsheets                       all profiles → dist/factsheets/{de,en}/<code>.pdf
 *   npm run factsheets -- --only 15084,14713 a few Kreise
 *   npm run factsheets -- --out /tmp/sheets  another folder
 *
 * Fails (exit 1) when a sheet does not render or takes more than two A4 pages.
 */
import {existsSync, mkdirSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";

import {chromium, type Browser, type Page} from "playwright-core";

import {projectRoot} from "../data-loaders/lib/paths.js";
import {serveDirectory} from "./static-server.js";

/** Number of pages of a PDF: its `/Type /Page` objects (not the `/Type /Pages` tree nodes). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?!s)\b/g) ?? []
  ).length;
}

/** Selectors that must be there before a sheet prints: the facts and its three small charts. */
export const SHEET_READY = ["#fact-sheet dl", ".rm-sheet-chart svg"];

/** Opens a profile URL and prints it as the browser would (print media, A4 portrait, backgrounds). */
export async function printFactSheet(page: Page, url: string): Promise<Uint8Array> {
  await page.goto(url);
  for (const selector of SHEET_READY) await page.waitForSelector(selector, {state: "attached", timeout: 60_000});
  await page.waitForLoadState("networkidle");
  await page.emulateMedia({media: "print"});
  // Tagged: the PDF keeps headings, lists, tables and each chart's text alternative (its role="img" name).
  return page.pdf({format: "A4", printBackground: true, preferCSSPageSize: true, tagged: true});
}

/** The Kreis codes with a profile in the built site (dist/kreise/<code>.html). */
export function profileCodes(dist: string): string[] {
  const dir = join(dist, "kreise");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => /^(\d{5})\.html$/.exec(f)?.[1])
    .filter((c): c is string => c !== undefined)
    .sort();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dist = join(projectRoot, "dist");
  const out = option("--out") ?? join(dist, "factsheets");
  const only = option("--only")?.split(",");
  const codes = profileCodes(dist).filter((c) => !only || only.includes(c));
  if (codes.length === 0) throw new Error(`factsheets: no Kreis profiles in ${dist}/kreise (run npm run build first)`);
  const server = await serveDirectory(dist);
  let browser: Browser | undefined;
  const failures: string[] = [];
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
    });
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, timezoneId: "Europe/Berlin"});
    // Nothing leaves the machine: requests to other hosts are refused.
    await context.route("**/*", (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort()
    );
    const jobs = codes.flatMap((code) =>
      (["de", "en"] as const).map((lang) => ({code, lang, route: `${lang === "en" ? "/en" : ""}/kreise/${code}`}))
    );
    const started = Date.now();
    let done = 0;
    // Two tabs at a time: the machine has two cores.
    const queue = [...jobs];
    await Promise.all(
      [0, 1].map(async () => {
        const page = await context.newPage();
        for (let job = queue.shift(); job; job = queue.shift()) {
          try {
            const pdf = await printFactSheet(page, server.url + job.route);
            const pages = pdfPageCount(pdf);
            if (pages < 1 || pages > 2) failures.push(`${job.route}: ${pages} pages`);
            mkdirSync(join(out, job.lang), {recursive: true});
            writeFileSync(join(out, job.lang, `${job.code}.pdf`), pdf);
          } catch (error) {
            failures.push(`${job.route}: ${String(error)}`);
            console.error(`factsheets: ${job.route} failed: ${String(error).split("\n")[0]}`);
            // A sheet that does not render usually means all of them fail (a stale or broken build): stop early.
            if (failures.length >= 5 && failures.length === done + 1) queue.length = 0;
          }
          done += 1;
          if (done % 100 === 0) console.error(`factsheets: ${done} of ${jobs.length} (${failures.length} failed)`);
        }
        await page.close();
      })
    );
    console.error(
      `factsheets: ${jobs.length - failures.length} of ${jobs.length} PDFs in ${out} (${Math.round((Date.now() - started) / 1000)} s)`
    );
  } finally {
    await browser?.close();
    await server.close();
  }
  if (failures.length) {
    console.error(`factsheets: ${failures.length} failed:\n${failures.join("\n")}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
