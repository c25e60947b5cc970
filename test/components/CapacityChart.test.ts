// @vitest-environment jsdom
import {beforeAll, describe, expect, it} from "vitest";
import {CapacityChart} from "../../src/components/CapacityChart.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  CapacityChart(
    [
      {year: 2025, plant: "Kraftwerk A", capacity: 900, basis: "stilllegungsjahr"},
      {year: 2025, plant: "Kraftwerk B", capacity: 400, basis: "stilllegungsjahr"},
      {year: 2026, plant: "Kraftwerk A", capacity: 900, basis: "stilllegungsjahr"}
    ] as never,
    {width: 640}
  );

beforeAll(stubCanvas);

describe("CapacityChart", () => {
  it("renders the made-up fixture as in test/snapshots/CapacityChart", () => {
    expectSnapshot("CapacityChart", chart());
  });
  it("labels the yearly total (1.300 MW in 2025)", () => {
    expect(chart().textContent).toContain("1.300");
  });
});
