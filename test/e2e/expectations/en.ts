import {expect} from "vitest";

import type {PageExpectation} from "../pages.js";

/*
 * The English pages: the same figures as their German counterparts (see index.ts and vergleich.ts for how they were
 * computed), in English number and date formats (1,234.5; 31 Dec 2024), with English texts.
 */
export const expectations: Record<string, PageExpectation> = {
  "/en/": {
    ready: [
      "#headlines .rm-headline",
      "#population-index figure svg",
      "#svb-index figure svg",
      "#unemployment-rate figure svg",
      "#kreise-map figure svg"
    ],
    texts: [
      "The Central German lignite region at a glance",
      "Unemployment rate compared",
      "latest value 2025",
      "Inhabitants",
      "2,023,873",
      "31 Dec 2024",
      "+3.3% (31 Dec 2013 – 31 Dec 2023)",
      "801,991",
      "+13.0% (30 Jun 2013 – 30 Jun 2025)",
      "984",
      "\u221220.3%",
      "2,823 MW",
      "Index (31 Dec 2013 = 100)",
      "Population change: districts in Saxony, Saxony-Anhalt and Thuringia",
      "Deutsch",
      "Datenlizenz Deutschland – Namensnennung 2.0"
    ],
    interact: async (page) => {
      // The navigation is English and stays under /en/.
      const link = page.locator("#observablehq-sidebar a", {hasText: "Comparison"}).first();
      if ((await link.count()) === 0) throw new Error('no English navigation entry "Comparison"');
      expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe("/en/vergleich");
      // The language switch keeps the page state; back on the English page, the base year returns to 2013 so
      // that the texts above (changes since 2013) are checked.
      await page.selectOption("#basis-control select", {label: "2015"});
      await page.waitForFunction(() => location.search.includes("basis=2015"));
      await page.click(".rm-lang-switch");
      await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("basis") === "2015");
      await page.waitForFunction(() =>
        document.querySelector("#population-index h3")?.textContent?.includes("31.12.2015 = 100")
      );
      await page.goBack();
      await page.waitForFunction(
        () => document.documentElement.lang === "en" && !!document.querySelector("#basis-control select")
      );
      await page.waitForSelector("#population-index figure svg");
      await page.selectOption("#basis-control select", {label: "2013"});
      await page.waitForFunction(() =>
        document.querySelector("#population-index h3")?.textContent?.includes("31 Dec 2013 = 100")
      );
    }
  },
  "/en/vergleich": {
    ready: [
      "#panel-population figure svg",
      "#panel-svb figure svg",
      "#panel-unemployment figure svg",
      "#comparison-table table"
    ],
    texts: [
      "Compare regions",
      "Central German lignite region",
      "2,023,873",
      "Lusatian lignite region",
      "1,125,877",
      "Rhenish lignite region",
      "Burgenlandkreis",
      "173,684",
      "57,937",
      "Population (31 Dec 2024)"
    ],
    interact: async (page) => {
      await page.selectOption("#region-controls select[aria-label='Add a region']", "15084");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("r")?.split(",").includes("15084"));
      await page.waitForFunction(() =>
        document.querySelector("#panel-population figure")?.textContent?.includes("Burgenlandkreis")
      );
    }
  },
  "/en/daten": {
    ready: ["#sql-console textarea"],
    // Dataset descriptions come from src/shared/i18n/datasets.ts; the German text of the plants dataset must not show.
    texts: [
      "Data and sources",
      "Lignite power plants and opencast mines of the Central German, Lusatian and Rhineland lignite regions",
      "population.parquet"
    ],
    interact: async (page) => {
      expect(await page.innerText("body")).not.toContain("Braunkohlekraftwerke und Braunkohletagebaue");
    }
  },
  "/en/strukturwandel": {
    ready: ["#plant-map figure svg", "#capacity-chart figure svg", "#plant-table table"],
    // The BNetzA power-plant list's data stand 26.06.2026 (src/shared/sources.ts) in English date format.
    texts: ["Lignite capacity on the grid until", "units not closed on 26 Jun 2026"],
    interact: async (page) => {
      expect(await page.locator("#capacity-chart").innerText()).not.toContain("26.06.2026");
    }
  }
};
