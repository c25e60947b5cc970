import type {Group} from "./aggregates.js";
import {dictionary} from "./i18n/dictionary.js";
import type {Lang} from "./i18n/types.js";
import {AGGREGATES} from "./regions.js";

/** A row of the `regions` dataset, as far as pickers need it. */
export interface RegionInfo {
  code: string;
  name: string;
  level: string;
  land: string | null;
}

/** Short names of the Länder, appended to Kreis names in pickers ("Burgenlandkreis (ST)"). */
export const LAND_ABBREVIATIONS: Readonly<Record<string, string>> = {
  "01": "SH",
  "02": "HH",
  "03": "NI",
  "04": "HB",
  "05": "NW",
  "06": "HE",
  "07": "RP",
  "08": "BW",
  "09": "BY",
  "10": "SL",
  "11": "BE",
  "12": "BB",
  "13": "MV",
  "14": "SN",
  "15": "ST",
  "16": "TH"
};

/** The aggregates (Reviere, East Germany) as groups for `withGroupSums` and `sumByCategory`. */
export const AGGREGATE_GROUPS: readonly Group[] = AGGREGATES.map(({code, name, members}) => ({code, name, members}));

/** The group of an aggregate code, or undefined for a Kreis, a Land or Germany (which have rows of their own). */
export function groupOf(code: string): Group | undefined {
  return AGGREGATE_GROUPS.find((g) => g.code === code);
}

/**
 * The regions offered by /branchen, whose occupation data the `branchen_occupations` view holds: Germany, every
 * Land, every Kreis of East Germany (with Berlin), every member of the three Reviere, and the aggregates (sums of
 * those).
 */
export function inBranchenView(code: string): boolean {
  if (code === "DG" || code.length === 2 || groupOf(code)) return true;
  if (["11", "12", "13", "14", "15", "16"].includes(code.slice(0, 2))) return true;
  return AGGREGATES.some((a) => a.kind === "revier" && a.members.includes(code));
}

/**
 * Options of a region picker as label → code, in the order a user of this dashboard looks for them: the Reviere
 * (Mitteldeutsches Revier first), East Germany, Germany, the Länder, then every Kreis A–Z with its Land.
 */
export function regionOptions(
  regions: readonly RegionInfo[],
  include: (code: string) => boolean = () => true
): Map<string, string> {
  const options = new Map<string, string>();
  const add = (label: string, code: string) => {
    if (include(code)) options.set(label, code);
  };
  for (const a of AGGREGATES) add(a.name, a.code);
  add("Deutschland", "DG");
  const byLevel = (level: string) =>
    regions.filter((r) => r.level === level).sort((a, b) => a.name.localeCompare(b.name, "de"));
  for (const land of byLevel("land")) add(land.name, land.code);
  for (const kreis of byLevel("kreis")) {
    add(`${kreis.name} (${LAND_ABBREVIATIONS[kreis.land ?? ""] ?? kreis.land ?? "?"})`, kreis.code);
  }
  return options;
}

/** The name of a region code (Kreis, Land, Germany or aggregate); the code itself when unknown. */
export function regionName(code: string, regions: readonly RegionInfo[]): string {
  return regions.find((r) => r.code === code)?.name ?? groupOf(code)?.name ?? (code === "DG" ? "Deutschland" : code);
}

/** The Land of a Kreis (its first two digits) or of a Land (itself); null for Germany and aggregates. */
export function landOf(code: string): string | null {
  return /^\d{2}(\d{3})?$/.test(code) ? code.slice(0, 2) : null;
}

/**
 * Reference areas offered for a region, as label → code: Germany, East Germany with and without Berlin, the
 * region's Land (for a Kreis) and the Mitteldeutsches Revier; the region itself is left out.
 */
export function referenceOptions(code: string, regions: readonly RegionInfo[]): Map<string, string> {
  const candidates = ["DG", "OST-B", "OST"];
  const land = landOf(code);
  if (land && land !== code) candidates.push(land);
  candidates.push("REV-MD");
  const options = new Map<string, string>();
  for (const c of candidates) if (c !== code) options.set(regionName(c, regions), c);
  return options;
}

/**
 * A region's name in `lang`: Germany, the Länder and the aggregates from the dictionary (`region.<code>`), Kreise
 * and Gemeinden by their official name (`name`, or the code when there is none).
 */
export function regionLabel(code: string, name: string | undefined, lang: Lang): string {
  return dictionary[`region.${code}`]?.[lang] ?? name ?? code;
}
