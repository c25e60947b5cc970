import {formatDefaultLocale, timeFormatDefaultLocale} from "d3";

/**
 * German number and date formats, set once for d3 and therefore for Observable Plot's axes, which format ticks
 * with d3-format: `1.234,5` and `31.12.2024`. Import this module before drawing anything.
 */
export const numberLocale = formatDefaultLocale({
  decimal: ",",
  thousands: ".",
  grouping: [3],
  currency: ["", "\u00a0€"],
  minus: "\u2212",
  percent: "\u00a0%"
});

export const timeLocale = timeFormatDefaultLocale({
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
});

const integer = numberLocale.format(",.0f");
const decimal1 = numberLocale.format(",.1f");

/** "1.234.567"; null and NaN become "keine Daten" so that a missing value is never shown as 0 or left blank. */
export function formatInteger(value: number | null | undefined): string {
  return value == null || Number.isNaN(value) ? "keine Daten" : integer(value);
}

/** "12,3" with the given number of decimals; "keine Daten" for missing values. */
export function formatDecimal(value: number | null | undefined, digits = 1): string {
  if (value == null || Number.isNaN(value)) return "keine Daten";
  return digits === 1 ? decimal1(value) : numberLocale.format(`,.${digits}f`)(value);
}

/** "+1,2 %" for a change in percent; "keine Daten" for missing values. */
export function formatPercentChange(value: number | null | undefined, digits = 1): string {
  if (value == null || Number.isNaN(value)) return "keine Daten";
  return numberLocale.format(`+,.${digits}f`)(value) + "\u00a0%";
}

/** "31.12.2024" for a Stichtag given as a year (population figures refer to 31 December). */
export function formatStichtag(year: number, day = "31.12."): string {
  return `${day}${year}`;
}
