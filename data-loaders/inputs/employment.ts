/**
 * Source reads shared by the economy datasets (employment, employment_occupations, labour_market, value_added,
 * demography, commuters) and their cross-source checks. Each read is memoised in the build context, so a file
 * is parsed once per data build.
 */
import type {BuildContext} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import {sourcePath} from "../lib/paths.js";
import {parseGermanNumber, type ParsedValue} from "../lib/values.js";
import {
  readBaEmployees,
  readBaOccupationCodes,
  readBaRegionCodes,
  readBaUnemployedSums,
  type BaEmployeeCell,
  type OccupationSum
} from "../sources/ba-kldb.js";
import {readGerdaCountyTable, type GerdaRecord} from "../sources/gerda.js";
import {readExportTable, type ExportRecord, type ExportTable} from "../sources/regionaldatenbank-export.js";
import {kreisKey, readGvWorkbook, type GvTable} from "../sources/destatis-gv.js";
import {fromBaCells, fromExportTable, type ObservedFile} from "../validation/observations.js";
import {sourceIdOf, validateSource, type Territories} from "../validation/validate.js";

/**
 * The regions list: the 400 Kreise of the Gemeindeverzeichnis 31.12.2024 (Satzart 40; the `regions` dataset is built
 * from the same file, and the Kreise are those of 31.12.2021), against which Kreis tables are checked for
 * completeness and unknown codes. Read once per build (population has usually read it already).
 */
export function kreisList(context: BuildContext): Set<string> {
  return context.cached("regions:kreise", () => {
    // Same cache key as gvTable() in datasets/population.ts, so the workbook is parsed once per build.
    const gv = context.cached<GvTable>("gv:gv-2024", () =>
      readGvWorkbook(sourcePath("destatis-gv/AuszugGV4QAktuell_2024.xlsx"))
    );
    return new Set(gv.records.filter((r) => r.satzart === "40").map(kreisKey));
  });
}

/** Reads (once per build) a Regionaldatenbank export of regionalstatistik-2017 in any layout. */
export function rdbTable(context: BuildContext, table: string): ExportTable {
  return rdbFile(context, `regionalstatistik-2017/${table}_00.csv`, table);
}

/** The regions the validation layer checks Kreis tables against (data-loaders/validation/). */
export function territories(context: BuildContext): Territories {
  return {kreise: kreisList(context), ba: baRegionCodes(context)};
}

/** Validates a mirror file's observations against its source's declared rules (once per build). */
export function validated(context: BuildContext, relativePath: string, observe: () => ObservedFile): void {
  const id = sourceIdOf(relativePath);
  context.cached(`observed:${id}`, () => {
    const observed = observe();
    validateSource(id, observed, territories(context));
    return observed;
  });
}

/**
 * Reads (once per build) a Regionaldatenbank export from another folder of the mirror (`regionalstatistik-2021/`,
 * `regionalstatistik-2026/`), by its path below ../shared/sources.
 */
export function rdbFile(context: BuildContext, relativePath: string, table: string): ExportTable {
  return context.cached(`rdb-file:${relativePath}`, () => {
    const read = readExportTable(sourcePath(relativePath), table);
    validated(context, relativePath, () => fromExportTable(read));
    return read;
  });
}

/** Whether a code is one we publish: Germany, a Land (2 digits) or a Kreis (5 digits); not Regierungsbezirke. */
export function isPublishedLevel(code: string): boolean {
  return code === "DG" || code.length === 2 || code.length === 5;
}

/** Parses a value cell of a record, naming file, line and column label in errors. */
export function cellValue(table: ExportTable, record: ExportRecord, column: number): ParsedValue {
  const labels = table.columns[column]!.labels.filter((l) => l !== "").join(" / ");
  return parseGermanNumber(record.cells[column] ?? "", {file: table.path, line: record.line, field: labels});
}

export function baRegionCodes(context: BuildContext): Set<string> {
  return context.cached("ba:regions", () => new Set(readBaRegionCodes(sourcePath("ba-kldb/region_codes.csv")).keys()));
}

export function baOccupationNames(context: BuildContext): Map<string | null, string> {
  return context.cached("ba:occupations", () =>
    readBaOccupationCodes(sourcePath("ba-kldb/occupational_group_codes.csv"))
  );
}

export type Place = "workplace" | "residence";

/** SvB cells by Kreis × occupation × year (30 June), social insurance, all persons. */
export function baEmployees(context: BuildContext, place: Place): Promise<BaEmployeeCell[]> {
  return context.cached(`ba:employees:${place}`, async () => {
    const relative = `ba-kldb/employees_by_${place}.parquet`;
    const path = sourcePath(relative);
    const cells = await readBaEmployees(path, baRegionCodes(context));
    validated(context, relative, () =>
      fromBaCells(
        path,
        `svb_${place}`,
        cells.map((c) => ({region: c.region, year: c.year, value: c.n, row: c.row}))
      )
    );
    return cells;
  });
}

export function baUnemployedSums(context: BuildContext): Promise<OccupationSum[]> {
  return context.cached("ba:unemployed", () =>
    readBaUnemployedSums(sourcePath("ba-kldb/unemployed_total.parquet"), baRegionCodes(context))
  );
}

export const GERDA_COVARIATES = [
  "unemployment_rate",
  "share_primary_sector",
  "share_secondary_sector",
  "share_tertiary_sector",
  "gdp_per_capita"
] as const;

export function gerdaCovariates(context: BuildContext): GerdaRecord[] {
  return context.cached("gerda:covariates", () =>
    readGerdaCountyTable(sourcePath("gerda/county_covariates.csv"), {
      codeColumn: "county_code",
      columns: GERDA_COVARIATES,
      knownKreise: kreisList(context)
    })
  );
}

/** BBSR reference figures via GERDA: SvB at workplace on 30 June, in 1000 (one decimal), 2021 boundaries. */
export function gerdaBbsrEmployees(context: BuildContext): GerdaRecord[] {
  return context.cached("gerda:cty", () =>
    readGerdaCountyTable(sourcePath("gerda/cty_area_pop_emp.csv"), {
      codeColumn: "county_code_21",
      columns: ["employees_cty"],
      knownKreise: kreisList(context)
    })
  );
}

/** Maps the label of a row or column to a short category code; an unknown label is a renamed category. */
export function categoryOf(
  labels: Record<string, string>,
  label: string,
  where: {file: string; line?: number; field?: string}
): string {
  const code = labels[label];
  if (code === undefined) {
    throw new SourceError(
      where,
      `unknown category "${label}" (renamed?); expected one of ${Object.keys(labels).join(" | ")}`
    );
  }
  return code;
}

/** A value summed over members: the known values added up, the count of unknown (null) members, the flags seen. */
export interface MemberSum {
  value: number | null;
  missing: number;
  flags: Set<string>;
}

/**
 * Sums Kreis rows to their Land (first two digits of the code) and to Germany (`DG`), per key. Aggregates are
 * always sums of components, never averages of ratios. Where every member is unknown the sum is null.
 */
export function sumToLaenderAndGermany<Row extends {code: string}>(
  rows: readonly Row[],
  key: (row: Row) => string,
  value: (row: Row) => number | null,
  flag: (row: Row) => string | null
): {code: string; key: string; sample: Row; sum: MemberSum}[] {
  const sums = new Map<string, {code: string; key: string; sample: Row; sum: MemberSum; known: number}>();
  for (const row of rows) {
    if (row.code.length !== 5) continue;
    for (const code of [row.code.slice(0, 2), "DG"]) {
      const k = `${code}|${key(row)}`;
      let entry = sums.get(k);
      if (!entry) {
        entry = {code, key: key(row), sample: row, sum: {value: 0, missing: 0, flags: new Set()}, known: 0};
        sums.set(k, entry);
      }
      const v = value(row);
      if (v === null) entry.sum.missing++;
      else {
        entry.sum.value! += v;
        entry.known++;
      }
      const f = flag(row);
      if (f) entry.sum.flags.add(f);
    }
  }
  return [...sums.values()].map(({code, key: k, sample, sum, known}) => ({
    code,
    key: k,
    sample,
    sum: {...sum, value: known === 0 ? null : sum.value}
  }));
}
