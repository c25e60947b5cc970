import {describe, expect, it} from "vitest";
import {countsInconsistentWithRate, withoutInconsistentCounts} from "../../../data-loaders/datasets/labour-market.js";
import {checkCountsFitRates} from "../../../data-loaders/checks/labour-market.js";
import type {LabourMarketRow} from "../../../src/lib/rows.js";
import {RATE_ALL} from "../../../src/lib/unemployment.js";

/** Made-up series (see test/fixtures/README.md, "unemployed vs rate"): count and rate per year of region "K". */
function series(code: string, points: [number, number, number][]): LabourMarketRow[] {
  return points.flatMap(([year, count, rate]) => [
    {
      code,
      year,
      measure: "unemployed",
      definition: "Jahresdurchschnitt",
      value: count,
      flag: null,
      computed: false,
      source: "s",
      table: "t"
    },
    {
      code,
      year,
      measure: "unemployment_rate",
      definition: RATE_ALL,
      value: rate,
      flag: null,
      computed: false,
      source: "s",
      table: "t"
    }
  ]);
}

describe("counts that contradict their own rate", () => {
  it("finds an isolated count a quarter of its neighbours while the rate fits, and a run of two years", () => {
    const rows = series("K", [
      [2006, 4000, 5],
      [2007, 4100, 5],
      [2008, 1000, 5],
      [2009, 4000, 5],
      [2010, 8000, 5],
      [2011, 9000, 5.5],
      [2012, 4100, 5],
      [2013, 4000, 5]
    ]);
    expect([...countsInconsistentWithRate(rows)].sort()).toEqual(["K|2008|s", "K|2010|s", "K|2011|s"]);
    const cleaned = withoutInconsistentCounts(rows).filter((r) => r.measure === "unemployed" && r.year === 2008);
    expect(cleaned).toEqual([expect.objectContaining({value: null, flag: "/", source: "s"})]);
    expect(checkCountsFitRates(withoutInconsistentCounts(rows))).toEqual([]);
    expect(checkCountsFitRates(rows)).toContain("K 2008: 1000 Arbeitslose (s) passen nicht zur Quote derselben Zeile");
  });

  it("keeps real movements: a count that halves with its rate, and a lasting change of level", () => {
    const rows = series("K", [
      [2005, 8000, 10],
      [2006, 4000, 5],
      [2007, 8000, 10],
      [2008, 8000, 10],
      [2009, 16000, 10],
      [2010, 16000, 10],
      [2011, 16000, 10],
      [2012, 16000, 10]
    ]);
    expect([...countsInconsistentWithRate(rows)]).toEqual([]);
  });
});
