import {describe, expect, it} from "vitest";

import {locationQuotients} from "../../../src/shared/indicators/index.js";
import {
  countsOf,
  ETR_SECTORS,
  locationQuotientTable,
  portfolio,
  shiftShareOf,
  structureIndices,
  WZ_2008
} from "../../../src/lib/sector-structure.js";

const cv = (values: Record<string, number | null>) =>
  Object.entries(values).map(([category, value]) => ({category, value}));

describe("locationQuotientTable", () => {
  // Burgenlandkreis and Germany, SvB by WZ 2008 section on 30.06.2015 (Regionaldatenbank 13111-07-05-4).
  const blk = cv({
    A: 1207,
    "B-E": 13346,
    C: 10266,
    F: 5073,
    "G-I": 12751,
    J: 322,
    K: 783,
    L: 345,
    "M-N": 5096,
    "O-Q": 15861,
    "R-U": 1228,
    "B-F": 18419,
    total: 56012
  });
  const dg = cv({
    A: 247538,
    "B-E": 7202841,
    C: 6666275,
    F: 1711831,
    "G-I": 6856478,
    J: 943417,
    K: 999341,
    L: 239591,
    "M-N": 4176172,
    "O-Q": 7252949,
    "R-U": 1139192,
    "B-F": 8914672,
    total: 30771297
  });
  const table = locationQuotientTable(blk, dg, WZ_2008);

  it("uses the ten disjoint sections, whose sum is the total (56.012 in the Burgenlandkreis)", () => {
    expect(table.filter((r) => !r.part)).toHaveLength(10);
    expect(table[0]!.regionTotal).toBe(56012);
  });

  it("gives Burgenlandkreis agriculture (A) a quotient of 2,68 against Germany", () => {
    expect(table.find((r) => r.category === "A")!.lq).toBeCloseTo(1207 / 56012 / (247538 / 30769350), 10);
    expect(table.find((r) => r.category === "A")!.lq).toBeCloseTo(2.679, 3);
  });

  it("shows manufacturing (C) as a part of B–E with a quotient against the same totals", () => {
    const c = table.find((r) => r.category === "C")!;
    expect(c.part).toBe(true);
    expect(table[table.indexOf(c) - 1]!.category).toBe("B-E");
    expect(c.lq).toBeCloseTo(10266 / 56012 / (6666275 / 30769350), 10);
  });

  it("flags a suppressed section and does not read it as 0", () => {
    const suppressed = locationQuotientTable(
      cv({...Object.fromEntries(blk.map((d) => [d.category, d.value])), K: null}),
      dg,
      WZ_2008
    );
    const k = suppressed.find((r) => r.category === "K")!;
    expect(k).toMatchObject({lq: null, flag: "suppressed", regionShare: null});
    expect(k.regionTotal).toBe(56012 - 783);
  });
});

describe("countsOf", () => {
  // Made-up occupation counts of the nine Revier Kreise; one has a suppressed cell.
  const kreise = ["15002", "15082", "15084", "15087", "15088", "14713", "14729", "14730", "16077"];
  const cells = (code: string) =>
    kreise.includes(code)
      ? cv({"211": code === "15084" ? null : 10, "311": 100})
      : code === "DG"
        ? cv({"211": 5, "311": 7})
        : undefined;

  it("returns a region's own cells", () => {
    expect(countsOf(cells, "DG", "null")).toEqual(cv({"211": 5, "311": 7}));
  });

  it("sums an aggregate's members: null for a suppressed member cell as region, the known cells as reference", () => {
    expect(countsOf(cells, "REV-MD", "null")).toEqual(cv({"211": null, "311": 900}));
    expect(countsOf(cells, "REV-MD", "sumKnown")).toEqual(cv({"211": 80, "311": 900}));
  });

  it("gives null when a member has no data at all, or the code is unknown", () => {
    const partial = (code: string) => (code === "16077" ? undefined : cells(code));
    expect(countsOf(partial, "REV-MD", "sumKnown")).toBeNull();
    expect(countsOf(cells, "99999", "null")).toBeNull();
  });
});

describe("shiftShareOf", () => {
  const categories = ["a", "b", "c"];
  it("leaves out categories with a suppressed cell and still sums to the change of the others", () => {
    const {result, excluded} = shiftShareOf(
      cv({a: 100, b: 50, c: null}),
      cv({a: 120, b: 40, c: 5}),
      cv({a: 1000, b: 1000, c: 100}),
      cv({a: 1100, b: 900, c: 100}),
      categories
    );
    expect(excluded).toEqual(["c"]);
    expect(result.total).toBe(160 - 150);
    expect(result.national + result.industryMix + result.regionalShift).toBeCloseTo(result.total, 10);
    // G uses the reference area's totals over all known categories: 2100 / 2100 − 1 = 0.
    expect(result.referenceGrowth).toBeCloseTo(0, 10);
  });
});

describe("structureIndices", () => {
  it("is 0 for Krugman when the structures are equal, and Herfindahl = Σ shares²", () => {
    const codes = ETR_SECTORS.categories.map((c) => c.code);
    const same = cv(Object.fromEntries(codes.map((c) => [c, 10])));
    const double = cv(Object.fromEntries(codes.map((c) => [c, 20])));
    const s = structureIndices(same, double, codes);
    expect(s.krugman).toBeCloseTo(0, 12);
    expect(s.herfindahl).toBeCloseTo(1 / codes.length, 12);
  });
});

describe("portfolio", () => {
  it("takes growth from the indicator library and leaves out small, suppressed and new categories", () => {
    const start = cv({a: 200, b: 100, c: 0, d: null});
    const end = cv({a: 300, b: 50, c: 500, d: 400});
    const lqs = locationQuotientTable(end, cv({a: 100, b: 100, c: 100, d: 100}), {
      categories: ["a", "b", "c", "d"].map((code) => ({code, label: code})),
      parts: []
    });
    const points = portfolio(start, lqs, {minSize: 100});
    expect(points.map((p) => p.category)).toEqual(["a"]);
    expect(points[0]!.growth).toBeCloseTo(50, 10);
    expect(points[0]!.lq).toBe(locationQuotients(end, cv({a: 100, b: 100, c: 100, d: 100}))[0]!.lq);
  });
});
