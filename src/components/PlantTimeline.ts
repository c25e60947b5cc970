import * as Plot from "@observablehq/plot";
import {t, type Lang} from "../shared/i18n/index.js";
import {plantWord} from "../lib/labels.js";
import {PAGE_LANG} from "../shared/locale.js";
import {redrawing} from "./export.js";

import {COAL_EXIT_YEAR} from "../lib/structural-change.js";
import {COLORS} from "../lib/palette.js";

export interface TimelinePlant {
  name: string;
  kind: string;
  commissioned: number | null;
  shutdown_year: number | null;
  shutdown_basis: string | null;
  status: string;
}

export interface PlantTimelineOptions extends Plot.PlotOptions {
  /** The legal end of lignite power generation (KVBG §2 Abs. 2 Nr. 3: end of 2038), drawn as a rule. */
  legalEnd?: number;
  /** Year of the data stand, drawn as a dotted rule ("heute"). */
  today?: number;
}

/**
 * One bar per power plant or mine from its commissioning (opening) to its shutdown year, against the legal end of
 * lignite power in 2038. A plant without a shutdown year in the source ends in a hollow marker at the data stand
 * labelled "ohne Jahr"; a missing start year is shown as the shutdown year alone.
 */
export const PlantTimeline = redrawing(function PlantTimeline(
  plants: readonly TimelinePlant[],
  {legalEnd = COAL_EXIT_YEAR, today, width, lang = PAGE_LANG, ...options}: PlantTimelineOptions & {lang?: Lang}
) {
  const kindLabel = (kind: string) => (kind === "kraftwerk" || kind === "tagebau" ? t(lang, `sw.kind.${kind}`) : kind);
  const label = (p: TimelinePlant) => `${p.name.replace(/^Kraftwerk /, "")} (${kindLabel(p.kind)})`;
  const order = [...plants]
    .sort((a, b) => (a.shutdown_year ?? 9999) - (b.shutdown_year ?? 9999) || a.name.localeCompare(b.name))
    .map(label);
  const withStart = plants.filter((p) => p.commissioned !== null && (p.shutdown_year !== null || today));
  const end = (p: TimelinePlant) => p.shutdown_year ?? today!;
  const noYear = plants.filter((p) => p.shutdown_year === null);
  const title = (p: TimelinePlant) =>
    [
      label(p),
      t(lang, "chart.commissioned", {year: p.commissioned ?? t(lang, "sw.chart.noYear")}),
      t(lang, "sw.chart.shutdown", {year: p.shutdown_year ?? t(lang, "sw.chart.noYear")}) +
        (p.shutdown_basis ? ` (${plantWord(p.shutdown_basis, lang)})` : ""),
      t(lang, "sw.chart.status", {status: plantWord(p.status, lang)})
    ].join("\n");
  return Plot.plot({
    width,
    height: 40 + 22 * order.length,
    marginLeft: Math.min(220, (width ?? 640) * 0.4),
    x: {label: null, tickFormat: "d", grid: true},
    y: {label: null, domain: order},
    color: {legend: true, domain: [kindLabel("kraftwerk"), kindLabel("tagebau")], range: [COLORS.plant, COLORS.mine]},
    marks: [
      Plot.barX(withStart, {
        x1: "commissioned",
        x2: end,
        y: label,
        fill: (p: TimelinePlant) => kindLabel(p.kind),
        fillOpacity: 0.75,
        insetTop: 4,
        insetBottom: 4,
        title
      }),
      Plot.dot(
        plants.filter((p) => p.shutdown_year !== null),
        {x: "shutdown_year", y: label, fill: "currentColor", r: 3, symbol: "diamond", title}
      ),
      Plot.text(noYear, {
        x: () => today ?? legalEnd,
        y: label,
        text: () => t(lang, "chart.noYear"),
        textAnchor: "start",
        dx: 6,
        fontSize: 10
      }),
      Plot.ruleX([legalEnd], {stroke: "currentColor", strokeWidth: 2}),
      Plot.text([legalEnd], {
        x: (d: number) => d,
        frameAnchor: "top",
        text: () => `Ende ${legalEnd} (KVBG)`,
        dy: -2,
        textAnchor: "end",
        dx: -4,
        fontSize: 10
      }),
      today ? Plot.ruleX([today], {strokeDasharray: "2,3", strokeOpacity: 0.7}) : null
    ],
    ...options
  });
});
