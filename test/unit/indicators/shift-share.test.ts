import {describe, expect, it} from "vitest";
import {dynamicShiftShare, IndicatorError, shiftShare} from "../../../src/shared/indicators/index.js";

// Region: A 100 → 120, B 200 → 190. Reference: A 1,000 → 1,200 (G_A = 0.2), B 3,000 → 3,000 (G_B = 0).
// E_0 = 4,000, E_1 = 4,200, G = 0.05.
const rows = [
  {category: "A", region0: 100, region1: 120, reference0: 1000, reference1: 1200},
  {category: "B", region0: 200, region1: 190, reference0: 3000, reference1: 3000}
];

/** A deterministic pseudo-random generator (LCG), so the invariant test is reproducible. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

describe("shiftShare", () => {
  it("splits the change into national share, industry mix and regional shift (Dunn's classic form)", () => {
    const result = shiftShare(rows);
    // national = 300 · 0.05 = 15
    expect(result.national).toBeCloseTo(15, 10);
    // industry mix = 100 · (0.2 − 0.05) + 200 · (0 − 0.05) = 15 − 10 = 5
    expect(result.industryMix).toBeCloseTo(5, 10);
    // regional shift = 100 · (0.2 − 0.2) + 200 · (−0.05 − 0) = −10
    expect(result.regionalShift).toBeCloseTo(-10, 10);
    // total = 310 − 300 = 10 = 15 + 5 − 10
    expect(result.total).toBe(10);
    expect(result.referenceGrowth).toBeCloseTo(0.05, 12);
  });

  it("reports per-category components that add up to the totals", () => {
    const {categories} = shiftShare(rows);
    expect(categories[1]).toMatchObject({category: "B", total: -10});
    // B: national 200 · 0.05 = 10, mix 200 · (0 − 0.05) = −10, shift 190 − 200 − 200 · 0 = −10
    expect(categories[1]!.national).toBeCloseTo(10, 10);
    expect(categories[1]!.industryMix).toBeCloseTo(-10, 10);
    expect(categories[1]!.regionalShift).toBeCloseTo(-10, 10);
  });

  it("splits the regional shift into competitive and allocation effects (Esteban-Marquillas)", () => {
    const {estebanMarquillas} = shiftShare(rows);
    // homothetic ê_A = 300 · 1,000/4,000 = 75, ê_B = 225
    // competitive = 75 · (0.2 − 0.2) + 225 · (−0.05 − 0) = −11.25
    // allocation = (100 − 75) · 0 + (200 − 225) · (−0.05) = 1.25;  −11.25 + 1.25 = −10 = regional shift
    expect(estebanMarquillas.competitive).toBeCloseTo(-11.25, 10);
    expect(estebanMarquillas.allocation).toBeCloseTo(1.25, 10);
    expect(estebanMarquillas.unassigned).toBe(0);
  });

  it("counts a sector new in the region entirely as regional shift and leaves its Esteban-Marquillas split unassigned", () => {
    const result = shiftShare([...rows, {category: "C", region0: 0, region1: 5, reference0: 50, reference1: 60}]);
    const c = result.categories[2]!;
    // national 0 · G = 0, mix 0, shift 5 − 0 − 0 · 0.2 = 5
    expect([c.national, c.industryMix, c.regionalShift]).toEqual([0, 0, 5]);
    expect([c.competitive, c.allocation]).toEqual([null, null]);
    expect(result.estebanMarquillas.unassigned).toBe(5);
    expect(result.total).toBe(15);
  });

  it("has no regional shift when the reference equals the region", () => {
    const same = rows.map((r) => ({...r, reference0: r.region0, reference1: r.region1}));
    const result = shiftShare(same);
    expect(result.regionalShift).toBeCloseTo(0, 10);
    expect(result.national + result.industryMix).toBeCloseTo(result.total, 10);
  });

  it("has no industry mix for a single sector", () => {
    const result = shiftShare([rows[0]!]);
    expect(result.industryMix).toBe(0);
    // national = 100 · 0.2 = 20, shift = 120 − 100 − 100 · 0.2 = 0
    expect(result.national).toBeCloseTo(20, 10);
  });

  it("uses the given reference totals for G when rows leave categories out", () => {
    const result = shiftShare([rows[0]!], {referenceTotal: {reference0: 4000, reference1: 4200}});
    // national = 100 · 0.05 = 5, mix = 100 · (0.2 − 0.05) = 15, shift = 0
    expect(result.national).toBeCloseTo(5, 10);
    expect(result.industryMix).toBeCloseTo(15, 10);
  });

  it("shift-share components sum to the total change for any input", () => {
    const random = lcg(42);
    for (let trial = 0; trial < 50; trial++) {
      const input = Array.from({length: 1 + Math.floor(random() * 20)}, (_, i) => {
        const reference0 = 1 + Math.floor(random() * 1e6);
        return {
          category: `c${i}`,
          region0: Math.floor(random() * 1000),
          region1: Math.floor(random() * 1000),
          reference0,
          reference1: Math.floor(random() * 2e6)
        };
      });
      const r = shiftShare(input);
      const change = input.reduce((s, x) => s + x.region1 - x.region0, 0);
      expect(r.total).toBe(change);
      expect(r.national + r.industryMix + r.regionalShift).toBeCloseTo(change, 6);
      const em = r.estebanMarquillas;
      expect(em.competitive + em.allocation + em.unassigned).toBeCloseTo(r.regionalShift, 6);
    }
  });

  it("throws for empty input, negative counts, duplicate categories and a category missing in the reference", () => {
    expect(() => shiftShare([])).toThrow(IndicatorError);
    expect(() => shiftShare([{...rows[0]!, region1: -1}])).toThrow(/region1 of category "A" must not be negative/);
    expect(() => shiftShare([rows[0]!, rows[0]!])).toThrow(/category "A" twice/);
    expect(() => shiftShare([{...rows[0]!, reference0: 0}])).toThrow(
      /reference0 of category "A".*is 0 while the region has 100/
    );
    expect(() => shiftShare([{...rows[0]!, region0: 0, reference0: 0}])).toThrow(/reference total at the start/);
  });
});

describe("dynamicShiftShare", () => {
  const years = [
    {
      year: 2015,
      rows: [
        {category: "A", region: 100, reference: 1000},
        {category: "B", region: 200, reference: 3000}
      ]
    },
    {
      year: 2013,
      rows: [
        {category: "A", region: 90, reference: 950},
        {category: "B", region: 210, reference: 2900}
      ]
    },
    {
      year: 2014,
      rows: [
        {category: "B", region: 205, reference: 2950},
        {category: "A", region: 95, reference: 980}
      ]
    }
  ];

  it("sums year-on-year decompositions, whose components still add up to e_last − e_first", () => {
    const result = dynamicShiftShare(years);
    expect(result.steps.map((s) => [s.from, s.to])).toEqual([
      [2013, 2014],
      [2014, 2015]
    ]);
    // e_2015 − e_2013 = 300 − 300 = 0
    expect(result.total).toBe(0);
    expect(result.national + result.industryMix + result.regionalShift).toBeCloseTo(0, 10);
    const step1 = result.steps[0]!;
    // 2013→2014: G = (980 + 2,950)/(950 + 2,900) − 1 = 3,930/3,850 − 1; national = 300 · G
    expect(step1.national).toBeCloseTo(300 * (3930 / 3850 - 1), 10);
    expect(result.national).toBeCloseTo(step1.national + result.steps[1]!.national, 10);
  });

  it("equals the classic shift-share for two years", () => {
    const two = dynamicShiftShare([years[1]!, years[0]!]);
    const classic = shiftShare([
      {category: "A", region0: 90, region1: 100, reference0: 950, reference1: 1000},
      {category: "B", region0: 210, region1: 200, reference0: 2900, reference1: 3000}
    ]);
    expect(two.regionalShift).toBeCloseTo(classic.regionalShift, 10);
    expect(two.industryMix).toBeCloseTo(classic.industryMix, 10);
  });

  it("throws for a single year, a repeated year or categories that change", () => {
    expect(() => dynamicShiftShare([years[0]!])).toThrow(/at least two years/);
    expect(() => dynamicShiftShare([years[0]!, years[0]!])).toThrow(/year 2015 twice/);
    expect(() =>
      dynamicShiftShare([years[0]!, {year: 2016, rows: [{category: "A", region: 1, reference: 10}]}])
    ).toThrow(/same categories in 2015 and 2016/);
  });
});
