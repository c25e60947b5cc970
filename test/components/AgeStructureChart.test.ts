// @vitest-environment jsdom
import {beforeAll, describe, expect, it} from "vitest";
import {AgeStructureChart} from "../../src/components/AgeStructureChart.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  AgeStructureChart(
    ["unter 18", "65 und älter"].flatMap((age_group) =>
      ["Region A", "Region B"].map((name, i) => ({name, age_group, value: 100, share: 15 + i}))
    ),
    {width: 640, ageGroups: ["unter 18", "65 und älter"], regions: ["Region A", "Region B"]}
  );

beforeAll(stubCanvas);

describe("AgeStructureChart", () => {
  it("renders the made-up fixture as in test/snapshots/AgeStructureChart", () => {
    expectSnapshot("AgeStructureChart", chart());
  });
  it("draws one bar per region and age group", () => {
    expect(chart().querySelectorAll("g[aria-label=bar] rect")).toHaveLength(4);
  });
});
