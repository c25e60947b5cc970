import * as Plot from "@observablehq/plot";

import {t, type Lang} from "../shared/i18n/index.js";
import {formatDecimal, formatInteger, PAGE_LANG} from "../shared/locale.js";
import {COLORS} from "../lib/palette.js";
import {redrawing, wrapLabel} from "./export.js";

export interface LqBar {
  /** Category label (sector or occupation group). */
  label: string;
  lq: number | null;
  /** Employment of the region in the category (e_ir); null when suppressed. */
  value: number | null;
}

/**
 * Horizontal bars of location quotients with the reference line at 1 (share as in the reference area), each with
 * its quotient written at the end of the bar. A missing quotient (suppressed cell) is written "keine Daten" at the
 * axis instead of a bar. Category names wrap onto up to three lines instead of being cut.
 */
export const LocationQuotientChart = redrawing(function LocationQuotientChart(
  rows: readonly LqBar[],
  {width, lang = PAGE_LANG, ...options}: Plot.PlotOptions & {lang?: Lang} = {}
) {
  const missing = rows.filter((r) => r.lq === null);
  const known = rows.filter((r) => r.lq !== null);
  // Long names wrap within the left margin (about 6 px a character at Plot's 10 px); the tooltip and the table view
  // give them in full should one need more than three lines.
  const room = Math.min(230, (width ?? 640) * 0.45);
  const labels = new Map(rows.map((r) => [r.label, wrapLabel(r.label, Math.floor((room - 10) / 6))]));
  const lineCount = Math.max(1, ...[...labels.values()].map((l) => l.split("\n").length));
  const longest = Math.max(0, ...[...labels.values()].flatMap((l) => l.split("\n").map((line) => line.length)));
  const quotients = known.map((r) => r.lq!);
  const low = Math.min(1, ...quotients);
  const high = Math.max(1, ...quotients);
  // Room at both ends for the values written beside the bars.
  const pad = (high - low) * 0.14 || 0.5;
  const value = (r: LqBar) => formatDecimal(r.lq, 2, lang);
  return Plot.plot({
    width,
    height: 40 + Math.max(24, 12 * lineCount + 6) * rows.length,
    marginLeft: Math.min(room, longest * 6 + 10),
    x: {
      label: t(lang, "chart.lqAxis"),
      grid: true,
      domain: [Math.max(0, low - (low < 1 ? pad : 0)), high + pad],
      tickFormat: (d: number) => formatDecimal(d, 1, lang)
    },
    y: {
      label: null,
      domain: rows.map((r) => r.label),
      tickFormat: (d: string) => labels.get(d) ?? d
    },
    marks: [
      Plot.barX(rows, {
        x1: 1,
        x2: (r: LqBar) => r.lq ?? 1,
        y: "label",
        fill: (r: LqBar) => ((r.lq ?? 1) >= 1 ? COLORS.above : COLORS.below),
        fillOpacity: 0.8,
        insetTop: 3,
        insetBottom: 3,
        title: (r: LqBar) =>
          `${r.label}\n${t(lang, "chart.lq")}: ${formatDecimal(r.lq, 2, lang)}\n${t(lang, "chart.svb")}: ${formatInteger(r.value, lang)}`
      }),
      Plot.text(
        known.filter((r) => r.lq! >= 1),
        {x: "lq", y: "label", text: value, textAnchor: "start", dx: 4, fill: "currentColor"}
      ),
      Plot.text(
        known.filter((r) => r.lq! < 1),
        {x: "lq", y: "label", text: value, textAnchor: "end", dx: -4, fill: "currentColor"}
      ),
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
