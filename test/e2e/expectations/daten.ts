import type {PageExpectation} from "../pages.js";

export const expectations: Record<string, PageExpectation> = {
  "/daten": {
    ready: ["#sql-console textarea"],
    texts: ["population.parquet", "Datenlizenz Deutschland", "© Statistik der Bundesagentur für Arbeit"],
    interact: async (page) => {
      await page.click("#sql-console button");
      await page.waitForSelector("#sql-console table", {timeout: 60_000});
      // The default query sums the nine Revier Kreise: 2,022,557 persons on 31.12.2015 (Regionaldatenbank 12411-01-01-4).
      await page.waitForFunction(() => document.querySelector("#sql-console")?.textContent?.includes("2.022.557"));
    }
  }
};
