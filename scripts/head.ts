/**
 * The `<head>` of a built page: its `<title>`, description, canonical URL with the hreflang alternates of both
 * languages, Open Graph and Twitter card tags, and any JSON-LD. postbuild calls `withHead` on every page after
 * the language is set and before the CSP is hashed.
 *
 * Another head element (e.g. a feed link) is one more function in `HEAD_PARTS`: it receives the page and the site
 * URL and returns markup (or "").
 */
import type {Lang} from "../src/shared/i18n/index.js";
import {routeIn} from "../src/shared/i18n/page.js";
import type {PageMeta} from "./page-meta.js";
import {absoluteUrl} from "./site.js";

export interface HeadPage extends PageMeta {
  /** schema.org objects written as `<script type="application/ld+json">` (data blocks: the CSP does not apply). */
  jsonLd?: readonly object[];
}

export type HeadPart = (page: HeadPage, base: string) => string;

export const escapeAttribute = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const OG_LOCALE: Record<Lang, string> = {de: "de_DE", en: "en_GB"};
const OTHER: Record<Lang, Lang> = {de: "en", en: "de"};

const description: HeadPart = (page) => `<meta name="description" content="${escapeAttribute(page.description)}">`;

/** The canonical URL and the page in both languages; x-default is the German original. */
const alternates: HeadPart = (page, base) =>
  [
    `<link rel="canonical" href="${absoluteUrl(page.route, base)}">`,
    ...(["de", "en"] as const).map(
      (lang) => `<link rel="alternate" hreflang="${lang}" href="${absoluteUrl(routeIn(page.route, lang), base)}">`
    ),
    `<link rel="alternate" hreflang="x-default" href="${absoluteUrl(routeIn(page.route, "de"), base)}">`
  ].join("\n");

const openGraph: HeadPart = (page, base) => {
  const tags: [string, string][] = [
    ["og:type", "website"],
    ["og:site_name", "Revier-Monitor"],
    ["og:title", page.title],
    ["og:description", page.description],
    ["og:url", absoluteUrl(page.route, base)],
    ["og:locale", OG_LOCALE[page.lang]],
    ["og:locale:alternate", OG_LOCALE[OTHER[page.lang]]]
  ];
  if (page.image) {
    tags.push(
      ["og:image", absoluteUrl(page.image, base)],
      ["og:image:type", "image/png"],
      ["og:image:width", "1200"],
      ["og:image:height", "630"],
      ["og:image:alt", page.title]
    );
  }
  return tags.map(([p, c]) => `<meta property="${p}" content="${escapeAttribute(c)}">`).join("\n");
};

const twitter: HeadPart = (page, base) =>
  [
    ["twitter:card", page.image ? "summary_large_image" : "summary"],
    ["twitter:title", page.title],
    ["twitter:description", page.description],
    ...(page.image ? [["twitter:image", absoluteUrl(page.image, base)]] : [])
  ]
    .map(([n, c]) => `<meta name="${n}" content="${escapeAttribute(c!)}">`)
    .join("\n");

/** JSON inside `<script>`: `<` escaped so that no `</script>` or `<!--` in a text can end the block. */
const jsonLd: HeadPart = (page) =>
  (page.jsonLd ?? [])
    .map((o) => `<script type="application/ld+json">${JSON.stringify(o).replace(/</g, "\\u003c")}</script>`)
    .join("\n");

export const HEAD_PARTS: HeadPart[] = [description, alternates, openGraph, twitter, jsonLd];

/** Marks the block written here, so that running postbuild twice replaces it instead of adding a second one. */
const START = "<!-- rm-head -->";
const END = "<!-- /rm-head -->";

/** The page with its `<title>` set and the head block (HEAD_PARTS) inserted before `</head>`. */
export function withHead(html: string, page: HeadPage, base: string, parts: readonly HeadPart[] = HEAD_PARTS): string {
  if (!/<\/head>/i.test(html)) throw new Error(`${page.route}: no </head> to put the page metadata in`);
  const block = [START, ...parts.map((part) => part(page, base)).filter(Boolean), END].join("\n");
  const title = `<title>${escapeText(page.title)}</title>`;
  let out = html.replace(new RegExp(`${START}[\\s\\S]*?${END}\\n?`), "");
  out = /<title>[^<]*<\/title>/.test(out) ? out.replace(/<title>[^<]*<\/title>/, title) : out;
  return out.replace(/<\/head>/i, `${block}\n</head>`);
}

/** The text of a page's `<title>` (entities decoded). */
export function titleOf(html: string): string {
  const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
  return raw
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
