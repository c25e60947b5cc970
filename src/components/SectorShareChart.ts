import * as Plot from "@observablehq/plot";

import {t, type Lang} from "../shared/i18n/index.js";
import {formatDecimal, PAGE_LANG} from "../shared/locale.js";
import {redrawing} from "./export.js";
import {SERIES_COLORS} from "../lib/palette.js";

export interface SectorSharePoint {
  year: number;
  /** Sector label shown in the legend. */
  sector: string;
  /** Share of gross value added in percent; null where missing. */
  share: number | null;
  /** How the share was obtained: recomputed from absolute GVA, or as published by INKAR. */
  basis: "berechnet" | "INKAR";
}

/**
 * Shares of the primary, secondary and tertiary sector in gross value added over the years: solid lines for shares
 * recomputed from absolute GVA, dashed lines for the shares INKAR publishes. Gaps where a value is missing.
 */
export const SectorShareChart = redrawing(function SectorShareChart(
  rows: readonly SectorSharePoint[],
  {width, lang = PAGE_LANG, ...options}: Plot.PlotOptions & {lang?: Lang} = {}
) {
  const style = (basis: SectorSharePoint["basis"]) => (basis === "INKAR" ? "5,3" : undefined);
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 48,
    x: {label: null, tickFormat: "d", interval: 1},
    y: {label: t(lang, "chart.gvaShare"), domain: [0, 100], grid: true},
    color: {legend: true, range: SERIES_COLORS},
    marks: [
      Plot.ruleY([0]),
      ...(["berechnet", "INKAR"] as const).map((basis) =>
        Plot.lineY(
          rows.filter((r) => r.basis === basis),
          {x: "year", y: "share", stroke: "sector", z: "sector", strokeDasharray: style(basis), strokeWidth: 2}
        )
      ),
      Plot.tip(
        rows,
        Plot.pointer({
          x: "year",
          y: (d: SectorSharePoint) => d.share ?? 0,
          stroke: "sector",
          title: (d: SectorSharePoint) =>
            `${d.sector}, ${d.year}: ${formatDecimal(d.share, 1, lang)} %\n(${d.basis === "INKAR" ? "INKAR" : t(lang, "chart.gvaComputed")})`
        })
      )
    ],
    ...options
  });
});
