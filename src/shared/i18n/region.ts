import type {Entries} from "./types.js";

/**
 * Names of Germany, the Länder and the aggregates by code (`region.<code>`); Kreis and Gemeinde names are proper
 * names and stay as the statistical offices write them. Use `regionLabel(code, name, lang)` from src/lib/region-picker.ts.
 *
 * Where a Landkreis and a city share a name in the Gemeindeverzeichnis ("Leipzig" and "Leipzig, Stadt"; in Bavaria
 * both "Rosenheim"), the Landkreis is "Landkreis …" and a city without a suffix gets ", Stadt", in both languages
 * (proper names), so that a slide or a table never says "Leipzig" where it means the Landkreis.
 */
const LANDKREISE_SHARING_A_NAME = {
  "03459": "Osnabrück",
  "06633": "Kassel",
  "07335": "Kaiserslautern",
  "08125": "Heilbronn",
  "08215": "Karlsruhe",
  "09184": "München",
  "09187": "Rosenheim",
  "09274": "Landshut",
  "09275": "Passau",
  "09375": "Regensburg",
  "09471": "Bamberg",
  "09472": "Bayreuth",
  "09473": "Coburg",
  "09475": "Hof",
  "09571": "Ansbach",
  "09573": "Fürth",
  "09671": "Aschaffenburg",
  "09678": "Schweinfurt",
  "09679": "Würzburg",
  "09772": "Augsburg",
  "14729": "Leipzig"
};
const CITIES_SHARING_A_NAME = {
  "09163": "Rosenheim",
  "09261": "Landshut",
  "09262": "Passau",
  "09362": "Regensburg",
  "09461": "Bamberg",
  "09462": "Bayreuth",
  "09463": "Coburg",
  "09464": "Hof",
  "09561": "Ansbach",
  "09563": "Fürth",
  "09661": "Aschaffenburg",
  "09662": "Schweinfurt",
  "09663": "Würzburg",
  "09761": "Augsburg"
};
const both = (name: string) => ({de: name, en: name});
const sharedNames = Object.fromEntries([
  ...Object.entries(LANDKREISE_SHARING_A_NAME).map(([code, name]) => [`region.${code}`, both(`Landkreis ${name}`)]),
  ...Object.entries(CITIES_SHARING_A_NAME).map(([code, name]) => [`region.${code}`, both(`${name}, Stadt`)])
]) as Record<
  `region.${keyof typeof LANDKREISE_SHARING_A_NAME | keyof typeof CITIES_SHARING_A_NAME}`,
  {de: string; en: string}
>;

export const region = {
  ...sharedNames,
  "region.DG": {de: "Deutschland", en: "Germany"},
  "region.OST": {de: "Ostdeutschland ohne Berlin", en: "East Germany excl. Berlin"},
  "region.OST-B": {de: "Ostdeutschland mit Berlin", en: "East Germany incl. Berlin"},
  "region.REV-MD": {de: "Mitteldeutsches Revier", en: "Central German lignite region"},
  "region.REV-LAU": {de: "Lausitzer Revier", en: "Lusatian lignite region"},
  "region.REV-RH": {de: "Rheinisches Revier", en: "Rhenish lignite region"},
  "region.01": {de: "Schleswig-Holstein", en: "Schleswig-Holstein"},
  "region.02": {de: "Hamburg", en: "Hamburg"},
  "region.03": {de: "Niedersachsen", en: "Lower Saxony"},
  "region.04": {de: "Bremen", en: "Bremen"},
  "region.05": {de: "Nordrhein-Westfalen", en: "North Rhine-Westphalia"},
  "region.06": {de: "Hessen", en: "Hesse"},
  "region.07": {de: "Rheinland-Pfalz", en: "Rhineland-Palatinate"},
  "region.08": {de: "Baden-Württemberg", en: "Baden-Württemberg"},
  "region.09": {de: "Bayern", en: "Bavaria"},
  "region.10": {de: "Saarland", en: "Saarland"},
  "region.11": {de: "Berlin", en: "Berlin"},
  "region.12": {de: "Brandenburg", en: "Brandenburg"},
  "region.13": {de: "Mecklenburg-Vorpommern", en: "Mecklenburg-Western Pomerania"},
  "region.14": {de: "Sachsen", en: "Saxony"},
  "region.15": {de: "Sachsen-Anhalt", en: "Saxony-Anhalt"},
  "region.16": {de: "Thüringen", en: "Thuringia"}
} satisfies Entries;
