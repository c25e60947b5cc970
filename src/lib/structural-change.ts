/**
 * Pure helpers of the /strukturwandel page: the three-sector split of gross value added, the lignite capacity left
 * on the grid per year, and the Camagni–Capello growth quadrants. Formulas come from the indicator library.
 */
import {relativeGrowth, type RelativeGrowth} from "../shared/indicators/index.js";

/** The ETR sectors of the VGR that make up the primary, secondary and tertiary sector (WZ 2008). */
export const THREE_SECTORS = {
  primary: ["A"],
  secondary: ["B-E", "F"],
  tertiary: ["G-J", "K-N", "O-T"]
} as const;

export type ThreeSector = keyof typeof THREE_SECTORS;

export const THREE_SECTOR_LABELS: Readonly<Record<ThreeSector, string>> = {
  primary: "Primärer Sektor (A)",
  secondary: "Sekundärer Sektor (B–F)",
  tertiary: "Tertiärer Sektor (G–T)"
};

/**
 * Shares (percent) of the primary, secondary and tertiary sector in gross value added, recomputed from absolute
 * GVA by ETR sector: share = 100 · Σ GVA of the sector's sections / Σ GVA of all six sections. Null for every
 * sector when any section is missing: a share of a partial total would be wrong.
 */
export function threeSectorShares(
  gva: Readonly<Record<string, number | null | undefined>>
): Record<ThreeSector, number | null> {
  const sums = {} as Record<ThreeSector, number | null>;
  for (const [sector, sections] of Object.entries(THREE_SECTORS) as [ThreeSector, readonly string[]][]) {
    const values = sections.map((s) => gva[s]);
    sums[sector] = values.some((v) => v == null) ? null : values.reduce<number>((a, v) => a + v!, 0);
  }
  const known = Object.values(sums);
  if (known.some((v) => v === null)) return {primary: null, secondary: null, tertiary: null};
  const total = known.reduce<number>((a, v) => a + v!, 0);
  if (!(total > 0)) return {primary: null, secondary: null, tertiary: null};
  return {
    primary: (100 * sums.primary!) / total,
    secondary: (100 * sums.secondary!) / total,
    tertiary: (100 * sums.tertiary!) / total
  };
}

/** The fields of a `plants` row the capacity timeline needs. */
export interface PlantCapacity {
  name: string;
  kind: string;
  capacity_net_active_mw: number | null;
  shutdown_year: number | null;
}

export interface CapacityYear {
  year: number;
  plant: string;
  /** Net capacity (MW) on the grid in that year. */
  capacity: number;
  /**
   * `stilllegungsjahr`: the plant's shutdown year from the source lies ahead; `ohne-jahr`: the source gives no
   * shutdown year after the data stand (none, or one already past for the first units of a partly shut plant), so
   * the plant is shown until the legal end of lignite power in `legalEnd` (KVBG §2 Abs. 2 Nr. 3: end of 2038).
   */
  basis: "stilllegungsjahr" | "ohne-jahr";
}

/**
 * The statutory end of coal-fired power generation: KVBG §2 Abs. 2 Nr. 3, end of 2038. A fact of law, not of the
 * data, so it is the one year the pages may take as a constant (the last plants are shown up to and including it).
 */
export const COAL_EXIT_YEAR = 2038;

/**
 * Lignite net capacity on the grid per year from `fromYear` (the data stand of the BNetzA list) to `toYear`: each
 * power plant contributes its net capacity still active at the data stand in every year up to and including its
 * shutdown year (the KVBG dates are end of year). Mines and plants without active capacity are left out.
 */
export function capacityOnGrid(
  plants: readonly PlantCapacity[],
  {fromYear, toYear, legalEnd = COAL_EXIT_YEAR}: {fromYear: number; toYear: number; legalEnd?: number}
): CapacityYear[] {
  const rows: CapacityYear[] = [];
  for (const plant of plants) {
    if (plant.kind !== "kraftwerk" || !(plant.capacity_net_active_mw! > 0)) continue;
    const known = plant.shutdown_year !== null && plant.shutdown_year >= fromYear;
    const last = known ? plant.shutdown_year! : legalEnd;
    for (let year = fromYear; year <= toYear; year++) {
      if (year > last) break;
      rows.push({
        year,
        plant: plant.name,
        capacity: plant.capacity_net_active_mw!,
        basis: known ? "stilllegungsjahr" : "ohne-jahr"
      });
    }
  }
  return rows;
}

/** Output (GVA) and employment of one region in one year; null where the source has no value. */
export interface OutputEmployment {
  code: string;
  year: number;
  output: number | null;
  employment: number | null;
}

export interface QuadrantRow extends RelativeGrowth {
  code: string;
}

/**
 * Camagni–Capello quadrants of regions against a reference area for the period from → to, with
 * {@link relativeGrowth}. Regions lacking a value at either end are returned in `missing`, never guessed.
 */
export function growthQuadrants(
  rows: readonly OutputEmployment[],
  {codes, reference, from, to}: {codes: readonly string[]; reference: string; from: number; to: number}
): {rows: QuadrantRow[]; missing: string[]} {
  const get = (code: string, year: number) => rows.find((r) => r.code === code && r.year === year);
  const values = (code: string) => {
    const a = get(code, from);
    const b = get(code, to);
    if (!a || !b || a.output == null || b.output == null || a.employment == null || b.employment == null) return null;
    return {employment0: a.employment, employment1: b.employment, output0: a.output, output1: b.output};
  };
  const ref = values(reference);
  if (!ref) throw new Error(`growthQuadrants: the reference area ${reference} has no values for ${from} and ${to}`);
  const result: QuadrantRow[] = [];
  const missing: string[] = [];
  for (const code of codes) {
    const v = values(code);
    if (!v) missing.push(code);
    else result.push({code, ...relativeGrowth(v, ref)});
  }
  return {rows: result, missing};
}
