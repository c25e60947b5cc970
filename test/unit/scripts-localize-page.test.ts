import {describe, expect, it} from "vitest";

import {localizePage, relativeHref, routeOfFile} from "../../scripts/localize-page.js";

// A trimmed copy of what Framework 1.13.4 writes for /en/vergleich (made up: two navigation entries, one heading).
const page = `<!DOCTYPE html>
<html>
<head><title>Vergleich | Revier-Monitor</title></head>
<body>
<nav id="observablehq-sidebar">
  <ol>
    <li class="observablehq-link"><a href="../">Revier-Monitor</a></li>
  </ol>
  <ol>
    <li class="observablehq-link"><a href="../bevoelkerung">Bevölkerung</a></li>
    <li class="observablehq-link"><a href="../vergleich">Vergleich</a></li>
    <li class="observablehq-link"><a href="../daten">Daten und Quellen</a></li>
  </ol>
</nav>
<aside id="observablehq-toc" data-selector="h2">
<nav>
<div>Inhalt</div>
</nav>
</aside>
</body>
</html>`;

describe("localizePage", () => {
  it("sets lang=de on German pages and changes nothing else", () => {
    const {html} = localizePage(page, "vergleich.html");
    expect(html).toBe(page.replace("<html>", '<html lang="de">'));
  });

  it("puts an English page's title, navigation, links and TOC label into English", () => {
    const {html, untranslated} = localizePage(page, "en/vergleich.html");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<title>Comparison | Revier-Monitor</title>");
    expect(html).toContain('<li class="observablehq-link"><a href="./">Revier-Monitor</a></li>');
    expect(html).toContain('<li class="observablehq-link"><a href="./bevoelkerung">Population</a></li>');
    expect(html).toContain(
      '<li class="observablehq-link observablehq-link-active"><a href="./vergleich">Comparison</a></li>'
    );
    expect(html).toContain('<a href="./daten">Data and sources</a>');
    expect(html).toContain("<div>Contents</div>");
    expect(untranslated).toEqual([]);
  });

  it("reports titles without an English entry", () => {
    const {untranslated} = localizePage(page.replace("Vergleich |", "Unbekannt |"), "en/vergleich.html");
    expect(untranslated).toEqual(["Unbekannt"]);
  });
});

describe("routes and relative links", () => {
  it("maps dist files to routes", () => {
    expect(routeOfFile("en/index.html")).toBe("/en/");
    expect(routeOfFile("en/kreise/15084.html")).toBe("/en/kreise/15084");
    expect(routeOfFile("index.html")).toBe("/");
  });

  it("writes links relative to the page", () => {
    expect(relativeHref("/en/kreise/15084", "/en/")).toBe("../");
    expect(relativeHref("/en/kreise/15084", "/en/vergleich")).toBe("../vergleich");
    expect(relativeHref("/en/", "/en/kreise/")).toBe("./kreise/");
    expect(relativeHref("/en/bevoelkerung", "/en/bevoelkerung")).toBe("./bevoelkerung");
  });
});
