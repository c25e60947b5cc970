/** What the browser test expects of each route: content a user would check. Every built page is visited. */
export interface PageExpectation {
  /** CSS selectors that must be present once the page is ready (charts, tables). */
  ready: string[];
  /** Text the page must show once ready (German number formats included). */
  texts?: string[];
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
  }
};
