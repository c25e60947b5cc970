import type {Lang} from "./types.js";

/**
 * The language of a page from its path: English under `/en/`, German elsewhere. Pages take `lang` from here (one
 * place) until the site-wide language helper replaces it.
 */
export function langOfPath(pathname: string): Lang {
  return /^\/en(\/|$)/.test(pathname) ? "en" : "de";
}

const FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * A number in the language's format (`1.234,5` / `1,234.5`) with `digits` decimals; "keine Daten" / "no data" for
 * null, never 0. `signed` writes a plus sign on positive changes.
 */
export function formatNumber(lang: Lang, value: number | null | undefined, digits = 0, signed = false): string {
  if (value === null || value === undefined || !Number.isFinite(value))
    return lang === "en" ? "no data" : "keine Daten";
  const key = `${lang}|${digits}|${signed}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === "en" ? "en-GB" : "de-DE", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? "exceptZero" : "auto"
    });
    FORMATS.set(key, format);
  }
  // U+2212 minus, as d3-format writes it on the other pages.
  return format.format(value).replace("-", "−");
}
