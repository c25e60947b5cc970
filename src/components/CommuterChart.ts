import * as Plot from "@observablehq/plot";

import {formatInteger} from "../lib/locale.js";

export interface CommuterYear {
  year: number;
  inCommuters: number | null;
  outCommuters: number | null;
  balance: number | null;
}

/**
 * Commuters across the Kreis boundary per year: in-commuters as bars upwards, out-commuters downwards, the balance
 * (in − out) as a dot. A year without values reads "keine Daten".
 */
export function CommuterChart(rows: readonly CommuterYear[], {width, ...options}: Plot.PlotOptions = {}) {
  const bars = rows.flatMap((d) => [
    {year: d.year, kind: "Einpendler", value: d.inCommuters},
    {year: d.year, kind: "Auspendler", value: d.outCommuters === null ? null : -d.outCommuters}
  ]);
  const known = bars.filter((d) => d.value !== null);
  const missing = rows.filter((d) => d.inCommuters === null && d.outCommuters === null);
  const balances = rows.filter((d) => d.balance !== null);
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 64,
    x: {label: "Stichtag 30.06.", tickFormat: "d", type: "band"},
    y: {label: "Personen (Auspendler nach unten)", grid: true, tickFormat: (v: number) => formatInteger(Math.abs(v))},
    color: {domain: ["Einpendler", "Auspendler", "Saldo"], legend: true},
    marks: [
      Plot.barY(known, {x: "year", y: "value", fill: "kind", fillOpacity: 0.8}),
      Plot.ruleY([0], {stroke: "currentColor"}),
      Plot.dot(balances, {x: "year", y: "balance", fill: () => "Saldo", stroke: "currentColor", r: 5}),
      Plot.text(missing, {x: "year", y: 0, text: () => "keine Daten", fill: "currentColor", fontStyle: "italic"}),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "year",
          y: (d: CommuterYear) => d.balance ?? 0,
          title: (d: CommuterYear) =>
            `30.06.${d.year}\nEinpendler: ${formatInteger(d.inCommuters)}\nAuspendler: ${formatInteger(d.outCommuters)}\nSaldo: ${formatInteger(d.balance)}`
        })
      )
    ],
    ...options
  });
}
