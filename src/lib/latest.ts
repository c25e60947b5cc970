/**
 * The latest year of a series in a view dataset, so that pages name the year the data give instead of writing
 * it into the text ("Arbeitslosenquote 2016"): the next data refresh then needs no page edit.
 */
export interface YearValue {
  code: string;
  year: number;
  value: number | null;
}

/**
 * The latest year in which `code` (or, without a code, any region) has a value of the rows given; null when none has.
 * Rows with a null value (flagged gaps) never count.
 */
export function latestYear(rows: readonly YearValue[], code?: string): number | null {
  let latest: number | null = null;
  for (const r of rows) {
    if (r.value === null || (code !== undefined && r.code !== code)) continue;
    if (latest === null || r.year > latest) latest = r.year;
  }
  return latest;
}

/** The first and last year with a value ("2001–2025" on a page is `${range[0]}–${range[1]}`); null when empty. */
export function yearRange(rows: readonly YearValue[], code?: string): [number, number] | null {
  let first: number | null = null;
  for (const r of rows) {
    if (r.value === null || (code !== undefined && r.code !== code)) continue;
    if (first === null || r.year < first) first = r.year;
  }
  const last = latestYear(rows, code);
  return first === null || last === null ? null : [first, last];
}
