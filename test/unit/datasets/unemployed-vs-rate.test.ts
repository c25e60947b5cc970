import {describe, expect, it} from "vitest";
import {
  countsInconsistentWithRate,
  RATE_DEPENDENT,
  ratesInconsistent,
  withoutInconsistentCounts
} from "../../../data-loaders/datasets/labour-market.js";
import {checkCountsFitRates} from "../../../data-loaders/checks/labour-market.js";
import type {LabourMarketRow} from "../../../src/shared/rows.js";
import {RATE_ALL} from "../../../src/shared/unemployment.js";

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

  it("finds a rate isolated against its neighbours that INKAR does not share, and a row whose two rates disagree", () => {
    const rate = (year: number, value: number, definition = RATE_ALL, source = "s"): LabourMarketRow => ({
      code: "K",
      year,
      measure: "unemployment_rate",
      definition,
      value,
      flag: null,
      computed: false,
      source,
      table: "t"
    });
    const rdb = [
      ...[6, 4, 6, 6, 5].map((v, i) => rate(2010 + i, v)),
      ...[6.6, 4.4, 6.6, 6.6, 8.5].map((v, i) => rate(2010 + i, v, RATE_DEPENDENT))
    ];
    const inkar = [6.1, 6.0, 6.1, 6.0, 5.1].map((v, i) => rate(2010 + i, v, RATE_ALL, "inkar"));
    expect([...ratesInconsistent(rdb, inkar)].sort()).toEqual([
      `K|2011|s|${RATE_DEPENDENT}`,
      `K|2011|s|${RATE_ALL}`,
      `K|2014|s|${RATE_DEPENDENT}`
    ]);
    // INKAR moving alike (a real change) leaves the rate alone.
    const alike = [6.1, 4.1, 6.1, 6.0, 5.1].map((v, i) => rate(2010 + i, v, RATE_ALL, "inkar"));
    expect([...ratesInconsistent(rdb, alike)]).toEqual([`K|2014|s|${RATE_DEPENDENT}`]);
  });
});
