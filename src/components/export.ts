/**
 * Exports a figure as a self-contained SVG or PNG for slides and reports: title, unit and reference date, the
 * chart, its colour legend, and the source line with licence are all part of the image, so an exported chart
 * can never lose its attribution. Everything happens in the browser; nothing is sent anywhere.
 */
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
const SVG_NS = "http://www.w3.org/2000/svg";

export interface ExportText {
  title: string;
  subtitle: string;
  source: string;
}

/** Builds one SVG element holding the header, the chart's SVG, its swatch legend and the source line. */
export function composeSvg(chart: Element, {title, subtitle, source}: ExportText): SVGSVGElement {
  // Plot wraps a chart with a swatch legend in a <figure>: the chart is its direct <svg> child (the swatches are
  // small SVGs nested in the legend, and come first in document order).
  const plot = chart instanceof SVGSVGElement ? chart : chart.querySelector<SVGSVGElement>(":scope > svg");
  if (!plot) throw new Error("no SVG chart to export");
  const width = Number(plot.getAttribute("width")) || plot.getBoundingClientRect().width || 640;
  const chartHeight = Number(plot.getAttribute("height")) || plot.getBoundingClientRect().height || 400;
  const out = document.createElementNS(SVG_NS, "svg");
  out.setAttribute("xmlns", SVG_NS);
  out.setAttribute("font-family", FONT);
  let y = 24;
  const header = [text(title, 16, y, "bold"), text(subtitle, 12, (y += 20), "normal", "#555")];
  out.append(...header);
  y += 12;
  const swatches = [...chart.querySelectorAll(".plot-swatch, [class$='-swatch']")];
  let x = 0;
  for (const swatch of swatches) {
    const color = swatch.querySelector("rect, circle, path")?.getAttribute("fill") ?? "#888";
    const label = swatch.textContent?.trim() ?? "";
    const itemWidth = 18 + label.length * 6.5 + 12;
    if (x + itemWidth > width && x > 0) {
      x = 0;
      y += 16;
    }
    const rect = document.createElementNS(SVG_NS, "rect");
    Object.entries({x, y: y, width: 10, height: 10, fill: color}).forEach(([k, v]) => rect.setAttribute(k, String(v)));
    out.append(rect, text(label, 11, y + 9, "normal", "#333", x + 14));
    x += itemWidth;
  }
  if (swatches.length) y += 20;
  const copy = plot.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("x", "0");
  copy.setAttribute("y", String(y));
  out.append(copy);
  y += chartHeight + 16;
  const lines = wrap(source, Math.max(40, Math.floor(width / 5.6)));
  for (const line of lines) out.append(text(line, 10, (y += 13), "normal", "#555"));
  y += 8;
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(y));
  out.setAttribute("viewBox", `0 0 ${width} ${y}`);
  const background = document.createElementNS(SVG_NS, "rect");
  Object.entries({width, height: y, fill: "white"}).forEach(([k, v]) => background.setAttribute(k, String(v)));
  out.prepend(background);
  return out;
}

/** Serialises the composed SVG with the computed styles Plot puts in its own <style> element. */
export function svgString(svg: SVGSVGElement): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

/** Renders the composed SVG to a PNG at twice its size (sharp on slides). */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  const url = URL.createObjectURL(new Blob([svgString(svg)], {type: "image/svg+xml"}));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("could not render the SVG"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext("2d")!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png")
    );
  } finally {
    URL.revokeObjectURL(url);
  }
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

function text(content: string, size: number, y: number, weight = "normal", fill = "#111", x = 0): SVGTextElement {
  const node = document.createElementNS(SVG_NS, "text");
  node.setAttribute("x", String(x));
  node.setAttribute("y", String(y));
  node.setAttribute("font-size", String(size));
  node.setAttribute("font-weight", weight);
  node.setAttribute("fill", fill);
  node.textContent = content;
  return node;
}

/** Breaks a long source line into lines of at most `max` characters, at spaces. */
export function wrap(content: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of content.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
