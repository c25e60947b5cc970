// @vitest-environment jsdom
import {beforeAll, describe, it} from "vitest";

import {QuadrantChart} from "../../src/components/QuadrantChart.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  QuadrantChart(
    (["virtuous-cycle", "restructuring", "industrial-take-off", "deindustrialisation"] as const).map((pattern, i) => ({
      code: `1508${i}`,
      name: `Kreis ${i}`,
      relativeEmploymentGrowth: i % 2 ? -1 : 1,
      relativeProductivityGrowth: i < 2 ? 1 : -1,
      pattern
    })),
    {width: 640, referenceName: "Deutschland"}
  );

beforeAll(stubCanvas);

describe("QuadrantChart", () => {
  it("renders the made-up fixture as in test/snapshots/QuadrantChart", () => {
    expectSnapshot("QuadrantChart", chart());
  });
});
