import {beforeAll, describe, expect, it} from "vitest";
import {createContext} from "../../data-loaders/build-all.js";
import type {LabourMarketRow} from "../../src/shared/rows.js";
import {labourMarket} from "../../data-loaders/datasets/labour-market.js";
import {population} from "../../data-loaders/datasets/population.js";
import {regionMembers, regions} from "../../data-loaders/datasets/regions.js";
import {RATE_ALL} from "../../src/shared/unemployment.js";
import {groupUnemploymentRate} from "../../src/shared/unemployment.js";

let rows: LabourMarketRow[];

beforeAll(async () => {
  // labour_market checks its Kreise against the regions dataset and sums groups by region_members.
  const context = createContext();
  for (const dataset of [population, regions, regionMembers]) {
    context.built.set(dataset.name, (await dataset.build(context)) as object[]);
  }
  rows = await labourMarket.build(context);
}, 600_000);

/** The Länder's Kreise with a count and a rate in that year, and the Land's published rate. */
function landCase(land: string, year: number) {
  const at = (code: string, measure: string) =>
    rows.find(
      (r) =>
        r.code === code &&
        r.year === year &&
        r.measure === measure &&
        (measure === "unemployed" || r.definition === RATE_ALL)
    )?.value ?? null;
  const kreise = [
    ...new Set(rows.filter((r) => r.code.length === 5 && r.code.startsWith(land)).map((r) => r.code))
  ].filter((code) => at(code, "unemployed") !== null);
  const members = kreise.map((region) => ({
    region,
    unemployed: at(region, "unemployed"),
    rate: at(region, "unemployment_rate")
  }));
  return {kreise, rate: groupUnemploymentRate(members, kreise), published: at(land, "unemployment_rate")};
}

// The page recomputes the rate of the Revier and of East Germany from its members' unemployed and the reference
// figures implied by their published rates (Regionaldatenbank 13211-02-05-4, one decimal). Done for a Land, it must
// reproduce the Land's own published rate within the rounding of the members' rates.
describe("groupUnemploymentRate on the Regionaldatenbank", () => {
  for (const [land, year, published] of [
    ["15", 2015, 10.2],
    ["14", 2012, 9.8],
    ["16", 2008, 11.3]
  ] as const) {
    it(`reproduces the published rate of Land ${land} in ${year} (${published} %) from its Kreise`, () => {
      const result = landCase(land, year);
      expect(result.published).toBe(published);
      expect(result.kreise.length).toBeGreaterThan(8);
      expect(Math.abs(result.rate! - published)).toBeLessThan(0.06);
    });
  }
});
