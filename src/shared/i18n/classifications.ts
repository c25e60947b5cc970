import type {Entries} from "./types.js";

/**
 * Data labels that the official tables publish in German only: WZ 2008 sections (Regionaldatenbank
 * 13111-07-05-4), the sectors of the Erwerbstätigenrechnung, Kreis kinds and Gemeindeverband kinds. The German side
 * is the label as the site shows it; the English side is our translation, after the English edition of the WZ 2008
 * (NACE Rev. 2 section titles) where there is one. Occupation groups (KldB 2010) are in src/lib/kldb-en.ts.
 */
export const classifications = {
  "wz.A": {de: "Land- und Forstwirtschaft, Fischerei (A)", en: "Agriculture, forestry and fishing (A)"},
  "wz.B-E": {de: "Produzierendes Gewerbe ohne Bau (B–E)", en: "Industry excluding construction (B–E)"},
  "wz.C": {de: "darunter Verarbeitendes Gewerbe (C)", en: "of which manufacturing (C)"},
  "wz.F": {de: "Baugewerbe (F)", en: "Construction (F)"},
  "wz.G-I": {de: "Handel, Verkehr, Gastgewerbe (G–I)", en: "Trade, transport, accommodation and food (G–I)"},
  "wz.G-J": {
    de: "Handel, Verkehr, Gastgewerbe, Information (G–J)",
    en: "Trade, transport, accommodation, information and communication (G–J)"
  },
  "wz.J": {de: "Information und Kommunikation (J)", en: "Information and communication (J)"},
  "wz.K": {de: "Finanz- und Versicherungsdienstleistungen (K)", en: "Financial and insurance activities (K)"},
  "wz.K-N": {
    de: "Finanzen, Grundstücke, Unternehmensdienste (K–N)",
    en: "Finance, real estate and business services (K–N)"
  },
  "wz.L": {de: "Grundstücks- und Wohnungswesen (L)", en: "Real estate activities (L)"},
  "wz.M-N": {de: "Unternehmensdienstleistungen (M–N)", en: "Business services (M–N)"},
  "wz.O-Q": {
    de: "Öffentl. Verwaltung, Erziehung, Gesundheit (O–Q)",
    en: "Public administration, education, health (O–Q)"
  },
  "wz.O-T": {de: "Öffentliche und sonstige Dienstleister (O–T)", en: "Public and other services (O–T)"},
  "wz.R-U": {de: "Sonstige Dienstleistungen (R–U)", en: "Other services (R–U)"},

  "kind.kreisfreieStadt": {de: "kreisfreie Stadt", en: "District-free city"},
  "kind.landkreis": {de: "Landkreis", en: "Rural district"},
  "kind.kreis": {de: "Kreis", en: "District"},
  "kind.stadtkreis": {de: "Stadtkreis", en: "Urban district"},
  "kind.regionalverband": {de: "Regionalverband", en: "Regional association (district)"},

  "verband.verbandsfrei": {de: "verbandsfreie Gemeinde", en: "municipality in no association"},
  "verband.erfuellend": {de: "erfüllende Gemeinde", en: "municipality administering its neighbours"},
  "verband.verwaltungsgemeinschaft": {de: "Verwaltungsgemeinschaft", en: "administrative community"},
  "verband.verwaltungsverband": {de: "Verwaltungsverband", en: "administrative association"},
  "verband.verbandsgemeinde": {de: "Verbandsgemeinde", en: "collective municipality"},
  "verband.amt": {de: "Amt", en: "Amt (administrative association)"},
  "verband.samtgemeinde": {de: "Samtgemeinde", en: "joint municipality"},
  "verband.kirchspielslandgemeinde": {de: "Kirchspielslandgemeinde", en: "parish association"}
} satisfies Entries;
