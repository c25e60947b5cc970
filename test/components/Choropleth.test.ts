// @vitest-environment jsdom
import {beforeAll, describe, it} from "vitest";

import {Choropleth} from "../../src/components/Choropleth.js";
import {kreise} from "../fixtures/components.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  Choropleth(kreise, {
    width: 640,
    values: new Map([
      ["15084", 1.2],
      ["15088", -0.4],
      ["14729", null]
    ]),
    label: "Veränderung (%)"
  });

beforeAll(stubCanvas);

describe("Choropleth", () => {
  it("renders the made-up fixture as in test/snapshots/Choropleth", () => {
    expectSnapshot("Choropleth", chart());
  });
});
