import {SourceError} from "./errors.js";

/**
 * What a source file must contain, declared next to its reader and checked on the rows it read: the regions it
 * covers, its years, value ranges, totals = parts. Shape checks (columns, number syntax) stay in the readers; this
 * checks meaning. The first violation is a SourceError naming file, line (or Parquet/sheet row), field and rule, so
 * a cut, shifted or edited file fails the build instead of publishing wrong or missing numbers.
 *
 *   expectRows(rows, {file, line: (r) => r.line, rules: [
 *     covers("county_code", {code: (r) => r.code, year: (r) => r.year}, {count: 400, label: "Kreise"}),
 *     yearWithin("year", (r) => r.year, 1995, 2022),
 *     rate("unemployment_rate", (r) => r.values.unemployment_rate)
 *   ]});
 */
export interface Expectation<Row> {
  /** Path of the file, as messages should name it. */
  file: string;
  /** Where a row stands in the file (1-based line, or row for Parquet and sheets). */
  line: (row: Row) => number;
  unit?: "line" | "row";
  rules: readonly Rule<Row>[];
}

/**
 * A rule: `row` says what is wrong with one row (or null); `file` looks at all rows (coverage, row count) and says
 * what is wrong and at which row it shows (or null).
 */
export interface Rule<Row> {
  /** The field the rule is about; a function where it depends on the row (a column per year and sex). */
  field: string | ((row: Row) => string);
  rule: string;
  row?(row: Row): string | null;
  /** `line` stands for a place without a row (the header of a file that holds no rows). */
  file?(rows: readonly Row[]): {message: string; row?: Row; line?: number} | null;
}

export type RowRule<Row> = Rule<Row>;
export type FileRule<Row> = Rule<Row>;

/** Checks every rule; throws a SourceError for the first violation (rules in order, rows in file order). */
export function expectRows<Row>(rows: readonly Row[], expectation: Expectation<Row>): void {
  const {file, line, unit, rules} = expectation;
  for (const rule of rules) {
    if (rule.file) {
      const found = rule.file(rows);
      if (found) {
        const at = found.row !== undefined ? line(found.row) : found.line;
        const field = typeof rule.field === "string" ? rule.field : found.row ? rule.field(found.row) : undefined;
        throw new SourceError({file, line: at, unit, field, rule: rule.rule}, found.message);
      }
      continue;
    }
    if (!rule.row) continue;
    for (const row of rows) {
      const problem = rule.row(row);
      if (problem !== null) {
        const field = typeof rule.field === "string" ? rule.field : rule.field(row);
        throw new SourceError({file, line: line(row), unit, field, rule: rule.rule}, problem);
      }
    }
  }
}

type Get<Row, T> = (row: Row) => T;

/** A number of persons, plants, Gemeinden …: null (a flagged cell) or a whole number ≥ 0. */
export function count<Row>(
  field: string | ((row: Row) => string),
  get: Get<Row, number | null | undefined>
): RowRule<Row> {
  return {
    field,
    rule: "counts are whole numbers ≥ 0",
    row(row) {
      const v = get(row);
      if (v === null || v === undefined) return null;
      return Number.isInteger(v) && v >= 0 ? null : `found ${v}`;
    }
  };
}

/** A value within [min, max] (null passes: it is a flagged missing value). */
export function between<Row>(
  field: string,
  get: Get<Row, number | null | undefined>,
  min: number,
  max: number,
  rule = `values within ${min}–${max}`
): RowRule<Row> {
  return {
    field,
    rule,
    row(row) {
      const v = get(row);
      if (v === null || v === undefined) return null;
      return Number.isFinite(v) && v >= min && v <= max ? null : `found ${v}`;
    }
  };
}

/** A percentage: 0–100. */
export function rate<Row>(field: string, get: Get<Row, number | null | undefined>): RowRule<Row> {
  return between(field, get, 0, 100, "rates (%) within 0–100");
}

/** A value ≥ 0 that need not be whole (areas, capacities, € per head). */
export function nonNegative<Row>(field: string, get: Get<Row, number | null | undefined>): RowRule<Row> {
  return between(field, get, 0, Number.MAX_VALUE, "values ≥ 0");
}

/**
 * A year within the span the source states (and never after its data stand): a row dated 2031 in a file of
 * 1995–2022 is an error, not a new year.
 */
export function yearWithin<Row>(field: string, get: Get<Row, number | null>, from: number, to: number): RowRule<Row> {
  return {
    field,
    rule: `years within the source's span ${from}–${to}`,
    row(row) {
      const y = get(row);
      if (y === null) return null;
      return Number.isInteger(y) && y >= from && y <= to ? null : `found ${y}`;
    }
  };
}

/**
 * A region code of the right length (with its leading zero: "1001" is not Flensburg 01001) that is in the regions
 * list, if one is given.
 */
export function regionCode<Row>(
  field: string,
  get: Get<Row, string>,
  {lengths, known, label = "regions list"}: {lengths: readonly number[]; known?: ReadonlySet<string>; label?: string}
): RowRule<Row> {
  return {
    field,
    rule: `region codes have ${lengths.filter((l) => l > 0).join("/")} digits (with leading zero) and are in the ${label}`,
    row(row) {
      const code = get(row);
      if (code === "DG" && lengths.includes(0)) return null;
      if (!/^\d+$/.test(code) || !lengths.includes(code.length)) {
        const digits = lengths.filter((l) => l > 0);
        const text = digits.length > 1 ? `${digits.slice(0, -1).join("-, ")}- or ${digits.at(-1)}` : `${digits[0]}`;
        return `expected a ${text}-digit code${lengths.includes(0) ? " or DG" : ""}, found "${code}"`;
      }
      if (known && !known.has(code)) return `unknown region code "${code}"`;
      return null;
    }
  };
}

/** total = sum of parts (male + female) where all are numbers. */
export function totalOfParts<Row>(
  field: string,
  total: Get<Row, number | null>,
  parts: readonly Get<Row, number | null>[],
  names: string
): RowRule<Row> {
  return {
    field,
    rule: `total = ${names}`,
    row(row) {
      const t = total(row);
      const values = parts.map((p) => p(row));
      if (t === null || values.some((v) => v === null)) return null;
      const sum = values.reduce<number>((s, v) => s + v!, 0);
      return Math.abs(sum - t) < 1e-9 ? null : `total ${t} ≠ ${names} ${values.join(" + ")} = ${sum}`;
    }
  };
}

/** At least `min` rows (a file reduced to its header fails; the error stands at the last row or the header). */
export function minRows<Row>(min: number, what: string, field = "(rows)", headerLine = 1): FileRule<Row> {
  return {
    field,
    rule: `at least ${min} ${what}`,
    file: (rows) =>
      rows.length >= min
        ? null
        : {message: `found ${rows.length} (file cut or reduced?)`, row: rows.at(-1), line: headerLine}
  };
}

/** At least `min` rows match `predicate` (e.g. the lignite plants of each Revier). */
export function contains<Row>(
  field: string,
  predicate: (row: Row) => boolean,
  min: number,
  what: string
): FileRule<Row> {
  return {
    field,
    rule: `at least ${min} ${what}`,
    file(rows) {
      const n = rows.filter(predicate).length;
      return n >= min ? null : {message: `found ${n}`, row: rows.at(-1)};
    }
  };
}

/**
 * Complete coverage: every year of `years` (or of the file, if none are given) holds the same regions, namely the
 * `codes` given or, without them, `count` regions. A file cut at a line boundary loses the last regions of its last
 * year and fails here; the error stands at the file's last row and names what is missing.
 */
export function covers<Row>(
  field: string,
  key: {code: Get<Row, string>; year?: Get<Row, number>},
  expected: {
    codes?: ReadonlySet<string>;
    count?: number;
    years?: readonly number[];
    label: string;
    /** Other codes may stand in the file too (e.g. former Kreise with "-"). */
    allowOthers?: boolean;
  }
): FileRule<Row> {
  const size = expected.codes?.size ?? expected.count;
  const years = expected.years ? `each year ${expected.years[0]}–${expected.years.at(-1)}` : "each year";
  return {
    field,
    rule: `covers all ${size ?? ""} ${expected.label}${key.year ? ` in ${years}` : ""}`.replace("  ", " "),
    file(rows) {
      const byYear = new Map<number, Set<string>>();
      for (const row of rows) {
        const year = key.year ? key.year(row) : 0;
        if (!byYear.has(year)) byYear.set(year, new Set());
        byYear.get(year)!.add(key.code(row));
      }
      const last = rows.at(-1);
      for (const year of expected.years ?? []) {
        if (!byYear.has(year)) return {message: `no rows for ${year}`, row: last};
      }
      const reference = expected.codes ?? largest(byYear);
      for (const [year, codes] of [...byYear].sort((a, b) => a[0] - b[0])) {
        const missing = [...reference].filter((c) => !codes.has(c)).sort();
        const extra = [...codes].filter((c) => !reference.has(c)).sort();
        const when = key.year ? ` in ${year}` : "";
        if (missing.length) {
          return {
            message: `${missing.length} ${expected.label} missing${when} (${list(missing)}); the data end here`,
            row: last
          };
        }
        if (extra.length && expected.codes && !expected.allowOthers) {
          return {message: `${extra.length} codes${when} not in the ${expected.label} (${list(extra)})`, row: last};
        }
      }
      if (expected.count !== undefined && reference.size !== expected.count) {
        return {message: `found ${reference.size} ${expected.label}, expected ${expected.count}`, row: last};
      }
      return null;
    }
  };
}

function largest(byYear: Map<number, Set<string>>): Set<string> {
  let best = new Set<string>();
  for (const codes of byYear.values()) if (codes.size > best.size) best = codes;
  return best;
}

function list(codes: string[]): string {
  return codes.slice(0, 8).join(", ") + (codes.length > 8 ? ", …" : "");
}

/** The file holds every one of `codes` at least once (e.g. Germany and the 16 Länder in a Kreis table). */
export function includesAll<Row>(
  field: string,
  get: Get<Row, string>,
  codes: readonly string[],
  label: string
): FileRule<Row> {
  return {
    field,
    rule: `contains ${label}`,
    file(rows) {
      const present = new Set(rows.map(get));
      const missing = codes.filter((c) => !present.has(c));
      return missing.length ? {message: `${missing.length} missing (${list(missing)})`, row: rows.at(-1)} : null;
    }
  };
}
