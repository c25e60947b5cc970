import * as Plot from "@observablehq/plot";
import type {Feature, FeatureCollection, Geometry} from "geojson";

import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {formatDecimal, formatInteger, formatPercentChange, PAGE_LANG} from "../shared/locale.js";
import {redrawing} from "./export.js";

export interface GemeindePoint {
  code: string;
  name: string;
  lat: number | null;
  lon: number | null;
  population: number | null;
  /** The value that colours the dot (e.g. change in per cent); null is drawn grey as "keine Daten". */
  value: number | null;
}

export interface GemeindenMapOptions extends Plot.PlotOptions {
  /** Kreis boundaries drawn underneath (thin). */
  kreise: FeatureCollection;
  /** Outline drawn on top (the Revier). */
  outline?: Feature<Geometry> | FeatureCollection;
  label: string;
  /** "change": diverging colours around 0 in per cent; "density": sequential, log scale (persons per km²). */
  mode: "change" | "density";
  /** Codes drawn with a ring and a label (search hits, the selected table row). */
  highlight?: readonly string[];
  /** Language of the tooltips (default: the page's). */
  lang?: Lang;
}

/**
 * Gemeinden as dots at their centre (Gemeindeverzeichnis coordinates), area proportional to population, coloured
 * by change or density; grey dots say "keine Daten". Dots work for every Gebietsstand, unlike the 2021 boundaries.
 */
export const GemeindenMap = redrawing(function GemeindenMap(
  rows: readonly GemeindePoint[],
  options: GemeindenMapOptions
) {
  const {kreise, outline, label, mode, highlight = [], width, lang = PAGE_LANG, ...rest} = options;
  const located = rows.filter((d) => d.lat !== null && d.lon !== null);
  const known = located.filter((d) => d.value !== null);
  const missing = located.filter((d) => d.value === null);
  const marked = located.filter((d) => highlight.includes(d.code));
  const format = (v: number | null) =>
    mode === "change"
      ? formatPercentChange(v, 1, lang)
      : t(lang, "gemeinden.map.perKm2", {value: formatDecimal(v, 0, lang)});
  const color: Plot.ScaleOptions =
    mode === "change"
      ? {type: "diverging", scheme: "PuOr", pivot: 0, domain: [-6, 6], clamp: true, label, legend: true}
      : {type: "log", scheme: "viridis", label, legend: true};
  return Plot.plot({
    width,
    height: Math.round((width ?? 640) * 0.85),
    projection: {type: "mercator", domain: kreise},
    color,
    r: {range: [0.8, 16], domain: [0, 600000]},
    marks: [
      Plot.geo(kreise, {stroke: "currentColor", strokeOpacity: 0.25, strokeWidth: 0.6}),
      outline ? Plot.geo(outline, {stroke: "currentColor", strokeWidth: 1.8, clip: "frame"}) : null,
      Plot.dot(missing, {x: "lon", y: "lat", r: "population", fill: "#aaa", fillOpacity: 0.5, stroke: "none"}),
      Plot.dot(known, {
        x: "lon",
        y: "lat",
        r: "population",
        fill: "value",
        fillOpacity: 0.85,
        stroke: "var(--theme-background)",
        strokeWidth: 0.3,
        sort: {channel: "r", order: "descending"}
      }),
      Plot.dot(marked, {x: "lon", y: "lat", r: 9, stroke: "currentColor", strokeWidth: 2.5, fill: "none"}),
      Plot.text(marked.slice(0, 12), {
        x: "lon",
        y: "lat",
        text: "name",
        dy: -14,
        fontWeight: "bold",
        stroke: "var(--theme-background)",
        strokeWidth: 3,
        fill: "currentColor"
      }),
      Plot.tip(
        located,
        Plot.pointer({
          x: "lon",
          y: "lat",
          title: (d: GemeindePoint) =>
            `${d.name}\n${t(lang, "gemeinden.map.inhabitants", {value: formatInteger(d.population, lang)})}\n${label}: ${format(d.value)}`
        })
      )
    ],
    ...rest
  });
});
