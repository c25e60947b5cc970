import {describe, expect, it} from "vitest";

import {
  findCycles,
  importGraph,
  importsOf,
  layerViolations,
  pageLayerViolations,
  resolveImport
} from "../../scripts/check-imports.js";

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe("findCycles", () => {
  it("finds no circle in src/, data-loaders/, scripts/ and observablehq.config.ts", () => {
    const modules = importGraph();
    // The graph sees the real edges (else "no circle" would be vacuous).
    expect(modules.get("data-loaders/build-all.ts")).toContain("data-loaders/registry.ts");
    expect(modules.get("observablehq.config.ts")).toContain("data-loaders/site-paths.ts");
    expect(findCycles(modules)).toEqual([]);
  });

  it("reports a two-module circle such as registry ↔ build-all as one cycle", () => {
    const cycles = findCycles(graph({"build-all.ts": ["registry.ts"], "registry.ts": ["build-all.ts"], "x.ts": []}));
    expect(cycles).toEqual([["build-all.ts", "registry.ts", "build-all.ts"]]);
  });

  it("reports a longer circle through the alphabetically first module, and a module importing itself", () => {
    const cycles = findCycles(
      graph({"a.ts": ["b.ts"], "b.ts": ["c.ts"], "c.ts": ["a.ts", "d.ts"], "d.ts": [], "e.ts": ["e.ts"]})
    );
    expect(cycles).toEqual([
      ["a.ts", "b.ts", "c.ts", "a.ts"],
      ["e.ts", "e.ts"]
    ]);
  });

  it("accepts a diamond (two paths to one module are no circle)", () => {
    expect(findCycles(graph({"a.ts": ["b.ts", "c.ts"], "b.ts": ["d.ts"], "c.ts": ["d.ts"], "d.ts": []}))).toEqual([]);
  });
});

describe("importsOf", () => {
  it("counts type-only, re-export and dynamic imports, but not import text inside a template string", () => {
    const file = new URL("../../src/shared/unemployment.ts", import.meta.url).pathname;
    const text = [
      'import type {OverviewRow} from "./rows.js";',
      'export {numberLocale} from "./locale.js";',
      'const later = () => import("./regions.js");',
      'const page = `import {nothing} from "./sources.js";`;'
    ].join("\n");
    expect(importsOf(file, text).map((p) => p.split("/src/shared/")[1])).toEqual([
      "rows.ts",
      "locale.ts",
      "regions.ts"
    ]);
  });

  it("resolves ./x.js to x.ts and ignores packages", () => {
    const file = new URL("../../src/shared/unemployment.ts", import.meta.url).pathname;
    expect(resolveImport(file, "./indicators/index.js")?.endsWith("src/shared/indicators/index.ts")).toBe(true);
    expect(resolveImport(file, "d3")).toBeUndefined();
  });
});

describe("layerViolations", () => {
  it("finds data-loaders/ and src/shared/ importing nothing of the project but src/shared/", () => {
    const modules = importGraph();
    // Real edges into src/shared exist (else an empty result would be vacuous).
    expect(modules.get("data-loaders/datasets/employment.ts")).toContain("src/shared/breaks.ts");
    expect(modules.get("src/shared/sources.ts")).toContain("src/shared/i18n/index.ts");
    expect(layerViolations(modules)).toEqual([]);
  });

  it("names a loader that imports src/lib and a shared module that imports a component", () => {
    const modules = graph({
      "data-loaders/datasets/x.ts": ["data-loaders/dataset.ts", "src/shared/rows.ts", "src/lib/region-picker.ts"],
      "src/shared/regions.ts": ["src/shared/rows.ts", "src/components/figure.ts"],
      "src/lib/overview.ts": ["src/shared/rows.ts", "src/lib/labels.ts"]
    });
    expect(layerViolations(modules)).toEqual([
      "data-loaders/datasets/x.ts → src/lib/region-picker.ts",
      "src/shared/regions.ts → src/components/figure.ts"
    ]);
  });
});

describe("pageLayerViolations", () => {
  it("finds no page that imports data-loaders/", () => {
    expect(pageLayerViolations()).toEqual([]);
  });
});
