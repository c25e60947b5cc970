import * as Plot from "@observablehq/plot";

import {t, type Lang} from "../shared/i18n/index.js";
import {formatDecimal, PAGE_LANG} from "../shared/locale.js";
import {SERIES_COLORS} from "../lib/palette.js";
import {redrawing, wrapLabel} from "./export.js";

export interface BarListRow {
  label: string;
  /** Null draws no bar and the words "keine Daten" (suppressed or missing), never a bar of length 0. */
  value: number | null;
  /** Colour group (e.g. "Einpendler", "über 1"); one colour when omitted. */
  group?: string;
  /** Appended to the value label, e.g. "(gesperrt)" or "(< 10 Personen)". */
  note?: string;
}

export interface BarListOptions extends Plot.PlotOptions {
  /** Axis label with unit. */
  xLabel: string;
  /** Where bars start: 0 for counts and changes, 1 for location quotients. */
  baseline?: number;
  /** "log" for quotients (symmetric around 1), "linear" otherwise. */
  type?: "linear" | "log";
  digits?: number;
  /** Keep the order of `rows` (default) or sort by value, largest first. */
  sort?: boolean;
  /** Label of the bar the page is about (the Kreis among its neighbours): drawn in the highlight colour, value bold. */
  highlight?: string;
}

/** The bar of the region the page is about; the other bars are in the theme's focus colour. */
export const HIGHLIGHT_FILL = "#b35900";

/**
 * Horizontal bars with a label per row, drawn from a baseline (0 for counts and changes, 1 for location quotients on
 * a log scale), with the value written next to each bar. A missing value reads "keine Daten" (and its note).
 */
export const BarList = redrawing(function BarList(
  rows: readonly BarListRow[],
  {
    xLabel,
    baseline = 0,
    type = "linear",
    digits = 0,
    sort = false,
    highlight,
    width,
    lang = PAGE_LANG,
    ...options
  }: BarListOptions & {lang?: Lang}
) {
  const data = sort ? [...rows].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity)) : [...rows];
  const known = data.filter((d) => d.value !== null);
  const missing = data.filter((d) => d.value === null);
  const text = (d: BarListRow) => `${formatDecimal(d.value, digits)}${d.note ? ` ${d.note}` : ""}`;
  const values = known.map((d) => d.value!);
  const low = Math.min(baseline, ...values);
  const high = Math.max(baseline, ...values);
  // Room for the value labels on both sides of the bars.
  const domain =
    type === "log"
      ? [Math.min(low, 1 / high) / 2.2, Math.max(high, 1 / low) * 2.2]
      : [low - (high - low) * (low < baseline ? 0.4 : 0), high + (high - low) * 0.4 || 1];
  const grouped = data.some((d) => d.group !== undefined);
  // Labels take at most 45 % of the width (phones, narrow cards); longer ones wrap onto up to three lines and only
  // then are cut with "…" (full text in the tooltip and the table view). A plot area of at least 40 px keeps every
  // bar's width positive.
  const room = Math.max(0, Math.min(260, ((width ?? 640) - 56) * 0.45));
  const maxChars = Math.max(4, Math.floor(room / 6.2));
  const labels = new Map(data.map((d) => [d.label, wrapLabel(d.label, maxChars)]));
  const lines = (label: string) => labels.get(label)!.split("\n");
  const marginLeft = Math.min(
    room,
    Math.max(0, ...data.map((d) => Math.max(...lines(d.label).map((l) => l.length)))) * 6.2
  );
  const rowHeight = Math.max(24, 12 * Math.max(1, ...data.map((d) => lines(d.label).length)) + 6);
  const focus = (d: BarListRow) => d.label === highlight;
  const valueText = (rows: BarListRow[], side: "start" | "end") => [
    Plot.text(
      rows.filter((d) => !focus(d)),
      {y: "label", x: "value", text, textAnchor: side, dx: side === "start" ? 4 : -4, fill: "currentColor"}
    ),
    Plot.text(rows.filter(focus), {
      y: "label",
      x: "value",
      text,
      textAnchor: side,
      dx: side === "start" ? 4 : -4,
      fill: "currentColor",
      fontWeight: "bold"
    })
  ];
  return Plot.plot({
    width,
    height: Math.max(80, rowHeight * data.length + 50),
    marginLeft,
    marginRight: 16,
    x: {label: xLabel, type, domain, grid: true, tickFormat: type === "log" ? "~r" : undefined},
    y: {label: null, domain: data.map((d) => d.label), tickSize: 0, tickFormat: (d: string) => labels.get(d) ?? d},
    color: grouped ? {legend: true, range: SERIES_COLORS} : undefined,
    marks: [
      Plot.barX(known, {
        y: "label",
        x1: baseline,
        x2: "value",
        fill: grouped ? "group" : (d: BarListRow) => (focus(d) ? HIGHLIGHT_FILL : "var(--theme-foreground-focus)"),
        fillOpacity: 0.85
      }),
      Plot.ruleX([baseline], {stroke: "currentColor"}),
      ...valueText(
        known.filter((d) => d.value! >= baseline),
        "start"
      ),
      ...valueText(
        known.filter((d) => d.value! < baseline),
        "end"
      ),
      Plot.text(missing, {
        y: "label",
        x: baseline,
        // The note says why (e.g. "(keine gemeldete Stelle)": a ratio without a vacancy is undefined, not 0).
        text: (d: BarListRow) => (d.note ? `${t(lang, "value.missing")} ${d.note}` : t(lang, "value.missing")),
        textAnchor: "start",
        dx: 4,
        fill: "currentColor",
        fillOpacity: 0.8,
        fontStyle: "italic"
      }),
      Plot.tip(known, Plot.pointerY({y: "label", x: "value", title: (d: BarListRow) => `${d.label}: ${text(d)}`}))
    ],
    ...options
  });
});
