import {COMPOSITE_REGIONS} from "../../src/shared/regions.js";
import {defineDataset} from "../dataset.js";
import {kreisKey} from "../sources/destatis-gv.js";
import {gvTable} from "./population-sources.js";
import type {RegionMemberRow, RegionRow} from "../../src/shared/rows.js";

const KREIS_KINDS: Record<string, string> = {
  "41": "kreisfreie Stadt",
  "42": "Stadtkreis",
  "43": "Kreis",
  "44": "Landkreis",
  "45": "Regionalverband"
};

/** Kreise, Länder and Germany at the Gebietsstand 31.12.2024 (Gemeindeverzeichnis), then the aggregates. */
export const regions = defineDataset<RegionRow>({
  name: "regions",
  description:
    "Regionen: Kreise, Länder, Deutschland (Gebietsstand 31.12.2024) und Aggregate (Reviere, Ostdeutschland)",
  schema: {
    code: "string",
    name: "string",
    level: "string",
    parent: "string",
    land: "string",
    kind: "string",
    basis: "string",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG) oder Aggregat-Code",
    name: "Name (Gemeindeverzeichnis bzw. src/shared/regions.ts)",
    level: "kreis | land | staat | aggregate",
    parent: "übergeordnete Region (Kreis → Land → DG); leer bei DG und Aggregaten",
    land: "Land (2-stellig) eines Kreises oder Landes",
    kind: "Kreistyp laut Textkennzeichen (kreisfreie Stadt, Landkreis, Kreis …), Land, Staat, revier, east",
    basis: "Grundlage eines Aggregats (z. B. StStG §2 Nr. 3)",
    source: "Quelle (id im Quellenkatalog)"
  },
  build: (context) => {
    const gv = gvTable(context, "gv-2024");
    const rows: RegionRow[] = [
      {
        code: "DG",
        name: "Deutschland",
        level: "staat",
        parent: null,
        land: null,
        kind: "Staat",
        basis: null,
        source: "gv-2024"
      }
    ];
    for (const r of gv.records) {
      if (r.satzart === "10") {
        rows.push({
          code: r.land,
          name: r.name,
          level: "land",
          parent: "DG",
          land: r.land,
          kind: "Land",
          basis: null,
          source: "gv-2024"
        });
      } else if (r.satzart === "40") {
        const kind = KREIS_KINDS[r.textkennzeichen ?? ""];
        if (!kind) throw new Error(`${gv.file} row ${r.line}: unknown Kreis Textkennzeichen "${r.textkennzeichen}"`);
        rows.push({
          code: kreisKey(r),
          name: r.name,
          level: "kreis",
          parent: r.land,
          land: r.land,
          kind,
          basis: null,
          source: "gv-2024"
        });
      }
    }
    const known = new Set(rows.map((r) => r.code));
    for (const a of COMPOSITE_REGIONS) {
      const unknown = a.members.filter((m) => !known.has(m));
      if (unknown.length)
        throw new Error(
          `composite region ${a.code}: members ${unknown.join(", ")} are not Kreise/Länder of 31.12.2024`
        );
      rows.push({
        code: a.code,
        name: a.name,
        level: "aggregate",
        parent: null,
        land: null,
        kind: a.kind,
        basis: a.basis,
        source: "gv-2024"
      });
    }
    return rows;
  }
});

/** Membership table: aggregates → members, Länder → Kreise, DG → Länder. */
export const regionMembers = defineDataset<RegionMemberRow>({
  name: "region_members",
  description: "Zugehörigkeit: Aggregate, Länder und Deutschland mit ihren Mitgliedern",
  schema: {group_code: "string", member_code: "string"},
  columns: {group_code: "Code der Gruppe (Aggregat, Land, DG)", member_code: "Code des Mitglieds (Kreis oder Land)"},
  build: (context) => {
    const regionRows = context.rows<RegionRow>("regions");
    const rows: RegionMemberRow[] = [];
    for (const r of regionRows) if (r.parent) rows.push({group_code: r.parent, member_code: r.code});
    for (const a of COMPOSITE_REGIONS) for (const m of a.members) rows.push({group_code: a.code, member_code: m});
    return rows;
  }
});
