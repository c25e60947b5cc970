import {describe, expect, it} from "vitest";

import {CHART_BACKGROUNDS, COLORS, contrastRatio, SERIES_COLORS} from "../../../src/lib/palette.js";

const backgrounds = Object.entries(CHART_BACKGROUNDS).flatMap(([scheme, colours]) =>
  colours.map((background) => ({scheme, background}))
);
const colours = [...SERIES_COLORS.map((c, i) => [`series ${i + 1}`, c]), ...Object.entries(COLORS)];

describe("the chart palette (WCAG 2.1, 1.4.11: graphical objects 3:1)", () => {
  it("computes WCAG contrast ratios: black on white 21:1, Plot's yellow #efb118 on white 1.9:1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#efb118")).toBeCloseTo(1.91, 2);
    expect(contrastRatio("#76787b", "#f6f6f6")).toBeCloseTo(4.1, 1);
  });

  for (const [name, colour] of colours) {
    it(`${name} (${colour}) reaches 3:1 on every chart background of the light and the dark scheme`, () => {
      const ratios = backgrounds.map(({scheme, background}) => ({
        scheme,
        background,
        ratio: Math.round(contrastRatio(colour!, background) * 100) / 100
      }));
      expect(ratios.filter((r) => r.ratio < 3)).toEqual([]);
    });
  }

  it("has eight distinct series colours", () => {
    expect(new Set(SERIES_COLORS).size).toBe(8);
  });
});
