import {REVIER_KREISE, REVIER_LAENDER} from "../../src/shared/regions.js";
import {defineDataset} from "../dataset.js";
import type {GemeindeOverviewRow, MunicipalityRow, RegionRow, Territory} from "../../src/shared/rows.js";

/**
 * Relative change of a Gemeinde's area above which its territory counts as changed. Between the Gemeindeverzeichnis
 * 31.12.2021 and 31.12.2024 almost every Gemeinde of Sachsen-Anhalt changed its area by up to 1.1 % (a new land survey,
 * not a merger), while every merger or incorporation changed the area by at least 3.2 % (Bad Sulza +3.25 %,
 * Dingelstädt +100 %). 2 % separates the two groups.
 */
export const TERRITORY_TOLERANCE = 0.02;

/** Gebietsstände used: the list shown, and the earlier list whose population is the start of the change. */
export const OVERVIEW_GEBIETSSTAND = "2024-12-31";
export const OVERVIEW_START_GEBIETSSTAND = "2021-12-31";

/**
 * Classifies a Gemeinde's territory between two lists by code and area: "neu" when the code did not exist in the
 * earlier list, "Gebietsänderung" when the area changed by more than {@link TERRITORY_TOLERANCE} (or is unknown),
 * else "unverändert".
 */
export function territoryBetween(
  start: Pick<MunicipalityRow, "area_km2"> | undefined,
  end: Pick<MunicipalityRow, "area_km2">
): Territory {
  if (!start) return "neu";
  if (start.area_km2 === null || end.area_km2 === null || start.area_km2 <= 0) return "Gebietsänderung";
  return Math.abs(end.area_km2 / start.area_km2 - 1) > TERRITORY_TOLERANCE ? "Gebietsänderung" : "unverändert";
}

/** The view's rows from the municipalities and regions rows (pure, for tests). */
export function buildGemeindenOverview(
  municipalities: readonly MunicipalityRow[],
  regions: readonly Pick<RegionRow, "code" | "name">[]
): GemeindeOverviewRow[] {
  const kreisNames = new Map(regions.map((r) => [r.code, r.name]));
  const inLaender = (r: MunicipalityRow) => REVIER_LAENDER.includes(r.land);
  const current = municipalities.filter((r) => r.gebietsstand === OVERVIEW_GEBIETSSTAND && inLaender(r));
  const earlier = new Map(
    municipalities.filter((r) => r.gebietsstand === OVERVIEW_START_GEBIETSSTAND && inLaender(r)).map((r) => [r.code, r])
  );
  if (current.length === 0 || earlier.size === 0) {
    throw new Error(
      `gemeinden_overview: municipalities has no rows for Gebietsstand ${OVERVIEW_GEBIETSSTAND} or ${OVERVIEW_START_GEBIETSSTAND}`
    );
  }
  const startDates = new Set([...earlier.values()].map((r) => r.date));
  const startSources = new Set([...earlier.values()].map((r) => r.source));
  if (startDates.size !== 1 || startSources.size !== 1) {
    throw new Error(`gemeinden_overview: the list of ${OVERVIEW_START_GEBIETSSTAND} mixes dates or sources`);
  }
  const [dateStart] = startDates;
  const [sourceStart] = startSources;
  return current
    .map((r) => {
      const kreisName = kreisNames.get(r.kreis);
      if (!kreisName) throw new Error(`gemeinden_overview: Gemeinde ${r.code} has unknown Kreis ${r.kreis}`);
      const start = earlier.get(r.code);
      const territory = territoryBetween(start, r);
      return {
        code: r.code,
        name: r.name,
        kreis: r.kreis,
        kreis_name: kreisName,
        land: r.land,
        revier: REVIER_KREISE.includes(r.kreis),
        verband_code: r.verband_code,
        verband_name: r.verband_name,
        verband_kind: r.verband_kind,
        kind: r.kind,
        is_stadt: r.is_stadt,
        area_km2: r.area_km2,
        population: r.population,
        density: r.population !== null && r.area_km2 !== null && r.area_km2 > 0 ? r.population / r.area_km2 : null,
        lat: r.lat,
        lon: r.lon,
        date: r.date,
        gebietsstand: r.gebietsstand,
        population_start: territory === "unverändert" ? (start!.population ?? null) : null,
        date_start: dateStart!,
        territory,
        source: r.source,
        source_start: sourceStart!
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

export const gemeindenOverview = defineDataset<GemeindeOverviewRow>({
  name: "gemeinden_overview",
  description:
    "Sicht: Gemeinden in Sachsen, Sachsen-Anhalt und Thüringen (Gebietsstand 31.12.2024) mit Fläche, Dichte, Verband und Bevölkerung 31.12.2021 bei unverändertem Gebiet",
  schema: {
    code: "string",
    name: "string",
    kreis: "string",
    kreis_name: "string",
    land: "string",
    revier: "bool",
    verband_code: "string",
    verband_name: "string",
    verband_kind: "string",
    kind: "string",
    is_stadt: "bool",
    area_km2: "float",
    population: "int",
    density: "float",
    lat: "float",
    lon: "float",
    date: "string",
    gebietsstand: "string",
    population_start: "int",
    date_start: "string",
    territory: "string",
    source: "string",
    source_start: "string"
  },
  columns: {
    code: "Amtlicher Gemeindeschlüssel (8-stellig)",
    name: "Gemeindename",
    kreis: "Kreis (5-stellig)",
    kreis_name: "Name des Kreises",
    land: "Land (2-stellig)",
    revier: "true für Gemeinden der neun Kreise des Mitteldeutschen Reviers",
    verband_code: "Gemeindeverband (9-stellig)",
    verband_name: "Name des Gemeindeverbands",
    verband_kind: "Art des Verbands (verbandsfreie Gemeinde, Verbandsgemeinde, Verwaltungsgemeinschaft …)",
    kind: "Gemeindetyp laut Textkennzeichen",
    is_stadt: "true für Städte",
    area_km2: "Fläche in km²",
    population: "Bevölkerung am Stichtag date",
    density: "Einwohner je km² (eigene Berechnung)",
    lat: "Breitengrad des Mittelpunkts (WGS84)",
    lon: "Längengrad des Mittelpunkts (WGS84)",
    date: "Stichtag der Bevölkerung (ISO; 31.12.2023)",
    gebietsstand: "Gebietsstand der Liste (ISO; 31.12.2024)",
    population_start: "Bevölkerung am date_start, nur bei unverändertem Gebiet (sonst leer)",
    date_start: "Stichtag der Anfangsbevölkerung (ISO; 31.12.2021)",
    territory:
      "unverändert | Gebietsänderung (Fläche um mehr als 2 % verändert) | neu (Schlüssel 2021 nicht vorhanden)",
    source: "Quelle der Zeile (id im Quellenkatalog)",
    source_start: "Quelle der Anfangsbevölkerung (id im Quellenkatalog)"
  },
  build: (context) =>
    buildGemeindenOverview(context.rows<MunicipalityRow>("municipalities"), context.rows<RegionRow>("regions"))
});
