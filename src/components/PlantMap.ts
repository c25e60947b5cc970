import * as Plot from "@observablehq/plot";
import type {Feature, FeatureCollection} from "geojson";

import {t, type Lang} from "../shared/i18n/index.js";
import {plantWord} from "../lib/labels.js";
import {formatInteger, PAGE_LANG} from "../shared/locale.js";
import {redrawing} from "./export.js";
import {COLORS} from "../lib/palette.js";

export interface MapPlant {
  name: string;
  kind: string;
  capacity_mw: number | null;
  shutdown_year: number | null;
  status: string;
  operator: string;
  lat: number | null;
  lon: number | null;
  location: string;
}

export interface PlantMapOptions extends Plot.PlotOptions {
  /** Kreise of the Länder shown (the map's extent). */
  kreise: FeatureCollection;
  /** Codes of the Kreise of the Revier, drawn shaded with a strong outline. */
  revier: ReadonlySet<string>;
  /** Länder boundaries drawn on top (optional). */
  laender?: FeatureCollection | Feature;
  lang?: Lang;
}

/**
 * Lignite power plants (circles sized by gross capacity) and opencast mines (squares) over the Kreise of the
 * Revier's Länder, the Revier's Kreise shaded. Plants without coordinates are left out of the map (they stay in
 * the table); mines sit at the centroid of their Gemeinde.
 */
export const PlantMap = redrawing(function PlantMap(
  plants: readonly MapPlant[],
  {kreise, revier, laender, width, lang = PAGE_LANG, ...options}: PlantMapOptions
) {
  const located = plants.filter((p) => p.lat !== null && p.lon !== null);
  const inRevier = kreise.features.filter((f) => revier.has(String(f.id)));
  const kindLabel = (kind: string) => (kind === "kraftwerk" || kind === "tagebau" ? t(lang, `sw.kind.${kind}`) : kind);
  const tip = (p: MapPlant) =>
    [
      `${p.name} (${kindLabel(p.kind)})`,
      p.kind === "kraftwerk" ? t(lang, "sw.chart.gross", {mw: formatInteger(p.capacity_mw, lang)}) : null,
      t(lang, "sw.chart.shutdown", {year: p.shutdown_year ?? t(lang, "sw.chart.noYear")}),
      t(lang, "sw.chart.status", {status: plantWord(p.status, lang)}),
      t(lang, "sw.chart.operator", {operator: p.operator}),
      p.location === "gemeinde" ? t(lang, "sw.chart.centroid") : null
    ]
      .filter(Boolean)
      .join("\n");
  return Plot.plot({
    width,
    height: Math.round((width ?? 640) * 0.8),
    // Zoomed to the Revier's Kreise; the other Kreise of its Länder give context and are clipped at the frame.
    projection: {
      type: "mercator",
      domain: {type: "FeatureCollection", features: inRevier.length ? inRevier : kreise.features},
      inset: 30
    },
    r: {range: [3, 22], domain: [0, 4500]},
    symbol: {legend: true, domain: [kindLabel("kraftwerk"), kindLabel("tagebau")], range: ["circle", "square"]},
    marks: [
      Plot.geo(kreise, {stroke: "currentColor", strokeOpacity: 0.25, strokeWidth: 0.5, clip: "frame"}),
      Plot.geo(inRevier, {fill: "var(--theme-foreground-focus, steelblue)", fillOpacity: 0.15}),
      Plot.geo(inRevier, {stroke: "var(--theme-foreground-focus, steelblue)", strokeWidth: 1.2}),
      laender ? Plot.geo(laender, {stroke: "currentColor", strokeWidth: 1, strokeOpacity: 0.6, clip: "frame"}) : null,
      Plot.dot(located, {
        x: "lon",
        y: "lat",
        r: (p: MapPlant) => (p.kind === "kraftwerk" ? (p.capacity_mw ?? 0) : 600),
        symbol: (p: MapPlant) => kindLabel(p.kind),
        fill: (p: MapPlant) =>
          p.status === "stillgelegt" || /^stillgelegt|verf|rekult/.test(p.status) ? COLORS.closed : COLORS.plant,
        fillOpacity: 0.75,
        stroke: "var(--theme-background, white)",
        strokeWidth: 1
      }),
      Plot.text(
        located.filter((p) => p.kind === "kraftwerk" && (p.capacity_mw ?? 0) >= 500),
        {
          x: "lon",
          y: "lat",
          text: (p: MapPlant) => p.name.replace(/^Kraftwerk /, ""),
          dy: -14,
          fontSize: 11,
          fill: "currentColor",
          stroke: "var(--theme-background, white)",
          strokeWidth: 3
        }
      ),
      Plot.tip(located, Plot.pointer({x: "lon", y: "lat", title: tip}))
    ],
    ...options
  });
});
