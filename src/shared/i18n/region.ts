import type {Entries} from "./types.js";

/**
 * Names of Germany, the Länder and the aggregates by code (`region.<code>`); Kreis and Gemeinde names are proper
 * names and stay as the statistical offices write them. Use `regionLabel(code, name, lang)` from src/lib/region-picker.ts.
 */
export const region = {
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
