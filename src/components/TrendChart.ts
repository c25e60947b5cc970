import * as Plot from "@observablehq/plot";

import {formatDecimal} from "../lib/locale.js";

export interface TrendPoint {
  /** Series (region) name shown in the legend. */
  name: string;
  year: number;
  /** Value in the chart's unit; null where the source has no value or suppressed it. */
  value: number | null;
  /** A new segment starts at a series break (e.g. a change of definition), so lines are not joined across it. */
  segment?: string;
}

export interface TrendChartOptions extends Plot.PlotOptions {
  /** Axis label with unit, e.g. "SvB (Personen)". */
  unit: string;
  digits?: number;
  /** Date prefix in tooltips, e.g. "30.06." for SvB; the year alone when empty. */
  datePrefix?: string;
  /** Series drawn thicker. */
  highlight?: string;
  /** Start the y axis at zero (counts); off for rates that vary in a narrow band. */
  zero?: boolean;
}

/**
 * Values of several regions over the years, one line per region. A missing or suppressed value is a gap in the
 * line, marked with a hollow grey circle on the x axis and "keine Daten" in the tooltip — never drawn as 0.
 */
export function TrendChart(
  rows: readonly TrendPoint[],
  {unit, digits = 0, datePrefix = "", highlight, zero = true, width, ...options}: TrendChartOptions
) {
  const missing = rows.filter((d) => d.value === null);
  const label = (d: TrendPoint) => `${d.name}\n${datePrefix}${d.year}: ${formatDecimal(d.value, digits)}`;
  return Plot.plot({
    width,
    height: 340,
    marginLeft: 60,
    x: {label: null, tickFormat: "d", interval: 1},
    y: {label: unit, grid: true, zero},
    color: {legend: true},
    marks: [
      zero ? Plot.ruleY([0], {strokeOpacity: 0.5}) : null,
      Plot.lineY(rows, {
        x: "year",
        y: "value",
        stroke: "name",
        z: (d: TrendPoint) => `${d.name}|${d.segment ?? ""}`,
        strokeWidth: (d: TrendPoint) => (d.name === highlight ? 3 : 1.5),
        marker: rows.length < 60 ? "circle-stroke" : undefined
      }),
      Plot.dot(missing, {x: "year", frameAnchor: "bottom", stroke: "gray", r: 3, title: label}),
      Plot.tip(rows, Plot.pointerX({x: "year", y: (d: TrendPoint) => d.value ?? 0, stroke: "name", title: label}))
    ],
    ...options
  });
}
