// @vitest-environment jsdom
import {beforeAll, describe, it} from "vitest";

import {SectorShareChart} from "../../src/components/SectorShareChart.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  SectorShareChart(
    [2020, 2021].flatMap((year) => [
      {year, sector: "Industrie", share: 30, basis: "berechnet" as const},
      {year, sector: "Dienstleistungen", share: 68, basis: "INKAR" as const}
    ]),
    {width: 640}
  );

beforeAll(stubCanvas);

describe("SectorShareChart", () => {
  it("renders the made-up fixture as in test/snapshots/SectorShareChart", () => {
    expectSnapshot("SectorShareChart", chart());
  });
});
