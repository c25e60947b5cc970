import {defineDataset} from "../dataset.js";
import {ags, kreisKey, verbandKey, type GvTable} from "../sources/destatis-gv.js";
import {GEMEINDE_LAENDER} from "./population-gemeinden.js";
import {gvTable} from "./population-sources.js";
import type {MunicipalityRow} from "../../src/shared/rows.js";

/** Textkennzeichen of Gemeinden (Satzart 60), GV-ISys. */
export const GEMEINDE_KINDS: Record<string, string> = {
  "60": "Markt",
  "61": "kreisfreie Stadt",
  "62": "Stadtkreis",
  "63": "Stadt",
  "64": "kreisangehörige Gemeinde",
  "65": "gemeindefreies Gebiet, bewohnt",
  "66": "gemeindefreies Gebiet, unbewohnt",
  "67": "große Kreisstadt"
};

/** Textkennzeichen of Gemeindeverbände (Satzart 50). */
export const VERBAND_KINDS: Record<string, string> = {
  "50": "verbandsfreie Gemeinde",
  "51": "Amt",
  "52": "Samtgemeinde",
  "53": "Verbandsgemeinde",
  "54": "Verwaltungsgemeinschaft",
  "55": "Kirchspielslandgemeinde",
  "56": "Verwaltungsverband",
  "57": "Verwaltungsgemeinschaft (Trägermodell)",
  "58": "erfüllende Gemeinde"
};

const iso = (date: string) => `${date.slice(6)}-${date.slice(3, 5)}-${date.slice(0, 2)}`;

/** The Satzart-60 records of a GV extract with their Verband; `laender` limits the Länder (all if undefined). */
export function municipalitiesOf(table: GvTable, source: string, laender?: string[]): MunicipalityRow[] {
  const verbaende = new Map(table.records.filter((r) => r.satzart === "50").map((r) => [verbandKey(r), r]));
  return table.records
    .filter((r) => r.satzart === "60" && (!laender || laender.includes(r.land)))
    .map((r) => {
      const verband = verbaende.get(verbandKey(r));
      const kind = GEMEINDE_KINDS[r.textkennzeichen ?? ""];
      const verbandKind = VERBAND_KINDS[verband?.textkennzeichen ?? ""];
      if (!kind || !verband || !verbandKind) {
        throw new Error(`${table.file} row ${r.line}: unknown Textkennzeichen or Verband for Gemeinde ${ags(r)}`);
      }
      return {
        code: ags(r),
        name: r.name,
        kreis: kreisKey(r),
        land: r.land,
        verband_code: verbandKey(r),
        verband_name: verband.name,
        verband_kind: verbandKind,
        kind: verband.textkennzeichen === "50" ? `${kind}, verbandsfrei` : `${kind} in ${verbandKind}`,
        is_stadt: r.stadt,
        area_km2: r.area_km2,
        population: r.population,
        lat: r.lat,
        lon: r.lon,
        date: iso(table.populationDate),
        gebietsstand: iso(table.gebietsstand),
        source
      };
    });
}

/** Gemeindeverzeichnis 31.12.2024 (all of Germany) and 31.12.2021/2023 (Sachsen, Sachsen-Anhalt, Thüringen). */
export const municipalities = defineDataset<MunicipalityRow>({
  name: "municipalities",
  description: "Gemeindeverzeichnis: Gebietsstand 31.12.2024 (Deutschland), 31.12.2021 und 31.12.2023 (SN, ST, TH)",
  schema: {
    code: "string",
    name: "string",
    kreis: "string",
    land: "string",
    verband_code: "string",
    verband_name: "string",
    verband_kind: "string",
    kind: "string",
    is_stadt: "bool",
    area_km2: "float",
    population: "int",
    lat: "float",
    lon: "float",
    date: "string",
    gebietsstand: "string",
    source: "string"
  },
  columns: {
    code: "Amtlicher Gemeindeschlüssel (8-stellig)",
    name: "Gemeindename",
    kreis: "Kreis (5-stellig)",
    land: "Land (2-stellig)",
    verband_code: "Gemeindeverband (9-stellig: Kreis + Verbandsteil des ARS)",
    verband_name: "Name des Gemeindeverbands",
    verband_kind: "Art des Verbands (verbandsfreie Gemeinde, Verbandsgemeinde, Verwaltungsgemeinschaft …)",
    kind: 'Gemeindetyp laut Textkennzeichen, mit Verbandszugehörigkeit (z. B. "Stadt, verbandsfrei" = Einheitsgemeinde)',
    is_stadt: "true für Städte (Textkennzeichen 61, 62, 63, 67)",
    area_km2: "Fläche in km²",
    population: "Bevölkerung am Stichtag `date`",
    lat: "Breitengrad des Mittelpunkts (WGS84)",
    lon: "Längengrad des Mittelpunkts (WGS84)",
    date: "Stichtag der Bevölkerung (ISO); beim Gebietsstand 31.12.2024 ist es der 31.12.2023",
    gebietsstand: "Gebietsstand der Liste (ISO)",
    source: "Quelle (id im Quellenkatalog)"
  },
  build: (context) => [
    ...municipalitiesOf(gvTable(context, "gv-2024"), "gv-2024"),
    ...municipalitiesOf(gvTable(context, "gv-2023"), "gv-2023", GEMEINDE_LAENDER),
    ...municipalitiesOf(gvTable(context, "gv-2021"), "gv-2021", GEMEINDE_LAENDER)
  ]
});
