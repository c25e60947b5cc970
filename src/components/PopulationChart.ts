import * as Plot from "@observablehq/plot";

import {formatInteger} from "../lib/locale.js";

export interface PopulationPoint {
  name: string;
  year: number;
  value: number | null;
}

/** Population per region over the years, one line per region. Missing years stay gaps, never zeros. */
export function PopulationChart(rows: readonly PopulationPoint[], {width, ...options}: Plot.PlotOptions = {}) {
  return Plot.plot({
    width,
    height: 360,
    marginLeft: 64,
    x: {label: "Jahr (31.12.)", tickFormat: "d", interval: 1},
    y: {label: "Einwohner", grid: true, zero: true},
    color: {legend: true},
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(rows, {x: "year", y: "value", stroke: "name", z: "name"}),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "year",
          y: "value",
          stroke: "name",
          title: (d: PopulationPoint) => `${d.name}\n31.12.${d.year}: ${formatInteger(d.value)} Personen`
        })
      )
    ],
    ...options
  });
}
