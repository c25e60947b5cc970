import {inflateSync} from "node:zlib";

import {describe, expect, it} from "vitest";

import {palettePng} from "../../../scripts/prerender/png.js";
import {fillSlots} from "../../../scripts/prerender/slots.js";
import {shortSourceLine} from "../../../src/shared/sources.js";

// A made-up page in the shape Framework 1.13 writes: each `${…}` is an empty placeholder before its root comment.
const page = `<!DOCTYPE html><html lang="de"><head><title>x</title></head><body><main>
<h1><observablehq-loading></observablehq-loading><!--:aaaaaaaa:--></h1>
<div class="card" id="c"><h2><observablehq-loading></observablehq-loading><!--:bbbbbbbb:--></h2>
<observablehq-loading></observablehq-loading><!--:cccccccc:--><observablehq-loading></observablehq-loading><!--:dddddddd:--></div>
<script type="module">define({id: "aaaaaaaa"});</script></main></body></html>`;

const svg = (width: number, height: number) =>
  `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><circle r="2"></circle></svg>`;

describe("fillSlots", () => {
  it("writes text and markup into the placeholders in order, keeping the root comments and scripts", () => {
    const chart = new DOMParserLike(`<div><button>PNG</button>${svg(560, 320)}${svg(230, 140)}</div>`);
    const out = fillSlots(page, {h1: ["Burgenlandkreis"], "#c": ["Titel", null, chart.node]}, "test.html", {
      chartWidth: 560
    });
    expect(out).toContain(
      '<h1><observablehq-loading class="rm-prerendered">Burgenlandkreis</observablehq-loading><!--:aaaaaaaa:--></h1>'
    );
    expect(out).toContain("<observablehq-loading></observablehq-loading><!--:cccccccc:-->");
    expect(out).toContain('<script type="module">define({id: "aaaaaaaa"});</script>');
    // Controls are disabled; the chart drawn at the build's width fills the card at its height, the small one stays.
    expect(out).toContain('<button disabled="">PNG</button>');
    expect(out).toContain('style="width: 100%; height: 320px;"');
    expect(out).toMatch(/<svg width="230" height="140" viewBox="0 0 230 140">/);
  });

  it("fails, naming the page, when the page has a different number of placeholders", () => {
    expect(() => fillSlots(page, {"#c": ["only one"]}, "kreise/15084.html")).toThrow(
      'kreise/15084.html: 3 placeholders in "#c", the prerender has 1 values'
    );
  });

  it("leaves out print-only parts and the rows of a collapsed table view", () => {
    const node = new DOMParserLike(
      '<figure><p class="rm-print-only">print</p><details class="rm-table-view"><summary>Tabelle</summary><table><tr><td>1</td></tr></table></details></figure>'
    ).node;
    const out = fillSlots(page, {h1: [node]}, "test.html");
    expect(out).toContain('<details class="rm-table-view"><summary>Tabelle</summary></details>');
    expect(out).not.toContain("print");
  });
});

/** An element parsed from markup (the test runs in Node; the prerender's DOM is jsdom's). */
class DOMParserLike {
  node: Element;
  constructor(markup: string) {
    this.node = {outerHTML: markup, textContent: ""} as unknown as Element;
  }
}

describe("palettePng", () => {
  it("encodes an opaque image as a 16-colour palette PNG of the same size, pixels mapped to their nearest colour", () => {
    const width = 5;
    const height = 3;
    const pixels = new Uint8Array(width * height * 4).fill(255);
    // Two dark blue pixels on white (made up).
    for (const i of [6, 7]) pixels.set([30, 60, 200, 255], i * 4);
    const png = palettePng(pixels, width, height);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(width);
    expect(png.readUInt32BE(20)).toBe(height);
    expect([png[24], png[25]]).toEqual([4, 3]);
    const plteStart = png.indexOf("PLTE") + 4;
    expect([...png.subarray(plteStart, plteStart + 6)]).toEqual([255, 255, 255, 30, 60, 200]);
    const idat = png.indexOf("IDAT");
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    // Row 1 (filter byte, then 3 bytes of 4-bit indices): pixels 5..9 are white, blue, blue, white, white.
    expect([...raw.subarray(4, 8)]).toEqual([0, 0x01, 0x10, 0x00]);
  });
});

describe("shortSourceLine", () => {
  it("names publishers, table numbers, licence and own calculation in one line", () => {
    expect(shortSourceLine(["rdb-12411-01-01-4-2017", "gv-2016"], {computed: true, lang: "de"})).toBe(
      "Quelle: Statistische Ämter des Bundes und der Länder, Destatis; Tabelle 12411-01-01-4; dl-de/by-2-0; eigene Berechnung"
    );
    expect(shortSourceLine(["ba-kldb-employees-workplace"], {lang: "en"})).toBe(
      "Source: Statistik der Bundesagentur für Arbeit; © Statistik der Bundesagentur für Arbeit"
    );
  });
});
