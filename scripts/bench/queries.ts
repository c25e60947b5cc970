/**
 * Representative interactive queries and the tables they run on. The location-quotient and shift-share SQL comes
 * from the site's own builders (src/lib/indicators/sql.ts). Employment runs on a bench stand-in built from the
 * source mirror (never shipped): SvB at the workplace by Kreis × KldB occupation group × year (BA, social
 * insurance, total; 729,820 rows, 2013–2025, the "ohne Angabe" group dropped), because the site's
 * employment_occupations dataset (1.5 M rows, all measures) is not what a page would load whole. The Gemeinde
 * search runs on the site's municipalities dataset from dist/ when it is there, else on a stand-in from the
 * Zensus 2022 Gemeinde list.
 */
import {existsSync, mkdirSync} from "node:fs";
import {join} from "node:path";

import {DuckDBInstance} from "@duckdb/node-api";

import {sourcePath} from "../../data-loaders/lib/paths.js";
import {locationQuotientsSql, shiftShareSql} from "../../src/lib/indicators/sql.js";
import {findHashed} from "./dist-files.js";

export interface BenchTable {
  name: string;
  /** Where the harness fetches it (a dist/ URL or an extra route of the bench server). */
  route: string;
  file: string;
  /** True when it is the site's own dataset, false for a bench stand-in. */
  shipped: boolean;
}

export interface BenchQuery {
  name: string;
  sql: string;
}

/** The Kreis and years of the shift-share query (Burgenlandkreis, 2013–2025). */
export const SHIFT_SHARE = {region: "15084", from: 2013, to: 2025} as const;
export const LQ_YEAR = 2025;
export const SEARCH_TERM = "feld";

const EMPLOYMENT = {from: "employment", columns: {category: "occupational_group", value: "n"}};

export const QUERIES: readonly BenchQuery[] = [
  {
    name: `location quotients, all Kreise × groups, ${LQ_YEAR}`,
    sql: locationQuotientsSql({source: EMPLOYMENT, year: LQ_YEAR})
  },
  {
    name: `shift-share ${SHIFT_SHARE.region}, ${SHIFT_SHARE.from}–${SHIFT_SHARE.to}`,
    sql: `SELECT * FROM (${shiftShareSql({source: EMPLOYMENT, startYear: SHIFT_SHARE.from, endYear: SHIFT_SHARE.to})})
WHERE region = '${SHIFT_SHARE.region}'`
  },
  {
    name: `Gemeinde search "${SEARCH_TERM}"`,
    sql: `SELECT code, name, population FROM municipalities
WHERE gebietsstand = (SELECT max(gebietsstand) FROM municipalities) AND name ILIKE '%${SEARCH_TERM}%'
ORDER BY name`
  }
];

/**
 * Writes the stand-in tables as Parquet (zstd, as the site's own files) into `dir`, once; DuckDB in Node reads
 * the source mirror directly.
 */
export async function prepareTables(dir: string, dist: string): Promise<BenchTable[]> {
  mkdirSync(dir, {recursive: true});
  const shipped = findHashed(dist, "_file/data/municipalities.parquet");
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
      select: `SELECT ags AS code, municipality_name AS name, population_census22::INTEGER AS population,
          '2022-05-15' AS gebietsstand
        FROM read_csv('${sourcePath("gerda/census_2022.csv")}', header = true, types = {'ags': 'VARCHAR'})
        ORDER BY ags`
    }
  ].filter((t) => !(shipped && t.name === "municipalities"));
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
  const result: BenchTable[] = tables.map((t) => ({
    name: t.name,
    route: `/__bench/${t.name}.parquet`,
    file: join(dir, `${t.name}.parquet`),
    shipped: false
  }));
  if (shipped) result.push({name: "municipalities", route: `/${shipped}`, file: join(dist, shipped), shipped: true});
  return result;
}
