/**
 * /aktuell ("Neu" / "What's new"): turns the build's release record (`/data/release.json`) and its summary
 * (`/data/latest.json`: diff against the previous release, signals, movers) into the page's tables and lists.
 * The page only loads the two files and lays these out.
 */
import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {routeIn} from "../shared/i18n/page.js";
import {formatDecimal, formatInteger} from "../shared/locale.js";
import type {FigureChange, ReleaseDiff, ReleaseRecord, SourceChange} from "../shared/release.js";
import {headlineFigures, isKreis, type Movers, type PeriodChange, type Signal} from "../shared/release-signals.js";
import {formatChange, formatFigure, regionName, seriesName, signalText} from "./release-text.js";
import {REVIER_KREISE} from "../shared/regions.js";
import {SOURCES} from "../shared/sources.js";

/** The summary the data build writes next to the record (data-loaders/datasets/release.ts). */
export interface LatestSummary {
  release: string;
  previous: string | null;
  released: boolean;
  diff: ReleaseDiff | null;
  signals: Signal[];
  movers: {revier: Movers[]; germany: Movers[]};
}

export interface Column<Row> {
  label: string;
  value: (row: Row) => string | number | null;
  digits?: number;
}

export interface Table<Row> {
  rows: Row[];
  columns: Column<Row>[];
}

export const DEFAULT_KREIS = "15084";
export const REVIER = "REV-MD";

/** The Kreise of the record for the picker: name → code, sorted by name. */
export function kreisChoices(record: ReleaseRecord, lang: Lang): Map<string, string> {
  const codes = Object.keys(record.names).filter(isKreis);
  const named = codes.map((c) => [`${regionName(record, c, lang)} (${c})`, c] as [string, string]);
  return new Map(named.sort(([a], [b]) => a.localeCompare(b, lang)));
}

type SourceRow = SourceChange & {title: string; figures: number};

/** New sources and sources with a new data date, with the number of new figures each brought. */
export function sourceTable(summary: LatestSummary, lang: Lang): Table<SourceRow> {
  const diff = summary.diff;
  const changed = diff ? [...diff.newSources, ...diff.updatedSources] : [];
  const rows = changed.map((s) => ({
    ...s,
    title: SOURCES[s.id]?.title ?? s.id,
    figures: diff!.newFigures.filter((f) => f.source.split(",").includes(s.id)).length
  }));
  return {
    rows,
    columns: [
      {label: t(lang, "latest.col.table"), value: (r) => r.table},
      {label: t(lang, "latest.col.source"), value: (r) => r.title},
      {label: t(lang, "latest.col.stand"), value: (r) => r.stand},
      {label: t(lang, "latest.col.previousStand"), value: (r) => r.previousStand ?? t(lang, "latest.new")},
      {label: t(lang, "latest.col.newFigures"), value: (r) => r.figures}
    ]
  };
}

type FigureRow = ReturnType<typeof headlineFigures>[number];

const changeText = (c: PeriodChange | null | undefined, lang: Lang) =>
  c ? formatChange(c.series, c.change, c.percent, lang) : "–";

/** Latest value, change, Land, Germany and rank of each headline series of one region. */
export function figureTable(record: ReleaseRecord, code: string, lang: Lang): Table<FigureRow> {
  const rank = (r: FigureRow["rank"]) => (r ? `${r.rank} (${r.of})` : "–");
  const other = (value: number | null | undefined, c: PeriodChange | null | undefined, s: FigureRow["series"]) =>
    value == null ? "–" : `${formatFigure(s, value, lang)}${c ? ` (${changeText(c, lang)})` : ""}`;
  return {
    rows: headlineFigures(record, code).filter((f) => f.latest),
    columns: [
      {label: t(lang, "latest.col.series"), value: (f) => seriesName(f.series, lang)},
      {label: t(lang, "latest.col.year"), value: (f) => String(f.latest![0])},
      {label: t(lang, "latest.col.value"), value: (f) => formatFigure(f.series, f.latest![1], lang)},
      {label: t(lang, "latest.col.change"), value: (f) => changeText(f.change, lang)},
      {label: t(lang, "latest.col.since"), value: (f) => (f.change ? String(f.change.previousYear) : "–")},
      {label: t(lang, "latest.col.land"), value: (f) => other(f.land?.value, f.land?.change, f.series)},
      {label: t(lang, "latest.col.germany"), value: (f) => other(f.germany.value, f.germany.change, f.series)},
      {label: t(lang, "latest.col.rank"), value: (f) => rank(f.rank)},
      {label: t(lang, "latest.col.rankChange"), value: (f) => rank(f.previousRank)}
    ]
  };
}

export interface SignalItem {
  text: string;
  href: string;
}

/** The signals of the given Kreise as sentences with a link to the figure that shows each. */
export function signalItems(
  summary: LatestSummary,
  record: ReleaseRecord,
  codes: readonly string[],
  lang: Lang
): SignalItem[] {
  return summary.signals
    .filter((s) => codes.includes(s.code))
    .map((s) => ({text: signalText(s, record, lang), href: routeIn(s.href, lang)}));
}

/** "In ganz Deutschland: 123 Signale in 98 Kreisen." */
export function signalCount(summary: LatestSummary, lang: Lang): string {
  const kreise = new Set(summary.signals.map((s) => s.code)).size;
  return t(lang, "latest.signals.count", {count: formatInteger(summary.signals.length, lang), kreise});
}

type MoverRow = PeriodChange & {direction: string};

/** One movers table: the largest rises, then the largest falls. */
export function moversTable(m: Movers, record: ReleaseRecord, lang: Lang): Table<MoverRow> & {subtitle: string} {
  const rows = [...m.rises, ...m.falls].map((c) => ({...c, direction: c.change > 0 ? "▲" : "▼"}));
  const first = rows[0];
  return {
    subtitle: t(lang, "latest.movers.subtitle", {
      series: seriesName(m.series, lang),
      from: first?.previousYear ?? "",
      to: first?.year ?? ""
    }),
    rows,
    columns: [
      {label: "", value: (r) => r.direction},
      {label: t(lang, "latest.col.region"), value: (r) => regionName(record, r.code, lang)},
      {label: String(first?.previousYear ?? ""), value: (r) => formatFigure(r.series, r.previousValue, lang)},
      {label: String(first?.year ?? ""), value: (r) => formatFigure(r.series, r.value, lang)},
      {label: t(lang, "latest.col.change"), value: (r) => changeText(r, lang)}
    ]
  };
}

/**
 * A revised value as published, or with two decimals where old and new would look the same (a BA count with a
 * fractional annual average, 29,687.5, replaced by the table's 29,688).
 */
function revised(f: FigureChange, value: number | null, lang: Lang): string {
  const same = formatFigure(f.series, f.previous ?? null, lang) === formatFigure(f.series, f.value, lang);
  return same ? formatDecimal(value, 2, lang) : formatFigure(f.series, value, lang);
}

/** Revised figures of the Revier, its Kreise, the Länder and Germany (the full list is in latest.json). */
export function revisionTable(summary: LatestSummary, record: ReleaseRecord, lang: Lang): Table<FigureChange> {
  const shown = (code: string) => !isKreis(code) || REVIER_KREISE.includes(code);
  return {
    rows: (summary.diff?.revisions ?? []).filter((f) => shown(f.code)),
    columns: [
      {label: t(lang, "latest.col.region"), value: (f) => regionName(record, f.code, lang)},
      {label: t(lang, "latest.col.series"), value: (f) => seriesName(f.series, lang)},
      {label: t(lang, "latest.col.year"), value: (f) => String(f.year)},
      {label: t(lang, "latest.col.old"), value: (f) => revised(f, f.previous ?? null, lang)},
      {label: t(lang, "latest.col.value"), value: (f) => revised(f, f.value, lang)}
    ]
  };
}
