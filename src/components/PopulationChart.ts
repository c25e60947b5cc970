import * as Plot from "@observablehq/plot";

import {formatInteger} from "../lib/locale.js";
import {breakMarks, type SeriesBreak} from "./breakMarks.js";

export interface PopulationPoint {
  name: string;
  year: number;
  value: number | null;
  /** Census basis or other series segment: lines are not joined across segments (census breaks). */
  segment?: string;
  /** true where the source publishes rounded values (BBSR: to 100 persons); drawn as hollow dots. */
  rounded?: boolean;
}

export interface PopulationChartOptions extends Plot.PlotOptions {
  /** Years at which the series break (first year on a new census basis), marked with a dashed rule. */
  breaks?: SeriesBreak[];
}

/**
 * Population per region over the years, one line per region and census basis: a census break starts a new line,
 * so 2010→2011 and 2023→2024 are never drawn as continuous. Rounded values are marked with hollow dots and named
 * in the tooltip. Missing years stay gaps, never zeros.
 */
export function PopulationChart(
  rows: readonly PopulationPoint[],
  {width, breaks = [], ...options}: PopulationChartOptions = {}
) {
  const rounded = rows.filter((d) => d.rounded && d.value !== null);
  // A segment with a single year (2024, the first on Zensus-2022 basis) draws no line: show it as a dot.
  const counts = new Map<string, number>();
  const key = (d: PopulationPoint) => `${d.name}|${d.segment ?? ""}`;
  for (const d of rows) if (d.value !== null) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  const isolated = rows.filter((d) => d.value !== null && !d.rounded && counts.get(key(d)) === 1);
  return Plot.plot({
    width,
    height: 360,
    marginLeft: 64,
    x: {label: "Jahr (31.12.)", tickFormat: "d", interval: 1},
    y: {label: "Einwohner", grid: true, zero: true},
    color: {legend: true},
    marks: [
      Plot.ruleY([0]),
      ...breakMarks(breaks),
      Plot.lineY(rows, {
        x: "year",
        y: "value",
        stroke: "name",
        z: (d: PopulationPoint) => `${d.name}|${d.segment ?? ""}`
      }),
      Plot.dot(isolated, {x: "year", y: "value", fill: "name", r: 2.5}),
      Plot.dot(rounded, {x: "year", y: "value", stroke: "name", fill: "var(--theme-background)", r: 2.5}),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "year",
          y: "value",
          stroke: "name",
          title: (d: PopulationPoint) =>
            `${d.name}\n31.12.${d.year}: ${formatInteger(d.value)} Personen` +
            (d.rounded ? "\ngerundet (BBSR, auf 100 Personen)" : "") +
            (d.segment ? `\nBasis: ${d.segment}` : "")
        })
      )
    ],
    ...options
  });
}
