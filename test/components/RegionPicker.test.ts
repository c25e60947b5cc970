// @vitest-environment jsdom
import {beforeAll, describe, expect, it} from "vitest";
import {RegionPicker} from "../../src/components/RegionPicker.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  RegionPicker(
    [
      {code: "REV-MD", name: "Mitteldeutsches Revier", group: "Reviere"},
      {code: "15", name: "Sachsen-Anhalt", group: "Länder"},
      {code: "15084", name: "Kreis A", group: "Kreise in Sachsen-Anhalt"}
    ],
    {value: ["REV-MD", "15", "99999"], lang: "de"}
  );

beforeAll(stubCanvas);

describe("RegionPicker", () => {
  it("renders the made-up fixture as in test/snapshots/RegionPicker", () => {
    expectSnapshot("RegionPicker", chart());
  });
  it("keeps only known codes as its value", () => {
    expect(chart().value).toEqual(["REV-MD", "15"]);
  });
});
