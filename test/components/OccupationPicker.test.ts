// @vitest-environment jsdom
import {beforeAll, describe, expect, it} from "vitest";
import {OccupationPicker} from "../../src/components/OccupationPicker.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  OccupationPicker(
    new Map([
      ["211", "Berg-, Tagebau und Sprengtechnik"],
      ["714", "Büro und Sekretariat"]
    ]),
    {label: "Berufsgruppe", value: "211"}
  );

beforeAll(stubCanvas);

describe("OccupationPicker", () => {
  it("renders the made-up fixture as in test/snapshots/OccupationPicker", () => {
    expectSnapshot("OccupationPicker", chart());
  });
  it("starts with the given occupation group", () => {
    expect(chart().value).toBe("211");
  });
});
