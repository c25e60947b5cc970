/**
 * The figures the overlap check (source-overlap.ts) compares, read from the build's memoised sources with their
 * file, line or Parquet row: SvB at the workplace (13111-01-03-4, 13111-07-05-4 vs BA occupation sums), unemployed
 * (13211-02-05-4 vs BA annual averages) and population (12411-01-01-4 and other Kreis tables vs Gemeinde sums).
 */
import type {BuildContext} from "../dataset.js";
import {sourcePath} from "../lib/paths.js";
import {cellValue, rdbFile, rdbTable} from "../inputs/employment.js";
import {UNEMPLOYMENT_EXPORTS} from "../datasets/labour-market.js";
import {WZ_YEARS} from "../datasets/employment.js";
import {readPopulationInputs, territoryYear} from "../datasets/population-sources.js";
import type {OccupationSum} from "../sources/ba-kldb.js";
import {findColumn, yearOfTime, type ExportTable} from "../sources/regionaldatenbank-export.js";
import {SOURCES} from "../../src/shared/sources.js";
import {NEWEST_TERRITORY_DATE, sourceTerritoryDate} from "../../src/shared/territory.js";
import type {OverlapFigure} from "./source-overlap.js";

/** Kreis figures of one column of a Regionaldatenbank export, each with its line. */
function tableFigures(
  table: ExportTable,
  source: string,
  labels: readonly string[],
  keep: (dimensions: string[]) => boolean = () => true
): OverlapFigure[] {
  const column = findColumn(table, labels);
  const field = labels.join(" / ");
  return table.records
    .filter((r) => r.code.length === 5 && keep(r.dimensions))
    .map((r) => {
      const year = yearOfTime(r.time);
      return {
        code: r.code,
        year,
        value: cellValue(table, r, column).value,
        source,
        gebietsstand: sourceTerritoryDate(source, year),
        at: {file: table.path, line: r.line, field}
      };
    });
}

/**
 * BA sums over occupation groups as figures, located at the first Parquet row of the Kreis-year. SvB sums miss
 * suppressed cells of at most 3 persons each and are compared; unemployed sums with a suppressed cell are left out
 * (the BA suppresses whole Kreise there).
 */
function baFigures(
  sums: readonly OccupationSum[] | undefined,
  file: string,
  source: string,
  withSuppressed: boolean
): OverlapFigure[] {
  if (!sums) throw new Error(`${source}: the BA sums are not loaded (build the datasets before the checks)`);
  return sums
    .filter((s) => s.region.length === 5 && (withSuppressed || s.suppressedCells === 0))
    .map((s) => ({
      code: s.region,
      year: s.year,
      value: s.value,
      source,
      gebietsstand: NEWEST_TERRITORY_DATE,
      at: {file: sourcePath(file), line: s.row, unit: "row" as const, field: "sum over occupational_group"}
    }));
}

const PERSONS = ["Nationalität", "Insgesamt", "Geschlecht", "Insgesamt"];

/** SvB at the workplace on 30 June by Kreis: 13111-01-03-4 (2012–2015) and 13111-07-05-4 (2015–2020). */
export function svbTableFigures(context: BuildContext): OverlapFigure[] {
  return [
    ...tableFigures(rdbTable(context, "13111-01-03-4"), "rdb-13111-01-03-4-2017", PERSONS),
    ...WZ_YEARS.flatMap((year) =>
      tableFigures(
        rdbFile(context, `regionalstatistik-2021/13111-07-05-4_${year}.csv`, "13111-07-05-4"),
        "rdb-13111-07-05-4-2021",
        PERSONS,
        (d) => d[0] === "Insgesamt"
      )
    )
  ];
}

/** SvB at the workplace as BA occupation sums (employment build keeps them resolved). */
export function svbBaFigures(context: BuildContext): OverlapFigure[] {
  const sums = context.cached<OccupationSum[] | undefined>("ba:employees:workplace:sums", () => undefined);
  return baFigures(sums, "ba-kldb/employees_by_workplace.parquet", "ba-kldb-employees-workplace", true);
}

/** Unemployed (annual average) by Kreis from every export of 13211-02-05-4. */
export function unemployedTableFigures(context: BuildContext): OverlapFigure[] {
  const count = ["Arbeitslose", "Anzahl"];
  return [
    ...tableFigures(rdbTable(context, "13211-02-05-4"), "rdb-13211-02-05-4-2017", count),
    ...UNEMPLOYMENT_EXPORTS.flatMap(({source, path}) =>
      tableFigures(rdbFile(context, path, "13211-02-05-4"), source, count)
    )
  ];
}

/** Unemployed as BA annual averages summed over occupations, 2013 on (2012 is incomplete in the extract). */
export function unemployedBaFigures(context: BuildContext): OverlapFigure[] {
  const sums = context.cached<OccupationSum[] | undefined>("ba:unemployed:resolved", () => undefined);
  return baFigures(sums, "ba-kldb/unemployed_total.parquet", "ba-kldb-unemployed", false).filter((f) => f.year >= 2013);
}

/** Population on 31 December: the Kreis tables (12411-01-01-4, GENESIS, Destatis Kreise) and the Gemeinde sums. */
export function populationFigures(context: BuildContext): {kreis: OverlapFigure[]; gemeinden: OverlapFigure[]} {
  const inputs = readPopulationInputs(context);
  const figures = (rows: typeof inputs.kreisTables) =>
    rows
      .filter((f) => f.code.length === 5 && f.sex === "total")
      .map((f) => ({
        code: f.code,
        year: f.year,
        value: f.value,
        source: f.source,
        gebietsstand: `${territoryYear(f.source, f.year)}-12-31`,
        // The population readers keep no line numbers: the file and the cell are named instead.
        at: {file: SOURCES[f.source]?.path ?? f.source, field: `${f.code} 31.12.${f.year} insgesamt`}
      }));
  return {kreis: figures(inputs.kreisTables), gemeinden: figures(inputs.gemeindeSums)};
}
