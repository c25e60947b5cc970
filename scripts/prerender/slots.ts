/**
 * Writes prerendered content into a built page. Framework 1.13 marks where each `${…}` expression of a page will
 * appear with an empty `<observablehq-loading>` element; the runtime removes that element in the same step in which
 * it inserts the live value (client/main.js: `clear(root)` then `displayNode`). Content put inside the placeholder is
 * therefore shown until the live value replaces it, with no script of ours and nothing to hash. The class
 * `rm-prerendered` (style.css) lays the placeholder out as its content (`display: contents`, no spinner).
 *
 * `Slots` maps a CSS selector to the values of the placeholders inside the matching elements, in document order
 * (null leaves one empty). A count that does not match the page is an error naming the page: the page was changed
 * and the prerender must follow.
 */
import {JSDOM} from "jsdom";

export type Slot = string | Node | null;

/**
 * What the prerender leaves out: it takes no room on screen (print-only parts, the rows of a collapsed table view,
 * the items of a closed menu), and 800 profiles would carry it at 40 kB each (dist/ has a size budget, issue 18).
 * The live page has all of it.
 */
export const STRIP = ".rm-print-only, details.rm-table-view > :not(summary), .rm-menu-items > *";
export type Slots = Record<string, readonly Slot[]>;

export function fillSlots(
  html: string,
  slots: Slots,
  page: string,
  {chartWidth, strip = STRIP}: {chartWidth?: number; strip?: string} = {}
): string {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  for (const [selector, values] of Object.entries(slots)) {
    const placeholders = [...doc.querySelectorAll(selector)].flatMap((c) => [
      ...c.querySelectorAll("observablehq-loading")
    ]);
    if (placeholders.length !== values.length) {
      throw new Error(
        `${page}: ${placeholders.length} placeholders in "${selector}", the prerender has ${values.length} values`
      );
    }
    placeholders.forEach((placeholder, i) => {
      const value = values[i];
      if (value === null || value === undefined) return;
      placeholder.classList.add("rm-prerendered");
      if (typeof value === "string") placeholder.textContent = value;
      else placeholder.innerHTML = (value as Element).outerHTML ?? value.textContent ?? "";
      // Controls do nothing until the page's script replaces them.
      for (const control of placeholder.querySelectorAll("button, select, input, textarea")) {
        control.setAttribute("disabled", "");
      }
      if (chartWidth) fixChartHeights(placeholder, chartWidth);
      for (const node of placeholder.querySelectorAll(strip)) node.remove();
      roundCoordinates(placeholder);
    });
  }
  const filled = dom.serialize();
  // One document per page: closing its window frees it (without, 800 profiles ran the postbuild out of its 4 GB heap).
  dom.window.close();
  return filled;
}

/**
 * A chart drawn at the build's width (`chartWidth`) fills the card's width at its own height, as the live chart will: its
 * `viewBox` scales the drawing, the height stays, so nothing below it moves when it is replaced.
 */
function fixChartHeights(root: Element, chartWidth: number): void {
  for (const svg of root.querySelectorAll("svg[viewBox]")) {
    const height = Number(svg.getAttribute("height"));
    // Only the charts drawn at the build's width (those the page draws at the card's width); fixed-size ones stay.
    if (Number(svg.getAttribute("width")) !== chartWidth || !(height > 0)) continue;
    (svg as SVGElement).style.width = "100%";
    (svg as SVGElement).style.height = `${height}px`;
  }
}

/** Plot writes coordinates at full precision (`cy="137.6954445458619"`); a tenth of a pixel is as sharp and 40 % shorter. */
function roundCoordinates(root: Element): void {
  for (const node of root.querySelectorAll("svg *")) {
    for (const name of ["cx", "cy", "x", "y", "x1", "x2", "y1", "y2", "d", "transform", "points"]) {
      const value = node.getAttribute(name);
      if (value && /\d\.\d{2}/.test(value)) {
        node.setAttribute(
          name,
          value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
        );
      }
    }
  }
}
