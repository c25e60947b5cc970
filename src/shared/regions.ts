/**
 * The composite regions Revier-Monitor publishes, written by the project. Reviere per Strukturstärkungsgesetz
 * Kohleregionen (StStG) §2; East Germany as the Länder of the former GDR, with and without Berlin. Their values
 * are always computed by summing their members' components, never by averaging ratios. In the published datasets
 * their `level` is "aggregate" (a column value, kept as published).
 * This module is the one definition: loaders build the `regions` dataset from it, pages filter with it.
 */
export interface CompositeRegion {
  code: string;
  name: string;
  name_en: string;
  kind: "revier" | "east";
  basis: string;
  members: readonly string[];
}

export const COMPOSITE_REGIONS: readonly CompositeRegion[] = [
  {
    code: "REV-MD",
    name: "Mitteldeutsches Revier",
    name_en: "Central German lignite region",
    kind: "revier",
    basis: "StStG §2 Nr. 3",
    members: ["15002", "15082", "15084", "15087", "15088", "14713", "14729", "14730", "16077"]
  },
  {
    code: "REV-LAU",
    name: "Lausitzer Revier",
    name_en: "Lusatian lignite region",
    kind: "revier",
    basis: "StStG §2 Nr. 1",
    members: ["12052", "12061", "12062", "12066", "12071", "14625", "14626"]
  },
  {
    code: "REV-RH",
    name: "Rheinisches Revier",
    name_en: "Rhineland lignite region",
    kind: "revier",
    basis: "StStG §2 Nr. 2",
    members: ["05116", "05162", "05334", "05358", "05362", "05366", "05370"]
  },
  {
    code: "OST",
    name: "Ostdeutschland ohne Berlin",
    name_en: "East Germany excluding Berlin",
    kind: "east",
    basis: "Brandenburg, Mecklenburg-Vorpommern, Sachsen, Sachsen-Anhalt, Thüringen",
    members: ["12", "13", "14", "15", "16"]
  },
  {
    code: "OST-B",
    name: "Ostdeutschland mit Berlin",
    name_en: "East Germany including Berlin",
    kind: "east",
    basis: "Berlin, Brandenburg, Mecklenburg-Vorpommern, Sachsen, Sachsen-Anhalt, Thüringen",
    members: ["11", "12", "13", "14", "15", "16"]
  }
];

export function compositeRegion(code: string): CompositeRegion {
  const found = COMPOSITE_REGIONS.find((a) => a.code === code);
  if (!found) throw new Error(`unknown composite region "${code}"`);
  return found;
}

/** The nine Kreise of the Mitteldeutsches Revier: Sachsen-Anhalt, Sachsen, Thüringen. */
export const REVIER_KREISE: readonly string[] = compositeRegion("REV-MD").members;

/** The three Länder the Revier lies in. */
export const REVIER_LAENDER: readonly string[] = ["15", "14", "16"];

/**
 * Kreis changes after 01.01.2021 (the reference date of the VG5000 map and of older lists), so that maps and lists match the 400 Kreise of the statistics
 * (Gebietsstand 31.12.2024): the kreisfreie Stadt Eisenach (16056) joined the Wartburgkreis (16063) on 01.07.2021
 * (Thüringer Gesetz vom 23.06.2021). Old code → new code; the two areas are dissolved into one.
 */
export const KREIS_SUCCESSORS: Readonly<Record<string, string>> = {"16056": "16063"};

/** The Länder by the names official tables print (GENESIS-Online, the Kraftwerksliste) → Land code. */
export const LAND_CODE_BY_NAME: Readonly<Record<string, string>> = {
  "Schleswig-Holstein": "01",
  Hamburg: "02",
  Niedersachsen: "03",
  Bremen: "04",
  "Nordrhein-Westfalen": "05",
  Hessen: "06",
  "Rheinland-Pfalz": "07",
  "Baden-Württemberg": "08",
  Bayern: "09",
  Saarland: "10",
  Berlin: "11",
  Brandenburg: "12",
  "Mecklenburg-Vorpommern": "13",
  Sachsen: "14",
  "Sachsen-Anhalt": "15",
  Thüringen: "16"
};

/**
 * The regions offered by /branchen, whose occupation data the `branchen_occupations` view holds: Germany, every
 * Land, every Kreis of East Germany (with Berlin), every member of the three Reviere, and the aggregates (sums of
 * those).
 */
export function inBranchenView(code: string): boolean {
  if (code === "DG" || code.length === 2 || COMPOSITE_REGIONS.some((c) => c.code === code)) return true;
  if (["11", "12", "13", "14", "15", "16"].includes(code.slice(0, 2))) return true;
  return COMPOSITE_REGIONS.some((a) => a.kind === "revier" && a.members.includes(code));
}
