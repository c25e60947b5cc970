/**
 * The public address of the published site, for what must be absolute: canonical links, hreflang alternates,
 * Open Graph tags, sitemap.xml, robots.txt and the Dataset JSON-LD. The host is the publisher's, so it is set in
 * one place: the environment variable `SITE_URL` (e.g. `SITE_URL=https://statistik.example.de/revier/ npm run
 * build`), else `homepage` in package.json. Everything else in dist/ stays relative (README, "Ansehen und
 * veröffentlichen").
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";

import {projectRoot} from "../data-loaders/lib/paths.js";

/** The site's base URL with a trailing slash, e.g. `https://example.org/revier-monitor/`. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured =
    env.SITE_URL ||
    (JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf-8")) as {homepage?: string}).homepage;
  if (!configured) throw new Error('No site URL: set SITE_URL or "homepage" in package.json');
  const url = new URL(configured);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`SITE_URL ${configured}: not http(s)`);
  url.search = url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** The absolute URL of a site route (`/kreise/15084`, `/en/`) or file (`/_og/15084.png`) under `base`. */
export function absoluteUrl(route: string, base: string = siteUrl()): string {
  return new URL(route.replace(/^\//, ""), base).href;
}
