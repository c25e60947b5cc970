import * as Plot from "@observablehq/plot";

import {t, type Lang} from "../shared/i18n/index.js";
import {formatInteger, PAGE_LANG} from "../shared/locale.js";
import {type CapacityYear, COAL_EXIT_YEAR} from "../lib/structural-change.js";
import {redrawing} from "./export.js";
import {SERIES_COLORS} from "../lib/palette.js";

/**
 * Lignite net capacity on the grid per year, stacked by power plant; plants without a shutdown year in the source
 * are hatched-light (lower opacity) and labelled in the tooltip.
 */
export const CapacityChart = redrawing(function CapacityChart(
  rows: readonly CapacityYear[],
  {width, lang = PAGE_LANG, ...options}: Plot.PlotOptions & {lang?: Lang} = {}
) {
  const years = [...new Set(rows.map((r) => r.year))];
  const totals = years.map((year) => ({
    year,
    total: rows.filter((r) => r.year === year).reduce((s, r) => s + r.capacity, 0)
  }));
  return Plot.plot({
    width,
    height: 340,
    marginLeft: 60,
    x: {label: null, tickFormat: "d", type: "band"},
    y: {label: t(lang, "sw.chart.netCapacity"), grid: true},
    color: {legend: true, range: SERIES_COLORS},
    marks: [
      Plot.barY(rows, {
        x: "year",
        y: "capacity",
        fill: (r: CapacityYear) => r.plant.replace(/^Kraftwerk /, ""),
        fillOpacity: (r: CapacityYear) => (r.basis === "ohne-jahr" ? 0.45 : 0.9),
        title: (r: CapacityYear) =>
          `${r.plant}, ${r.year}: ${formatInteger(r.capacity, lang)} MW${
            r.basis === "ohne-jahr" ? `\n${t(lang, "sw.chart.assumedEnd", {end: COAL_EXIT_YEAR})}` : ""
          }`
      }),
      Plot.text(totals, {
        x: "year",
        y: "total",
        text: (d: {total: number}) => formatInteger(d.total),
        dy: -6,
        fontSize: 9
      }),
      Plot.ruleY([0])
    ],
    ...options
  });
});
