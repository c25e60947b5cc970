import {
  formatDefaultLocale,
  formatLocale,
  type FormatLocaleDefinition,
  type FormatLocaleObject,
  timeFormatDefaultLocale,
  timeFormatLocale,
  type TimeLocaleDefinition,
  type TimeLocaleObject
} from "d3";

import {t} from "./i18n/index.js";
import {pageLang} from "./i18n/page.js";
import type {Lang} from "./i18n/types.js";

/**
 * Number and date formats per language: `1.234,5` and `31.12.2024` in German, `1,234.5` and `31 Dec 2024` in
 * English. Importing this module sets the page's language (src/shared/i18n/page.ts: German unless the page is under
 * `/en/`) as d3's default locale, and therefore for Observable Plot's axes, which format ticks with d3-format.
 * Import it before drawing anything. Every formatter takes an optional `lang`; without it, the page's language.
 */
const NUMBER: Record<Lang, FormatLocaleDefinition> = {
  de: {decimal: ",", thousands: ".", grouping: [3], currency: ["", "\u00a0€"], minus: "\u2212", percent: "\u00a0%"},
  en: {decimal: ".", thousands: ",", grouping: [3], currency: ["€", ""], minus: "\u2212", percent: "%"}
};

const TIME: Record<Lang, TimeLocaleDefinition> = {
  de: {
    dateTime: "%A, der %e. %B %Y, %X",
    date: "%d.%m.%Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
    shortDays: ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
    months: [
      "Januar",
      "Februar",
      "März",
      "April",
      "Mai",
      "Juni",
      "Juli",
      "August",
      "September",
      "Oktober",
      "November",
      "Dezember"
    ],
    shortMonths: ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
  },
  en: {
    dateTime: "%a %e %b %Y, %X",
    date: "%d %b %Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December"
    ],
    shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  }
};

const numberLocales: Record<Lang, FormatLocaleObject> = {de: formatLocale(NUMBER.de), en: formatLocale(NUMBER.en)};
const timeLocales: Record<Lang, TimeLocaleObject> = {de: timeFormatLocale(TIME.de), en: timeFormatLocale(TIME.en)};

/** The language of this page, fixed when the module loads. */
export const PAGE_LANG: Lang = pageLang();

useLocale(PAGE_LANG);

/**
 * Sets d3's default number and time formats (and so Plot's axis ticks) to `lang`. The browser does this once per
 * page; the build calls it before it renders a chart of the other language into the HTML (scripts/prerender).
 */
export function useLocale(lang: Lang): void {
  formatDefaultLocale(NUMBER[lang]);
  timeFormatDefaultLocale(TIME[lang]);
}

/** d3 number formats of a language (the page's by default). */
export function numberLocaleOf(lang: Lang = PAGE_LANG): FormatLocaleObject {
  return numberLocales[lang];
}

/** d3 time formats of a language (the page's by default). */
export function timeLocaleOf(lang: Lang = PAGE_LANG): TimeLocaleObject {
  return timeLocales[lang];
}

/** The page language's number formats; prefer numberLocaleOf(lang) in code that receives a language. */
export const numberLocale = numberLocales[PAGE_LANG];
export const timeLocale = timeLocales[PAGE_LANG];

const missing = (value: number | null | undefined): value is null | undefined => value == null || Number.isNaN(value);

/** "1.234.567" / "1,234,567"; null and NaN become "keine Daten" / "no data", never 0 or blank. */
export function formatInteger(value: number | null | undefined, lang: Lang = PAGE_LANG): string {
  return missing(value) ? t(lang, "value.missing") : numberLocales[lang].format(",.0f")(value);
}

/** "12,3" / "12.3" with the given number of decimals; "keine Daten" / "no data" for missing values. */
export function formatDecimal(value: number | null | undefined, digits = 1, lang: Lang = PAGE_LANG): string {
  return missing(value) ? t(lang, "value.missing") : numberLocales[lang].format(`,.${digits}f`)(value);
}

/** "+1,2 %" / "+1.2%" for a change in percent; "keine Daten" / "no data" for missing values. */
export function formatPercentChange(value: number | null | undefined, digits = 1, lang: Lang = PAGE_LANG): string {
  if (missing(value)) return t(lang, "value.missing");
  return numberLocales[lang].format(`+,.${digits}f`)(value) + (lang === "de" ? "\u00a0%" : "%");
}

/** A percentage: "12,3 %" / "12.3%". */
export function formatPercent(value: number | null | undefined, digits = 1, lang: Lang = PAGE_LANG): string {
  if (missing(value)) return t(lang, "value.missing");
  return numberLocales[lang].format(`,.${digits}f`)(value) + (lang === "de" ? "\u00a0%" : "%");
}

/** A calendar date: "31.12.2024" / "31 Dec 2024". */
export function formatDate(date: Date, lang: Lang = PAGE_LANG): string {
  return timeLocales[lang].utcFormat(lang === "de" ? "%d.%m.%Y" : "%-d %b %Y")(date);
}

/**
 * A Stichtag given as a year and a German day ("31.12.", "30.06."): "31.12.2024" / "31 Dec 2024". Population
 * figures refer to 31 December, employment to 30 June.
 */
export function formatStichtag(year: number, day = "31.12.", lang: Lang = PAGE_LANG): string {
  if (lang === "de") return `${day}${year}`;
  const [dd = 31, mm = 12] = day.split(".").map(Number);
  return formatDate(new Date(Date.UTC(year, mm - 1, dd)), lang);
}

/**
 * A reference written by the data build in German ("31.12.2023", "30.06.2024", "Jahresdurchschnitt 2021",
 * "Juni 2025") in `lang`; German text is returned unchanged, anything unknown is kept as it is.
 */
export function formatReference(reference: string, lang: Lang = PAGE_LANG): string {
  if (lang === "de") return reference;
  return reference
    .replace(/\b(\d{2})\.(\d{2})\.(\d{4})\b/g, (_, d: string, m: string, y: string) =>
      formatDate(new Date(Date.UTC(+y, +m - 1, +d)), lang)
    )
    .replace(/Jahresdurchschnitte?/g, (word) => (word.endsWith("e") ? "annual averages" : "annual average"))
    .replace(/\b(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/g, (month) =>
      String(TIME.en.months[(TIME.de.months as readonly string[]).indexOf(month)])
    )
    .replace(/\bGebietsstand vor\b/g, "territory before")
    .replace(/\bGebietsstand\b/g, "territorial status")
    .replace(/\bStand\b/g, "as of")
    .replace(/\bEnde (\d{4})\b/g, "end of $1");
}
