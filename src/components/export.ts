/**
 * Exports a figure as a self-contained SVG or PNG for slides and reports. The image carries the title, unit and
 * reference date, the chart, its colour legend with the series' real colours, the source line with licence, and
 * the site's name and the figure's permalink, with margins. Colours and fonts are resolved: no CSS variable, no
 * `currentColor` that depends on the page, no stylesheet; an exported image always has the light look (dark text
 * on white) whatever colour scheme the page was in. Everything happens in the browser; nothing is sent anywhere.
 */
const SVG_NS = "http://www.w3.org/2000/svg";

/** A system font stack written into the SVG, so that it renders alike in browsers, LibreOffice and Inkscape. */
export const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

/** The target sizes in CSS pixels; PNGs are rendered at twice this (3840×2160 for a 16:9 slide). */
export const EXPORT_SIZES = {
  slide: {width: 1920, height: 1080},
  standard: {width: 1600, height: 1200}
} as const;
export type ExportSize = keyof typeof EXPORT_SIZES | "screen";

/** Conservative average glyph widths in em, used to wrap text so that it never runs out of the image. */
export const CHAR_WIDTH = {normal: 0.6, bold: 0.66} as const;

/** Draws the chart again at a given size (the component with the figure's data), for slide-sized exports. */
export type ChartRenderer = (size: {width: number; height: number}) => Element;

const RENDERERS = new WeakMap<Element, ChartRenderer>();

/**
 * Wraps a chart component `(data, options) => Element` so that every chart it draws remembers how to draw itself
 * again with the same data and options at another size. Figure uses that for the 16:9 and 4:3 images: the chart is
 * laid out anew for the slide (axis ticks, label room, aspect), not stretched from its on-screen size.
 */
export function redrawing<D, O extends object, R extends Element>(
  draw: (data: D, options: O) => R
): (data: D, options?: O) => R {
  const component = (data: D, options?: O): R => {
    const chart = draw(data, options as O);
    RENDERERS.set(chart, (size) => component(data, {...options, ...size} as O));
    return chart;
  };
  return component;
}

/** How to draw `chart` again at another size, if a component wrapped with `redrawing` drew it. */
export function rendererOf(chart: Element): ChartRenderer | undefined {
  return RENDERERS.get(chart);
}

export interface ExportText {
  title: string;
  /** Unit and reference date. */
  subtitle: string;
  /** Source line with licence. */
  source: string;
  /** Site name and permalink, set in small type at the bottom. */
  footer?: string;
  /** Footnotes to marks in the chart ("* lower bound …", full names of shortened labels), above the source line. */
  notes?: readonly string[];
  /** One sentence on what the chart shows: the SVG's <desc> (its <title> is the title). */
  description?: string;
}

// Framework's light theme ("air", see @observablehq/framework/dist/style/theme-air.css and abstract-light.css),
// with its color-mix() values computed: what the chart looks like on a white page.
const FOREGROUND = "#1b1e23";
const BACKGROUND = "#ffffff";
const THEME: Record<string, string> = {
  "--theme-foreground": FOREGROUND,
  "--theme-foreground-focus": "#3b5fc0",
  "--theme-background": BACKGROUND,
  "--theme-background-a": BACKGROUND,
  "--theme-background-b": mix(FOREGROUND, BACKGROUND, 0.04),
  "--theme-background-alt": mix(FOREGROUND, BACKGROUND, 0.04),
  "--theme-foreground-alt": mix(FOREGROUND, BACKGROUND, 0.9),
  "--theme-foreground-muted": mix(FOREGROUND, BACKGROUND, 0.6),
  "--theme-foreground-faint": mix(FOREGROUND, BACKGROUND, 0.5),
  "--theme-foreground-fainter": mix(FOREGROUND, BACKGROUND, 0.3),
  "--theme-foreground-faintest": mix(FOREGROUND, BACKGROUND, 0.14),
  "--plot-background": BACKGROUND
};
const MUTED = THEME["--theme-foreground-muted"]!;
const PAINT_ATTRIBUTES = ["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color"];

/** Resolves `var(--x, fallback)` and `currentColor` in a paint or style value to the export theme's colours. */
export function resolvePaint(value: string): string {
  let out = value;
  // Innermost var() first, so that fallbacks holding another var() resolve too.
  for (let i = 0; i < 10 && out.includes("var("); i++) {
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g, (_, name: string, fallback) =>
      name in THEME ? THEME[name]! : fallback?.trim() || FOREGROUND
    );
  }
  return out.replace(/currentcolor/gi, FOREGROUND);
}

/** Writes resolved colours and fonts onto a cloned chart and drops its <style> elements (the page is not there). */
export function resolveColours(root: Element): void {
  for (const style of [...root.querySelectorAll("style")]) style.remove();
  for (const node of [root, ...root.querySelectorAll("*")]) {
    for (const name of [...PAINT_ATTRIBUTES, "style"]) {
      const value = node.getAttribute(name);
      if (value && /var\(|currentcolor/i.test(value)) node.setAttribute(name, resolvePaint(value));
    }
    if (node.hasAttribute("font-family")) node.setAttribute("font-family", FONT);
  }
}

interface ChartParts {
  /** The chart SVGs (usually one), in document order. */
  plots: SVGSVGElement[];
  /** Continuous colour legends (Plot's ramp legends). */
  ramps: SVGSVGElement[];
  /** Swatch legend items: the swatch SVG and its label. */
  swatches: {swatch: SVGSVGElement; label: string}[];
}

/** Finds the chart, the ramp legends and the swatch legend in what a chart component returned. */
export function chartParts(chart: Element): ChartParts {
  const isSwatch = (node: Element) => /-swatch\b/.test(node.getAttribute("class") ?? "");
  const topLevel = (chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll("svg")]).filter(
    (svg) => !svg.parentElement?.closest("svg") && !(svg.parentElement && isSwatch(svg.parentElement))
  ) as SVGSVGElement[];
  const ramps = topLevel.filter((svg) => /-ramp\b/.test(svg.getAttribute("class") ?? ""));
  const plots = topLevel.filter((svg) => !ramps.includes(svg));
  const swatches = [...chart.querySelectorAll("*")].filter(isSwatch).flatMap((item) => {
    const swatch = item.querySelector("svg");
    return swatch ? [{swatch, label: item.textContent?.trim() ?? ""}] : [];
  });
  return {plots, ramps, swatches};
}

function size(svg: SVGSVGElement): {width: number; height: number} {
  const box = svg
    .getAttribute("viewBox")
    ?.split(/[\s,]+/)
    .map(Number);
  const width = Number(svg.getAttribute("width")) || box?.[2] || svg.getBoundingClientRect?.().width || 640;
  const height = Number(svg.getAttribute("height")) || box?.[3] || svg.getBoundingClientRect?.().height || 400;
  return {width, height};
}

/**
 * Builds one standalone SVG: title and subtitle (wrapped), the legend, the chart scaled to fit, and the source line
 * and footer (wrapped), inside margins. `screen` keeps the chart at its on-screen size; `slide` (1920×1080) and
 * `standard` (1600×1200) scale the chart into the space that the texts leave.
 */
export function composeSvg(
  chart: Element,
  text: ExportText,
  target: ExportSize = "screen",
  render?: ChartRenderer
): SVGSVGElement {
  const {plots: shown, ramps, swatches} = chartParts(chart);
  if (!shown.length) throw new Error("no SVG chart to export");
  let plots = shown;
  const fixed = target !== "screen" ? EXPORT_SIZES[target] : undefined;
  const s = fixed ? fixed.width / 960 : 1;
  const margin = (fixed ? 28 : 16) * s;
  const width = fixed ? fixed.width : Math.max(Math.max(...shown.map((p) => size(p).width)) + 2 * margin, 360);
  const inner = width - 2 * margin;
  const gap = 10 * s;

  const out = document.createElementNS(SVG_NS, "svg");
  out.setAttribute("font-family", FONT);
  out.setAttribute("fill", FOREGROUND);
  const add = (node: Element) => (out.append(node), node);

  let y = margin;
  const block = (content: string, fontSize: number, weight: "normal" | "bold", fill: string) => {
    for (const line of wrap(content, maxChars(inner, fontSize, weight))) {
      y += fontSize;
      add(textNode(line, margin, y, fontSize, weight, fill));
      y += fontSize * 0.3;
    }
  };
  block(text.title, 18 * s, "bold", FOREGROUND);
  y += 2 * s;
  block(text.subtitle, 13 * s, "normal", MUTED);

  // Legend: each swatch as Plot drew it (its own colour, shape and stroke), followed by its label.
  if (swatches.length || ramps.length) y += gap;
  const legendSize = 12 * s;
  const swatchSize = 13 * s;
  let x = margin;
  let rowTop = y;
  for (const {swatch, label} of swatches) {
    const itemWidth = swatchSize + 6 * s + textWidth(label, legendSize, "normal");
    if (x > margin && x + itemWidth > width - margin) {
      x = margin;
      rowTop += legendSize * 1.6;
    }
    const copy = swatch.cloneNode(true) as SVGSVGElement;
    const {width: sw, height: sh} = size(swatch);
    if (!copy.hasAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${sw} ${sh}`);
    copy.setAttribute("overflow", "visible");
    copy.setAttribute("class", "rm-export-swatch");
    setAttributes(copy, {x, y: rowTop + (legendSize * 1.2 - swatchSize) / 2, width: swatchSize, height: swatchSize});
    resolveColours(copy);
    add(copy);
    const labelNode = textNode(label, x + swatchSize + 6 * s, rowTop + legendSize, legendSize, "normal", FOREGROUND);
    labelNode.setAttribute("class", "rm-export-legend");
    add(labelNode);
    x += itemWidth + 18 * s;
  }
  if (swatches.length) y = rowTop + legendSize * 1.6;
  for (const ramp of ramps) {
    const {width: rw, height: rh} = size(ramp);
    const k = Math.min(s, inner / rw);
    const copy = ramp.cloneNode(true) as SVGSVGElement;
    if (!copy.hasAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${rw} ${rh}`);
    copy.removeAttribute("style");
    copy.setAttribute("class", "rm-export-ramp");
    setAttributes(copy, {x: margin, y, width: rw * k, height: rh * k, overflow: "visible"});
    resolveColours(copy);
    add(copy);
    y += rh * k;
  }
  y += gap;

  // The footer's height is known before the chart is placed: source line, then site and permalink in small type.
  const sourceSize = 11 * s;
  const footerSize = 9.5 * s;
  const noteLines = (text.notes ?? []).flatMap((note) => wrap(note, maxChars(inner, sourceSize, "normal")));
  const sourceLines = wrap(text.source, maxChars(inner, sourceSize, "normal"));
  const footerLines = text.footer ? wrap(text.footer, maxChars(inner, footerSize, "normal")) : [];
  const footerHeight =
    (noteLines.length ? noteLines.length * sourceSize * 1.3 + 4 * s : 0) +
    sourceLines.length * sourceSize * 1.3 +
    (footerLines.length ? 4 * s + footerLines.length * footerSize * 1.3 : 0);

  const chartTop = y;
  if (fixed && render) {
    // Draw the chart again for the space it gets, at the scale of the texts (axis labels readable on a slide).
    const space = fixed.height - margin - footerHeight - gap - chartTop;
    const again = chartParts(render({width: Math.round(inner / s), height: Math.round(space / s)})).plots;
    if (again.length) plots = again;
  }
  const sizes = plots.map(size);
  const chartWidth = Math.max(...sizes.map((s) => s.width));
  const chartHeight = sizes.reduce((sum, s) => sum + s.height, 0);
  const available = fixed ? fixed.height - margin - footerHeight - gap - chartTop : chartHeight;
  // Without a renderer a small chart is enlarged at most a little beyond the texts' scale, so that its labels do
  // not outgrow the title; with one it fits exactly.
  const limit = fixed ? (render ? Infinity : 1.25 * s) : 1;
  const k = Math.max(0.05, Math.min(inner / chartWidth, available / chartHeight, limit));
  let chartY = chartTop;
  for (const [i, plot] of plots.entries()) {
    const {width: pw, height: ph} = sizes[i]!;
    const copy = plot.cloneNode(true) as SVGSVGElement;
    if (!copy.hasAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${pw} ${ph}`);
    copy.removeAttribute("style");
    copy.setAttribute("class", "rm-export-chart");
    // Labels that Plot places just outside its frame stay visible in the margin instead of being cut.
    copy.setAttribute("overflow", "visible");
    setAttributes(copy, {x: (width - pw * k) / 2, y: chartY, width: pw * k, height: ph * k});
    resolveColours(copy);
    add(copy);
    chartY += ph * k;
  }
  y = chartY + gap;
  const height = fixed ? fixed.height : y + footerHeight + margin;
  y = height - margin - footerHeight;
  for (const line of noteLines) {
    y += sourceSize;
    add(textNode(line, margin, y, sourceSize, "normal", FOREGROUND)).setAttribute("class", "rm-export-note");
    y += sourceSize * 0.3;
  }
  if (noteLines.length) y += 4 * s;
  for (const line of sourceLines) {
    y += sourceSize;
    add(textNode(line, margin, y, sourceSize, "normal", MUTED)).setAttribute("class", "rm-export-source");
    y += sourceSize * 0.3;
  }
  if (footerLines.length) y += 4 * s;
  for (const line of footerLines) {
    y += footerSize;
    add(textNode(line, margin, y, footerSize, "normal", MUTED)).setAttribute("class", "rm-export-footer");
    y += footerSize * 0.3;
  }
  setAttributes(out, {width, height, viewBox: `0 0 ${width} ${height}`});
  const background = document.createElementNS(SVG_NS, "rect");
  setAttributes(background, {width, height, fill: BACKGROUND});
  out.prepend(background);
  // Title and description for screen readers and for file browsers and slide tools that show them.
  const desc = document.createElementNS(SVG_NS, "desc");
  desc.textContent = [text.subtitle, text.description, ...(text.notes ?? []), text.source].filter(Boolean).join(" ");
  const title = document.createElementNS(SVG_NS, "title");
  title.textContent = text.title;
  out.prepend(title, desc);
  out.setAttribute("role", "img");
  return out;
}

/** Serialises a composed SVG as a standalone file. */
export function svgString(svg: SVGSVGElement): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

/** Renders a composed SVG to a PNG at twice its size (sharp on slides and high-density screens). */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  // A data: URL rather than a blob: URL, so that a strict img-src policy that allows Plot's own legends allows this.
  const url = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svgString(svg));
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("could not render the SVG"));
    image.src = url;
  });
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d")!;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png")
  );
}

/** Offers a blob as a file download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The estimated width of a line of text: deliberately generous, so that wrapped text stays inside the image. */
export function textWidth(content: string, fontSize: number, weight: "normal" | "bold" = "normal"): number {
  return content.length * fontSize * CHAR_WIDTH[weight];
}

function maxChars(width: number, fontSize: number, weight: "normal" | "bold"): number {
  return Math.max(10, Math.floor(width / (fontSize * CHAR_WIDTH[weight])));
}

function textNode(
  content: string,
  x: number,
  y: number,
  fontSize: number,
  weight: string,
  fill: string
): SVGTextElement {
  const node = document.createElementNS(SVG_NS, "text");
  setAttributes(node, {x, y, "font-size": fontSize, "font-weight": weight, fill});
  node.textContent = content;
  return node;
}

function setAttributes(node: Element, attributes: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, typeof value === "number" ? String(Math.round(value * 100) / 100) : value);
  }
}

/** Breaks text into lines of at most `max` characters at spaces; a longer word (a URL) is split where it must. */
export function wrap(content: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of content.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.flatMap((l) => (l.length > max ? (l.match(new RegExp(`.{1,${max}}`, "g")) ?? []) : [l]));
}

function mix(a: string, b: string, share: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return (
    "#" +
    [0, 1, 2]
      .map((i) => Math.round(channel(a, i) * share + channel(b, i) * (1 - share)))
      .map((v) => v.toString(16).padStart(2, "0"))
      .join("")
  );
}

/**
 * A category label for an axis, wrapped onto at most `maxLines` lines of `maxChars` (Plot writes a "\n" in a tick
 * label as a new line), so that a long sector or occupation name is shown in full instead of cut; only a label
 * longer than that is shortened with "…" (the tooltip and the table view have it in full).
 */
export function wrapLabel(label: string, maxChars: number, maxLines = 3): string {
  const lines = wrap(label, Math.max(4, maxChars));
  if (lines.length <= maxLines) return lines.join("\n");
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, maxChars - 1))}…`;
  return kept.join("\n");
}
