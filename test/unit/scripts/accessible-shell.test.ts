import {describe, expect, it} from "vitest";

import {accessibleShell} from "../../../scripts/accessible-shell.js";

// The shell as Framework 1.13.4 renders it (src/render.js), shortened to the parts the post-processing touches.
const framework = `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
</head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<label id="observablehq-sidebar-backdrop" for="observablehq-sidebar-toggle"></label>
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link"><a href="./">Revier-Monitor</a></li>
  </ol>
</nav>
<div id="observablehq-center">
<main id="observablehq-main" class="observablehq">
<h1>Titel</h1></main>
</div>
</body>
</html>`;

describe("accessibleShell", () => {
  const german = accessibleShell(framework, "de");
  const english = accessibleShell(framework, "en");

  it("allows pinch zoom: no maximum-scale in the viewport", () => {
    expect(german).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(german).not.toContain("maximum-scale");
  });

  it("puts a skip link to the main content first in the body, in the page's language", () => {
    expect(german).toMatch(/<body>\n<a class="rm-skip-link" href="#observablehq-main">Zum Inhalt springen<\/a>/);
    expect(english).toContain(">Skip to content</a>");
    expect(german).toContain('<main id="observablehq-main" tabindex="-1" class="observablehq">');
  });

  it("names the sidebar toggle in German on German pages and in English on English ones", () => {
    expect(german).toContain('title="Navigation ein- und ausblenden" aria-label="Navigation ein- und ausblenden"');
    expect(english).toContain('aria-label="Toggle navigation"');
    expect(german).not.toContain("Toggle sidebar");
  });

  it("leaves only <li> inside the sidebar's list: the close label stands before the <ol>", () => {
    const nav = /<nav id="observablehq-sidebar"[^>]*>([\s\S]*?)<\/nav>/.exec(german)![1]!;
    const list = /<ol>([\s\S]*?)<\/ol>/.exec(nav)![1]!;
    expect(list).not.toContain("<label");
    expect(nav.indexOf('<label id="observablehq-sidebar-close"')).toBeLessThan(nav.indexOf("<ol>"));
    expect(german).toContain('<nav id="observablehq-sidebar" aria-label="Hauptnavigation">');
  });
});
