import type {BuildContext} from "../dataset.js";
import {countsInconsistentWithRate, inkarUnemploymentRate, ratesInconsistent} from "../datasets/labour-market.js";
import type {LabourMarketRow} from "../../src/shared/rows.js";

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

/**
 * No published Regionaldatenbank rate is isolated against its neighbouring years while INKAR is not, and no row's
 * two rates contradict each other (ratesInconsistent). Each message names region, year, source, definition and rate.
 */
export function checkRatesFit(rows: readonly LabourMarketRow[], inkar: readonly LabourMarketRow[]): string[] {
  const published = rows.filter((r) => r.value !== null && !r.computed);
  const rates = new Map(published.map((r) => [`${r.code}|${r.year}|${r.source}|${r.definition}`, r.value]));
  return [...ratesInconsistent(published, inkar)].map((key) => {
    const [code, year, source, definition] = key.split("|");
    return `${code} ${year}: Quote ${rates.get(key)} % ${definition} (${source}) passt nicht zu INKAR bzw. den Nachbarjahren`;
  });
}

/** {@link checkRatesFit} with the INKAR rates of the build. */
export function checkRatesFitInBuild(context: BuildContext): string[] {
  return checkRatesFit(context.rows<LabourMarketRow>("labour_market"), inkarUnemploymentRate(context));
}
