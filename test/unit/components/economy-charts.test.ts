// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {BarList} from "../../../src/components/BarList.js";
import {CommuterChart} from "../../../src/components/CommuterChart.js";
import {PortfolioChart} from "../../../src/components/PortfolioChart.js";
import {LineChart} from "../../../src/components/LineChart.js";

// Made-up values for rendering tests; not official figures.
const texts = (node: Element) => [...node.querySelectorAll("text")].map((t) => t.textContent ?? "");
const rectWidths = (node: Element) => [...node.querySelectorAll("rect")].map((r) => Number(r.getAttribute("width")));

describe("BarList", () => {
  const rows = [
    {label: "Land- und Forstwirtschaft, Fischerei (A)", value: 2.68},
    {label: "Information und Kommunikation (J)", value: 0.5},
    {label: "Finanz- und Versicherungsdienstleistungen (K)", value: null, note: "(gesperrt)"}
  ];

  it("writes the values in German format and 'keine Daten (gesperrt)' where a value is suppressed, drawing no bar for it", () => {
    const chart = BarList(rows, {width: 600, xLabel: "Standortquotient", baseline: 1, type: "log", digits: 2});
    expect(texts(chart)).toContain("2,68");
    expect(texts(chart)).toContain("0,50");
    expect(texts(chart)).toContain("keine Daten (gesperrt)");
    expect(chart.querySelectorAll("g[aria-label=bar] rect")).toHaveLength(2);
  });

  it("keeps every bar's width positive in a narrow card and shortens long labels", () => {
    const chart = BarList(rows, {width: 140, xLabel: "Standortquotient", baseline: 1, type: "log"});
    expect(rectWidths(chart).every((w) => w >= 0)).toBe(true);
    expect(texts(chart).some((t) => t.endsWith("…"))).toBe(true);
  });

  it("draws negative values to the left of the baseline", () => {
    const chart = BarList(
      [
        {label: "Deutschland", value: -12.5},
        {label: "Land", value: 4.7}
      ],
      {width: 500, xLabel: "pp", digits: 1}
    );
    expect(texts(chart)).toContain("\u221212,5");
  });
});

describe("CommuterChart", () => {
  it("draws in, out and a negative balance per year, and 'keine Daten' for an empty year", () => {
    const chart = CommuterChart(
      [
        {year: 2015, inCommuters: 11474, outCommuters: 25617, balance: -14143},
        {year: 2016, inCommuters: null, outCommuters: null, balance: null}
      ],
      {width: 500}
    );
    expect(chart.querySelectorAll("g[aria-label=bar] rect")).toHaveLength(3);
    expect(texts(chart)).toContain("keine Daten");
    expect(texts(chart).some((t) => t.startsWith("\u2212"))).toBe(true); // the axis shows negative values as such
  });
});

describe("PortfolioChart and LineChart", () => {
  it("draw one bubble per category and one line per series and segment", () => {
    const portfolio = PortfolioChart(
      [
        {label: "Berg-, Tagebau und Sprengtechnik (211)", lq: 20.8, growth: -26, size: 617},
        {label: "Büro und Sekretariat (714)", lq: 0.9, growth: 4, size: 3000}
      ],
      {width: 500, referenceGrowth: 19}
    );
    expect(portfolio.querySelectorAll("g[aria-label=dot] circle")).toHaveLength(2);
    const lines = LineChart(
      [
        {series: "am Arbeitsort", year: 2011, value: 53200, segment: "bis 2011"},
        {series: "am Arbeitsort", year: 2012, value: 54356, segment: "ab 2012"},
        {series: "am Arbeitsort", year: 2013, value: 54542, segment: "ab 2012"}
      ],
      {width: 500, z: "series", yLabel: "SvB", breaks: [{year: 2012, label: "Bruch"}]}
    );
    // The break is never bridged: two segments, two paths.
    expect(lines.querySelectorAll("g[aria-label=line] path")).toHaveLength(2);
  });
});
