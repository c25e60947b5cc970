import * as Inputs from "@observablehq/inputs";

import {formatInteger, PAGE_LANG} from "../shared/locale.js";

/**
 * Observable Inputs in the page's language (German unless under /en/): number formats and labels ("Treffer" /
 * "results", "keine Daten" / "no data"). Pages use these wrappers so that the locale is set in one place.
 *
 * Not `Inputs.table` and `Inputs.search`: they set inline event-handler attributes, which the strict CSP reports
 * (issue 23); tables and search fields are `DataTable` and `SearchBox` in src/components.
 */
type Options = Record<string, unknown>;

const LOCALE = PAGE_LANG === "en" ? "en-GB" : "de-DE";

export function select(data: unknown, options: Options = {}) {
  return Inputs.select(data, {locale: LOCALE, format: optionFormat(data, options), ...options});
}

type KeyOf = (d: unknown, i: number, data: unknown) => unknown;

/** Inputs formats an option's key: the Map key, the caller's `keyof`, or the datum itself. */
function optionFormat(data: unknown, options: Options) {
  const keyof: KeyOf =
    (options.keyof as KeyOf) ?? (data instanceof Map ? (d) => (d as [unknown, unknown])[0] : (d) => d);
  return (d: unknown, i: number, all: unknown) => formatOption(keyof(d, i, all));
}

/** Option labels: years as "2024" (not "2.024"), other numbers in the page's format, anything else as text. */
export function formatOption(value: unknown): string {
  if (typeof value === "number") return isYear(value) ? String(value) : formatInteger(value);
  return String(value);
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1800 && value <= 2200;
}

export function radio(data: unknown, options: Options = {}) {
  return Inputs.radio(data, {locale: LOCALE, format: optionFormat(data, options), ...options});
}

export function checkbox(data: unknown, options: Options = {}) {
  return Inputs.checkbox(data, {locale: LOCALE, ...options});
}
