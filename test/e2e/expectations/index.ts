import {expect} from "vitest";

import {type PageExpectation, tableRows} from "../pages.js";

/*
 * Expected figures of the Mitteldeutsches Revier, computed with DuckDB from the built datasets (data/*.parquet)
 * as sums of the nine Kreise 15002, 15082, 15084, 15087, 15088, 14713, 14729, 14730, 16077:
 * - population (sex = total): 31.12.2024 = 2,023,873 (GENESIS 12411-01-01-4, Zensus-2022 basis); 31.12.2013 =
 *   1,994,394 and 31.12.2023 = 2,061,146 (Zensus-2011 basis) → +3.35 % → "+3,3 %";
 * - employment (classification = total, svb_workplace): 30.06.2013 = 709,885, 30.06.2025 = 801,991 → "+13,0 %";
 * - employment_occupations (occupation 211, svb_workplace): 30.06.2013 = 1,235, 30.06.2025 = 984 → "−20,3 %";
 * - plants (kind = kraftwerk, revier = REV-MD): capacity_net_active_mw 0 + 31 + 1,782 + 1,010 = 2,823 MW.
 */
export const expectations: Record<string, PageExpectation> = {
  "/": {
    ready: [
      "#headlines .rm-headline",
      "#population-index figure svg",
      "#svb-index figure svg",
      "#unemployment-rate figure svg",
      "#kreise-map figure svg"
    ],
    texts: [
      "Mitteldeutsches Revier im Überblick",
      "2.023.873",
      "31.12.2024",
      "+3,3\u00a0% (31.12.2013 – 31.12.2023)",
      "801.991",
      "+13,0\u00a0% (30.06.2013 – 30.06.2025)",
      "984",
      "\u221220,3\u00a0%",
      "2.823 MW",
      "Datenlizenz Deutschland – Namensnennung 2.0",
      "© Statistik der Bundesagentur für Arbeit"
    ],
    interact: async (page) => {
      // Choose another indicator for the map: its title and the URL change.
      await page.selectOption("#kreise-map select", {label: "Arbeitslosenquote"});
      await page.waitForFunction(() =>
        document.querySelector("#kreise-map h2")?.textContent?.startsWith("Arbeitslosenquote")
      );
      await page.waitForFunction(() => location.search.includes("karte=alq"));
      // The map shows each Kreis's rate of 2025: Burgenlandkreis 7,3 (regionalstatistik-2026/13211-02-05-4_2025.csv,
      // line 489, all civilian labour force); the subtitle names the year.
      const burgenland = (await tableRows(page, "#kreise-map")).find((r) => r[0] === "Burgenlandkreis");
      expect(burgenland?.[3]).toBe("7,3");
      expect(burgenland?.[4]).toContain("2025");
      expect(await page.innerText("#kreise-map h3")).toContain("2025");
      // The rate figure: 2025 for the Länder and Germany as published (regionalstatistik-2026/13211-02-05-4_2025.csv,
      // Sachsen line 433 = 6,9, Sachsen-Anhalt line 482 = 8,0, Thüringen 6,4, Germany line 10 = 6,3; the build checks the
      // Länder against genesis-online-2026/13211-0007.csv), the Revier computed from its Kreise; the subtitle names
      // the latest year.
      const rates = await tableRows(page, "#unemployment-rate");
      const rate = (name: string) => rates.find((r) => r[0] === name && r[1] === "2025")?.[2];
      expect([rate("Sachsen-Anhalt"), rate("Sachsen"), rate("Thüringen"), rate("Deutschland")]).toEqual([
        "8,0",
        "6,9",
        "6,4",
        "6,3"
      ]);
      expect(rate("Mitteldeutsches Revier")).toMatch(/^\d,\d$/);
      expect(await page.innerText("#unemployment-rate h3")).toContain("letzter Wert 2025");
      expect(await page.innerText("#unemployment-rate .rm-source")).toContain("eigene Berechnung");
      // Another base year: the index chart's subtitle names it.
      await page.selectOption("#basis-control select", {label: "2015"});
      await page.waitForFunction(() =>
        document.querySelector("#population-index h3")?.textContent?.includes("31.12.2015 = 100")
      );
      expect(new URL(page.url()).searchParams.get("basis")).toBe("2015");
      // Back to 2013, so that the texts above (changes since 2013) are checked.
      await page.selectOption("#basis-control select", {label: "2013"});
      await page.waitForFunction(() =>
        document.querySelector("#population-index h3")?.textContent?.includes("31.12.2013 = 100")
      );
    }
  }
};
