// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {embedSnippet, embedUrl, figureId, HEIGHT_MESSAGE, permalink} from "../../src/components/embed.js";

// embed.ts renders nothing of its own (it marks the figure a page shows alone and builds its links), so its test
// checks the links and the id a figure takes; the Figure snapshot (figure.test.ts) shows the menu that uses them.
describe("embed", () => {
  it("takes its id from the card around it, not from Framework's cell ids", () => {
    document.body.innerHTML = `<div id="cell-1"><div class="card" id="svb-trend"><div><figure></figure></div></div></div>`;
    expect(figureId(document.querySelector("figure")!, undefined, "fallback")).toBe("svb-trend");
    document.body.innerHTML = `<div id="cell-1"><figure></figure></div>`;
    expect(figureId(document.querySelector("figure")!, undefined, "fallback")).toBe("fallback");
  });

  it("links keep the page state and drop embed; the embed snippet is an iframe on ?embed=<id>", () => {
    const page = "https://example.org/kreise/15084?year=2022&embed=x#top";
    expect(permalink("svb-trend", page)).toBe("https://example.org/kreise/15084?year=2022#svb-trend");
    expect(embedUrl("svb-trend", page)).toBe("https://example.org/kreise/15084?year=2022&embed=svb-trend");
    expect(embedSnippet("svb-trend", 'SvB "Kreis"', page)).toMatch(
      /^<iframe src="https:\/\/example.org\/kreise\/15084\?year=2022&amp;embed=svb-trend" title="SvB &quot;Kreis&quot;"/
    );
  });

  it("the snippet carries the figure's height and a listener that takes heights only from the site's origin", () => {
    const snippet = embedSnippet("svb-trend", "SvB", "https://example.org/kreise/15084", 517.2);
    const [iframe, script] = snippet.split("\n");
    expect(iframe).toMatch(/ height="518" /);
    expect(iframe).toContain("data-revier-monitor");
    expect(script).toMatch(/^<script>addEventListener\("message".*<\/script>$/);
    expect(script).toContain('e.origin!=="https://example.org"');
    expect(script).toContain(`d.type!=="${HEIGHT_MESSAGE}"`);
  });
});
