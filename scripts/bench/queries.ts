/**
 * Representative interactive queries and the tables they run on. Until the site ships employment-by-occupation
 * and municipality datasets, the bench builds stand-ins from the source mirror (never shipped): SvB at the
 * workplace by Kreis × KldB occupation group × year (BA, social insurance, total; 735,033 rows, 2013–2025) and
 * the Gemeinde list of the Zensus 2022 extract (GERDA, 10,786 rows). The SQL is written here, not taken from
 * src/lib/indicators/sql.ts, which did not exist yet (see docs/performance.md).
 */
import {existsSync, mkdirSync} from "node:fs";
import {join} from "node:path";

import {DuckDBInstance} from "@duckdb/node-api";

import {sourcePath} from "../../data-loaders/lib/paths.js";

export interface BenchTable {
  name: string;
  /** Where the harness fetches it (an extra route of the bench server). */
  route: string;
  file: string;
}

export interface BenchQuery {
  name: string;
  sql: string;
}

/** The Kreis and years of the shift-share query (Burgenlandkreis, 2013–2025). */
export const SHIFT_SHARE = {region: "15084", from: 2013, to: 2025} as const;
export const LQ_YEAR = 2025;
export const SEARCH_TERM = "feld";

/**
 * Location quotient LQ = (e_ir / e_r) / (E_i / E) of every Kreis r and occupation group i in one year, with
 * Germany (E) as the sum of all 400 Kreise. Returns all Kreis × group rows (about 55,000).
 */
export const LOCATION_QUOTIENTS = `
WITH e AS (SELECT region, occupational_group AS grp, n FROM employment WHERE year = ${LQ_YEAR} AND n IS NOT NULL),
  r AS (SELECT region, sum(n) AS e_r FROM e GROUP BY region),
  i AS (SELECT grp, sum(n) AS e_i FROM e GROUP BY grp),
  t AS (SELECT sum(n) AS e FROM e)
SELECT e.region, e.grp, e.n, (e.n / r.e_r) / (i.e_i / t.e) AS lq
FROM e JOIN r USING (region) JOIN i USING (grp) CROSS JOIN t
ORDER BY e.region, e.grp`;

/**
 * Classic shift-share of one Kreis by occupation group between two years: national growth, industry (here:
 * occupation) mix and regional (competitive) component, Germany = sum of all Kreise.
 */
export const SHIFT_SHARE_SQL = `
WITH base AS (
    SELECT region, occupational_group AS grp, year, n FROM employment
    WHERE year IN (${SHIFT_SHARE.from}, ${SHIFT_SHARE.to}) AND n IS NOT NULL),
  nat AS (
    SELECT grp, sum(n) FILTER (WHERE year = ${SHIFT_SHARE.from}) AS n0, sum(n) FILTER (WHERE year = ${SHIFT_SHARE.to}) AS n1
    FROM base GROUP BY grp),
  tot AS (SELECT sum(n0) AS t0, sum(n1) AS t1 FROM nat),
  reg AS (
    SELECT grp, sum(n) FILTER (WHERE year = ${SHIFT_SHARE.from}) AS e0, sum(n) FILTER (WHERE year = ${SHIFT_SHARE.to}) AS e1
    FROM base WHERE region = '${SHIFT_SHARE.region}' GROUP BY grp)
SELECT reg.grp, e0, e1,
  e0 * (t1 / t0 - 1) AS national,
  e0 * (n1 / nullif(n0, 0) - t1 / t0) AS mix,
  e0 * (e1 / nullif(e0, 0) - n1 / nullif(n0, 0)) AS regional
FROM reg JOIN nat USING (grp) CROSS JOIN tot
ORDER BY reg.grp`;

/** The Gemeinde table filtered by a search term as a user types it (case-insensitive substring). */
export const GEMEINDE_SEARCH = `
SELECT ags, name, population FROM municipalities
WHERE name ILIKE '%${SEARCH_TERM}%'
ORDER BY name`;

export const QUERIES: readonly BenchQuery[] = [
  {name: `location quotients, all Kreise × groups, ${LQ_YEAR}`, sql: LOCATION_QUOTIENTS},
  {name: `shift-share ${SHIFT_SHARE.region}, ${SHIFT_SHARE.from}–${SHIFT_SHARE.to}`, sql: SHIFT_SHARE_SQL},
  {name: `Gemeinde search "${SEARCH_TERM}"`, sql: GEMEINDE_SEARCH}
];

/**
 * Writes the stand-in tables as Parquet (zstd, as the site's own files) into `dir`, once; DuckDB in Node reads
 * the source mirror directly.
 */
export async function prepareTables(dir: string): Promise<BenchTable[]> {
  mkdirSync(dir, {recursive: true});
  const tables: {name: string; select: string}[] = [
    {
      name: "employment",
      select: `SELECT region, occupational_group, year::INTEGER AS year, n::INTEGER AS n
        FROM read_parquet('${sourcePath("ba-kldb/employees_by_workplace.parquet")}')
        WHERE type = 'social insurance' AND "group" = 'total' AND occupational_group IS NOT NULL
        ORDER BY region, occupational_group, year`
    },
    {
      name: "municipalities",
      select: `SELECT ags, municipality_name AS name, population_census22::INTEGER AS population
        FROM read_csv('${sourcePath("gerda/census_2022.csv")}', header = true, types = {'ags': 'VARCHAR'})
        ORDER BY ags`
    }
  ];
  const missing = tables.filter((t) => !existsSync(join(dir, `${t.name}.parquet`)));
  if (missing.length) {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      for (const table of missing) {
        const file = join(dir, `${table.name}.parquet`);
        await connection.run(`COPY (${table.select}) TO '${file}' (FORMAT parquet, COMPRESSION zstd)`);
      }
    } finally {
      connection.closeSync();
    }
  }
  return tables.map((t) => ({name: t.name, route: `/__bench/${t.name}.parquet`, file: join(dir, `${t.name}.parquet`)}));
}
