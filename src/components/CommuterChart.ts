import * as Plot from "@observablehq/plot";

import {formatInteger} from "../lib/locale.js";

export interface CommuterYear {
  year: number;
  inCommuters: number | null;
  outCommuters: number | null;
  balance: number | null;
}

const KINDS = ["Einpendler", "Auspendler", "Saldo"];

/**
 * Commuters across the Kreis boundary per year: in-commuters, out-commuters and the balance (in − out, negative
 * below the zero line) as three bars per year. A year without values reads "keine Daten".
 */
export function CommuterChart(rows: readonly CommuterYear[], {width, ...options}: Plot.PlotOptions = {}) {
  const bars = rows.flatMap((d) => [
    {year: d.year, kind: "Einpendler", value: d.inCommuters},
    {year: d.year, kind: "Auspendler", value: d.outCommuters},
    {year: d.year, kind: "Saldo", value: d.balance}
  ]);
  const known = bars.filter((d) => d.value !== null);
  const missing = rows.filter((d) => d.inCommuters === null && d.outCommuters === null);
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 64,
    fx: {label: "Stichtag 30.06.", tickFormat: "d", padding: 0.15},
    x: {domain: KINDS, axis: null, padding: 0.1},
    y: {label: "Personen", grid: true},
    color: {domain: KINDS, legend: true},
    marks: [
      Plot.barY(known, {fx: "year", x: "kind", y: "value", fill: "kind", fillOpacity: 0.85}),
      Plot.ruleY([0], {stroke: "currentColor"}),
      Plot.text(missing, {fx: "year", frameAnchor: "middle", text: () => "keine Daten", fontStyle: "italic"}),
      Plot.tip(
        known,
        Plot.pointer({
          fx: "year",
          x: "kind",
          y: "value",
          title: (d: {year: number; kind: string; value: number}) =>
            `30.06.${d.year}\n${d.kind}: ${formatInteger(d.value)}`
        })
      )
    ],
    ...options
  });
}
