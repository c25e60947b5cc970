import {chromium} from "playwright-core";
import {serveDirectory} from "./static-server.js";
import {pdfPageCount, printFactSheet} from "./factsheets.js";
import {writeFileSync} from "node:fs";
const server = await serveDirectory("/work/wt-pagesb/dist");
const browser = await chromium.launch({executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"]});
const routes = (process.argv[2] ?? "/branchen,/kreise/,/kreise/15084").split(",");
const modes = (process.argv[3] ?? "1280-light,390-dark").split(",");
for (const route of routes) for (const mode of modes) {
  const [w, scheme] = mode.split("-");
  const ctx = await browser.newContext({viewport: {width: Number(w), height: 900}, colorScheme: scheme as any});
  const errors: string[] = [];
  const page = await ctx.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url + route);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500);
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  const name = `${route.replace(/\//g, "_")}-${mode}`;
  await page.screenshot({path: `/tmp/pagesb/shots/${name}.png`, fullPage: true, timeout: 120000});
  console.log(name, "scrollWidth", sw, "errors", JSON.stringify(errors).slice(0, 600));
  await ctx.close();
}
if (process.argv[4]) for (const route of process.argv[4].split(",")) {
  const ctx = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await ctx.newPage();
  const pdf = await printFactSheet(page, server.url + route);
  const f = `/tmp/pagesb/shots/${route.replace(/\//g, "_")}.pdf`;
  writeFileSync(f, pdf);
  console.log(f, "pages", pdfPageCount(pdf));
  await ctx.close();
}
await browser.close(); await server.close();
