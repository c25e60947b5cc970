import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {JSDOM} from "jsdom";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {readReleases} from "../../data-loaders/datasets/release.js";
import {writeFeeds} from "../../scripts/feeds.js";
import {feedLinks} from "../../src/lib/feed-links.js";
import type {ReleaseRecord} from "../../src/shared/release.js";
import {recordOfBuild} from "../helpers/release-record.js";

/*
 * The feeds of today's build (data/) after the first committed record (releases/2026-12-06.json, the sources
 * before the 2025 unemployment table), parsed with jsdom's XML parser (DOMParser, application/xml).
 */
let baseline: ReleaseRecord;
let current: ReleaseRecord;
let dist: string;
const temporary: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "revier-feeds-"));
  temporary.push(dir);
  return dir;
};
afterAll(() => temporary.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

describe("Atom feeds", () => {
  const parse = (path: string) => {
    const {DOMParser} = (new JSDOM("") as {window: Window & typeof globalThis}).window;
    return new DOMParser().parseFromString(readFileSync(join(dist, path), "utf8"), "application/xml");
  };
  beforeAll(async () => {
    baseline = readReleases()[0]!;
    current = await recordOfBuild();
    dist = tempDir();
    const cache = tempDir();
    writeFileSync(join(cache, "release.json"), JSON.stringify(current));
    expect(writeFeeds(dist, cache, [baseline])).toBe(2 * 401);
  });

  it.each(["feeds/15084.xml", "en/feeds/15084.xml", "feeds/site.xml", "en/feeds/16077.xml"])(
    "%s is well-formed Atom with the required elements",
    (path) => {
      const doc = parse(path);
      expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
      const feed = doc.documentElement;
      expect([feed.localName, feed.namespaceURI]).toEqual(["feed", "http://www.w3.org/2005/Atom"]);
      const child = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
      for (const name of ["id", "title", "updated", "author"]) expect(child(feed, name)).toHaveLength(1);
      expect(child(feed, "link").some((l) => l.getAttribute("rel") === "self")).toBe(true);
      const entries = child(feed, "entry");
      expect(entries).toHaveLength(2);
      for (const entry of entries) {
        for (const name of ["id", "title", "updated", "content"]) expect(child(entry, name)).toHaveLength(1);
        expect(child(entry, "updated")[0]!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      }
      const ids = [feed, ...entries].map((e) => child(e, "id")[0]!.textContent);
      expect(new Set(ids).size).toBe(3);
      for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    }
  );

  it("the Burgenlandkreis entry names the 2025 rate with 2023 and Sachsen-Anhalt, in German and English", () => {
    const newest = (path: string) => parse(path).getElementsByTagName("entry")[0]!.getElementsByTagName("content")[0]!;
    expect(newest("feeds/15084.xml").textContent).toContain(
      "Arbeitslosenquote 2025: 7,3\u00a0% (2023: 7,2\u00a0%, +0,1 Punkte; Sachsen-Anhalt 8,0\u00a0%)"
    );
    expect(newest("en/feeds/15084.xml").textContent).toContain(
      "Unemployment rate 2025: 7.3% (2023: 7.2%, +0.1 points; Saxony-Anhalt 8.0%)"
    );
  });

  it("a Kreis profile links its feed, every page the site's feed", () => {
    expect(feedLinks("/kreise/15084")).toContain(
      '<link rel="alternate" type="application/atom+xml" href="../feeds/15084.xml" title="Atom-Feed dieses Kreises">'
    );
    // Relative like Framework's own links: /en/kreise/15084 → /en/feeds/15084.xml.
    expect(feedLinks("/en/kreise/15084")).toContain('href="../feeds/15084.xml" title="Atom feed of this district"');
    expect(feedLinks("/vergleich")).toBe(
      '<link rel="alternate" type="application/atom+xml" href="./feeds/site.xml" title="Atom-Feed aller Releases">'
    );
  });
});
