import * as Plot from "@observablehq/plot";

import {formatDecimal} from "../lib/locale.js";

export interface RegionLinePoint {
  name: string;
  year: number;
  /** Null where the source has no value: drawn as a gap, never as 0. */
  value: number | null;
  /** A new segment (census break, revision) starts a new line. */
  segment?: string | null;
}

export interface RegionLineChartOptions extends Plot.PlotOptions {
  /** Axis label with unit, e.g. "Arbeitslosenquote (%)". */
  yLabel: string;
  /** Unit for the tooltip, e.g. "%". */
  unit?: string;
  digits?: number;
  /** Series drawn thicker. */
  highlight?: string;
  /** Start the y axis at zero (shares, rates). */
  zero?: boolean;
}

/** A value per region over the years (rates, shares), one line per region; gaps stay gaps, segments are not joined. */
export function RegionLineChart(
  rows: readonly RegionLinePoint[],
  {yLabel, unit = "", digits = 1, highlight, zero = true, width, ...options}: RegionLineChartOptions
) {
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 48,
    x: {label: null, tickFormat: "d", interval: 1},
    y: {label: yLabel, grid: true, zero},
    color: {legend: true},
    marks: [
      Plot.lineY(rows, {
        x: "year",
        y: "value",
        stroke: "name",
        z: (d: RegionLinePoint) => `${d.name}|${d.segment ?? ""}`,
        strokeWidth: (d: RegionLinePoint) => (d.name === highlight ? 3 : 1.5)
      }),
      // Single years between gaps would otherwise be invisible.
      Plot.dot(rows, {x: "year", y: "value", fill: "name", r: 1.5}),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "year",
          y: "value",
          stroke: "name",
          title: (d: RegionLinePoint) =>
            `${d.name}\n${d.year}: ${formatDecimal(d.value, digits)}${unit ? ` ${unit}` : ""}`
        })
      )
    ],
    ...options
  });
}
