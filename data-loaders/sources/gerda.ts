import {basename} from "node:path";

import {parseDelimited} from "../lib/delimited.js";
import {readUtf8} from "../lib/encoding.js";
import {SourceError} from "../lib/errors.js";
import {covers, expectRows, nonNegative, rate, type RowRule, yearWithin} from "../lib/expectations.js";
import {isKnownRegionCode} from "./regionaldatenbank-export.js";

/**
 * GERDA Kreis tables (../shared/sources/gerda/, PROVENANCE.md §5): comma-separated UTF-8 CSV exported from R,
 * one row per Kreis (2021 boundaries) and year. `county_covariates.csv` holds INKAR (BBSR) indicators,
 * `cty_area_pop_emp.csv` the BBSR reference figures (population and SvB at workplace in 1000).
 * Missing values are empty or `NA`.
 */
export interface GerdaRecord {
  line: number;
  code: string;
  year: number;
  /** The requested columns; null where the cell is empty or NA. */
  values: Record<string, number | null>;
}

const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;

/** What each GERDA Kreis table must contain (PROVENANCE.md §5): all 400 Kreise of 31.12.2021 in every year. */
export interface GerdaDeclaration {
  years: readonly [number, number];
  /** Range rule per column (only the columns a caller reads are checked). */
  columns: Record<string, "rate" | "nonNegative">;
}

export const GERDA_TABLES: Record<string, GerdaDeclaration> = {
  "county_covariates.csv": {
    years: [1995, 2022],
    columns: {
      unemployment_rate: "rate",
      share_primary_sector: "rate",
      share_secondary_sector: "rate",
      share_tertiary_sector: "rate",
      share_longterm_unemployed: "rate",
      youth_unemployment_rate: "rate",
      share_65plus: "rate",
      share_foreign: "rate",
      share_female: "rate",
      gdp_per_capita: "nonNegative"
    }
  },
  "cty_area_pop_emp.csv": {
    years: [1990, 2021],
    columns: {area_cty: "nonNegative", population_cty: "nonNegative", employees_cty: "nonNegative"}
  }
};

/** The Kreise of the GERDA tables: those of 31.12.2021 (no Kreis reform until 2024). */
export const GERDA_KREISE = 400;

/**
 * Reads the named numeric columns of a GERDA Kreis table. A missing or renamed column, a malformed Kreis code
 * (e.g. "1001" where the leading zero was lost), an unknown code, a non-numeric value, a short (truncated)
 * line or a repeated (code, year) is a SourceError naming file, line and field.
 */
export function readGerdaCountyTable(
  path: string,
  {
    codeColumn,
    columns,
    knownKreise
  }: {codeColumn: string; columns: readonly string[]; knownKreise?: ReadonlySet<string>}
): GerdaRecord[] {
  const records = parseDelimited(readUtf8(path), ",").filter((r) => !(r.cells.length === 1 && r.cells[0] === ""));
  const header = records[0]?.cells ?? [];
  const index = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) {
      throw new SourceError(
        {file: path, line: 1, field: name},
        `column missing (renamed?); the header has ${header.slice(0, 12).join(", ")}${header.length > 12 ? " …" : ""}`
      );
    }
    return i;
  };
  const codeIndex = index(codeColumn);
  const yearIndex = index("year");
  const valueIndex = columns.map((c) => [c, index(c)] as const);
  const seen = new Map<string, number>();
  const rows: GerdaRecord[] = [];
  for (const {line, cells} of records.slice(1)) {
    if (cells.length !== header.length) {
      throw new SourceError(
        {file: path, line},
        `expected ${header.length} fields, found ${cells.length} (truncated or shifted line)`
      );
    }
    const code = cells[codeIndex]!.trim();
    if (!/^\d{5}$/.test(code)) {
      throw new SourceError({file: path, line, field: codeColumn}, `expected a 5-digit Kreis code, found "${code}"`);
    }
    if (!isKnownRegionCode(code)) {
      throw new SourceError({file: path, line, field: codeColumn}, `unknown region code "${code}"`);
    }
    const yearText = cells[yearIndex]!.trim();
    if (!/^\d{4}$/.test(yearText)) {
      throw new SourceError({file: path, line, field: "year"}, `expected a year, found "${yearText}"`);
    }
    const year = Number(yearText);
    const key = `${code}|${year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new SourceError(
        {file: path, line, field: codeColumn},
        `duplicate key ${code} / ${year} (first on line ${earlier})`
      );
    }
    seen.set(key, line);
    const values: Record<string, number | null> = {};
    for (const [name, i] of valueIndex) {
      const cell = cells[i]!.trim();
      if (cell === "" || cell === "NA") values[name] = null;
      else if (NUMBER.test(cell)) values[name] = Number(cell);
      else throw new SourceError({file: path, line, field: name}, `expected a number, found "${cell}"`);
    }
    rows.push({line, code, year, values});
  }
  if (rows.length === 0) throw new SourceError({file: path, line: 1}, "no data rows");
  checkGerdaMeaning(path, rows, codeColumn, columns, knownKreise);
  return rows;
}

/**
 * The declared content of a GERDA table (GERDA_TABLES, by file name): every year of its span holds the same 400
 * Kreise (the regions list, if given), no year outside the span, rates 0–100 and levels ≥ 0.
 */
function checkGerdaMeaning(
  path: string,
  rows: GerdaRecord[],
  codeColumn: string,
  columns: readonly string[],
  knownKreise: ReadonlySet<string> | undefined
): void {
  const name = basename(path);
  const declaration = GERDA_TABLES[name];
  if (!declaration) throw new SourceError({file: path}, `no declaration of what ${name} must contain (GERDA_TABLES)`);
  const [from, to] = declaration.years;
  const years = Array.from({length: to - from + 1}, (_, i) => from + i);
  const ranges: RowRule<GerdaRecord>[] = columns.map((column) => {
    const get = (r: GerdaRecord) => r.values[column];
    const kind = declaration.columns[column];
    if (!kind) throw new SourceError({file: path, field: column}, `no range declared for column ${column}`);
    return kind === "rate" ? rate(column, get) : nonNegative(column, get);
  });
  expectRows<GerdaRecord>(rows, {
    file: path,
    line: (r) => r.line,
    rules: [
      yearWithin("year", (r) => r.year, from, to),
      covers(
        codeColumn,
        {code: (r) => r.code, year: (r) => r.year},
        knownKreise
          ? {codes: knownKreise, years, label: "Kreise (Gebietsstand 31.12.2021)"}
          : {count: GERDA_KREISE, years, label: "Kreise (Gebietsstand 31.12.2021)"}
      ),
      ...ranges
    ]
  });
}
