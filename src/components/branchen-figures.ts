/**
 * The figures of the /branchen page, assembled from the outcomes of src/lib/branchen.ts with the page's language:
 * chart, table columns, title, unit and date, source line. The page only places them (and wraps them in resize).
 */
import {DataTable} from "./DataTable.js";
import {type Missing, isMissing, type StructurePoint} from "../lib/branchen.js";
import {t, type Key, type Lang} from "../shared/i18n/index.js";
import {formatDecimal, formatInteger} from "../shared/locale.js";
import type {LocationQuotientEntry, PortfolioEntry, shiftShareOf} from "../lib/sector-structure.js";
import {shiftShareExtremes, shiftShareRows} from "../lib/branchen.js";
import {BarList} from "./BarList.js";
import {Figure, type TableColumn} from "./figure.js";
import {LineChart} from "./LineChart.js";
import {PortfolioChart} from "./PortfolioChart.js";

export interface Context {
  lang: Lang;
  width: number;
  region: string;
  reference: string;
}

const tk = (lang: Lang, key: string, params: Record<string, string | number> = {}) => t(lang, key as Key, params);

/** A "keine Daten: …" note with the reason, in place of a chart. */
export function noData(lang: Lang, reason: string, params: Record<string, string | number> = {}): HTMLElement {
  const p = document.createElement("p");
  p.className = "rm-note";
  p.textContent = t(lang, "branchen.noData", {text: tk(lang, reason, params)});
  return p;
}

const missingNote = (c: Context, m: Missing) =>
  noData(c.lang, `branchen.missing.${m.missing}`, {region: c.region, reference: c.reference});

/** Columns of a location-quotient table. */
export function lqColumns(c: Context, unit: "svb" | "etr"): TableColumn<LocationQuotientEntry>[] {
  const {lang} = c;
  return [
    {label: t(lang, "branchen.col.area"), value: (d) => d.label},
    {
      label: t(lang, "branchen.col.count", {unit: tk(lang, `branchen.unit.${unit}`), region: c.region}),
      value: (d) => d.regionValue
    },
    {label: t(lang, "branchen.col.regionShare"), value: (d) => d.regionShare, digits: 1},
    {
      label: t(lang, "branchen.col.referenceShare", {reference: c.reference}),
      value: (d) => d.referenceShare,
      digits: 1
    },
    {label: t(lang, "branchen.col.lq"), value: (d) => d.lq, digits: 2},
    {label: t(lang, "branchen.col.note"), value: (d) => (d.flag ? tk(lang, `branchen.flag.${d.flag}`) : "")}
  ];
}

const bars = (rows: readonly LocationQuotientEntry[]) =>
  rows.map((d) => ({label: d.label, value: d.lq, note: d.flag === "small" ? "(< 10)" : undefined}));

/** Location quotients of the WZ sections or the ETR sectors. */
export function lqFigure(
  c: Context,
  outcome: LocationQuotientEntry[] | Missing,
  {kind, year, source}: {kind: "wz" | "etr"; year: number | null; source: string}
) {
  if (isMissing(outcome)) return missingNote(c, outcome);
  const {lang, width} = c;
  return Figure(
    BarList(bars(outcome), {width, xLabel: t(lang, "branchen.lqAxis"), baseline: 1, type: "log", digits: 2}),
    outcome,
    lqColumns(c, kind === "wz" ? "svb" : "etr"),
    {
      title: tk(lang, `branchen.${kind}.title`, {region: c.region}),
      subtitle: tk(lang, `branchen.${kind}.subtitle`, {year: year ?? "–", reference: c.reference}),
      description: t(lang, "branchen.lq.description", {region: c.region, reference: c.reference}),
      source
    }
  );
}

/** Krugman (one chart) or Herfindahl (one small chart per classification: their ranges differ tenfold). */
export function indexFigure(
  c: Context,
  points: readonly StructurePoint[],
  {which, spans, source}: {which: "krugman" | "herfindahl"; spans: {etr: string; occ: string}; source: string}
) {
  const {lang, width} = c;
  const series = (s: StructurePoint["series"]) => tk(lang, `branchen.series.${s}`);
  const rows = (ps: readonly StructurePoint[]) =>
    ps.map((d) => ({series: series(d.series), year: d.year, value: d[which]}));
  // Herfindahl: one small chart per classification, stacked; drawn again for a slide with the height shared.
  const classes = (["etr", "occupations"] as const).filter((s) => points.some((d) => d.series === s));
  const herfindahl = (size: {width: number; height: number}) => {
    const stack = document.createElement("div");
    for (const s of classes) {
      stack.append(
        LineChart(rows(points.filter((d) => d.series === s)), {
          ...size,
          lang,
          z: "series",
          dots: "all",
          yLabel: t(lang, "branchen.herfindahl.axis", {series: series(s)}),
          digits: 3,
          legend: false
        })
      );
    }
    return stack;
  };
  const chart =
    which === "krugman"
      ? LineChart(rows(points), {
          width,
          lang,
          z: "series",
          dots: "all",
          yLabel: t(lang, "branchen.krugman.axis"),
          digits: 3,
          zero: true
        })
      : herfindahl({width, height: 190});
  const columns: TableColumn<StructurePoint>[] = [
    {label: t(lang, "branchen.col.series"), value: (d) => series(d.series)},
    {label: t(lang, "branchen.col.year"), value: (d) => String(d.year)},
    {label: t(lang, "branchen.col.krugman"), value: (d) => d.krugman, digits: 3},
    {label: t(lang, "branchen.col.herfindahl"), value: (d) => d.herfindahl, digits: 3},
    {label: t(lang, "branchen.col.excluded"), value: (d) => d.excluded}
  ];
  return Figure(chart, points, columns, {
    title: tk(lang, `branchen.${which}.title`, {region: c.region, reference: c.reference}),
    subtitle: tk(lang, `branchen.${which}.subtitle`, spans),
    description: t(lang, "branchen.index.description", {region: c.region}),
    source,
    render:
      which === "herfindahl"
        ? ({width, height}) => herfindahl({width, height: Math.floor(height / Math.max(classes.length, 1))})
        : undefined
  });
}

/** The 15 occupation groups with the highest location quotients. */
export function topFigure(
  c: Context,
  top: readonly LocationQuotientEntry[],
  {year, source}: {year: number; source: string}
) {
  const {lang, width} = c;
  return Figure(
    BarList(bars(top), {width, xLabel: t(lang, "branchen.top.axis"), baseline: 1, type: "log", digits: 1}),
    top,
    lqColumns(c, "svb"),
    {
      title: t(lang, "branchen.top.title", {region: c.region}),
      subtitle: t(lang, "branchen.top.subtitle", {year, reference: c.reference}),
      description: t(lang, "branchen.lq.description", {region: c.region, reference: c.reference}),
      source
    }
  );
}

type Shift = ReturnType<typeof shiftShareOf>;
type Period = {from: number; year: number; source: string};

/** Portfolio bubbles: location quotient × growth, area = employment. */
export function portfolioFigure(c: Context, points: readonly PortfolioEntry[], shift: Shift | null, p: Period) {
  const {lang, width} = c;
  if (!points.length) return noData(lang, "branchen.missing.period");
  const G = shift ? 100 * shift.result.referenceGrowth : undefined;
  const columns: TableColumn<PortfolioEntry>[] = [
    {label: t(lang, "branchen.col.occupation"), value: (d) => d.label},
    {label: t(lang, "branchen.col.lqAt", {year: p.year}), value: (d) => d.lq, digits: 2},
    {label: t(lang, "branchen.col.growth", {from: p.from, year: p.year}), value: (d) => d.growth, digits: 1},
    {label: t(lang, "branchen.col.svbAt", {year: p.year}), value: (d) => d.size}
  ];
  return Figure(PortfolioChart(points, {width, referenceGrowth: G}), points, columns, {
    title: t(lang, "branchen.portfolio.title", {region: c.region}),
    subtitle: t(lang, "branchen.portfolio.subtitle", {...p, reference: c.reference, growth: formatDecimal(G, 1, lang)}),
    description: t(lang, "branchen.portfolio.description", {region: c.region}),
    source: p.source
  });
}

/** Shift-share components, or the regional shift of the groups with the largest and smallest effect. */
export function shiftShareFigure(
  c: Context,
  shift: Shift | null,
  labels: ReadonlyMap<string, string>,
  p: Period & {groups?: boolean}
) {
  const {lang, width} = c;
  if (!shift) return noData(lang, "branchen.missing.period");
  const params = {region: c.region, reference: c.reference, from: p.from, year: p.year};
  if (p.groups) {
    const rows = shiftShareExtremes(shift, labels).map((d) => ({
      ...d,
      group: t(lang, d.stronger ? "branchen.groups.stronger" : "branchen.groups.weaker")
    }));
    return Figure(
      BarList(rows, {width, xLabel: t(lang, "branchen.groups.axis")}),
      rows,
      [
        {label: t(lang, "branchen.col.occupation"), value: (d) => d.label},
        {label: t(lang, "branchen.col.regionalShift"), value: (d) => d.value},
        {label: t(lang, "branchen.col.actual"), value: (d) => d.total}
      ],
      {
        title: t(lang, "branchen.groups.title", params),
        subtitle: t(lang, "branchen.groups.subtitle", params),
        description: t(lang, "branchen.groups.description", params),
        source: p.source
      }
    );
  }
  const rows = shiftShareRows(shift).map((d) => ({
    label: tk(lang, `branchen.ss.${d.key}`),
    value: d.value,
    group: tk(lang, `branchen.ss.group.${d.group}`)
  }));
  const excluded = shift.excluded.length ? t(lang, "branchen.ss.excluded", {n: shift.excluded.length}) : "";
  return Figure(
    BarList(rows, {width, xLabel: t(lang, "branchen.ss.axis")}),
    rows,
    [
      {label: t(lang, "branchen.col.component"), value: (d) => d.label},
      {label: t(lang, "branchen.col.persons"), value: (d) => d.value}
    ],
    {
      title: t(lang, "branchen.ss.title", params),
      subtitle: t(lang, "branchen.ss.subtitle", {...params, excluded}),
      description: t(lang, "branchen.ss.description", params),
      source: p.source
    }
  );
}

/** The sortable table of all occupation groups. */
export function occupationTable(c: Context, lqs: readonly LocationQuotientEntry[]) {
  const {lang} = c;
  const [group, svb, share, refShare, lq, note] = [
    "branchen.col.occupation",
    "branchen.unit.svb",
    "branchen.table.share",
    "branchen.col.referenceShare",
    "branchen.col.lq",
    "branchen.col.note"
  ].map((k) => tk(lang, k, {reference: c.reference}));
  const rows = lqs.map((d) => ({
    [group!]: d.label,
    [svb!]: d.regionValue,
    [share!]: d.regionShare,
    [refShare!]: d.referenceShare,
    [lq!]: d.lq,
    [note!]: d.flag ? tk(lang, `branchen.flag.${d.flag}`) : ""
  }));
  return DataTable(rows, {
    lang,
    label: t(lang, "branchen.table.label", {region: c.region}),
    format: {
      [svb!]: (v: number | null) => formatInteger(v, lang),
      [share!]: (v: number | null) => formatDecimal(v, 2, lang),
      [refShare!]: (v: number | null) => formatDecimal(v, 2, lang),
      [lq!]: (v: number | null) => formatDecimal(v, 2, lang)
    },
    width: {[group!]: 240},
    sort: lq,
    reverse: true,
    rows: 15
  });
}
