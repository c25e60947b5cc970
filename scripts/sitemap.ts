/**
 * sitemap.xml and robots.txt for the built site (https://www.sitemaps.org/protocol.html; hreflang pairs as
 * `xhtml:link` alternates, https://developers.google.com/search/docs/specialty/international/localized-versions).
 * Every page is listed once, with both language versions as alternates.
 */
import {routeIn} from "../src/shared/i18n/page.js";
import {escapeAttribute} from "./head.js";
import {absoluteUrl} from "./site.js";

export function sitemap(routes: readonly string[], base: string): string {
  const urls = [...new Set(routes)].sort().map((route) => {
    const links = (["de", "en"] as const).map(
      (lang) =>
        `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeAttribute(absoluteUrl(routeIn(route, lang), base))}"/>`
    );
    return `  <url>\n    <loc>${escapeAttribute(absoluteUrl(route, base))}</loc>\n${links.join("\n")}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join("\n")}
</urlset>
`;
}

/** Everything may be crawled; the sitemap says where the pages are. */
export function robots(base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("/sitemap.xml", base)}\n`;
}
