import type {Lang} from "../shared/i18n/types.js";
import {SOURCES, sourceLine} from "../shared/sources.js";

/** A column of a dataset file as a table download sees it. */
export interface DatasetColumn {
  label: string;
  value: (row: Record<string, unknown>) => string | number | null;
}

/**
 * The columns of a dataset read from Parquet, in file order: numbers stay numbers (BigInt narrowed), dates become
 * ISO dates, booleans "true"/"false", missing values null (an empty cell, never 0).
 */
export function datasetColumns(rows: readonly Record<string, unknown>[]): DatasetColumn[] {
  const names = [...new Set(rows.slice(0, 100).flatMap((row) => Object.keys(row)))];
  return names.map((name) => ({label: name, value: (row) => cellValue(row[name])}));
}

export function cellValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The source line of a whole dataset: the attributions of every source id in its `source` column(s). */
export function datasetSource(rows: readonly Record<string, unknown>[], lang: Lang): string {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      if (/^source/.test(key) && typeof value === "string" && value in SOURCES) ids.add(value);
    }
  }
  return ids.size ? sourceLine(ids, {computed: true, lang}) : "";
}
