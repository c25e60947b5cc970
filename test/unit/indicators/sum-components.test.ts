import {describe, expect, it} from "vitest";
import {locationQuotient, looksLikeRatio, sumByCategory, sumComponents} from "../../../src/shared/indicators/index.js";

const rows = [
  {region: "A", unemployed: 10, labourForce: 100},
  {region: "B", unemployed: 90, labourForce: 300},
  {region: "C", unemployed: 1, labourForce: 2}
];
const rate = {rate: (s: {unemployed: number; labourForce: number}) => (100 * s.unemployed) / s.labourForce};

describe("sumComponents", () => {
  it("recomputes a ratio from summed components, not as the mean of the members' ratios", () => {
    const result = sumComponents(rows, {members: ["A", "B"], components: ["unemployed", "labourForce"], ratios: rate});
    // Σ unemployed 10 + 90 = 100, Σ labour force 100 + 300 = 400: 100/400 · 100 = 25 %
    // (the mean of the rates 10 % and 30 % would be 20 %)
    expect(result.sums).toEqual({unemployed: 100, labourForce: 400});
    expect(result.ratios.rate).toBe(25);
  });

  it("refuses to sum or average a component that is a ratio", () => {
    const withRate = rows.map((r) => ({...r, unemploymentRate: (100 * r.unemployed) / r.labourForce}));
    expect(() => sumComponents(withRate, {members: ["A", "B"], components: ["unemploymentRate"]})).toThrow(
      /component "unemploymentRate" looks like a ratio/
    );
  });

  it("refuses a ratio that reads something other than a summed component", () => {
    expect(() =>
      sumComponents(rows, {
        members: ["A", "B"],
        components: ["unemployed"],
        ratios: {rate: (s) => (s as Record<string, number>).labourForce!}
      })
    ).toThrow(/ratio "rate" reads "labourForce", which is not a summed component/);
  });

  it("makes a sum and its ratios null when a member's value is missing, and lists the member", () => {
    const gappy = [rows[0]!, {region: "B", unemployed: null, labourForce: 300}];
    const result = sumComponents(gappy, {members: ["A", "B"], components: ["unemployed", "labourForce"], ratios: rate});
    expect(result.sums).toEqual({unemployed: null, labourForce: 400});
    expect(result.ratios.rate).toBeNull();
    expect(result.missing).toEqual({unemployed: ["B"]});
    const known = sumComponents(gappy, {members: ["A", "B"], components: ["unemployed"], missing: "sumKnown"});
    expect(known.sums.unemployed).toBe(10);
    expect(known.missing).toEqual({unemployed: ["B"]});
  });

  it("throws for a member without a row, a duplicated member and a non-numeric component", () => {
    expect(() => sumComponents(rows, {members: ["A", "Z"], components: ["unemployed"]})).toThrow(/lack the members Z/);
    expect(() => sumComponents([...rows, rows[0]!], {members: ["A"], components: ["unemployed"]})).toThrow(
      /member A twice/
    );
    expect(() => sumComponents([{region: "A", n: "12"}], {members: ["A"], components: ["n"]})).toThrow(
      /must be a number or null, got "12"/
    );
  });

  it("gives the Revier's location quotient from summed counts, which differs from the mean of the Kreis quotients", () => {
    // two Kreise: 10 of 100 and 90 of 300 employed in a sector; reference share 1,000/10,000 = 0.1
    const lqA = locationQuotient(10, 100, 1000, 10000); // 1
    const lqB = locationQuotient(90, 300, 1000, 10000); // 3
    const sums = sumComponents(
      [
        {region: "A", sector: 10, total: 100},
        {region: "B", sector: 90, total: 300}
      ],
      {
        members: ["A", "B"],
        components: ["sector", "total"],
        ratios: {lq: (s) => locationQuotient(s.sector, s.total, 1000, 10000)}
      }
    );
    // (100/400) / 0.1 = 2.5, not (1 + 3)/2 = 2
    expect(sums.ratios.lq).toBeCloseTo(2.5, 12);
    expect((lqA + lqB) / 2).toBeCloseTo(2, 12);
  });
});

describe("looksLikeRatio", () => {
  it("recognises ratio words in camelCase and snake_case but not words that merely contain them", () => {
    expect(["unemploymentRate", "lq", "share_of_women", "per_1000", "oldAgeRatio"].map(looksLikeRatio)).toEqual([
      true,
      true,
      true,
      true,
      true
    ]);
    expect(["inMigration", "operators", "employees", "labourForce", "population"].map(looksLikeRatio)).toEqual([
      false,
      false,
      false,
      false,
      false
    ]);
  });
});

describe("sumByCategory", () => {
  const cells = [
    {region: "A", category: "x", value: 5},
    {region: "B", category: "x", value: null},
    {region: "A", category: "y", value: 7},
    {region: "B", category: "y", value: 3},
    {region: "A", category: "z", value: null},
    {region: "B", category: "z", value: null},
    {region: "C", category: "x", value: 1000}
  ];

  it("sums over members, null where a member is suppressed unless known values are summed", () => {
    expect(sumByCategory(cells, {members: ["A", "B"], missing: "null"})).toEqual([
      {category: "x", value: null, missingMembers: ["B"]},
      {category: "y", value: 10, missingMembers: []},
      {category: "z", value: null, missingMembers: ["A", "B"]}
    ]);
    // sumKnown: x = 5 with B listed; z stays null because nothing is known
    expect(sumByCategory(cells, {members: ["A", "B"], missing: "sumKnown"}).map((c) => c.value)).toEqual([5, 10, null]);
  });

  it("sums all regions when no members are given", () => {
    expect(sumByCategory(cells, {missing: "sumKnown"})[0]).toEqual({category: "x", value: 1005, missingMembers: ["B"]});
  });

  it("throws for a member without rows, a duplicate cell and a negative count", () => {
    expect(() => sumByCategory(cells, {members: ["A", "Q"], missing: "null"})).toThrow(/no rows for the members Q/);
    expect(() => sumByCategory([...cells, cells[0]!], {missing: "null"})).toThrow(/region A, category "x" twice/);
    expect(() => sumByCategory([{region: "A", category: "x", value: -2}], {missing: "null"})).toThrow(/count ≥ 0/);
  });
});
