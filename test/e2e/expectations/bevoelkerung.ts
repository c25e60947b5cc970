import {expect} from "vitest";

import {type PageExpectation, tableRows} from "../pages.js";

export const expectations: Record<string, PageExpectation> = {
  "/bevoelkerung": {
    ready: [
      "#population-chart figure svg",
      "#index-chart figure svg",
      "#components-chart figure svg",
      "#age-chart figure svg",
      "#dependency-chart figure svg",
      "#gemeinden-map figure svg"
    ],
    texts: [
      "Zensus 2022",
      "Jugend- und Altenquotient",
      "Bevölkerungsveränderung der Gemeinden",
      "Datenlizenz Deutschland – Namensnennung 2.0",
      "eigene Berechnung"
    ],
    // `texts` are checked after the interaction, i.e. with Burgenlandkreis chosen.
    interact: async (page) => {
      // Default region: Mitteldeutsches Revier, 31.12.2024 = 2.023.873, the sum of the nine Kreise in
      // Regionaldatenbank 12411-01-01-4 (GENESIS flat CSV, genesis-api-2026/tablefiles/12411-01-01-4).
      expect(await page.innerText("#kpi-population")).toBe("2.023.873");
      // Choose Burgenlandkreis: the headline, the chart title and the URL change.
      await page.selectOption("form:has(label:text('Region')) select", {label: "Burgenlandkreis (ST)"});
      await page.waitForFunction(() => location.search.includes("region=15084"));
      await page.waitForFunction(() =>
        document.querySelector("#population-chart h2")?.textContent?.includes("Burgenlandkreis")
      );
      // Burgenlandkreis, 31.12.2024 (Zensus-2022 basis): 173.684 — genesis-api-2026/tablefiles/12411-01-01-4
      // *_de_flat.csv, line 540; 31.12.2023 (Zensus-2011 basis, sum of its Gemeinden in GV 31.12.2023): 177.174.
      expect(await page.innerText("#kpi-population")).toBe("173.684");
      const body = await page.innerText("body");
      expect(body).toContain("177.174");
      // 31.12.2018: the exact 180.190 of destatis-kreise/04-kreise-2018.xlsx (sheet "Kreisfreie Städte u. Landkreise",
      // row 446), not flagged rounded (issue 10).
      const y2018 = (await tableRows(page, "#population-chart")).find((r) => r[1] === "31.12.2018");
      expect(y2018?.[2]).toBe("180.190");
      expect(y2018?.[4]).not.toContain("gerundet");
      // The table view lists BBSR-rounded years as such (1990–1994: BBSR reference table, rounded to 100).
      expect(await page.$eval("#population-chart table", (t) => t.textContent)).toContain("gerundet (BBSR)");
    }
  },
  "/en/bevoelkerung": {
    ready: [
      "#population-chart figure svg",
      "#index-chart figure svg",
      "#components-chart figure svg",
      "#age-chart figure svg",
      "#dependency-chart figure svg",
      "#gemeinden-map figure svg"
    ],
    texts: [
      "2022 census",
      "Youth and old-age dependency ratios",
      "Population change of the municipalities",
      "Births, deaths and migration",
      "Inhabitants Central German lignite region"
    ],
    interact: async (page) => {
      // The same figure as on /bevoelkerung (Mitteldeutsches Revier, 31.12.2024) in English format.
      expect(await page.innerText("#kpi-population")).toBe("2,023,873");
    }
  }
};
