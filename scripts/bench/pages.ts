/**
 * The pages the benchmark opens, and for each the naive variant it is compared with. Edit this list when pages
 * are added: a page missing from dist/ is skipped with a note, so the list may name pages that do not exist yet.
 */
import {REVIER_KREISE} from "../../src/lib/regions.js";

/** How the same chart is drawn the naive way: DuckDB-WASM first, then the query, then the chart. */
export interface NaiveSpec {
  /** The Parquet file as the page references it under dist/ (unhashed name; the hash is found at run time). */
  data: string;
  /** Table name in DuckDB. */
  table: string;
  /** The query whose rows the chart draws (the real page filters the decoded rows in JavaScript instead). */
  sql: string;
  /** The chart component under dist/ (unhashed) and its export: `(rows, {width}) => Element`. */
  chart: {module: string; export: string};
}

export interface PageSpec {
  route: string;
  /** CSS selector of the first chart's SVG; when it is in the DOM, the first chart is there. */
  chart: string;
  /** Optional selector of the first result that needs DuckDB-WASM (an interactive table). */
  interactive?: string;
  naive?: NaiveSpec;
}

const inList = (codes: readonly string[]) => codes.map((code) => `'${code}'`).join(", ");

export const PAGES: readonly PageSpec[] = [
  {route: "/", chart: ".card svg"},
  {route: "/kreise/15084", chart: ".card svg"},
  {
    route: "/bevoelkerung",
    chart: "#population-chart figure svg",
    interactive: "#duckdb-result table",
    naive: {
      data: "_file/data/population.parquet",
      table: "population",
      sql: `SELECT name, year, value FROM population WHERE sex = 'total' AND code IN (${inList(REVIER_KREISE)}) ORDER BY code, year`,
      chart: {module: "_import/components/PopulationChart.js", export: "PopulationChart"}
    }
  }
];
