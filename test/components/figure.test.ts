// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {Figure} from "../../src/components/figure.js";
import {composeSvg, wrap} from "../../src/components/export.js";
import {LineChart} from "../../src/components/LineChart.js";
import {toCsv} from "../../src/lib/csv.js";
import {lineBreaks, lineRows} from "../fixtures/components.js";
import {expectSnapshot} from "./snapshot.js";

// Made-up rows for rendering tests; not official figures.
const rows = [
  {name: "Region A", year: 2020, index: 100},
  {name: "Region A", year: 2021, index: 101.5},
  {name: "Region B", year: 2020, index: 100},
  {name: "Region B", year: 2021, index: 98},
  {name: "Region B", year: 2022, index: null}
];
const columns = [
  {label: "Region", value: (d: (typeof rows)[number]) => d.name},
  {label: "Index", value: (d: (typeof rows)[number]) => d.index, digits: 1}
];
const meta = {
  title: "Testgrafik",
  subtitle: "Index 2020 = 100",
  source: "Quelle: erfunden für den Test; eigene Berechnung",
  description: "Zwei erfundene Reihen."
};

describe("Figure", () => {
  it("renders title, unit line, chart, table view, source line and menu as in test/snapshots/Figure", () => {
    // The shared made-up fixture (test/fixtures/components.ts): Region A and B 2019–2022, B missing 2021.
    const figure = Figure(
      LineChart(lineRows, {width: 640, lang: "de", breaks: lineBreaks, zero: true, missing: true}),
      lineRows,
      [
        {label: "Region", value: (d) => d.name},
        {label: "Jahr", value: (d) => String(d.year)},
        {label: "Einwohner", value: (d) => d.value}
      ],
      {...meta, subtitle: "Personen, Stichtag 31.12.", filename: "test", id: "test", lang: "de"}
    );
    expectSnapshot("Figure", figure);
  });

  it("shows title, unit line, source line and an accessible chart", () => {
    const figure = Figure(LineChart(rows, {y: "index", baseYear: 2020, width: 500}), rows, columns, meta);
    expect(figure.querySelector("h2")?.textContent).toBe("Testgrafik");
    expect(figure.querySelector("h3")?.textContent).toBe("Index 2020 = 100");
    expect(figure.querySelector("figcaption")?.textContent).toContain("eigene Berechnung");
    const chart = figure.querySelector("[role=img]");
    expect(chart?.getAttribute("aria-label")).toContain("Testgrafik");
    expect(figure.querySelector("svg")).not.toBeNull();
  });

  it("says 'keine Daten' in the table view where a value is missing, and formats numbers in German", () => {
    const figure = Figure(LineChart(rows, {y: "index", baseYear: 2020, width: 500}), rows, columns, meta);
    const cells = [...figure.querySelectorAll("td")].map((td) => td.textContent);
    expect(cells).toContain("101,5");
    expect(cells).toContain("keine Daten");
    expect(cells).not.toContain("0");
  });
});

describe("LineChart as an index chart", () => {
  it("draws one line per region and segment and a reference rule at 100", () => {
    const chart = LineChart(rows, {y: "index", baseYear: 2020, width: 500});
    const svg = chart.tagName === "svg" ? chart : chart.querySelector(":scope > svg")!;
    expect(svg.querySelectorAll("[aria-label='line'] path").length).toBe(2);
    const years = [...svg.querySelectorAll("[aria-label='x-axis tick label'] text")].map((t) => t.textContent);
    expect(years).toEqual(["2020", "2021", "2022"]);
    expect(svg.textContent).toContain("Index (2020 = 100)");
  });
});

describe("exports", () => {
  it("CSV carries title, unit, source and leaves missing values empty (never 0)", () => {
    const csv = toCsv(rows, columns, meta);
    const lines = csv.replace("\ufeff", "").split("\r\n");
    expect(lines.slice(0, 3)).toEqual(["# Testgrafik", "# Index 2020 = 100", "# " + meta.source]);
    expect(lines).toContain("Region A;101,5");
    expect(lines).toContain("Region B;98,0");
    expect(lines).toContain("Region B;");
  });

  it("the exported SVG contains the title, the unit line and the whole source line", () => {
    const chart = LineChart(rows, {y: "index", baseYear: 2020, width: 500});
    const svg = composeSvg(chart, meta);
    const text = [...svg.querySelectorAll(":scope > text")].map((t) => t.textContent).join(" ");
    expect(text).toContain("Testgrafik");
    expect(text).toContain("Index 2020 = 100");
    expect(text).toContain("eigene Berechnung");
    expect(svg.querySelector("svg.rm-export-chart")?.getAttribute("width")).toBe("500");
  });

  it("wraps a long source line at spaces without losing words", () => {
    const line = "Quelle: Statistische Ämter des Bundes und der Länder, Regionaldatenbank, Tabelle 12411-01-01-4";
    const lines = wrap(line, 30);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join(" ")).toBe(line);
  });
});
