// @vitest-environment jsdom
import {beforeAll, describe, expect, it} from "vitest";
import {BarList} from "../../src/components/BarList.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  BarList(
    [
      {label: "Bergbau (B)", value: 3.2, group: "Kreis"},
      {label: "Handel (G)", value: null, group: "Land"}
    ],
    {width: 640, xLabel: "Standortquotient", digits: 1}
  );

beforeAll(stubCanvas);

describe("BarList", () => {
  it("renders the made-up fixture as in test/snapshots/BarList", () => {
    expectSnapshot("BarList", chart());
  });
  it("draws a bar only where there is a value (null is no bar, never 0)", () => {
    expect(chart().querySelectorAll("g[aria-label=bar] rect")).toHaveLength(1);
  });
});
