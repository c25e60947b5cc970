import type {LabourMarketRow} from "./rows.js";
import {sumComponents} from "./indicators/index.js";
import {sourceIds} from "./sources.js";

/** A member region's unemployed (annual average) and its published unemployment rate in per cent. */
export interface UnemploymentMember {
  region: string;
  unemployed: number | null;
  rate: number | null;
}

/**
 * Unemployment rate of a group of regions (a Revier, East Germany) recomputed from components, never averaged:
 *
 *   u = 100 · Σ U_i / Σ B_i,   B_i = 100 · U_i / u_i
 *
 * The labour market dataset has the unemployed U_i and the published rate u_i but not the BA's reference figure
 * (Bezugsgröße) B_i, so B_i is recovered from the two; the sums and the ratio use the indicator library's
 * `sumComponents()`. Because u_i is published with one (Regionaldatenbank) or two (INKAR) decimals, B_i carries up to
 * 0.5 % rounding error; the group rate is then accurate to about ±0.05 percentage points. Null when any member lacks
 * a value (no partial sums).
 */
export function groupUnemploymentRate(members: readonly UnemploymentMember[], codes: readonly string[]): number | null {
  const rows = codes.map((region) => {
    const m = members.find((x) => x.region === region);
    const known = m && m.unemployed !== null && m.rate !== null && m.rate > 0;
    return {
      region,
      unemployed: known ? m.unemployed : null,
      labourForce: known ? (100 * m.unemployed!) / m.rate! : null
    };
  });
  const result = sumComponents(rows, {
    members: codes,
    components: ["unemployed", "labourForce"],
    ratios: {rate: (s) => (100 * s.unemployed) / s.labourForce}
  });
  return result.ratios.rate;
}

/** Flag of a rate that no official table publishes and the members cannot give either (never interpolated). */
export const NO_OFFICIAL_RATE = "no_official_rate";

/** The headline definition of the unemployment rate (BA): per 100 civilian labour force. */
export const RATE_ALL = "bezogen auf alle zivilen Erwerbspersonen";

/** One year of an unemployment rate series. */
export interface RatePoint {
  year: number;
  /** Per cent; null where neither the source nor the members give a value. */
  value: number | null;
  /** True where the rate was recomputed from the members' components (no published value). */
  computed: boolean;
  source: string;
}

/**
 * The unemployment rate of a region per year: the published rate where there is one, otherwise recomputed from the
 * members with {@link groupUnemploymentRate} (a Revier or East Germany from its Kreise or Länder; a Land without a
 * published rate from its Kreise; Germany from the Länder, recursively). `membersOf` gives a region's members or
 * undefined for a Kreis.
 */
export function unemploymentRateSeries(
  rows: readonly LabourMarketRow[],
  code: string,
  membersOf: (code: string) => readonly string[] | undefined,
  definition = RATE_ALL
): RatePoint[] {
  const rates = new Map<string, LabourMarketRow>();
  const unemployed = new Map<string, LabourMarketRow>();
  const years = new Set<number>();
  for (const r of rows) {
    if (r.measure === "unemployment_rate" && r.definition === definition) {
      rates.set(`${r.code}|${r.year}`, r);
      years.add(r.year);
    } else if (r.measure === "unemployed") unemployed.set(`${r.code}|${r.year}`, r);
  }
  const memo = new Map<string, RatePoint>();
  const rateOf = (c: string, year: number): RatePoint => {
    const key = `${c}|${year}`;
    const cached = memo.get(key);
    if (cached) return cached;
    const own = rates.get(key);
    let point: RatePoint = {year, value: null, computed: false, source: own?.source ?? ""};
    // The data build publishes every group rate it can compute (labour_market, `computed` rows) and marks the
    // years it cannot with NO_OFFICIAL_RATE: both are final, so a page shows the build's figure, never its own.
    if (own && (own.value !== null || own.flag === NO_OFFICIAL_RATE)) {
      point = {year, value: own.value, computed: own.computed, source: own.source};
    } else {
      const members = membersOf(c);
      if (members && members.length > 0) {
        const parts = members.map((m) => ({m, rate: rateOf(m, year), u: unemployed.get(`${m}|${year}`)}));
        const value = groupUnemploymentRate(
          parts.map(({m, rate, u}) => ({region: m, unemployed: u?.value ?? null, rate: rate.value})),
          members
        );
        const source = sourceIds(parts.flatMap(({rate, u}) => (u ? [rate, u] : [rate]))).join(",");
        point = {year, value, computed: true, source};
      }
    }
    memo.set(key, point);
    return point;
  };
  return [...years].sort((a, b) => a - b).map((year) => rateOf(code, year));
}
