// @vitest-environment jsdom
import {beforeAll, describe, it} from "vitest";

import {GemeindenMap} from "../../src/components/GemeindenMap.js";
import {kreise} from "../fixtures/components.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  GemeindenMap(
    [
      {code: "15084001", name: "Gemeinde A", lat: 51.2, lon: 11.7, population: 5000, value: -3},
      {code: "15088002", name: "Gemeinde B", lat: 51.2, lon: 12.2, population: 20000, value: 2},
      {code: "15088003", name: "Gemeinde C", lat: 51.3, lon: 12.3, population: 800, value: null}
    ],
    {width: 640, kreise, label: "Veränderung (%)", mode: "change"}
  );

beforeAll(stubCanvas);

describe("GemeindenMap", () => {
  it("renders the made-up fixture as in test/snapshots/GemeindenMap", () => {
    expectSnapshot("GemeindenMap", chart());
  });
});
