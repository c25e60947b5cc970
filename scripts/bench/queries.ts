/**
 * Representative interactive queries and the tables they run on. /branchen computes its location quotients and
 * shift-share in JavaScript from the branchen_occupations view (BRANCHEN_UPDATES); the /daten SQL console and anyone
 * querying all Kreise at once use DuckDB-WASM (QUERIES). The location-quotient and shift-share SQL comes from the
 * site's own builders (src/shared/indicators/sql.ts). Employment runs on a bench stand-in built from the
 * source mirror (never shipped): SvB at the workplace by Kreis × KldB occupation group × year (BA, social
 * insurance, total; 729,820 rows, 2013–2025, the "ohne Angabe" group dropped; sorted by year, so that a query for
 * one year reads one of DuckDB's row groups of 122,880 rows instead of all six: the location-quotient query's SQL
 * time drops from about 47 ms to 15 ms), because the site's
 * employment_occupations dataset (1.5 M rows, all measures) is not what a page would load whole. The Gemeinde
 * search runs on the site's municipalities dataset from dist/ when it is there, else on a stand-in from the
 * Zensus 2022 Gemeinde list.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync} from "node:fs";
import {join} from "node:path";

import {DuckDBInstance} from "@duckdb/node-api";

import {sourcePath} from "../../data-loaders/lib/paths.js";
import {locationQuotientsSql, shiftShareSql} from "../../src/shared/indicators/sql.js";
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
  /**
   * How the result is taken: "rows" = query() as pages call it (every row an object); "console" = as the /daten
   * SQL console takes it (queryLimited: record batches, the first 1,000 rows as objects, the total counted).
   */
  mode: "rows" | "console";
}

/** The Kreis and years of the shift-share query (Burgenlandkreis, 2013–2025). */
export const SHIFT_SHARE = {region: "15084", from: 2013, to: 2025} as const;
export const LQ_YEAR = 2025;
export const SEARCH_TERM = "feld";

const EMPLOYMENT = {from: "employment", columns: {category: "occupational_group", value: "n"}};

export const QUERIES: readonly BenchQuery[] = [
  {
    name: `location quotients, all Kreise × groups, ${LQ_YEAR}`,
    sql: locationQuotientsSql({source: EMPLOYMENT, year: LQ_YEAR}),
    // Only the console asks for all Kreise at once (/branchen computes one region in JavaScript), and the console
    // converts only the 1,000 rows it shows: the ~56,000 row objects the old measurement built are never made.
    mode: "console"
  },
  {
    name: `shift-share ${SHIFT_SHARE.region}, ${SHIFT_SHARE.from}–${SHIFT_SHARE.to}`,
    sql: shiftShareSql({
      source: EMPLOYMENT,
      startYear: SHIFT_SHARE.from,
      endYear: SHIFT_SHARE.to,
      region: SHIFT_SHARE.region
    }),
    mode: "rows"
  },
  {
    name: `Gemeinde search "${SEARCH_TERM}"`,
    sql: `SELECT code, name, population FROM municipalities
WHERE gebietsstand = (SELECT max(gebietsstand) FROM municipalities) AND name ILIKE '%${SEARCH_TERM}%'
ORDER BY name`,
    mode: "rows"
  }
];

/** One change on /branchen: region, reference area and years of its occupation-group section. */
export interface BranchenUpdate {
  name: string;
  region: string;
  reference: string;
  from: number;
  to: number;
}

/**
 * The /branchen path, timed in the browser without DuckDB: the page's `occupation` cell (location quotients of all
 * 140 groups, shift-share with Esteban-Marquillas, portfolio) for its default state (Revier against Germany, summed
 * from nine Kreise on the fly) and for one Kreis.
 */
export const BRANCHEN_UPDATES: readonly BranchenUpdate[] = [
  {name: "REV-MD vs DG", region: "REV-MD", reference: "DG", from: SHIFT_SHARE.from, to: SHIFT_SHARE.to},
  {
    name: `${SHIFT_SHARE.region} vs DG`,
    region: SHIFT_SHARE.region,
    reference: "DG",
    from: SHIFT_SHARE.from,
    to: SHIFT_SHARE.to
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
        ORDER BY year, region, occupational_group`
    },
    {
      name: "municipalities",
      select: `SELECT ags AS code, municipality_name AS name, population_census22::INTEGER AS population,
          '2022-05-15' AS gebietsstand
        FROM read_csv('${sourcePath("gerda/census_2022.csv")}', header = true, types = {'ags': 'VARCHAR'})
        ORDER BY ags`
    }
  ].filter((t) => !(shipped && t.name === "municipalities"));
  // The file name carries a hash of its SELECT, so that a changed definition is rebuilt rather than read from cache.
  const fileOf = (t: {name: string; select: string}) =>
    join(dir, `${t.name}.${createHash("sha256").update(t.select).digest("hex").slice(0, 8)}.parquet`);
  const missing = tables.filter((t) => !existsSync(fileOf(t)));
  if (missing.length) {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      for (const table of missing) {
        const file = fileOf(table);
        await connection.run(`COPY (${table.select}) TO '${file}' (FORMAT parquet, COMPRESSION zstd)`);
      }
    } finally {
      connection.closeSync();
    }
  }
  const result: BenchTable[] = tables.map((t) => ({
    name: t.name,
    route: `/__bench/${t.name}.parquet`,
    file: fileOf(t),
    shipped: false
  }));
  if (shipped) result.push({name: "municipalities", route: `/${shipped}`, file: join(dist, shipped), shipped: true});
  return result;
}
