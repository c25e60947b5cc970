import {basename} from "node:path";

import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";

import {checkParquet} from "../lib/containers.js";
import {parseDelimited} from "../lib/delimited.js";
import {readUtf8} from "../lib/encoding.js";
import {SourceError} from "../lib/errors.js";

/**
 * Statistik der Bundesagentur für Arbeit, occupation data by Kreis (KldB 2010, 3-digit), as the RegioHub/badata
 * R data frames converted unchanged to Parquet (../shared/sources/PROVENANCE.md §4). Suppressed cells are NULL;
 * the occupation NULL is "ohne Angabe zum Zielberuf" (a real group, part of every total).
 */

/** One cell of the employee tables (30 June of `year`), type 'social insurance', group 'total'. */
export interface BaEmployeeCell {
  region: string;
  /** KldB 2010 3-digit code, or null for "ohne Angabe". */
  occupation: string | null;
  year: number;
  /** Persons; null where the BA suppressed the cell. */
  n: number | null;
  /** 1-based row of the Parquet file, for messages. */
  row: number;
}

const KREIS = /^\d{5}$/;

/**
 * What each BA file must contain (PROVENANCE.md §4, data stand of the extract: 2025): every region of
 * region_codes.csv in every year of its span, counts ≥ 0.
 */
export const BA_FILES: Record<string, {years: readonly [number, number]; value: string; whole: boolean}> = {
  // Annual averages of monthly counts: fractions (1/12) are real, negatives are not.
  "unemployed_total.parquet": {years: [2012, 2025], value: "total", whole: false},
  "employees_by_workplace.parquet": {years: [2013, 2025], value: "n", whole: true},
  "employees_by_residence.parquet": {years: [2013, 2025], value: "n", whole: true}
};
const OCCUPATION = /^\d{3}$/;

/**
 * The declared content of a BA Parquet file (BA_FILES): counts ≥ 0, years within the span, and every region of
 * the regions list in every year. Checked in DuckDB; errors name the 1-based row of the file.
 */
async function checkBaMeaning(
  connection: DuckDBConnection,
  path: string,
  from: string,
  codes: Set<string>
): Promise<void> {
  const name = basename(path);
  const declared = BA_FILES[name];
  if (!declared) throw new SourceError({file: path}, `no declaration of what ${name} must contain (BA_FILES)`);
  const {value, years, whole} = declared;
  const negative = await query(
    connection,
    path,
    `SELECT file_row_number + 1, "${value}" FROM ${from}
     WHERE "${value}" < 0 ${whole ? `OR "${value}" <> round("${value}")` : ""} ORDER BY 1 LIMIT 1`
  );
  if (negative.length) {
    const rule = whole ? "counts are whole numbers ≥ 0" : "counts (annual averages) ≥ 0";
    throw new SourceError(
      {file: path, unit: "row", line: Number(negative[0]![0]), field: value, rule},
      `found ${String(negative[0]![1])}`
    );
  }
  const outside = await query(
    connection,
    path,
    `SELECT file_row_number + 1, year FROM ${from} WHERE year < ${years[0]} OR year > ${years[1]} ORDER BY 1 LIMIT 1`
  );
  if (outside.length) {
    throw new SourceError(
      {
        file: path,
        unit: "row",
        line: Number(outside[0]![0]),
        field: "year",
        rule: `years within the source's span ${years[0]}–${years[1]}`
      },
      `found ${String(outside[0]![1])}`
    );
  }
  const present = await query(
    connection,
    path,
    `SELECT CAST(year AS INTEGER), list(DISTINCT region), max(file_row_number) + 1 FROM ${from} GROUP BY 1 ORDER BY 1`
  );
  const last = Math.max(...present.map((r) => Number(r[2])));
  const rule = `covers all ${codes.size} regions of region_codes.csv in each year ${years[0]}–${years[1]}`;
  const byYear = new Map(present.map(([year, regions]) => [Number(year), new Set(regions as string[])]));
  for (let year = years[0]; year <= years[1]; year++) {
    const found = byYear.get(year);
    const missing = [...codes].filter((c) => !found?.has(c)).sort();
    if (missing.length) {
      throw new SourceError(
        {file: path, unit: "row", line: last, field: "region", rule},
        `${missing.length} regions missing in ${year} (${missing.slice(0, 8).join(", ")}${missing.length > 8 ? ", …" : ""})`
      );
    }
  }
}

async function withConnection<T>(run: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return await run(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Checks the column types of a Parquet file: a missing or renamed column, or a number where a code belongs
 * (region stored as an integer loses its leading zero), is a SourceError naming the file and field.
 */
async function checkColumns(
  connection: DuckDBConnection,
  path: string,
  expected: Record<string, readonly string[]>
): Promise<void> {
  checkParquet(path);
  let described;
  try {
    described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlString(path)})`);
  } catch (error) {
    throw new SourceError({file: path}, `cannot read Parquet (truncated or not Parquet): ${(error as Error).message}`);
  }
  const types = new Map(described.getRowsJS().map((row) => [String(row[0]), String(row[1])]));
  for (const [column, allowed] of Object.entries(expected)) {
    const type = types.get(column);
    if (type === undefined) {
      throw new SourceError(
        {file: path, field: column},
        `column missing (renamed?); the file has ${[...types.keys()].join(", ")}`
      );
    }
    if (!allowed.includes(type)) {
      throw new SourceError({file: path, field: column}, `expected a ${allowed.join(" or ")} column, found ${type}`);
    }
  }
}

/** Reads the rows a query selects; Parquet errors become SourceErrors naming the file. */
async function query(connection: DuckDBConnection, path: string, sql: string): Promise<unknown[][]> {
  try {
    return (await connection.runAndReadAll(sql)).getRowsJS() as unknown[][];
  } catch (error) {
    throw new SourceError({file: path}, `cannot read Parquet: ${(error as Error).message}`);
  }
}

/**
 * Validates codes and the key (region, occupation, year) of the selected rows. `line` in errors is the 1-based
 * row number in the Parquet file.
 */
async function validateKeys(
  connection: DuckDBConnection,
  path: string,
  from: string,
  codes: Set<string>
): Promise<void> {
  const bad = await query(
    connection,
    path,
    `SELECT file_row_number + 1, region, occupational_group FROM ${from}
     WHERE region IS NULL OR NOT regexp_full_match(region, '\\d{5}')
        OR (occupational_group IS NOT NULL AND NOT regexp_full_match(occupational_group, '\\d{3}'))
     ORDER BY 1 LIMIT 1`
  );
  if (bad.length) {
    const [line, region, occupation] = bad[0]!;
    const field = region === null || !KREIS.test(String(region)) ? "region" : "occupational_group";
    const value = field === "region" ? region : occupation;
    throw new SourceError(
      {file: path, unit: "row", line: Number(line), field},
      `expected a ${field === "region" ? "5-digit Kreis code" : "3-digit KldB code"}, found "${String(value)}"`
    );
  }
  const regions = await query(connection, path, `SELECT DISTINCT region FROM ${from}`);
  for (const [region] of regions) {
    if (!codes.has(String(region))) {
      const at = await query(
        connection,
        path,
        `SELECT min(file_row_number) + 1 FROM ${from} WHERE region = ${sqlString(String(region))}`
      );
      throw new SourceError(
        {file: path, unit: "row", line: Number(at[0]![0]), field: "region"},
        `unknown region code "${String(region)}" (not in region_codes.csv)`
      );
    }
  }
  const duplicates = await query(
    connection,
    path,
    `SELECT region, occupational_group, year, list(file_row_number + 1 ORDER BY file_row_number) FROM ${from}
     GROUP BY ALL HAVING count(*) > 1 LIMIT 1`
  );
  if (duplicates.length) {
    const [region, occupation, year, lines] = duplicates[0]! as [string, string | null, number, number[]];
    throw new SourceError(
      {file: path, unit: "row", line: Number(lines[1]), field: "region"},
      `duplicate key ${region} / ${occupation ?? "ohne Angabe"} / ${year} (first on row ${Number(lines[0])})`
    );
  }
}

/** The 401 region codes and names of the extract (`region_codes.csv`, UTF-8, header `"code","name"`). */
export function readBaRegionCodes(path: string): Map<string, string> {
  return readCodeList(path, KREIS);
}

/** The KldB 2010 groups (`occupational_group_codes.csv`); the NA row is "ohne Angabe zum Zielberuf". */
export function readBaOccupationCodes(path: string): Map<string | null, string> {
  return readCodeList(path, OCCUPATION, true) as Map<string | null, string>;
}

function readCodeList(path: string, pattern: RegExp, allowNA = false): Map<string, string> {
  const records = parseDelimited(readUtf8(path), ",");
  const header = records[0]?.cells ?? [];
  if (header[0] !== "code" || header[1] !== "name") {
    throw new SourceError({file: path, line: 1, field: header[0] ?? ""}, `expected the header "code","name"`);
  }
  const codes = new Map<string, string>();
  for (const {line, cells} of records.slice(1)) {
    if (cells.length === 1 && cells[0] === "") continue;
    const code = cells[0]!;
    if (!(pattern.test(code) || (allowNA && code === "NA"))) {
      throw new SourceError(
        {file: path, line, field: "code"},
        `expected a code like ${pattern.source}, found "${code}"`
      );
    }
    if (codes.has(code)) throw new SourceError({file: path, line, field: "code"}, `duplicate code "${code}"`);
    codes.set(code, cells[1] ?? "");
  }
  const result = new Map<string, string>();
  for (const [code, name] of codes) result.set(code === "NA" ? (null as unknown as string) : code, name);
  return result;
}

/**
 * Employees subject to social insurance ('social insurance', group 'total') by Kreis × occupation × year from
 * `employees_by_workplace.parquet` or `employees_by_residence.parquet`. Marginal part-time and the women /
 * foreigners breakdowns are left in the file: no page uses them.
 */
export async function readBaEmployees(path: string, regionCodes: Set<string>): Promise<BaEmployeeCell[]> {
  return withConnection(async (connection) => {
    await checkColumns(connection, path, {
      region: ["VARCHAR"],
      occupational_group: ["VARCHAR"],
      year: ["BIGINT", "INTEGER", "DOUBLE"],
      type: ["VARCHAR"],
      group: ["VARCHAR"],
      n: ["BIGINT", "INTEGER", "DOUBLE"]
    });
    const from = `(SELECT * FROM read_parquet(${sqlString(path)}, file_row_number = true)
                   WHERE type = 'social insurance' AND "group" = 'total')`;
    const count = await query(connection, path, `SELECT count(*) FROM ${from}`);
    if (Number(count[0]![0]) === 0) {
      throw new SourceError({file: path, field: "type"}, `no rows with type 'social insurance' and group 'total'`);
    }
    await validateKeys(connection, path, from, regionCodes);
    await checkBaMeaning(connection, path, from, regionCodes);
    const fractional = await query(
      connection,
      path,
      `SELECT file_row_number + 1, n FROM ${from} WHERE n IS NOT NULL AND (n < 0 OR n <> round(n)) LIMIT 1`
    );
    if (fractional.length) {
      throw new SourceError(
        {file: path, unit: "row", line: Number(fractional[0]![0]), field: "n"},
        `expected a whole number of persons, found ${String(fractional[0]![1])}`
      );
    }
    const rows = await query(
      connection,
      path,
      `SELECT region, occupational_group, CAST(year AS INTEGER), CAST(n AS INTEGER), file_row_number + 1 FROM ${from}
       ORDER BY region, year, occupational_group NULLS LAST`
    );
    return rows.map(([region, occupation, year, n, row]) => ({
      region: region as string,
      occupation: occupation as string | null,
      year: year as number,
      n: n as number | null,
      row: Number(row)
    }));
  });
}

/** The columns of the BA's annual-average files (`unemployed_total.parquet`, `jobs.parquet`) and their types. */
const ANNUAL_AVERAGE_COLUMNS = {
  region: ["VARCHAR"],
  occupational_group: ["VARCHAR"],
  year: ["BIGINT", "INTEGER", "DOUBLE"],
  total: ["DOUBLE", "BIGINT", "INTEGER"]
};

/**
 * Registered unemployed (annual averages) summed over occupations per Kreis and year, from
 * `unemployed_total.parquet`. Summing in DuckDB keeps the 800,000 cells out of JavaScript.
 */
export async function readBaUnemployedSums(path: string, regionCodes: Set<string>): Promise<OccupationSum[]> {
  return withConnection(async (connection) => {
    await checkColumns(connection, path, ANNUAL_AVERAGE_COLUMNS);
    const from = `read_parquet(${sqlString(path)}, file_row_number = true)`;
    await validateKeys(connection, path, from, regionCodes);
    await checkBaMeaning(connection, path, from, regionCodes);
    const rows = await query(
      connection,
      path,
      `SELECT region, CAST(year AS INTEGER), coalesce(sum(total), 0)::DOUBLE, count(*) - count(total),
              min(file_row_number) + 1 FROM ${from}
       GROUP BY region, year ORDER BY 1, 2`
    );
    return rows.map(([region, year, value, suppressed, row]) => ({
      region: region as string,
      year: year as number,
      value: value as number,
      suppressedCells: Number(suppressed),
      row: Number(row)
    }));
  });
}

/** A sum over occupations: the known cells added up, and how many cells were suppressed. */
export interface OccupationSum {
  region: string;
  year: number;
  value: number;
  suppressedCells: number;
  /** The first 1-based Parquet row summed (for messages); absent where the cells carry no row. */
  row?: number;
}

/** Sums cells over occupations per region and year; suppressed cells (null) are counted, not guessed. */
export function sumOverOccupations<Cell extends {region: string; year: number; row?: number}>(
  cells: readonly Cell[],
  value: (cell: Cell) => number | null
): OccupationSum[] {
  const sums = new Map<string, OccupationSum>();
  for (const cell of cells) {
    const key = `${cell.region}|${cell.year}`;
    let sum = sums.get(key);
    if (!sum) sums.set(key, (sum = {region: cell.region, year: cell.year, value: 0, suppressedCells: 0}));
    if (cell.row !== undefined) sum.row = Math.min(sum.row ?? cell.row, cell.row);
    const v = value(cell);
    if (v === null) sum.suppressedCells++;
    else sum.value += v;
  }
  return [...sums.values()];
}

/** The file name, for messages. */
export function baFileName(path: string): string {
  return basename(path);
}

/** One cell of the unemployed or vacancies table: an annual average, rounded to whole persons/posts as published. */
export interface BaAverageCell {
  /** Kreis code; "" for vacancies the BA could not assign to a Kreis (counted in Germany only). */
  region: string;
  /** KldB 2010 3-digit code, or null for "ohne Angabe". */
  occupation: string | null;
  year: number;
  /** Annual average rounded to a whole number; null where the BA suppressed the cell. */
  value: number | null;
}

/**
 * Registered unemployed (`unemployed_total.parquet`) or registered vacancies (`jobs.parquet`) by Kreis ×
 * occupation × year, column `total`, from `fromYear` on. The BA publishes annual averages rounded to whole
 * numbers (Burgenlandkreis 2025, group 513: 600.92 → 601 unemployed, 53.75 → 54 vacancies); the extract holds the
 * unrounded means, rounded here. A negative value is an error naming file, row and field.
 */
export async function readBaAnnualAverages(
  path: string,
  regionCodes: Set<string>,
  fromYear: number,
  {unassigned = false}: {unassigned?: boolean} = {}
): Promise<BaAverageCell[]> {
  return withConnection(async (connection) => {
    await checkColumns(connection, path, ANNUAL_AVERAGE_COLUMNS);
    // jobs.parquet has one block of vacancies without a Kreis (region NULL, "keine Zuordnung möglich"): part of
    // Germany, not of any Kreis. Allowed only where the caller says so; returned with region "".
    const all = `read_parquet(${sqlString(path)}, file_row_number = true)`;
    const from = unassigned ? `(SELECT * FROM ${all} WHERE region IS NOT NULL)` : all;
    await validateKeys(connection, path, from, regionCodes);
    const negative = await query(
      connection,
      path,
      `SELECT file_row_number + 1, total FROM ${from} WHERE total < 0 ORDER BY 1 LIMIT 1`
    );
    if (negative.length) {
      throw new SourceError(
        {file: path, line: Number(negative[0]![0]), field: "total"},
        `expected an annual average ≥ 0, found ${String(negative[0]![1])}`
      );
    }
    const rows = await query(
      connection,
      path,
      `SELECT region, occupational_group, CAST(year AS INTEGER), CAST(round(total) AS INTEGER) FROM ${all}
       WHERE year >= ${Number(fromYear)} ORDER BY region NULLS LAST, year, occupational_group NULLS LAST`
    );
    return rows.map(([region, occupation, year, value]) => ({
      region: (region as string | null) ?? "",
      occupation: occupation as string | null,
      year: year as number,
      value: value as number | null
    }));
  });
}
