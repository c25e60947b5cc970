// @vitest-environment jsdom
import {beforeAll, describe, it} from "vitest";

import {PlantTimeline} from "../../src/components/PlantTimeline.js";
import {plants} from "../fixtures/components.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () => PlantTimeline(plants, {width: 640, today: 2025});

beforeAll(stubCanvas);

describe("PlantTimeline", () => {
  it("renders the made-up fixture as in test/snapshots/PlantTimeline", () => {
    expectSnapshot("PlantTimeline", chart());
  });
});
