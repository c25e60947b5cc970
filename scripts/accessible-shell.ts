/**
 * Accessibility fixes to the page shell Framework 1.13 renders (src/client and render.js are not configurable):
 * - the viewport meta without `maximum-scale=1`, which blocks pinch zoom (WCAG 1.4.4);
 * - a skip link to the main content as the first element of the body (2.4.1), and the main content as its target;
 * - the sidebar toggle named in the page's language ("Toggle sidebar" on German pages, 3.1.2 / 4.1.2), the
 *   navigation named;
 * - the sidebar's close `<label>` moved out of the `<ol>`, where only `<li>` may stand (1.3.1).
 */
import {t} from "../src/shared/i18n/index.js";
import type {Lang} from "../src/shared/i18n/types.js";

export function accessibleShell(html: string, lang: Lang): string {
  const toggle = t(lang, "a11y.toggleSidebar");
  return html
    .replace(
      /<meta name="viewport" content="[^"]*">/,
      '<meta name="viewport" content="width=device-width, initial-scale=1">'
    )
    .replace(/<body>/, `<body>\n<a class="rm-skip-link" href="#observablehq-main">${t(lang, "a11y.skip")}</a>`)
    .replace(/<main id="observablehq-main" /, '<main id="observablehq-main" tabindex="-1" ')
    .replace(
      /<input id="observablehq-sidebar-toggle" type="checkbox" title="[^"]*">/,
      `<input id="observablehq-sidebar-toggle" type="checkbox" title="${toggle}" aria-label="${toggle}">`
    )
    .replace(
      /<nav id="observablehq-sidebar">(\s*)<ol>\s*(<label id="observablehq-sidebar-close"[^>]*><\/label>)/,
      `<nav id="observablehq-sidebar" aria-label="${t(lang, "a11y.navigation")}">$1$2$1<ol>`
    );
}
