import type {PageExpectation} from "../pages.js";

export const expectations: Record<string, PageExpectation> = {
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
