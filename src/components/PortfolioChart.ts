import * as Plot from "@observablehq/plot";

import {t, type Lang} from "../shared/i18n/index.js";
import {formatDecimal, formatInteger, formatPercentChange, PAGE_LANG} from "../shared/locale.js";
import {redrawing} from "./export.js";
import {COLORS} from "../lib/palette.js";

export interface PortfolioPoint {
  label: string;
  /** Location quotient at the end of the period (x, log scale). */
  lq: number;
  /** Growth of the region's employment in the category over the period, in per cent (y). */
  growth: number;
  /** Employment at the end of the period (bubble area). */
  size: number;
}

export interface PortfolioChartOptions extends Plot.PlotOptions {
  /** Growth of the reference area over the period in per cent: the horizontal line that separates the quadrants. */
  referenceGrowth?: number;
  /** How many of the largest bubbles, and separately of the highest quotients, get a text label. */
  labels?: number;
}

/**
 * Portfolio (Boston) chart of a region's sectors or occupations: location quotient against growth, bubble area by
 * employment. Right of 1: over-represented; above the reference growth line: growing faster than the reference.
 */
export const PortfolioChart = redrawing(function PortfolioChart(
  rows: readonly PortfolioPoint[],
  {referenceGrowth, labels = 3, width, lang = PAGE_LANG, ...options}: PortfolioChartOptions & {lang?: Lang}
) {
  // Labels only for the largest bubbles and the strongest specialisations, so that they do not pile up.
  const largest = [
    ...new Set([
      ...[...rows].sort((a, b) => b.size - a.size).slice(0, labels),
      ...[...rows].sort((a, b) => b.lq - a.lq).slice(0, labels)
    ])
  ];
  const short = (d: PortfolioPoint) => (d.label.length > 28 ? `${d.label.slice(0, 27)}…` : d.label);
  const lqs = rows.map((d) => d.lq);
  const low = Math.min(0.5, ...lqs);
  const high = Math.max(2, ...lqs);
  return Plot.plot({
    width,
    height: 440,
    marginLeft: 56,
    marginRight: 20,
    x: {
      type: "log",
      label: t(lang, "chart.lqLog"),
      domain: [low / 1.1, high * 1.1],
      grid: true,
      tickFormat: "~r"
    },
    y: {label: t(lang, "chart.employmentChange"), grid: true},
    r: {range: [2, 24]},
    marks: [
      Plot.ruleX([1], {stroke: "currentColor", strokeOpacity: 0.6}),
      referenceGrowth === undefined
        ? Plot.ruleY([0], {stroke: "currentColor", strokeOpacity: 0.6})
        : Plot.ruleY([referenceGrowth], {stroke: "currentColor", strokeOpacity: 0.6, strokeDasharray: "4,3"}),
      Plot.dot(rows, {
        x: "lq",
        y: "growth",
        r: "size",
        fill: (d: PortfolioPoint) => (d.lq >= 1 ? t(lang, "chart.lqAbove") : t(lang, "chart.lqBelow")),
        fillOpacity: 0.45,
        stroke: "currentColor",
        strokeOpacity: 0.4,
        strokeWidth: 0.5
      }),
      Plot.text(largest, {
        x: "lq",
        y: "growth",
        text: short,
        fontSize: 10,
        lineWidth: 10,
        fill: "currentColor",
        stroke: "var(--theme-background)",
        strokeWidth: 3,
        paintOrder: "stroke"
      }),
      Plot.tip(
        rows,
        Plot.pointer({
          x: "lq",
          y: "growth",
          title: (d: PortfolioPoint) =>
            `${d.label}\n${t(lang, "chart.lq")}: ${formatDecimal(d.lq, 2, lang)}\n${t(lang, "chart.change")}: ${formatPercentChange(d.growth, 1, lang)}\n${t(lang, "chart.svb")}: ${formatInteger(d.size, lang)}`
        })
      )
    ],
    color: {
      domain: [t(lang, "chart.lqAbove"), t(lang, "chart.lqBelow")],
      legend: true,
      label: t(lang, "chart.lq"),
      range: [COLORS.above, COLORS.below]
    },
    ...options
  });
});
