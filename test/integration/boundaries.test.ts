/**
 * kreise.topojson and gemeinden.topojson built from the real VG5000 shapefiles (../shared/sources/bkg-vg5000-2021,
 * Stand 01.01.2021). Counts are compared with the dbf read independently here; places are checked by
 * point-in-polygon on the simplified, quantised output as the browser will see it.
 */
import type {Feature, FeatureCollection, Geometry} from "geojson";
import * as shapefile from "shapefile";
import {feature} from "topojson-client";
import {beforeAll, describe, expect, it} from "vitest";
import {geoContains} from "d3-geo";

import {BOUNDARY_ARTIFACTS} from "../../data-loaders/datasets/boundaries.js";
import {sourcePath} from "../../data-loaders/lib/paths.js";

type Named = Feature<Geometry, {name: string; kreis?: string}>;

let kreise: FeatureCollection<Geometry, {name: string}>;
let gemeinden: FeatureCollection<Geometry, {name: string; kreis: string}>;
let sizes: Record<string, number>;

async function dbfArs(level: string): Promise<string[]> {
  const source = await shapefile.openDbf(sourcePath(`bkg-vg5000-2021/shape/VG5000_${level}.dbf`), {
    encoding: "utf-8"
  });
  const codes: string[] = [];
  for (let next = await source.read(); !next.done; next = await source.read()) codes.push(String(next.value.ARS));
  return codes;
}

/** Codes of the features containing [lon, lat]. */
function containing(collection: FeatureCollection, lon: number, lat: number): string[] {
  return collection.features.filter((f) => geoContains(f, [lon, lat])).map((f) => String(f.id));
}

beforeAll(async () => {
  sizes = {};
  const parsed: Record<string, TopoJSON.Topology> = {};
  for (const artifact of BOUNDARY_ARTIFACTS) {
    const {content} = await artifact.build({} as never);
    const text = content as string;
    sizes[artifact.file] = Buffer.byteLength(text);
    parsed[artifact.file] = JSON.parse(text) as TopoJSON.Topology;
  }
  const k = parsed["kreise.topojson"]!;
  const g = parsed["gemeinden.topojson"]!;
  kreise = feature(k, k.objects.kreise!) as typeof kreise;
  gemeinden = feature(g, g.objects.gemeinden!) as typeof gemeinden;
});

describe("kreise.topojson", () => {
  it("has the 400 Kreise of today: the 401 of VG5000_KRS with Eisenach (16056) dissolved into the Wartburgkreis", async () => {
    const dbf = await dbfArs("KRS");
    expect(dbf).toHaveLength(401);
    const codes = kreise.features.map((f) => String(f.id));
    expect(codes).toHaveLength(400);
    expect(new Set(codes).size).toBe(400);
    expect(new Set(codes)).toEqual(new Set(dbf.filter((code) => code !== "16056")));
    // Eisenach's Markt lies in the Wartburgkreis now.
    expect(containing(kreise, 10.3197, 50.9746)).toEqual(["16063"]);
  });

  it("names Burgenlandkreis 15084 and Halle (Saale) 15002", () => {
    const byCode = new Map(kreise.features.map((f) => [String(f.id), (f as Named).properties.name]));
    expect(byCode.get("15084")).toBe("Burgenlandkreis");
    expect(byCode.get("15002")).toBe("Halle (Saale)");
    expect(byCode.get("16063")).toBe("Wartburgkreis");
  });

  it("puts Halle's Marktplatz in 15002 and Leipzig's Markt in 14713, each in exactly one Kreis", () => {
    expect(containing(kreise, 11.9695, 51.4826)).toEqual(["15002"]);
    expect(containing(kreise, 12.3747, 51.3406)).toEqual(["14713"]);
  });

  it("is in WGS84: every vertex inside Germany's bounding box (5.8–15.1 °E, 47.2–55.1 °N)", () => {
    const vertices = kreise.features.flatMap((f) => JSON.stringify(f.geometry).match(/-?\d+\.?\d*,-?\d+\.?\d*/g)!);
    for (const vertex of vertices) {
      const [lon, lat] = vertex.split(",").map(Number) as [number, number];
      expect(lon).toBeGreaterThan(5.8);
      expect(lon).toBeLessThan(15.1);
      expect(lat).toBeGreaterThan(47.2);
      expect(lat).toBeLessThan(55.1);
    }
  });

  it("stays under 400 kB", () => {
    expect(sizes["kreise.topojson"]).toBeLessThan(400_000);
  });
});

describe("gemeinden.topojson", () => {
  it("has every Gemeinde of Sachsen, Sachsen-Anhalt and Thüringen in VG5000_GEM (419, 218, 631)", async () => {
    const dbf = await dbfArs("GEM");
    const perLand = (codes: string[]) =>
      Object.fromEntries(["14", "15", "16"].map((land) => [land, codes.filter((c) => c.startsWith(land)).length]));
    const codes = gemeinden.features.map((f) => String(f.id));
    expect(perLand(codes)).toEqual(perLand(dbf));
    expect(perLand(codes)).toEqual({"14": 419, "15": 218, "16": 631});
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("keys Gemeinden by 8-digit AGS with their Kreis", () => {
    for (const f of gemeinden.features) {
      expect(String(f.id)).toMatch(/^1[456]\d{6}$/);
      expect(f.properties.kreis).toBe(String(f.id).slice(0, 5));
    }
    const halle = gemeinden.features.find((f) => f.id === "15002000");
    expect(halle?.properties.name).toBe("Halle (Saale)");
  });

  it("puts Halle's Marktplatz in Gemeinde 15002000 and Leipzig's Markt in 14713000", () => {
    expect(containing(gemeinden, 11.9695, 51.4826)).toEqual(["15002000"]);
    expect(containing(gemeinden, 12.3747, 51.3406)).toEqual(["14713000"]);
  });

  it("stays under 600 kB", () => {
    expect(sizes["gemeinden.topojson"]).toBeLessThan(600_000);
  });
});
