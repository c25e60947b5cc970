/**
 * Puts a built page into its language. Framework 1.13 renders one `<html>` without a language, one sidebar (the
 * German navigation of observablehq.config.ts) and one table-of-contents label for the whole site; the English
 * pages under dist/en/ are built from the same sources (symlinks in src/en/). This rewrites, per file:
 * - `<html lang="de">` or `<html lang="en">` (the page's JavaScript reads it through pageLang());
 * - on English pages: the `<title>`, the sidebar's names (German → English from the dictionary's `nav.`, `site.`
 *   and `title.` entries) and links (to the /en/ routes, relative like Framework's), the active link, the TOC label.
 */
import {dictionary} from "../src/shared/i18n/dictionary.js";
import type {Lang} from "../src/shared/i18n/types.js";

/** German → English for navigation names and page titles. */
export function titleTranslations(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, entry] of Object.entries(dictionary)) {
    if (!/^(nav|site|title)\./.test(key)) continue;
    const known = map.get(entry.de);
    if (known !== undefined && known !== entry.en) {
      throw new Error(`i18n: "${entry.de}" has two English titles ("${known}", "${entry.en}"); key ${key}`);
    }
    map.set(entry.de, entry.en);
  }
  return map;
}

/** The route of a file in dist/: `en/index.html` → `/en/`, `en/kreise/15084.html` → `/en/kreise/15084`. */
export function routeOfFile(file: string): string {
  return `/${file.replace(/\\/g, "/").replace(/\.html$/, "")}`.replace(/(^|\/)index$/, "$1");
}

export function langOfFile(file: string): Lang {
  return /^en([/\\]|$)/.test(file) ? "en" : "de";
}

/** A link from `from` to `to` (both site routes) written relative, as Framework writes its links. */
export function relativeHref(from: string, to: string): string {
  const fromDir = from
    .slice(0, from.lastIndexOf("/") + 1)
    .split("/")
    .filter(Boolean);
  const target = to.split("/");
  const file = target.pop()!;
  const toDir = target.filter(Boolean);
  let common = 0;
  while (common < fromDir.length && common < toDir.length && fromDir[common] === toDir[common]) common++;
  const up = fromDir.length - common;
  const rest = [...toDir.slice(common), file].join("/");
  return `${up ? "../".repeat(up) : "./"}${rest}`;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

export interface Localized {
  html: string;
  /** Titles and navigation names without an English entry (left German). */
  untranslated: string[];
}

export function localizePage(html: string, file: string, translations = titleTranslations()): Localized {
  const lang = langOfFile(file);
  const untranslated: string[] = [];
  if (!/<html[\s>]/.test(html)) throw new Error(`${file}: no <html> tag to set the language on`);
  let out = html.replace(/<html(\s+lang="[^"]*")?>/, `<html lang="${lang}">`);
  if (lang === "de") return {html: out, untranslated};
  const route = routeOfFile(file);
  const translate = (text: string) => {
    const plain = unescapeHtml(text.trim());
    const english = translations.get(plain);
    if (english === undefined) {
      untranslated.push(plain);
      return text;
    }
    return escapeHtml(english);
  };
  out = out.replace(/<title>([^<]*)<\/title>/, (_, title: string) => {
    return `<title>${title.split(" | ").map(translate).join(" | ")}</title>`;
  });
  out = out.replace(/<nav id="observablehq-sidebar">[\s\S]*?<\/nav>/, (nav) =>
    nav.replace(
      /<li class="observablehq-link( observablehq-link-active)?"><a href="([^"]*)">([^<]*)<\/a><\/li>/g,
      (_, _active: string | undefined, href: string, name: string) => {
        const target = new URL(href, `http://site${route}`).pathname;
        const english = target.startsWith("/en/") || target === "/en" ? target : `/en${target}`;
        const active = english === route ? " observablehq-link-active" : "";
        return `<li class="observablehq-link${active}"><a href="${relativeHref(route, english)}">${translate(name)}</a></li>`;
      }
    )
  );
  out = out.replace(
    /(<aside id="observablehq-toc"[^>]*>\s*<nav>\s*<div>)([^<]*)(<\/div>)/,
    (_, open: string, label: string, close: string) => `${open}${translate(label)}${close}`
  );
  return {html: out, untranslated};
}
