import {parseDelimited} from "../lib/delimited.js";
import {readUtf8} from "../lib/encoding.js";
import {SourceError} from "../lib/errors.js";
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

/**
 * Reads the named numeric columns of a GERDA Kreis table. A missing or renamed column, a malformed Kreis code
 * (e.g. "1001" where the leading zero was lost), an unknown code, a non-numeric value, a short (truncated)
 * line or a repeated (code, year) is a SourceError naming file, line and field.
 */
export function readGerdaCountyTable(
  path: string,
  {codeColumn, columns}: {codeColumn: string; columns: readonly string[]}
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
  return rows;
}
