/**
 * Link preview images (Open Graph, Twitter cards): 1200×630 PNG, rendered at build time. The figure is composed by
 * the same code as a figure's SVG export (src/components/export.ts: title, subtitle, legend, chart, source line and
 * the page's address, colours and fonts resolved) at 600×315 and rasterised at twice that size with resvg, using the
 * machine's fonts (the export's font stack ends in Liberation Sans / DejaVu Sans), written as a palette PNG (png.ts).
 */
import {Resvg} from "@resvg/resvg-js";

import {palettePng} from "./png.js";
import {composeSvg, type ExportText, svgString} from "../../src/components/export.js";

export const PREVIEW = {width: 1200, height: 630} as const;
const SCALE = 2;
const WIDTH = PREVIEW.width / SCALE;
const HEIGHT = PREVIEW.height / SCALE;
/** composeSvg's margin at screen size: the chart is this much narrower than the image. */
const MARGIN = 16;

/** `draw` draws the chart at a given size; its height is chosen so that the composed figure is exactly 600×315. */
export function previewPng(draw: (size: {width: number; height: number}) => Element, text: ExportText): Buffer {
  const width = WIDTH - 2 * MARGIN;
  const first = composeSvg(draw({width, height: 150}), text, "screen");
  const height = Math.max(80, 150 + HEIGHT - Number(first.getAttribute("height")));
  const svg = composeSvg(draw({width, height}), text, "screen");
  // Texts that left too little room for the chart are cut at the bottom rather than changing the image's size.
  svg.setAttribute("height", String(HEIGHT));
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  svg.querySelector(":scope > rect")?.setAttribute("height", String(HEIGHT));
  const resvg = new Resvg(svgString(svg), {
    fitTo: {mode: "width", value: PREVIEW.width},
    font: {loadSystemFonts: true, defaultFontFamily: "DejaVu Sans"}
  });
  const image = resvg.render();
  return palettePng(image.pixels, image.width, image.height);
}
