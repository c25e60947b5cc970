import {neighbors} from "topojson-client";

/**
 * Kreise that share a border, from the Kreis TopoJSON (`kreise.topojson`, object `kreise`, geometry id = Kreis
 * code): two Kreise are neighbours when their outlines share an arc. Touching in a single point does not count;
 * the arcs of a TopoJSON topology are shared exactly, so simplification does not change the result.
 */
export function kreisNeighbours(topology: TopoJSON.Topology, objectName = "kreise"): Map<string, string[]> {
  const object = topology.objects[objectName];
  if (!object || object.type !== "GeometryCollection" || !object.geometries) {
    throw new Error(`topology has no geometry collection "${objectName}"`);
  }
  const geometries = object.geometries;
  const codes = geometries.map((g, i) => {
    if (g.id === undefined) throw new Error(`geometry ${i} of "${objectName}" has no id (Kreis code)`);
    return String(g.id);
  });
  const lists = neighbors(geometries);
  const result = new Map<string, string[]>();
  codes.forEach((code, i) => result.set(code, lists[i]!.map((j) => codes[j]!).sort()));
  return result;
}

/** The neighbours of one Kreis, sorted by code; an unknown code is an error, not an empty list. */
export function neighboursOf(neighbours: ReadonlyMap<string, readonly string[]>, code: string): readonly string[] {
  const list = neighbours.get(code);
  if (!list) throw new Error(`unknown Kreis "${code}" (not in the boundary file)`);
  return list;
}

/** The neighbours of a group of Kreise (a Revier): every Kreis bordering a member that is not itself a member. */
export function groupNeighbours(
  neighbours: ReadonlyMap<string, readonly string[]>,
  members: readonly string[]
): string[] {
  const inside = new Set(members);
  const out = new Set<string>();
  for (const member of members) for (const n of neighbours.get(member) ?? []) if (!inside.has(n)) out.add(n);
  return [...out].sort();
}
