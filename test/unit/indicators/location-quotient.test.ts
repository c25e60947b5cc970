import {describe, expect, it} from "vitest";
import {IndicatorError, locationQuotient, locationQuotients} from "../../../src/shared/indicators/index.js";

const cv = (entries: Record<string, number | null>) =>
  Object.entries(entries).map(([category, value]) => ({category, value}));

describe("locationQuotient", () => {
  it("locationQuotient(e_ir, e_r, E_i, E) is 1 when shares are equal", () => {
    // (10 / 100) / (1,000 / 10,000) = 0.1 / 0.1 = 1
    expect(locationQuotient(10, 100, 1000, 10000)).toBe(1);
  });

  it("is 3 when the region's sector share is three times the reference share", () => {
    // (30 / 200) / (1,000 / 20,000) = 0.15 / 0.05 = 3
    expect(locationQuotient(30, 200, 1000, 20000)).toBeCloseTo(3, 12);
  });

  it("is 0 for a sector absent in the region", () => {
    expect(locationQuotient(0, 200, 1000, 20000)).toBe(0);
  });

  it("throws a clear error instead of NaN when the region has no employment", () => {
    expect(() => locationQuotient(0, 0, 1000, 20000)).toThrow(IndicatorError);
    expect(() => locationQuotient(0, 0, 1000, 20000)).toThrow(/e_r \(regional total\) must be greater than 0/);
  });

  it("throws for negative counts, a sector without reference employment and a part above its total", () => {
    expect(() => locationQuotient(-1, 200, 1000, 20000)).toThrow(/e_ir must not be negative/);
    expect(() => locationQuotient(5, 200, 0, 20000)).toThrow(/E_i .* must be greater than 0/);
    expect(() => locationQuotient(300, 200, 1000, 20000)).toThrow(/exceeds the regional total/);
    expect(() => locationQuotient(3, 200, 30000, 20000)).toThrow(/exceeds the reference total/);
    expect(() => locationQuotient(Number.NaN, 200, 1000, 20000)).toThrow(/finite number/);
  });
});

describe("locationQuotients", () => {
  const region = cv({A: 50, B: 30, C: null, D: 0});
  const reference = cv({A: 500, B: 1500, C: 1000, D: 2000});

  it("computes each sector against the reference area, leaving suppressed cells null and flagged", () => {
    const rows = locationQuotients(region, reference);
    // e_r = 50 + 30 + 0 = 80 (C suppressed, not counted); E = 500 + 1,500 + 1,000 + 2,000 = 5,000
    // A: (50/80) / (500/5,000) = 0.625 / 0.1 = 6.25;  B: (30/80) / (1,500/5,000) = 0.375 / 0.3 = 1.25
    expect(rows.map((r) => [r.category, r.lq, r.flag])).toEqual([
      ["A", expect.closeTo(6.25, 12), null],
      ["B", expect.closeTo(1.25, 12), null],
      ["C", null, "suppressed"],
      ["D", 0, "small"]
    ]);
    expect(rows[0]).toMatchObject({regionValue: 50, regionTotal: 80, referenceValue: 500, referenceTotal: 5000});
  });

  it("location quotients weighted by the reference area's sector shares sum to 1", () => {
    const rows = locationQuotients(region, reference);
    // 0.1 · 6.25 + 0.3 · 1.25 + 0.4 · 0 = 0.625 + 0.375 = 1 (C has no quotient)
    const weighted = rows.reduce((s, r) => s + (r.lq === null ? 0 : (r.referenceValue! / r.referenceTotal) * r.lq), 0);
    expect(weighted).toBeCloseTo(1, 12);
  });

  it("flags quotients whose numerator is below minCount but keeps the value", () => {
    const rows = locationQuotients(cv({A: 5, B: 95}), cv({A: 100, B: 900}), {minCount: 6});
    // A: (5/100) / (100/1,000) = 0.5
    expect(rows[0]).toMatchObject({category: "A", lq: 0.5, flag: "small"});
    expect(rows[1]!.flag).toBeNull();
  });

  it("is 1 in every sector when the reference equals the region", () => {
    const same = cv({A: 12, B: 345, C: 6789});
    for (const row of locationQuotients(same, same)) expect(row.lq).toBeCloseTo(1, 12);
  });

  it("is 1 for a single sector", () => {
    expect(locationQuotients(cv({A: 42}), cv({A: 4200}))[0]!.lq).toBe(1);
  });

  it("marks a sector without reference employment and a missing reference cell", () => {
    const rows = locationQuotients(cv({A: 0, B: 10, C: 20}), cv({A: 0, B: null, C: 100}));
    expect(rows.map((r) => r.flag)).toEqual(["no-reference-employment", "reference-suppressed", null]);
    expect(rows.map((r) => r.lq)).toEqual([null, null, expect.closeTo(20 / 30 / (100 / 100), 12)]);
  });

  it("throws for mismatched categories, duplicates, empty input and a region without employment", () => {
    expect(() => locationQuotients(cv({A: 1, B: 2}), cv({A: 1, C: 2}))).toThrow(
      /locationQuotients: reference has no category "B"/
    );
    expect(() => locationQuotients(cv({A: 1}), cv({A: 1, C: 2}))).toThrow(/region has no category "C"/);
    expect(() =>
      locationQuotients(
        [
          {category: "A", value: 1},
          {category: "A", value: 2}
        ],
        cv({A: 1})
      )
    ).toThrow(/lists category "A" twice/);
    expect(() => locationQuotients([], cv({A: 1}))).toThrow(/region must not be empty/);
    expect(() => locationQuotients(cv({A: 0, B: null}), cv({A: 5, B: 5}))).toThrow(/region has no known employment/);
    expect(() => locationQuotients(cv({A: -3}), cv({A: 5}))).toThrow(/must not be negative/);
  });
});
