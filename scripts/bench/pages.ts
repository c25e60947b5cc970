/**
 * The pages the benchmark opens, and for each the naive variant it is compared with. Edit this list when pages
 * are added: a page missing from dist/ is skipped with a note, so the list may name pages that do not exist yet.
 */
import {REVIER_LAENDER} from "../../src/shared/regions.js";

/** A Parquet file the naive page loads into DuckDB before it queries. */
export interface NaiveTable {
  /** The file as the page references it under dist/ (unhashed name; the hash is found at run time). */
  data: string;
  /** Table name in DuckDB. */
  table: string;
}

/** How the same chart is drawn the naive way: DuckDB-WASM first, then the query, then the chart. */
export interface NaiveSpec {
  /** Every file the page's first chart needs (the real page decodes them with hyparquet instead). */
  tables: readonly NaiveTable[];
  /** The query whose rows the chart draws (the real page filters the decoded rows in JavaScript instead). */
  sql: string;
  /** The chart component under dist/ (unhashed) and its export: `(rows, {width, ...options}) => Element`. */
  chart: {module: string; export: string};
  /** Chart options besides the width, as JSON (what the page passes). */
  options?: Record<string, unknown>;
}

export interface PageSpec {
  route: string;
  /**
   * CSS selector of the first chart's SVG; when it is in the DOM, the first chart is there. Name the chart's card:
   * a bare `.card svg` would also match an icon or a chart further down that happens to render first.
   */
  chart: string;
  /** Optional selector of the first result that needs DuckDB-WASM (an interactive table). */
  interactive?: string;
  naive?: NaiveSpec;
}

const inList = (codes: readonly string[]) => codes.map((code) => `'${code}'`).join(", ");

/** Index (base year = 100) of one measure for some regions, as src/lib/overview.ts `indexPoints` computes it. */
function indexSql({
  from,
  codes,
  filter,
  baseYear,
  name,
  segment
}: {
  from: string;
  codes: readonly string[];
  filter: string;
  baseYear: number;
  name: string;
  segment: string;
}): string {
  return `WITH s AS (SELECT * FROM ${from} WHERE ${filter} AND code IN (${inList(codes)})),
b AS (SELECT code, value AS base FROM s WHERE year = ${baseYear} AND value > 0)
SELECT ${name} AS name, s.year, 100 * s.value / b.base AS "index", 100 * s.value / b.base AS value, ${segment} AS segment
FROM s JOIN b USING (code) ORDER BY s.code, s.year`;
}

/** `/`: the first chart is "Bevölkerung im Vergleich" (src/index.md, card #population-index, default base 2013). */
const OVERVIEW_BASE = 2013;

/** `/kreise/15084`: the first chart is the population trend (src/kreise/[code].md, card #population-trend). */
const KREIS = {code: "15084", land: "15", name: "Burgenlandkreis", base: 2013} as const;

export const PAGES: readonly PageSpec[] = [
  {
    route: "/",
    chart: "#population-index svg",
    naive: {
      tables: [{data: "_file/data/overview.parquet", table: "overview"}],
      sql: indexSql({
        from: "overview",
        codes: ["REV-MD", ...REVIER_LAENDER, "OST", "DG"],
        filter: "measure = 'population'",
        baseYear: OVERVIEW_BASE,
        name: "s.name",
        segment: "s.segment"
      }),
      chart: {module: "_import/components/LineChart.js", export: "LineChart"},
      // As the page passes them for the default base year (its breaks come from the segment column).
      options: {
        y: "index",
        baseYear: OVERVIEW_BASE,
        breaks: [
          {year: 2011, label: "Zensus 2011"},
          {year: 2024, label: "Zensus 2022"}
        ],
        highlight: "Mitteldeutsches Revier"
      }
    }
  },
  {
    route: `/kreise/${KREIS.code}`,
    chart: "#population-trend svg",
    naive: {
      tables: [
        {data: "_file/data/regions.parquet", table: "regions"},
        {data: "_file/data/kreis_profiles.parquet", table: "kreis_profiles"}
      ],
      sql: indexSql({
        from: `kreis_profiles`,
        codes: [KREIS.code, KREIS.land, "DG"],
        filter: `metric = 'population' AND year >= ${KREIS.base}`,
        baseYear: KREIS.base,
        name: `(SELECT r.name FROM regions r WHERE r.code = s.code)`,
        segment: "coalesce(s.basis, '')"
      }),
      chart: {module: "_import/components/LineChart.js", export: "LineChart"},
      options: {
        y: "index",
        yLabel: `Index (${KREIS.base} = 100)`,
        digits: 1,
        dots: "all",
        missing: true,
        highlight: KREIS.name
      }
    }
  },
  // No naive variant: the two pages above are the comparison the budgets name. The page no longer runs DuckDB
  // on load (the SQL console on /daten waits for a click), so there is no interactive selector to time.
  {route: "/bevoelkerung", chart: "#population-chart svg"}
];
