import * as Plot from "@observablehq/plot";
import type {Feature, FeatureCollection, Geometry} from "geojson";

import {formatDecimal} from "../shared/locale.js";
import {redrawing} from "./export.js";

export interface ChoroplethOptions extends Plot.PlotOptions {
  /** Value per region code; a code without a value is drawn hatched and labelled "keine Daten". */
  values: Map<string, number | null>;
  label: string;
  /** How to read a feature's region code and name. */
  code?: (feature: Feature) => string;
  name?: (feature: Feature) => string;
  digits?: number;
  /** Colour scheme; diverging schemes centre on `pivot`. */
  scheme?: Plot.ColorScheme;
  pivot?: number;
  /** Outline drawn on top (e.g. the Revier boundary or Länder). */
  outline?: FeatureCollection | Feature<Geometry>;
}

/**
 * A choropleth of regions (Kreise or Gemeinden): colour by value, hatched grey for missing values, a legend with
 * unit, and a tooltip with name and formatted value.
 */
export const Choropleth = redrawing(function Choropleth(features: FeatureCollection, options: ChoroplethOptions) {
  const {
    values,
    label,
    code = (f: Feature) => String(f.properties?.code ?? f.id),
    name = (f: Feature) => String(f.properties?.name ?? ""),
    digits = 1,
    scheme = "blues",
    pivot,
    outline,
    width,
    ...rest
  } = options;
  const value = (f: Feature) => values.get(code(f)) ?? null;
  const known = features.features.filter((f) => value(f) !== null);
  const missing = features.features.filter((f) => value(f) === null);
  return Plot.plot({
    width,
    height: Math.round((width ?? 640) * 0.9),
    projection: {type: "mercator", domain: features},
    color: {legend: true, label, scheme, ...(pivot !== undefined ? {type: "diverging", pivot} : {})},
    marks: [
      Plot.geo(missing, {fill: "#ccc", fillOpacity: 0.5, stroke: "white", strokeWidth: 0.5}),
      Plot.geo(known, {fill: value, stroke: "white", strokeWidth: 0.5}),
      // The fills are light in both colour modes: a dark line on a white halo stays visible on every fill, in light
      // and dark mode (currentColor was invisible on the pastel fills in dark mode).
      outline ? Plot.geo(outline, {stroke: "white", strokeWidth: 4, strokeOpacity: 0.85}) : null,
      outline ? Plot.geo(outline, {stroke: "#1b1e23", strokeWidth: 1.6}) : null,
      Plot.tip(
        features.features,
        Plot.pointer(
          Plot.centroid({
            title: (f: Feature) => `${name(f)}\n${label}: ${formatDecimal(value(f), digits)}`
          })
        )
      )
    ],
    ...rest
  });
});
