import * as Plot from "@observablehq/plot";

import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {formatDecimal, formatInteger, PAGE_LANG} from "../shared/locale.js";
import {componentName} from "../lib/population-page.js";
import {redrawing} from "./export.js";
import {COLORS, SERIES_COLORS} from "../lib/palette.js";

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
export const ChangeComponentsChart = redrawing(function ChangeComponentsChart(
  rows: readonly ComponentPoint[],
  {width, lang = PAGE_LANG, ...options}: Plot.PlotOptions & {lang?: Lang} = {}
) {
  const name = (d: ComponentPoint) => componentName(d.component as Parameters<typeof componentName>[0], lang);
  const totals = [...new Map(rows.map((r) => [r.year, r])).values()];
  return Plot.plot({
    width,
    height: 340,
    marginLeft: 48,
    x: {label: null, tickFormat: "d", type: "band", padding: 0.15},
    y: {label: t(lang, "population.col.per1000"), grid: true},
    color: {
      legend: true,
      domain: (["Natürlicher Saldo", "Wanderungssaldo", "Rest (Korrekturen, Zensus)"] as const).map((c) =>
        componentName(c, lang)
      ),
      range: [SERIES_COLORS[1], SERIES_COLORS[4], COLORS.closed]
    },
    marks: [
      Plot.barY(rows, {x: "year", y: "rate", fill: name}),
      Plot.ruleY([0], {stroke: "currentColor"}),
      Plot.dot(totals, {x: "year", y: "changeRate", fill: "currentColor", r: 3, symbol: "diamond"}),
      Plot.tip(
        rows,
        Plot.pointer(
          Plot.stackY({
            x: "year",
            y: "rate",
            fill: name,
            title: (d: ComponentPoint) =>
              `${d.year}: ${name(d)}\n` +
              t(lang, "population.tip.component", {
                count: formatInteger(d.count, lang),
                rate: formatDecimal(d.rate, 1, lang),
                change: formatInteger(d.change, lang),
                changeRate: formatDecimal(d.changeRate, 1, lang)
              })
          })
        )
      )
    ],
    ...options
  });
});
