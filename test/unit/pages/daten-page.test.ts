import {describe, expect, it} from "vitest";

import {buildCatalog} from "../../../data-loaders/catalog.js";
import {datenPage, wrapTables} from "../../../data-loaders/pages/daten-page.js";
import {DATASETS} from "../../../data-loaders/registry.js";

describe("the /daten page", () => {
  const markdown = datenPage(buildCatalog());

  it("links every registered dataset for download and lists its columns", () => {
    for (const dataset of DATASETS) {
      expect(markdown).toContain(`href="/data/${dataset.name}.parquet" download`);
      for (const column of Object.keys(dataset.schema)) expect(markdown).toContain(`\`${column}\``);
    }
  });

  it("never uses a bare FileAttachment (Framework would fetch its Parquet parser from jsDelivr)", () => {
    const calls = [...markdown.matchAll(/FileAttachment\("[^"]*"\)(\.\w+)?/g)];
    expect(calls.length).toBe(DATASETS.length);
    for (const call of calls) expect(call[1]).toBe(".arrayBuffer");
  });

  it("names every source with its licence", () => {
    const catalog = buildCatalog();
    for (const source of catalog.sources) expect(markdown).toContain(source.table);
    expect(markdown).toContain("dl-de/by-2-0");
  });
});

describe("wrapTables", () => {
  it("puts each markdown table into a focusable region named after the heading above it", () => {
    const md = "### Standortquotient\nText\n| a | b |\n|---|---|\n| 1 | 2 |\nMehr Text";
    expect(wrapTables(md)).toBe(
      '### Standortquotient\nText\n\n<div class="rm-scroll" tabindex="0" role="region" aria-label="Standortquotient">\n\n' +
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n</div>\nMehr Text"
    );
  });
});
