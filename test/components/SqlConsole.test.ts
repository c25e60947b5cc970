// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {quickChart, SqlConsole} from "../../src/components/SqlConsole.js";
import {expectSnapshot} from "./snapshot.js";

// DuckDB-WASM does not run in JSDOM (no Worker, no WebAssembly streaming): the snapshot is the console as the page
// first shows it, before any query; the browser test runs queries on the built site. The dataset's loader is never
// called here. Made-up query result rows for the quick chart (test/fixtures/README.md).
const datasets = [
  {
    name: "population",
    load: () => {
      throw new Error("not loaded before a query runs");
    }
  }
];
const query = "SELECT year, sum(value) AS einwohner\nFROM population\nGROUP BY year ORDER BY year";

describe("SqlConsole", () => {
  it("renders the editor with the initial query, the run button and the ready status as in test/snapshots/SqlConsole", () => {
    const console = SqlConsole(datasets, {initial: query, sourceNote: "Quelle: erfunden", lang: "de"});
    expectSnapshot("SqlConsole", console);
    expect(console.querySelector("textarea")?.value).toBe(query);
    expect(console.querySelector(".rm-sql-cancel")?.hasAttribute("hidden")).toBe(true);
  });

  it("draws a result with a year column as a line as in test/snapshots/SqlConsole-quickChart", () => {
    const rows = [
      {year: 2022, einwohner: 1000},
      {year: 2023, einwohner: 990},
      {year: 2024, einwohner: 1010}
    ];
    const chart = quickChart(rows) as Element;
    expectSnapshot("SqlConsole-quickChart", chart);
    expect(chart.querySelectorAll("g[aria-label=dot] circle")).toHaveLength(3);
  });

  it("draws categories as bars and nothing where the second column is not a number", () => {
    const bars = quickChart([
      {code: "A", n: 3},
      {code: "B", n: 5}
    ]) as Element;
    expect(bars.querySelectorAll("g[aria-label=bar] rect")).toHaveLength(2);
    expect(quickChart([{code: "A", name: "x"}])).toBe("");
  });
});
