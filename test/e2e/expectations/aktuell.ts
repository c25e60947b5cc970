import {expect} from "vitest";

import {type PageExpectation, tableRows} from "../pages.js";

/*
 * /aktuell against the first committed record (releases/2026-12-06.json: the sources before the 2025 unemployment
 * table). Figures from the built comparison dataset (DuckDB): Burgenlandkreis unemployment rate 2023 7.2, 2025 7.3
 * (rank 68 of 398 Kreise with a rate in 2023, 84 in 2025); Sachsen-Anhalt 7.5 → 8.0; Germany 5.7 → 6.3; SvB at
 * workplace 30.06.2023 59,939, 2024 59,859, 2025 57,937. New table: 13211-02-05-4 (2025 export, Stand 26.02.2026).
 */
const rateRow = (lang: "de" | "en") =>
  lang === "de"
    ? [
        "Arbeitslosenquote",
        "2025",
        "7,3\u00a0%",
        "+0,1 Punkte",
        "2023",
        "8,0\u00a0% (+0,5 Punkte)",
        "6,3\u00a0% (+0,6 Punkte)",
        "84 (398)",
        "68 (398)"
      ]
    : [
        "Unemployment rate",
        "2025",
        "7.3%",
        "+0.1 points",
        "2023",
        "8.0% (+0.5 points)",
        "6.3% (+0.6 points)",
        "84 (398)",
        "68 (398)"
      ];

/** The profile links its Atom feed, and the feed is there. */
async function profileLinksFeed(page: Parameters<NonNullable<PageExpectation["interact"]>>[0], lang: "de" | "en") {
  const prefix = lang === "en" ? "/en" : "";
  const html = await (await page.request.get(new URL(`${prefix}/kreise/15084`, page.url()).href)).text();
  expect(html).toContain('<link rel="alternate" type="application/atom+xml" href="../feeds/15084.xml"');
  const feed = await page.request.get(new URL(`${prefix}/feeds/15084.xml`, page.url()).href);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
}

export const expectations: Record<string, PageExpectation> = {
  "/aktuell": {
    ready: ["#latest-sources table", "#latest-kreis table", "#latest-revier table", "#latest-signals li"],
    texts: [
      "Neu in diesem Release",
      "13211-02-05-4",
      "26.02.2026",
      // After the interaction below (Burgenlandkreis is checked in it before the switch):
      "Kennzahlen: Altenburger Land",
      "Kennzahlen: Mitteldeutsches Revier",
      "Burgenlandkreis: SvB am Arbeitsort zwei Jahre in Folge gesunken: 59.939 (2023), 59.859 (2024), 57.937 (2025).",
      "Größte Veränderungen: alle Kreise Deutschlands"
    ],
    interact: async (page) => {
      expect(await tableRows(page, "#latest-kreis")).toContainEqual(rateRow("de"));
      await page.selectOption("#kreis-controls select", {label: "Altenburger Land (16077)"});
      await page.waitForFunction(() => new URLSearchParams(location.search).get("kreis") === "16077");
      await page.waitForFunction(() =>
        document.querySelector("#latest-kreis h2")?.textContent?.includes("Altenburger Land")
      );
      await profileLinksFeed(page, "de");
    }
  },
  "/en/aktuell": {
    ready: ["#latest-sources table", "#latest-kreis table", "#latest-revier table", "#latest-signals li"],
    texts: [
      "What's new in this release",
      "13211-02-05-4",
      "Key figures: Burgenlandkreis",
      "Burgenlandkreis: employees at workplace fell two years in a row: 59,939 (2023), 59,859 (2024), 57,937 (2025)."
    ],
    interact: async (page) => {
      expect(await tableRows(page, "#latest-kreis")).toContainEqual(rateRow("en"));
      await profileLinksFeed(page, "en");
    }
  }
};
