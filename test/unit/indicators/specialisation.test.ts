import {describe, expect, it} from "vitest";
import {herfindahl, krugmanIndex, krugmanIndexBetween, krugmanIndexRest} from "../../../src/shared/indicators/index.js";

const cv = (entries: Record<string, number | null>) =>
  Object.entries(entries).map(([category, value]) => ({category, value}));

describe("krugmanIndex", () => {
  it("sums the absolute differences of sector shares", () => {
    // shares 0.5/0.5 against 300/400 = 0.75 and 100/400 = 0.25: |0.5 − 0.75| + |0.5 − 0.25| = 0.5
    expect(krugmanIndex(cv({A: 50, B: 50}), cv({A: 300, B: 100}))).toEqual({index: 0.5, excluded: []});
  });

  it("is 0 when the structures are equal, whatever the size", () => {
    expect(krugmanIndex(cv({A: 10, B: 30, C: 60}), cv({A: 1000, B: 3000, C: 6000})).index).toBeCloseTo(0, 15);
  });

  it("is 0 when the reference equals the region", () => {
    const same = cv({A: 7, B: 0, C: 12});
    expect(krugmanIndex(same, same).index).toBe(0);
  });

  it("is 2 when two regions have no sector in common", () => {
    expect(krugmanIndexBetween(cv({A: 10, B: 0}), cv({A: 0, B: 99})).index).toBe(2);
  });

  it("is 0 for a single sector", () => {
    expect(krugmanIndex(cv({A: 3}), cv({A: 300})).index).toBe(0);
  });

  it("leaves a suppressed category out on both sides instead of reading it as 0", () => {
    // without B: shares 0.5/0.5 against 300/400 and 100/400 → 0.5
    const result = krugmanIndex(cv({A: 50, B: null, C: 50}), cv({A: 300, B: 999, C: 100}));
    expect(result).toEqual({index: 0.5, excluded: ["B"]});
  });

  it("throws for mismatched categories and for a region without employment", () => {
    expect(() => krugmanIndex(cv({A: 1, B: 2}), cv({A: 1, C: 2}))).toThrow(
      /must have the same categories \(only in region: "B"; only in reference: "C"\)/
    );
    expect(() => krugmanIndex(cv({A: 0, B: 0}), cv({A: 1, B: 2}))).toThrow(/region has no employment/);
    expect(() => krugmanIndex([], cv({A: 1}))).toThrow(/region must not be empty/);
  });
});

describe("krugmanIndexRest", () => {
  it("compares the region with the reference area without the region itself", () => {
    // rest = {A: 350 − 50, B: 150 − 50} = {300, 100} → 0.5 as above
    expect(krugmanIndexRest(cv({A: 50, B: 50}), cv({A: 350, B: 150})).index).toBeCloseTo(0.5, 15);
    // against the whole reference (350/500 = 0.7, 0.3) the difference is understated: 0.2 + 0.2 = 0.4
    expect(krugmanIndex(cv({A: 50, B: 50}), cv({A: 350, B: 150})).index).toBeCloseTo(0.4, 15);
  });

  it("throws when the reference equals the region (the rest is empty) or does not contain it", () => {
    expect(() => krugmanIndexRest(cv({A: 5, B: 5}), cv({A: 5, B: 5}))).toThrow(
      /rest of the reference area has no employment/
    );
    expect(() => krugmanIndexRest(cv({A: 50, B: 5}), cv({A: 40, B: 500}))).toThrow(/not part of the reference area/);
  });
});

describe("herfindahl", () => {
  it("computes H, the normalised H* and the equivalent number of sectors", () => {
    // shares 0.5, 0.3, 0.2: H = 0.25 + 0.09 + 0.04 = 0.38; H* = (0.38 − 1/3)/(1 − 1/3) = 0.07; 1/H = 2.6316
    const result = herfindahl(cv({A: 50, B: 30, C: 20}));
    expect(result.index).toBeCloseTo(0.38, 12);
    expect(result.normalised).toBeCloseTo(0.07, 12);
    expect(result.equivalentSectors).toBeCloseTo(1 / 0.38, 12);
    expect(result.categories).toBe(3);
  });

  it("is 0 normalised with N equivalent sectors when all sectors are equal", () => {
    const result = herfindahl(cv({A: 25, B: 25, C: 25, D: 25}));
    expect(result.normalised).toBeCloseTo(0, 12);
    expect(result.equivalentSectors).toBeCloseTo(4, 12);
  });

  it("is 1 normalised when all employment is in one of several sectors (absent sectors count)", () => {
    expect(herfindahl(cv({A: 0, B: 80, C: 0})).normalised).toBe(1);
  });

  it("has no normalised value for a single sector, where it is 0/0", () => {
    expect(herfindahl(cv({A: 80}))).toMatchObject({index: 1, normalised: null, equivalentSectors: 1});
  });

  it("leaves suppressed sectors out and lists them", () => {
    const result = herfindahl(cv({A: 50, B: null, C: 50}));
    expect(result).toMatchObject({index: 0.5, normalised: 0, categories: 2, excluded: ["B"]});
  });

  it("throws for no employment and negative counts", () => {
    expect(() => herfindahl(cv({A: 0, B: 0}))).toThrow(/no employment/);
    expect(() => herfindahl(cv({A: -1, B: 3}))).toThrow(/must not be negative/);
  });
});
