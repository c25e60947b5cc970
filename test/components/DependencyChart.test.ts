// @vitest-environment jsdom
import {beforeAll, describe, it} from "vitest";

import {DependencyChart} from "../../src/components/DependencyChart.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  DependencyChart(
    [
      {name: "Region A", youth: 30, oldAge: 45, total: 75},
      {name: "Region B", youth: 32, oldAge: 40, total: 72}
    ],
    {width: 640, highlight: ["Region A"]}
  );

beforeAll(stubCanvas);

describe("DependencyChart", () => {
  it("renders the made-up fixture as in test/snapshots/DependencyChart", () => {
    expectSnapshot("DependencyChart", chart());
  });
});
