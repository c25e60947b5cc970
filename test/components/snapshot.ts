/**
 * File snapshots of rendered components, in the manner of Observable Plot's test/plot-snapshot.js: the element is
 * serialised to markup, generated ids and class names are normalised, numbers with four or more decimals rounded to two (never a date such as 31.12.2023), and the
 * result compared with `test/snapshots/<name>.svg` (or `.html` for widgets that are not SVG).
 *
 *   UPDATE_SNAPSHOTS=1 npx vitest run --project unit test/components     rewrite the snapshots
 *
 * A missing snapshot is written on first run; with CI=true it is an error instead, so CI never passes on a file it
 * just wrote.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

import {expect} from "vitest";

const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), "..", "snapshots");

/** Markup with ids, Plot's per-chart class names and long decimals made stable across runs and machines. */
export function normalise(markup: string): string {
  // Plot names each chart's stylesheet class `plot-<6 hex>`; the occupation picker makes a random id.
  let out = markup
    .replace(/\bplot-[0-9a-f]{6}\b/g, "plot")
    .replace(/(?<!rm-)\boccupation-[a-z0-9]{6}\b/g, "occupation");
  // Generated ids (they hold a counter): renumbered in order of appearance, with every reference to them.
  const ids = [...new Set([...out.matchAll(/\bid="([^"]*\d[^"]*)"/g)].map((m) => m[1]!))];
  ids.forEach((id, i) => (out = out.split(id).join(`id-${i}`)));
  return (
    out
      .replace(/(?<![\d.])-?\d+\.\d{4,}(?![\d.])/g, (n) => String(Math.round(Number(n) * 100) / 100))
      .replace(/></g, ">\n<")
      .trim() + "\n"
  );
}

/** Compares an element's normalised markup with its committed snapshot. */
export function expectSnapshot(name: string, element: Element): void {
  const markup = normalise(element.outerHTML);
  // A chart with a legend is a <figure> (HTML around the SVG), as in Plot's own snapshots.
  const extension = element.tagName.toLowerCase() === "svg" ? "svg" : "html";
  const file = join(SNAPSHOTS, `${name}.${extension}`);
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
    if (!existsSync(file) && process.env.CI === "true") throw new Error(`snapshot ${file} is missing (CI)`);
    mkdirSync(SNAPSHOTS, {recursive: true});
    writeFileSync(file, markup);
    return;
  }
  expect(markup, `${name}: rendered markup differs from ${file} (UPDATE_SNAPSHOTS=1 rewrites it)`).toBe(
    readFileSync(file, "utf8")
  );
}

/** JSDOM has no canvas; Plot draws ramp legends (continuous colour) into one. A stub that yields a data URL. */
export function stubCanvas(): void {
  HTMLCanvasElement.prototype.getContext = function () {
    return {fillRect() {}, fillStyle: ""} as unknown as CanvasRenderingContext2D;
  } as never;
  HTMLCanvasElement.prototype.toDataURL = () => "data:image/png;base64,iVBORw0KGgo=";
}
