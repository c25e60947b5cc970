import * as Inputs from "@observablehq/inputs";

import {formatInteger} from "./locale.js";

/**
 * Observable Inputs with German defaults: number formats and labels ("Treffer", "keine Daten"). Pages use these
 * wrappers so that the locale is set in one place.
 */
type Options = Record<string, unknown>;

export function table(data: unknown, options: Options = {}) {
  return Inputs.table(data, {locale: "de-DE", select: false, ...options});
}

export function search(data: unknown, options: Options = {}) {
  return Inputs.search(data, {
    locale: "de-DE",
    placeholder: "Suchen …",
    format: (n: number) => `${formatInteger(n)} Treffer`,
    ...options
  });
}

export function select(data: unknown, options: Options = {}) {
  return Inputs.select(data, {locale: "de-DE", ...options});
}

export function range(extent: [number, number], options: Options = {}) {
  return Inputs.range(extent, {locale: "de-DE", ...options});
}

export function radio(data: unknown, options: Options = {}) {
  return Inputs.radio(data, {locale: "de-DE", ...options});
}

export function checkbox(data: unknown, options: Options = {}) {
  return Inputs.checkbox(data, {locale: "de-DE", ...options});
}

/** Formats a cell for Inputs.table: German integers, "keine Daten" for null. */
export const integerCell = (value: number | null) => formatInteger(value);
