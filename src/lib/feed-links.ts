/**
 * Where the Atom feeds live (written by scripts/feeds.ts) and the `<link rel="alternate">` tags that announce them:
 * every page names the site's feed, a Kreis profile also its own (`/kreise/15084` → `/feeds/15084.xml`, English
 * under `/en/`). scripts/postbuild.ts puts these tags into the head of every built page.
 */
import {t} from "../shared/i18n/index.js";
import {langOfPath, routeIn} from "../shared/i18n/page.js";
import type {Lang} from "../shared/i18n/types.js";

/** The feed of a Kreis, or with `null` the feed of all releases. */
export function feedHref(code: string | null, lang: Lang): string {
  return routeIn(`/feeds/${code ?? "site"}.xml`, lang);
}

/**
 * `to` (a site route) relative to the page at `from`, as Framework writes its own links, so that the site works
 * under any base path: from `/en/kreise/15084` to `/en/feeds/15084.xml` is `../feeds/15084.xml`.
 */
export function relativeTo(from: string, to: string): string {
  const fromDir = from.split("/").slice(1, -1);
  const target = to.split("/").slice(1);
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  const up = fromDir.length - common;
  return `${up ? "../".repeat(up) : "./"}${target.slice(common).join("/")}`;
}

/** The link tags for the head of the page at route `path` (`/en/kreise/15084`, `/`, `/kreise/`). */
export function feedLinks(path: string): string {
  const lang = langOfPath(path);
  const tag = (href: string, title: string) =>
    `<link rel="alternate" type="application/atom+xml" href="${relativeTo(path, href)}" title="${title}">`;
  const kreis = path.match(/\/kreise\/(\d{5})$/)?.[1];
  return [
    tag(feedHref(null, lang), t(lang, "latest.feedSite")),
    ...(kreis ? [tag(feedHref(kreis, lang), t(lang, "latest.feed"))] : [])
  ].join("");
}
