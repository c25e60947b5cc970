import * as Plot from "@observablehq/plot";

import {formatDecimal} from "../lib/locale.js";

export interface IndexPoint {
  /** Region (series) name shown in the legend. */
  name: string;
  year: number;
  /** Index value, base year = 100; null where the source has no value (drawn as a gap, never as 0). */
  index: number | null;
  /** Series segment: a census break starts a new segment so that lines are not joined across it. */
  segment?: string;
}

export interface IndexChartOptions extends Plot.PlotOptions {
  baseYear: number;
  /** Years at which the series break (e.g. the switch to Zensus-2022 basis in 2024), marked with a dashed rule. */
  breaks?: {year: number; label: string}[];
  /** Series drawn thicker (the region the page is about). */
  highlight?: string;
  unit?: string;
}

/** Indexed trends (base year = 100) of several regions, with census breaks marked and never bridged. */
export function IndexChart(
  rows: readonly IndexPoint[],
  {baseYear, breaks = [], highlight, unit = "", width, ...options}: IndexChartOptions
) {
  return Plot.plot({
    width,
    height: 340,
    marginLeft: 48,
    x: {label: null, tickFormat: "d", interval: 1},
    y: {label: `Index (${baseYear} = 100)${unit ? `, ${unit}` : ""}`, grid: true},
    color: {legend: true},
    marks: [
      Plot.ruleY([100], {stroke: "currentColor", strokeOpacity: 0.5}),
      Plot.ruleX(breaks, {x: (d: {year: number}) => d.year - 0.5, strokeDasharray: "4,3", strokeOpacity: 0.6}),
      Plot.text(breaks, {
        x: (d: {year: number}) => d.year - 0.5,
        frameAnchor: "top",
        text: "label",
        textAnchor: "end",
        dx: -3,
        dy: 4,
        fontSize: 10,
        fillOpacity: 0.7
      }),
      Plot.lineY(rows, {
        x: "year",
        y: "index",
        stroke: "name",
        z: (d: IndexPoint) => `${d.name}|${d.segment ?? ""}`,
        strokeWidth: (d: IndexPoint) => (d.name === highlight ? 3 : 1.5)
      }),
      // A segment of one year (population 2024, the only year on Zensus-2022 basis) has no line: draw it as a dot.
      Plot.dot(lonePoints(rows), {x: "year", y: "index", fill: "name", r: 2.5}),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "year",
          y: "index",
          stroke: "name",
          title: (d: IndexPoint) => `${d.name}\n${d.year}: ${formatDecimal(d.index, 1)} (${baseYear} = 100)`
        })
      )
    ],
    ...options
  });
}

/** Points that are the only non-null value of their series segment, which a line cannot show. */
export function lonePoints(rows: readonly IndexPoint[]): IndexPoint[] {
  const counts = new Map<string, number>();
  const key = (d: IndexPoint) => `${d.name}|${d.segment ?? ""}`;
  for (const d of rows) if (d.index !== null) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return rows.filter((d) => d.index !== null && counts.get(key(d)) === 1);
}
