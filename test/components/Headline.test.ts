// @vitest-environment jsdom
import {beforeAll, describe, expect, it} from "vitest";
import {Headline} from "../../src/components/Headline.js";
import {expectSnapshot, stubCanvas} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md); not official figures.
const chart = () =>
  Headline({
    label: "Einwohner",
    value: "1.234.567",
    reference: "31.12.2024",
    change: "−1,2 % seit 2013",
    trend: -1,
    note: "Summe der Kreise",
    source: "Quelle: erfunden für den Test"
  });

beforeAll(stubCanvas);

describe("Headline", () => {
  it("renders the made-up fixture as in test/snapshots/Headline", () => {
    expectSnapshot("Headline", chart());
  });
  it("marks a falling trend", () => {
    expect(chart().querySelector(".rm-headline-change")?.className).toContain("rm-down");
  });
});
