import {geoCentroid} from "d3";
import {feature} from "topojson-client";

/** The part of a TopoJSON topology this module reads: one object whose geometries carry the Kreis code as id. */
interface KreiseTopology {
  type: "Topology";
  objects: Record<string, {type: "GeometryCollection"; geometries: {id?: string | number}[]}>;
  arcs: unknown[];
}

/** The centre ([lon, lat], spherical centroid) of the Kreis `code` in a Kreise TopoJSON; null when it is not there. */
export function kreisCentre(topology: KreiseTopology, code: string): [number, number] | null {
  const object = Object.values(topology.objects)[0];
  const geometry = object?.geometries.find((g) => String(g.id) === code);
  if (!geometry) return null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- topojson-client ships without types here
  return geoCentroid(feature(topology as any, geometry as any) as any);
}
