import type {Page} from "playwright-core";

/** What the browser test expects of each route: content a user would check. Every built page is visited. */
export interface PageExpectation {
  /** CSS selectors that must be present once the page is ready (charts, tables). */
  ready: string[];
  /** Text the page must show once ready (German number formats included). */
  texts?: string[];
  /** What a user does next (click, choose), and what must then appear. */
  interact?: (page: Page) => Promise<void>;
}

export const EXPECTATIONS: Record<string, PageExpectation> = {
  "/": {ready: ["h1"], texts: ["Revier-Monitor"]},
  "/bevoelkerung": {
    ready: ["#population-chart figure svg", "#duckdb-result table"],
    // Burgenlandkreis, 31.12.2015: 184.081 (Regionaldatenbank 12411-01-01-4), from DuckDB-WASM in the browser.
    texts: [
      "Bevölkerung der Revier-Kreise",
      "Burgenlandkreis",
      "184.081",
      "Datenlizenz Deutschland – Namensnennung 2.0"
    ]
  },
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
