/**
 * Release news in plain language, German and English from the one dictionary: a figure with its unit, a signal as a
 * sentence, the new and revised figures of one region. /aktuell and the Atom feeds (scripts/feeds.ts) use the same
 * sentences.
 */
import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {formatDecimal, formatInteger, formatPercentChange} from "../shared/locale.js";
import {regionLabel} from "./region-picker.js";
import {type FigureChange, type Headline, type ReleaseDiff, type ReleaseRecord} from "../shared/release.js";
import {changeBetween, inPoints, isKreis, landOf, type Signal, SIGNAL_RULES} from "../shared/release-signals.js";

/** Decimals a series is published with. */
const DIGITS: Partial<Record<Headline, number>> = {unemployment_rate: 1, land_price: 2};

/** A figure as shown: "7,3 %", "57.937", "123,45 €". */
export function formatFigure(series: Headline, value: number | null, lang: Lang): string {
  if (series === "unemployment_rate") return `${formatDecimal(value, 1, lang)}${lang === "de" ? "\u00a0%" : "%"}`;
  if (series === "land_price") return `${formatDecimal(value, DIGITS.land_price, lang)}\u00a0€`;
  return formatInteger(value, lang);
}

/** A change: "+0,1 Punkte" for rates, "−3,2 %" otherwise. */
export function formatChange(series: Headline, change: number, percent: number | null, lang: Lang): string {
  if (inPoints(series)) return t(lang, "latest.points", {value: signed(change, 1, lang)});
  return formatPercentChange(percent, 1, lang);
}

function signed(value: number, digits: number, lang: Lang): string {
  const text = formatDecimal(Math.abs(value), digits, lang);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export function seriesName(series: Headline, lang: Lang): string {
  return t(lang, `latest.series.${series}`);
}

export function regionName(record: ReleaseRecord, code: string, lang: Lang): string {
  return regionLabel(code, record.names[code], lang);
}

/** A signal as a sentence. */
export function signalText(signal: Signal, record: ReleaseRecord, lang: Lang): string {
  const {change: c} = signal;
  const figure = (v: number) =>
    signal.series === "unemployment_rate" ? formatDecimal(v, 1, lang) : formatInteger(v, lang);
  return t(lang, `latest.signal.${signal.kind}`, {
    region: regionName(record, signal.code, lang),
    from: c.previousYear,
    to: c.year,
    old: figure(c.previousValue),
    new: figure(c.value),
    change: signed(c.change, 1, lang),
    percent: formatPercentChange(c.percent, 1, lang),
    limit: formatDecimal(SIGNAL_RULES.rateRisePoints, 1, lang),
    land: regionName(record, landOf(signal.code), lang),
    landChange: signal.land ? formatDecimal(Math.abs(signal.land.change), 1, lang) : "",
    before: signal.before ? figure(signal.before.value) : "",
    beforeYear: signal.before?.year ?? ""
  });
}

/** A new figure with its previous value in the same segment and the Land's value: "Arbeitslosenquote 2025: 7,3 % (2023: 7,2 %; Sachsen-Anhalt 8,0 %)". */
export function newFigureText(f: FigureChange, record: ReleaseRecord, lang: Lang): string {
  const points = record.series[f.series]?.[f.code] ?? [];
  const previous = [...points].reverse().find((p) => p[0] < f.year && p[1] !== null && p[2] === f.segment);
  const parts: string[] = [];
  if (previous) {
    const change = changeBetween(record, f.series, f.code, previous[0], f.year);
    const text = change ? `, ${formatChange(f.series, change.change, change.percent, lang)}` : "";
    parts.push(
      `${t(lang, "latest.entry.previous", {year: previous[0], value: formatFigure(f.series, previous[1], lang)})}${text}`
    );
  }
  const land = isKreis(f.code) ? landOf(f.code) : null;
  const landValue = land ? record.series[f.series]?.[land]?.find((p) => p[0] === f.year)?.[1] : null;
  if (land && landValue != null)
    parts.push(`${regionName(record, land, lang)} ${formatFigure(f.series, landValue, lang)}`);
  return t(lang, "latest.entry.newFigure", {
    series: seriesName(f.series, lang),
    year: f.year,
    value: formatFigure(f.series, f.value, lang),
    context: parts.length ? ` (${parts.join("; ")})` : ""
  });
}

export function revisionText(f: FigureChange, lang: Lang): string {
  return t(lang, "latest.entry.revision", {
    series: seriesName(f.series, lang),
    year: f.year,
    old: formatFigure(f.series, f.previous ?? null, lang),
    value: formatFigure(f.series, f.value, lang)
  });
}

/** The news of one region in a release: its new figures, revisions and signals, as sentences. */
export function regionNews(
  code: string,
  record: ReleaseRecord,
  diff: ReleaseDiff | null,
  signals: readonly Signal[],
  lang: Lang
): string[] {
  const mine = <T extends {code: string}>(list: readonly T[]) => list.filter((x) => x.code === code);
  return [
    ...mine(diff?.newFigures ?? []).map((f) => newFigureText(f, record, lang)),
    ...mine(diff?.revisions ?? []).map((f) => revisionText(f, lang)),
    ...mine(signals).map((s) => signalText(s, record, lang))
  ];
}
