/**
 * The `plants` dataset: lignite power plants and lignite opencast mines of the three Reviere (Mitteldeutsches,
 * Lausitzer, Rheinisches), one row each.
 *
 * Power plants: the IWH list (MaStR × BNetzA Kraftwerksliste, with the IWH's Revier labels) gives name, operator,
 * gross capacity, commissioning and shutdown year; the BNetzA Kraftwerksliste of 26.06.2026 gives the status and the
 * net capacity still in operation of the plant's units (joined by MaStR unit number); OPSD 2020 gives coordinates.
 * Mines: the Wikipedia-derived list in the IWH repository (CC BY-SA); located at the centroid of the Gemeinde the
 * mine's name-giving place belongs to (VG5000).
 */
import {geoCentroid} from "d3-geo";

import {KREIS_SUCCESSORS, LAND_CODE_BY_NAME} from "../../src/shared/regions.js";
import {defineDataset} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import {sourcePath} from "../lib/paths.js";
import {readVg5000, type Vg5000Feature} from "../sources/bkg-vg5000.js";
import {
  isFinallyShut,
  readBnetzaUnits,
  readIwhPlants,
  readMines,
  readOpsdUnits,
  type IwhPlant,
  type OpsdUnit
} from "../sources/kraftwerke.js";
import type {PlantRow} from "../../src/shared/rows.js";

/** Source catalogue ids (src/shared/sources.ts). */
export const PLANT_SOURCES = {
  iwh: "iwh-kraftwerke-2026",
  bnetza: "bnetza-kraftwerksliste-2026",
  opsd: "opsd-kraftwerke-2020",
  mines: "wikipedia-braunkohletagebaue",
  vg5000: "bkg-vg5000-2021"
} as const;

const FILES = {
  iwh: "kraftwerke/iwh-stark/Kraftwerke.csv",
  bnetza: "kraftwerke/bnetza/Kraftwerksliste.xlsx",
  opsd: "kraftwerke/opsd-2020/conventional_power_plants_DE.csv",
  mines: "kraftwerke/iwh-stark/braunkohletagebaue_2000.csv",
  shape: "bkg-vg5000-2021/shape"
};

/** The Revier labels of the sources → the aggregate codes of src/shared/regions.ts. */
export const REVIER_CODES: Readonly<Record<string, string>> = {
  "Mitteldeutsches Braunkohlerevier": "REV-MD",
  "Lausitzer Braunkohlerevier": "REV-LAU",
  "Rheinisches Braunkohlerevier": "REV-RH"
};

/** MaStR fuels that are lignite: raw lignite, briquettes, and pulverised "Wirbelschichtkohle" (HKW Cottbus). */
const LIGNITE_FUELS = new Set(["Rohbraunkohlen", "Braunkohlenbriketts", "Wirbelschichtkohle"]);

/**
 * The Gemeinde (VG5000 name, 01.01.2021) that each mine's name-giving place belongs to, written by the project:
 * Nochten and Reichwalde are Ortsteile of Boxberg/O.L., Profen of Elsteraue, Amsdorf of Seegebiet Mansfelder Land,
 * the former village Schleenhain lies in Groitzsch, Garzweiler in Jüchen, Hambach in Niederzier.
 */
export const MINE_GEMEINDEN: Readonly<Record<string, string>> = {
  "Cottbus-Nord": "Cottbus",
  Jaenschwalde: "Jänschwalde",
  Nochten: "Boxberg/O.L.",
  Reichwalde: "Boxberg/O.L.",
  "Welzow-Sued": "Welzow",
  Amsdorf: "Seegebiet Mansfelder Land",
  Profen: "Elsteraue",
  "Vereinigtes Schleenhain": "Groitzsch",
  Bergheim: "Bergheim",
  Frechen: "Frechen",
  Garzweiler: "Jüchen",
  Hambach: "Niederzier",
  Inden: "Inden"
};

function landCode(name: string, where: {file: string; line: number; field: string}): string {
  const code = LAND_CODE_BY_NAME[name];
  if (!code) throw new SourceError(where, `unknown Bundesland "${name}"`);
  return code;
}

/**
 * The Kreis code of a Landkreis name within a Land. Where a kreisfreie Stadt and a Landkreis share the name
 * ("Leipzig"), the plant's town decides: the Stadt if the town is the Kreis name itself, else the Landkreis.
 */
export function kreisByName(
  kreise: readonly Vg5000Feature[],
  {name, land, ort}: {name: string; land: string; ort: string},
  where: {file: string; line: number}
): string {
  const candidates = kreise.filter((k) => k.ars.startsWith(land) && k.name === name);
  const city = candidates.find((k) => /kreisfreie Stadt|Stadtkreis/i.test(k.kind));
  const district = candidates.find((k) => !/kreisfreie Stadt|Stadtkreis/i.test(k.kind));
  const found = candidates.length > 1 ? (ort === name ? city : district) : candidates[0];
  if (!found) throw new SourceError({...where, field: "landkreis"}, `no Kreis named "${name}" in Land ${land}`);
  return KREIS_SUCCESSORS[found.ars] ?? found.ars;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "s")
    .replace(/ss/g, "s");
}

/** The distinctive word of a plant name ("Kraftwerk Lippendorf" → "lippendorf", "Fab Frechen" → "frechen"). */
function keyWord(name: string): string {
  const words = normalise(name)
    .split(/[\s/]+/)
    .filter((w) => !/^(kraftwerk|ikw|fab|hkw|heizkraftwerk|kw)$/.test(w));
  return words[0] ?? "";
}

/**
 * Coordinates of a plant from OPSD: the first lignite unit whose name contains the plant's key word, else the first
 * lignite unit with the same postcode.
 */
export function opsdLocation(plant: IwhPlant, units: readonly OpsdUnit[]): OpsdUnit | undefined {
  const lignite = units.filter((u) => u.fuel === "Lignite" && u.lat !== null && u.lon !== null);
  const key = keyWord(plant.name);
  return (
    (key.length >= 4 ? lignite.find((u) => normalise(`${u.name} ${u.block}`).includes(key)) : undefined) ??
    lignite.find((u) => plant.plz !== null && u.postcode.padStart(5, "0") === plant.plz)
  );
}

function slug(text: string): string {
  return normalise(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

async function buildPlants(kreise: Vg5000Feature[]): Promise<PlantRow[]> {
  const iwhPath = sourcePath(FILES.iwh);
  const bnetza = new Map(readBnetzaUnits(sourcePath(FILES.bnetza)).map((u) => [u.mastr, u]));
  const opsd = readOpsdUnits(sourcePath(FILES.opsd));
  return readIwhPlants(iwhPath)
    .filter((p) => LIGNITE_FUELS.has(p.fuel) && p.revier !== null && REVIER_CODES[p.revier])
    .map((p) => {
      const where = {file: iwhPath, line: p.line};
      const land = landCode(p.bundesland, {...where, field: "bundesland"});
      const kreis = kreisByName(kreise, {name: p.landkreis, land, ort: p.ort}, where);
      const units = p.units.map((m) => bnetza.get(m)).filter((u) => u !== undefined);
      const shut = units.filter((u) => isFinallyShut(u.status));
      const status = !units.length
        ? "keine Angabe"
        : shut.length === units.length
          ? "stillgelegt"
          : shut.length
            ? "teilweise stillgelegt"
            : "in Betrieb";
      const active = units.filter((u) => !isFinallyShut(u.status));
      const location = opsdLocation(p, opsd);
      return {
        id: p.mastr ?? `kw-${slug(p.name)}`,
        name: p.name,
        kind: "kraftwerk" as const,
        revier: REVIER_CODES[p.revier!]!,
        kreis,
        operator: p.operator,
        capacity_mw: p.capacityGrossMw,
        capacity_basis: "brutto",
        capacity_net_active_mw: units.length
          ? Math.round(active.reduce((sum, u) => sum + (u.netMw ?? 0), 0) * 1000) / 1000
          : null,
        commissioned: p.commissioned,
        shutdown_year: p.shutdownYear,
        shutdown_basis: p.shutdownType,
        status,
        // OPSD gives up to 11 decimals; 5 (about 1 m) are plenty for a map marker.
        lat: location?.lat != null ? Math.round(location.lat * 1e5) / 1e5 : null,
        lon: location?.lon != null ? Math.round(location.lon * 1e5) / 1e5 : null,
        location: location ? "standort" : "keine",
        source: PLANT_SOURCES.iwh,
        status_source: units.length ? PLANT_SOURCES.bnetza : null,
        location_source: location ? PLANT_SOURCES.opsd : null
      };
    });
}

function buildMines(gemeinden: Vg5000Feature[]): PlantRow[] {
  const path = sourcePath(FILES.mines);
  return readMines(path)
    .filter((m) => REVIER_CODES[m.revier])
    .map((m) => {
      const where = {file: path, line: m.line};
      const gemeindeName = MINE_GEMEINDEN[m.name];
      if (!gemeindeName) throw new SourceError({...where, field: "Name"}, `no Gemeinde known for mine "${m.name}"`);
      const land = landCode(m.bundesland, {...where, field: "Bundesland"});
      const matches = gemeinden.filter((g) => g.ars.startsWith(land) && g.name === gemeindeName);
      if (matches.length !== 1) {
        throw new SourceError(
          {...where, field: "Name"},
          `Gemeinde "${gemeindeName}" found ${matches.length} times in Land ${land}`
        );
      }
      const gemeinde = matches[0]!;
      const [lon, lat] = geoCentroid(gemeinde.geometry);
      return {
        id: `tb-${slug(m.name)}`,
        name: m.name,
        kind: "tagebau" as const,
        revier: REVIER_CODES[m.revier]!,
        kreis: KREIS_SUCCESSORS[gemeinde.ars.slice(0, 5)] ?? gemeinde.ars.slice(0, 5),
        operator: m.operator,
        capacity_mw: null,
        capacity_basis: null,
        capacity_net_active_mw: null,
        commissioned: m.start,
        shutdown_year: m.end,
        shutdown_basis: m.endText && /^ca\./.test(m.endText) ? "geplant (ca.)" : m.end !== null ? "Tagebauliste" : null,
        status: m.status,
        lat: Math.round(lat * 1e4) / 1e4,
        lon: Math.round(lon * 1e4) / 1e4,
        location: "gemeinde",
        source: PLANT_SOURCES.mines,
        status_source: PLANT_SOURCES.mines,
        location_source: PLANT_SOURCES.vg5000
      };
    });
}

/** Builds all rows: plants first (largest gross capacity first), then mines by Revier and name. */
export async function buildPlantRows(): Promise<PlantRow[]> {
  const shape = sourcePath(FILES.shape);
  const [kreise, gemeinden] = await Promise.all([readVg5000(shape, "KRS"), readVg5000(shape, "GEM")]);
  const plants = (await buildPlants(kreise)).sort((a, b) => b.capacity_mw! - a.capacity_mw!);
  const mines = buildMines(gemeinden).sort((a, b) => a.revier.localeCompare(b.revier) || a.name.localeCompare(b.name));
  const rows = [...plants, ...mines];
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) throw new Error(`plants: duplicate id ${row.id}`);
    seen.add(row.id);
  }
  return rows;
}

export const plants = defineDataset<PlantRow>({
  name: "plants",
  description:
    "Braunkohlekraftwerke und Braunkohletagebaue des Mitteldeutschen, Lausitzer und Rheinischen Reviers mit Leistung, Betreiber, Inbetriebnahme und Stilllegungsjahr",
  schema: {
    id: "string",
    name: "string",
    kind: "string",
    revier: "string",
    kreis: "string",
    operator: "string",
    capacity_mw: "float",
    capacity_basis: "string",
    capacity_net_active_mw: "float",
    commissioned: "int",
    shutdown_year: "int",
    shutdown_basis: "string",
    status: "string",
    lat: "float",
    lon: "float",
    location: "string",
    source: "string",
    status_source: "string",
    location_source: "string"
  },
  columns: {
    id: "MaStR-Kraftwerksnummer (KWK…) oder eigener Schlüssel (kw-…, tb-…)",
    name: "Name laut Quelle",
    kind: "kraftwerk oder tagebau",
    revier: "Revier: REV-MD, REV-LAU, REV-RH (src/shared/regions.ts)",
    kreis: "Kreis (5-stellig, Gebietsstand 2024) des Standorts bzw. der Gemeinde des Tagebaus",
    operator: "Betreiber laut Quelle",
    capacity_mw: "Elektrische Leistung in MW (Kraftwerke; Tagebaue leer)",
    capacity_basis: "brutto: Bruttoleistung aller Einheiten laut MaStR/IWH",
    capacity_net_active_mw:
      "Nettonennleistung der am 26.06.2026 nicht endgültig stillgelegten Einheiten in MW (BNetzA Kraftwerksliste)",
    commissioned: "Jahr der Inbetriebnahme (Kraftwerk: laut IWH-Liste; Tagebau: Aufschluss)",
    shutdown_year:
      "Jahr der (geplanten) Stilllegung laut IWH-Liste bzw. Tagebauliste; bei stufenweise stillgelegten Kraftwerken das Jahr, das die IWH-Liste nennt",
    shutdown_basis:
      "Grundlage der Stilllegung: KVBG, EnWG, reserve, other (IWH); bei Tagebauen 'geplant (ca.)' oder 'Tagebauliste'",
    status: "in Betrieb, teilweise stillgelegt, stillgelegt (BNetzA, 26.06.2026); Tagebaue: Status der Liste",
    lat: "Breite (WGS84): Kraftwerksstandort (OPSD) bzw. Schwerpunkt der Gemeinde des Tagebaus",
    lon: "Länge (WGS84), wie lat",
    location: "standort (Koordinaten des Kraftwerks), gemeinde (Gemeindeschwerpunkt) oder keine",
    source: "Quelle der Zeile (Katalog-ID)",
    status_source: "Quelle von Status und Nettoleistung (Katalog-ID)",
    location_source: "Quelle der Koordinaten (Katalog-ID)"
  },
  build: () => buildPlantRows()
});
