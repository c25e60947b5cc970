// @vitest-environment jsdom
import {beforeAll, describe, expect, it} from "vitest";
import {PortfolioChart} from "../../src/components/PortfolioChart.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  PortfolioChart(
    [
      {label: "Bergbau (B)", lq: 3.1, growth: -2, size: 1200},
      {label: "Handel (G)", lq: 0.8, growth: 1.5, size: 5000}
    ],
    {width: 640, referenceGrowth: 0.5}
  );

beforeAll(stubCanvas);

describe("PortfolioChart", () => {
  it("renders the made-up fixture as in test/snapshots/PortfolioChart", () => {
    expectSnapshot("PortfolioChart", chart());
  });
  it("draws one bubble per category", () => {
    expect(chart().querySelectorAll("g[aria-label=dot] circle")).toHaveLength(2);
  });
});
