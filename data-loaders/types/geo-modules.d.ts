/**
 * Minimal typings for the geo packages the boundary build uses (shapefile 0.6, topojson-server/-simplify/-client 3)
 * — none of them ships its own, and only the functions called here are declared.
 */
declare module "shapefile" {
  import type {Feature, Geometry} from "geojson";

  export interface Source<T> {
    read(): Promise<{done: true; value: undefined} | {done: false; value: T}>;
    cancel(): Promise<void>;
  }
  export function open(
    shp: string | ArrayBuffer | Uint8Array,
    dbf?: string | ArrayBuffer | Uint8Array,
    options?: {encoding?: string}
  ): Promise<Source<Feature<Geometry | null, Record<string, unknown>>>>;
  export function openDbf(
    dbf: string | ArrayBuffer | Uint8Array,
    options?: {encoding?: string}
  ): Promise<Source<Record<string, unknown>>>;
}

declare module "topojson-server" {
  import type {GeoJsonObject} from "geojson";

  export function topology(objects: Record<string, GeoJsonObject>, quantization?: number): TopoJSON.Topology;
}

declare module "topojson-simplify" {
  export function presimplify(
    topology: TopoJSON.Topology,
    weight?: (triangle: [number, number][]) => number
  ): TopoJSON.Topology;
  export function quantile(topology: TopoJSON.Topology, p: number): number;
  export function simplify(topology: TopoJSON.Topology, minWeight?: number): TopoJSON.Topology;
  export function sphericalTriangleArea(triangle: [number, number][]): number;
}

declare module "topojson-client" {
  import type {Feature, FeatureCollection, Geometry, MultiPolygon} from "geojson";

  export function feature(
    topology: TopoJSON.Topology,
    object: TopoJSON.GeometryObject
  ): Feature<Geometry, Record<string, unknown>> | FeatureCollection<Geometry, Record<string, unknown>>;
  export function merge(topology: TopoJSON.Topology, objects: TopoJSON.GeometryObject[]): MultiPolygon;
  export function mergeArcs(topology: TopoJSON.Topology, objects: TopoJSON.GeometryObject[]): TopoJSON.GeometryObject;
  export function quantize(topology: TopoJSON.Topology, transform: number): TopoJSON.Topology;
  /** For each geometry, the indices of the geometries sharing an arc with it. */
  export function neighbors(objects: TopoJSON.GeometryObject[]): number[][];
}

/** The parts of the TopoJSON format (https://github.com/topojson/topojson-specification) used here. */
declare namespace TopoJSON {
  interface GeometryObject {
    type: string;
    id?: string | number;
    properties?: Record<string, unknown>;
    arcs?: unknown;
    geometries?: GeometryObject[];
  }
  interface Topology {
    type: "Topology";
    bbox?: number[];
    transform?: {scale: [number, number]; translate: [number, number]};
    objects: Record<string, GeometryObject>;
    arcs: [number, number][][];
  }
}
