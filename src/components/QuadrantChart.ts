import * as Plot from "@observablehq/plot";

import {GROWTH_PATTERN_LABELS, type GrowthPattern} from "../shared/indicators/index.js";
import {t, type Lang} from "../shared/i18n/index.js";
import {formatDecimal, PAGE_LANG} from "../shared/locale.js";
import {redrawing} from "./export.js";
import {COLORS} from "../lib/palette.js";

export interface QuadrantPoint {
  code: string;
  name: string;
  relativeEmploymentGrowth: number;
  relativeProductivityGrowth: number;
  pattern: GrowthPattern;
  /** Labelled and drawn larger (e.g. the Kreise of the Revier). */
  highlight?: boolean;
}

/**
 * Camagni–Capello quadrants: relative employment growth (x) against relative productivity growth (y), both against
 * a reference area (1 = grew like the reference). Quadrant labels from GROWTH_PATTERN_LABELS.
 */
export const QuadrantChart = redrawing(function QuadrantChart(
  rows: readonly QuadrantPoint[],
  {referenceName, width, lang = PAGE_LANG, ...options}: Plot.PlotOptions & {referenceName: string; lang?: Lang}
) {
  const patterns = Object.keys(GROWTH_PATTERN_LABELS) as GrowthPattern[];
  const label = (p: GrowthPattern) => GROWTH_PATTERN_LABELS[p][lang];
  const corner: Record<GrowthPattern, {frameAnchor: "top-right" | "top-left" | "bottom-right" | "bottom-left"}> = {
    "virtuous-cycle": {frameAnchor: "top-right"},
    restructuring: {frameAnchor: "top-left"},
    "industrial-take-off": {frameAnchor: "bottom-right"},
    deindustrialisation: {frameAnchor: "bottom-left"}
  };
  return Plot.plot({
    width,
    height: Math.min(520, Math.round((width ?? 640) * 0.75)),
    marginLeft: 56,
    inset: 24,
    x: {
      label: t(lang, "sw.chart.relEmployment", {reference: referenceName}),
      tickFormat: (d: number) => formatDecimal(d, 2)
    },
    y: {
      label: t(lang, "sw.chart.relProductivity", {reference: referenceName}),
      tickFormat: (d: number) => formatDecimal(d, 2)
    },
    color: {legend: true, domain: patterns.map(label), range: [COLORS.above, COLORS.blue, COLORS.ochre, COLORS.below]},
    marks: [
      Plot.ruleX([1], {strokeOpacity: 0.6}),
      Plot.ruleY([1], {strokeOpacity: 0.6}),
      ...patterns.map((p) =>
        Plot.text([label(p)], {
          ...corner[p],
          text: (d: string) => d,
          fontSize: 10,
          fillOpacity: 0.8,
          lineWidth: 14,
          dx: 0
        })
      ),
      Plot.dot(rows, {
        x: "relativeEmploymentGrowth",
        y: "relativeProductivityGrowth",
        fill: (d: QuadrantPoint) => label(d.pattern),
        r: (d: QuadrantPoint) => (d.highlight ? 6 : 3.5),
        stroke: (d: QuadrantPoint) => (d.highlight ? "currentColor" : "none"),
        fillOpacity: 0.85
      }),
      Plot.text(
        rows.filter((d) => d.highlight),
        {
          x: "relativeEmploymentGrowth",
          y: "relativeProductivityGrowth",
          text: "name",
          dy: -10,
          fontSize: 10,
          fill: "currentColor",
          stroke: "var(--theme-background, white)",
          strokeWidth: 3
        }
      ),
      Plot.tip(
        rows,
        Plot.pointer({
          x: "relativeEmploymentGrowth",
          y: "relativeProductivityGrowth",
          title: (d: QuadrantPoint) =>
            `${d.name}\n${t(lang, "chart.employment")}: ${formatDecimal(d.relativeEmploymentGrowth, 3, lang)}\n${t(lang, "chart.productivity")}: ${formatDecimal(
              d.relativeProductivityGrowth,
              3,
              lang
            )}\n${label(d.pattern)}`
        })
      )
    ],
    ...options
  });
});
