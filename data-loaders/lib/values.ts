import {SourceError, type SourceLocation} from "./errors.js";

/**
 * The special values of German official statistics (Zeichenerklärung). They become `null` with this flag,
 * never 0.
 */
export const SPECIAL_VALUES = {
  "-": "nichts vorhanden oder nicht veröffentlicht",
  ".": "Zahlenwert unbekannt oder geheim zu halten",
  "...": "Angabe fällt später an",
  x: "Tabellenfach gesperrt, weil Aussage nicht sinnvoll",
  "/": "keine Angabe, da Zahlenwert nicht sicher genug"
} as const;

export type SpecialValue = keyof typeof SPECIAL_VALUES;

export interface ParsedValue {
  value: number | null;
  /** The special value that stood in the cell, or null for a number. */
  flag: SpecialValue | null;
}

const NUMBER = /^-?\d+(,\d+)?$/;

/**
 * Parses a cell of a German statistics table: plain digits with an optional decimal comma, or a special value.
 * Anything else (an empty cell, a thousands separator, text) is an error naming the file, line and field.
 */
export function parseGermanNumber(text: string, where: SourceLocation): ParsedValue {
  const cell = text.trim();
  if (cell in SPECIAL_VALUES) return {value: null, flag: cell as SpecialValue};
  if (!NUMBER.test(cell)) {
    throw new SourceError(
      where,
      cell === "" ? "empty cell where a number was expected" : `expected a number, found "${cell}"`
    );
  }
  return {value: Number(cell.replace(",", ".")), flag: null};
}
