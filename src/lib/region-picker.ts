import type {Group} from "./group-sums.js";
import {dictionary} from "../shared/i18n/dictionary.js";
import {t} from "../shared/i18n/index.js";
import {pageLang} from "../shared/i18n/page.js";
import type {Lang} from "../shared/i18n/types.js";
import {COMPOSITE_REGIONS} from "../shared/regions.js";

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
export const COMPOSITE_GROUPS: readonly Group[] = COMPOSITE_REGIONS.map(({code, name, members}) => ({
  code,
  name,
  members
}));

/** The group of an aggregate code, or undefined for a Kreis, a Land or Germany (which have rows of their own). */
export function groupOf(code: string): Group | undefined {
  return COMPOSITE_GROUPS.find((g) => g.code === code);
}

/** A region as the pickers list it: its label in the page's language and the group it is listed under. */
export interface PickableRegion {
  code: string;
  name: string;
  /** Option group in the list, e.g. "Reviere und Ostdeutschland", "Länder", "Kreise in Sachsen". */
  group: string;
}

/**
 * The one list behind every region picker (the single select `regionOptions` and the multi-select component
 * RegionPicker), in the order a user of this dashboard looks for regions: the Reviere (Mitteldeutsches Revier
 * first) and East Germany, Germany and the Länder, then the Kreise A–Z grouped by Land with the Land's short name.
 */
export function pickableRegions(
  regions: readonly RegionInfo[],
  include: (code: string) => boolean = () => true,
  lang: Lang = pageLang()
): PickableRegion[] {
  const out: PickableRegion[] = [];
  const add = (code: string, name: string, group: string) => {
    if (include(code)) out.push({code, name, group});
  };
  for (const a of COMPOSITE_REGIONS) add(a.code, regionLabel(a.code, a.name, lang), t(lang, "picker.aggregates"));
  const laender = t(lang, "picker.laender");
  add("DG", regionLabel("DG", undefined, lang), laender);
  const byLevel = (level: string) =>
    regions.filter((r) => r.level === level).sort((a, b) => a.name.localeCompare(b.name, "de"));
  for (const land of byLevel("land")) add(land.code, regionLabel(land.code, land.name, lang), laender);
  for (const kreis of byLevel("kreis")) {
    const land = kreis.land ?? landOf(kreis.code) ?? "";
    const group = t(lang, "picker.kreise", {land: regionLabel(land, land, lang)});
    add(kreis.code, `${kreis.name} (${LAND_ABBREVIATIONS[land] ?? land})`, group);
  }
  return out;
}

/** Options of a single-select region picker as label → code (the order of `pickableRegions`). */
export function regionOptions(
  regions: readonly RegionInfo[],
  include: (code: string) => boolean = () => true,
  lang: Lang = pageLang()
): Map<string, string> {
  return new Map(pickableRegions(regions, include, lang).map((r) => [r.name, r.code]));
}

/** The name of a region code (Kreis, Land, Germany or aggregate); the code itself when unknown. */
export function regionName(code: string, regions: readonly RegionInfo[], lang: Lang = pageLang()): string {
  return regionLabel(code, regions.find((r) => r.code === code)?.name ?? groupOf(code)?.name, lang);
}

/** The Land of a Kreis (its first two digits) or of a Land (itself); null for Germany and aggregates. */
export function landOf(code: string): string | null {
  return /^\d{2}(\d{3})?$/.test(code) ? code.slice(0, 2) : null;
}

/**
 * Reference areas offered for a region, as label → code: Germany, East Germany with and without Berlin, the
 * region's Land (for a Kreis) and the Mitteldeutsches Revier; the region itself is left out.
 */
export function referenceOptions(
  code: string,
  regions: readonly RegionInfo[],
  lang: Lang = pageLang()
): Map<string, string> {
  const candidates = ["DG", "OST-B", "OST"];
  const land = landOf(code);
  if (land && land !== code) candidates.push(land);
  candidates.push("REV-MD");
  const options = new Map<string, string>();
  for (const c of candidates) if (c !== code) options.set(regionName(c, regions, lang), c);
  return options;
}

/**
 * A region's name in `lang`: Germany, the Länder and the aggregates from the dictionary (`region.<code>`), Kreise
 * and Gemeinden by their official name (`name`, or the code when there is none).
 */
export function regionLabel(code: string, name: string | undefined, lang: Lang): string {
  return dictionary[`region.${code}`]?.[lang] ?? name ?? code;
}
