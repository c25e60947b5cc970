// @vitest-environment jsdom
import {beforeAll, describe, it} from "vitest";

import {CommuterChart} from "../../src/components/CommuterChart.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  CommuterChart(
    [
      {year: 2020, inCommuters: 100, outCommuters: 200, balance: -100},
      {year: 2021, inCommuters: 120, outCommuters: 190, balance: -70}
    ],
    {width: 640}
  );

beforeAll(stubCanvas);

describe("CommuterChart", () => {
  it("renders the made-up fixture as in test/snapshots/CommuterChart", () => {
    expectSnapshot("CommuterChart", chart());
  });
});
