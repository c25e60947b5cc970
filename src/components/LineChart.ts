import * as Plot from "@observablehq/plot";

import {isolated, type SeriesBreak} from "../shared/breaks.js";
import {type Lang, t} from "../shared/i18n/index.js";
import {PAGE_LANG, formatDecimal, formatReference, formatStichtag} from "../shared/locale.js";
import {redrawing} from "./export.js";
import {SERIES_COLORS} from "../lib/palette.js";

/** A row of a line chart: the fields named by the options `x`, `y`, `z`, `segment` and `rounded`. */
export type LinePoint = Record<string, unknown>;

export interface LineChartOptions extends Omit<Plot.PlotOptions, "x" | "y"> {
  /** Field of the year (x); default "year". */
  x?: string;
  /** Field of the value (y); null is a gap and "keine Daten" in the tooltip, never 0. Default "value". */
  y?: string;
  /** Field naming the series (legend, colour); default "name". */
  z?: string;
  /** Field of the series segment: values in different segments are never joined (census break, revision). */
  segment?: string;
  /** Years at which the series break, marked with a dashed rule and label between the years. */
  breaks?: readonly SeriesBreak[];
  /** Series drawn thicker (the region the page is about). */
  highlight?: string;
  /** Axis labels with unit; `yLabel` defaults to "Index (base = 100)" when `baseYear` is set. */
  xLabel?: string | null;
  yLabel?: string | null;
  /** An index chart: a rule at 100 and the base year in the tooltip. */
  baseYear?: number;
  /** Include 0 in the y domain and draw a rule there (counts); off for rates and indices. */
  zero?: boolean;
  /** Decimals in the tooltip. */
  digits?: number;
  /** Unit appended to tooltip values ("%", "Personen"). */
  unit?: string;
  /** The German day of the year's reference date in the tooltip ("30.06.", "31.12."), shown in `lang`. */
  datePrefix?: string;
  /** "all": a dot on every value (short or gappy series); "isolated": only where a segment has a single value. */
  dots?: "all" | "isolated";
  /** Field that is true for rounded values (BBSR: to 100 persons): hollow dots and a note in the tooltip. */
  rounded?: string;
  /** Mark missing values with a hollow grey circle on the x axis. */
  missing?: boolean;
  /** Show the colour legend (default true; off for a single series named in the axis label). */
  legend?: boolean;
  /**
   * Mark every value with a symbol per series (circle, cross, triangle …), shown in the legend with its colour, so
   * that series are told apart by more than hue (WCAG 1.4.1); for charts with many close series.
   */
  symbols?: boolean;
  lang?: Lang;
}

/**
 * The one line chart: values of several series (regions, measures) over the years, one line per series and
 * segment. Series breaks are marked and never bridged; a value alone in its segment is a dot; missing values are
 * gaps, never 0. Series colours come from SERIES_COLORS (src/lib/palette.ts; or the `color` option) as hex values on each
 * path and dot, and the legend shows the same colours, so exports need no page CSS.
 */
export const LineChart = redrawing(function LineChart(
  rows: readonly LinePoint[],
  {
    x = "year",
    y = "value",
    z = "name",
    segment = "segment",
    breaks = [],
    highlight,
    xLabel = null,
    yLabel,
    baseYear,
    zero = false,
    digits = baseYear === undefined ? 0 : 1,
    unit = "",
    datePrefix = "",
    dots = "isolated",
    rounded,
    missing = false,
    legend = true,
    symbols = false,
    lang = PAGE_LANG,
    width,
    height = 320,
    color,
    ...options
  }: LineChartOptions = {}
) {
  const X = (d: LinePoint) => d[x] as number;
  const Y = (d: LinePoint) => (d[y] ?? null) as number | null;
  const Z = (d: LinePoint) => String(d[z]);
  const S = (d: LinePoint) => (d[segment] ?? "") as string;
  const isRounded = (d: LinePoint) => rounded !== undefined && d[rounded] === true;
  const known = rows.filter((d) => Y(d) !== null);
  const dotted = (dots === "all" ? known : isolated(rows, Y, Z, S)).filter((d) => !isRounded(d));
  const suffix = unit ? `\u00a0${unit}` : "";
  // Whole years as ticks. Not the scale option `interval: 1`: it would floor the break rules at year − 0.5 onto the
  // last old year instead of between the years.
  const allYears = [...new Set(rows.map(X))].sort((a, b) => a - b);
  const ticks = allYears.length <= 12 ? allYears : undefined;
  const title = (d: LinePoint) =>
    `${Z(d)}\n${datePrefix ? formatStichtag(X(d), datePrefix, lang) : X(d)}: ${formatDecimal(Y(d), digits, lang)}` +
    (Y(d) === null ? "" : baseYear === undefined ? suffix : ` (${baseYear} = 100)`) +
    (isRounded(d) ? `\n${t(lang, "chart.rounded")}` : "") +
    (rounded !== undefined && S(d) ? `\n${t(lang, "chart.basis", {segment: formatReference(S(d), lang)})}` : "");
  return Plot.plot({
    width,
    height,
    marginLeft: 60,
    x: {label: xLabel, tickFormat: "d", ticks},
    y: {label: yLabel ?? (baseYear === undefined ? null : t(lang, "chart.index", {base: baseYear})), grid: true, zero},
    // Series keep the order (and so the colour) in which the rows list them, not the alphabetical order of their
    // names: the same series gets the same colour on the German and the English page.
    color: {legend: legend && !symbols, domain: [...new Set(rows.map(Z))], range: SERIES_COLORS, ...color},
    symbol: symbols ? {legend, domain: [...new Set(rows.map(Z))]} : undefined,
    marks: [
      zero ? Plot.ruleY([0], {strokeOpacity: 0.5}) : null,
      baseYear === undefined ? null : Plot.ruleY([100], {stroke: "currentColor", strokeOpacity: 0.5}),
      ...breakMarks(breaks),
      Plot.lineY(rows, {
        x: X,
        y: Y,
        stroke: Z,
        z: (d: LinePoint) => `${Z(d)}|${S(d)}`,
        strokeWidth: (d: LinePoint) => (Z(d) === highlight ? 3 : 1.5)
      }),
      symbols
        ? Plot.dot(
            known.filter((d) => !isRounded(d)),
            {x: X, y: Y, stroke: Z, symbol: Z, r: 3, strokeWidth: 1.5, fill: "var(--theme-background)"}
          )
        : Plot.dot(dotted, {x: X, y: Y, fill: Z, r: dots === "all" ? 2 : 2.5}),
      Plot.dot(known.filter(isRounded), {x: X, y: Y, stroke: Z, fill: "var(--theme-background)", r: 2.5}),
      missing
        ? Plot.dot(
            rows.filter((d) => Y(d) === null),
            {x: X, frameAnchor: "bottom", stroke: "gray", r: 3, title}
          )
        : null,
      Plot.tip(known, Plot.pointerX({x: X, y: Y, stroke: Z, title}))
    ],
    ...options
  });
});

/**
 * A dashed rule half a year before each break, so it falls between the last old and the first new year, with its
 * label at the top, left of the rule.
 */
function breakMarks(breaks: readonly SeriesBreak[]): Plot.Markish[] {
  const x = (d: SeriesBreak) => d.year - 0.5;
  return [
    Plot.ruleX(breaks, {x, strokeDasharray: "4,3", strokeOpacity: 0.6}),
    Plot.text(breaks, {
      x,
      frameAnchor: "top",
      text: "label",
      textAnchor: "end",
      dx: -3,
      dy: 4,
      fontSize: 10,
      // Wrapped to two short lines so that it stays off the y-axis labels on a phone, with a halo in the page's
      // background colour so that it stays readable where it crosses a line or grid, in light and dark mode.
      lineWidth: 9,
      fill: "currentColor",
      fillOpacity: 0.85,
      stroke: "var(--theme-background, white)",
      strokeWidth: 3,
      paintOrder: "stroke"
    })
  ];
}
