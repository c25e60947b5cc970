import * as Plot from "@observablehq/plot";

import {formatDecimal} from "../lib/locale.js";
import {breakMarks, type SeriesBreak} from "./breakMarks.js";

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
  breaks?: SeriesBreak[];
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
      ...breakMarks(breaks),
      Plot.lineY(rows, {
        x: "year",
        y: "index",
        stroke: "name",
        z: (d: IndexPoint) => `${d.name}|${d.segment ?? ""}`,
        strokeWidth: (d: IndexPoint) => (d.name === highlight ? 3 : 1.5)
      }),
      // A segment of one year (e.g. 2024, the first year on Zensus-2022 basis) draws no line: show it as a dot.
      Plot.dot(isolated(rows), {x: "year", y: "index", fill: "name", r: 2.5}),
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

/** Points that are the only non-null value of their series segment (no line can be drawn through them). */
export function isolated<T extends {name: string; index: number | null; segment?: string}>(rows: readonly T[]): T[] {
  const counts = new Map<string, number>();
  const key = (d: T) => `${d.name}|${d.segment ?? ""}`;
  for (const d of rows) if (d.index !== null) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return rows.filter((d) => d.index !== null && counts.get(key(d)) === 1);
}
