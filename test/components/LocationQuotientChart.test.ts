// @vitest-environment jsdom
import {beforeAll, describe, it} from "vitest";

import {LocationQuotientChart} from "../../src/components/LocationQuotientChart.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  LocationQuotientChart(
    [
      {label: "Bergbau (B)", lq: 3.1, value: 1200},
      {label: "Handel (G)", lq: 0.8, value: 5000}
    ],
    {width: 640}
  );

beforeAll(stubCanvas);

describe("LocationQuotientChart", () => {
  it("renders the made-up fixture as in test/snapshots/LocationQuotientChart", () => {
    expectSnapshot("LocationQuotientChart", chart());
  });
});
