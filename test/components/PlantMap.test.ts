// @vitest-environment jsdom
import {beforeAll, describe, it} from "vitest";

import {PlantMap} from "../../src/components/PlantMap.js";
import {kreise, plants} from "../fixtures/components.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () => PlantMap(plants, {width: 640, kreise, revier: new Set(["15084", "15088"])});

beforeAll(stubCanvas);

describe("PlantMap", () => {
  it("renders the made-up fixture as in test/snapshots/PlantMap", () => {
    expectSnapshot("PlantMap", chart());
  });
});
