import {describe, expect, it} from "vitest";

import {PALETTE, regionColours} from "../../../src/lib/region-colours.js";

describe("regionColours", () => {
  it("gives the Burgenlandkreis the same colour on its profile and on /vergleich, whatever the order of picking", () => {
    const [profile] = regionColours(["15084", "15", "DG"]);
    const comparison = regionColours(["REV-MD", "15084", "14729", "15", "DG"]);
    expect(comparison[1]).toBe(profile);
    expect(regionColours(["DG", "15", "15084"])[2]).toBe(profile);
  });

  it("keeps Germany and the Land in their colours and never gives two regions of a chart the same one", () => {
    const codes = ["15084", "14729", "15088", "14", "15", "16", "DG", "REV-MD"];
    const colours = regionColours(codes);
    expect(new Set(colours).size).toBe(codes.length);
    expect(colours[6]).toBe(regionColours(["DG"])[0]);
    expect(colours[4]).toBe(regionColours(["15", "15084"])[0]);
    expect(colours.every((c) => PALETTE.includes(c))).toBe(true);
  });
});
