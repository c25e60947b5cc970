// @vitest-environment jsdom
import {beforeAll, describe, it} from "vitest";

import {ChangeComponentsChart} from "../../src/components/ChangeComponentsChart.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  ChangeComponentsChart(
    [2020, 2021].flatMap((year) =>
      ["Natürlicher Saldo", "Wanderungssaldo", "Rest (Korrekturen, Zensus)"].map((component, i) => ({
        year,
        component,
        count: 100 * (i ? 1 : -1),
        rate: i ? 1 : -1,
        change: 100,
        changeRate: 1
      }))
    ),
    {width: 640}
  );

beforeAll(stubCanvas);

describe("ChangeComponentsChart", () => {
  it("renders the made-up fixture as in test/snapshots/ChangeComponentsChart", () => {
    expectSnapshot("ChangeComponentsChart", chart());
  });
});
