/**
 * The `plants` dataset built from ../shared/sources/kraftwerke/ and VG5000: the facts PROVENANCE.md §11 states
 * (Lippendorf 1,884 MW gross, shutdown 2035; Schkopau 1,112 MW, 2034; mines Profen, Vereinigtes Schleenhain, Amsdorf)
 * and invariants: every row lies in a Kreis of its Revier, and the plant's coordinates lie in the Kreis it is given.
 */
import type {FeatureCollection, Geometry} from "geojson";
import {geoContains} from "d3-geo";
import {feature} from "topojson-client";
import {beforeAll, describe, expect, it} from "vitest";
import {buildKreiseTopology} from "../../data-loaders/datasets/boundaries.js";
import type {PlantRow} from "../../src/shared/rows.js";
import {buildPlantRows} from "../../data-loaders/datasets/plants.js";
import {toParquet} from "../../data-loaders/lib/parquet.js";
import {plants} from "../../data-loaders/datasets/plants.js";
import {compositeRegion} from "../../src/shared/regions.js";
import {readParquet} from "../../src/shared/parquet.js";
import {SOURCES} from "../../src/shared/sources.js";

let rows: PlantRow[];
let kreise: FeatureCollection<Geometry>;

beforeAll(async () => {
  rows = await buildPlantRows();
  const topo = await buildKreiseTopology();
  kreise = feature(topo, topo.objects.kreise!) as FeatureCollection<Geometry>;
  // Reads two xlsx/CSV lists and the Kreis shapes: 10–25 s on a loaded 2-core machine.
}, 60_000);

const byName = (name: string) => rows.find((r) => r.name === name)!;

describe("plants", () => {
  it("gives Lippendorf (Landkreis Leipzig 14729) 1,884 MW gross and the KVBG shutdown 2035", () => {
    expect(byName("Kraftwerk Lippendorf")).toMatchObject({
      kind: "kraftwerk",
      revier: "REV-MD",
      kreis: "14729",
      capacity_mw: 1884,
      capacity_basis: "brutto",
      shutdown_year: 2035,
      shutdown_basis: "KVBG",
      status: "in Betrieb"
    });
    // BNetzA 26.06.2026: blocks R and S, 891 MW net each.
    expect(byName("Kraftwerk Lippendorf").capacity_net_active_mw).toBe(1782);
  });

  it("gives Schkopau (Saalekreis 15088) 1,112 MW gross and shutdown 2034", () => {
    expect(byName("Kraftwerk Schkopau")).toMatchObject({kreis: "15088", capacity_mw: 1112, shutdown_year: 2034});
  });

  it("shows IKW Deuben (Burgenlandkreis) as shut down, with no active capacity", () => {
    expect(byName("IKW Deuben")).toMatchObject({kreis: "15084", status: "stillgelegt", capacity_net_active_mw: 0});
  });

  it("lists the mines Profen, Vereinigtes Schleenhain and Amsdorf in the Mitteldeutsches Revier", () => {
    const mines = rows.filter((r) => r.kind === "tagebau" && r.revier === "REV-MD");
    expect(Object.fromEntries(mines.map((m) => [m.name, m.kreis]))).toEqual({
      Amsdorf: "15087",
      Profen: "15084",
      "Vereinigtes Schleenhain": "14729"
    });
    expect(mines.every((m) => m.source === "wikipedia-braunkohletagebaue" && m.capacity_mw === null)).toBe(true);
  });

  it("has the four lignite plants of the Mitteldeutsches Revier and plants in all three Reviere", () => {
    const md = rows.filter((r) => r.kind === "kraftwerk" && r.revier === "REV-MD").map((r) => r.name);
    expect(md.sort()).toEqual(["IKW Deuben", "IKW Wählitz", "Kraftwerk Lippendorf", "Kraftwerk Schkopau"]);
    expect(new Set(rows.map((r) => r.revier))).toEqual(new Set(["REV-MD", "REV-LAU", "REV-RH"]));
  });

  it("puts every row in a Kreis of its own Revier (StStG §2)", () => {
    for (const row of rows)
      expect(compositeRegion(row.revier).members, `${row.name} ${row.kreis}`).toContain(row.kreis);
  });

  it("places every plant's coordinates inside the Kreis derived from its Landkreis name", () => {
    const located = rows.filter((r) => r.lat !== null && r.lon !== null);
    expect(located.length).toBe(rows.length);
    for (const row of located) {
      const inside = kreise.features.filter((f) => geoContains(f, [row.lon!, row.lat!])).map((f) => String(f.id));
      expect(inside, row.name).toEqual([row.kreis]);
    }
  });

  it("has unique ids and only catalogued source ids", () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) {
      for (const id of [row.source, row.status_source, row.location_source]) {
        if (id !== null) expect(SOURCES[id], id).toBeDefined();
      }
    }
  });

  it("serialises to Parquet with its schema and reads back unchanged, nulls included", async () => {
    const bytes = toParquet(rows, plants.schema);
    const back = await readParquet<PlantRow>(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
    expect(back).toEqual(rows);
  });
});
