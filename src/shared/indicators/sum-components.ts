import {type CategoryValue, IndicatorError, requireFinite, requireNonEmpty} from "./errors.js";

/** How to sum when a member's value is null: give up (`null`) or sum the known values and list the gaps. */
export type MissingPolicy = "null" | "sumKnown";

/** One region's components, e.g. `{region: "15084", unemployed: 5123, labourForce: 90210}`. */
export type RegionComponents = {region: string} & Record<string, unknown>;

export interface ComponentSumSpec<C extends string, R extends string> {
  /** Region codes of the members (the nine Kreise of the Revier, the Länder of East Germany …). */
  members: readonly string[];
  /** Additive components to sum: counts, amounts, balances. Never ratios, rates, shares or indices. */
  components: readonly C[];
  /** Ratios recomputed from the summed components, e.g. `{rate: (s) => 100 * s.unemployed / s.labourForce}`. */
  ratios?: {readonly [name in R]: (sums: Readonly<Record<C, number>>) => number};
  /** What a null component of a member does to the sum (default `null`: the sum is null too). */
  missing?: MissingPolicy;
}

export interface ComponentSums<C extends string, R extends string> {
  sums: Record<C, number | null>;
  ratios: Record<R, number | null>;
  /** Per component, the members whose value was null (with `sumKnown` the sum leaves them out). */
  missing: Partial<Record<C, string[]>>;
}

/**
 * Sums the components of a group of regions correctly: sums each additive component over the member regions, then recomputes every ratio
 * from the sums,
 *
 *   ratio(group) = f(Σ_members numerator, Σ_members denominator)   — never   mean(ratio(member))
 *
 * The unemployment rate of the Revier is Σ unemployed / Σ labour force, not the mean of nine Kreis rates, which would
 * weight Halle and Altenburger Land alike. The function refuses to average ratios: a ratio may only read summed
 * components (reading anything else throws), a name cannot be both a component and a ratio, and components whose
 * name marks them as a ratio (`rate`, `quote`, `share`, `index`, `lq`, `ratio`, `per…`, `…quotient`) are rejected.
 *
 * Literature: Eurostat (2013), *European system of accounts – ESA 2010*, 1.123 ff. on aggregation of additive
 * variables; the practice of the Statistische Ämter des Bundes und der Länder for regional aggregates.
 *
 * @throws IndicatorError for no members, a member missing or duplicated in `rows`, a component that is not a finite
 *   number or null, or a ratio that reads something other than a summed component.
 */
export function sumComponents<C extends string, R extends string = never>(
  rows: readonly RegionComponents[],
  spec: ComponentSumSpec<C, R>
): ComponentSums<C, R> {
  const name = "sumComponents";
  requireNonEmpty(name, "members", spec.members);
  requireNonEmpty(name, "components", spec.components);
  const ratioNames = Object.keys(spec.ratios ?? {}) as R[];
  for (const component of spec.components) {
    if ((ratioNames as string[]).includes(component)) {
      throw new IndicatorError(name, `component "${component}"`, "is also declared as a ratio");
    }
    if (looksLikeRatio(component)) {
      throw new IndicatorError(
        name,
        `component "${component}"`,
        "looks like a ratio; ratios cannot be summed or averaged — sum their numerator and denominator and declare the ratio in `ratios`"
      );
    }
  }
  const byRegion = new Map<string, RegionComponents>();
  for (const row of rows) {
    if (!spec.members.includes(row.region)) continue;
    if (byRegion.has(row.region)) throw new IndicatorError(name, "rows", `contain member ${row.region} twice`);
    byRegion.set(row.region, row);
  }
  const absent = spec.members.filter((m) => !byRegion.has(m));
  if (absent.length > 0) throw new IndicatorError(name, "rows", `lack the members ${absent.join(", ")}`);
  if (new Set(spec.members).size !== spec.members.length) {
    throw new IndicatorError(name, "members", "list a region twice");
  }

  const sums = {} as Record<C, number | null>;
  const missing: Partial<Record<C, string[]>> = {};
  for (const component of spec.components) {
    let sum = 0;
    const gaps: string[] = [];
    for (const member of spec.members) {
      const value = byRegion.get(member)![component];
      if (value === null || value === undefined) gaps.push(member);
      else if (typeof value !== "number") {
        throw new IndicatorError(
          name,
          `component "${component}" of ${member}`,
          `must be a number or null, got ${JSON.stringify(value)}`
        );
      } else sum += requireFinite(name, `component "${component}" of ${member}`, value);
    }
    if (gaps.length > 0) missing[component] = gaps;
    sums[component] = gaps.length > 0 && (spec.missing ?? "null") === "null" ? null : sum;
  }

  const ratios = {} as Record<R, number | null>;
  for (const ratio of ratioNames) {
    let readNull = false;
    const view = new Proxy({} as Record<C, number>, {
      get(_target, key) {
        if (typeof key !== "string" || !(spec.components as readonly string[]).includes(key)) {
          throw new IndicatorError(
            name,
            `ratio "${ratio}"`,
            `reads "${String(key)}", which is not a summed component; ratios must be recomputed from summed components`
          );
        }
        const value = sums[key as C];
        if (value === null) readNull = true;
        return value ?? NaN;
      }
    });
    const value = spec.ratios![ratio](view);
    ratios[ratio] = readNull || !Number.isFinite(value) ? null : value;
  }
  return {sums, ratios, missing};
}

/** Words in a field name that mark a ratio, which must never be summed or averaged. */
const RATIO_WORDS = new Set(
  ["rate", "rates", "quote", "quota", "share", "shares", "index", "ratio", "ratios", "lq", "quotient"].concat([
    "percent",
    "pct",
    "per",
    "mean",
    "average",
    "avg"
  ])
);

/** True when a camelCase or snake_case name contains a ratio word, e.g. `unemploymentRate`, `lq`, `per_1000`. */
export function looksLikeRatio(field: string): boolean {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z]+|\s+/)
    .map((w) => w.toLowerCase());
  return words.some((w) => RATIO_WORDS.has(w));
}

/** A count of one region in one category; `null` marks a suppressed cell. */
export interface RegionCategoryValue {
  region: string;
  category: string;
  value: number | null;
}

/** A category sum over member regions, with the members whose cell was null. */
export interface CategorySum extends CategoryValue {
  /** Members with a null cell in this category (left out of the sum with `sumKnown`). */
  missingMembers: string[];
}

/**
 * Sums counts per category over member regions, e.g. employment by occupation of the nine Revier Kreise, or of all
 * Kreise for Germany when the source has no national row. The result feeds {@link locationQuotients},
 * {@link krugmanIndex} and {@link shiftShare} as the region or reference area.
 *
 * `missing` must be chosen: `null` makes a category null when any member's cell is null; `sumKnown` sums the known
 * cells and lists the gaps in `missingMembers` (for a large reference area, where a few suppressed cells of 1 or 2
 * persons are negligible but must still be reported). A category in which no member has a known value is null
 * under both policies.
 *
 * @param members region codes; `undefined` means every region in `rows`
 * @throws IndicatorError for empty input, a member without any rows, or a duplicate region × category cell.
 */
export function sumByCategory(
  rows: readonly RegionCategoryValue[],
  {members, missing}: {members?: readonly string[]; missing: MissingPolicy}
): CategorySum[] {
  const name = "sumByCategory";
  requireNonEmpty(name, "rows", rows);
  const memberSet = new Set(members ?? rows.map((r) => r.region));
  const seen = new Set<string>();
  const sums = new Map<string, {value: number; missingMembers: string[]}>();
  const regionsSeen = new Set<string>();
  for (const {region, category, value} of rows) {
    if (!memberSet.has(region)) continue;
    regionsSeen.add(region);
    const key = `${region}\u0000${category}`;
    if (seen.has(key)) throw new IndicatorError(name, "rows", `contain region ${region}, category "${category}" twice`);
    seen.add(key);
    let entry = sums.get(category);
    if (!entry) sums.set(category, (entry = {value: 0, missingMembers: []}));
    if (value === null) entry.missingMembers.push(region);
    else {
      if (!Number.isFinite(value) || value < 0) {
        throw new IndicatorError(
          name,
          `value of region ${region}, category "${category}"`,
          `must be a count ≥ 0, got ${value}`
        );
      }
      entry.value += value;
    }
  }
  const absent = [...memberSet].filter((m) => !regionsSeen.has(m));
  if (absent.length > 0) throw new IndicatorError(name, "rows", `have no rows for the members ${absent.join(", ")}`);
  const cells = new Map<string, number>();
  for (const key of seen) {
    const category = key.slice(key.indexOf("\u0000") + 1);
    cells.set(category, (cells.get(category) ?? 0) + 1);
  }
  const memberCount = (category: string) => cells.get(category) ?? 0;
  return [...sums].map(([category, {value, missingMembers}]) => ({
    category,
    // With nothing known there is nothing to sum: null, not 0, under either policy.
    value:
      missingMembers.length > 0 && (missing === "null" || missingMembers.length === memberCount(category))
        ? null
        : value,
    missingMembers
  }));
}
