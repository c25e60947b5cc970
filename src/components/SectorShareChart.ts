import * as Plot from "@observablehq/plot";

import {formatDecimal} from "../lib/locale.js";

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
export function SectorShareChart(rows: readonly SectorSharePoint[], {width, ...options}: Plot.PlotOptions = {}) {
  const style = (basis: SectorSharePoint["basis"]) => (basis === "INKAR" ? "5,3" : undefined);
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 48,
    x: {label: null, tickFormat: "d", interval: 1},
    y: {label: "Anteil an der Bruttowertschöpfung (%)", domain: [0, 100], grid: true},
    color: {legend: true},
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
            `${d.sector}, ${d.year}: ${formatDecimal(d.share, 1)} %\n(${d.basis === "INKAR" ? "INKAR" : "aus absoluter BWS berechnet"})`
        })
      )
    ],
    ...options
  });
}
