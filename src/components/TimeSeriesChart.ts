import * as Plot from "@observablehq/plot";

import {formatDecimal} from "../lib/locale.js";

export interface TimeSeriesPoint {
  /** Series name shown in the legend (a region, a measure, a classification). */
  series: string;
  year: number;
  /** Null where there is no value: drawn as a gap and listed as "keine Daten", never as 0. */
  value: number | null;
  /** A new segment starts at a series break (a revision, a change of source), so lines are not joined across it. */
  segment?: string;
}

export interface TimeSeriesChartOptions extends Plot.PlotOptions {
  /** Axis label with unit, e.g. "SvB (Personen)" or "Prozent". */
  yLabel: string;
  /** Decimals in the tooltip (0 = whole numbers). */
  digits?: number;
  /** Unit appended in the tooltip, e.g. "Personen" or "%". */
  unit?: string;
  /** Years at which the series break, marked with a dashed rule between the years. */
  breaks?: {year: number; label: string}[];
  /** Series drawn thicker (the region the page is about). */
  highlight?: string;
  /** Include 0 in the y domain (counts) or not (rates, indices). */
  zero?: boolean;
  /** Label of the x axis; "Jahr" by default. */
  xLabel?: string;
  /** Show the colour legend (default true; off for a single series named in the axis label). */
  legend?: boolean;
}

/**
 * Absolute values of several series over the years (counts, rates, indices of specialisation): lines with dots so
 * that single years stay visible, series breaks marked and never bridged, a tooltip per year.
 */
export function TimeSeriesChart(
  rows: readonly TimeSeriesPoint[],
  {
    yLabel,
    digits = 0,
    unit = "",
    breaks = [],
    highlight,
    zero = false,
    xLabel = "Jahr",
    legend = true,
    width,
    ...options
  }: TimeSeriesChartOptions
) {
  const known = rows.filter((d) => d.value !== null);
  const suffix = unit ? `\u00a0${unit}` : "";
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 64,
    x: {label: xLabel, tickFormat: "d", interval: 1},
    y: {label: yLabel, grid: true, zero},
    color: {legend},
    marks: [
      zero ? Plot.ruleY([0], {strokeOpacity: 0.5}) : null,
      Plot.ruleX(breaks, {x: (d: {year: number}) => d.year - 0.5, strokeDasharray: "4,3", strokeOpacity: 0.6}),
      Plot.text(breaks, {
        x: (d: {year: number}) => d.year - 0.5,
        frameAnchor: "top",
        text: "label",
        textAnchor: "start",
        dx: 3,
        dy: 4,
        fontSize: 10,
        fillOpacity: 0.8,
        stroke: "var(--theme-background)",
        strokeWidth: 3,
        paintOrder: "stroke"
      }),
      Plot.lineY(rows, {
        x: "year",
        y: "value",
        stroke: "series",
        z: (d: TimeSeriesPoint) => `${d.series}|${d.segment ?? ""}`,
        strokeWidth: (d: TimeSeriesPoint) => (d.series === highlight ? 3 : 1.5)
      }),
      Plot.dot(known, {x: "year", y: "value", fill: "series", r: 2}),
      Plot.tip(
        known,
        Plot.pointerX({
          x: "year",
          y: "value",
          stroke: "series",
          title: (d: TimeSeriesPoint) => `${d.series}\n${d.year}: ${formatDecimal(d.value, digits)}${suffix}`
        })
      )
    ],
    ...options
  });
}
