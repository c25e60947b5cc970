/**
 * Atom feeds (RFC 4287), written into dist/ after the site build: `/feeds/site.xml` (every release) and
 * `/feeds/<Kreis>.xml` (what each release brought for that Kreis: new figures, revisions, signals, in plain
 * language), German under /feeds/, English under /en/feeds/. One entry per release: the committed records in
 * releases/ plus this build's record when it is not yet released. Every page links the site's feed in its head, a
 * profile also its own (withFeedLinks, src/lib/feed-links.ts).
 *
 * Links are absolute under the site's URL (SITE_URL or package.json homepage, scripts/site.ts), as feed readers
 * need them; without one, relative to the feed.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";

import {routeOfFile} from "./localize-page.js";
import {siteUrl} from "./site.js";

import {readReleases, samePublication} from "../data-loaders/datasets/release.js";
import {DATA_DIR} from "../data-loaders/lib/paths.js";
import {feedHref, feedLinks, relativeTo} from "../src/lib/feed-links.js";
import {t} from "../src/shared/i18n/index.js";
import {routeIn} from "../src/shared/i18n/page.js";
import type {Lang} from "../src/shared/i18n/types.js";
import {diffReleases, nextReleaseId, parseRecord, type ReleaseDiff, type ReleaseRecord} from "../src/shared/release.js";
import {headlineFigures, isKreis, type Signal, signals} from "../src/shared/release-signals.js";
import {formatFigure, regionName, regionNews, seriesName, signalText} from "../src/lib/release-text.js";

interface Release {
  record: ReleaseRecord;
  diff: ReleaseDiff | null;
  signals: Signal[];
}

/** The releases a feed reports, oldest first: the committed ones, then this build when it is new. */
export function releaseHistory(history: ReleaseRecord[], current: ReleaseRecord | undefined): Release[] {
  const records = [...history];
  if (current && !(records.length && samePublication(records.at(-1)!, current))) {
    // A build made before the newest record was committed may carry its id; entry ids must stay unique.
    const taken = records.map((r) => r.release);
    records.push(
      taken.includes(current.release)
        ? {...current, release: nextReleaseId(current.release.slice(0, 10), taken)}
        : current
    );
  }
  return records.map((record, i) => ({
    record,
    diff: i ? diffReleases(records[i - 1]!, record) : null,
    signals: signals(record)
  }));
}

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** A stable urn:uuid (name-based, SHA-1) for a feed or entry, so that readers recognise entries across builds. */
export function stableId(name: string): string {
  const h = createHash("sha1").update(`revier-monitor:${name}`).digest("hex");
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The date-time of a release ("2026-12-06-2" → "2026-12-06T00:00:00Z"). */
const updated = (id: string) => `${id.slice(0, 10)}T00:00:00Z`;

interface FeedOptions {
  lang: Lang;
  siteUrl?: string;
}

function feed(
  self: string,
  page: string,
  title: string,
  entries: {id: string; title: string; updated: string; link: string; items: string[]}[],
  {lang, siteUrl = ""}: FeedOptions
): string {
  // Relative to the feed's own address unless the site's URL is known (RFC 4287 §1.2: relative IRIs resolve
  // against the document's location).
  const url = (path: string) => escape(siteUrl ? `${siteUrl.replace(/\/$/, "")}${path}` : relativeTo(self, path));
  const newest =
    entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? "1970-01-01T00:00:00Z";
  const body = entries
    .slice()
    .reverse()
    .map((e) =>
      [
        "  <entry>",
        `    <id>${stableId(`${self}#${e.id}`)}</id>`,
        `    <title>${escape(e.title)}</title>`,
        `    <updated>${e.updated}</updated>`,
        `    <link rel="alternate" type="text/html" href="${url(e.link)}"/>`,
        `    <content type="html">${escape(`<ul>${e.items.map((i) => `<li>${escape(i)}</li>`).join("")}</ul>`)}</content>`,
        "  </entry>"
      ].join("\n")
    );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${stableId(self)}</id>`,
    `  <title>${escape(title)}</title>`,
    `  <updated>${newest}</updated>`,
    "  <author><name>Revier-Monitor</name></author>",
    `  <link rel="self" type="application/atom+xml" href="${url(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${url(page)}"/>`,
    `  <rights>${escape(t(lang, "latest.source"))}</rights>`,
    ...body,
    "</feed>",
    ""
  ].join("\n");
}

/** The feed of one Kreis: per release its new figures, revisions and signals as sentences. */
export function kreisFeed(code: string, releases: Release[], options: FeedOptions): string {
  const {lang} = options;
  const newest = releases.at(-1)!.record;
  const region = regionName(newest, code, lang);
  const entries = releases.map(({record, diff, signals: s}) => {
    const news = diff
      ? regionNews(code, record, diff, s, lang)
      : [
          ...headlineFigures(record, code)
            .filter((f) => f.latest)
            .map((f) => `${seriesName(f.series, lang)} ${f.latest![0]}: ${formatFigure(f.series, f.latest![1], lang)}`),
          ...s.filter((x) => x.code === code).map((x) => signalText(x, record, lang))
        ];
    return {
      id: record.release,
      title: t(lang, diff ? "latest.entry.title" : "latest.entry.first", {region, id: record.release}),
      updated: updated(record.release),
      link: `${routeIn("/aktuell", lang)}?kreis=${code}`,
      items: news.length ? news : [t(lang, "latest.entry.nothing")]
    };
  });
  return feed(
    feedHref(code, lang),
    routeIn(`/kreise/${code}`, lang),
    t(lang, "latest.feed.title", {region}),
    entries,
    options
  );
}

/** The site's feed: one entry per release with its new sources and counts. */
export function siteFeed(releases: Release[], options: FeedOptions): string {
  const {lang} = options;
  const entries = releases.map(({record, diff, signals: s}) => ({
    id: record.release,
    title: t(lang, "latest.feed.siteEntry", {
      id: record.release,
      sources: diff?.newSources.length ?? Object.keys(record.sources).length,
      figures: diff?.newFigures.length ?? 0,
      revisions: diff?.revisions.length ?? 0,
      signals: s.length
    }),
    updated: updated(record.release),
    link: routeIn("/aktuell", lang),
    items: [
      t(lang, "latest.entry.sources", {
        list:
          (diff
            ? [...diff.newSources, ...diff.updatedSources]
            : Object.entries(record.sources).map(([id, v]) => ({id, ...v}))
          )
            .map((x) => `${x.table} (${x.id}, Stand ${x.stand})`)
            .join("; ") || "–"
      })
    ]
  }));
  return feed(feedHref(null, lang), routeIn("/aktuell", lang), t(lang, "latest.feed.site"), entries, options);
}

/** Writes all feeds into `dist`; returns the number of files. */
export function writeFeeds(dist: string, cacheDir = DATA_DIR, releases?: ReleaseRecord[]): number {
  const file = join(cacheDir, "release.json");
  const current = existsSync(file) ? parseRecord(JSON.parse(readFileSync(file, "utf8")), file) : undefined;
  const history = releaseHistory(releases ?? readReleases(), current);
  if (!history.length) return 0;
  const base = siteUrl();
  const kreise = Object.keys(history.at(-1)!.record.names).filter(isKreis);
  let written = 0;
  for (const lang of ["de", "en"] as const) {
    const dir = join(dist, lang === "en" ? "en/feeds" : "feeds");
    mkdirSync(dir, {recursive: true});
    writeFileSync(join(dir, "site.xml"), siteFeed(history, {lang, siteUrl: base}));
    for (const code of kreise) writeFileSync(join(dir, `${code}.xml`), kreisFeed(code, history, {lang, siteUrl: base}));
    written += kreise.length + 1;
  }
  return written;
}

/**
 * A built page with its feed links in the head (src/lib/feed-links.ts). Added here, not in the config's `head`:
 * Framework would take a local href there for a file of the site and copy it under a hashed name.
 */
export function withFeedLinks(html: string, file: string): string {
  return html.replace("</head>", `${feedLinks(routeOfFile(file))}\n</head>`);
}
