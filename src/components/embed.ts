/**
 * Links to one figure and embeds of one figure.
 *
 * - `?embed=<figure-id>` on any page shows only that figure (title, chart, source line, a link back to the full
 *   page). This module sets the class `rm-embed` on <html> as soon as it is imported (every page with a figure
 *   imports it through figure.ts); style.css then hides the header, sidebar, intro, inputs and every other card.
 * - A figure's id is the id of the card that holds it (`<div class="card" id="population-trend">`), so that the
 *   anchors pages already have keep working; `#<figure-id>` scrolls to the figure once it has rendered (the
 *   browser jumps before the charts exist and lands far off).
 * - An embedded figure posts its height to the embedding page (`{type: "revier-monitor:height", id, height}`)
 *   whenever it changes; the snippet's optional listener sets the iframe's height from it, so that nothing is cut
 *   and no inner scrollbar appears. Without the listener the iframe keeps the height the snippet computed for the
 *   figure.
 */
const embedParam = "embed";
/** The message type an embedded figure posts its height with. */
export const HEIGHT_MESSAGE = "revier-monitor:height";

function currentUrl(): URL | undefined {
  return typeof location === "undefined" ? undefined : new URL(location.href);
}

/** The id of the figure this page is to show alone, or null for the full page. */
export const embedId: string | null = currentUrl()?.searchParams.get(embedParam) ?? null;
if (embedId && typeof document !== "undefined") {
  document.documentElement.classList.add("rm-embed");
  // Mark the card as soon as its cell has put it on the page: everything else is hidden, and a hidden card would
  // have no width, so Framework's resize() would never draw the chart in it.
  const mark = () => {
    const card = document.getElementById(embedId);
    if (card && !card.classList.contains("rm-embed-target")) card.classList.add("rm-embed-target");
  };
  new MutationObserver(mark).observe(document.documentElement, {childList: true, subtree: true});
  mark();
  if (typeof window !== "undefined" && window.parent !== window && typeof ResizeObserver !== "undefined") {
    let posted = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === posted) return;
      posted = height;
      window.parent.postMessage({type: HEIGHT_MESSAGE, id: embedId, height}, "*");
    };
    new ResizeObserver(post).observe(document.documentElement);
  }
}

/** The page's URL with its current state (query), without `embed`, pointing at the figure. */
export function permalink(id: string, href = location.href): string {
  const url = new URL(href);
  url.searchParams.delete(embedParam);
  url.hash = id;
  return url.href;
}

/** The URL that shows only this figure, with the page's current state. */
export function embedUrl(id: string, href = location.href): string {
  const url = new URL(href);
  url.searchParams.set(embedParam, id);
  url.hash = "";
  return url.href;
}

/**
 * A copyable snippet for the figure: an <iframe> with the height the figure needs (`height`, measured on the page),
 * followed by an optional one-line listener that resizes the iframe to the height the figure posts (it accepts
 * messages only from this site's origin). Without the script the iframe works as is.
 */
export function embedSnippet(id: string, title: string, href = location.href, height = 560): string {
  const attr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const origin = new URL(href).origin;
  const iframe = `<iframe src="${attr(embedUrl(id, href))}" title="${attr(title)}" width="100%" height="${Math.ceil(height)}" style="border:0;max-width:960px;display:block" loading="lazy" data-revier-monitor></iframe>`;
  const listener =
    `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!=="${origin}"||!d||d.type!=="${HEIGHT_MESSAGE}")return;` +
    `document.querySelectorAll("iframe[data-revier-monitor]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})});</script>`;
  return `${iframe}\n${listener}`;
}

/**
 * The height an embedded figure needs: what it shows in the embed view (title, unit line, chart, notes, source
 * line, link back) measured on the page, with room for texts that wrap onto more lines in a narrower frame.
 */
export function embedHeight(figure: HTMLElement): number {
  const hidden = ".rm-tools, .rm-share, .rm-table-view, .rm-embed-link";
  const shown = [...figure.children].filter((child) => !child.matches(hidden) && !(child as HTMLElement).hidden);
  const content = shown.reduce((sum, child) => sum + child.getBoundingClientRect().height, 0);
  const texts = shown.filter((child) => /^(H2|H3|P|FIGCAPTION)$/.test(child.tagName));
  const textHeight = texts.reduce((sum, child) => sum + child.getBoundingClientRect().height, 0);
  // Margins between the parts, the link back (one line), the frame's padding; texts at up to 1.5× their lines.
  return Math.max(200, Math.round(content + 0.5 * textHeight + 12 * shown.length + 60));
}

/**
 * The figure's id: the explicit one, else the id of the nearest enclosing element that a page gave an id (the
 * card), skipping Framework's generated cell ids; else the fallback (a slug of the title).
 */
export function figureId(figure: Element, explicit: string | undefined, fallback: string): string {
  if (explicit) return explicit;
  for (let node = figure.parentElement; node; node = node.parentElement) {
    if (node.id && !/^(cell-|observablehq-)/.test(node.id)) return node.id;
  }
  return fallback;
}

const schedule: (callback: () => void) => void =
  typeof requestAnimationFrame === "function" ? (f) => requestAnimationFrame(() => f()) : (f) => setTimeout(f, 16);

/** Calls back once the node is in the document (Framework inserts a cell's output after the cell has run). */
export function whenAttached(node: Element, callback: () => void, tries = 600): void {
  if (node.isConnected) callback();
  else if (tries > 0) schedule(() => whenAttached(node, callback, tries - 1));
}

let scrolled = false;
let userScrolled = false;
if (typeof window !== "undefined") {
  for (const type of ["wheel", "touchstart", "keydown", "mousedown"]) {
    window.addEventListener(type, () => (userScrolled = true), {once: true, passive: true});
  }
}

/** Marks the figure for the embed view and scrolls to it when the URL's hash names it. */
export function registerFigure(figure: HTMLElement, id: string): void {
  figure.dataset.figureId = id;
  if (embedId !== null && embedId === id) figure.classList.add("rm-embed-target");
  const hash = typeof location === "undefined" ? "" : decodeURIComponent(location.hash.slice(1));
  if (!embedId && hash === id && !scrolled) {
    scrolled = true;
    const target = document.getElementById(id) ?? figure;
    target.scrollIntoView({block: "start"});
    // Charts and cards above may still be rendering and push the figure down: follow it whenever the page grows,
    // for up to 10 s and only until the reader scrolls by hand.
    if (typeof ResizeObserver !== "undefined") {
      const follow = new ResizeObserver(() => {
        if (!userScrolled) target.scrollIntoView({block: "start"});
      });
      follow.observe(document.body);
      setTimeout(() => follow.disconnect(), 10_000);
    }
  }
}

/** Copies text to the clipboard; resolves false where the browser refuses (the text stays visible to copy). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
