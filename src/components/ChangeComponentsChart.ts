import * as Plot from "@observablehq/plot";

import {formatDecimal, formatInteger} from "../lib/locale.js";

export interface ComponentPoint {
  year: number;
  component: string;
  /** Persons. */
  count: number;
  /** Per 1,000 inhabitants. */
  rate: number;
  change: number;
  changeRate: number;
}

/**
 * Components of population change per year: natural balance, migration balance and the residual (corrections and
 * census revisions) as stacked bars per 1,000 inhabitants, the total change as a dot. The residual has its own colour
 * so that the census revision of 2011 is visible instead of being hidden in migration.
 */
export function ChangeComponentsChart(rows: readonly ComponentPoint[], {width, ...options}: Plot.PlotOptions = {}) {
  const totals = [...new Map(rows.map((r) => [r.year, r])).values()];
  return Plot.plot({
    width,
    height: 340,
    marginLeft: 48,
    x: {label: null, tickFormat: "d", type: "band", padding: 0.15},
    y: {label: "je 1.000 Einwohner", grid: true},
    color: {
      legend: true,
      domain: ["Natürlicher Saldo", "Wanderungssaldo", "Rest (Korrekturen, Zensus)"],
      range: ["#d95f02", "#1b9e77", "#9e9e9e"]
    },
    marks: [
      Plot.barY(rows, {x: "year", y: "rate", fill: "component"}),
      Plot.ruleY([0], {stroke: "currentColor"}),
      Plot.dot(totals, {x: "year", y: "changeRate", fill: "currentColor", r: 3, symbol: "diamond"}),
      Plot.tip(
        rows,
        Plot.pointer(
          Plot.stackY({
            x: "year",
            y: "rate",
            fill: "component",
            title: (d: ComponentPoint) =>
              `${d.year}: ${d.component}\n${formatInteger(d.count)} Personen (${formatDecimal(d.rate, 1)} je 1.000)\n` +
              `Veränderung insgesamt: ${formatInteger(d.change)} (${formatDecimal(d.changeRate, 1)} je 1.000)`
          })
        )
      )
    ],
    ...options
  });
}
