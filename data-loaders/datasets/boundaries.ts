/**
 * Map boundaries for the dashboard: `kreise.topojson` (all Kreise of Germany) and `gemeinden.topojson` (the Gemeinden
 * of Sachsen-Anhalt, Sachsen and Thüringen), built from the BKG VG5000 shapefiles (01.01.2021), projected to WGS84,
 * topologically simplified and quantised so that both stay small at dashboard size.
 *
 * Each geometry has `id` = region code (Kreis 5 digits, Gemeinde 8-digit AGS) and `properties.name`; Gemeinden also
 * carry `properties.kreis`. Attribution: "© GeoBasis-DE / BKG 2021 (Daten verändert)", dl-de/by-2-0.
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

import type {Feature, FeatureCollection, MultiPolygon, Polygon} from "geojson";
import {mergeArcs, quantize} from "topojson-client";
import {topology} from "topojson-server";
import {presimplify, quantile, simplify} from "topojson-simplify";

import {KREIS_SUCCESSORS} from "../../src/shared/regions.js";
import type {Artifact} from "../dataset.js";
import {DATA_DIR, sourcePath} from "../lib/paths.js";
import {agsFromArs, readVg5000, type Vg5000Feature} from "../sources/bkg-vg5000.js";

/** The source catalogue id of VG5000 (src/shared/sources.ts). */
export const BOUNDARIES_SOURCE = "bkg-vg5000-2021";

/** The Länder whose Gemeinden are published: Sachsen (14), Sachsen-Anhalt (15), Thüringen (16). */
export const GEMEINDE_LAENDER = ["14", "15", "16"] as const;

export interface BoundaryOptions {
  /** The `shape/` folder of VG5000; default: the mirror's bkg-vg5000-2021/shape. */
  dir?: string;
  /**
   * Share of the vertices (ranked by Visvalingam weight) that survive simplification; the rest are dropped.
   * VG5000 is already generalised for 1:5 million, so the Gemeinden keep more (0.6) than the Kreise (0.35); this
   * gives ~150 kB and ~310 kB while borders still look right in a 640 px wide map.
   */
  keep?: number;
  /** Grid size of the quantisation (per axis). */
  quantization?: number;
}

type RegionFeature = Feature<Polygon | MultiPolygon, {code: string; name: string; kreis?: string}>;

function shapeDir(options: BoundaryOptions): string {
  return options.dir ?? sourcePath("bkg-vg5000-2021/shape");
}

/**
 * Builds a TopoJSON topology with one object `name` whose geometries are keyed by `code` (several features with
 * the same code are dissolved into one, their shared borders removed), then simplifies and quantises it.
 */
export function toTopology(
  objectName: string,
  features: RegionFeature[],
  {keep, quantization}: {keep: number; quantization: number}
): TopoJSON.Topology {
  const collection: FeatureCollection = {type: "FeatureCollection", features};
  // Topology in full precision first: simplification works on the real coordinates, quantisation comes last.
  let topo = topology({[objectName]: collection});
  const object = topo.objects[objectName]!;
  const byCode = new Map<string, TopoJSON.GeometryObject[]>();
  for (const geometry of object.geometries ?? []) {
    const code = String((geometry.properties as {code: string}).code);
    byCode.set(code, [...(byCode.get(code) ?? []), geometry]);
  }
  object.geometries = [...byCode].map(([code, parts]) => {
    const properties: Record<string, unknown> = {...parts[0]!.properties};
    delete properties.code; // the code is the geometry's id
    // Dissolve: mergeArcs drops the arcs the parts share, so a merged Kreis has no inner border.
    const geometry = parts.length === 1 ? {...parts[0]!} : mergeArcs(topo, parts);
    return {type: geometry.type, arcs: geometry.arcs, id: code, properties};
  });
  topo = presimplify(topo);
  // quantile() ranks weights in descending order: the `keep` quantile is the weight the top `keep` share exceeds.
  topo = simplify(topo, quantile(topo, keep));
  // presimplify stores each vertex's weight as a third coordinate; the published file needs x and y only.
  topo.arcs = topo.arcs.map((arc) => arc.map(([x, y]) => [x, y] as [number, number]));
  return quantize(topo, quantization);
}

function kreisFeatures(records: Vg5000Feature[]): RegionFeature[] {
  const names = new Map(records.map((r) => [r.ars, r.name]));
  return records.map((r) => {
    const code = KREIS_SUCCESSORS[r.ars] ?? r.ars;
    const name = names.get(code);
    if (!name) throw new Error(`successor Kreis ${code} of ${r.ars} is not in VG5000_KRS`);
    return {type: "Feature", properties: {code, name}, geometry: r.geometry};
  });
}

/** Reads VG5000_KRS and builds `kreise.topojson` (object `kreise`, 400 Kreise in the Gebietsstand of 2024). */
export async function buildKreiseTopology(options: BoundaryOptions = {}): Promise<TopoJSON.Topology> {
  const records = await readVg5000(shapeDir(options), "KRS");
  return toTopology("kreise", kreisFeatures(records), {
    keep: options.keep ?? 0.35,
    quantization: options.quantization ?? 1e5
  });
}

/** Reads VG5000_GEM and builds `gemeinden.topojson` (object `gemeinden`) for Sachsen, Sachsen-Anhalt, Thüringen. */
export async function buildGemeindenTopology(options: BoundaryOptions = {}): Promise<TopoJSON.Topology> {
  const records = await readVg5000(shapeDir(options), "GEM");
  const features: RegionFeature[] = records
    .filter((r) => (GEMEINDE_LAENDER as readonly string[]).includes(r.ars.slice(0, 2)))
    .map((r) => {
      const code = agsFromArs(r.ars);
      return {type: "Feature", properties: {code, name: r.name, kreis: code.slice(0, 5)}, geometry: r.geometry};
    });
  return toTopology("gemeinden", features, {
    keep: options.keep ?? 0.6,
    quantization: options.quantization ?? 1e5
  });
}

function count(topo: TopoJSON.Topology): number {
  return Object.values(topo.objects).reduce((sum, object) => sum + (object.geometries?.length ?? 0), 0);
}

/** The published boundary files; build-all.ts writes them to data/ next to the Parquet datasets. */
export const BOUNDARY_ARTIFACTS: Artifact[] = [
  {
    file: "kreise.topojson",
    async build() {
      const topo = await buildKreiseTopology();
      return {content: JSON.stringify(topo), rows: count(topo)};
    }
  },
  {
    file: "gemeinden.topojson",
    async build() {
      const topo = await buildGemeindenTopology();
      return {content: JSON.stringify(topo), rows: count(topo)};
    }
  }
];

/**
 * The text a thin loader serves: the file the data build wrote to data/, or — when data/ has none, as in
 * `npm run dev` without `npm run data` — a fresh build.
 */
export async function readBoundaryFile(file: "kreise.topojson" | "gemeinden.topojson"): Promise<string> {
  const cached = join(DATA_DIR, file);
  if (existsSync(cached)) return readFileSync(cached, "utf8");
  const artifact = BOUNDARY_ARTIFACTS.find((a) => a.file === file)!;
  const {content} = await artifact.build({} as never);
  return typeof content === "string" ? content : new TextDecoder().decode(content);
}
