import type {PageExpectation} from "../pages.js";

/*
 * Expected figures, computed with DuckDB from the built datasets (data/*.parquet):
 * - population, sex = total, 31.12.2024 (GENESIS 12411-01-01-4, Zensus-2022 basis): Mitteldeutsches Revier 2,023,873
 *   (sum of its nine Kreise); Lausitzer Revier 1,125,877 (sum of 12052, 12061, 12062, 12066, 12071, 14625, 14626);
 *   Burgenlandkreis (15084) 173,684;
 * - employment, classification = total, svb_workplace, 30.06.2025: Burgenlandkreis 57,937 (BA occupation sum).
 */
export const expectations: Record<string, PageExpectation> = {
  "/vergleich": {
    ready: [
      "#panel-population figure svg",
      "#panel-svb figure svg",
      "#panel-unemployment figure svg",
      "#comparison-table table"
    ],
    texts: [
      "Regionen vergleichen",
      "Mitteldeutsches Revier",
      "2.023.873",
      "Lausitzer Revier",
      "1.125.877",
      "Rheinisches Revier",
      // After the interaction below:
      "Burgenlandkreis",
      "173.684",
      "57.937",
      "© Statistik der Bundesagentur für Arbeit"
    ],
    interact: async (page) => {
      const rows = () => page.locator("#comparison-table tbody tr").count();
      const before = await rows();
      await page.selectOption("#region-controls select[aria-label='Region hinzufügen']", "15084");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("r")?.split(",").includes("15084"));
      await page.waitForFunction(
        (n) => document.querySelectorAll("#comparison-table tbody tr").length === n + 1,
        before
      );
      await page.waitForFunction(() =>
        document.querySelector("#panel-population figure")?.textContent?.includes("Burgenlandkreis")
      );
    }
  }
};
