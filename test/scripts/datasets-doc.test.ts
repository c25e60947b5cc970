import {readFileSync} from "node:fs";

import {describe, expect, it} from "vitest";

import {DATASETS} from "../../data-loaders/registry.js";
import {DATASETS_DOC, datasetsDoc} from "../../scripts/datasets-doc.js";

describe("docs/datasets.md", () => {
  it("is what `npm run docs` generates from the registry (run it when this fails)", () => {
    expect(readFileSync(DATASETS_DOC, "utf8")).toBe(datasetsDoc());
  });

  it("documents every column of every published dataset with the registry's text", () => {
    const doc = datasetsDoc();
    for (const dataset of DATASETS) {
      expect(doc).toContain(`## \`${dataset.name}\``);
      for (const column of Object.keys(dataset.schema)) expect(doc).toContain(`| \`${column}\` |`);
    }
    const employment = DATASETS.find((d) => d.name === "employment")!;
    const segment = (employment.columns as Record<string, string>).segment!;
    expect(segment).toMatch(/nicht verbinden/);
    expect(doc).toContain(`| \`segment\` | string | ${segment} |`);
  });
});
