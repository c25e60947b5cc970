import {describe, expect, it} from "vitest";

import {titleOf, withHead} from "../../../scripts/head.js";
import {kreisOfRoute, kreisSummary, pageMeta, type SiteData} from "../../../scripts/page-meta.js";
import {absoluteUrl, siteUrl} from "../../../scripts/site.js";
import {robots, sitemap} from "../../../scripts/sitemap.js";
import type {KreisProfileRow} from "../../../src/shared/rows.js";

// A made-up Kreis "Musterkreis" (code 99001) in Land 99 (test/fixtures/README.md, "head metadata"); none of these
// figures is official.
const row = (code: string, metric: string, year: number, value: number | null): KreisProfileRow => ({
  code,
  metric,
  year,
  value,
  flag: null,
  segment: null,
  territory: "Gebietsstand 01.01.2026",
  basis: null,
  computed: false,
  source: "x"
});
const data: SiteData = {
  regions: [
    {
      code: "99001",
      name: "Musterkreis",
      level: "kreis",
      parent: "99",
      land: "99",
      kind: "Landkreis",
      basis: null,
      source: "x"
    },
    {code: "99", name: "Musterland", level: "land", parent: "DG", land: "99", kind: "Land", basis: null, source: "x"}
  ],
  profile: ["99001", "99", "DG"].flatMap((code, i) => [
    row(code, "population", 2023, 100_000 * (i + 1)),
    row(code, "population", 2024, 123_456 * (i + 1)),
    row(code, "unemployment_rate", 2025, 7.25 + i),
    row(code, "svb_workplace", 2024, 40_000 * (i + 1)),
    row(code, "svb_workplace", 2025, null)
  ])
};

const page = `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kreisprofil | Revier-Monitor</title>
<link rel="icon" href="data:,">
</head>
<body><main><h1>x</h1></main></body></html>`;

describe("kreisSummary", () => {
  it("describes a Kreis by its latest population, unemployment rate and employees, each with its date", () => {
    const de = kreisSummary(data, "99001", "de");
    expect(de.title).toBe("Musterkreis – Kreisprofil");
    expect(de.description).toBe(
      "Musterkreis (Landkreis in Musterland): 123.456 Einwohner am 31.12.2024, Arbeitslosenquote 7,3\u00a0% (2025), 40.000 sozialversicherungspflichtig Beschäftigte am Arbeitsort (30.06.2024). Kennzahlen, Entwicklung und Branchen im Vergleich mit Musterland und Deutschland."
    );
    const en = kreisSummary(data, "99001", "en").description;
    expect(en).toContain("population 123,456 on 31 Dec 2024");
    expect(en).toContain("unemployment rate 7.3% (2025)");
  });

  it("fails with the code when the Kreis is not in the regions dataset", () => {
    expect(() => kreisSummary(data, "99999", "de")).toThrow(/99999/);
  });
});

describe("pageMeta", () => {
  it("titles a profile with its region and leaves other pages' titles, describing them from the dictionary", () => {
    expect(kreisOfRoute("/en/kreise/99001")).toBe("99001");
    expect(kreisOfRoute("/kreise/")).toBeNull();
    expect(pageMeta(data, "/en/kreise/99001", "en", "District profile | Revier-Monitor").title).toBe(
      "Musterkreis – District profile | Revier-Monitor"
    );
    const index = pageMeta(data, "/kreise/", "de", "Kreisprofile | Revier-Monitor");
    expect(index.title).toBe("Kreisprofile | Revier-Monitor");
    expect(index.description).toMatch(/^Profile aller 1 Kreise/);
    expect(() => pageMeta(data, "/nirgends", "de", "x")).toThrow(/meta\.description\.\/nirgends/);
  });
});

describe("withHead", () => {
  const base = "https://example.org/revier/";
  const meta = {...pageMeta(data, "/en/kreise/99001", "en", "x"), image: "/_og/99001.png"};
  const html = withHead(page, meta, base);

  it("sets the title and writes description, canonical, hreflang pairs, Open Graph and Twitter tags", () => {
    expect(titleOf(html)).toBe("Musterkreis – District profile | Revier-Monitor");
    expect(html).toContain('<link rel="canonical" href="https://example.org/revier/en/kreise/99001">');
    expect(html).toContain('<link rel="alternate" hreflang="de" href="https://example.org/revier/kreise/99001">');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://example.org/revier/en/kreise/99001">');
    expect(html).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://example.org/revier/kreise/99001">'
    );
    expect(html).toContain('<meta property="og:image" content="https://example.org/revier/_og/99001.png">');
    expect(html).toContain('<meta property="og:locale" content="en_GB">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toMatch(/<meta name="description" content="Musterkreis \(rural district in Musterland\): population/);
  });

  it("replaces its own block when run twice and escapes quotes and markup", () => {
    const twice = withHead(html, {...meta, description: 'a "b" <c>'}, base);
    expect(twice.match(/rel="canonical"/g)).toHaveLength(1);
    expect(twice).toContain('content="a &quot;b&quot; &lt;c&gt;"');
  });

  it("writes JSON-LD as a data block that no text can close", () => {
    const out = withHead(page, {...meta, jsonLd: [{name: "</script><script>alert(1)</script>"}]}, base);
    expect(out).toContain(
      '<script type="application/ld+json">{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}</script>'
    );
  });
});

describe("site URL, sitemap and robots.txt", () => {
  it("takes SITE_URL over package.json and always ends it with a slash", () => {
    expect(siteUrl({SITE_URL: "https://stat.example.de/revier"})).toBe("https://stat.example.de/revier/");
    expect(siteUrl({})).toMatch(/^https?:\/\/.+\/$/);
    expect(() => siteUrl({SITE_URL: "ftp://x"})).toThrow(/not http/);
    expect(absoluteUrl("/en/", "https://a.example/sub/")).toBe("https://a.example/sub/en/");
  });

  it("lists every page once with its German and English alternates", () => {
    const xml = sitemap(["/kreise/99001", "/en/kreise/99001", "/", "/en/"], "https://a.example/");
    expect(xml.match(/<url>/g)).toHaveLength(4);
    expect(xml).toContain(
      '<loc>https://a.example/en/kreise/99001</loc>\n    <xhtml:link rel="alternate" hreflang="de" href="https://a.example/kreise/99001"/>'
    );
    expect(robots("https://a.example/sub/")).toContain("Sitemap: https://a.example/sub/sitemap.xml");
  });
});
