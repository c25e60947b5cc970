import {describe, expect, it} from "vitest";

import {groupUnemploymentRate, RATE_ALL, unemploymentRateSeries} from "../../../src/shared/unemployment.js";
import type {LabourMarketRow} from "../../../src/shared/rows.js";

// Made-up regions and numbers: a large Kreis with a low rate and a small one with a high rate.
const rate = (code: string, year: number, value: number | null): LabourMarketRow => ({
  code,
  year,
  measure: "unemployment_rate",
  definition: RATE_ALL,
  value,
  flag: null,
  computed: false,
  source: "made-up-rate",
  table: "made-up"
});
const unemployed = (code: string, year: number, value: number | null): LabourMarketRow => ({
  code,
  year,
  measure: "unemployed",
  definition: "Jahresdurchschnitt",
  value,
  flag: null,
  computed: false,
  source: "made-up-count",
  table: "made-up"
});

describe("groupUnemploymentRate", () => {
  it("recomputes the rate from summed unemployed and reference figures, not the mean of the rates", () => {
    // Reference figures: A 100 000 (5 000 unemployed, 5 %), B 10 000 (2 000 unemployed, 20 %).
    const members = [
      {region: "A", unemployed: 5000, rate: 5},
      {region: "B", unemployed: 2000, rate: 20}
    ];
    const value = groupUnemploymentRate(members, ["A", "B"])!;
    expect(value).toBeCloseTo((100 * 7000) / 110_000, 10); // 6.36 %, where the mean of the rates would be 12.5 %
    expect(value).not.toBeCloseTo(12.5, 1);
  });

  it("gives null, not a partial rate, when a member's count or rate is missing", () => {
    expect(
      groupUnemploymentRate(
        [
          {region: "A", unemployed: 5000, rate: 5},
          {region: "B", unemployed: null, rate: 20}
        ],
        ["A", "B"]
      )
    ).toBeNull();
    expect(groupUnemploymentRate([{region: "A", unemployed: 5000, rate: 5}], ["A", "B"])).toBeNull();
  });
});

describe("unemploymentRateSeries", () => {
  const rows = [
    rate("A", 2020, 5),
    rate("B", 2020, 20),
    rate("L", 2020, 6.4),
    rate("A", 2021, 4),
    rate("B", 2021, 10),
    rate("L", 2021, null),
    unemployed("A", 2020, 5000),
    unemployed("B", 2020, 2000),
    unemployed("A", 2021, 4000),
    unemployed("B", 2021, 1000)
  ];
  const members = (code: string) => (code === "L" ? ["A", "B"] : code === "G" ? ["L"] : undefined);

  it("keeps a published rate and recomputes only the years without one", () => {
    const series = unemploymentRateSeries(rows, "L", members);
    expect(series[0]).toMatchObject({year: 2020, value: 6.4, computed: false, source: "made-up-rate"});
    expect(series[1]!.year).toBe(2021);
    expect(series[1]!.value).toBeCloseTo((100 * 5000) / (100_000 + 10_000), 10);
    expect(series[1]!.computed).toBe(true);
    expect(series[1]!.source.split(",").sort()).toEqual(["made-up-count", "made-up-rate"]);
  });

  it("is null for a Kreis without a value and for a group whose member lacks components", () => {
    expect(unemploymentRateSeries(rows, "L", members)).toHaveLength(2);
    // G's member L has a rate in 2020 but no count of unemployed: no partial aggregate.
    expect(unemploymentRateSeries(rows, "G", members).map((p) => p.value)).toEqual([null, null]);
    expect(unemploymentRateSeries([rate("A", 2020, null)], "A", members)[0]!.value).toBeNull();
  });
});
