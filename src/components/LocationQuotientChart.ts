import * as Plot from "@observablehq/plot";

import {t, type Lang} from "../shared/i18n/index.js";
import {formatDecimal, formatInteger, PAGE_LANG} from "../shared/locale.js";
import {redrawing} from "./export.js";

export interface LqBar {
  /** Category label (sector or occupation group). */
  label: string;
  lq: number | null;
  /** Employment of the region in the category (e_ir); null when suppressed. */
  value: number | null;
}

/**
 * Horizontal bars of location quotients with the reference line at 1 (share as in the reference area). A missing
 * quotient (suppressed cell) is written "keine Daten" at the axis instead of a bar.
 */
export const LocationQuotientChart = redrawing(function LocationQuotientChart(
  rows: readonly LqBar[],
  {width, lang = PAGE_LANG, ...options}: Plot.PlotOptions & {lang?: Lang} = {}
) {
  const missing = rows.filter((r) => r.lq === null);
  return Plot.plot({
    width,
    height: 40 + 24 * rows.length,
    marginLeft: Math.min(230, (width ?? 640) * 0.5),
    x: {
      label: t(lang, "chart.lqAxis"),
      grid: true,
      tickFormat: (d: number) => formatDecimal(d, 1)
    },
    // Long occupation names are shortened on the axis; the tooltip and the table view give them in full.
    y: {
      label: null,
      domain: rows.map((r) => r.label),
      tickFormat: (d: string) => (d.length > 34 ? `${d.slice(0, 32)}…` : d)
    },
    marks: [
      Plot.barX(rows, {
        x1: 1,
        x2: (r: LqBar) => r.lq ?? 1,
        y: "label",
        fill: (r: LqBar) => ((r.lq ?? 1) >= 1 ? "#2a7a3b" : "#b5542c"),
        fillOpacity: 0.8,
        insetTop: 3,
        insetBottom: 3,
        title: (r: LqBar) =>
          `${r.label}\n${t(lang, "chart.lq")}: ${formatDecimal(r.lq, 2, lang)}\n${t(lang, "chart.svb")}: ${formatInteger(r.value, lang)}`
      }),
      Plot.text(missing, {
        x: 1,
        y: "label",
        text: () => t(lang, "value.missing"),
        textAnchor: "start",
        dx: 4,
        fontSize: 10
      }),
      Plot.ruleX([1], {stroke: "currentColor"})
    ],
    ...options
  });
});
