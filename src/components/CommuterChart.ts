import * as Plot from "@observablehq/plot";

import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {formatInteger, formatStichtag, PAGE_LANG} from "../shared/locale.js";
import {redrawing} from "./export.js";
import {SERIES_COLORS} from "../lib/palette.js";

export interface CommuterYear {
  year: number;
  inCommuters: number | null;
  outCommuters: number | null;
  balance: number | null;
}

/**
 * Commuters across the Kreis boundary per year: in-commuters, out-commuters and the balance (in − out, negative
 * below the zero line) as three bars per year. A year without values reads "keine Daten".
 */
export const CommuterChart = redrawing(function CommuterChart(
  rows: readonly CommuterYear[],
  {width, lang = PAGE_LANG, ...options}: Plot.PlotOptions & {lang?: Lang} = {}
) {
  const KINDS = [t(lang, "employment.col.in"), t(lang, "employment.col.out"), t(lang, "employment.col.balance")];
  const bars = rows.flatMap((d) => [
    {year: d.year, kind: KINDS[0], value: d.inCommuters},
    {year: d.year, kind: KINDS[1], value: d.outCommuters},
    {year: d.year, kind: KINDS[2], value: d.balance}
  ]);
  const known = bars.filter((d) => d.value !== null);
  const missing = rows.filter((d) => d.inCommuters === null && d.outCommuters === null);
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 64,
    fx: {label: t(lang, "employment.commuters.x"), tickFormat: "d", padding: 0.15},
    x: {domain: KINDS, axis: null, padding: 0.1},
    y: {label: t(lang, "employment.persons"), grid: true},
    color: {domain: KINDS, legend: true, range: SERIES_COLORS},
    marks: [
      Plot.barY(known, {fx: "year", x: "kind", y: "value", fill: "kind", fillOpacity: 0.85}),
      Plot.ruleY([0], {stroke: "currentColor"}),
      Plot.text(missing, {
        fx: "year",
        frameAnchor: "middle",
        text: () => t(lang, "value.missing"),
        fontStyle: "italic"
      }),
      Plot.tip(
        known,
        Plot.pointer({
          fx: "year",
          x: "kind",
          y: "value",
          title: (d: {year: number; kind: string; value: number}) =>
            `${formatStichtag(d.year, "30.06.", lang)}\n${d.kind}: ${formatInteger(d.value, lang)}`
        })
      )
    ],
    ...options
  });
});
