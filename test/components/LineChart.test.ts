// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {LineChart} from "../../src/components/LineChart.js";
import {lineBreaks, lineRows} from "../fixtures/components.js";
import {expectSnapshot} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md): two regions, a break in 2022, Region B missing 2021, one rounded value.
const values = () =>
  LineChart(lineRows, {width: 640, lang: "de", breaks: lineBreaks, zero: true, rounded: "rounded", missing: true});
const index = () =>
  LineChart(lineRows, {width: 640, lang: "en", y: "index", baseYear: 2019, breaks: lineBreaks, highlight: "Region A"});
const svgOf = (chart: Element) => (chart.tagName === "svg" ? chart : chart.querySelector(":scope > svg")!);

describe("LineChart", () => {
  it("renders values (rounded, missing, break) as in test/snapshots/LineChart", () => {
    expectSnapshot("LineChart", values());
  });

  it("renders an index chart in English as in test/snapshots/LineChart-index", () => {
    expectSnapshot("LineChart-index", index());
  });

  it("never bridges a break or a gap: Region A has two lines, Region B three (2021 is missing)", () => {
    // Region A: 2019–2021 (alt) + 2022 (neu); Region B: 2019–2020, 2021 gap, 2022 (neu).
    const paths = svgOf(values()).querySelectorAll("g[aria-label=line] path");
    expect(paths.length).toBe(4);
    // The lone 2022 points are drawn as dots, Region A's rounded 2019 as a hollow dot, 2021 of B on the axis.
    expect(svgOf(values()).querySelectorAll("g[aria-label=dot] circle").length).toBe(2 + 1 + 1);
  });

  it("colours series in the order the rows list them, so a series keeps its colour in both languages", () => {
    // German names sort "Arbeitsort" < "Wohnort", English ones "residence" < "workplace": same rows, other names.
    const rows = (workplace: string, residence: string) =>
      [2020, 2021].flatMap((year) => [
        {name: workplace, year, value: 10 + year - 2020},
        {name: residence, year, value: 20 + year - 2020}
      ]);
    const german = LineChart(rows("Arbeitsort", "Wohnort"), {width: 400, lang: "de"});
    const english = LineChart(rows("workplace", "residence"), {width: 400, lang: "en"});
    const swatchLabels = (chart: Element) =>
      [...chart.querySelectorAll("[class$=-swatch]")].map((s) => s.textContent?.trim());
    expect(swatchLabels(german)).toEqual(["Arbeitsort", "Wohnort"]);
    expect(swatchLabels(english)).toEqual(["workplace", "residence"]);
    const legendColours = (chart: Element) =>
      [...chart.querySelectorAll("[class$=-swatch] svg")].map(
        (s) => s.getAttribute("fill") ?? s.querySelector("rect")?.getAttribute("fill")
      );
    expect(legendColours(english)).toEqual(legendColours(german));
  });

  it("paints every series in an explicit hex colour and shows the same colours in the legend", () => {
    const chart = values();
    const strokes = [...svgOf(chart).querySelectorAll("g[aria-label=line] path")].map((p) => p.getAttribute("stroke"));
    for (const stroke of strokes) expect(stroke).toMatch(/^#[0-9a-f]{6}$/);
    const swatches = [...chart.querySelectorAll("[class$=-swatch] svg")].map(
      (s) => s.getAttribute("fill") ?? s.querySelector("rect")?.getAttribute("fill")
    );
    expect(new Set(swatches)).toEqual(new Set(strokes));
  });

  it("marks the index base with a rule at 100 and names it on the axis", () => {
    const svg = svgOf(index());
    expect(svg.textContent).toContain("Index (2019 = 100)");
    expect(svg.querySelector("g[aria-label=rule]")).not.toBeNull();
  });

  it("writes the reference date in the tooltip in the chart's language (30.06.2021 / 30 Jun 2021)", () => {
    // The title of Region B's missing 2021 value (the pointer tip uses the same text).
    const titles = (lang: "de" | "en") =>
      [
        ...svgOf(LineChart(lineRows, {width: 640, lang, datePrefix: "30.06.", missing: true})).querySelectorAll("title")
      ].map((title) => title.textContent ?? "");
    expect(titles("de").some((title) => title.includes("30.06.2021:"))).toBe(true);
    expect(titles("en").some((title) => title.includes("30 Jun 2021:"))).toBe(true);
    expect(titles("en").some((title) => title.includes("30.06."))).toBe(false);
  });

  it("with symbols, tells series apart by shape as well as colour, in the chart and in the legend (WCAG 1.4.1)", () => {
    // Made-up values: three series over three years.
    const rows = [2020, 2021, 2022].flatMap((year) =>
      ["A", "B", "C"].map((name, i) => ({name, year, value: i + year - 2020}))
    );
    const chart = LineChart(rows, {width: 400, lang: "de", symbols: true});
    const shapes = (selector: string) =>
      [...chart.querySelectorAll(selector)].map(
        (p) => `${p.closest("[stroke]")!.getAttribute("stroke")} ${p.getAttribute("d")!.slice(0, 12)}`
      );
    const legend = shapes("[class$=-swatch] path");
    expect(legend.length).toBe(3);
    expect(new Set(legend.map((s) => s.split(" ")[1])).size).toBe(3);
    expect(new Set(legend.map((s) => s.split(" ")[0]))).toEqual(new Set(["#4269d0", "#d0562c", "#2e8540"]));
    // Every value is marked: 3 series × 3 years.
    expect(svgOf(chart).querySelectorAll("g[aria-label=dot] path").length).toBe(9);
  });
});
