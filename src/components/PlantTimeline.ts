import * as Plot from "@observablehq/plot";

import {COAL_EXIT_YEAR} from "../lib/structural-change.js";

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

const KIND_LABEL: Record<string, string> = {kraftwerk: "Kraftwerk", tagebau: "Tagebau"};

/**
 * One bar per power plant or mine from its commissioning (opening) to its shutdown year, against the legal end of
 * lignite power in 2038. A plant without a shutdown year in the source ends in a hollow marker at the data stand
 * labelled "ohne Jahr"; a missing start year is shown as the shutdown year alone.
 */
export function PlantTimeline(
  plants: readonly TimelinePlant[],
  {legalEnd = COAL_EXIT_YEAR, today, width, ...options}: PlantTimelineOptions
) {
  const label = (p: TimelinePlant) => `${p.name.replace(/^Kraftwerk /, "")} (${KIND_LABEL[p.kind] ?? p.kind})`;
  const order = [...plants]
    .sort((a, b) => (a.shutdown_year ?? 9999) - (b.shutdown_year ?? 9999) || a.name.localeCompare(b.name))
    .map(label);
  const withStart = plants.filter((p) => p.commissioned !== null && (p.shutdown_year !== null || today));
  const end = (p: TimelinePlant) => p.shutdown_year ?? today!;
  const noYear = plants.filter((p) => p.shutdown_year === null);
  const title = (p: TimelinePlant) =>
    `${label(p)}\nInbetriebnahme/Aufschluss: ${p.commissioned ?? "keine Angabe"}\nStilllegung: ${
      p.shutdown_year ?? "keine Angabe"
    }${p.shutdown_basis ? ` (${p.shutdown_basis})` : ""}\nStatus: ${p.status}`;
  return Plot.plot({
    width,
    height: 40 + 22 * order.length,
    marginLeft: Math.min(220, (width ?? 640) * 0.4),
    x: {label: null, tickFormat: "d", grid: true},
    y: {label: null, domain: order},
    color: {legend: true, domain: ["Kraftwerk", "Tagebau"], range: ["#b5542c", "#7a6a3a"]},
    marks: [
      Plot.barX(withStart, {
        x1: "commissioned",
        x2: end,
        y: label,
        fill: (p: TimelinePlant) => KIND_LABEL[p.kind] ?? p.kind,
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
        text: () => "ohne Jahr",
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
}
