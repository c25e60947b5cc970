import * as Plot from "@observablehq/plot";

import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {formatDecimal, PAGE_LANG} from "../shared/locale.js";
import {redrawing} from "./export.js";
import {COLORS} from "../lib/palette.js";

export interface DependencyPoint {
  name: string;
  youth: number | null;
  oldAge: number | null;
  total: number | null;
}

/**
 * Youth and old-age dependency ratios (per 100 persons aged 20–64) as stacked horizontal bars, one per region,
 * sorted by the total ratio; regions without data are listed with "keine Daten". `highlight` names are bold.
 */
export const DependencyChart = redrawing(function DependencyChart(
  rows: readonly DependencyPoint[],
  {width, highlight = [], lang = PAGE_LANG, ...options}: Plot.PlotOptions & {highlight?: string[]; lang?: Lang} = {}
) {
  const youth = t(lang, "population.tip.youth");
  const oldAge = t(lang, "population.tip.oldAge");
  const long = rows.flatMap((r) => [
    {name: r.name, kind: youth, value: r.youth, total: r.total},
    {name: r.name, kind: oldAge, value: r.oldAge, total: r.total}
  ]);
  const missing = rows.filter((r) => r.total === null);
  const order = [...rows].sort((a, b) => (b.total ?? -1) - (a.total ?? -1)).map((r) => r.name);
  return Plot.plot({
    width,
    height: 40 + 24 * rows.length,
    marginLeft: Math.min(220, 8 + 6.5 * Math.max(...rows.map((r) => r.name.length))),
    x: {label: t(lang, "population.tip.per100"), grid: true},
    y: {label: null, domain: order, tickFormat: (n: string) => (highlight.includes(n) ? `▶ ${n}` : n)},
    color: {
      legend: true,
      domain: [youth, oldAge],
      range: [COLORS.youth, COLORS.oldAge]
    },
    marks: [
      Plot.barX(long, {
        x: "value",
        y: "name",
        fill: "kind",
        tip: {format: {x: false}},
        title: (d: {kind: string; value: number | null; name: string; total: number | null}) =>
          `${d.name}\n${d.kind}: ${formatDecimal(d.value, 1, lang)}\n${t(lang, "population.col.total")}: ${formatDecimal(d.total, 1, lang)}`
      }),
      Plot.text(
        rows.filter((r) => r.total !== null),
        {
          x: "total",
          y: "name",
          text: (d: DependencyPoint) => formatDecimal(d.total, 1, lang),
          textAnchor: "start",
          dx: 4,
          fill: "currentColor"
        }
      ),
      Plot.text(missing, {
        x: 0,
        y: "name",
        text: () => t(lang, "value.missing"),
        textAnchor: "start",
        dx: 4,
        fill: "currentColor",
        fillOpacity: 0.8
      }),
      Plot.ruleX([0])
    ],
    ...options
  });
});
