import {countsInconsistentWithRate} from "../datasets/labour-market.js";
import type {LabourMarketRow} from "../../src/lib/rows.js";

/**
 * No published count of unemployed contradicts the rate of its own table row (countsInconsistentWithRate): the
 * build publishes such cells as null with flag "/", so a new one in a refreshed export fails here instead of
 * appearing as a false dip. Each message names region, year, source and the count.
 */
export function checkCountsFitRates(rows: readonly LabourMarketRow[]): string[] {
  const published = rows.filter((r) => r.value !== null);
  const counts = new Map(
    published.filter((r) => r.measure === "unemployed").map((r) => [`${r.code}|${r.year}|${r.source}`, r.value])
  );
  return [...countsInconsistentWithRate(published)].map((key) => {
    const [code, year, source] = key.split("|");
    return `${code} ${year}: ${counts.get(key)} Arbeitslose (${source}) passen nicht zur Quote derselben Zeile`;
  });
}
